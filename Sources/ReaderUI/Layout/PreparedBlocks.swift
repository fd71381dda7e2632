import ArticleParser
import Synchronization

/// The blocks of an article, prepared for layout when first read and kept in a bounded cache.
///
/// A value: copies share the cache, which only remembers work (the same block always prepares
/// the same way), so sharing it changes nothing but speed.
public struct PreparedBlocks: RandomAccessCollection, Sendable {
    /// The parsed blocks.
    let source: [Block]
    /// The dateline mark, applied to its block when prepared.
    let dateline: DatelineMark?
    let cache: PreparedBlockCache

    init(_ source: [Block], dateline: DatelineMark?) {
        self.source = source
        self.dateline = dateline
        cache = PreparedBlockCache()
    }

    /// The first block's index, 0.
    public var startIndex: Int { 0 }
    /// The number of blocks.
    public var endIndex: Int { source.count }

    /// Block `position`, prepared (or taken from the cache).
    public subscript(position: Int) -> PreparedBlock {
        if let cached = cache.block(position) { return cached }
        let block = uncached(position)
        cache.store(block, at: position)
        return block
    }

    /// Block `position` prepared without keeping it (for a pass over many blocks, such as
    /// counting lines, that would only push the blocks in view out of the cache).
    func uncached(_ position: Int) -> PreparedBlock {
        if let cached = cache.block(position) { return cached }
        var block = PreparedBlock(source[position])
        block.index = position
        if let dateline, dateline.block == position { block.dateline = dateline.range }
        return block
    }
}

/// Recently prepared blocks, up to a budget of graphemes; the oldest go first.
final class PreparedBlockCache: Sendable {
    /// About 25 bytes a grapheme: some 12 MB at most, many screens' worth.
    static let graphemeBudget = 500_000

    private struct Entries {
        var blocks: [Int: PreparedBlock] = [:]
        var order: [Int] = []  // insertion order, oldest first
        var oldest = 0  // the first live entry of `order`
        var graphemes = 0
    }

    private let entries = Mutex(Entries())

    func block(_ index: Int) -> PreparedBlock? {
        entries.withLock { $0.blocks[index] }
    }

    func store(_ block: PreparedBlock, at index: Int) {
        entries.withLock { entries in
            guard entries.blocks.updateValue(block, forKey: index) == nil else { return }
            entries.order.append(index)
            entries.graphemes += block.count
            // Evict the oldest, but never the block just stored.
            while entries.graphemes > Self.graphemeBudget, entries.oldest < entries.order.count - 1 {
                let evicted = entries.order[entries.oldest]
                entries.oldest += 1
                if let old = entries.blocks.removeValue(forKey: evicted) { entries.graphemes -= old.count }
            }
            if entries.oldest > 4096, entries.oldest * 2 > entries.order.count {
                entries.order.removeFirst(entries.oldest)
                entries.oldest = 0
            }
        }
    }
}
