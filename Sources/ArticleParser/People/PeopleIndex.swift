/// Looks people up by name, by position and by role: what quote attribution needs to turn
/// "Blinken", "he" or "the president" into a canonical name.
struct PeopleIndex: Sendable {
    /// The people, as the recogniser returned them.
    let people: [Person]
    /// Every mention with the index of its person, in text order.
    let mentions: [(mention: Mention, person: Int)]
    /// Each form of each person's name (name and aliases), keyed by its last significant word:
    /// built once so that a name look-up splits only the phrase it is given.
    private let formsBySurname: [String: [(person: Int, first: String, count: Int)]]

    init(people: [Person]) {
        self.people = people
        var all: [(mention: Mention, person: Int)] = []
        var forms: [String: [(person: Int, first: String, count: Int)]] = [:]
        for (index, person) in people.enumerated() {
            for mention in person.mentions { all.append((mention, index)) }
            for form in [person.name] + person.aliases {
                let words = NameWords.significant(form)
                guard let last = words.last, let first = words.first else { continue }
                forms[last, default: []].append((index, first, words.count))
            }
        }
        all.sort { $0.mention < $1.mention }
        mentions = all
        formsBySurname = forms
    }

    /// The person with a mention overlapping `span`, if any.
    func person(mentionAt span: TextSpan) -> Int? {
        // Binary search for the first mention ending after span.start.
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].mention.span.end <= span.start { low = mid + 1 } else { high = mid }
        }
        if low < mentions.count, mentions[low].mention.span.overlaps(span) { return mentions[low].person }
        return nil
    }

    /// The person a name phrase refers to ("Blinken", "Mr. Blinken", "Antony Blinken"), if exactly
    /// one person fits.
    func person(named phrase: String) -> Int? {
        let words = NameWords.significant(phrase)
        guard let last = words.last, let forms = formsBySurname[last] else { return nil }
        var found: Int?
        for form in forms where words.count == 1 || form.count == 1 || form.first == words.first {
            if let earlier = found, earlier != form.person { return nil }
            found = form.person
        }
        return found
    }

    /// The person mentioned most recently before `offset` whose gender does not contradict
    /// `gender`, searching no further back than `window` scalars.
    func mostRecent(before offset: Int, gender: Gender?, window: Int = 2_000) -> Int? {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].mention.span.start < offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            let entry = mentions[index]
            if offset - entry.mention.span.end > window { return nil }
            let personGender = people[entry.person].gender
            if gender == nil || personGender == nil || personGender == gender { return entry.person }
            index -= 1
        }
        return nil
    }

    /// The person the article gives `roleNoun` as a role ("president" → President Joe Biden),
    /// when exactly one person holds it.
    func person(withRole roleNoun: String) -> Int? {
        let noun = roleNoun.lowercased()
        let holders = people.indices.filter { index in
            guard let role = people[index].role?.lowercased() else { return false }
            return role == noun || role.hasSuffix(" " + noun)
        }
        return holders.count == 1 ? holders[0] : nil
    }
}

/// Splits names into the words that identify a person, dropping titles and possessives.
enum NameWords {
    /// Honorifics and titles that do not identify a person on their own.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "senator", "sen", "rep", "representative", "gov", "governor", "mayor",
        "secretary", "minister", "prime", "foreign", "chancellor", "king", "queen", "prince",
        "princess", "pope", "gen", "general", "col", "colonel", "capt", "captain", "sgt", "judge",
        "justice", "chief", "former", "the", "st", "rev", "jr", "sr",
    ]

    /// The lower-cased words of `name` that are not titles, with possessive endings removed.
    static func significant(_ name: String) -> [String] {
        significantASCII(name) ?? significantUnicode(name)
    }

    /// `significant` read character by character, for any name.
    static func significantUnicode(_ name: String) -> [String] {
        name.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-") })
            .map { word -> String in
                var word = String(word)
                if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word.removeLast(2) }
                return word
            }
            .filter { !$0.isEmpty && !titles.contains($0) }
    }

    /// `significant` for an ASCII name, splitting and lower-casing its bytes directly; nil for
    /// a name with other bytes. ASCII letters are A–Z and a–z, so the same words come out.
    static func significantASCII(_ name: String) -> [String]? {
        let result = name.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            var index = 0
            func emit(_ end: Int) {
                var end = end
                // A possessive ending comes off: "Blinken's" is Blinken.
                if end - start >= 2, ASCIIBytes.lower(bytes[end - 1]) == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") {
                    end -= 2
                }
                guard end > start else { return }
                let word = String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) { buffer[offset] = ASCIIBytes.lower(bytes[start + offset]) }
                    return end - start
                }
                if !titles.contains(word) { words.append(word) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                let isWordByte = ASCIIBytes.lower(byte) &- 0x61 < 26 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                if !isWordByte {
                    emit(index)
                    start = index + 1
                }
                index += 1
            }
            emit(bytes.count)
            return words
        }
        return result ?? nil
    }
}
