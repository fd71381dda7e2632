import Testing
@testable import ArticleParser

@Suite struct SourceDecoderTests {
    @Test func nulBytesMeanBinary() {
        #expect(throws: SourceError.binary) { try SourceDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]) }
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let result = try SourceDecoder.decode(Array("caf".utf8) + [0xC3, 0x28] + Array(" ok".utf8))
        #expect(result.source.string.contains("\u{FFFD}"))
        #expect(result.warnings.count == 1)
    }

    @Test func validUTF8HasNoWarnings() throws {
        let result = try SourceDecoder.decode(Array("Zoë 東京 👍".utf8))
        #expect(result.warnings.isEmpty)
        #expect(result.source.scalarCount == 8)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "Headline\n\nZoë said hello."
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let source = try SourceDecoder.decode(bytes).source
            #expect(source.string == "\u{FEFF}" + text)
        }
    }

    @Test func emptyDataIsAnEmptyText() throws {
        #expect(try SourceDecoder.decode([]).source.scalarCount == 0)
    }

    @Test func scalarAndByteOffsetsRoundTrip() {
        var text = ""
        for index in 0..<2_000 { text += index % 7 == 0 ? "é東👍" : "ab" }
        let source = SourceText(text)
        let scalars = Array(text.unicodeScalars)
        var byte = 0
        for (offset, scalar) in scalars.enumerated() {
            #expect(source.byteOffset(ofScalar: offset) == byte)
            #expect(source.scalarOffset(ofByte: byte) == offset)
            byte += String(scalar).utf8.count
        }
        #expect(source.byteOffset(ofScalar: scalars.count) == source.byteCount)
    }

    /// Validation runs in 64 KiB pieces; a multi-byte scalar or a bad byte straddling a cut
    /// must be judged exactly as a whole-buffer check would judge it.
    @Test func piecewiseValidationAgreesWithTheStandardLibraryAcrossCuts() {
        let piece = 64 * 1024
        let filler = Array(repeating: UInt8(ascii: "a"), count: piece)
        let tails: [[UInt8]] = [
            Array("é".utf8), Array("東".utf8), Array("👍".utf8),   // valid, 2 to 4 bytes
            [0x80], [0x80, 0x80, 0x80, 0x80], [0xE6, 0x9D], [0xF0, 0x9F, 0x91], [0xC3, 0x28], [0xFF],
        ]
        for tail in tails {
            for shift in 1...4 {
                // Put the tail so that the cut at `piece` falls inside or right around it.
                let bytes = Array(filler.prefix(piece - shift)) + tail + Array("end".utf8)
                let expected = String(validating: bytes, as: UTF8.self) != nil
                #expect(SourceDecoder.isValidUTF8(bytes) == expected, "tail \(tail) shift \(shift)")
            }
        }
    }
}
