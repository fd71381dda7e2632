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
public struct DocumentLayout: Sendable, Equatable {
    /// The text width the lines were wrapped to.
    public var width: Int
    /// The fold state the layout reflects.
    public var folds: FoldState
    /// The lines, top to bottom.
    public var lines: [LayoutLine]
    /// For each block, the index of its first line, or nil when the block is hidden.
    public var firstLine: [Int?]

    /// Lays out `article` at `width` columns with the given folds.
    public init(_ article: PreparedArticle, width: Int, folds: FoldState) {
        self.width = max(1, width)
        self.folds = folds
        var lines: [LayoutLine] = []
        var firstLine = [Int?](repeating: nil, count: article.blocks.count)
        for block in article.blocks {
            let isBoilerplate = block.kind == .boilerplate
            if isBoilerplate && folds.hidesBoilerplate { continue }
            firstLine[block.index] = lines.count
            if isBoilerplate && !folds.expanded.contains(block.index) {
                lines.append(LayoutLine(kind: .stub, block: block.index, range: 0..<0))
            } else {
                if isBoilerplate { lines.append(LayoutLine(kind: .foldHeader, block: block.index, range: 0..<0)) }
                for range in Wrapper.wrap(block, width: self.width) {
                    lines.append(LayoutLine(kind: .text, block: block.index, range: range))
                }
            }
            lines.append(LayoutLine(kind: .blank, block: block.index, range: block.count..<block.count))
        }
        if lines.last?.kind == .blank { lines.removeLast() }
        self.lines = lines
        self.firstLine = firstLine
    }

    /// The number of lines.
    public var count: Int { lines.count }

    /// Whether `block` is shown (possibly as a stub).
    public func isVisible(block: Int) -> Bool {
        firstLine.indices.contains(block) && firstLine[block] != nil
    }

    /// The line range of `block`, or nil when it is hidden.
    public func lineRange(ofBlock block: Int) -> Range<Int>? {
        guard firstLine.indices.contains(block), let first = firstLine[block] else { return nil }
        var end = first
        while end < lines.count && lines[end].block == block { end += 1 }
        return first..<end
    }

    /// The line showing grapheme `grapheme` of `block`; for a hidden block, the first line of
    /// the next shown block (or the last line).
    public func line(for anchor: ScrollAnchor) -> Int {
        guard !lines.isEmpty else { return 0 }
        guard let range = lineRange(ofBlock: anchor.block) else {
            var next = anchor.block + 1
            while next < firstLine.count {
                if let first = firstLine[next] { return first }
                next += 1
            }
            return lines.count - 1
        }
        // The last line of the block that starts at or before the grapheme.
        var low = range.lowerBound, high = range.upperBound - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].range.lowerBound <= anchor.grapheme { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The anchor of line `index`.
    public func anchor(forLine index: Int) -> ScrollAnchor {
        guard !lines.isEmpty else { return .top }
        let line = lines[min(max(0, index), lines.count - 1)]
        return ScrollAnchor(block: line.block, grapheme: line.range.lowerBound)
    }

    /// The line showing `grapheme` of `block` (for a folded block, its stub).
    public func line(ofBlock block: Int, grapheme: Int) -> Int? {
        guard let range = lineRange(ofBlock: block) else { return nil }
        for index in range where lines[index].kind == .text && lines[index].range.contains(grapheme) { return index }
        for index in range where lines[index].kind == .text && lines[index].range.lowerBound >= grapheme { return index }
        return range.lowerBound
    }
}
