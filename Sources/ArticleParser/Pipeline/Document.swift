/// What every analysis stage reads: the source, its blocks, and each block's tokens.
///
/// Tokens are computed once per block and shared, so no stage re-scans the text.
struct Document: Sendable {
    /// The article text.
    let source: SourceText
    /// The blocks, whose kinds and categories the boilerplate stage may change.
    var blocks: [Block]
    /// The byte range of each block.
    let blockBytes: [Range<Int>]
    /// The tokens of each block, parallel to `blocks`.
    let tokens: [[Token]]
    /// The segmentation's header findings (title, dateline, byline).
    let header: Segmentation

    init(source: SourceText, segmentation: Segmentation) {
        self.source = source
        self.blocks = segmentation.blocks
        self.blockBytes = segmentation.blockBytes
        self.header = segmentation
        let ranges = segmentation.blockBytes
        self.tokens = ParallelMap.map(count: ranges.count, cost: Self.parallelCost(source: source, blockBytes: ranges)) {
            Tokenizer.tokenize(source, bytes: ranges[$0])
        }
    }

    /// The cost to give `ParallelMap` for a pass over the blocks: the bytes they span, or none
    /// when the document is one section of a longer text. Sections are already analysed on all
    /// cores at once, so splitting a section's blocks again only adds thread hand-overs.
    var parallelCost: Int { Self.parallelCost(source: source, blockBytes: blockBytes) }

    private static func parallelCost(source: SourceText, blockBytes: [Range<Int>]) -> Int {
        guard let first = blockBytes.first, let last = blockBytes.last else { return 0 }
        let covered = max(0, last.upperBound - first.lowerBound)
        return covered < source.byteCount / 2 ? 0 : covered
    }

    /// The index of the block whose span contains scalar offset `offset`, if any.
    func blockIndex(containing offset: Int) -> Int? {
        var low = 0, high = blocks.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = blocks[mid].span
            if offset < span.start { high = mid - 1 }
            else if offset >= span.end { low = mid + 1 }
            else { return mid }
        }
        return nil
    }
}
