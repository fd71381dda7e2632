/// Who a quotation is attributed to.
public enum SpeakerKind: String, Sendable, Codable {
    /// A person; the speaker string is the person's canonical name in `Article.people`.
    case person
    /// An organisation, a document or a group ("the ministry", "a joint statement").
    case other
}

/// A direct quotation found in an article.
public struct Quote: Hashable, Sendable {
    /// The quote's position among the article's quotes, counting from 0.
    public var index: Int
    /// The index of the block the quote sits in.
    public var block: Int
    /// The quoted words, excluding the quotation marks and the whitespace just inside them.
    public var span: TextSpan
    /// The source text at `span`.
    public var text: String
    /// The speaker: a person's canonical name, an organisation's text, or nil when unknown.
    public var speaker: String?
    /// Whether `speaker` is a person or something else; nil when there is no speaker.
    public var speakerKind: SpeakerKind?
    /// The speech verb or phrase that attributes the quote ("said", "told CNN", "according to").
    public var cue: String?

    /// Creates a quote.
    public init(index: Int, block: Int, span: TextSpan, text: String,
                speaker: String? = nil, speakerKind: SpeakerKind? = nil, cue: String? = nil) {
        self.index = index
        self.block = block
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.cue = cue
    }
}
