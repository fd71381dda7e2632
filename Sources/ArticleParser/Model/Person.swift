/// One place where a person is mentioned.
public struct Mention: Hashable, Sendable, Comparable {
    /// The index of the block the mention sits in.
    public var block: Int
    /// The mention's span in the source, in Unicode scalar offsets.
    public var span: TextSpan

    /// Creates a mention.
    public init(block: Int, span: TextSpan) {
        self.block = block
        self.span = span
    }

    /// Orders mentions by their place in the text.
    public static func < (lhs: Mention, rhs: Mention) -> Bool { lhs.span < rhs.span }
}

/// A grammatical gender the article gives a person (through titles or pronouns), used to
/// resolve pronouns.
public enum Gender: String, Sendable, Codable {
    /// Referred to as he/him, Mr., and the like.
    case male
    /// Referred to as she/her, Mrs., Ms., and the like.
    case female
}

/// A person mentioned in an article, with every alias merged.
public struct Person: Hashable, Sendable {
    /// The fullest name the article uses for the person, without titles.
    public var name: String
    /// Other forms of the name found in the article ("Blinken", "Foreign Minister Antony Blinken").
    public var aliases: [String]
    /// A title or role the article gives the person ("Foreign Minister", "President").
    public var role: String?
    /// Every mention, in text order.
    public var mentions: [Mention]
    /// How many quotes are attributed to the person.
    public var quotes: Int
    /// Whether every mention sits in boilerplate (a photographer's credit in a caption, say).
    public var boilerplateOnly: Bool
    /// The gender the article gives the person, when it gives one. Not part of the JSON contract.
    public var gender: Gender?

    /// Creates a person.
    public init(name: String, aliases: [String] = [], role: String? = nil, mentions: [Mention] = [],
                quotes: Int = 0, boilerplateOnly: Bool = false, gender: Gender? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.mentions = mentions
        self.quotes = quotes
        self.boilerplateOnly = boilerplateOnly
        self.gender = gender
    }
}
