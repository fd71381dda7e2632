#if canImport(Glibc)
import Glibc
#endif

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
            let count = range.upperBound
            // The next LF and CR at or after the current line, found with memchr and kept until
            // passed, so every byte is searched once however the lines end.
            var nextFeed = -1
            var nextReturn = -1
            var index = range.lowerBound
            while index < count {
                if nextFeed < index { nextFeed = find(0x0A, in: buffer, from: index, to: count) }
                if nextReturn < index { nextReturn = find(0x0D, in: buffer, from: index, to: count) }
                let end = min(nextFeed, nextReturn)
                lines.append(line(in: buffer, from: index, to: end))
                if end < count, buffer[end] == 0x0D, end + 1 < count, buffer[end + 1] == 0x0A {
                    index = end + 2
                } else {
                    index = end + 1
                }
            }
        }
        return lines
    }

    /// The position of the first `byte` in `start..<end`, or `end`.
    private static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = buffer.baseAddress,
              let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The line whose bytes (terminator excluded) are `start..<end`, trimmed of white space.
    private static func line(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Line {
        var first = start
        while first < end {
            let byte = buffer[first]
            if byte < 0x80 {
                guard isASCIISpace(byte) else { break }
                first += 1
            } else {
                let (scalar, width) = UTF8Walk.decode(buffer, at: first)
                guard scalar.isSpaceLike else { break }
                first += width
            }
        }
        if first == end { return Line(bytes: start..<start, length: 0, firstWordLength: 0) }
        var last = end
        while last > first {
            let byte = buffer[last - 1]
            if byte < 0x80 {
                guard isASCIISpace(byte) else { break }
                last -= 1
            } else {
                var lead = last - 1
                while lead > first, !UTF8Walk.isLead(buffer[lead]) { lead -= 1 }
                guard UTF8Walk.decode(buffer, at: lead).0.isSpaceLike else { break }
                last = lead
            }
        }
        var length = 0
        for index in first..<last where UTF8Walk.isLead(buffer[index]) { length += 1 }
        var firstWord = 0
        var cursor = first
        while cursor < last {
            let byte = buffer[cursor]
            if byte < 0x80 {
                if isASCIISpace(byte) { break }
                cursor += 1
            } else {
                let (scalar, width) = UTF8Walk.decode(buffer, at: cursor)
                if scalar.isSpaceLike { break }
                cursor += width
            }
            firstWord += 1
        }
        return Line(bytes: first..<last, length: length, firstWordLength: firstWord)
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
