/// Byte-level helpers for ASCII words, shared by the stages' fast paths: on ASCII, lower-casing
/// maps only A–Z and string equality is byte equality, so a word read from the source bytes
/// gives the same answers as its `String` without making one.
enum ASCIIBytes {
    /// An ASCII byte with capitals lower-cased.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether every byte of `bytes` in `utf8` is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // One OR over the bytes, no early exit: words are short and the loop vectorises.
        var merged: UInt8 = 0
        for index in bytes { merged |= utf8[index] }
        return merged < 0x80
    }

    /// The lower-cased string of the ASCII bytes `bytes` in `utf8`.
    @inline(__always)
    static func lowercasedString(_ bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var out = 0
            for index in bytes {
                buffer[out] = lower(utf8[index])
                out += 1
            }
            return out
        }
    }

    /// Whether two byte buffers hold the same bytes (a plain loop: the generic
    /// `elementsEqual` walks iterators and is several times slower on short words).
    @inline(__always)
    static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lhs[index] != rhs[index] { return false }
        return true
    }

    /// The FNV-1a hash the tables use.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
