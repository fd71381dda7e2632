/// The word lists of `SpeechLexicon` (and a few others) that a lower-cased word belongs to,
/// as one set of bits.
///
/// Attribution asks of most words whether they are a speech verb, a filler, a role noun or
/// a title. Asking each `Set<String>` in turn lower-cases the word into a new string and hashes
/// it once per set; `WordClassTable` answers all of them with one look-up on the word's bytes.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// In `SpeechLexicon.speechVerbs` (the exact form; see `WordClassTable.isSpeechVerb` for -ing forms).
    static let speechVerb = WordClass(rawValue: 1 << 0)
    /// In `SpeechLexicon.weakVerbs`.
    static let weakVerb = WordClass(rawValue: 1 << 1)
    /// In `AttributionRules.fillers`.
    static let filler = WordClass(rawValue: 1 << 2)
    /// In `SpeechLexicon.determiners`.
    static let determiner = WordClass(rawValue: 1 << 3)
    /// In `SpeechLexicon.roleNouns`.
    static let roleNoun = WordClass(rawValue: 1 << 4)
    /// In `SpeechLexicon.otherNouns`.
    static let otherNoun = WordClass(rawValue: 1 << 5)
    /// A key of `SpeechLexicon.courtesyTitles`.
    static let courtesyTitle = WordClass(rawValue: 1 << 6)
    /// A courtesy title that says its bearer is male.
    static let maleTitle = WordClass(rawValue: 1 << 7)
    /// A courtesy title that says its bearer is female.
    static let femaleTitle = WordClass(rawValue: 1 << 8)
    /// In `SpeechLexicon.capitalisedFunctionWords`.
    static let functionWord = WordClass(rawValue: 1 << 9)
    /// In `SpeechLexicon.descriptors`.
    static let descriptor = WordClass(rawValue: 1 << 10)
    /// In `SpeechLexicon.portfolioWords`.
    static let portfolioWord = WordClass(rawValue: 1 << 11)
    /// In `SpeechLexicon.surnameLikeOffices`.
    static let surnameLikeOffice = WordClass(rawValue: 1 << 12)
    /// In `SpeechLexicon.nameSuffixes`.
    static let nameSuffix = WordClass(rawValue: 1 << 13)
    /// In `SpeakerPhraseReader.abbreviations`.
    static let abbreviation = WordClass(rawValue: 1 << 14)
    /// In `SpeakerPhraseReader.nameParticles`.
    static let nameParticle = WordClass(rawValue: 1 << 15)
    /// In `NameWords.titles`.
    static let nameTitle = WordClass(rawValue: 1 << 16)
    /// In `AttributionRules.descriptorExtras` (words of a descriptor before a name: "talk radio").
    static let descriptorExtra = WordClass(rawValue: 1 << 17)
    /// "he".
    static let he = WordClass(rawValue: 1 << 18)
    /// "she".
    static let she = WordClass(rawValue: 1 << 19)
    /// "the".
    static let the = WordClass(rawValue: 1 << 20)
    /// "the", "a" or "an".
    static let article = WordClass(rawValue: 1 << 21)

    /// Every class with the word list that defines it. The table is built from these lists,
    /// and words that are not ASCII are judged against them directly.
    static let lists: [(WordClass, Set<String>)] = [
        (.speechVerb, SpeechLexicon.speechVerbs),
        (.weakVerb, SpeechLexicon.weakVerbs),
        (.filler, AttributionRules.fillers),
        (.determiner, SpeechLexicon.determiners),
        (.roleNoun, SpeechLexicon.roleNouns),
        (.otherNoun, SpeechLexicon.otherNouns),
        (.courtesyTitle, Set(SpeechLexicon.courtesyTitles.keys)),
        (.maleTitle, Set(SpeechLexicon.courtesyTitles.compactMap { $0.value == .male ? $0.key : nil })),
        (.femaleTitle, Set(SpeechLexicon.courtesyTitles.compactMap { $0.value == .female ? $0.key : nil })),
        (.functionWord, SpeechLexicon.capitalisedFunctionWords),
        (.descriptor, SpeechLexicon.descriptors),
        (.portfolioWord, SpeechLexicon.portfolioWords),
        (.surnameLikeOffice, SpeechLexicon.surnameLikeOffices),
        (.nameSuffix, SpeechLexicon.nameSuffixes),
        (.abbreviation, SpeakerPhraseReader.abbreviations),
        (.nameParticle, SpeakerPhraseReader.nameParticles),
        (.nameTitle, NameWords.titles),
        (.descriptorExtra, AttributionRules.descriptorExtras),
        (.he, ["he"]),
        (.she, ["she"]),
        (.the, ["the"]),
        (.article, ["the", "a", "an"]),
    ]

    /// The classes of an already lower-cased word, read from the lists (the slow path).
    static func of(lowercased word: String) -> WordClass {
        var classes: WordClass = []
        for (member, list) in lists where list.contains(word) { classes.insert(member) }
        return classes
    }
}

/// An open-addressing table from ASCII words to their `WordClass`, looked up on UTF-8 bytes
/// lower-cased on the fly: no string is made and no `Hasher` runs.
///
/// Only ASCII words are looked up in the table. A word with other bytes is lower-cased as a
/// `String` and judged against the lists, so that Unicode case mapping and string equality
/// decide exactly as they did when every check lower-cased the word itself.
///
/// The table is built once and never freed, and lives in plain memory: readers on all cores
/// copy it freely, and an array or class inside it would have every copy count references to
/// one shared object.
struct WordClassTable: @unchecked Sendable {
    /// The table every reader shares.
    static let shared = WordClassTable()

    /// One slot of the table.
    private struct Slot {
        /// Where the slot's word starts in `pool`; −1 when the slot is empty.
        var start: Int32
        var length: Int32
        var classes: UInt32
    }

    /// Slot count minus one (the count is a power of two well above the number of words).
    private let mask: Int
    /// The slots (never freed; see above).
    private let slots: UnsafePointer<Slot>
    /// The words' bytes, one after another (never freed).
    private let pool: UnsafePointer<UInt8>
    /// The longest word in the table.
    let longest: Int

    private init() {
        var all: [String: WordClass] = [:]
        for (member, list) in WordClass.lists {
            for word in list { all[word, default: []].insert(member) }
        }
        var size = 64
        while size < all.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(start: -1, length: 0, classes: 0), count: size)
        var pool: [UInt8] = []
        var longest = 0
        // Sorted so that the layout does not depend on dictionary order.
        for word in all.keys.sorted() {
            let bytes = Array(word.utf8)
            // Only ASCII words can match an ASCII token; the lists hold nothing else.
            guard bytes.allSatisfy({ $0 < 0x80 }), let member = all[word] else { continue }
            var slot = Int(Self.hash(bytes[...])) & (size - 1)
            while slots[slot].start >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(start: Int32(pool.count), length: Int32(bytes.count), classes: member.rawValue)
            pool += bytes
            longest = max(longest, bytes.count)
        }
        let slotMemory = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        slotMemory.initialize(from: slots, count: size)
        let poolMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, pool.count))
        poolMemory.initialize(from: pool, count: pool.count)
        mask = size - 1
        self.slots = UnsafePointer(slotMemory)
        self.pool = UnsafePointer(poolMemory)
        self.longest = longest
    }

    /// FNV-1a over bytes that are already lower-case.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// The classes of the ASCII bytes `range` of `utf8`, lower-cased; nil when a byte is not
    /// ASCII (the caller then takes the slow path).
    @inline(__always)
    func asciiClasses(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass? {
        var hash: UInt32 = 2_166_136_261
        var high: UInt8 = 0
        for index in range {
            let byte = utf8[index]
            high |= byte
            hash = (hash ^ UInt32(Self.lower(byte))) &* 16_777_619
        }
        guard high < 0x80 else { return nil }
        let count = range.count
        guard count <= longest else { return [] }
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry.start < 0 { return [] }
            if Int(entry.length) == count {
                let word = pool + Int(entry.start)
                var same = true
                var offset = 0
                while offset < count {
                    if word[offset] != Self.lower(utf8[range.lowerBound + offset]) { same = false; break }
                    offset += 1
                }
                if same { return WordClass(rawValue: entry.classes) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The classes of the text `range` of `utf8` (a token's bytes), as if the text had been
    /// lower-cased and looked up in each list.
    func classes(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
        if let found = asciiClasses(utf8, range) { return found }
        let lower = String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self).lowercased()
        let bytes = Array(lower.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.withUnsafeBufferPointer { asciiClasses($0, 0..<$0.count) } ?? []
        }
        // Every word of the lists is ASCII, and a string with a scalar beyond ASCII equals an
        // ASCII one only through a scalar whose canonical decomposition is ASCII.
        if lower.unicodeScalars.contains(where: { $0 == "\u{212A}" || $0 == "\u{1FEF}" || $0 == "\u{037E}" }) {
            return WordClass.of(lowercased: lower)
        }
        return []
    }

    /// Whether the text `range` of `utf8`, lower-cased, is a speech verb counting -ing forms:
    /// `SpeechLexicon.isSpeechVerb(lowercased:)` on bytes.
    func isSpeechVerb(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let found = asciiClasses(utf8, range) else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
            return SpeechLexicon.isSpeechVerb(lowercased: text.lowercased())
        }
        if found.contains(.speechVerb) { return true }
        // ASCII from here on: one byte is one character.
        let count = range.count
        guard count > 5 else { return false }
        let end = range.upperBound
        guard Self.lower(utf8[end - 3]) == UInt8(ascii: "i"), Self.lower(utf8[end - 2]) == UInt8(ascii: "n"),
              Self.lower(utf8[end - 1]) == UInt8(ascii: "g") else { return false }
        let stem = range.lowerBound..<(end - 3)
        if asciiClasses(utf8, stem)?.contains(.speechVerb) == true { return true }
        if hasStemWithE(utf8, stem) { return true }
        // A doubled final consonant: "admitting" → "admit".
        let last = Self.lower(utf8[stem.upperBound - 1])
        if Self.lower(utf8[stem.upperBound - 2]) == last {
            return asciiClasses(utf8, stem.lowerBound..<(stem.upperBound - 1))?.contains(.speechVerb) == true
        }
        return false
    }

    /// Whether the lower-cased ASCII `stem` with an "e" added is a speech verb ("arguing" → "argue").
    private func hasStemWithE(_ utf8: UnsafeBufferPointer<UInt8>, _ stem: Range<Int>) -> Bool {
        let count = stem.count + 1
        guard count <= longest else { return false }
        var hash: UInt32 = 2_166_136_261
        for index in stem { hash = (hash ^ UInt32(Self.lower(utf8[index]))) &* 16_777_619 }
        hash = (hash ^ UInt32(UInt8(ascii: "e"))) &* 16_777_619
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry.start < 0 { return false }
            if Int(entry.length) == count, pool[Int(entry.start) + count - 1] == UInt8(ascii: "e") {
                let word = pool + Int(entry.start)
                var same = true
                var offset = 0
                while offset < count - 1 {
                    if word[offset] != Self.lower(utf8[stem.lowerBound + offset]) { same = false; break }
                    offset += 1
                }
                if same { return WordClass(rawValue: entry.classes).contains(.speechVerb) }
            }
            slot = (slot + 1) & mask
        }
    }
}
