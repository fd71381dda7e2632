/// One physical line of the source, without its line terminator.
struct Line: Sendable {
    /// The line's bytes, without the terminator and without leading or trailing space.
    var bytes: Range<Int>
    /// The number of scalars in `bytes`.
    var length: Int
    /// The number of scalars in the line's first word (0 for a blank line).
    var firstWordLength: Int

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { bytes.isEmpty }
}

/// Splits source text into lines, accepting LF, CRLF and lone CR terminators.
enum LineScanner {
    /// Returns every line of `source`, trimmed of surrounding white space.
    static func lines(of source: SourceText) -> [Line] {
        var lines: [Line] = []
        source.utf8.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                var contentStart = -1
                var contentEnd = index
                var length = 0
                var firstWord = 0
                var inFirstWord = true
                var cursor = index
                while cursor < count {
                    let byte = buffer[cursor]
                    if byte == 0x0A || byte == 0x0D { break }
                    // ASCII (most bytes of most articles) needs no decoding.
                    let isSpace: Bool
                    let width: Int
                    if byte < 0x80 {
                        isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                        width = 1
                    } else {
                        let decoded = UTF8Walk.decode(buffer, at: cursor)
                        isSpace = decoded.0.isSpaceLike
                        width = decoded.1
                    }
                    if !isSpace {
                        if contentStart < 0 { contentStart = cursor }
                        contentEnd = cursor + width
                        if inFirstWord { firstWord += 1 }
                    } else if contentStart >= 0 {
                        inFirstWord = false
                    }
                    if contentStart >= 0 { length += 1 }
                    cursor += width
                }
                if contentStart < 0 {
                    lines.append(Line(bytes: index..<index, length: 0, firstWordLength: 0))
                } else {
                    // `length` counted trailing spaces too; trim them off.
                    let trailing = source.scalarCount(bytes: contentEnd..<cursor)
                    lines.append(Line(bytes: contentStart..<contentEnd, length: length - trailing,
                                      firstWordLength: firstWord))
                }
                if cursor < count, buffer[cursor] == 0x0D, cursor + 1 < count, buffer[cursor + 1] == 0x0A {
                    index = cursor + 2
                } else {
                    index = cursor + 1
                }
            }
        }
        return lines
    }
}
