import Foundation
import Testing
import TestSupport

/// A fault in the middle of a draw (a Swift runtime trap, injected with
/// `BYLINE_FAULT_INJECTION=trap-mid-draw`; see Sources/ReaderUI/Terminal/FaultInjection.swift)
/// still gives the shell its terminal back: echo and canonical input, the main screen, a visible
/// cursor, no mouse reporting. The program still dies of its signal.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderCrashRestoreTests {
    static let blinken = Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path

    /// The reader on one article, and the library on the bundled folder.
    static let targets: [[String]] = [[blinken], [Fixtures.articlesFolder.path]]

    @Test(arguments: targets)
    func aTrapMidDrawGivesTheTerminalBack(_ arguments: [String]) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(width: 80, height: 24, command: ShellHandBack.command(arguments), environment: [
            "BYLINE_FAULT_INJECTION": "trap-mid-draw",
            // No crash report: Swift's backtracer would wait for a key on a terminal.
            "SWIFT_BACKTRACE": "enable=no",
            "XDG_STATE_HOME": home.path, "XDG_CACHE_HOME": home.path,
        ])
        defer { tmux.close() }
        let after = try ShellHandBack.waitForExit(tmux)
        let status = try #require(ShellHandBack.exitStatus(in: after))
        #expect([128 + SIGILL, 128 + SIGTRAP].contains(Int32(status)), "died of the trap:\n\(after)")
        let problems = try ShellHandBack.problems(after: after, in: tmux)
        #expect(problems.isEmpty, "\(problems):\n\(after)")
        // The shell echoes what is typed and runs it on Enter.
        try tmux.type("echo typed-after-crash")
        try tmux.waitFor(text: "\(TmuxSession.prompt) echo typed-after-crash")
        try tmux.send("Enter")
        try tmux.waitFor(text: "\ntyped-after-crash")
    }

    @Test func withoutTheFaultTheSameRunQuitsNormally() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: ShellHandBack.command([Self.blinken]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Blinken off to Mideast")
        // Past the second paint, where the injected fault would have struck.
        try tmux.send("j", "k")
        try tmux.waitFor(text: "Blinken off to Mideast")
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0)
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }
}
