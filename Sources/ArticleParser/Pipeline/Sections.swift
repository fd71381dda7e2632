/// Splits a long text's blocks into sections that are analysed one at a time.
///
/// Tokens and per-block facts take several times the text's size, so holding them for a whole
/// 100 MB file would take gigabytes. A news article is well under a megabyte; anything longer is a
/// dump of many articles or one enormous page, where a megabyte of context is plenty. Sections
/// let the analysis run in bounded memory (two sections' worth of tokens at a time) and on both
/// cores, and every pass stays linear.
enum Sections {
    /// The target size of a section, in bytes of source text.
    static let targetBytes = 1 << 20

    /// The block ranges of the sections: consecutive, covering every block, each at least
    /// `targetBytes` long except that a short tail joins the section before it.
    /// - Parameter blockBytes: each block's byte range, in text order.
    static func ranges(blockBytes: [Range<Int>], targetBytes: Int = targetBytes) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, bytes) in blockBytes.enumerated() {
            size += bytes.count
            if size >= targetBytes {
                ranges.append(start..<index + 1)
                start = index + 1
                size = 0
            }
        }
        if start < blockBytes.count {
            if size < targetBytes / 2, let last = ranges.popLast() {
                ranges.append(last.lowerBound..<blockBytes.count)
            } else {
                ranges.append(start..<blockBytes.count)
            }
        }
        return ranges
    }

    /// The part of a segmentation that covers the blocks `range`, renumbered from zero so that
    /// the stages can index it like a whole article.
    static func part(of segmentation: Segmentation, blocks range: Range<Int>) -> Segmentation {
        var blocks = Array(segmentation.blocks[range])
        for index in blocks.indices { blocks[index].index = index }
        return Segmentation(
            blocks: blocks,
            blockBytes: Array(segmentation.blockBytes[range]),
            title: segmentation.title,
            dateline: segmentation.dateline,
            byline: segmentation.byline,
            bylineBlocks: segmentation.bylineBlocks.filter(range.contains).map { $0 - range.lowerBound }
        )
    }
}
