/// The people index: everyone mentioned across the library with their number of articles,
/// and a selection to filter the list by.
public struct PersonPicker: Sendable, Equatable {
    /// One person and how many articles mention them.
    public struct Entry: Sendable, Equatable {
        /// The person's name (untrusted text: sanitise before drawing).
        public var name: String
        /// The number of articles that mention them.
        public var articles: Int
    }

    /// The people, most articles first.
    public var entries: [Entry]
    /// The selected entry.
    public var cursor = 0
    /// The first entry on screen.
    public var top = 0
    /// Whether indexing was still running when the index was made (counts may grow).
    public var isPartial: Bool
}
