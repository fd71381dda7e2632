import Foundation
import Testing
import TestSupport

/// An article full of terminal tricks must display harmlessly: no clipboard write, no cleared
/// screen, no title change, no reordered text, and a 100 KB line wraps like any other.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderHostileArticleTests {
    @Test func hostileArticleDisplaysHarmlessly() throws {
        let longLine = (0..<20_000).map { "w\($0 % 10)rd" + ($0 % 7 == 0 ? "," : "") }.joined(separator: " ") + " THE-END"
        #expect(longLine.utf8.count >= 100_000)
        let article = """
            Hostile headline for the reader

            Clipboard \u{1B}]52;c;cm0gLXJmIH4=\u{07} grab and \u{1B}[2J clear and \u{1B}]2;PWNED\u{07} retitle.

            Bidi \u{202E}desrever\u{202C} and a bell\u{07} and a \u{9B}31m C1 CSI and back\u{8}space.

            \(longLine)

            Last paragraph.
            """
        let path = NSTemporaryDirectory() + "byline-hostile-\(UUID().uuidString).txt"
        try article.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let tmux = try TmuxSession(width: 100, height: 30, article: path)
        defer { tmux.close() }
        let titleBefore = try tmux.format("#{pane_title}")
        let screen = try tmux.waitFor(text: "Hostile headline for the reader")
        #expect(screen.contains("␛]52;c;cm0gLXJmIH4=␇"), "the escape shows as visible placeholders:\n\(screen)")
        #expect(screen.contains("␛[2J clear"))
        #expect(screen.contains("desrever"), "the bidi override is dropped, the text stays in order")
        #expect(!screen.contains("PWNED") || screen.contains("␛]2;PWNED"))
        #expect(screen.contains("w0rd, w1rd w2rd"), "the long line is wrapped and shown")
        #expect(try tmux.buffers().isEmpty, "no OSC 52 clipboard write reached tmux")
        #expect(try tmux.format("#{pane_title}") == titleBefore, "the pane title is unchanged")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.allSatisfy { $0.count <= 100 })
        try tmux.send("G")
        let bottom = try tmux.waitFor(text: "Last paragraph.")
        #expect(bottom.contains("THE-END"))
        try tmux.send("q")
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:0"))
    }
}
