/// Breaks a prepared block's graphemes into lines of at most a given display width.
///
/// Lines break at spaces; a word longer than the whole line is the only thing split, and then
/// between graphemes, never inside one. Spaces at a break belong to no line.
public enum Wrapper {
    /// The grapheme ranges of each line of `block` wrapped to `width` columns.
    /// - Parameters:
    ///   - block: the prepared text.
    ///   - width: the line width in columns (at least 1).
    /// - Returns: at least one range; an empty block gives one empty line.
    public static func wrap(_ block: PreparedBlock, width: Int) -> [Range<Int>] {
        wrap(widths: block.widths, width: width)
    }

    /// The grapheme ranges of each line for graphemes with `widths` (space bit included).
    public static func wrap(widths: [UInt8], width: Int) -> [Range<Int>] {
        let limit = max(1, width)
        let count = widths.count
        var lines: [Range<Int>] = []
        lines.reserveCapacity(count / max(1, limit / 2) + 1)
        widths.withUnsafeBufferPointer { cells in
            var lineStart = -1  // the first grapheme of the current line, -1 before any
            var lineEnd = 0  // one past the last grapheme of the last word placed on the line
            var lineWidth = 0
            var index = 0
            while index < count {
                if cells[index] & PreparedBlock.spaceBit != 0 { index += 1; continue }
                // Measure the word starting here.
                var wordEnd = index
                var wordWidth = 0
                while wordEnd < count, cells[wordEnd] & PreparedBlock.spaceBit == 0 {
                    wordWidth += Int(cells[wordEnd])
                    wordEnd += 1
                }
                if lineStart >= 0 {
                    let gap = index - lineEnd  // spaces between the words (whitespace is collapsed, so 1)
                    if lineWidth + gap + wordWidth <= limit {
                        lineWidth += gap + wordWidth
                        lineEnd = wordEnd
                        index = wordEnd
                        continue
                    }
                    lines.append(lineStart..<lineEnd)
                    lineStart = -1
                }
                if wordWidth <= limit {
                    lineStart = index
                    lineEnd = wordEnd
                    lineWidth = wordWidth
                    index = wordEnd
                    continue
                }
                // A word longer than the line: hard-break it between graphemes.
                var chunkStart = index
                var chunkWidth = 0
                var position = index
                while position < wordEnd {
                    let cellWidth = Int(cells[position])
                    if chunkWidth + cellWidth > limit && position > chunkStart {
                        lines.append(chunkStart..<position)
                        chunkStart = position
                        chunkWidth = 0
                    }
                    chunkWidth += cellWidth
                    position += 1
                }
                lineStart = chunkStart
                lineEnd = wordEnd
                lineWidth = chunkWidth
                index = wordEnd
            }
            if lineStart >= 0 { lines.append(lineStart..<lineEnd) }
        }
        if lines.isEmpty { lines.append(0..<0) }
        return lines
    }
}
