/// The family a double quotation mark belongs to. Marks of one family pair with each other;
/// a mark of another family inside an open quote may start a quote within the quote.
enum QuoteMarkStyle: UInt8, Sendable {
    /// “ and ”.
    case curly
    /// The typewriter mark ".
    case straight
    /// „ (closed by “ or ”).
    case lowNine
    /// « and ».
    case guillemet
    /// Two apostrophes '' (and two backticks ``), as some newspapers' archives type quotes.
    case doubledApostrophe
}

/// Which way a mark's shape points, before any context is considered.
enum QuoteMarkLean: UInt8, Sendable {
    /// “ „ « ``: normally opens a quote.
    case opening
    /// ” »: normally closes a quote.
    case closing
    /// " and '': the same mark opens and closes.
    case either
}

/// A double quotation mark found in a block, with the spacing that decides its role.
struct QuoteMark: Sendable {
    /// The mark's family.
    var style: QuoteMarkStyle
    /// The way the mark's glyph points.
    var lean: QuoteMarkLean
    /// The scalar of a single-scalar mark (nil for doubled apostrophes or backticks).
    var scalar: Unicode.Scalar?
    /// The indices of the mark's tokens in the block (two for '' and ``).
    var tokens: Range<Int>
    /// Whether the text before the mark allows a quote to open here: white space, the block
    /// start, or an opening bracket, dash or colon.
    var openBefore: Bool
    /// Whether the text after the mark allows a quote to close here: white space, the block
    /// end, or sentence punctuation.
    var closeAfter: Bool
    /// Whether the mark is the block's first token.
    var atBlockStart: Bool

    /// Shaped like an opening mark: open before, a word right after.
    var isOpenerShaped: Bool { openBefore && !closeAfter }
    /// Shaped like a closing mark: a word right before, open after.
    var isCloserShaped: Bool { closeAfter && !openBefore }
}

/// Finds the double quotation marks among a block's tokens.
///
/// Single marks (‘ ’ ') are never quote boundaries here: they are apostrophes (don’t, ’90s,
/// rock ’n’ roll) or quotes within a quote, which stay part of the outer quote.
enum QuoteMarkScanner {
    /// Returns the block's double quotation marks in text order.
    /// - Parameter reader: the block's tokens, with the source bytes their marks are read from
    ///   (reading each token's text would retain and release its string).
    static func marks(in reader: SpeakerPhraseReader) -> [QuoteMark] {
        let tokens = reader.tokens
        var marks: [QuoteMark] = []
        var index = 0
        while index < tokens.count {
            guard reader.kind(index) == .punctuation else { index += 1; continue }
            let first = reader.firstScalar(index)
            var style: QuoteMarkStyle
            var lean: QuoteMarkLean
            var scalar: Unicode.Scalar? = first
            var width = 1
            switch first {
            case "\u{201C}": (style, lean) = (.curly, .opening)
            case "\u{201D}", "\u{201F}": (style, lean) = (.curly, .closing)
            case "\"": (style, lean) = (.straight, .either)
            case "\u{201E}": (style, lean) = (.lowNine, .opening)
            case "\u{00AB}": (style, lean) = (.guillemet, .opening)
            case "\u{00BB}": (style, lean) = (.guillemet, .closing)
            case "'", "`":
                // Only a pair of touching marks is a quotation mark; one alone is an apostrophe.
                guard index + 1 < tokens.count, !reader.spaceAfter(index), reader.kind(index + 1) == .punctuation,
                      reader.firstScalar(index + 1) == first else { index += 1; continue }
                style = .doubledApostrophe
                lean = first == "`" ? .opening : .either
                scalar = nil
                width = 2
            default:
                index += 1
                continue
            }
            let range = index..<(index + width)
            if isMarkup(reader, range, style: style) { index += width; continue }
            marks.append(QuoteMark(style: style, lean: lean, scalar: scalar, tokens: range,
                                   openBefore: opensBefore(reader, range.lowerBound),
                                   closeAfter: closesAfter(reader, range.upperBound - 1),
                                   atBlockStart: range.lowerBound == 0))
            index += width
        }
        return marks
    }

    /// Whether white space, the block start or an opening bracket, dash or colon comes
    /// before token `index`.
    private static func opensBefore(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        if index == 0 || reader.spaceBefore(index) { return true }
        guard reader.kind(index - 1) == .punctuation else { return false }
        switch reader.firstScalar(index - 1) {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", ":", "/": return true
        default: return false
        }
    }

    /// Whether white space, the block end or sentence punctuation comes after token `index`.
    private static func closesAfter(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        let tokens = reader.tokens
        if index + 1 >= tokens.count || reader.spaceAfter(index) { return true }
        guard reader.kind(index + 1) == .punctuation else { return false }
        switch reader.firstScalar(index + 1) {
        case ",", ".", ";", ":", "?", "!", ")", "]", "}", "\u{2014}", "\u{2013}", "\u{2026}", "-":
            return true
        default:
            return false
        }
    }

    /// Whether a straight mark delimits a markup attribute (`author="`), not a quotation.
    private static func isMarkup(_ reader: SpeakerPhraseReader, _ range: Range<Int>, style: QuoteMarkStyle) -> Bool {
        guard style == .straight, range.lowerBound > 0, !reader.spaceBefore(range.lowerBound) else { return false }
        return reader.kind(range.lowerBound - 1) == .punctuation && reader.firstScalar(range.lowerBound - 1) == "="
    }
}
