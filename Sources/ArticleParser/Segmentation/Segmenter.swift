/// The result of splitting an article into blocks and finding its header.
struct Segmentation: Sendable {
    /// The blocks in text order; the title (if any) is block 0 with kind `.title`.
    var blocks: [Block]
    /// The byte range of each block, parallel to `blocks`.
    var blockBytes: [Range<Int>]
    /// The headline text.
    var title: String?
    /// The dateline's place.
    var dateline: String?
    /// The byline's name(s).
    var byline: String?
    /// The blocks that make up a standalone byline ("By Jane Doe", or "By" then a name line).
    var bylineBlocks: [Int]
}

/// Splits an article into paragraph blocks.
///
/// Blocks are separated by blank lines. Inside a run of non-blank lines, a line break is a
/// soft wrap (the lines join into one block) only when the text is hard-wrapped to a narrow
/// measure and the next line's first word would not have fitted on the line; otherwise each
/// line is a block of its own, which keeps menus and stacked page furniture apart from prose.
/// A file without blank lines has one block per line.
enum Segmenter {
    /// Widest measure treated as hard wrapping; longer lines are whole paragraphs.
    static let maximumWrapWidth = 110

    static func segment(_ source: SourceText) -> Segmentation {
        let lines = LineScanner.lines(of: source)
        let groups = paragraphs(lines)
        // Each block's span and text depend only on its own bytes.
        let blocks = ParallelMap.map(count: groups.count, cost: source.byteCount) { index in
            Block(index: index, kind: .paragraph, span: source.span(bytes: groups[index]),
                  source: source, bytes: groups[index])
        }
        var result = Segmentation(blocks: blocks, blockBytes: groups, title: nil, dateline: nil,
                                  byline: nil, bylineBlocks: [])
        HeaderDetector.detect(in: &result, lines: lines)
        return result
    }

    /// Groups lines into the byte ranges of paragraph blocks.
    static func paragraphs(_ lines: [Line]) -> [Range<Int>] {
        let hasBlankLines = lines.contains { $0.isBlank }
        let wrapWidth = hasBlankLines ? estimatedWrapWidth(lines) : nil
        var ranges: [Range<Int>] = []
        var current: Range<Int>? = nil
        var previous: Line? = nil
        for line in lines {
            if line.isBlank {
                if let block = current { ranges.append(block) }
                current = nil
                previous = nil
                continue
            }
            if let block = current, let last = previous, let width = wrapWidth,
               last.length + 1 + line.firstWordLength > width - 10 {
                current = block.lowerBound..<line.bytes.upperBound
            } else {
                if let block = current { ranges.append(block) }
                current = line.bytes
            }
            previous = line
        }
        if let block = current { ranges.append(block) }
        return ranges
    }

    /// The measure the text was hard-wrapped to, or nil when it does not look hard-wrapped.
    static func estimatedWrapWidth(_ lines: [Line]) -> Int? {
        // Lines followed directly by another non-blank line are the candidates for wrapping.
        var lengths: [Int] = []
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            lengths.append(lines[index].length)
        }
        guard lengths.count >= 3 else { return nil }
        lengths.sort()
        let width = lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
        // Hard-wrapped prose fills most lines nearly to the measure; menus and stacked
        // short lines do not.
        let median = lengths[lengths.count / 2]
        guard width >= 40, width <= maximumWrapWidth, median * 4 >= width * 3 else { return nil }
        return width
    }
}
