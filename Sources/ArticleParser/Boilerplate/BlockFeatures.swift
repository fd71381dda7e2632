/// Shape facts about one block, computed once from its tokens: what the page-level passes
/// (layout, context, repeated lines) read. Plain values only, so that arrays of them copy freely.
struct BlockShape: Sendable {
    /// Word tokens.
    var words = 0
    /// Number tokens.
    var numbers = 0
    /// Words plus ideographs and syllables of scripts written without spaces, so that a
    /// Chinese or Japanese paragraph weighs like an English one of similar content.
    var weight = 0
    /// Words starting with a capital letter.
    var capitalizedWords = 0
    /// Words starting with a lowercase letter.
    var lowercaseWords = 0
    /// Lines in the block.
    var lines = 1
    /// Whether the block ends like a sentence (. ! ? … and their CJK forms), closing quotation
    /// marks and brackets aside.
    var endsSentence = false
    /// Whether the block holds a pair of double quotation marks (or guillemets).
    var hasQuotation = false
    /// Whether the block holds a web address, an e-mail address or an @handle.
    var hasAddress = false
    /// Whether numbers are joined as a clock or a numeric date: `3:42`, `19/11/2019`, `2019-11-19`.
    var hasClockOrNumericDate = false
    /// Whether a colon follows one of the first three words, as in "Related: …", "Photo: …".
    var hasLabelColon: Bool { (1...3).contains(wordsBeforeColon ?? 0) }
    /// How many words come before the block's first colon, if it has one.
    var wordsBeforeColon: Int?
    /// Whether the block holds `©`.
    var hasCopyrightSign = false
    /// Whether the block holds a reporting verb ("said", "told").
    var hasReportingVerb = false
    /// Whether the first word, lowercased, is "about", "sobre" or "über", as author boxes open.
    var opensWithAuthorBoxWord = false
    /// Whether a blank line separates the block from the previous one (true for the first block).
    var blankBefore = true
    /// Whether a blank line separates the block from the next one (true for the last block).
    var blankAfter = true

    /// Whether the block reads as prose: long enough and ending like a sentence.
    var isProse: Bool { weight >= 8 && endsSentence }
}

/// A block's shape together with its words lowercased: what the per-block category rules read.
struct BlockFeatures: Sendable {
    /// The block's shape facts.
    var shape = BlockShape()
    /// The first few words, lowercased. Blocks of more than `leadWordsReadUpTo` words keep only
    /// what a rule there can read: a caption label (and the words after "image", "photo" or
    /// "file"), or "copyright"; otherwise none.
    var leadWords: [String] = []
    /// Every word lowercased, for short blocks only (empty for long ones).
    var allWords: [String] = []
    /// The lexicons each of `allWords` belongs to.
    var allCues: [CueLexicon.Cues] = []
    /// Every cue of `allWords` together: `mentions` answers "does a word say …" at once.
    var allCuesTogether: CueLexicon.Cues = []
    /// The lexicons the first lead word belongs to (none when the block has no word).
    var firstWordCues: CueLexicon.Cues = []

    /// Blocks up to this many tokens keep all their words lowercased; longer ones only when
    /// they mention cookies or reserved rights, the furniture that comes in long blocks.
    static let shortBlockTokens = 40
    /// Longer blocks that mention cookies or rights keep their words up to this many tokens.
    static let longFurnitureTokens = 320
    /// Every rule that reads a lead word past the first requires at most this many words
    /// (related links and promos, the widest, stop at 30), except the caption labels
    /// "Image credit", "Photo credits" and "File photo".
    static let leadWordsReadUpTo = 30

    var words: Int { shape.words }
    var numbers: Int { shape.numbers }
    var weight: Int { shape.weight }
    var capitalizedWords: Int { shape.capitalizedWords }
    var lowercaseWords: Int { shape.lowercaseWords }
    var lines: Int { shape.lines }
    var endsSentence: Bool { shape.endsSentence }
    var hasQuotation: Bool { shape.hasQuotation }
    var hasAddress: Bool { shape.hasAddress }
    var hasClockOrNumericDate: Bool { shape.hasClockOrNumericDate }
    var hasLabelColon: Bool { shape.hasLabelColon }
    var wordsBeforeColon: Int? { shape.wordsBeforeColon }
    var hasCopyrightSign: Bool { shape.hasCopyrightSign }
    var hasReportingVerb: Bool { shape.hasReportingVerb }
    var isProse: Bool { shape.isProse }

    /// Whether one of `allWords` carries `cue`: for a named word, whether the block says it.
    func mentions(_ cue: CueLexicon.Cues) -> Bool { allCuesTogether.contains(cue) }

    /// The number of the block's lowercased words in the lexicon `cue`.
    func count(in cue: CueLexicon.Cues) -> Int {
        var total = 0
        for cues in allCues where cues.contains(cue) { total += 1 }
        return total
    }

    /// Computes the features of a block from its tokens, which must come from `source`.
    init(tokens: [Token], source: SourceText) {
        self = source.utf8.withUnsafeBufferPointer { Self(tokens: tokens, text: $0) }
    }

    /// Computes the features of a block from its tokens, whose byte ranges point into `text`.
    init(tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        self = tokens.withUnsafeBufferPointer { Self.measure($0, text: text, tokens: tokens) }
    }

    private init() {}

    /// One pass over the tokens. Words and marks are judged on their UTF-8 bytes in `text`; a
    /// `String` is made only for the words the rules read (the lead, or all of a short block).
    private static func measure(_ tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>,
                                tokens array: [Token]) -> BlockFeatures {
        var f = BlockFeatures()
        var quoteMarks = 0
        var straightQuotes = 0
        let keepAll = tokens.count <= Self.shortBlockTokens
        var mentionsLongFurniture = false
        // Lead words seen so far (at most six are read).
        var leadCount = 0
        // Counters live in locals (registers) through the loop and are stored once at the end.
        var words = 0, weight = 0, capitalized = 0, lowercase = 0, lines = 1, numbers = 0
        if keepAll {
            f.allWords.reserveCapacity(tokens.count)
            f.allCues.reserveCapacity(tokens.count)
        }
        for position in tokens.indices {
            let kind = tokens[position].kind
            if tokens[position].lineBreakBefore, position > 0 { lines &+= 1 }
            let range = tokens[position].bytes
            // Token ranges come from `text`; a range outside it would be a caller's mistake.
            guard range.lowerBound < range.upperBound, range.upperBound <= text.count else { continue }
            let lead = text[range.lowerBound]
            switch kind {
            case .word:
                words &+= 1
                weight &+= 1
                if lead < 0x80 {
                    if lead &- 0x41 < 26 { capitalized &+= 1 }
                    else if lead &- 0x61 < 26 { lowercase &+= 1 }
                } else {
                    let first = UTF8Walk.decode(text, at: range.lowerBound).0
                    if first.isUppercaseLetter { capitalized &+= 1 }
                    else if first.isLowercaseLetter { lowercase &+= 1 }
                    if first.value >= 0x2E80 { weight &+= max(0, WordBytes.scalarCount(text, range) / 2 - 1) }
                }
                if keepAll || leadCount < 6 {
                    leadCount += 1
                    let cues: CueLexicon.Cues
                    var opensAuthorBox = false
                    if ASCIIBytes.isASCII(range, in: text) {
                        if keepAll { f.allWords.append(ASCIIBytes.lowercasedString(range, in: text)) }
                        cues = range.count <= ASCIILexicon.maximumLength ? CueLexicon.asciiCues.cues(text, range)
                            : CueLexicon.cues(of: ASCIIBytes.lowercasedString(range, in: text))
                        if WordBytes.equals(text, range, "http", folding: true) || WordBytes.equals(text, range, "https", folding: true)
                            || WordBytes.equals(text, range, "www", folding: true) { f.shape.hasAddress = true }
                        opensAuthorBox = WordBytes.equals(text, range, "about", folding: true) || WordBytes.equals(text, range, "sobre", folding: true)
                    } else {
                        let lower = tokens[position].text.lowercased()
                        if keepAll { f.allWords.append(lower) }
                        cues = CueLexicon.cues(of: lower)
                        if lower == "http" || lower == "https" || lower == "www" { f.shape.hasAddress = true }
                        opensAuthorBox = lower == "about" || lower == "sobre" || lower == "über"
                    }
                    if keepAll {
                        f.allCues.append(cues)
                        f.allCuesTogether.formUnion(cues)
                    }
                    if leadCount == 1 {
                        f.firstWordCues = cues
                        f.shape.opensWithAuthorBoxWord = opensAuthorBox
                    }
                    if cues.contains(.reportingVerbs) { f.shape.hasReportingVerb = true }
                } else if range.count == 4 {
                    // Past the lead of a long block, "said", "says" and "told" count as written.
                    if lead == UInt8(ascii: "s") {
                        if WordBytes.equals(text, range, "said") || WordBytes.equals(text, range, "says") { f.shape.hasReportingVerb = true }
                    } else if lead == UInt8(ascii: "t") {
                        if WordBytes.equals(text, range, "told") { f.shape.hasReportingVerb = true }
                    }
                } else if !mentionsLongFurniture, range.count >= 6, range.count <= 8,
                          lead | 0x20 == UInt8(ascii: "c") || lead | 0x20 == UInt8(ascii: "r") {
                    mentionsLongFurniture = isLongFurnitureWord(tokens[position], range: range, text: text)
                }
            case .number:
                numbers &+= 1
                // A byte scan rules most numbers out; the String test stays the judge.
                if WordBytes.contains(text, range, UInt8(ascii: ":")) || WordBytes.contains(text, range, UInt8(ascii: "-")),
                   tokens[position].text.contains(":") || tokens[position].text.contains("-") {
                    f.shape.hasClockOrNumericDate = true
                }
                if position >= 2, array[position - 1].is("/") || array[position - 1].is("."),
                   !tokens[position - 1].spaceBefore, tokens[position - 2].kind == .number {
                    f.shape.hasClockOrNumericDate = true
                }
            case .punctuation:
                if lead < 0x80 {
                    switch lead {
                    case UInt8(ascii: "\""): straightQuotes += 1
                    case UInt8(ascii: "@"): if !tokens[position].spaceAfter { f.shape.hasAddress = true }
                    case UInt8(ascii: ":"): if f.shape.wordsBeforeColon == nil { f.shape.wordsBeforeColon = words }
                    default: break
                    }
                } else {
                    switch UTF8Walk.decode(text, at: range.lowerBound).0 {
                    case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}": quoteMarks += 1
                    case "\u{00A9}": f.shape.hasCopyrightSign = true
                    default: break
                    }
                }
            }
        }
        f.shape.words = words
        f.shape.weight = weight
        f.shape.capitalizedWords = capitalized
        f.shape.lowercaseWords = lowercase
        f.shape.lines = lines
        f.shape.numbers = numbers
        f.shape.hasQuotation = quoteMarks >= 2 || straightQuotes >= 2
        if !keepAll, mentionsLongFurniture, tokens.count <= Self.longFurnitureTokens {
            f.allWords = tokens.filter(\.isWord).map { WordBytes.lowercased($0, in: text) }
            f.allCues = f.allWords.map(CueLexicon.cues(of:))
            f.allCuesTogether = f.allCues.reduce(into: []) { $0.formUnion($1) }
        }
        f.leadWords = leadWords(tokens, text: text, allWords: keepAll ? f.allWords : nil, totalWords: words,
                                firstWordCues: f.firstWordCues)
        f.shape.endsSentence = Self.endsLikeSentence(tokens, text: text)
        return f
    }

    /// The lead words the rules can read (see `leadWords`): a short block's first six, taken
    /// from `allWords`; the first six of a block up to `leadWordsReadUpTo` words; beyond that
    /// only a caption label (with the words after "image", "photo" or "file") or "copyright".
    private static func leadWords(_ tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>,
                                  allWords: [String]?, totalWords: Int, firstWordCues: CueLexicon.Cues) -> [String] {
        if let allWords { return Array(allWords.prefix(6)) }
        var limit = 6
        if totalWords > leadWordsReadUpTo {
            guard let first = tokens.first(where: { $0.kind == .word }) else { return [] }
            if !firstWordCues.contains(.captionLabels) {
                // Only isCopyright reads the first word of so long a block, and only for "copyright".
                let range = first.bytes
                if range.upperBound <= text.count, ASCIIBytes.isASCII(range, in: text),
                   !WordBytes.equals(text, range, "copyright", folding: true) { return [] }
                let lower = WordBytes.lowercased(first, in: text)
                return lower == "copyright" ? [lower] : []
            }
            limit = 1
        }
        var lead: [String] = []
        for token in tokens where token.kind == .word {
            let lower = WordBytes.lowercased(token, in: text)
            lead.append(lower)
            // "Image credit", "Photo credits", "File photo": the caption rule reads the second word.
            if lead.count == 1, limit == 1, lower == "image" || lower == "photo" || lower == "file" { limit = 6 }
            if lead.count >= limit { break }
        }
        return lead
    }

    /// Whether a word is "cookie(s)" or "reserved" in any case, as `lowercased()` would compare it.
    private static func isLongFurnitureWord(_ token: Token, range: Range<Int>, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ASCIIBytes.isASCII(range, in: text) else {
            let lower = token.text.lowercased()
            return lower == "cookie" || lower == "cookies" || lower == "reserved"
        }
        return WordBytes.equals(text, range, "cookie", folding: true) || WordBytes.equals(text, range, "cookies", folding: true)
            || WordBytes.equals(text, range, "reserved", folding: true)
    }

    /// Whether the last meaningful token ends a sentence.
    private static func endsLikeSentence(_ tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>) -> Bool {
        for token in tokens.reversed() {
            guard token.kind == .punctuation else { return false }
            let start = token.bytes.lowerBound
            // The first scalar, decoded from the source as `firstScalar` decodes it from the text.
            let first = start < text.count ? UTF8Walk.decode(text, at: start).0 : token.firstScalar
            switch first {
            case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{0964}", "\u{061F}":
                return true
            case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "\u{300D}", "\u{300F}":
                continue
            default:
                return false
            }
        }
        return false
    }
}
