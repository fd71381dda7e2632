import Foundation
import Testing
import TestSupport

/// An article that is truncated, rewritten, deleted or replaced while Byline has it open.
///
/// The reader keeps what it read: scrolling and quitting still work and the terminal comes back.
/// The library re-reads a file when it is opened again: new text shows, a vanished file is a
/// one-line message in the status line. `byline parse` reads a file once, whole: a file changing
/// under it gives either a well-formed result or one clear line.
@Suite(.serialized)
struct ChangingFileTests {
    static let blinken = Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path
    static let title = "Blinken off to Mideast to push peace talks"

    /// What happens to the file while it is open.
    enum Change: String, CaseIterable, Sendable {
        case truncated, rewritten, deleted, replacedByAFolder

        func apply(to path: String) throws {
            switch self {
            case .truncated:
                let handle = try #require(FileHandle(forWritingAtPath: path))
                try handle.truncate(atOffset: 0)
                try handle.close()
            case .rewritten:
                try Data("Something else entirely\n\nShort now.\n".utf8).write(to: URL(fileURLWithPath: path))
            case .deleted:
                try FileManager.default.removeItem(atPath: path)
            case .replacedByAFolder:
                try FileManager.default.removeItem(atPath: path)
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            }
        }
    }

    static func copyOfBlinken() throws -> (folder: URL, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-changing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("news/article.txt").path
        try FileManager.default.copyItem(atPath: blinken, toPath: file)
        return (folder, file)
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), arguments: Change.allCases)
    func theReaderKeepsWhatItRead(_ change: Change) throws {
        let (folder, file) = try Self.copyOfBlinken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(width: 80, height: 24, command: ShellHandBack.command([file]))
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try change.apply(to: file)
        try tmux.send("Space", "j", "G")
        try tmux.waitFor(text: "Bot")
        try tmux.send("g")
        try tmux.waitFor(text: Self.title)
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(change): \(after)")
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty, "\(change)")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theLibraryRereadsAChangedArticleAndReportsAVanishedOne() throws {
        let (folder, file) = try Self.copyOfBlinken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(width: 100, height: 20, command: ShellHandBack.command([folder.appendingPathComponent("news").path]),
                                   environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                                                 "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path])
        defer { tmux.close() }
        try tmux.waitFor(text: "1 of 1 articles")
        try tmux.send("Enter")
        try tmux.waitFor("the article") { $0.contains(Self.title) && $0.contains("? help") }
        try tmux.send("Space")
        try ChangingFileTests.Change.rewritten.apply(to: file)
        try tmux.send("j", "q")
        try tmux.waitFor(text: "1 of 1 articles")
        // Opened again: the new text, from the top (the remembered place is past its end).
        try tmux.send("Enter")
        try tmux.waitFor("the rewritten article") { $0.contains("Short now.") && $0.contains("? help") }
        try tmux.send("q")
        try tmux.waitFor(text: "1 of 1 articles")
        try ChangingFileTests.Change.deleted.apply(to: file)
        try tmux.send("Enter")
        try tmux.waitFor(text: "article.txt: no such file")
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    @Test func parseOfAFileChangingUnderItIsWellFormedOrOneLine() throws {
        let (folder, file) = try Self.copyOfBlinken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        let replacement = folder.appendingPathComponent("replacement.txt")
        // A writer that keeps rewriting in place, swapping in another file, and deleting.
        let stop = SharedFlag(false)
        let writer = Thread {
            var round = 0
            while !stop.value {
                switch round % 3 {
                case 0: try? original.prefix(Int.random(in: 0...original.count)).write(to: URL(fileURLWithPath: file))
                case 1:
                    try? Data("Replaced headline\n\nReplaced text.\n".utf8).write(to: replacement)
                    rename(replacement.path, file)
                default: unlink(file)
                }
                round += 1
                usleep(200)
            }
        }
        writer.start()
        defer { stop.value = true }
        for _ in 0..<12 {
            let result = try MeasuredRun.byline(["parse", "--json", file])
            if result.status == 0 {
                #expect(try JSONSerialization.jsonObject(with: result.stdout) is [String: Any], "well-formed JSON")
            } else {
                #expect(result.status == 1)
                #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
                #expect(result.stderr.contains("no such file"), "\(result.stderr)")
            }
            #expect(!result.stderr.contains("Fatal error"))
        }
    }
}

/// A flag shared between the test and its writer thread.
final class SharedFlag<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
