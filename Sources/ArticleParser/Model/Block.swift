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
    /// The block's text, exactly the source slice at `span` (inner line breaks included).
    public var text: String

    /// Creates a block.
    public init(index: Int, kind: BlockKind, category: BoilerplateCategory? = nil, span: TextSpan, text: String) {
        self.index = index
        self.kind = kind
        self.category = category
        self.span = span
        self.text = text
    }

    /// Whether the block is boilerplate.
    public var isBoilerplate: Bool { kind == .boilerplate }
}
