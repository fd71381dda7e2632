import ArticleParser

/// Where a quotation lies in the prepared text: its block and grapheme range (the quotation
/// marks around it included).
public struct QuoteLocation: Sendable, Equatable {
    /// The index of the block (in `PreparedArticle.blocks`).
    public var block: Int
    /// The graphemes of the quote, marks included.
    public var range: Range<Int>
}

/// An article ready for the reader: its blocks prepared for layout and its quotes located, both
/// on demand.
///
/// Preparing a block (graphemes, widths, offsets) costs far more than parsing it and takes about
/// 25 bytes a grapheme, so only the blocks the reader looks at are prepared, and a bounded cache
/// keeps the recent ones: a 100 MB article opens as fast as a small one, in little memory.
public struct PreparedArticle: Sendable {
    /// The parsed article.
    public var article: Article
    /// The prepared blocks, parallel to `article.blocks`, each prepared when first read.
    public let blocks: PreparedBlocks
    /// The location of each quote, parallel to `article.quotes`; nil for a quote that could not
    /// be placed in its block.
    public var quoteLocations: QuoteLocations { QuoteLocations(article: self) }
    /// The quotes of each block, by quote index, in text order.
    public var quotesByBlock: QuotesByBlock { QuotesByBlock(article: self) }
    /// The boilerplate blocks, by index, in text order.
    public let boilerplateBlocks: [Int]
    /// For each quote, the block it lies in (its own, or the block whose span holds it), or nil.
    let quoteBlocks: [Int?]
    /// (block, quote) for every quote whose span lies in a block, sorted: the quotes of a block
    /// are found by binary search. Two 32-bit numbers a quote, not a dictionary of arrays.
    private let quotesInBlocks: [(block: Int32, quote: Int32)]

    /// Prepares an article for the reader (the blocks themselves are prepared when read).
    public init(_ article: Article) {
        self.article = article
        let dateline = article.dateline.flatMap { DatelineMark.find($0, in: article.blocks) }
        blocks = PreparedBlocks(article.blocks, dateline: dateline)
        boilerplateBlocks = article.blocks.indices.filter { article.blocks[$0].kind == .boilerplate }
        var quoteBlocks: [Int?] = []
        var pairs: [(block: Int32, quote: Int32)] = []
        quoteBlocks.reserveCapacity(article.quotes.count)
        pairs.reserveCapacity(article.quotes.count)
        var sorted = true
        for (position, quote) in article.quotes.enumerated() {
            let block = Self.block(holding: quote, in: article.blocks)
            quoteBlocks.append(block)
            guard let block else { continue }
            if let last = pairs.last, last.block > Int32(block) { sorted = false }
            pairs.append((Int32(block), Int32(position)))
        }
        if !sorted { pairs.sort { $0.block != $1.block ? $0.block < $1.block : $0.quote < $1.quote } }
        self.quoteBlocks = quoteBlocks
        quotesInBlocks = pairs
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

    /// Whether block `index` is boilerplate (without preparing it).
    public func isBoilerplate(_ index: Int) -> Bool {
        article.blocks.indices.contains(index) && article.blocks[index].kind == .boilerplate
    }

    /// The location of quote `index`, computed from its block.
    public func location(ofQuote index: Int) -> QuoteLocation? {
        guard quoteBlocks.indices.contains(index), let blockIndex = quoteBlocks[index] else { return nil }
        let quote = article.quotes[index]
        let block = blocks[blockIndex]
        var start = block.graphemeIndex(atOrAfterSource: quote.span.start)
        var end = block.graphemeIndex(atOrAfterSource: quote.span.end)
        guard start < end else { return nil }
        // Take in the quotation marks (and the space just inside them) so the whole quote reads as one.
        var before = start - 1
        if before >= 0, block.isSpace(before) { before -= 1 }
        if before >= 0, Self.isQuotationMark(block.graphemes[before]) { start = before }
        var after = end
        if after < block.count, block.isSpace(after) { after += 1 }
        if after < block.count, Self.isQuotationMark(block.graphemes[after]) { end = after + 1 }
        return QuoteLocation(block: blockIndex, range: start..<end)
    }

    /// The placed quotes of block `index`, by quote index, in text order.
    public func quotes(inBlock index: Int) -> [Int] {
        var low = 0, high = quotesInBlocks.count
        while low < high {
            let mid = (low + high) / 2
            if Int(quotesInBlocks[mid].block) < index { low = mid + 1 } else { high = mid }
        }
        var quotes: [Int] = []
        while low < quotesInBlocks.count, Int(quotesInBlocks[low].block) == index {
            let quote = Int(quotesInBlocks[low].quote)
            if location(ofQuote: quote) != nil { quotes.append(quote) }
            low += 1
        }
        return quotes
    }

    /// The block whose span holds `quote`: its own block when it does, else found by binary
    /// search (blocks are in text order).
    private static func block(holding quote: Quote, in blocks: [Block]) -> Int? {
        if blocks.indices.contains(quote.block), blocks[quote.block].span.contains(quote.span) { return quote.block }
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].span.end < quote.span.end { low = mid + 1 } else { high = mid }
        }
        // Empty blocks can share an end; the first that holds the span wins.
        var index = low
        while index < blocks.count, blocks[index].span.start <= quote.span.start {
            if blocks[index].span.contains(quote.span) { return index }
            index += 1
        }
        return nil
    }

    private static func isQuotationMark(_ character: Character) -> Bool {
        switch character {
        case "\"", "“", "”", "„", "‟", "«", "»", "‹", "›", "「", "」", "『", "』", "‘", "’", "'": true
        default: false
        }
    }
}

/// The quote locations of a prepared article, each computed when read.
public struct QuoteLocations: RandomAccessCollection, Sendable {
    let article: PreparedArticle
    /// The first quote's index, 0.
    public var startIndex: Int { 0 }
    /// The number of quotes.
    public var endIndex: Int { article.article.quotes.count }
    /// The location of quote `position`, or nil when it cannot be placed.
    public subscript(position: Int) -> QuoteLocation? { article.location(ofQuote: position) }
}

/// The placed quotes of each block of a prepared article, each list computed when read.
public struct QuotesByBlock: RandomAccessCollection, Sendable {
    let article: PreparedArticle
    /// The first block's index, 0.
    public var startIndex: Int { 0 }
    /// The number of blocks.
    public var endIndex: Int { article.article.blocks.count }
    /// The placed quotes of block `position`, by quote index.
    public subscript(position: Int) -> [Int] { article.quotes(inBlock: position) }
}

/// Where the dateline ("PLACE –") lies: the first paragraph that opens with the dateline's place.
struct DatelineMark: Sendable, Equatable {
    var block: Int
    var range: Range<Int>

    /// Finds the mark, preparing only the opening of blocks whose first visible scalar could
    /// start the place.
    static func find(_ place: String, in blocks: [Block]) -> DatelineMark? {
        let placeCharacters = Array(TerminalText.sanitize(place))
        guard let firstScalar = placeCharacters.first?.unicodeScalars.first else { return nil }
        let limit = placeCharacters.count + 40
        for block in blocks where block.kind == .paragraph && firstVisibleScalar(of: block.text) == firstScalar {
            let opening = prepareOpening(of: block, graphemes: limit)
            guard opening.graphemes.starts(with: placeCharacters) else { continue }
            var end = placeCharacters.count
            for index in placeCharacters.count..<min(opening.count, limit)
            where ["–", "—", "-", ":"].contains(opening.graphemes[index]) {
                end = index + 1
                break
            }
            return DatelineMark(block: block.index, range: 0..<end)
        }
        return nil
    }

    /// The block's first scalar that preparation keeps (whitespace and dropped scalars skipped).
    private static func firstVisibleScalar(of text: String) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars {
            switch TerminalText.treatment(of: scalar) {
            case .keep where scalar != " ": return scalar
            case .placeholder(let picture): return picture
            default: continue
            }
        }
        return nil
    }

    /// The block prepared far enough that its first `graphemes` graphemes are final: a prefix of
    /// its scalars, or the whole block when the prefix falls short.
    private static func prepareOpening(of block: Block, graphemes: Int) -> PreparedBlock {
        let scalars = block.text.unicodeScalars
        let budget = graphemes * 4 + 64
        var prefix = String.UnicodeScalarView()
        var taken = 0
        for scalar in scalars {
            if taken == budget { break }
            prefix.append(scalar)
            taken += 1
        }
        guard taken == budget else { return PreparedBlock(block) }
        var opening = block
        opening.text = String(prefix)
        let prepared = PreparedBlock(opening)
        // The grapheme at the cut may be incomplete; everything before it is final.
        return prepared.count > graphemes ? prepared : PreparedBlock(block)
    }
}
