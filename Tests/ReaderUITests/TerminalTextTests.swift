import Testing
import ReaderUI

@Suite struct TerminalTextTests {
    @Test func removesEscapeSequencesBellsAndBidiOverrides() {
        let hostile = "a\u{1B}]52;c;ZXZpbA==\u{07}b\u{1B}[2Jc\u{202E}d\u{9B}e\rf\u{8}g\th"
        let safe = TerminalText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!safe.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        #expect(!safe.unicodeScalars.contains { $0.value == 0x202E })
        #expect(safe.contains("h"))
        #expect(safe.contains(" h"), "a tab becomes a space")
    }

    @Test func keepsNewlinesAndPrintableUnicode() {
        #expect(TerminalText.sanitize("Zoë 東京 👍\nnext") == "Zoë 東京 👍\nnext")
    }
}
