/// Small helpers for walking valid UTF-8 bytes one scalar at a time.
enum UTF8Walk {
    /// Decodes the scalar starting at `index` and returns it with its length in bytes.
    /// Bytes are assumed valid UTF-8; a malformed lead byte decodes as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        var length: Int
        if lead & 0xE0 == 0xC0 { value = UInt32(lead & 0x1F); length = 2 }
        else if lead & 0xF0 == 0xE0 { value = UInt32(lead & 0x0F); length = 3 }
        else if lead & 0xF8 == 0xF0 { value = UInt32(lead & 0x07); length = 4 }
        else { return ("\u{FFFD}", 1) }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether `byte` begins a scalar (is not a continuation byte).
    @inline(__always)
    static func isLead(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
}

extension Unicode.Scalar {
    /// Whether the scalar is horizontal or vertical white space, including no-break and
    /// zero-width spaces and the byte-order mark, which web text scatters about.
    var isSpaceLike: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar can be part of a word: a letter, a combining mark or a digit.
    var isWordScalar: Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39)
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar is an uppercase or titlecase letter.
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// Whether the scalar is a lowercase letter.
    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.generalCategory == .lowercaseLetter
    }

    /// Whether the scalar is an ASCII digit.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
