import ArticleParser
import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// `t` in the reader, the starting theme, and the `byline themes` preview line.
@Suite struct ThemeSwitchingTests {
    private func state(themes: [String], current: String?) -> ReaderState {
        let article = PreparedArticle(Analyzer.parse("A title\n\nSome text, “a quote,” she said.\n"))
        var state = ReaderState(article: article, name: "t.txt", size: TerminalSize(width: 80, height: 24))
        state.themes = ThemeCycle(names: themes, current: current)
        return state
    }

    @Test func tIsBoundToCyclingThemes() {
        #expect(Keymap.standard.action(for: .character("t")) == .cycleTheme)
        #expect(Keymap.standard.helpEntries.contains { $0.keys == "t" && $0.help == "next colour theme" })
    }

    @Test func cyclingStepsThroughTheThemesAndSaysWhichIsShowing() {
        var state = state(themes: ["default", "light", "mono"], current: "light")
        reduce(&state, .cycleTheme)
        #expect(state.themes.current == "mono")
        #expect(state.message == "theme: mono")
        reduce(&state, .cycleTheme)
        #expect(state.themes.current == "default", "wraps round")
        reduce(&state, .scrollLines(1))
        #expect(state.message == nil, "the message goes with the next action")
        #expect(state.themes.current == "default")
    }

    @Test func whileSearchingTIsTyped() {
        var state = state(themes: ["default", "light"], current: "default")
        reduce(&state, .beginSearch)
        if let action = Keymap.standard.action(for: .character("t"), in: state) { reduce(&state, action) }
        #expect(state.search.prompt == "t")
        #expect(state.themes.current == "default")
    }

    @Test func aCycleStartsAtTheCurrentThemeAndCopesWithNone() {
        #expect(ThemeCycle(names: ["a", "b"], current: "b").index == 1)
        #expect(ThemeCycle(names: ["a", "b"], current: "zzz").current == "a")
        var empty = ThemeCycle()
        empty.advance()
        #expect(empty.current == nil)
    }

    @Test func theStartingThemeWarnsAboutAnUnknownName() {
        let catalog = ThemeCatalog.discover(bundled: Fixtures.packageRoot.appendingPathComponent("Themes"), user: nil)
        let environment = ["XDG_CONFIG_HOME": "/nonexistent"]
        let chosen = ThemeSettings.startingTheme(option: "solarized", catalog: catalog, environment: environment)
        #expect(chosen.theme.name == "solarized")
        #expect(chosen.warnings.isEmpty)
        let unknown = ThemeSettings.startingTheme(option: "sepia", catalog: catalog, environment: environment)
        #expect(unknown.theme.name == "default")
        #expect(unknown.warnings.count == 1)
    }

    @Test func plainOutputDepthHonoursNoColorUnlessColourIsForced() {
        let environment = ["NO_COLOR": "1", "TERM": "xterm-256color"]
        #expect(ThemeSettings.plainOutputDepth(environment: environment, forced: false) == .mono)
        #expect(ThemeSettings.plainOutputDepth(environment: environment, forced: true) == .palette256)
        #expect(ThemeSettings.plainOutputDepth(environment: ["TERM": "dumb"], forced: true) == .ansi16)
    }

    @Test func thePreviewIsPlainOffATerminalAndColourFreeInMono() {
        let plain = ThemePreview.line(for: .standard, depth: nil)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("“a quote”"))

        let mono = ThemePreview.line(for: .standard, depth: .mono)
        let codes = Self.sgrParameters(mono)
        #expect(!codes.isEmpty)
        #expect(!codes.contains { (30...49).contains($0) || (90...107).contains($0) }, "no colour codes: \(codes)")
        #expect(mono.contains("\u{1B}[0;4m“a quote”"), "quotes are underlined")

        let colour = ThemePreview.line(for: .standard, depth: .ansi16)
        #expect(colour.contains("\u{1B}[0;33m“a quote”"), "quotes are yellow in the default theme")
    }

    /// Every SGR parameter in `text`.
    static func sgrParameters(_ text: String) -> [Int] {
        text.components(separatedBy: "\u{1B}[").dropFirst().flatMap { part in
            part.prefix { $0 != "m" }.split(separator: ";").compactMap { Int($0) }
        }
    }
}
