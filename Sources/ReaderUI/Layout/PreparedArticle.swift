import ArticleParser

/// Where a quotation lies in the prepared text: its block and grapheme range (the quotation
/// marks around it included).
public struct QuoteLocation: Sendable, Equatable {
    /// The index of the block (in `PreparedArticle.blocks`).
    public var block: Int
    /// The graphemes of the quote, marks included.
    public var range: Range<Int>
}

/// An article ready for the reader: every block prepared for layout and every quote located.
public struct PreparedArticle: Sendable {
    /// The parsed article.
    public var article: Article
    /// The prepared blocks, parallel to `article.blocks`.
    public var blocks: [PreparedBlock]
    /// The location of each quote, parallel to `article.quotes`; nil for a quote that could not
    /// be placed in its block.
    public var quoteLocations: [QuoteLocation?]
    /// The quotes of each block, by quote index, in text order.
    public var quotesByBlock: [[Int]]

    /// Prepares an article for the reader.
    public init(_ article: Article) {
        self.article = article
        var blocks = article.blocks.map(PreparedBlock.init)
        for position in blocks.indices { blocks[position].index = position }
        if let place = article.dateline {
            Self.markDateline(place, in: &blocks)
        }
        var locations: [QuoteLocation?] = []
        var byBlock = [[Int]](repeating: [], count: blocks.count)
        for (position, quote) in article.quotes.enumerated() {
            let location = Self.locate(quote, in: article.blocks, prepared: blocks)
            locations.append(location)
            if let location { byBlock[location.block].append(position) }
        }
        self.blocks = blocks
        self.quoteLocations = locations
        self.quotesByBlock = byBlock
    }

    /// The headline, sanitised, if the article has one.
    public var title: String? {
        article.title.map { TerminalText.sanitize($0).split(whereSeparator: \.isNewline).joined(separator: " ") }
    }

    /// The speaker of quote `index`, sanitised, if known.
    public func speaker(ofQuote index: Int) -> String? {
        guard article.quotes.indices.contains(index), let name = article.quotes[index].speaker else { return nil }
        return TerminalText.sanitize(name).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func locate(_ quote: Quote, in sourceBlocks: [Block], prepared: [PreparedBlock]) -> QuoteLocation? {
        var blockIndex = quote.block
        if !sourceBlocks.indices.contains(blockIndex) || !sourceBlocks[blockIndex].span.contains(quote.span) {
            guard let found = sourceBlocks.firstIndex(where: { $0.span.contains(quote.span) }) else { return nil }
            blockIndex = found
        }
        let block = prepared[blockIndex]
        var start = block.graphemeIndex(atOrAfterSource: quote.span.start)
        var end = block.graphemeIndex(atOrAfterSource: quote.span.end)
        guard start < end else { return nil }
        // Take in the quotation marks (and the space just inside them) so the whole quote reads as one.
        var before = start - 1
        if before >= 0, block.isSpace(before) { before -= 1 }
        if before >= 0, isQuotationMark(block.graphemes[before]) { start = before }
        var after = end
        if after < block.count, block.isSpace(after) { after += 1 }
        if after < block.count, isQuotationMark(block.graphemes[after]) { end = after + 1 }
        return QuoteLocation(block: blockIndex, range: start..<end)
    }

    private static func isQuotationMark(_ character: Character) -> Bool {
        switch character {
        case "\"", "“", "”", "„", "‟", "«", "»", "‹", "›", "「", "」", "『", "』", "‘", "’", "'": true
        default: false
        }
    }

    /// Marks "PLACE –" at the start of the first paragraph that opens with the dateline's place.
    private static func markDateline(_ place: String, in blocks: inout [PreparedBlock]) {
        let placeCharacters = Array(TerminalText.sanitize(place))
        guard !placeCharacters.isEmpty,
              let position = blocks.firstIndex(where: { $0.kind == .paragraph && $0.graphemes.starts(with: placeCharacters) })
        else { return }
        let block = blocks[position]
        let limit = min(block.count, placeCharacters.count + 40)
        var end = placeCharacters.count
        for index in placeCharacters.count..<limit where ["–", "—", "-", ":"].contains(block.graphemes[index]) {
            end = index + 1
            break
        }
        blocks[position].dateline = 0..<end
    }
}
