/// Context from neighbouring blocks: which blocks sit in one run of lines with no blank line
/// between them, and what a run as a whole looks like.
enum LineRuns {
    /// Whether a blank line lies between the end of block `index - 1` and the start of block
    /// `index`, read from the source's bytes `buffer`.
    static func blankLineBefore(_ index: Int, blockBytes: [Range<Int>], text buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return true }
        let gap = blockBytes[index - 1].upperBound..<blockBytes[index].lowerBound
        var newlines = 0
        for offset in gap where offset < buffer.count {
            let byte = buffer[offset]
            if byte == 0x0A { newlines += 1 }
            else if byte == 0x0D, offset + 1 >= buffer.count || buffer[offset + 1] != 0x0A { newlines += 1 }
        }
        return newlines >= 2
    }

    /// The runs of blocks joined without blank lines, as index ranges.
    static func runs(_ features: [BlockShape]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in features.indices where index > 0 && features[index].blankBefore {
            runs.append(start..<index)
            start = index
        }
        if !features.isEmpty { runs.append(start..<features.count) }
        return runs
    }
}
