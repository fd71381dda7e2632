/// What a piece of screen text is, as far as styling goes. Themes map each role to a `Style`.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    /// Article paragraphs.
    case body
    /// The headline.
    case title
    /// The dateline's place at the start of the first paragraph ("WASHINGTON –").
    case dateline
    /// A direct quotation.
    case quote
    /// The quotation the reader has jumped to.
    case currentQuote
    /// A speaker's name, e.g. in the status line.
    case speaker
    /// The one-line stub of a folded boilerplate block.
    case boilerplateStub
    /// The text of an unfolded boilerplate block.
    case boilerplate
    /// A person in a list of people.
    case person
    /// The person selected in a list of people.
    case selectedPerson
    /// A mention of a person in the text.
    case mention
    /// A search match.
    case searchMatch
    /// The status line.
    case statusBar
    /// A sidebar's background text.
    case sidebar
    /// The help overlay.
    case help
}
