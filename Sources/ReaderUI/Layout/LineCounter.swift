/// Counts the lines a block wraps to without preparing it, for text where that is easy: every
/// scalar a grapheme of its own, one column wide.
///
/// That holds for ASCII, Latin-1 and the Latin extensions below U+0300, general punctuation
/// (curly quotes, dashes, ellipsis) and currency signs, which is most news text. Anything else
/// (combining marks, wide or emoji characters, controls) makes the count `nil`, and the caller
/// prepares the block and wraps it. The count equals `Wrapper.wrap(PreparedBlock(block), width:).count`.
enum LineCounter {
    /// The number of lines `text` wraps to at `width` columns, or nil when the text needs preparing.
    static func lines(in text: String, width: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes in lines(inUTF8: bytes, width: max(1, width)) }
    }

    private static func lines(inUTF8 bytes: UnsafeBufferPointer<UInt8>, width limit: Int) -> Int? {
        var lines = 0  // lines finished
        var lineWidth = -1  // the open line's width; -1 when no line is open
        var wordWidth = 0  // the word being read
        var index = 0
        let count = bytes.count

        // Places the word just read, as `Wrapper` does.
        func place() {
            guard wordWidth > 0 else { return }
            if lineWidth >= 0 {
                if lineWidth + 1 + wordWidth <= limit {
                    lineWidth += 1 + wordWidth
                    wordWidth = 0
                    return
                }
                lines += 1
            }
            if wordWidth <= limit {
                lineWidth = wordWidth
            } else {
                // Hard-broken into full chunks; the last chunk stays open.
                lines += (wordWidth - 1) / limit
                lineWidth = wordWidth - (wordWidth - 1) / limit * limit
            }
            wordWidth = 0
        }

        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x21...0x7E: wordWidth += 1
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C: place()
                case 0x0D: continue  // dropped: the word goes on
                default: return nil  // a control, shown as a placeholder
                }
                continue
            }
            // Decode a two- or three-byte scalar (the text is valid UTF-8).
            let scalar: UInt32
            if byte & 0xE0 == 0xC0, index + 1 < count {
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte & 0xF0 == 0xE0, index + 2 < count {
                scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return nil
            }
            guard isSimple(scalar) else { return nil }
            wordWidth += 1
        }
        place()
        return lineWidth >= 0 ? lines + 1 : max(1, lines)
    }

    /// Whether a non-ASCII scalar is kept as it is, forms a grapheme of its own, and is one
    /// column wide: no mark, joiner, format character, wide or emoji character.
    @inline(__always)
    private static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0x2FF: scalar != 0xAD  // the soft hyphen is a format character
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: true
        default: false
        }
    }
}
