/// Where a found quote sits among its block's tokens: its marks, its words, and the
/// sentences around it.
struct QuoteSite: Sendable {
    /// The block the quote is in.
    var block: Int
    /// The first token of the opening mark.
    var openStart: Int
    /// The tokens between the marks.
    var content: Range<Int>
    /// The token just past the closing mark; nil when the quote runs to the block's end.
    var closeEnd: Int?

    /// Locates `quote` in the document's tokens.
    static func locate(_ quote: Quote, in document: Document) -> QuoteSite? {
        guard quote.block < document.tokens.count else { return nil }
        let reader = SpeakerPhraseReader(tokens: document.tokens[quote.block], utf8: document.source.utf8)
        let count = reader.tokens.count
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if reader.span(mid).start < quote.span.start { low = mid + 1 } else { high = mid }
        }
        guard low < count, reader.span(low).start == quote.span.start else { return nil }
        var end = low
        while end < count, reader.span(end).end <= quote.span.end { end += 1 }
        let openStart = low >= 2 && isApostrophePair(reader, low - 2) ? low - 2 : max(0, low - 1)
        var closeEnd: Int? = nil
        if end < count, isMark(reader, end) {
            closeEnd = end + 1 < count && isApostrophePair(reader, end) ? end + 2 : end + 1
        }
        return QuoteSite(block: quote.block, openStart: openStart, content: low..<end, closeEnd: closeEnd)
    }

    private static func isMark(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        guard reader.kind(index) == .punctuation else { return false }
        switch reader.firstScalar(index) {
        case "\u{201C}", "\u{201D}", "\u{201F}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}", "'", "`": return true
        default: return false
        }
    }

    private static func isApostrophePair(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        guard index + 1 < reader.tokens.count, reader.kind(index) == .punctuation, reader.kind(index + 1) == .punctuation
        else { return false }
        let first = reader.firstScalar(index)
        return (first == "'" || first == "`") && reader.firstScalar(index + 1) == first && !reader.spaceAfter(index)
    }
}

/// Sentence boundaries in a block's tokens.
///
/// Searches stop after `reach` tokens: a "sentence" longer than that (a run-on block with no
/// full stop) is cut there, which keeps attribution linear however the text is punctuated.
enum Sentences {
    /// The most tokens a search for a sentence boundary looks through.
    static let reach = 120

    /// Whether token `index` ends a sentence: a full stop, question or exclamation mark that
    /// is not part of an abbreviation and is followed by space or the block's end.
    static func endsSentence(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        // Marks are read from the source's bytes: the resolver asks this of every token of
        // the document, and reading the token's text would retain and release its string.
        let tokens = reader.tokens
        guard reader.kind(index) == .punctuation else { return false }
        switch reader.firstScalar(index) {
        case "?", "!", "\u{2026}": break
        case ".":
            if index > 0, !reader.spaceBefore(index), reader.isAbbreviation(index - 1) { return false }
        default: return false
        }
        guard index + 1 < tokens.count, !reader.spaceAfter(index) else { return true }
        // A full stop inside a closing quotation mark still ends the sentence: `now.”`
        switch reader.firstScalar(index + 1) {
        case "\u{201D}", "\"", "\u{00BB}", "'": return true
        default: return false
        }
    }

    /// The index of the first token of the sentence holding token `index`, looking back no
    /// further than `floor`.
    static func start(_ reader: SpeakerPhraseReader, before index: Int, floor: Int) -> Int {
        let floor = max(floor, index - reach)
        var cursor = index - 1
        while cursor >= floor {
            if endsSentence(reader, cursor) { return cursor + 1 }
            cursor -= 1
        }
        return max(floor, 0)
    }

    /// The index just past the end of the sentence that starts at or after `index`.
    static func end(_ reader: SpeakerPhraseReader, after index: Int) -> Int {
        let limit = min(reader.tokens.count, index + reach)
        var cursor = index
        while cursor < limit {
            if endsSentence(reader, cursor) { return cursor + 1 }
            cursor += 1
        }
        return limit
    }
}
