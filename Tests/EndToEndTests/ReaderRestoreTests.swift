import Foundation
import Testing
import TestSupport

/// The terminal always comes back: after a hang-up, a tiny window, no terminal on stdin, or the
/// article vanishing, the shell gets its modes (echo, canonical input) and its screen back.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderRestoreTests {
    static let title = "Blinken off to Mideast to push peace talks"
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }

    /// Runs the reader under `sh`, printing its pid first and, after it exits, its status and
    /// the terminal's echo and canonical-mode settings as `stty` reports them.
    static let script = #"""
        exec 3<&0; "$0" "$1" <&3 & echo "PID:$!"; wait $!; echo "EXIT:$?"; \
        stty -a | tr ' ;' '\n\n' | grep -x -e echo -e -echo -e icanon -e -icanon | sed 's/^/MODE:/'; exec sh
        """#

    static func pid(in tmux: TmuxSession) throws -> Int32 {
        let history = try tmux.tmux(["capture-pane", "-p", "-a", "-t", "0"])
        let pid = try #require(history.components(separatedBy: "PID:").last.flatMap { Int32($0.prefix { $0.isNumber }) })
        try #require(pid > 1, "a real process id, never a process group")
        return pid
    }

    static func expectModesRestored(_ screen: String, in tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.contains("MODE:echo"), "echo is back:\n\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("MODE:icanon"), "canonical mode is back:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("MODE:-echo") && !screen.contains("MODE:-icanon"), sourceLocation: sourceLocation)
        #expect(!screen.contains(title), "the alternate screen is gone", sourceLocation: sourceLocation)
        // Also the cursor, the alternate screen, mouse reporting and cursor-key modes, as tmux sees them.
        let problems = (try? ShellHandBack.problems(after: screen, in: tmux)) ?? ["tmux could not be asked"]
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }

    /// Presses q and checks the reader exited with 0 and gave the shell its modes back.
    static func quitAndExpectRestored(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.send("q")
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:0"), sourceLocation: sourceLocation)
        expectModesRestored(after, in: tmux, sourceLocation: sourceLocation)
    }

    @Test(arguments: [(SIGHUP, 129), (SIGINT, 130), (SIGTERM, 143)])
    func aSignalRestoresTheTerminal(signal: Int32, status: Int) throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-c", Self.script, BinaryRunner.bylinePath, Self.blinken])
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        #expect(kill(try Self.pid(in: tmux), signal) == 0)
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:\(status)"))
        Self.expectModesRestored(after, in: tmux)
    }

    @Test func aOneByOneWindowAndBackKeepsWorking() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-c", Self.script, BinaryRunner.bylinePath, Self.blinken])
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try tmux.resize(width: 1, height: 1)
        try tmux.resize(width: 2, height: 2)
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(text: Self.title)
        try Self.quitAndExpectRestored(tmux)
    }

    @Test func noTerminalOnStdinPrintsPlainText() throws {
        let script = #""$0" "$1" < /dev/null; echo "EXIT:$?"; exec sh"#
        let tmux = try TmuxSession(width: 100, height: 30, command: ["sh", "-c", script, BinaryRunner.bylinePath, Self.blinken])
        defer { tmux.close() }
        try tmux.waitFor(text: "EXIT:0")
        let output = try tmux.captureWithHistory()
        #expect(output.contains("Blinken off to Mideast to push peace talks after Israel-Gaza truce"))
        #expect(!output.contains("Leave a Comment"), "plain output omits boilerplate")
    }

    @Test func theArticleVanishingWhileOpenIsHarmless() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-vanish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("article.txt")
        try FileManager.default.copyItem(atPath: Self.blinken, toPath: copy.path)
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-c", Self.script, BinaryRunner.bylinePath, copy.path])
        defer { tmux.close(); try? FileManager.default.removeItem(at: folder) }
        try tmux.waitFor(text: Self.title)
        try FileManager.default.removeItem(at: copy)
        try tmux.send("G")
        try tmux.waitFor(text: "Bot")
        try tmux.send("g")
        try tmux.waitFor(text: Self.title)
        try Self.quitAndExpectRestored(tmux)
    }

    @Test func aMissingFileIsOneLineAndStatusOne() throws {
        let script = #""$0" "$1"; echo "EXIT:$?"; exec sh"#
        let tmux = try TmuxSession(width: 100, height: 24, command: ["sh", "-c", script, BinaryRunner.bylinePath, "/nonexistent/article.txt"])
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(screen.contains("byline: /nonexistent/article.txt: no such file"))
        #expect(screen.contains("EXIT:1"))
    }

    @Test func anUnknownTerminalTypeGetsPlainText() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken, environment: ["TERM": "no-such-terminal-type"])
        defer { tmux.close() }
        try tmux.waitFor(text: "EXIT:0")
        let output = try tmux.captureWithHistory()
        #expect(output.contains("Blinken off to Mideast to push peace talks after Israel-Gaza truce"))
    }
}
