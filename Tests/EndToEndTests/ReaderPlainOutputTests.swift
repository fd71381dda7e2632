import Foundation
import Testing
import TestSupport

/// `byline FILE` when stdout is not a terminal: plain text, colour only when asked for.
@Suite struct ReaderPlainOutputTests {
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }

    @Test func pipedOutputIsPlainTextWithoutBoilerplate() throws {
        let result = try BinaryRunner.run([Self.blinken], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 0)
        let text = result.stdoutText
        #expect(text.hasPrefix("Blinken off to Mideast to push peace talks after Israel-Gaza truce\n\n"))
        #expect(text.contains("“But now, as the president said"), "quotes keep their own marks")
        #expect(!text.contains("\u{1B}"), "no escape sequences when piped")
        #expect(!text.contains("Download the NBC News App"), "boilerplate is omitted")
        #expect(!text.contains("John Minchillo / AP"))
    }

    @Test func allIncludesBoilerplateWithItsCategory() throws {
        let result = try BinaryRunner.run(["--all", Self.blinken])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("[promo] Download the NBC News App"))
        #expect(result.stdoutText.contains("[photo caption] Residents are cleaning"))
    }

    @Test func colorAlwaysStylesQuotesAndNeverDoesNot() throws {
        let always = try BinaryRunner.run(["--color=always", Self.blinken], environment: ["NO_COLOR": "1"])
        #expect(always.status == 0)
        #expect(always.stdoutText.contains("\u{1B}["), "--color=always wins over NO_COLOR")
        let never = try BinaryRunner.run(["--color=never", Self.blinken])
        #expect(!never.stdoutText.contains("\u{1B}"))
        let auto = try BinaryRunner.run(["--color=auto", Self.blinken])
        #expect(!auto.stdoutText.contains("\u{1B}"), "auto means no colour when piped")
    }

    @Test func hostileTextIsSanitisedInPlainOutput() throws {
        let path = NSTemporaryDirectory() + "byline-plain-hostile-\(UUID().uuidString).txt"
        try "Title here\n\nA \u{1B}]52;c;eA==\u{07} b \u{1B}[2J c \u{202E}d\u{9B}e\rf\u{8}g.\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for color in ["never", "always"] {
            let result = try BinaryRunner.run(["--color=\(color)", path])
            #expect(result.status == 0)
            let text = result.stdoutText
            // The only escapes allowed are the SGR sequences we generate ourselves.
            let stripped = text.replacingOccurrences(of: #"\x{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
            #expect(!stripped.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!stripped.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
            #expect(stripped.contains("␛]52;c;eA==␇"))
        }
    }
}
