import Foundation
import Testing
import TestSupport

/// An 8 MB article in the real reader: its start shows at once and scrolls while the whole is
/// parsed, then the whole is swapped in and its end can be reached.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderLargeFileTests {
    static let title = "A very long report on the harbour council"

    /// Writes a generated article of about `bytes` bytes: a title, numbered paragraphs, a last paragraph.
    static func writeArticle(bytes: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-large-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = Self.title + "\n\n"
        text.reserveCapacity(bytes + 1_000)
        var paragraph = 1
        while text.utf8.count < bytes {
            text += "Paragraph \(paragraph) says the harbour council met on Tuesday and approved the budget for the new pier, "
            text += "after weeks of talks with the fishing cooperative and the ferry operators about the timetable.\n\n"
            paragraph += 1
        }
        text += "The closing paragraph of the long report."
        let file = folder.appendingPathComponent("long-report.txt")
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The screen without its status line (which shows the title).
    static func body(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.dropLast().joined(separator: "\n")
    }

    @Test func aLargeArticleOpensAtOnceScrollsAndReachesItsEnd() throws {
        let file = try Self.writeArticle(bytes: 8_000_000)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let tmux = try TmuxSession(width: 100, height: 30, article: file.path)
        defer { tmux.close() }
        let first = try tmux.waitFor(text: Self.title, timeout: 30)
        #expect(first.contains("Paragraph 1 says"))
        #expect(first.contains("reading the rest…"), "the start is shown before the whole is parsed")
        try tmux.send("Space", "Space", "Space")
        let scrolled = try tmux.waitFor("three pages down") { !Self.body($0).contains(Self.title) && $0.contains("Paragraph 22 says") }
        #expect(!scrolled.contains("Paragraph 1 says"))
        // The whole text arrives in the background; then the end is one key away.
        try tmux.waitFor("the whole article", timeout: 240) { $0.contains("Paragraph") && !$0.contains("reading the rest") }
        try tmux.send("G")
        let bottom = try tmux.waitFor(text: "The closing paragraph of the long report.", timeout: 60)
        #expect(bottom.contains("Bot"))
        try tmux.send("q")
        try tmux.waitFor(text: "EXIT:0")
    }
}
