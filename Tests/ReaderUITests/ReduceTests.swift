import Testing
@testable import ReaderUI

@Suite struct ReduceTests {
    /// A small screen so the sample article needs scrolling: 60×12 gives 11 body rows.
    func sample(width: Int = 60, height: Int = 12) -> ReaderState { ArticleBuilder.sample.state(width: width, height: height) }

    @Test func scrollLinesMovesAndClamps() {
        var state = sample()
        reduce(&state, .scrollLines(1))
        #expect(state.topLine == 1)
        reduce(&state, .scrollLines(-5))
        #expect(state.topLine == 0)
        reduce(&state, .scrollLines(10_000))
        #expect(state.topLine == state.maximumTopLine)
        #expect(state.maximumTopLine == state.layout.count - state.geometry.bodyHeight)
    }

    @Test func scrollPagesKeepsOneLineOfOverlap() {
        var state = sample()
        reduce(&state, .scrollPages(1))
        #expect(state.topLine == min(state.maximumTopLine, state.geometry.bodyHeight - 1))
        reduce(&state, .scrollPages(-1))
        #expect(state.topLine == 0)
    }

    @Test func scrollHalfPages() {
        var state = sample()
        reduce(&state, .scrollHalfPages(1))
        #expect(state.topLine == state.geometry.bodyHeight / 2)
        reduce(&state, .scrollHalfPages(-1))
        #expect(state.topLine == 0)
    }

    @Test func topAndBottom() {
        var state = sample()
        reduce(&state, .bottom)
        #expect(state.topLine == state.maximumTopLine && state.topLine > 0)
        reduce(&state, .top)
        #expect(state.topLine == 0)
    }

    @Test func nextQuoteStartsAtTheFirstQuoteInViewAndWalksForward() {
        var state = sample()
        reduce(&state, .nextQuote)
        #expect(state.currentQuote == 0)
        reduce(&state, .nextQuote)
        #expect(state.currentQuote == 1)
        #expect(state.visibleLines.contains(state.line(ofQuote: 1) ?? -1))
        reduce(&state, .nextQuote)
        #expect(state.currentQuote == 2)
        let top = state.topLine
        reduce(&state, .nextQuote)
        #expect(state.currentQuote == 2)
        #expect(state.message == "no more quotes")
        #expect(state.topLine == top)
    }

    @Test func jumpingScrollsTheQuoteIntoViewWithContextAbove() throws {
        var state = sample(height: 8)
        reduce(&state, .nextQuote)
        reduce(&state, .nextQuote)
        reduce(&state, .nextQuote)
        let line = try #require(state.line(ofQuote: 2))
        #expect(state.visibleLines.contains(line))
        #expect(line - state.topLine >= min(state.jumpContext, line), "context lines above the quote")
    }

    @Test func previousQuoteWalksBack() {
        var state = sample()
        reduce(&state, .bottom)
        reduce(&state, .previousQuote)
        let first = state.currentQuote
        #expect(first != nil)
        reduce(&state, .nextQuote)
        reduce(&state, .nextQuote)
        reduce(&state, .previousQuote)
        #expect(state.currentQuote == 1)
        reduce(&state, .previousQuote)
        #expect(state.currentQuote == 0)
        reduce(&state, .previousQuote)
        #expect(state.currentQuote == 0)
        #expect(state.message == "no earlier quotes")
    }

    @Test func quoteJumpsReportAnArticleWithoutQuotes() {
        var builder = ArticleBuilder(title: "No quotes")
        builder.paragraph("Just text.")
        var state = builder.state()
        reduce(&state, .nextQuote)
        #expect(state.currentQuote == nil)
        #expect(state.message == "no quotes in this article")
    }

    @Test func toggleFoldUnfoldsTheFirstBoilerplateInView() {
        var state = sample(height: 30)
        reduce(&state, .toggleFold)
        #expect(state.folds.expanded == [3])
        #expect(state.layout.lines.contains { $0.block == 3 && $0.kind == .foldHeader })
        reduce(&state, .toggleFold)
        #expect(state.folds.expanded.isEmpty)
    }

    @Test func toggleFoldWithNoBoilerplateInViewSaysSo() {
        var state = sample(height: 7)
        reduce(&state, .toggleFold)
        #expect(state.folds.expanded.isEmpty)
        #expect(state.message == "no boilerplate in view")
    }

    @Test func toggleAllFoldsUnfoldsAllThenFoldsAll() {
        var state = sample()
        reduce(&state, .toggleAllFolds)
        #expect(state.folds.expanded == [3, 5])
        reduce(&state, .toggleAllFolds)
        #expect(state.folds.expanded.isEmpty)
    }

    @Test func filterHidesAllBoilerplateAndKeepsThePlace() {
        var state = sample()
        reduce(&state, .scrollLines(4))
        let anchor = state.anchor
        reduce(&state, .toggleBoilerplateFilter)
        #expect(state.folds.hidesBoilerplate)
        #expect(!state.layout.lines.contains { [3, 5].contains($0.block) })
        #expect(state.message == "boilerplate hidden (f shows it)")
        reduce(&state, .toggleBoilerplateFilter)
        #expect(!state.folds.hidesBoilerplate)
        #expect(state.anchor == anchor)
    }

    @Test func searchPromptCollectsTypingAndSubmitFindsMatches() throws {
        var state = sample()
        reduce(&state, .beginSearch)
        #expect(state.search.prompt == "")
        for character in "BRIDGEx" { reduce(&state, .searchInput(character)) }
        reduce(&state, .searchBackspace)
        #expect(state.search.prompt == "BRIDGE")
        reduce(&state, .submitSearch)
        #expect(state.search.prompt == nil)
        #expect(state.search.query == "BRIDGE")
        // "bridge" appears in the title, paragraph 1 (twice with "bridge"), paragraph 6, and the caption.
        let texts = state.search.matches.map { state.article.blocks[$0.block].text($0.range) }
        #expect(texts.allSatisfy { $0.lowercased() == "bridge" })
        #expect(state.search.matches.count == 5)
        #expect(state.search.current == 0)
    }

    @Test func backspaceOnAnEmptyPromptClosesIt() {
        var state = sample()
        reduce(&state, .beginSearch)
        reduce(&state, .searchBackspace)
        #expect(state.search.prompt == nil)
    }

    @Test func cancelSearchKeepsThePreviousQuery() {
        var state = sample()
        reduce(&state, .beginSearch)
        for character in "cables" { reduce(&state, .searchInput(character)) }
        reduce(&state, .submitSearch)
        reduce(&state, .beginSearch)
        reduce(&state, .searchInput("z"))
        reduce(&state, .cancelSearch)
        #expect(state.search.prompt == nil)
        #expect(state.search.query == "cables")
        #expect(state.search.matches.count == 2)
    }

    @Test func aMissingPatternIsReported() {
        var state = sample()
        reduce(&state, .beginSearch)
        for character in "zebra" { reduce(&state, .searchInput(character)) }
        reduce(&state, .submitSearch)
        #expect(state.search.matches.isEmpty)
        #expect(state.message == "not found: zebra")
        reduce(&state, .nextMatch)
        #expect(state.message == "not found: zebra")
    }

    @Test func nextAndPreviousMatchWrapAround() {
        var state = sample()
        reduce(&state, .beginSearch)
        for character in "cables" { reduce(&state, .searchInput(character)) }
        reduce(&state, .submitSearch)
        #expect(state.search.current == 0)
        reduce(&state, .nextMatch)
        #expect(state.search.current == 1)
        reduce(&state, .nextMatch)
        #expect(state.search.current == 0)
        #expect(state.message == "search wrapped to the top")
        reduce(&state, .previousMatch)
        #expect(state.search.current == 1)
        #expect(state.message == "search wrapped to the bottom")
    }

    @Test func aMatchInFoldedBoilerplateUnfoldsIt() {
        var state = sample()
        reduce(&state, .beginSearch)
        for character in "newsletter" { reduce(&state, .searchInput(character)) }
        reduce(&state, .submitSearch)
        #expect(state.search.current == 0)
        #expect(state.folds.expanded.contains(5))
    }

    @Test func clearForgetsTheSearchAndClosesHelp() {
        var state = sample()
        reduce(&state, .beginSearch)
        reduce(&state, .searchInput("a"))
        reduce(&state, .submitSearch)
        reduce(&state, .toggleHelp)
        reduce(&state, .clear)
        #expect(state.search == SearchState())
        #expect(!state.helpVisible)
    }

    @Test func toggleHelpAndQuit() {
        var state = sample()
        reduce(&state, .toggleHelp)
        #expect(state.helpVisible)
        reduce(&state, .toggleHelp)
        #expect(!state.helpVisible)
        #expect(!state.isFinished)
        reduce(&state, .quit)
        #expect(state.isFinished)
    }

    @Test func resizeKeepsTheParagraphAtTheTop() {
        var state = sample(width: 100, height: 20)
        reduce(&state, .scrollLines(5))
        let top = state.layout.lines[state.topLine]
        reduce(&state, .resize(TerminalSize(width: 40, height: 10)))
        #expect(state.layout.width == 36)
        let after = state.layout.lines[state.topLine]
        #expect(after.block == top.block)
        if top.kind == .text { #expect(after.range.contains(top.range.lowerBound)) }
    }

    @Test func messagesLastOneAction() {
        var state = sample()
        reduce(&state, .toggleAllFolds)
        #expect(state.message != nil)
        reduce(&state, .scrollLines(1))
        #expect(state.message == nil)
    }
}
