/// A terminal size in cells.
public struct TerminalSize: Sendable, Hashable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Where the article goes on a screen of a given size: a centred column of text at most
/// `maximumMeasure` wide, above a one-line status bar.
public struct PageGeometry: Sendable, Equatable {
    /// The widest text column, in cells: comfortable reading on wide terminals.
    public static let maximumMeasure = 80
    /// The smallest screen the reader lays out an article on; smaller ones show a message.
    public static let minimumSize = TerminalSize(width: 30, height: 7)

    /// The screen size.
    public var size: TerminalSize
    /// The text column's width.
    public var measure: Int
    /// The column where text starts.
    public var left: Int
    /// The rows available to the article (all but the status line).
    public var bodyHeight: Int

    /// The geometry for a screen.
    public init(size: TerminalSize) {
        self.size = size
        let usable = max(1, size.width - 4)
        measure = min(Self.maximumMeasure, usable)
        left = max(0, (size.width - measure) / 2)
        bodyHeight = max(1, size.height - 1)
    }

    /// Whether the screen is too small to lay out an article.
    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }
}
