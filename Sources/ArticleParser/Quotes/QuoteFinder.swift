/// Finds direct quotations in an article's blocks.
enum QuoteFinder {
    /// The fewest words an unclosed quote that opens mid-block needs to count as a quote;
    /// fewer is more likely a stray mark in a menu or a credit line.
    static let minimumUnclosedWords = 4

    /// Returns the quotations in text order, unattributed.
    static func findQuotes(in document: Document) -> [Quote] {
        var quotes: [Quote] = []
        for block in document.blocks.indices {
            let tokens = document.tokens[block]
            let marks = QuoteMarkScanner.marks(in: tokens)
            guard !marks.isEmpty else { continue }
            var found: [Quote] = []
            for run in QuotePairing.runs(marks, tokenCount: tokens.count) where isQuote(run, tokens) {
                let first = tokens[run.content.lowerBound], last = tokens[run.content.upperBound - 1]
                found.append(Quote(index: 0, block: block, span: TextSpan(start: first.span.start, end: last.span.end),
                                   text: document.source.string(bytes: first.bytes.lowerBound..<last.bytes.upperBound)))
            }
            found.sort { $0.span < $1.span }
            quotes.append(contentsOf: found)
        }
        for index in quotes.indices { quotes[index].index = index }
        return quotes
    }

    /// Whether a run holds words worth calling a quote.
    static func isQuote(_ run: QuotedRun, _ tokens: [Token]) -> Bool {
        var words = 0
        for index in run.content where tokens[index].kind != .punctuation { words += 1 }
        guard words > 0 else { return false }
        if run.close == nil, run.open.lowerBound > 0 { return words >= minimumUnclosedWords }
        return true
    }
}
