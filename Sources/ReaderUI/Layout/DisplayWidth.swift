/// How many terminal columns text takes.
///
/// Per grapheme: East Asian wide and fullwidth characters and emoji shown as emoji take 2,
/// combining marks and other zero-width scalars take 0, everything else 1. Computed from the
/// Unicode scalar properties (East Asian Width is not among them, so its wide ranges are
/// tabled here).
public enum DisplayWidth {
    /// The columns one grapheme (a `Character`) takes: 0, 1 or 2.
    @inline(__always)
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return of(first) }
        if first.value < 0x80 && second.value == 0x20E3 { return 2 }  // keycap sequences
        if second.value == 0xFE0F, first.properties.isEmoji { return 2 }  // emoji presentation selector
        var width = of(first)
        if width == 0 {
            // A cluster that starts with a mark: the first spacing scalar decides.
            for scalar in scalars.dropFirst() where of(scalar) > 0 { width = of(scalar); break }
        }
        if width == 1, first.properties.isEmoji, scalars.contains(where: { $0.value == 0x200D }) {
            return 2  // an emoji ZWJ sequence
        }
        return width
    }

    /// The columns a single scalar takes on its own: 0, 1 or 2.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : (value == 0xAD ? 0 : 1) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }  // Hangul jamo vowels and finals
        if isWide(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The columns a string takes, grapheme by grapheme.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether a code point is East Asian Wide or Fullwidth (Unicode 15 ranges).
    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound { high = mid - 1 }
            else if value > range.upperBound { low = mid + 1 }
            else { return true }
        }
        return false
    }

    /// East Asian Width W and F ranges, sorted (emoji are covered by Emoji_Presentation).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
        0x2FF0...0x2FFB, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
        0x3131...0x318E, 0x3190...0x31E3, 0x31F0...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
        0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
        0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
