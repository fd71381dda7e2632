/// An article's text as UTF-8 bytes, with fast conversion between byte offsets and the
/// Unicode scalar offsets that the parse contract uses.
///
/// The parser works on bytes (cheap to index, no quadratic `String.Index` walks) and reports
/// scalar offsets. A checkpoint every 256 bytes keeps each conversion to a short scan.
public struct SourceText: Sendable {
    /// The text's UTF-8 encoding; always valid UTF-8.
    public let utf8: [UInt8]
    /// The number of Unicode scalars in the text.
    public let scalarCount: Int
    /// `checkpoints[i]` is the number of scalars that start before byte `i * stride`.
    private let checkpoints: [Int]
    private static let stride = 256

    /// Creates a source text from a string.
    public init(_ text: String) {
        self.init(validUTF8: Array(text.utf8))
    }

    /// Creates a source text from bytes already known to be valid UTF-8.
    init(validUTF8 bytes: [UInt8]) {
        utf8 = bytes
        var marks: [Int] = []
        marks.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            for (offset, byte) in buffer.enumerated() {
                if offset % Self.stride == 0 { marks.append(count) }
                if byte & 0xC0 != 0x80 { count += 1 }
            }
        }
        checkpoints = marks
        scalarCount = count
    }

    /// The whole text as a string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The number of UTF-8 bytes.
    public var byteCount: Int { utf8.count }

    /// The scalar offset of the scalar that starts at (or contains) byte `byte`.
    public func scalarOffset(ofByte byte: Int) -> Int {
        if byte <= 0 { return 0 }
        if byte >= utf8.count { return scalarCount }
        let mark = byte / Self.stride
        var count = checkpoints[mark]
        var index = mark * Self.stride
        utf8.withUnsafeBufferPointer { buffer in
            while index < byte {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
        }
        return count
    }

    /// The byte offset at which scalar number `scalar` starts.
    public func byteOffset(ofScalar scalar: Int) -> Int {
        if scalar <= 0 { return 0 }
        if scalar >= scalarCount { return utf8.count }
        // The last checkpoint at or before the scalar, by binary search.
        var low = 0, high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= scalar { low = mid } else { high = mid - 1 }
        }
        var count = checkpoints[low]
        var index = low * Self.stride
        // Step to the first byte of the scalar that starts at or after the checkpoint.
        while index < utf8.count, utf8[index] & 0xC0 == 0x80 { index += 1 }
        while index < utf8.count {
            if utf8[index] & 0xC0 != 0x80 {
                if count == scalar { return index }
                count += 1
            }
            index += 1
        }
        return utf8.count
    }

    /// The text of a byte range.
    public func string(bytes range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<utf8.count)
        return String(decoding: utf8[clamped], as: UTF8.self)
    }

    /// The text of a scalar span.
    public func string(_ span: TextSpan) -> String {
        string(bytes: byteOffset(ofScalar: span.start)..<byteOffset(ofScalar: span.end))
    }

    /// The scalar span of a byte range.
    public func span(bytes range: Range<Int>) -> TextSpan {
        let start = scalarOffset(ofByte: range.lowerBound)
        return TextSpan(start: start, end: start + scalarCount(bytes: range))
    }

    /// The number of scalars in a byte range.
    func scalarCount(bytes range: Range<Int>) -> Int {
        var count = 0
        utf8.withUnsafeBufferPointer { buffer in
            for index in range where buffer[index] & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
