import Foundation
import Testing
import TestSupport

/// The reader and the library, in an interactive shell in tmux, squeezed to 1×1 and back, then
/// left by q or by Ctrl-C typed at the keyboard, or the library ended by a signal: the shell gets
/// everything back — echo and canonical input, the main screen, a visible cursor, no mouse
/// reporting, normal cursor keys. (The reader's signals: ReaderRestoreTests.)
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct TerminalHandBackTests {
    struct Case: Sendable, CustomStringConvertible {
        var view: String
        var key: String
        var status: Int
        var description: String { "\(view), \(key)" }
    }

    static let cases = [
        Case(view: "reader", key: "q", status: 0), Case(view: "reader", key: "C-c", status: 130),
        Case(view: "library", key: "q", status: 0), Case(view: "library", key: "C-c", status: 130),
    ]

    @Test(arguments: cases)
    func aTinyWindowThenQuittingGivesEverythingBack(_ input: Case) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-handback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let reader = input.view == "reader"
        let target = reader ? Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path : Fixtures.articlesFolder.path
        let shell = try ShellHandBack.InteractiveShell(width: 90, height: 24, arguments: [target],
                                                       environment: ["XDG_STATE_HOME": home.path, "XDG_CACHE_HOME": home.path])
        defer { shell.close() }
        let tmux = shell.tmux
        let shown = { (screen: String) in
            reader ? screen.contains("Blinken off to Mideast") && screen.contains("? help") : screen.contains("articles indexed")
        }
        try tmux.waitFor("the \(input.view)", shown)
        try tmux.resize(width: 1, height: 1)
        try tmux.resize(width: 2, height: 2)
        try tmux.resize(width: 90, height: 24)
        try tmux.waitFor("the \(input.view) at full size again", shown)
        try tmux.send(input.key)
        let after = try shell.report()
        #expect(ShellHandBack.exitStatus(in: after) == input.status, "\(after)")
        let problems = try ShellHandBack.problems(after: after, in: tmux)
        #expect(problems.isEmpty, "\(problems):\n\(after)")
    }

    @Test(arguments: [(SIGHUP, 129), (SIGINT, 130), (SIGTERM, 143)])
    func aSignalToTheLibraryGivesEverythingBack(signal: Int32, status: Int) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-handback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(width: 90, height: 24,
                                   command: ["sh", "-c", ReaderRestoreTests.script, BinaryRunner.bylinePath, Fixtures.articlesFolder.path],
                                   environment: ["XDG_STATE_HOME": home.path, "XDG_CACHE_HOME": home.path])
        defer { tmux.close() }
        try tmux.waitFor(text: "articles indexed")
        #expect(kill(try ReaderRestoreTests.pid(in: tmux), signal) == 0)
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:\(status)"), "\(after)")
        let problems = try ShellHandBack.problems(after: after, in: tmux)
        #expect(problems.isEmpty, "\(problems):\n\(after)")
    }

    @Test(arguments: ["dumb", "no-such-terminal-type"])
    func theLibraryOnATerminalThatCannotShowItPrintsTheList(_ term: String) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-handback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(width: 200, height: 30, command: ShellHandBack.command([Fixtures.articlesFolder.path]),
                                   environment: ["TERM": term, "XDG_STATE_HOME": home.path, "XDG_CACHE_HOME": home.path])
        defer { tmux.close() }
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        #expect(after.contains("cannot show the full-screen reader; printing the list instead"), "\(after)")
        #expect(after.contains(Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path + "\t")
                || after.contains(Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path + " "), "the listing")
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }
}
