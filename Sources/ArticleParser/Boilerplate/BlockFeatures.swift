/// Shape facts about one block, computed once from its tokens, that the boilerplate rules read.
struct BlockFeatures: Sendable {
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
    /// The first few words, lowercased.
    var leadWords: [String] = []
    /// Every word lowercased, for short blocks only (empty for long ones).
    var allWords: [String] = []
    /// Whether a blank line separates the block from the previous one (true for the first block).
    var blankBefore = true
    /// Whether a blank line separates the block from the next one (true for the last block).
    var blankAfter = true

    /// Blocks up to this many tokens keep all their words lowercased; longer ones only when
    /// they mention cookies or reserved rights, the furniture that comes in long blocks.
    static let shortBlockTokens = 40
    /// Longer blocks that mention cookies or rights keep their words up to this many tokens.
    static let longFurnitureTokens = 320

    /// Whether the block reads as prose: long enough and ending like a sentence.
    var isProse: Bool { weight >= 8 && endsSentence }

    /// The number of words in `set` among the block's lowercased words.
    func count(in set: Set<String>) -> Int {
        var total = 0
        for word in allWords where set.contains(word) { total += 1 }
        return total
    }

    /// Computes the features of a block from its tokens.
    init(tokens: [Token]) {
        var quoteMarks = 0
        var straightQuotes = 0
        let keepAll = tokens.count <= Self.shortBlockTokens
        var mentionsLongFurniture = false
        leadWords.reserveCapacity(6)
        if keepAll { allWords.reserveCapacity(tokens.count) }
        for position in tokens.indices {
            let kind = tokens[position].kind
            if tokens[position].lineBreakBefore, position > 0 { lines += 1 }
            if kind == .word {
                // The common case, a word in a long paragraph, touches only its first byte.
                let byteCount = tokens[position].bytes.count
                let lead = tokens[position].text.utf8.first ?? 0
                words += 1
                weight += 1
                if lead < 0x80 {
                    if lead >= 0x41 && lead <= 0x5A { capitalizedWords += 1 }
                    else if lead >= 0x61 && lead <= 0x7A { lowercaseWords += 1 }
                } else {
                    let first = tokens[position].firstScalar
                    if first.isUppercaseLetter { capitalizedWords += 1 }
                    else if first.isLowercaseLetter { lowercaseWords += 1 }
                    if first.value >= 0x2E80 { weight += max(0, tokens[position].text.unicodeScalars.count / 2 - 1) }
                }
                if !keepAll, leadWords.count >= 6 {
                    // Past the lead, a long block's words matter only as "said"/"says"/"told"
                    // or as "cookie(s)"/"reserved"; everything else is skipped on its first byte.
                    let folded = lead | 0x20
                    let maybeVerb = byteCount == 4 && (folded == UInt8(ascii: "s") || folded == UInt8(ascii: "t"))
                    let maybeFurniture = (6...8).contains(byteCount)
                        && (folded == UInt8(ascii: "c") || folded == UInt8(ascii: "r"))
                    if !maybeVerb && !maybeFurniture { continue }
                }
            } else if kind == .punctuation {
                // Only a few marks count; ASCII ones other than these are skipped on their byte.
                let lead = tokens[position].text.utf8.first ?? 0
                if lead < 0x80, lead != UInt8(ascii: "\""), lead != UInt8(ascii: "@"), lead != UInt8(ascii: ":") { continue }
            }
            let token = tokens[position]
            switch kind {
            case .word:
                let byteCount = token.bytes.count
                if keepAll || leadWords.count < 6 {
                    let lower = token.text.lowercased()
                    if leadWords.count < 6 { leadWords.append(lower) }
                    if keepAll { allWords.append(lower) }
                    if CueLexicon.reportingVerbs.contains(lower) { hasReportingVerb = true }
                    // Lengths first: a failed String == costs a call per literal, on every word.
                    let lowerCount = lower.utf8.count
                    if (lowerCount == 4 && lower == "http") || (lowerCount == 5 && lower == "https")
                        || (lowerCount == 3 && lower == "www") { hasAddress = true }
                } else if byteCount == 4 {
                    // Past the first byte only "said"/"says" ('s') and "told" ('t') can match.
                    switch token.text.utf8.first {
                    case UInt8(ascii: "s"): if token.text == "said" || token.text == "says" { hasReportingVerb = true }
                    case UInt8(ascii: "t"): if token.text == "told" { hasReportingVerb = true }
                    default: break
                    }
                } else if !mentionsLongFurniture, Self.isLongFurnitureWord(token.text) {
                    mentionsLongFurniture = true
                }
            case .number:
                numbers += 1
                if token.text.contains(":") || token.text.contains("-") { hasClockOrNumericDate = true }
                if position >= 2, tokens[position - 1].is("/") || tokens[position - 1].is("."),
                   !tokens[position - 1].spaceBefore, tokens[position - 2].kind == .number {
                    hasClockOrNumericDate = true
                }
            case .punctuation:
                switch token.firstScalar {
                case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}": quoteMarks += 1
                case "\"": straightQuotes += 1
                case "@":
                    if !token.spaceAfter { hasAddress = true }
                case "\u{00A9}": hasCopyrightSign = true
                case ":": if wordsBeforeColon == nil { wordsBeforeColon = words }
                default: break
                }
            }
        }
        hasQuotation = quoteMarks >= 2 || straightQuotes >= 2
        if !keepAll, mentionsLongFurniture, tokens.count <= Self.longFurnitureTokens {
            allWords = tokens.filter(\.isWord).map { $0.text.lowercased() }
        }
        endsSentence = Self.endsLikeSentence(tokens)
    }

    /// Whether a word is "cookie(s)" or "reserved", checked without allocating.
    private static func isLongFurnitureWord(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 6, bytes.count <= 8, let first = bytes.first, first | 0x20 == UInt8(ascii: "c")
                || first | 0x20 == UInt8(ascii: "r") else { return false }
        let lower = text.lowercased()
        return lower == "cookie" || lower == "cookies" || lower == "reserved"
    }

    /// Whether the last meaningful token ends a sentence.
    private static func endsLikeSentence(_ tokens: [Token]) -> Bool {
        for token in tokens.reversed() {
            guard token.kind == .punctuation else { return false }
            switch token.firstScalar {
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
