import Foundation
import Testing
import TestSupport

/// The library list in the real `byline` binary in tmux: listing, opening, next article,
/// positions remembered across runs, filtering. Each test has its own state and cache folders.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the library's end-to-end tests are skipped"))
struct LibraryEndToEndTests {
    /// The sample articles, by file name, with their first line (the headline).
    static let samples: [(name: String, headline: String)] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.articlesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            let text = (try? Fixtures.article(name)) ?? ""
            return (name, String(text.split(separator: "\n").first ?? ""))
        }
    }()

    /// A run's private XDG folders, removed afterwards.
    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-library-e2e-\(UUID().uuidString)")
        var environment: [String: String] {
            ["XDG_STATE_HOME": url.appendingPathComponent("state").path,
             "XDG_CACHE_HOME": url.appendingPathComponent("cache").path]
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Starts `byline` on the bundled Articles folder (or `arguments`) at 120×30.
    static func start(_ home: Home, arguments: [String]? = nil) throws -> TmuxSession {
        let script = #""$0" "$@"; echo "EXIT:$?"; exec sh"#
        return try TmuxSession(width: 120, height: 30,
                               command: ["sh", "-c", script, BinaryRunner.bylinePath] + (arguments ?? [Fixtures.articlesFolder.path]),
                               environment: home.environment)
    }

    static func waitForList(_ tmux: TmuxSession, count: Int = samples.count) throws -> String {
        try tmux.waitFor("the indexed list") { $0.contains("\(count) of \(count) articles") && $0.contains("\(count) articles indexed") }
    }

    /// The last non-empty row: the status line.
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").map(String.init).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    @Test func listsEverySampleArticle() throws {
        #expect(Self.samples.count >= 2)
        let home = Home()
        let tmux = try Self.start(home)
        defer { tmux.close() }
        let screen = try Self.waitForList(tmux)
        for sample in Self.samples {
            #expect(screen.contains(String(sample.headline.prefix(40))), "\(sample.name) is listed")
        }
        try tmux.send("q")
        #expect(try tmux.waitFor(text: TmuxSession.prompt).contains("EXIT:0"))
    }

    @Test func enterOpensTheFirstArticleAndQReturnsToTheList() throws {
        let home = Home()
        let tmux = try Self.start(home)
        defer { tmux.close() }
        let list = try Self.waitForList(tmux)
        // The first row under the column headings is the first article in title order.
        let rows = list.split(separator: "\n").map(String.init)
        let first = try #require(Self.samples.first { rows.count > 2 && rows[2].contains(String($0.headline.prefix(30))) })
        try tmux.send("Enter")
        let reader = try tmux.waitFor("the reader") { Self.statusLine($0).contains("? help") }
        #expect(reader.contains(first.headline))
        #expect(!reader.contains("articles indexed"))
        try tmux.send("q")
        let back = try Self.waitForList(tmux)
        #expect(back.split(separator: "\n").map(String.init)[2].hasPrefix("✓ "), "the opened article is marked read")
        // The selection stayed on it: Enter opens the same article again.
        try tmux.send("Enter")
        let again = try tmux.waitFor("the reader again") { Self.statusLine($0).contains("? help") }
        #expect(again.contains(first.headline))
    }

    @Test func capitalJOpensTheNextArticle() throws {
        let home = Home()
        let tmux = try Self.start(home)
        defer { tmux.close() }
        let list = try Self.waitForList(tmux)
        let rows = list.split(separator: "\n").map(String.init)
        let second = try #require(Self.samples.first { rows.count > 3 && rows[3].contains(String($0.headline.prefix(30))) })
        try tmux.send("Enter")
        try tmux.waitFor("the reader") { Self.statusLine($0).contains("? help") }
        try tmux.send("J")
        let next = try tmux.waitFor("the next article") { $0.contains(second.headline) && Self.statusLine($0).contains("? help") }
        #expect(Self.statusLine(next).contains(String(second.headline.prefix(20))))
        try tmux.send("K", "J", "h")
        let back = try Self.waitForList(tmux)
        #expect(back.split(separator: "\n").map(String.init)[3].hasPrefix("✓ "))
    }

    @Test func reopeningAnArticleInANewRunRestoresItsPosition() throws {
        let home = Home()
        let first = try Self.start(home)
        defer { first.close() }
        try Self.waitForList(first)
        try first.send("Enter")
        try first.waitFor("the reader at the top") { Self.statusLine($0).contains("Top") }
        try first.send("Space")
        let scrolled = try first.waitFor("the reader scrolled") { !Self.statusLine($0).contains("Top") && Self.statusLine($0).contains("? help") }
        try first.send("q", "q")
        #expect(try first.waitFor(text: TmuxSession.prompt).contains("EXIT:0"))
        first.close()

        let second = try Self.start(home)
        defer { second.close() }
        let list = try Self.waitForList(second)
        #expect(list.split(separator: "\n").map(String.init)[2].hasPrefix("✓ "), "read in the first run")
        try second.send("Enter")
        let reopened = try second.waitFor("the reader") { Self.statusLine($0).contains("? help") }
        #expect(reopened == scrolled, "the same place as when it was left")
    }

    @Test func filteringByBlinkenLeavesTheSeedArticle() throws {
        let seed = try #require(Self.samples.first { $0.name == "blinken-mideast.txt" })
        let home = Home()
        let tmux = try Self.start(home)
        defer { tmux.close() }
        try Self.waitForList(tmux)
        try tmux.send("/")
        try tmux.type("Blinken")
        let typing = try tmux.waitFor("the prompt showing /Blinken") { Self.statusLine($0).hasPrefix("/Blinken") }
        #expect(typing.contains("1 of \(Self.samples.count) articles"), "the list filters while one types")
        try tmux.send("Enter")
        let filtered = try tmux.waitFor(text: "matching “Blinken”")
        #expect(filtered.contains(String(seed.headline.prefix(40))))
        for other in Self.samples where other.name != seed.name {
            #expect(!filtered.contains(String(other.headline.prefix(30))), "\(other.name) is filtered out")
        }
        try tmux.send("Enter")
        try tmux.waitFor("the seed article open") { $0.contains(seed.headline) && Self.statusLine($0).contains("? help") }
        try tmux.send("q", "Escape")
        try Self.waitForList(tmux)
    }

    @Test func severalFilesOpenAsAListAndPShowsThePeopleIndex() throws {
        let home = Home()
        let files = Self.samples.prefix(2).map { Fixtures.articlesFolder.appendingPathComponent($0.name).path }
        let tmux = try Self.start(home, arguments: files)
        defer { tmux.close() }
        let list = try Self.waitForList(tmux, count: 2)
        #expect(list.contains("2 files"))
        try tmux.send("P")
        try tmux.waitFor(text: "People across 2 files")
        try tmux.send("Escape")
        try Self.waitForList(tmux, count: 2)
    }

    @Test func withoutAPathTheBundledFolderOpens() throws {
        let home = Home()
        var environment = home.environment
        environment["BYLINE_ARTICLES"] = Fixtures.articlesFolder.path
        let script = #""$0"; echo "EXIT:$?"; exec sh"#
        let tmux = try TmuxSession(width: 120, height: 30, command: ["sh", "-c", script, BinaryRunner.bylinePath],
                                   environment: environment)
        defer { tmux.close() }
        try Self.waitForList(tmux)
    }
}

/// The library when output is not a terminal: a tab-separated listing.
@Suite struct LibraryListingEndToEndTests {
    @Test func aFolderPrintsOneLinePerArticle() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try BinaryRunner.run([Fixtures.articlesFolder.path],
                                          environment: ["XDG_CACHE_HOME": home.path, "XDG_STATE_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.articlesFolder.path).filter { $0.hasSuffix(".txt") }
        #expect(lines.count == names.count)
        for name in names {
            #expect(lines.contains { $0.hasPrefix(Fixtures.articlesFolder.appendingPathComponent(name).path + "\t") })
        }
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
        let missing = try BinaryRunner.run(["/no/such/folder/", "/another/missing/file.txt"])
        #expect(missing.status == 0, "missing files are rows with a problem, not a failure")
        #expect(missing.stdoutText.contains("no such file"))
    }
}
