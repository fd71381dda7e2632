/// An article as the parser understands it: blocks, quotes and people, all located in the
/// source text by Unicode scalar offsets.
public struct Article: Sendable {
    /// The version of the parse contract this value follows (see docs/parse-contract.md).
    public static let contractVersion = 1

    /// The source text the offsets refer to.
    public var source: SourceText
    /// The headline, when the article has one.
    public var title: String?
    /// The dateline's place ("WASHINGTON"), when the article has one.
    public var dateline: String?
    /// The author line without its leading "By", when the article has one.
    public var byline: String?
    /// The blocks in text order.
    public var blocks: [Block]
    /// The direct quotations in text order.
    public var quotes: [Quote]
    /// The people mentioned, most prominent first.
    public var people: [Person]

    /// Creates an article.
    public init(source: SourceText, title: String? = nil, dateline: String? = nil, byline: String? = nil,
                blocks: [Block] = [], quotes: [Quote] = [], people: [Person] = []) {
        self.source = source
        self.title = title
        self.dateline = dateline
        self.byline = byline
        self.blocks = blocks
        self.quotes = quotes
        self.people = people
    }

    /// The blocks that are the article's own text (title and paragraphs).
    public var contentBlocks: [Block] { blocks.filter { $0.kind != .boilerplate } }

    /// The number of words in the article's own text.
    public var wordCount: Int {
        contentBlocks.reduce(0) { count, block in
            count + block.text.split(whereSeparator: { $0.isWhitespace }).count
        }
    }
}
