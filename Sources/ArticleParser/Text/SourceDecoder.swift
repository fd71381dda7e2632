/// Why a file's bytes cannot be read as an article.
public enum SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data holds NUL bytes (and no UTF-16 byte-order mark): it is not text.
    case binary
    /// The data is larger than the parser accepts.
    case tooLarge(bytes: Int, limit: Int)

    /// A one-line explanation for the reader.
    public var description: String {
        switch self {
        case .binary:
            return "not a text file (it contains NUL bytes)"
        case let .tooLarge(bytes, limit):
            return "file is too large (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB)"
        }
    }
}

/// Turns a file's bytes into a `SourceText`, deciding the encoding.
public enum SourceDecoder {
    /// The largest input accepted, in bytes.
    public static let maximumBytes = 1 << 30

    /// The decoded text and anything the reader should be warned about.
    public struct Result: Sendable {
        /// The text, always valid UTF-8.
        public var source: SourceText
        /// Human-readable warnings, such as invalid UTF-8 that was replaced.
        public var warnings: [String]
    }

    /// Decodes bytes as UTF-8 (with or without a byte-order mark) or, when a UTF-16 byte-order
    /// mark is present, as UTF-16. Invalid UTF-8 sequences become U+FFFD with a warning.
    ///
    /// - Parameter bytes: the file's contents.
    /// - Returns: the text and any warnings.
    /// - Throws: `SourceError` when the data is binary or too large.
    public static func decode(_ bytes: [UInt8]) throws(SourceError) -> Result {
        guard bytes.count <= maximumBytes else {
            throw .tooLarge(bytes: bytes.count, limit: maximumBytes)
        }
        if bytes.count >= 2, let bigEndian = utf16ByteOrder(bytes) {
            return Result(source: SourceText(decodeUTF16(bytes, bigEndian: bigEndian)),
                          warnings: [])
        }
        if bytes.contains(0) { throw .binary }
        if isValidUTF8(bytes) {
            // The bytes themselves become the text: no second copy of a large file.
            return Result(source: SourceText(validUTF8: bytes), warnings: [])
        }
        let repaired = String(decoding: bytes, as: UTF8.self)
        return Result(source: SourceText(validUTF8: Array(repaired.utf8)),
                      warnings: ["invalid UTF-8 replaced with U+FFFD"])
    }

    /// Whether `bytes` are valid UTF-8, checked in pieces so that a large file is never
    /// copied whole into a temporary string.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        let piece = 64 * 1024
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = min(start + piece, buffer.count)
                // Cut before a scalar's continuation bytes (at most three), not inside the scalar.
                var back = 0
                while end < buffer.count, back < 3, buffer[end] & 0xC0 == 0x80 {
                    end -= 1
                    back += 1
                }
                if end <= start { end = min(start + piece, buffer.count) }
                if String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self) == nil {
                    return false
                }
                start = end
            }
            return true
        }
    }

    private static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return true }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return false }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
