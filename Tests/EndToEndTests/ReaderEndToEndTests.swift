import Foundation
import Testing
import TestSupport

/// The real `byline` binary in tmux at fixed sizes, asserting on what the screen shows.
/// Serialized: on a loaded 2-core machine, one session at a time keeps every wait short.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderEndToEndTests {
    static let title = "Blinken off to Mideast to push peace talks"
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }

    /// The last row of the screen: the status line.
    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).last { !$0.isEmpty } ?? ""
    }

    @Test func showsTheTitleAndFoldsBoilerplateToStubsThatFHides() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken)
        defer { tmux.close() }
        let first = try tmux.waitFor(text: Self.title)
        #expect(first.contains("▸ photo caption — Residents are cleaning the streets"))
        #expect(!first.contains("John Minchillo / AP"), "the caption is folded to a one-line stub")
        try tmux.send("G")
        let bottom = try tmux.waitFor(text: "Bot")
        #expect(bottom.contains("▸ promo — Download the NBC News App"))
        #expect(bottom.contains("▸ comments — Leave a Comment"))
        try tmux.send("f")
        let hidden = try tmux.waitFor(text: "boilerplate hidden")
        #expect(!hidden.contains("▸"), "f hides the stubs too")
        #expect(!hidden.contains("Download the NBC News App"))
        try tmux.send("g", "f")
        let shown = try tmux.waitFor(text: "▸ photo caption")
        #expect(shown.contains(Self.title))
    }

    @Test func enterUnfoldsTheBoilerplateInView() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: "▸ photo caption")
        try tmux.send("Enter")
        let unfolded = try tmux.waitFor(text: "John Minchillo / AP")
        #expect(unfolded.contains("▾ photo caption"))
        try tmux.send("z")
        try tmux.waitFor("the caption folded again") { !$0.contains("John Minchillo / AP") && $0.contains("▸ photo caption") }
    }

    @Test(arguments: [(100, 30), (60, 20)])
    func jumpingToTheThirdQuoteShowsItAndItsSpeaker(width: Int, height: Int) throws {
        let tmux = try TmuxSession(width: width, height: height, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try tmux.send("]")
        try tmux.waitFor(text: "quote 1/5")
        try tmux.send("]")
        try tmux.waitFor(text: "quote 2/5")
        try tmux.send("]")
        let screen = try tmux.waitFor(text: "quote 3/5")
        #expect(screen.contains("But now, as the president said"), "the quote's opening words are in view:\n\(screen)")
        #expect(Self.statusLine(screen).contains("quote 3/5 · Antony Blinken"))
        try tmux.send("[")
        try tmux.waitFor(text: "quote 2/5")
    }

    @Test func quotesCarryADifferentStyleFromBodyText() throws {
        try expectQuotesStandOut(environment: [:])
    }

    @Test func quotesStandOutUnderNoColorWithAttributesOnly() throws {
        let looks = try expectQuotesStandOut(environment: ["NO_COLOR": "1"])
        #expect(looks.quote.foreground == nil && looks.quote.background == nil, "no colour under NO_COLOR: \(looks.quote)")
    }

    @discardableResult
    func expectQuotesStandOut(environment: [String: String]) throws -> (quote: StyledScreen.Look, body: StyledScreen.Look) {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken, environment: environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "ensure coordinated international efforts")
        let screen = try tmux.captureStyled()
        let quote = try #require(screen.look(of: "ensure coordinated"))
        let body = try #require(screen.look(of: "In a statement, Biden said"))
        #expect(quote != body, "quote \(quote) vs body \(body)")
        return (quote, body)
    }

    @Test func searchHighlightsMatchesAndNMovesBetweenThem() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try tmux.send("/")
        try tmux.type("Gaza")
        try tmux.waitFor(text: "/Gaza")
        try tmux.send("Enter")
        let first = try tmux.waitFor("the first match") { Self.statusLine($0).contains("/Gaza 1/") }
        let total = Self.statusLine(first).components(separatedBy: "/Gaza 1/").last?.prefix { $0.isNumber } ?? ""
        #expect(Int(total) ?? 0 >= 5, "the article names Gaza at least five times")
        let styled = try tmux.captureStyled()
        let match = try #require(styled.look(of: "Gaza by laying"))
        let body = try #require(styled.look(of: "by laying"))
        #expect(match != body, "matches are highlighted")
        try tmux.send("n")
        try tmux.waitFor("the second match") { Self.statusLine($0).contains("/Gaza 2/\(total)") }
        try tmux.send("n")
        try tmux.waitFor("the third match") { Self.statusLine($0).contains("/Gaza 3/\(total)") }
        try tmux.send("N")
        try tmux.waitFor("back to the second match") { Self.statusLine($0).contains("/Gaza 2/\(total)") }
        try tmux.send("Escape")
        try tmux.waitFor("the search cleared") { !Self.statusLine($0).contains("/Gaza") }
    }

    @Test func questionMarkShowsHelpGeneratedFromTheKeymap() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        try tmux.send("?")
        let help = try tmux.waitFor("the whole help overlay") { $0.contains("Keys") && $0.contains("quit") }
        for entry in ["next quote", "previous quote", "hide/show all boilerplate", "quit"] {
            #expect(help.contains(entry))
        }
        try tmux.send("Escape")
        try tmux.waitFor("the help closed") { !$0.contains("next quote") }
    }

    @Test func resizeKeepsTheParagraphAtTheTop() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        let paragraphs = try Fixtures.article("blinken-mideast.txt").components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        func paragraph(atTopOf screen: String) -> Int? {
            let top = screen.split(separator: "\n", omittingEmptySubsequences: false).first.map {
                $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            } ?? ""
            guard top.count > 10 else { return nil }
            return paragraphs.firstIndex { $0.contains(top) }
        }
        // Scroll until a line of text (not a blank line or stub) is at the top, past the first screen.
        try tmux.send("]", "]", "]")
        var screen = try tmux.waitFor(text: "quote 3/5")
        var before = paragraph(atTopOf: screen)
        var presses = 0
        while before == nil && presses < 6 {
            let previous = screen
            try tmux.send("j")
            screen = try tmux.waitFor("the view to scroll") { $0 != previous }
            before = paragraph(atTopOf: screen)
            presses += 1
        }
        let place = try #require(before, "a paragraph at the top of:\n\(screen)")
        try tmux.resize(width: 60, height: 20)
        let resized = try tmux.waitFor("the 60-column layout") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 60 } && screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 21
                && Self.statusLine(screen).contains("quote 3/5")
                // tmux shows the old frame cut to the new size until the reader repaints; the
                // reader's own status line at 60 columns still ends in its help hint.
                && Self.statusLine(screen).trimmingCharacters(in: .whitespaces).hasSuffix("? help")
        }
        #expect(paragraph(atTopOf: resized) == place, "the same paragraph stays at the top:\n\(resized)")
        try tmux.resize(width: 20, height: 6)
        try tmux.waitFor(text: "too small")
        try tmux.resize(width: 100, height: 30)
        let back = try tmux.waitFor("the full layout again") { !$0.contains("too small") && Self.statusLine($0).contains("quote 3/5") }
        #expect(paragraph(atTopOf: back) == place, "the place survives a tiny terminal too:\n\(back)")
    }

    @Test func qExitsWithStatusZeroAndGivesTheShellBack() throws {
        let tmux = try TmuxSession(width: 60, height: 20, article: Self.blinken)
        defer { tmux.close() }
        try tmux.waitFor(text: "Blinken off to Mideast")
        try tmux.send("q")
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:0"))
        #expect(!after.contains("Blinken off to Mideast"), "the alternate screen is gone")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let script = #"exec 3<&0; "$0" "$1" <&3 & echo "PID:$!"; wait $!; echo "EXIT:$?"; exec sh"#
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-c", script, BinaryRunner.bylinePath, Self.blinken])
        defer { tmux.close() }
        try tmux.waitFor(text: Self.title)
        // The PID line was printed before the reader took the alternate screen; it is in history.
        let history = try tmux.tmux(["capture-pane", "-p", "-a", "-t", "0"])
        let pid = try #require(history.components(separatedBy: "PID:").last.flatMap { Int32($0.prefix { $0.isNumber }) })
        try #require(pid > 1, "a real process id, never a process group")
        #expect(kill(pid, SIGTERM) == 0)
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:143"))
        #expect(!after.contains(Self.title), "the alternate screen is gone")
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-i"], environment: ["BYLINE": BinaryRunner.bylinePath, "ARTICLE": Self.blinken])
        defer { tmux.close() }
        try tmux.waitFor(text: TmuxSession.prompt)
        try tmux.type(#""$BYLINE" "$ARTICLE""#)
        try tmux.send("Enter")
        try tmux.waitFor(text: Self.title)
        try tmux.send("C-z")
        try tmux.waitFor("the shell after suspending") { !$0.contains(Self.title) && $0.components(separatedBy: TmuxSession.prompt).count >= 3 }
        try tmux.type("fg")
        try tmux.send("Enter")
        try tmux.waitFor(text: Self.title)
        try tmux.send("q")
        try tmux.waitFor("the shell after quitting") { !$0.contains(Self.title) && $0.components(separatedBy: TmuxSession.prompt).count >= 4 }
    }

    @Test func dumbTerminalGetsPlainText() throws {
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken, environment: ["TERM": "dumb"])
        defer { tmux.close() }
        try tmux.waitFor(text: "EXIT:0")
        let output = try tmux.captureWithHistory()
        #expect(output.contains("cannot show the full-screen reader"))
        #expect(output.contains("Blinken off to Mideast to push peace talks after Israel-Gaza truce"))
        #expect(!output.contains("Leave a Comment"), "boilerplate is omitted from plain text")
    }
}
