import Foundation
import Testing
import TestSupport

/// A folder holding every input of the hostile matrix, one of them under a hostile file name,
/// opened as a library: indexed to the end on background threads, listed without a single
/// escape sequence reaching the terminal, and printed as a clean listing when not on a terminal.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the library's end-to-end tests are skipped"))
struct LibraryHostileFolderTests {
    static let hostileName = "name\u{1B}]2;PWNED\u{07}\u{1B}]52;c;ZXZpbA==\u{07}.txt"

    /// Writes the folder; returns it and the number of files.
    static func makeFolder() throws -> (URL, Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-folder-\(UUID().uuidString)")
        let news = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        let cases = ReaderHostileInputMatrixTests.cases
        for (index, input) in cases.enumerated() {
            try Data(input.bytes).write(to: news.appendingPathComponent(String(format: "%02d.txt", index)))
        }
        let escapes = try #require(cases.first { $0.name == "ANSI and OSC sequences" })
        try Data(escapes.bytes).write(to: news.appendingPathComponent(hostileName))
        return (folder, cases.count + 1)
    }

    @Test func theLibraryIndexesAndListsEveryHostileFileHarmlessly() throws {
        let (folder, count) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(width: 120, height: 30, command: ShellHandBack.command([folder.appendingPathComponent("news").path]),
                                   environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                                                 "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
        defer { tmux.close() }
        let titleBefore = try tmux.format("#{pane_title}")
        let list = try tmux.waitFor("the whole folder indexed") { $0.contains("\(count) articles indexed") }
        #expect(list.contains("unreadable"), "the binary file is a row with its problem:\n\(list)")
        try tmux.send("G")
        try tmux.send("g")
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        #expect(try tmux.buffers().isEmpty, "no clipboard write reached tmux")
        #expect(try tmux.format("#{pane_title}") == titleBefore, "the title is unchanged")
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    @Test func theListingHasOneCleanLinePerFile() throws {
        let (folder, count) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try MeasuredRun.byline([folder.appendingPathComponent("news").path],
                                            environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                                                          "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == count, "\(result.stdoutText)")
        #expect(result.stdoutText.contains("name␛]2;PWNED␇␛]52;c;ZXZpbA==␇.txt"), "the hostile name, shown")
        #expect(!result.stdoutText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) },
                "no control character in the listing")
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "nor in the warnings: \(result.stderr)")
    }
}
