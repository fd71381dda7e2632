/// Finds direct quotations in an article's blocks.
enum QuoteFinder {
    /// The fewest words an unclosed quote that opens mid-block needs to count as a quote;
    /// fewer is more likely a stray mark in a menu or a credit line.
    static let minimumUnclosedWords = 4

    /// Returns the quotations in text order, unattributed.
    static func findQuotes(in document: Document) -> [Quote] {
        // Blocks are independent: they are searched on all cores and joined in order.
        let perBlock = BlockGroups.map(document) { block, reader in
            blockQuotes(block, reader: reader, document.source)
        }
        var quotes: [Quote] = []
        quotes.reserveCapacity(perBlock.reduce(0) { $0 + $1.count })
        for found in perBlock { quotes.append(contentsOf: found) }
        for index in quotes.indices { quotes[index].index = index }
        return quotes
    }

    /// The quotations of one block, in text order.
    private static func blockQuotes(_ block: Int, reader: SpeakerPhraseReader, _ source: SourceText) -> [Quote] {
        let tokens = reader.tokens
        let marks = QuoteMarkScanner.marks(in: reader)
        guard !marks.isEmpty else { return [] }
        var found: [Quote] = []
        for run in QuotePairing.runs(marks, tokenCount: tokens.count) where isQuote(run, tokens) {
            let first = run.content.lowerBound, last = run.content.upperBound - 1
            found.append(Quote(index: 0, block: block, span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end),
                               text: source.string(bytes: tokens[first].bytes.lowerBound..<tokens[last].bytes.upperBound)))
        }
        found.sort { $0.span < $1.span }
        return found
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
