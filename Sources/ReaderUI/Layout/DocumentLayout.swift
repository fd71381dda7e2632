/// One screen line of a laid-out article.
public struct LayoutLine: Sendable, Equatable {
    /// What the line shows.
    public enum Kind: Sendable, Equatable {
        /// Wrapped text of the block (title, paragraph or unfolded boilerplate).
        case text
        /// The one-line stub of a folded boilerplate block.
        case stub
        /// The header line above an unfolded boilerplate block.
        case foldHeader
        /// The blank line after a block.
        case blank
    }

    /// What the line shows.
    public var kind: Kind
    /// The block the line belongs to.
    public var block: Int
    /// The block's graphemes on this line (empty for stubs, headers and blank lines, which
    /// are placed at the block's start or end).
    public var range: Range<Int>

    /// Creates a line.
    public init(kind: Kind, block: Int, range: Range<Int>) {
        self.kind = kind
        self.block = block
        self.range = range
    }
}

/// A place in the article that survives re-layout: a block and a grapheme in it.
public struct ScrollAnchor: Sendable, Hashable {
    /// The block.
    public var block: Int
    /// A grapheme of the block (the block's count for the blank line after it).
    public var grapheme: Int

    /// Creates an anchor.
    public init(block: Int, grapheme: Int) {
        self.block = block
        self.grapheme = grapheme
    }

    /// The start of the article.
    public static let top = ScrollAnchor(block: 0, grapheme: 0)
}

/// Which blocks are shown and how: the inputs of layout besides the width.
public struct FoldState: Sendable, Hashable {
    /// The boilerplate blocks shown in full; all others are folded to stubs.
    public var expanded: Set<Int> = []
    /// Whether boilerplate is hidden altogether, stubs included.
    public var hidesBoilerplate = false

    /// Creates a fold state.
    public init(expanded: Set<Int> = [], hidesBoilerplate: Bool = false) {
        self.expanded = expanded
        self.hidesBoilerplate = hidesBoilerplate
    }
}

/// An article laid out at a width: its screen lines, and maps from lines to blocks and back.
///
/// Lazy: a block is wrapped only when one of its lines is asked for, and the line index (where
/// each block starts) grows from the top only as far as a question needs, so opening a 100 MB
/// article lays out one screen. Counting a block's lines mostly skips preparing it (see
/// `LineCounter`). The answers are those of laying out the whole article at once.
public struct DocumentLayout: Sendable {
    /// The text width the lines were wrapped to.
    public let width: Int
    /// The fold state the layout reflects.
    public let folds: FoldState
    let index: LineIndex

    /// Lays out `article` at `width` columns with the given folds (lazily: nothing is wrapped yet).
    public init(_ article: PreparedArticle, width: Int, folds: FoldState) {
        self.width = max(1, width)
        self.folds = folds
        index = LineIndex(article, width: self.width, folds: folds)
    }

    /// The number of lines. Indexes the whole article the first time; prefer `contains(line:)`
    /// and `estimatedCount` where an exact total is not needed.
    public var count: Int { index.count }

    /// Whether line `line` exists (indexes only up to it).
    public func contains(line: Int) -> Bool { line >= 0 && index.ensure(line: line) > line }

    /// Whether every block has been indexed, so `count` is known without more work.
    public var isComplete: Bool { index.isComplete }

    /// The exact count once indexed, before that an estimate from the text not yet indexed.
    public var estimatedCount: Int { index.estimatedCount }

    /// Line `line` (which must exist: see `contains(line:)`).
    public func line(_ line: Int) -> LayoutLine { index.line(line) }

    /// Every line, top to bottom (lays out the whole article).
    public var lines: [LayoutLine] { (0..<count).map(index.line) }

    /// For each block, the index of its first line, or nil when the block is hidden (indexes
    /// the whole article).
    public var firstLine: [Int?] {
        _ = count
        return (0..<index.blockCount).map(index.firstLine(ofBlock:))
    }

    /// Indexes up to `blocks` more blocks; returns whether the index is complete. For idle time.
    @discardableResult
    public func indexAhead(blocks: Int) -> Bool { index.indexAhead(blocks: blocks) }

    /// Whether `block` is shown (possibly as a stub).
    public func isVisible(block: Int) -> Bool { index.isShown(block) }

    /// The index of the first line of `block`, or nil when it is hidden.
    public func firstLine(ofBlock block: Int) -> Int? { index.firstLine(ofBlock: block) }

    /// The line range of `block`, or nil when it is hidden.
    public func lineRange(ofBlock block: Int) -> Range<Int>? { index.lineRange(ofBlock: block) }

    /// The line showing grapheme `grapheme` of `block`; for a hidden block, the first line of
    /// the next shown block (or the last line).
    public func line(for anchor: ScrollAnchor) -> Int {
        guard index.hasLines else { return 0 }
        guard let range = lineRange(ofBlock: anchor.block) else {
            var next = anchor.block + 1
            while next < index.blockCount {
                if let first = firstLine(ofBlock: next) { return first }
                next += 1
            }
            return count - 1
        }
        let lines = index.lines(ofBlock: anchor.block)
        // The last line of the block that starts at or before the grapheme.
        var low = 0, high = range.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].range.lowerBound <= anchor.grapheme { low = mid } else { high = mid - 1 }
        }
        return range.lowerBound + low
    }

    /// The anchor of line `index` (clamped to the lines there are).
    public func anchor(forLine line: Int) -> ScrollAnchor {
        guard index.hasLines else { return .top }
        let end = index.ensure(line: max(0, line))
        let shown = self.line(min(max(0, line), end - 1))
        return ScrollAnchor(block: shown.block, grapheme: shown.range.lowerBound)
    }

    /// The line showing `grapheme` of `block` (for a folded block, its stub).
    public func line(ofBlock block: Int, grapheme: Int) -> Int? {
        guard let range = lineRange(ofBlock: block) else { return nil }
        let lines = index.lines(ofBlock: block)
        for offset in 0..<range.count where lines[offset].kind == .text && lines[offset].range.contains(grapheme) {
            return range.lowerBound + offset
        }
        for offset in 0..<range.count where lines[offset].kind == .text && lines[offset].range.lowerBound >= grapheme {
            return range.lowerBound + offset
        }
        return range.lowerBound
    }
}

extension DocumentLayout: Equatable {
    /// Same width, folds and lines (compares whole layouts: for tests).
    public static func == (lhs: DocumentLayout, rhs: DocumentLayout) -> Bool {
        lhs.width == rhs.width && lhs.folds == rhs.folds && lhs.lines == rhs.lines && lhs.firstLine == rhs.firstLine
    }
}
