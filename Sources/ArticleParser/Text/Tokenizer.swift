/// Splits a range of source text into words, numbers and punctuation in one linear pass.
public enum Tokenizer {
    /// Tokenizes the bytes `range` of `source`.
    ///
    /// Words keep inner apostrophes (don’t, Biden’s), hyphens (Ramos-Horta) and digits;
    /// a leading or trailing apostrophe is punctuation, since it may be a quotation mark.
    /// - Parameters:
    ///   - source: the article text.
    ///   - range: the byte range to tokenize (a block's range).
    /// - Returns: the tokens in text order.
    public static func tokenize(_ source: SourceText, bytes range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        source.utf8.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            var scalarIndex = source.scalarOffset(ofByte: index)
            var spaceBefore = true
            var lineBreakBefore = false
            let end = min(range.upperBound, buffer.count)
            while index < end {
                let (scalar, length) = UTF8Walk.decode(buffer, at: index)
                if scalar.isSpaceLike {
                    if scalar == "\n" || scalar == "\r" { lineBreakBefore = true }
                    spaceBefore = true
                    index += length
                    scalarIndex += 1
                    continue
                }
                let startByte = index
                let startScalar = scalarIndex
                var kind = Token.Kind.punctuation
                index += length
                scalarIndex += 1
                if scalar.isWordScalar {
                    kind = scalar.isASCIIDigit ? .number : .word
                    while index < end {
                        let (next, nextLength) = UTF8Walk.decode(buffer, at: index)
                        if next.isWordScalar {
                            index += nextLength
                            scalarIndex += 1
                            continue
                        }
                        // Joiners stay inside a word only when a word scalar follows them.
                        guard isJoiner(next, inNumber: kind == .number), index + nextLength < end else { break }
                        let (after, afterLength) = UTF8Walk.decode(buffer, at: index + nextLength)
                        guard after.isWordScalar else { break }
                        index += nextLength + afterLength
                        scalarIndex += 2
                    }
                }
                if !tokens.isEmpty {
                    tokens[tokens.count - 1].spaceAfter = spaceBefore
                }
                tokens.append(Token(
                    kind: kind,
                    bytes: startByte..<index,
                    span: TextSpan(start: startScalar, end: scalarIndex),
                    text: String(decoding: UnsafeBufferPointer(rebasing: buffer[startByte..<index]), as: UTF8.self),
                    spaceBefore: spaceBefore,
                    spaceAfter: true,
                    lineBreakBefore: lineBreakBefore
                ))
                spaceBefore = false
                lineBreakBefore = false
            }
            if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
        }
        return tokens
    }

    @inline(__always)
    private static func isJoiner(_ scalar: Unicode.Scalar, inNumber: Bool) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}": return true
        case ".", ",", ":": return inNumber
        default: return false
        }
    }
}
