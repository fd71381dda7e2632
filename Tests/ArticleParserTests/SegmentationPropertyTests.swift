import Testing
@testable import ArticleParser
import TestSupport

/// A small deterministic random generator, so a failing case can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SegmentationPropertyTests {
    static let fragments = [
        "word", "Blinken", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u{FEFF}",
        "“", "”", "\"", "‘", "’", "'", ".", ",", "—", " – ", "é", "e\u{301}", "東京", "👍🏽", "\u{200B}",
        "\u{1B}[2J", "LONDON (Reuters) - ", "By Jane Doe", "\u{A0}", "\u{2028}", "-", "(", ")",
    ]

    /// Blocks never overlap, stay in bounds and equal their slices; tokens stay inside blocks.
    func check(_ text: String, seed: UInt64) {
        let article = Analyzer.parse(text)
        expectWellFormedBlocks(article)
        let document = Document(source: article.source, segmentation: Segmenter.segment(article.source))
        for (block, tokens) in zip(document.blocks, document.tokens) {
            for token in tokens {
                #expect(block.span.contains(token.span), "seed \(seed)")
                #expect(article.source.string(token.span) == token.text, "seed \(seed)")
            }
        }
    }

    @Test func generatedTexts() {
        for seed in UInt64(1)...400 {
            var random = SplitMix64(state: seed)
            let count = Int.random(in: 0...120, using: &random)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &random) ?? "" }.joined()
            check(text, seed: seed)
        }
    }

    @Test func mutatedSampleArticles() throws {
        let names = ["blinken-mideast.txt", "glasgow-shipyard-contract.txt", "denver-library-levy.txt",
                     "tokyo-ramen-viral.txt"]
        for (position, name) in names.enumerated() {
            let original = Array(try Fixtures.article(name).unicodeScalars)
            for round in UInt64(0)..<40 {
                let seed = UInt64(position) * 1_000 + round
                var random = SplitMix64(state: seed)
                var scalars = original
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    guard !scalars.isEmpty else { break }
                    let at = Int.random(in: 0..<scalars.count, using: &random)
                    let length = min(scalars.count - at, Int.random(in: 0...40, using: &random))
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: scalars.removeSubrange(at..<(at + length))
                    case 1: scalars.insert(contentsOf: (Self.fragments.randomElement(using: &random) ?? "").unicodeScalars, at: at)
                    default: scalars.insert(contentsOf: scalars[at..<(at + length)], at: at)
                    }
                }
                check(String(String.UnicodeScalarView(scalars)), seed: seed)
            }
        }
    }
}

/// Long texts are scanned for lines in pieces on several cores; the pieces must join seamlessly.
@Suite struct LineScannerPieceTests {
    @Test func piecesGiveTheSameLinesAsOneScan() {
        var generator = SystemRandomNumberGenerator()
        let endings = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "  \n", "\n \t\n"]
        let words = ["Zoë", "東京", "said", "“Yes,”", "👍🏽", "the", "\u{00A0}", "council", "  "]
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<Int.random(in: 50...400, using: &generator) {
                for _ in 0..<Int.random(in: 0...12, using: &generator) {
                    text += (words.randomElement(using: &generator) ?? "x") + " "
                }
                text += endings.randomElement(using: &generator) ?? "\n"
            }
            let source = SourceText(text)
            let whole = LineScanner.lines(of: source, pieceBytes: .max)
            for pieceBytes in [1, 7, 64, 500] {
                let pieced = LineScanner.lines(of: source, pieceBytes: pieceBytes)
                #expect(pieced.map(\.bytes) == whole.map(\.bytes), "pieces of \(pieceBytes) bytes")
                #expect(pieced.map(\.length) == whole.map(\.length))
                #expect(pieced.map(\.firstWordLength) == whole.map(\.firstWordLength))
            }
            #expect(LineScanner.pieceStarts(source.utf8, pieceBytes: 64).count > 1)
        }
    }
}
