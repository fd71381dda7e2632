import Foundation
import Testing
import TestSupport

/// Files and folders the user may not read or write, in `byline parse`, the reader and the
/// library. `byline` runs as `nobody` when the suite runs as root (see `Unprivileged`), where
/// `chmod 000` would deny nothing.
///
/// Unreadable input gets one clear line and status 1 (or, in the library, a row marked
/// unreadable and a message); state and cache folders that cannot be written give warnings,
/// never a failure; and articles are only ever read: a read-only article in a read-only folder
/// opens everywhere and is left exactly as it was.
@Suite(.serialized, .enabled(if: Unprivileged.isAvailable, Comment(rawValue: Unprivileged.unavailableReason)))
struct PermissionDeniedTests {
    /// A temporary folder the unprivileged user can read but not write, removed afterwards.
    typealias Folder = TemporaryFolder

    static var prefix: [String] { Unprivileged.commandPrefix ?? [] }
    static let article = "Harbour crane contract signed\n\n“The work starts in May,” said Ana Ruiz.\n"

    static func expectOneLineError(_ result: MeasuredRun.Result, containing fragment: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: - byline parse

    @Test func parseAnUnreadableFile() throws {
        let folder = try Folder(prefix: "byline-permission")
        let path = try folder.write("secret.txt", Self.article)
        Unprivileged.deny(path)
        Self.expectOneLineError(try MeasuredRun.byline(["parse", "--json", path], prefix: Self.prefix), containing: "\(path): permission denied")
    }

    @Test func parseAFileInAFolderOneMayNotSearch() throws {
        let folder = try Folder(prefix: "byline-permission")
        let path = try folder.write("locked/article.txt", Self.article)
        Unprivileged.deny(folder.path("locked"))
        // The file exists: "no such file" would send the user looking in the wrong place.
        Self.expectOneLineError(try MeasuredRun.byline(["parse", path], prefix: Self.prefix), containing: "\(path): permission denied")
    }

    // MARK: - The reader and the library

    @Test func readerOnAnUnreadableFileIsOneLineAndTheTerminalIsUntouched() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed")
        let folder = try Folder(prefix: "byline-permission")
        let path = try folder.write("secret.txt", Self.article)
        Unprivileged.deny(path)
        let tmux = try TmuxSession(width: 100, height: 24, command: ShellHandBack.command([path], prefix: Self.prefix))
        defer { tmux.close() }
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(after.contains("byline: \(path): permission denied"), "\(after)")
        #expect(ShellHandBack.exitStatus(in: after) == 1)
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    @Test func libraryOfAnUnreadableFolderIsOneLine() throws {
        let folder = try Folder(prefix: "byline-permission")
        try folder.write("locked/article.txt", Self.article)
        Unprivileged.deny(folder.path("locked"))
        // Not a terminal: the listing, which must fail the same way the full-screen list does.
        Self.expectOneLineError(try MeasuredRun.byline([folder.path("locked")], prefix: Self.prefix,
                                                       environment: try folder.lockedHome("home")),
                                containing: "permission denied")
    }

    @Test func libraryMarksAnUnreadableArticleAndSurvivesUnwritableStateAndCache() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed")
        let folder = try Folder(prefix: "byline-permission")
        let secret = try folder.write("news/secret.txt", Self.article)
        try folder.write("news/open.txt", "Orchard growers count the cost\n\nA late frost hit the valley.\n")
        Unprivileged.deny(secret)
        let tmux = try TmuxSession(width: 100, height: 16, command: ShellHandBack.command([folder.path("news")], prefix: Self.prefix),
                                   environment: try folder.lockedHome("home"))
        defer { tmux.close() }
        // The unreadable file is listed (by its file name), not fatal.
        // Indexed, with the cache's warning in the status line.
        let list = try tmux.waitFor("the indexed list") {
            $0.contains("unreadable") && $0.contains("Orchard growers") && $0.contains("cannot save the index cache")
        }
        let rows = list.split(separator: "\n", omittingEmptySubsequences: false)
        let secretRow = try #require(rows.firstIndex { $0.contains("secret.txt") })
        let openRow = try #require(rows.firstIndex { $0.contains("Orchard growers") })
        /// Selects the list row shown on screen row `row`: the first row, then down.
        func select(_ row: Int) throws {
            try tmux.send("g")
            for _ in 0..<(row - min(secretRow, openRow)) { try tmux.send("j") }
        }
        try select(secretRow)
        try tmux.send("Enter")
        try tmux.waitFor(text: "secret.txt: permission denied")
        try select(openRow)
        try tmux.send("Enter")
        try tmux.waitFor("the readable article") { $0.contains("A late frost hit the valley.") && $0.contains("? help") }
        try tmux.send("q")
        try tmux.waitFor(text: "2 of 2 articles")
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "warnings, not a failure:\n\(after)")
        #expect(after.contains("byline: cannot save the index cache"))
        #expect(after.contains("byline: cannot save the reading state"))
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    @Test func anUnreadableStateFileIsAWarning() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed")
        let folder = try Folder(prefix: "byline-permission")
        try folder.write("news/open.txt", "Orchard growers count the cost\n\nA late frost hit the valley.\n")
        let stateFile = try folder.write("state/byline/reading.json", #"{"version":1,"log":{"entries":{}}}"#)
        Unprivileged.deny(stateFile)
        // A cache folder anyone may write, so the only warning is the state file's.
        let cache = folder.path("cache")
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        chmod(cache, 0o777)
        let environment = ["XDG_STATE_HOME": folder.path("state"), "XDG_CACHE_HOME": cache]
        let tmux = try TmuxSession(width: 220, height: 16, command: ShellHandBack.command([folder.path("news")], prefix: Self.prefix),
                                   environment: environment)
        defer { tmux.close() }
        try tmux.waitFor("the list with the warning") { $0.contains("1 of 1 articles") && $0.contains("cannot read the reading state") }
        try tmux.send("q")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        #expect(after.contains("byline: \(stateFile): cannot read the reading state; starting afresh"))
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    // MARK: - Articles are only read

    @Test func aReadOnlyArticleOpensEverywhereAndIsLeftAsItWas() throws {
        let folder = try Folder(prefix: "byline-permission")
        let path = try folder.write("news/harbour.txt", Self.article)
        chmod(path, 0o444)
        chmod(folder.path("news"), 0o555)
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let environment = ["XDG_STATE_HOME": folder.path("xdg"), "XDG_CACHE_HOME": folder.path("xdg")]

        let parsed = try MeasuredRun.byline(["parse", "--json", path], prefix: Self.prefix)
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let listed = try MeasuredRun.byline([folder.path("news")], prefix: Self.prefix, environment: environment)
        #expect(listed.status == 0)
        #expect(listed.stdoutText.contains("Harbour crane contract signed"))
        if TmuxSession.isAvailable {
            let tmux = try TmuxSession(width: 100, height: 16, command: ShellHandBack.command([folder.path("news")], prefix: Self.prefix),
                                       environment: environment)
            defer { tmux.close() }
            try tmux.waitFor(text: "1 of 1 articles")
            try tmux.send("Enter")
            try tmux.waitFor("the article") { $0.contains("The work starts in May") && $0.contains("? help") }
            try tmux.send("G", "q", "q")
            let after = try ShellHandBack.waitForExit(tmux)
            #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        }

        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.article)
        let now = try FileManager.default.attributesOfItem(atPath: path)
        #expect(now[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("news")) == ["harbour.txt"],
                "nothing was written beside the article")
    }
}

extension TemporaryFolder {
    /// State and cache folders under `name`, which the unprivileged user cannot create.
    func lockedHome(_ name: String) throws -> [String: String] {
        let home = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if geteuid() != 0 { chmod(home.path, 0o555) }
        return ["XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
    }
}
