/// A fixed table from lower-case ASCII words to values, probed with a word's source bytes.
///
/// Looking a capitalised word up in a `Set<String>` means lower-casing it into a new string
/// and hashing that with SipHash. This table lower-cases and hashes the bytes in place, so a
/// look-up allocates nothing. It holds only ASCII keys: a word with other bytes must be looked
/// up by its string, where Unicode case mapping and equivalence apply.
struct ASCIIWordTable<Value: Sendable>: Sendable {
    /// Per slot, the index of its entry plus one; 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int
    /// The keys' bytes, back to back; entry `i` is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let values: [Value]

    /// Builds the table from its ASCII entries; entries with other bytes are left out.
    init(_ entries: some Sequence<(key: String, value: Value)>) {
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        var values: [Value] = []
        var hashes: [UInt64] = []
        for entry in entries where entry.key.utf8.allSatisfy({ $0 < 0x80 }) {
            keyBytes.append(contentsOf: entry.key.utf8)
            keyStarts.append(Int32(keyBytes.count))
            values.append(entry.value)
            hashes.append(ASCIIBytes.hash(entry.key.utf8))
        }
        var capacity = 16
        while capacity < values.count * 3 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        mask = capacity - 1
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.values = values
    }

    /// The value for the word at `bytes` in `utf8`, with ASCII capitals lower-cased.
    /// - Precondition: the bytes are ASCII (callers test that; other words go by string).
    @inline(__always)
    func value(lowercasing bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Value? {
        value(bytes, in: utf8, lowering: true)
    }

    /// The value for the word at `bytes` in `utf8` as written, capitals included.
    @inline(__always)
    func value(exactly bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Value? {
        value(bytes, in: utf8, lowering: false)
    }

    @inline(__always)
    private func value(_ bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Value? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in bytes {
            let byte = lowering ? ASCIIBytes.lower(utf8[index]) : utf8[index]
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
            if end - start == bytes.count {
                var same = true
                var key = start
                for index in bytes {
                    let byte = lowering ? ASCIIBytes.lower(utf8[index]) : utf8[index]
                    if byte != keyBytes[key] { same = false; break }
                    key += 1
                }
                if same { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }
}
