/// Word facts read straight from a token's UTF-8 bytes in the source, so that the per-token
/// loops of the boilerplate stage need neither `String` operations nor hashing.
///
/// Each helper gives exactly the answer of the `String` operation it stands in for. On ASCII,
/// `lowercased()` only maps A–Z to a–z, and `String ==` is byte equality (no ASCII string is
/// canonically equivalent to another, nor to any lexicon entry, which
/// `BoilerplateByteMatchingTests` checks). So ASCII words are folded and compared byte by
/// byte; any other word takes the `String` path, which stays the reference.
enum WordBytes {
    /// The token's text lowercased, the same string `token.text.lowercased()` returns.
    static func lowercased(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> String {
        let range = token.bytes
        guard range.upperBound <= text.count, ASCIIBytes.isASCII(range, in: text) else { return token.text.lowercased() }
        return ASCIIBytes.lowercasedString(range, in: text)
    }

    /// Whether the bytes of `range` spell `word` (ASCII) exactly or, when `folding`, once A–Z
    /// are folded (`word` then lowercase): for an ASCII word, the same as `lowercased() == word`.
    /// Non-ASCII bytes never match.
    @inline(__always)
    static func equals(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString,
                       folding: Bool = false) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        var index = 0
        for offset in range {
            let byte = folding ? ASCIIBytes.lower(text[offset]) : text[offset]
            if byte != letters[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether any byte of `range` is `byte`: a necessary condition for the text to contain it.
    @inline(__always)
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ byte: UInt8) -> Bool {
        for offset in range where text[offset] == byte { return true }
        return false
    }

    /// The number of scalars in `range`, as `text.unicodeScalars.count` counts them.
    @inline(__always)
    static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for offset in range where text[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// The ASCII entries of the cue lexicons, matched against a token's folded bytes without
/// `String` or `Hasher`.
///
/// A word of up to 16 bytes packs into two 64-bit integers (words hold no NUL byte, so the
/// packing is one-to-one); entries sit in one flat open-addressing table, so a lookup is a
/// multiply and one or two compares. Built from `CueLexicon.cuesOfWord`, so the two cannot
/// drift apart. Only for ASCII tokens: an ASCII word equals no non-ASCII entry (see
/// `BoilerplateByteMatchingTests`); longer words are looked up in the dictionary.
struct ASCIILexicon: Sendable {
    /// Longest word looked up here.
    static let maximumLength = 16
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var cues = CueLexicon.Cues()
    }
    /// A power-of-two table; an empty slot has `low == 0` (no word starts with NUL).
    private let slots: [Slot]
    private let mask: Int
    /// One bit per (length, first letter, last letter) that some entry has: most words of a
    /// text have none of them and are turned away without touching the table.
    private let shapes: [UInt64]

    init(_ cuesOfWord: [String: CueLexicon.Cues]) {
        let entries = cuesOfWord.filter { word, _ in
            // Entries are lowercase; one with a capital could never equal a lowercased word.
            word.utf8.allSatisfy { $0 < 0x80 && $0 != 0 && $0 &- 0x41 >= 26 }
                && (1...Self.maximumLength).contains(word.utf8.count)
        }
        var size = 64
        while size < entries.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var shapes = [UInt64](repeating: 0, count: ((Self.maximumLength + 1) << 10) / 64)
        for (word, cues) in entries {
            let letters = Array(word.utf8)
            if let first = letters.first, let last = letters.last {
                let shape = Self.shape(count: letters.count, first: first, last: last)
                shapes[shape >> 6] |= 1 << UInt64(shape & 63)
            }
            let (low, high) = word.utf8.withContiguousStorageIfAvailable { Self.pack($0, $0.indices) }
                ?? Self.pack(Array(word.utf8))
            var index = Self.bucket(low, high) & (size - 1)
            while slots[index].low != 0 { index = (index + 1) & (size - 1) }
            slots[index] = Slot(low: low, high: high, cues: cues)
        }
        self.slots = slots
        self.mask = size - 1
        self.shapes = shapes
    }

    /// The bit of a word's length and (folded) first and last bytes.
    @inline(__always)
    private static func shape(count: Int, first: UInt8, last: UInt8) -> Int {
        count << 10 | Int(ASCIIBytes.lower(first) & 31) << 5 | Int(ASCIIBytes.lower(last) & 31)
    }

    private static func pack(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        bytes.withUnsafeBufferPointer { pack($0, $0.indices) }
    }

    /// The folded bytes of `range` (at most 16) as two little-endian integers.
    @inline(__always)
    private static func pack(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for offset in range {
            let byte = UInt64(ASCIIBytes.lower(text[offset]))
            if shift < 64 { low |= byte << shift } else { high |= byte << (shift - 64) }
            shift += 8
        }
        return (low, high)
    }

    @inline(__always)
    private static func bucket(_ low: UInt64, _ high: UInt64) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    /// The cues of the ASCII word in `range` once A–Z are folded (none if it is no entry).
    func cues(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CueLexicon.Cues {
        guard !range.isEmpty, range.count <= Self.maximumLength else { return [] }
        let shape = Self.shape(count: range.count, first: text[range.lowerBound], last: text[range.upperBound - 1])
        guard shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0 else { return [] }
        let (low, high) = Self.pack(text, range)
        var index = Self.bucket(low, high) & mask
        while slots[index].low != 0 {
            if slots[index].low == low, slots[index].high == high { return slots[index].cues }
            index = (index + 1) & mask
        }
        return []
    }
}
