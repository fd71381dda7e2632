import Foundation
import Testing
import TestSupport

/// The people sidebar in the real `byline` binary, driven in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the sidebar's end-to-end tests are skipped"))
struct SidebarEndToEndTests {
    static let title = "Blinken off to Mideast to push peace talks"
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }
    /// Where the docked sidebar starts at 120 columns (it is 30 wide, its border included).
    static let sidebarColumn = 90
    /// The rows above the status line at 35 rows.
    static let bodyRows = 34

    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func statusLine(_ screen: String) -> String { lines(screen).last { !$0.isEmpty } ?? "" }

    /// The sidebar's text, line by line (the columns right of its border).
    static func sidebar(_ screen: String) -> [String] {
        lines(screen).prefix(bodyRows).map { String($0.dropFirst(sidebarColumn)) }
    }

    /// The article's text, line by line (the columns left of the sidebar).
    static func article(_ screen: String) -> [String] {
        lines(screen).prefix(bodyRows).map { String($0.prefix(sidebarColumn)) }
    }

    /// "N mentions · M quotes" for `name`, as the parser counts them, so the test follows the parser.
    static func counts(of name: String) throws -> String {
        let result = try BinaryRunner.run(["parse", "--json", blinken])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let people = try #require(json["people"] as? [[String: Any]])
        let person = try #require(people.first { $0["name"] as? String == name })
        let mentions = (person["mentions"] as? [Any])?.count ?? 0, quotes = person["quotes"] as? Int ?? 0
        return "\(mentions) mention\(mentions == 1 ? "" : "s") · \(quotes) quote\(quotes == 1 ? "" : "s")"
    }

    @Test func listsThePeopleWithTheirCountsAndTheCreditApart() throws {
        let tmux = try TmuxSession(width: 120, height: 35, article: Self.blinken)
        defer { tmux.close() }
        // Wait for the whole first frame: the title and the sidebar's last entry.
        let screen = try tmux.waitFor("the title and the sidebar") { $0.contains(Self.title) && $0.contains("John Minchillo") }
        let sidebar = Self.sidebar(screen)
        let blinken = try #require(sidebar.firstIndex { $0.contains("Antony Blinken") }, "\(screen)")
        let biden = try #require(sidebar.firstIndex { $0.contains("Joe Biden") })
        let apart = try #require(sidebar.firstIndex { $0.contains("Only in boilerplate") })
        let minchillo = try #require(sidebar.firstIndex { $0.contains("John Minchillo") })
        #expect(blinken < biden && biden < apart && apart < minchillo, "\(sidebar)")
        let blinkenCounts = try Self.counts(of: "Antony Blinken"), bidenCounts = try Self.counts(of: "Joe Biden")
        #expect(sidebar[blinken...].prefix(3).contains { $0.contains(blinkenCounts) }, "\(blinkenCounts) in \(sidebar)")
        #expect(sidebar[biden...].prefix(3).contains { $0.contains(bidenCounts) }, "\(bidenCounts) in \(sidebar)")
        #expect(sidebar.allSatisfy { $0.first == "│" }, "the sidebar's border runs down the screen at column \(Self.sidebarColumn)")
        #expect(Self.article(screen).contains { $0.contains(Self.title) }, "the text re-wraps to the columns left")
    }

    @Test func selectingBidenAndPressingBraceBringsHisMentionIntoView() throws {
        let tmux = try TmuxSession(width: 120, height: 35, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try tmux.send("G")
        try tmux.waitFor("the end of the article") { Self.statusLine($0).contains("Bot") }
        try tmux.send("Tab")
        try tmux.waitFor("the first person selected") { Self.statusLine($0).contains("Antony Blinken ·") }
        try tmux.send("j")
        let selected = try tmux.waitFor("Joe Biden selected") { Self.statusLine($0).contains("Joe Biden ·") }
        #expect(!Self.statusLine(selected).contains("mention 1/"), "no mention is current before }")
        try tmux.send("}")
        let jumped = try tmux.waitFor("a mention of Biden") { Self.statusLine($0).contains("Joe Biden · mention ") }
        let status = Self.statusLine(jumped)
        #expect(status.range(of: #"mention \d+/\d+"#, options: .regularExpression) != nil, "\(status)")
        #expect(Self.article(jumped).contains { $0.contains("Biden") }, "a mention of Biden is in view:\n\(jumped)")
        // The default theme underlines mentions; look at Biden's name in the article's columns.
        let styled = try tmux.captureStyled()
        let looks = styled.rows.prefix(Self.bodyRows).flatMap { row -> [StyledScreen.Look] in
            let cells = Array(row.prefix(Self.sidebarColumn))
            let text = cells.map(\.character)
            return cells.indices.filter { text[$0...].starts(with: "Biden") }.map { cells[$0].look }
        }
        #expect(!looks.isEmpty)
        #expect(looks.contains { $0.attributes.contains(4) }, "Biden's mentions in view are marked: \(looks)")
        try tmux.send("}")
        try tmux.waitFor("the next mention") { Self.statusLine($0) != status && Self.statusLine($0).contains("Joe Biden · mention ") }
    }

    @Test func hidingBoilerplateRemovesTheCreditFromTheList() throws {
        let tmux = try TmuxSession(width: 120, height: 35, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: "John Minchillo")
        try tmux.send("f")
        let hidden = try tmux.waitFor(text: "boilerplate hidden")
        #expect(!hidden.contains("John Minchillo"), "\(hidden)")
        #expect(Self.sidebar(hidden).contains { $0.contains("Joe Biden") })
        try tmux.send("f")
        try tmux.waitFor(text: "John Minchillo")
    }

    @Test func aNarrowTerminalHidesTheSidebarUntilP() throws {
        let tmux = try TmuxSession(width: 70, height: 25, article: Self.blinken)
        defer { tmux.close() }
        let first = try tmux.waitFor(text: "WASHINGTON")
        #expect(!first.contains("mentions ·"), "the sidebar is hidden at 70 columns:\n\(first)")
        try tmux.send("p")
        let shown = try tmux.waitFor(text: "mentions ·")
        #expect(shown.contains("Antony Blinken"))
        #expect(shown.contains("People"))
        try tmux.send("p")
        try tmux.waitFor("the sidebar hidden again") { !$0.contains("mentions ·") }
    }
}
