/// The kind of a block of text in an article.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// The article's headline.
    case title
    /// A paragraph of the article's own text.
    case paragraph
    /// Page furniture that is not part of the article: captions, promos, share bars and so on.
    case boilerplate
}

/// What kind of page furniture a boilerplate block is.
public enum BoilerplateCategory: String, Sendable, Codable, CaseIterable {
    /// A photo or video caption, usually ending in a credit.
    case caption
    /// An app, newsletter or subscription promotion.
    case promo
    /// A comments prompt such as "Leave a Comment".
    case comments
    /// A share bar or "follow us" links.
    case share
    /// An advertisement or its label.
    case advertisement
    /// Links to other articles ("Related:", "Read more").
    case related
    /// A standalone author line.
    case byline
    /// A standalone publication or update time.
    case timestamp
    /// A copyright or rights notice.
    case copyright
    /// Site menus, breadcrumbs, footers and cookie notices.
    case navigation
    /// Noise that fits none of the other categories.
    case other

    /// A short human label for the category, as shown in the reader's folded stubs.
    public var label: String {
        switch self {
        case .caption: "photo caption"
        case .promo: "promo"
        case .comments: "comments"
        case .share: "share bar"
        case .advertisement: "advertisement"
        case .related: "related links"
        case .byline: "byline"
        case .timestamp: "timestamp"
        case .copyright: "copyright"
        case .navigation: "navigation"
        case .other: "page furniture"
        }
    }
}

/// A paragraph-level piece of an article: its title, a paragraph, or a boilerplate block.
public struct Block: Hashable, Sendable {
    /// The block's position in the article, counting from 0.
    public var index: Int
    /// Whether the block is the title, article text, or boilerplate.
    public var kind: BlockKind
    /// The boilerplate category, set only when `kind` is `.boilerplate`.
    public var category: BoilerplateCategory?
    /// Where the block lies in the source, in Unicode scalar offsets (end exclusive).
    public var span: TextSpan
    /// Where the text comes from.
    private var storage: BlockText

    /// The block's text, exactly the source slice at `span` (inner line breaks included).
    ///
    /// Blocks the parser makes read their text from the article's source on demand rather than
    /// keeping a copy: for a 100 MB file the copies alone would be another 100 MB.
    public var text: String {
        get {
            switch storage {
            case .owned(let text): text
            case .slice(let utf8, let bytes): String(decoding: utf8[bytes.clamped(to: 0..<utf8.count)], as: UTF8.self)
            }
        }
        set { storage = .owned(newValue) }
    }

    /// Creates a block.
    public init(index: Int, kind: BlockKind, category: BoilerplateCategory? = nil, span: TextSpan, text: String) {
        self.index = index
        self.kind = kind
        self.category = category
        self.span = span
        self.storage = .owned(text)
    }

    /// Creates a block whose text is the bytes `bytes` of `source`.
    init(index: Int, kind: BlockKind, category: BoilerplateCategory? = nil, span: TextSpan,
         source: SourceText, bytes: Range<Int>) {
        self.index = index
        self.kind = kind
        self.category = category
        self.span = span
        self.storage = .slice(source.utf8, bytes)
    }

    /// Whether the block is boilerplate.
    public var isBoilerplate: Bool { kind == .boilerplate }

    public static func == (lhs: Block, rhs: Block) -> Bool {
        lhs.index == rhs.index && lhs.kind == rhs.kind && lhs.category == rhs.category
            && lhs.span == rhs.span && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(kind)
        hasher.combine(category)
        hasher.combine(span)
        hasher.combine(text)
    }
}

/// A block's text: its own string, or a byte range of the shared source.
private enum BlockText: Sendable {
    case owned(String)
    case slice([UInt8], Range<Int>)
}
