/// The lexicon classes a word belongs to, found with one look-up instead of one per lexicon.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    /// A function word, calendar word or other capitalised word that never names a person.
    static let function = WordClasses(rawValue: 1 << 0)
    /// A title or role written before a name ("President", "Minister").
    static let title = WordClasses(rawValue: 1 << 1)
    /// An honorific ("Mr", "Mrs", "Dr").
    static let honorific = WordClasses(rawValue: 1 << 2)
    /// A role noun ("spokesman", "striker").
    static let roleNoun = WordClasses(rawValue: 1 << 3)
    /// A country, region or city.
    static let place = WordClasses(rawValue: 1 << 4)
    /// A nationality or regional adjective.
    static let demonym = WordClasses(rawValue: 1 << 5)
    /// A noun that ends place names ("Strip", "Road").
    static let placeNoun = WordClasses(rawValue: 1 << 6)
    /// A place noun that is also a common surname ("Hill", "Park").
    static let surnameLike = WordClasses(rawValue: 1 << 7)
    /// A word of organisation, company, team or event names.
    static let organisation = WordClasses(rawValue: 1 << 8)
    /// A common given name.
    static let givenName = WordClasses(rawValue: 1 << 9)
    /// A name suffix ("Jr", "III").
    static let suffix = WordClasses(rawValue: 1 << 10)
    /// A hyphenated adjective or former role ("Ontario-based", "Ex-Yankee").
    static let modifier = WordClasses(rawValue: 1 << 11)

    /// Classes that mean a word is not part of a person's name.
    static let notName: WordClasses = [.function, .title, .honorific, .roleNoun, .place, .demonym, .placeNoun, .organisation, .modifier]
    /// Classes that mean a phrase is an organisation or a place.
    static let thing: WordClasses = [.placeNoun, .organisation]
}

/// All the people lexicons merged into one table of word classes.
enum Lexicon {
    private static let table: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ classes: WordClasses) {
            for word in words { table[word, default: []].formUnion(classes) }
        }
        add(NameLexicon.nonNameWords, .function)
        add(NameLexicon.titles, .title)
        add(NameLexicon.honorifics.keys, .honorific)
        add(NameLexicon.roleNouns, .roleNoun)
        add(PlaceLexicon.places, .place)
        add(PlaceLexicon.demonyms, .demonym)
        add(PlaceLexicon.placeWords, .placeNoun)
        add(PlaceLexicon.surnameLike, .surnameLike)
        add(OrganisationLexicon.words, .organisation)
        add(GivenNames.male, .givenName)
        add(GivenNames.female, .givenName)
        add(GivenNames.unisex, .givenName)
        add(GivenNames.ambiguous, .givenName)
        add(NameLexicon.suffixes, .suffix)
        return table
    }()

    /// The classes of a lower-cased word; hyphenated words are titles when every part is one
    /// ("major-general") and modifiers when they end like an adjective ("ontario-based").
    static func classes(of lower: String) -> WordClasses {
        var classes = table[lower] ?? []
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return classes }
        let parts = lower.split(separator: "-")
        if parts.count > 1, parts.allSatisfy({ table[String($0)]?.contains(.title) ?? false }) { classes.insert(.title) }
        if isModifier(lower) { classes.insert(.modifier) }
        return classes
    }

    /// `classes(of:)` for an ASCII word at `bytes` in `utf8`, whose lower-cased string is
    /// `lower`: looked up by bytes unless it is hyphenated.
    @inline(__always)
    static func classes(ofASCII bytes: Range<Int>, lower: String, utf8: UnsafeBufferPointer<UInt8>) -> WordClasses {
        for index in bytes where utf8[index] == UInt8(ascii: "-") { return classes(of: lower) }
        return asciiTable.value(lowercasing: bytes, in: utf8) ?? []
    }

    /// Whether the ASCII word at `bytes` in `utf8`, lower-cased, is one of
    /// `NameLexicon.nonNameWords` (the only words of class `.function`).
    @inline(__always)
    static func isFunctionWord(_ bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiTable.value(lowercasing: bytes, in: utf8)?.contains(.function) ?? false
    }

    /// The ASCII entries of `table`, for look-ups by bytes.
    private static let asciiTable = ASCIIWordTable(table.map { (key: $0.key, value: $0.value) })

    private static func isModifier(_ lower: String) -> Bool {
        for prefix in ["ex-", "anti-", "pro-", "non-"] where lower.hasPrefix(prefix) { return true }
        return modifierEndings.contains { lower.hasSuffix($0) }
    }

    private static let modifierEndings = [
        "-based", "-born", "-controlled", "-listed", "-owned", "-led", "-backed", "-run", "-made",
        "-style", "-era", "-bound", "-registered", "-funded", "-speaking", "-american", "-british",
    ]
}
