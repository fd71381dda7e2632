import ArticleParser

/// A block's text made ready for layout: sanitised, whitespace collapsed, split into graphemes
/// with their display widths and their offsets in the source.
///
/// Preparation does not depend on the terminal width, so it happens once per article; wrapping
/// at a new width only walks the widths.
public struct PreparedBlock: Sendable, Equatable {
    /// The block's index in the article.
    public var index: Int
    /// Title, paragraph or boilerplate.
    public var kind: BlockKind
    /// The boilerplate category, for boilerplate blocks.
    public var category: BoilerplateCategory?
    /// The block's graphemes; every run of whitespace is one space `" "`.
    public var graphemes: [Character]
    /// The display width of each grapheme (1 or 2), with `spaceBit` set on spaces.
    public var widths: [UInt8]
    /// The source scalar offset of each grapheme's first scalar.
    public var sourceOffsets: [Int]
    /// Where the dateline's place and its dash lie, for the paragraph that opens with it.
    public var dateline: Range<Int>?

    /// Marks a grapheme in `widths` as a breakable space.
    public static let spaceBit: UInt8 = 0x80

    /// The number of graphemes.
    public var count: Int { graphemes.count }

    /// Whether grapheme `index` is a space the wrapper may break at.
    @inline(__always) public func isSpace(_ index: Int) -> Bool { widths[index] & Self.spaceBit != 0 }

    /// The display width of grapheme `index`.
    @inline(__always) public func width(_ index: Int) -> Int { Int(widths[index] & ~Self.spaceBit) }

    /// Prepares a block of the article.
    public init(_ block: Block) {
        index = block.index
        kind = block.kind
        category = block.category
        dateline = nil
        var scalars = String.UnicodeScalarView()
        var offsets: [Int] = []
        offsets.reserveCapacity(block.text.utf8.count)
        var offset = block.span.start
        var pendingSpace = false
        for scalar in block.text.unicodeScalars {
            defer { offset += 1 }
            let treatment = TerminalText.treatment(of: scalar)
            switch treatment {
            case .keep where scalar != " ":
                if pendingSpace && !offsets.isEmpty { scalars.append(" "); offsets.append(offset - 1) }
                pendingSpace = false
                scalars.append(scalar)
                offsets.append(offset)
            case .placeholder(let picture):
                if pendingSpace && !offsets.isEmpty { scalars.append(" "); offsets.append(offset - 1) }
                pendingSpace = false
                scalars.append(picture)
                offsets.append(offset)
            case .keep, .tab, .lineBreak:
                pendingSpace = true
            case .drop:
                continue
            }
        }
        var graphemes: [Character] = []
        var widths: [UInt8] = []
        var sourceOffsets: [Int] = []
        graphemes.reserveCapacity(offsets.count)
        widths.reserveCapacity(offsets.count)
        sourceOffsets.reserveCapacity(offsets.count)
        var scalarIndex = 0
        for character in String(scalars) {
            sourceOffsets.append(offsets[min(scalarIndex, offsets.count - 1)])
            scalarIndex += character.unicodeScalars.count
            if character == " " {
                graphemes.append(character)
                widths.append(1 | Self.spaceBit)
                continue
            }
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A mark with nothing to sit on: show it on a dotted circle, as text editors do.
                let onCircle = "\u{25CC}" + String(character)
                graphemes.append(onCircle.count == 1 ? onCircle[onCircle.startIndex] : "\u{FFFD}")
                widths.append(1)
            } else {
                graphemes.append(character)
                widths.append(UInt8(width))
            }
        }
        self.graphemes = graphemes
        self.widths = widths
        self.sourceOffsets = sourceOffsets
    }

    /// The index of the first grapheme whose source offset is at or after `offset`.
    public func graphemeIndex(atOrAfterSource offset: Int) -> Int {
        var low = 0, high = sourceOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if sourceOffsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The text of a range of graphemes.
    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<count)
        return String(graphemes[clamped])
    }

    /// The display width of a range of graphemes.
    public func width(of range: Range<Int>) -> Int {
        var total = 0
        for index in range.clamped(to: 0..<count) { total += width(index) }
        return total
    }
}
