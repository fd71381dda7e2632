import Testing
@testable import ReaderUI

@Suite struct RenderTests {
    func frame(_ state: ReaderState) -> Frame { render(state, size: state.size) }

    @Test func theTitleAndDatelineAreSetApart() throws {
        let state = ArticleBuilder.sample.state(width: 60, height: 20)
        let frame = frame(state)
        let left = state.geometry.left
        #expect(frame.lines[0] == String(repeating: " ", count: left) + "Harbour bridge reopens after repairs")
        #expect(frame[0, left].role == .title)
        #expect(frame.lines[1].isEmpty)
        let dateline = try #require(frame.lines.firstIndex { $0.contains("PORTVILLE") })
        #expect(frame[dateline, left].role == .dateline)
        #expect(frame[dateline, left + "PORTVILLE – ".count].role == .body)
    }

    @Test func boilerplateShowsAsADimStub() throws {
        let state = ArticleBuilder.sample.state(width: 60, height: 30)
        let frame = frame(state)
        let row = try #require(frame.lines.firstIndex { $0.contains("▸ photo caption — Workers paint") })
        #expect(frame.lines[row].hasSuffix("…"), "a long caption is cut to one line")
        #expect(!frame.lines.joined().contains("Lee Park"))
        #expect(frame.roles(row).filter { $0 != .body }.allSatisfy { $0 == .boilerplateStub })
        #expect(frame.lines.contains { $0.contains("▸ promo — Sign up for our morning newsletter") })
    }

    @Test func unfoldedBoilerplateIsShownInFullAndDim() throws {
        var state = ArticleBuilder.sample.state(width: 60, height: 30)
        reduce(&state, .toggleFold)
        let frame = frame(state)
        let header = try #require(frame.lines.firstIndex { $0.contains("▾ photo caption") })
        let text = frame.lines[(header + 1)...].joined(separator: " ")
        #expect(text.contains("Lee Park / Harbour Daily"))
        #expect(frame[header + 1, state.geometry.left].role == .boilerplate)
    }

    @Test func filteringHidesStubs() {
        var state = ArticleBuilder.sample.state(width: 60, height: 30)
        reduce(&state, .toggleBoilerplateFilter)
        let frame = frame(state)
        #expect(!frame.lines.contains { $0.contains("▸") })
        #expect(frame.lines.last?.contains("boilerplate hidden") == true)
    }

    @Test func quotesHaveTheirOwnRoleAndTheCurrentQuoteIsMarked() throws {
        var state = ArticleBuilder.sample.state(width: 60, height: 30)
        var frame = frame(state)
        let row = try #require(frame.lines.firstIndex { $0.contains("“We kept our promise") })
        let left = state.geometry.left
        #expect(frame[row, left].role == .quote)
        let said = try #require(frame.lines.firstIndex { $0.contains("said Mayor Ana Ruiz") })
        let column = try #require(frame.line(said).range(of: "said Mayor")).lowerBound.utf16Offset(in: frame.line(said))
        #expect(frame[said, column].role == .body)

        reduce(&state, .nextQuote)
        frame = render(state, size: state.size)
        #expect(frame[row, left].role == .currentQuote)
        #expect(frame[row, left - 2].text == "▌")
        let status = try #require(frame.lines.last)
        #expect(status.contains("quote 1/3 · Ana Ruiz"))
        let speakerColumn = try #require(status.range(of: "Ana Ruiz")).lowerBound.utf16Offset(in: status)
        #expect(frame[frame.height - 1, speakerColumn].role == .speaker)
        #expect(frame.roles(frame.height - 1).contains(.statusBar))
    }

    @Test func statusLineShowsTitlePositionQuotesAndHelp() throws {
        let state = ArticleBuilder.sample.state(width: 100, height: 12)
        let status = try #require(frame(state).lines.last)
        #expect(status.hasPrefix(" Harbour bridge reopens after repairs"))
        for part in ["3 quotes", "boilerplate folded", "Top", "? help"] { #expect(status.contains(part), "\(part) in \(status)") }
    }

    @Test func aNarrowStatusLineDropsTheLeastImportantParts() throws {
        var state = ArticleBuilder.sample.state(width: 30, height: 12)
        reduce(&state, .nextQuote)
        let status = try #require(frame(state).lines.last)
        #expect(status.contains("quote 1/3 · Ana Ruiz"))
        #expect(DisplayWidth.of(status) <= 30)
    }

    @Test func searchMatchesAreHighlightedAndThePromptShows() throws {
        var state = ArticleBuilder.sample.state(width: 60, height: 30)
        reduce(&state, .beginSearch)
        for character in "cables" { reduce(&state, .searchInput(character)) }
        var frame = frame(state)
        #expect(frame.lines.last == "/cables")
        reduce(&state, .submitSearch)
        frame = render(state, size: state.size)
        let row = try #require(frame.lines.firstIndex { $0.contains("main cables") })
        let column = try #require(frame.line(row).range(of: "cables")).lowerBound.utf16Offset(in: frame.line(row))
        #expect(frame[row, column].role == .searchMatch)
        #expect(frame[row, column - 2].role == .body)
        #expect(frame.lines.last?.contains("/cables 1/2") == true)
    }

    @Test func helpOverlayListsTheKeymap() {
        var state = ArticleBuilder.sample.state(width: 80, height: 30)
        reduce(&state, .toggleHelp)
        let text = frame(state).lines.joined(separator: "\n")
        for binding in Keymap.standard.bindings { #expect(text.contains(binding.help), "\(binding.help)") }
    }

    @Test func helpOverlayFitsASmallScreen() {
        var state = ArticleBuilder.sample.state(width: 40, height: 10)
        reduce(&state, .toggleHelp)
        let frame = frame(state)
        #expect(frame.lines.contains { $0.contains("…") })
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test(arguments: [(20, 6), (1, 1), (0, 0), (29, 30), (100, 2)])
    func tinyTerminalsShowAMessage(_ width: Int, _ height: Int) {
        let state = ArticleBuilder.sample.state(width: width, height: height)
        let frame = frame(state)
        #expect(frame.width == width && frame.height == height)
        if width >= 20 && height >= 2 {
            #expect(frame.lines.joined(separator: " ").contains("too small"))
        }
    }

    @Test func wideCharactersTakeTwoCellsAndNeverCrossTheEdge() throws {
        var builder = ArticleBuilder(title: "東京")
        builder.paragraph(String(repeating: "東", count: 100))
        let state = builder.state(width: 35, height: 12)
        let frame = frame(state)
        let left = state.geometry.left
        #expect(frame[0, left].text == "東" && frame[0, left].width == 2)
        #expect(frame[0, left + 1].width == 0)
        for row in 0..<frame.height {
            #expect(DisplayWidth.of(frame.line(row)) == frame.width, "row \(row) keeps its width")
        }
    }

    @Test func renderingIsPure() {
        var state = ArticleBuilder.sample.state(width: 60, height: 15)
        reduce(&state, .nextQuote)
        #expect(render(state, size: state.size) == render(state, size: state.size))
        let other = render(state, size: TerminalSize(width: 40, height: 10))
        #expect(other.width == 40 && other.height == 10)
    }
}
