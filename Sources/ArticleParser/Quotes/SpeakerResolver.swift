/// Turns a speaker phrase into a speaker string: a person's canonical name through the
/// `PeopleIndex`, the organisation's text, or nil when it cannot be resolved with confidence.
///
/// People come from the recogniser; on top of them the resolver keeps names it reads itself
/// (subjects of speech verbs, titled names such as "Foreign Minister Jane Doe"), so that
/// attribution stands on its own when the recogniser misses someone.
struct SpeakerResolver {
    /// A place where a person is mentioned, as pronoun resolution sees it.
    struct Candidate {
        /// The person's name, as an index into `candidateNames`: a number, not a string, so
        /// that building candidates on all cores counts no references to shared names.
        var nameID: Int32
        var gender: Gender?
        var block: Int
        var sentence: Int
        var offset: Int
        var end: Int
        var isPossessive: Bool
        /// Whether the resolver read this mention itself (the recogniser did not list it).
        var isRead: Bool
    }

    /// A read name as candidates refer to it.
    struct ReadRef: Sendable {
        var nameID: Int32
        var gender: Gender?
    }

    /// A person the resolver read from the text itself.
    struct ReadName {
        var name: String
        var gender: Gender?
    }

    let document: Document
    let index: PeopleIndex
    /// The quotes' spans in text order; mentions inside them are never antecedents.
    let quoteSpans: [TextSpan]
    /// Names read from the text, keyed by their lower-cased last word.
    private(set) var readNames: [String: ReadName] = [:]
    /// The surnames as written ("Blinken") mapped to their `readNames` keys ("blinken").
    private var surnameForms: [String: String] = [:]
    /// Every written form already remembered, so that repeats cost one lookup.
    private var rememberedForms: Set<String> = []
    /// Offices read from titled names ("foreign minister" → "Jane Doe"), in text order.
    private(set) var roles: [(role: String, name: String, offset: Int)] = []
    /// `roles` grouped by the office's last word ("minister"), in text order.
    private var rolesByOffice: [String: [(role: String, name: String, offset: Int)]] = [:]
    /// Whether everyone holding an office (by its last word) is one person.
    private var singleHolder: [String: Bool] = [:]
    private var namedCache: [String: Int?] = [:]
    private var roleCache: [String: Int?] = [:]
    /// `fullName` answers, once `readNames` is complete: most speakers are named many times.
    private var fullNameCache: [String: String] = [:]
    /// `NameWords.significant` answers for the names remembered so far.
    private var significantCache: [String: [String]] = [:]
    /// Every mention that a pronoun may refer to, in text order.
    private(set) var candidates: [Candidate] = []
    /// The names candidates refer to by `nameID`.
    private var candidateNames: [String] = []
    /// What reading each block found (its sentence starts and capitalised words), kept
    /// whole: splitting it into arrays of arrays touches every block's arrays once more.
    private var readings: [BlockReading] = []

    /// How many blocks back a pronoun may reach for its person.
    static let pronounReach = 4
    /// How many scalars back a pronoun may reach for its person.
    static let pronounWindow = 2_500

    init(document: Document, people: [Person], quotes: [Quote]) {
        self.document = document
        self.index = PeopleIndex(people: people)
        self.quoteSpans = quotes.map(\.span).sorted()
        // Blocks are read independently (on all cores); what they find is then remembered in
        // text order, exactly as one pass over the document would.
        let readings = BlockGroups.map(document) { block, reader in
            Self.read(reader, isParagraph: document.blocks[block].kind == .paragraph)
        }
        self.readings = readings
        for reading in readings {
            for found in reading.names {
                remember(found.name, gender: found.gender)
                if let role = found.role { roles.append((role, found.name, found.offset)) }
            }
        }
        finishRoles()
        collectCandidates()
    }

    /// What reading one block found.
    private struct BlockReading: Sendable {
        /// The first token of each sentence.
        var sentenceStarts: [Int]
        /// The capitalised words.
        var nameWords: [Int32]
        /// The names the block marks as people, in text order.
        var names: [MarkedName]
    }

    /// A name the text marks as a person's, with the office its title gives.
    private struct MarkedName: Sendable {
        var name: String
        var gender: Gender?
        var role: String?
        var offset: Int
    }

    // MARK: Resolution

    /// The speaker and kind for `attribution`, or nil when it cannot be resolved.
    mutating func resolve(_ attribution: Attribution) -> (speaker: String, kind: SpeakerKind)? {
        let tokens = document.tokens[attribution.block]
        let range = attribution.phrase.tokens
        guard range.lowerBound < tokens.count, range.upperBound <= tokens.count, !range.isEmpty else { return nil }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        switch attribution.phrase.phrase {
        case .name(let written, let gender):
            if let person = index.person(mentionAt: span) ?? personNamed(written) {
                // "Mr. Doe" is not the Mrs. Doe the recogniser may have merged the mention into.
                if let gender, let other = index.people[person].gender, gender != other {
                    return (sameSurname(as: written, gender: gender) ?? written, .person)
                }
                return (index.people[person].name, .person)
            }
            return (fullName(written), .person)
        case .pronoun(let gender):
            guard let name = antecedent(before: span.start, block: attribution.block, token: range.lowerBound, gender: gender)
            else { return nil }
            return (name, .person)
        case .role(let role):
            if let person = personWithRole(role) { return (index.people[person].name, .person) }
            guard let name = holder(of: role, before: span.start) else { return nil }
            return (name, .person)
        case .other(let text):
            return (text, .other)
        }
    }

    /// The one person of the recogniser's with `written`'s surname and a compatible gender.
    private func sameSurname(as written: String, gender: Gender) -> String? {
        guard let last = NameWords.significant(written).last else { return nil }
        let matches = index.people.filter { person in
            NameWords.significant(person.name).last == last && (person.gender == nil || person.gender == gender)
        }
        return matches.count == 1 ? matches[0].name : nil
    }

    /// The fullest form of a written name that the text gives ("Blinken" → "Antony Blinken"),
    /// worked out once per written form (`readNames` no longer changes once it is asked).
    mutating func fullName(_ written: String) -> String {
        if let known = fullNameCache[written] { return known }
        let found = fullestForm(written)
        fullNameCache[written] = found
        return found
    }

    private func fullestForm(_ written: String) -> String {
        guard let last = NameWords.significant(written).last, let read = readNames[last] else { return written }
        let readWords = NameWords.significant(read.name), writtenWords = NameWords.significant(written)
        if writtenWords.count == 1 || readWords.first == writtenWords.first { return read.name }
        return written
    }

    /// The person a pronoun at `offset` refers to: the subject-most person of the latest
    /// sentence before it that mentions a compatible person, outside quotes and possessives.
    func antecedent(before offset: Int, block: Int, token: Int, gender: Gender?) -> String? {
        let sentence = sentenceIndex(block: block, token: token)
        var best: Candidate? = nil
        var low = 0, high = candidates.count
        while low < high {
            let mid = (low + high) / 2
            if candidates[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        var cursor = low - 1
        while cursor >= 0 {
            let candidate = candidates[cursor]
            cursor -= 1
            if block - candidate.block > Self.pronounReach || offset - candidate.offset > Self.pronounWindow { break }
            if candidate.isPossessive || isInsideQuote(candidate.offset) { continue }
            if document.blocks[candidate.block].kind == .boilerplate { continue }
            if let gender, let other = candidate.gender, gender != other { continue }
            if candidate.block == block, candidate.sentence > sentence { continue }
            if let chosen = best {
                // Within the chosen sentence, prefer the leftmost (subject) mention.
                guard candidate.block == chosen.block, candidate.sentence == chosen.sentence else { break }
            }
            best = candidate
        }
        return best.map { candidateNames[Int($0.nameID)] }
    }

    /// The recogniser's person named `written`, looked up once per written form (the
    /// index scans every person).
    private mutating func personNamed(_ written: String) -> Int? {
        if let known = namedCache[written] { return known }
        let found = index.person(named: written)
        namedCache[written] = found
        return found
    }

    /// The recogniser's person holding `role`, looked up once per role.
    private mutating func personWithRole(_ role: String) -> Int? {
        if let known = roleCache[role] { return known }
        let found = index.person(withRole: role)
        roleCache[role] = found
        return found
    }

    /// The person holding `role` mentioned most recently before `offset`, or the only
    /// holder the text names.
    func holder(of role: String, before offset: Int) -> String? {
        guard let key = role.split(separator: " ").last.map(String.init), let entries = rolesByOffice[key] else { return nil }
        let matches: (String) -> Bool = { $0 == role || $0.hasSuffix(" " + role) }
        // The last entry before `offset`, by binary search, then back to one that matches.
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        var cursor = low - 1
        var steps = 0
        while cursor >= 0, steps < 50 {
            if matches(entries[cursor].role) { return entries[cursor].name }
            cursor -= 1
            steps += 1
        }
        guard let first = entries.first(where: { matches($0.role) }) else { return nil }
        return singleHolder[key] == true ? first.name : nil
    }

    /// The mentions the resolver read itself for the person it calls `name`.
    func readMentions(of name: String) -> [Mention] {
        candidates.filter { $0.isRead && candidateNames[Int($0.nameID)] == name }.map {
            Mention(block: $0.block, span: TextSpan(start: $0.offset, end: $0.end))
        }
    }

    /// The gender the text gives a person the resolver read itself.
    func readGender(of name: String) -> Gender? {
        guard let last = NameWords.significant(name).last else { return nil }
        return readNames[last]?.gender
    }

    // MARK: Reading the text

    private func isInsideQuote(_ offset: Int) -> Bool {
        var low = 0, high = quoteSpans.count
        while low < high {
            let mid = (low + high) / 2
            if quoteSpans[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < quoteSpans.count && quoteSpans[low].start <= offset
    }

    private func sentenceIndex(block: Int, token: Int) -> Int {
        Self.sentenceIndex(readings[block].sentenceStarts, token: token)
    }

    private static func sentenceIndex(_ starts: [Int], token: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= token { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// Reads one block in one pass over its tokens: where its sentences start, its capitalised
    /// words, and (in a paragraph) the names it marks as people.
    private static func read(_ reader: SpeakerPhraseReader, isParagraph: Bool) -> BlockReading {
        let count = reader.tokens.count
        var starts = [0]
        var nameWords: [Int32] = []
        starts.reserveCapacity(count / 8 + 2)
        nameWords.reserveCapacity(count / 4 + 2)
        reader.tokens.withUnsafeBufferPointer { tokens in
            reader.utf8.withUnsafeBufferPointer { utf8 in
                for index in 0..<count {
                    let lead = utf8[tokens[index].bytes.lowerBound]
                    switch tokens[index].kind {
                    case .punctuation:
                        // Only . ? ! and … (whose first byte is 0xE2) can end a sentence.
                        guard lead == UInt8(ascii: ".") || lead == UInt8(ascii: "?") || lead == UInt8(ascii: "!") || lead == 0xE2
                        else { continue }
                        if Sentences.endsSentence(reader, index) && index + 1 < count { starts.append(index + 1) }
                    case .word:
                        let capital = lead < 0x80 ? lead >= 0x41 && lead <= 0x5A : reader.startsUppercase(index)
                        if capital { nameWords.append(Int32(truncatingIfNeeded: index)) }
                    case .number:
                        continue
                    }
                }
            }
        }
        let names = isParagraph ? namesMarked(in: reader, nameWords: nameWords) : []
        return BlockReading(sentenceStarts: starts, nameWords: nameWords, names: names)
    }

    /// Reads the names a block marks as people: titled names and the subjects of speech verbs.
    /// - Parameter nameWords: the block's capitalised words, in order.
    private static func namesMarked(in reader: SpeakerPhraseReader, nameWords: [Int32]) -> [MarkedName] {
        let tokens = reader.tokens
        var found: [MarkedName] = []
        var next = 0
        var index = 0
        while index < tokens.count {
            // Only a capitalised word can start a run: jump to the next one at or after `index`.
            while next < nameWords.count, Int(nameWords[next]) < index { next += 1 }
            guard next < nameWords.count else { break }
            index = Int(nameWords[next])
            guard index == 0 || !reader.isNameWord(index - 1) else { index += 1; continue }
            // The run of capitalised words (and the full stops of initials) starting here.
            var end = index + 1
            while end < tokens.count, reader.isNameWord(end)
                || (reader.kind(end) == .punctuation && reader.leadByte(end) == UInt8(ascii: ".")
                    && !reader.spaceBefore(end) && reader.byteCount(end - 1) <= 4) { end += 1 }
            // A lone sentence opener ("The", "But", "He") is never read as a name: skip the tests.
            if end == index + 1, Self.cannotBeName(reader, index) { index = end; continue }
            // Titles are checked first: most runs have none, but the verb search is the dearer test.
            let titledOrSpeaks = hasTitle(reader, index..<end)
                || AttributionRules.verbAfterSubject(reader, end, limit: min(tokens.count, end + 45)) != nil
                || (index > 0 && AttributionRules.isVerb(reader, index - 1, allowWeak: false))
            guard titledOrSpeaks, let parsed = reader.phrase(startingAt: index, limit: tokens.count),
                  case .name(let name, let gender) = parsed.phrase else { index = end; continue }
            found.append(MarkedName(name: name, gender: gender, role: roleTitle(reader, parsed.tokens),
                                    offset: reader.span(index).start))
            index = max(end, parsed.tokens.upperBound)
        }
        return found
    }

    /// Whether `reader.phrase(startingAt: index)` cannot be a name, for a capitalised word
    /// that stands alone: a function word or a descriptor ("The", "Republican") that no
    /// initial's full stop or name particle joins to what follows. `classify` turns such a
    /// word away on its own, and a pronoun or a noun phrase is no name either.
    private static func cannotBeName(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        guard !reader.classes(index).isDisjoint(with: [.functionWord, .descriptor]) else { return false }
        let next = index + 1
        guard next < reader.tokens.count else { return true }
        if reader.kind(next) == .punctuation, reader.firstScalar(next) == ".", !reader.spaceBefore(next) { return false }
        if reader.isWord(next), reader.classes(next).contains(.nameParticle) { return false }
        return true
    }

    /// Gives the roles read before the fullest names were known the fullest form, and groups
    /// them by office.
    private mutating func finishRoles() {
        for position in roles.indices { roles[position].name = fullName(roles[position].name) }
        // Titles repeat: each office's last word is split out once.
        var officeWord: [String: String?] = [:]
        for entry in roles {
            let known = officeWord[entry.role]
            let office = known ?? entry.role.split(separator: " ").last.map(String.init)
            if known == nil { officeWord[entry.role] = office }
            guard let key = office else { continue }
            rolesByOffice[key, default: []].append(entry)
            if let first = rolesByOffice[key]?.first { singleHolder[key] = (singleHolder[key] ?? true) && first.name == entry.name }
        }
    }

    /// `NameWords.significant(name)`, worked out once per name.
    private mutating func significantWords(_ name: String) -> [String] {
        if let known = significantCache[name] { return known }
        let words = NameWords.significant(name)
        significantCache[name] = words
        return words
    }

    private mutating func remember(_ name: String, gender: Gender?) {
        guard rememberedForms.insert(name).inserted || gender != nil else { return }
        let words = significantWords(name)
        guard let last = words.last else { return }
        if let written = name.split(separator: " ").last(where: { $0.lowercased() == last }) {
            surnameForms[String(written)] = last
        }
        if var known = readNames[last] {
            if words.count > significantWords(known.name).count { known.name = name }
            known.gender = known.gender ?? gender
            readNames[last] = known
        } else {
            readNames[last] = ReadName(name: name, gender: gender)
        }
    }

    private static func hasTitle(_ reader: SpeakerPhraseReader, _ range: Range<Int>) -> Bool {
        range.contains { index in
            reader.tokens[index].isWord && !reader.classes(index).isDisjoint(with: [.courtesyTitle, .roleNoun])
        }
    }

    /// The office in a titled name ("Foreign Minister Jane Doe" → "foreign minister").
    private static func roleTitle(_ reader: SpeakerPhraseReader, _ range: Range<Int>) -> String? {
        let tokens = reader.tokens
        guard let lastRole = range.last(where: { reader.classes($0).contains(.roleNoun) }),
              lastRole + 1 < range.upperBound else { return nil }
        let words = range.lowerBound...lastRole
        return words.filter { reader.isWord($0) }.map { tokens[$0].text.lowercased() }.joined(separator: " ")
    }

    /// Collects the mentions pronouns may refer to: the recogniser's and the names read here.
    private mutating func collectCandidates() {
        var covered: [TextSpan] = []
        // Names and genders read once: reading them through `index.people[person]` copies
        // the whole person (aliases and mentions) for each of thousands of mentions.
        candidateNames = index.people.map(\.name)
        let personGenders = index.people.map(\.gender)
        let utf8 = document.source.utf8
        // The recogniser's mentions, in groups of consecutive ones read on all cores and
        // joined in their order.
        let (mentions, document, readings) = (index.mentions, document, readings)
        let groupSize = 64
        let groups = ParallelMap.map(count: (mentions.count + groupSize - 1) / groupSize, cost: document.parallelCost > 0 ? mentions.count * 64 : 0) { group in
            var found: [Candidate] = []
            found.reserveCapacity(groupSize)
            var reader = SpeakerPhraseReader(tokens: [], utf8: utf8)
            var readerBlock = -1
            for (mention, person) in mentions[(group * groupSize)..<min(mentions.count, (group + 1) * groupSize)] {
                let block = mention.block
                guard block < document.tokens.count else { continue }
                // Mentions come in text order: one reader per block.
                if block != readerBlock {
                    reader.tokens = document.tokens[block]
                    readerBlock = block
                }
                let token = Self.tokenIndex(reader, offset: mention.span.start)
                let endToken = Self.tokenIndex(reader, offset: max(mention.span.start, mention.span.end - 1))
                let possessive = endToken < reader.tokens.count && Self.isPossessive(reader, endToken)
                found.append(Candidate(nameID: Int32(truncatingIfNeeded: person), gender: personGenders[person], block: block,
                                       sentence: Self.sentenceIndex(readings[block].sentenceStarts, token: token),
                                       offset: mention.span.start, end: mention.span.end, isPossessive: possessive, isRead: false))
            }
            return found
        }
        var all: [Candidate] = []
        all.reserveCapacity(mentions.count * 2)
        for found in groups { all += found }
        for (mention, _) in mentions where mention.block < document.tokens.count { covered.append(mention.span) }
        covered.sort()
        // Blocks are scanned independently (on all cores) and their candidates joined in
        // block order, as one pass would list them.
        let readCandidates: [[Candidate]]
        if surnameForms.isEmpty {
            readCandidates = []
        } else {
            // Read names get the numbers after the recogniser's people.
            var ids: [String: ReadRef] = [:]
            for (key, read) in readNames {
                ids[key] = ReadRef(nameID: Int32(truncatingIfNeeded: candidateNames.count), gender: read.gender)
                candidateNames.append(read.name)
            }
            let (surnameForms, coveredSpans, readIDs) = (surnameForms, covered, ids)
            let surnames = SurnameTable(surnameForms, readIDs: readIDs)
            readCandidates = BlockGroups.map(document) { block, reader in
                guard document.blocks[block].kind != .title else { return [] }
                return Self.surnameCandidates(reader, block: block, nameWords: readings[block].nameWords, surnames: surnames,
                                              surnameForms: surnameForms, readIDs: readIDs,
                                              sentenceStarts: readings[block].sentenceStarts, covered: coveredSpans)
            }
        }
        for found in readCandidates { all += found }
        all.sort { $0.offset < $1.offset }
        candidates = all
    }

    /// The mentions of read surnames in one block: a name's last word alone stands for the
    /// whole name, unless the recogniser already lists the mention.
    private static func surnameCandidates(_ reader: SpeakerPhraseReader, block: Int, nameWords: [Int32],
                                          surnames: SurnameTable, surnameForms: [String: String],
                                          readIDs: [String: ReadRef], sentenceStarts: [Int],
                                          covered: [TextSpan]) -> [Candidate] {
        let tokens = reader.tokens
        var found: [Candidate] = []
        for word in nameWords {
            let index = Int(word)
            // Most capitalised words are no read surname: a table of the surnames' first bytes
            // turns them away before the possessive test and the look-up.
            guard surnames.leads(reader.leadByte(index)) else { continue }
            let possessive = isPossessive(reader, index)
            let read: ReadRef?
            if let bytes = surnames.asciiBytes(reader, index) {
                // One byte is one character: dropping the possessive's two is dropping two bytes.
                read = surnames.read(reader.utf8, possessive && bytes.count > 2 ? bytes.lowerBound..<(bytes.upperBound - 2) : bytes)
            } else {
                var word = tokens[index].text
                if possessive, word.count > 2 { word.removeLast(2) }
                read = surnameForms[word].flatMap { readIDs[$0] }
            }
            guard let read else { continue }
            // A name's last word stands for the whole name.
            if index + 1 < tokens.count, reader.isNameWord(index + 1) { continue }
            let offset = reader.span(index).start
            if Self.isCovered(offset, by: covered) { continue }
            found.append(Candidate(nameID: read.nameID, gender: read.gender, block: block,
                                   sentence: sentenceIndex(sentenceStarts, token: index), offset: offset,
                                   end: reader.span(index).end, isPossessive: possessive, isRead: true))
        }
        return found
    }

    /// Whether `offset` lies inside one of the sorted, non-overlapping `spans`.
    private static func isCovered(_ offset: Int, by spans: [TextSpan]) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].start <= offset
    }

    /// Whether token `index` ends in "’s" or "'s", or an apostrophe touches it ("Jones’").
    private static func isPossessive(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        if reader.endsWith(index, "\u{2019}s") || reader.endsWith(index, "'s") { return true }
        let tokens = reader.tokens
        guard index + 1 < tokens.count, !reader.spaceAfter(index), reader.kind(index + 1) == .punctuation else { return false }
        let scalar = reader.firstScalar(index + 1)
        return scalar == "'" || scalar == "\u{2019}"
    }

    private static func tokenIndex(_ reader: SpeakerPhraseReader, offset: Int) -> Int {
        let count = reader.tokens.count
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if reader.span(mid).end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, max(0, count - 1))
    }
}
