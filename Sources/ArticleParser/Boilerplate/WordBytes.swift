/// Word facts read straight from a token's UTF-8 bytes in the source, so that the per-token
/// loops of the boilerplate stage need neither `String` operations nor hashing.
///
/// Each helper gives exactly the answer of the `String` operation it stands in for. On ASCII,
/// `lowercased()` only maps A–Z to a–z, and `String ==` is byte equality (no ASCII string is
/// canonically equivalent to another, nor to any lexicon entry, which `CueLexiconTests`
/// checks). So ASCII words are folded and compared byte by byte; any other word takes the
/// `String` path, which stays the reference.
enum WordBytes {
    /// Whether every byte of `range` is ASCII.
    @inline(__always)
    static func isASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var merged: UInt8 = 0
        for offset in range { merged |= text[offset] }
        return merged < 0x80
    }

    /// `byte` with A–Z mapped to a–z.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// The token's text lowercased, the same string `token.text.lowercased()` returns.
    static func lowercased(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> String {
        let range = token.bytes
        guard range.upperBound <= text.count, isASCII(text, range) else { return token.text.lowercased() }
        return lowercasedASCII(text, range)
    }

    /// The ASCII bytes of `range` with A–Z folded, as a string (small ones need no allocation).
    @inline(__always)
    static func lowercasedASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { out in
            var index = 0
            for offset in range {
                out[index] = folded(text[offset])
                index += 1
            }
            return range.count
        }
    }

    /// Whether the bytes of `range` spell `word` exactly (`word` is ASCII).
    @inline(__always)
    static func equals(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        var index = 0
        for offset in range {
            if text[offset] != letters[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether the bytes of `range` spell `word` (ASCII lowercase) once A–Z are folded: for an
    /// ASCII word, the same as `lowercased() == word`. Non-ASCII bytes never match.
    @inline(__always)
    static func equalsFolded(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        var index = 0
        for offset in range {
            if folded(text[offset]) != letters[index] { return false }
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

/// The ASCII entries of the cue lexicons, matched against a token's folded bytes without hashing.
///
/// Entries are bucketed by length and first letter; a lookup compares the one or two entries of
/// its bucket. Built from `CueLexicon.cuesOfWord`, so the two cannot drift apart. Only for
/// ASCII tokens: an ASCII word equals no non-ASCII entry (see `CueLexiconTests`).
struct ASCIILexicon: Sendable {
    /// Longest entry kept; longer words are looked up in the dictionary.
    static let maximumLength = 31
    private struct Entry: Sendable {
        let letters: [UInt8]
        let cues: CueLexicon.Cues
    }
    /// Entries by `length * 128 + first byte`.
    private let buckets: [[Entry]]

    init(_ cuesOfWord: [String: CueLexicon.Cues]) {
        var buckets = [[Entry]](repeating: [], count: (Self.maximumLength + 1) * 128)
        for (word, cues) in cuesOfWord where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let letters = Array(word.utf8)
            guard let first = letters.first, letters.count <= Self.maximumLength else { continue }
            buckets[letters.count * 128 + Int(first)].append(Entry(letters: letters, cues: cues))
        }
        self.buckets = buckets
    }

    /// The cues of the ASCII word in `range` once A–Z are folded (none if it is no entry).
    func cues(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CueLexicon.Cues {
        guard !range.isEmpty, range.count <= Self.maximumLength else { return [] }
        let first = WordBytes.folded(text[range.lowerBound])
        guard first < 0x80 else { return [] }
        entries: for entry in buckets[range.count * 128 + Int(first)] {
            var index = 0
            for offset in range {
                if WordBytes.folded(text[offset]) != entry.letters[index] { continue entries }
                index += 1
            }
            return entry.cues
        }
        return []
    }
}
