import ArticleParser
import Synchronization

/// Where each block's lines start, grown from the top as far as asked, and the lines of
/// recently read blocks. The memory behind a `DocumentLayout`: copies of a layout share it, and
/// it only remembers work, so sharing changes nothing but speed.
final class LineIndex: Sendable {
    /// Blocks whose lines are kept ready (a few screens' worth and the recent jumps).
    static let keptBlocks = 512

    private struct State {
        /// starts[b] is the first line of block b, for b up to the frontier (the blocks indexed).
        var starts: [Int] = [0]
        /// Source scalars in the indexed blocks, for estimates.
        var indexedScalars = 0
        var lines: [Int: [LayoutLine]] = [:]
        var order: [Int] = []
        var frontier: Int { starts.count - 1 }
    }

    let article: PreparedArticle
    let width: Int
    let folds: FoldState
    let blockCount: Int
    /// The last shown block, whose blank line ends nothing and is left out; nil when none is shown.
    let lastShown: Int?
    private let state = Mutex(State())

    init(_ article: PreparedArticle, width: Int, folds: FoldState) {
        self.article = article
        self.width = width
        self.folds = folds
        blockCount = article.article.blocks.count
        var last: Int? = nil
        var block = blockCount - 1
        while block >= 0 {
            if !folds.hidesBoilerplate || article.article.blocks[block].kind != .boilerplate { last = block; break }
            block -= 1
        }
        lastShown = last
    }

    var hasLines: Bool { lastShown != nil }

    /// The last block the index needs: blocks after the last shown one are hidden.
    private var lastBlockToIndex: Int { lastShown ?? -1 }

    func isShown(_ block: Int) -> Bool {
        block >= 0 && block < blockCount && !(folds.hidesBoilerplate && article.article.blocks[block].kind == .boilerplate)
    }

    // MARK: - The index

    /// The lines of block `block`: text, stub, header and the blank after it (0 when hidden).
    private func lineCount(ofBlock block: Int) -> Int {
        let source = article.article.blocks[block]
        guard source.kind == .boilerplate else { return wrappedLines(block) + 1 }
        if folds.hidesBoilerplate { return 0 }
        return folds.expanded.contains(block) ? wrappedLines(block) + 2 : 2
    }

    private func wrappedLines(_ block: Int) -> Int {
        LineCounter.lines(in: article.article.blocks[block].text, width: width)
            ?? Wrapper.wrap(article.blocks.uncached(block), width: width).count
    }

    /// Indexes blocks while `more` says so or all are indexed.
    private func extend(_ state: inout State, while more: (State) -> Bool) {
        while state.frontier < blockCount && more(state) {
            let block = state.frontier
            state.starts.append(state.starts[block] + lineCount(ofBlock: block))
            state.indexedScalars += article.article.blocks[block].span.length
        }
    }

    /// The lines known once the index is complete or covers `state`'s frontier.
    private func knownEnd(_ state: State) -> Int {
        guard let lastShown else { return 0 }
        if state.frontier > lastShown { return state.starts[lastShown + 1] - 1 }
        return state.starts[state.frontier]
    }

    /// Indexes until line `line` is known or everything is; returns the lines known.
    @discardableResult
    func ensure(line: Int) -> Int {
        state.withLock { state in
            extend(&state) { knownEnd($0) <= line && $0.frontier <= lastBlockToIndex }
            return knownEnd(state)
        }
    }

    /// Indexes through block `block`.
    private func ensure(block: Int) -> State {
        state.withLock { state in
            extend(&state) { $0.frontier <= block }
            return state
        }
    }

    var count: Int {
        state.withLock { state in
            extend(&state) { $0.frontier <= lastBlockToIndex }
            return knownEnd(state)
        }
    }

    var isComplete: Bool {
        state.withLock { state in state.frontier > lastBlockToIndex }
    }

    var estimatedCount: Int {
        state.withLock { state in
            let known = knownEnd(state)
            guard state.frontier <= lastBlockToIndex else { return known }
            let blocks = article.article.blocks
            let remaining = max(0, (blocks.last?.span.end ?? 0) - blocks[state.frontier].span.start)
            let perScalar = state.indexedScalars > 0 ? Double(known) / Double(state.indexedScalars) : 1.0 / Double(width)
            return known + Int(Double(remaining) * perScalar)
        }
    }

    func indexAhead(blocks: Int) -> Bool {
        state.withLock { state in
            let target = state.frontier + blocks
            extend(&state) { $0.frontier < target && $0.frontier <= lastBlockToIndex }
            return state.frontier > lastBlockToIndex
        }
    }

    func firstLine(ofBlock block: Int) -> Int? {
        guard isShown(block) else { return nil }
        return ensure(block: block).starts[block]
    }

    func lineRange(ofBlock block: Int) -> Range<Int>? {
        guard isShown(block) else { return nil }
        let state = ensure(block: block)
        let end = state.starts[block + 1] - (block == lastShown ? 1 : 0)
        return state.starts[block]..<end
    }

    /// Line `line`, found by binary search over the block starts.
    func line(_ line: Int) -> LayoutLine {
        let starts = state.withLock { state in
            extend(&state) { knownEnd($0) <= line && $0.frontier <= lastBlockToIndex }
            return state.starts
        }
        // The last block starting at or before the line that has lines.
        var low = 0, high = starts.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= line { low = mid } else { high = mid - 1 }
        }
        let lines = self.lines(ofBlock: low)
        let offset = line - starts[low]
        return lines.indices.contains(offset) ? lines[offset] : LayoutLine(kind: .blank, block: low, range: 0..<0)
    }

    // MARK: - The lines of a block

    /// Block `block`'s lines, blank line included, wrapped now or taken from the kept ones.
    func lines(ofBlock block: Int) -> [LayoutLine] {
        if let kept = state.withLock({ $0.lines[block] }) { return kept }
        let lines = layOut(block)
        state.withLock { state in
            guard state.lines.updateValue(lines, forKey: block) == nil else { return }
            state.order.append(block)
            if state.order.count > Self.keptBlocks {
                let evicted = state.order.removeFirst()
                state.lines[evicted] = nil
            }
        }
        return lines
    }

    private func layOut(_ index: Int) -> [LayoutLine] {
        guard isShown(index) else { return [] }
        let block = article.blocks[index]
        var lines: [LayoutLine] = []
        let isBoilerplate = block.kind == .boilerplate
        if isBoilerplate && !folds.expanded.contains(index) {
            lines.append(LayoutLine(kind: .stub, block: index, range: 0..<0))
        } else {
            if isBoilerplate { lines.append(LayoutLine(kind: .foldHeader, block: index, range: 0..<0)) }
            for range in Wrapper.wrap(block, width: width) {
                lines.append(LayoutLine(kind: .text, block: index, range: range))
            }
        }
        lines.append(LayoutLine(kind: .blank, block: index, range: block.count..<block.count))
        return lines
    }
}
