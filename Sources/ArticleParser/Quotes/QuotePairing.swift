/// A stretch of a block between an opening mark and its closing mark (or the block's end),
/// in token indices.
struct QuotedRun: Sendable, Equatable {
    /// The opening mark's tokens.
    var open: Range<Int>
    /// The tokens between the marks.
    var content: Range<Int>
    /// The closing mark's tokens; nil when the quote runs to the end of the block unclosed.
    var close: Range<Int>?
    /// Whether the run is a quote within another quote.
    var isNested: Bool
}

/// Pairs a block's quotation marks into quoted runs.
///
/// One open quote at a time, plus one quote within it when a mark of another family opens
/// inside it and a matching mark follows. Mixed marks close each other (`"…”`), a closing
/// mark closes whatever its spacing (`violence, ”he said`), and a quote still open at the end
/// of the block ends there: an unbalanced mark never reaches into the next paragraph.
enum QuotePairing {
    /// Returns the quoted runs of a block, outer quotes before the quotes inside them.
    /// - Parameters:
    ///   - marks: the block's marks, from `QuoteMarkScanner`.
    ///   - tokenCount: the number of tokens in the block.
    static func runs(_ marks: [QuoteMark], tokenCount: Int) -> [QuotedRun] {
        var runs: [QuotedRun] = []
        var outer: Int? = nil
        var nested: Int? = nil
        for (index, mark) in marks.enumerated() {
            if let inner = nested {
                if closes(mark, opener: marks[inner]) {
                    runs.append(run(marks[inner], closedBy: mark, nested: true))
                    nested = nil
                }
                continue
            }
            if let open = outer {
                let next = index + 1 < marks.count ? marks[index + 1] : nil
                if opensWithin(mark, outer: marks[open], next: next) {
                    nested = index
                } else if closes(mark, opener: marks[open]) {
                    runs.append(run(marks[open], closedBy: mark, nested: false))
                    outer = nil
                } else {
                    // The open quote was never closed: it ends where the new one opens.
                    runs.append(QuotedRun(open: marks[open].tokens,
                                          content: marks[open].tokens.upperBound..<mark.tokens.lowerBound,
                                          close: nil, isNested: false))
                    outer = index
                }
                continue
            }
            if opens(mark) { outer = index }
        }
        if let open = outer {
            runs.append(QuotedRun(open: marks[open].tokens, content: marks[open].tokens.upperBound..<tokenCount,
                                  close: nil, isNested: false))
        }
        return runs
    }

    /// Whether `mark` opens a quote when none is open.
    static func opens(_ mark: QuoteMark) -> Bool {
        if mark.atBlockStart { return !mark.closeAfter || mark.lean != .either }
        switch mark.lean {
        case .opening, .either: return !mark.isCloserShaped
        case .closing: return mark.isOpenerShaped
        }
    }

    /// Whether `mark` closes the quote that `opener` opened.
    static func closes(_ mark: QuoteMark, opener: QuoteMark) -> Bool {
        switch mark.lean {
        case .closing, .either:
            return true
        case .opening:
            // „…“ closes with the mark that opens elsewhere; otherwise only a closing shape counts.
            if opener.style == .lowNine, mark.style == .curly { return true }
            return mark.isCloserShaped
        }
    }

    /// Whether `mark` opens a quote within the open quote `outer`: a mark of another family,
    /// shaped like an opening mark, that the next mark can close.
    static func opensWithin(_ mark: QuoteMark, outer: QuoteMark, next: QuoteMark?) -> Bool {
        guard mark.style != outer.style, mark.lean != .closing, mark.isOpenerShaped,
              let next, next.tokens.lowerBound > mark.tokens.upperBound else { return false }
        if outer.style == .lowNine, mark.style == .curly { return false }
        return next.style == mark.style && closes(next, opener: mark)
    }

    private static func run(_ opener: QuoteMark, closedBy closer: QuoteMark, nested: Bool) -> QuotedRun {
        QuotedRun(open: opener.tokens, content: opener.tokens.upperBound..<closer.tokens.lowerBound,
                  close: closer.tokens, isNested: nested)
    }
}
