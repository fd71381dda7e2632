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
    static func lines(of source: SourceText, pieceBytes: Int = 1 << 20) -> [Line] {
        // Lines end at line feeds, so a long text splits into pieces right after a line feed
        // (never between CR and LF) and the pieces are scanned on all cores.
        let pieces = pieceStarts(source.utf8, pieceBytes: pieceBytes)
        if pieces.count == 1 { return lines(of: source, bytes: 0..<source.byteCount) }
        let parts = ParallelMap.map(count: pieces.count, minimumItemsPerChunk: 1) { index in
            lines(of: source, bytes: pieces[index]..<(index + 1 < pieces.count ? pieces[index + 1] : source.byteCount))
        }
        return Array(parts.joined())
    }

    /// Where the pieces of a long text start: 0, then just after the first line feed at or
    /// beyond each multiple of `pieceBytes`.
    static func pieceStarts(_ utf8: [UInt8], pieceBytes: Int) -> [Int] {
        var starts = [0]
        var target = pieceBytes
        while target < utf8.count {
            guard let feed = utf8[target...].firstIndex(of: 0x0A) else { break }
            if feed + 1 < utf8.count { starts.append(feed + 1) }
            target = feed + 1 + pieceBytes
        }
        return starts
    }

    /// The lines of the bytes `range`, which starts at a line start and ends after a line feed
    /// or at the end of the text.
    static func lines(of source: SourceText, bytes range: Range<Int>) -> [Line] {
        var lines: [Line] = []
        source.utf8.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            let count = range.upperBound
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
