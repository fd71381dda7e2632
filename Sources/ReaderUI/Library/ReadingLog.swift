/// Where the reader was in an article: a block and a grapheme in it (the reader's scroll anchor),
/// so the place survives a different window width.
public struct ReadingPosition: Sendable, Hashable, Codable {
    /// The block index.
    public var block: Int
    /// The grapheme offset within the block.
    public var grapheme: Int

    /// Creates a position.
    public init(block: Int, grapheme: Int) {
        self.block = block
        self.grapheme = grapheme
    }

    /// The start of an article.
    public static let top = ReadingPosition(block: 0, grapheme: 0)
}

/// What byline remembers about the articles one has read: the place in each, by absolute path.
public struct ReadingLog: Sendable, Equatable, Codable {
    /// One article's record.
    public struct Entry: Sendable, Equatable, Codable {
        /// The place the reader left the article at.
        public var position: ReadingPosition
        /// When the article was last opened, in seconds since 1970.
        public var lastOpened: Double
    }

    /// The records, by absolute path.
    public private(set) var entries: [String: Entry]

    /// An empty log.
    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Whether the article at `path` has been opened before.
    public func isRead(_ path: String) -> Bool { entries[path] != nil }

    /// The remembered place in the article at `path`, when there is one.
    public func position(for path: String) -> ReadingPosition? { entries[path]?.position }

    /// Remembers `position` for the article at `path` and marks it read.
    public mutating func record(_ position: ReadingPosition, for path: String, at time: Double) {
        entries[path] = Entry(position: position, lastOpened: time)
    }
}
