import Foundation
import Testing
import TestSupport

/// Themes in the real reader, in tmux: no colour escapes under mono and NO_COLOR while quotes
/// still stand out, and `t` switching themes live. Each test gets an empty configuration folder,
/// so the machine's own byline settings cannot leak in.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the theme end-to-end tests are skipped"))
struct ThemeEndToEndTests {
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }
    static let quoteText = "ensure coordinated"
    static let bodyText = "In a statement, Biden said"
    static let title = "Blinken off to Mideast"

    /// An empty configuration folder, removed at the end.
    final class ConfigFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var environment: [String: String] { ["XDG_CONFIG_HOME": url.path] }
    }

    /// Every character on screen that carries a colour.
    static func coloured(_ screen: StyledScreen) -> [String] {
        screen.rows.flatMap { row in
            row.filter { $0.look.foreground != nil || $0.look.background != nil }.map { "\($0.character) \($0.look)" }
        }
    }

    func expectNoColourButQuotesStandOut(arguments: [String], environment: [String: String]) throws {
        let config = try ConfigFolder()
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken, arguments: arguments,
                                   environment: config.environment.merging(environment) { $1 })
        defer { tmux.close() }
        try tmux.waitFor(text: Self.quoteText)
        let raw = try tmux.tmux(["capture-pane", "-e", "-p", "-t", "0"])
        let screen = StyledScreen(raw)
        #expect(Self.coloured(screen).isEmpty, "no colours: \(Self.coloured(screen).prefix(3))")
        #expect(raw.contains("\u{1B}["), "attributes are still drawn")
        let quote = try #require(screen.look(of: Self.quoteText))
        let body = try #require(screen.look(of: Self.bodyText))
        #expect(body.isDefault)
        #expect(!quote.attributes.isDisjoint(with: [1, 4, 7]), "quotes are bold, underlined or reversed: \(quote)")
        let title = try #require(screen.look(of: Self.title))
        #expect(title.attributes.contains(1), "the title is bold")
    }

    @Test func themeMonoShowsNoColourButQuotesStandOut() throws {
        try expectNoColourButQuotesStandOut(arguments: ["--theme", "mono"], environment: [:])
    }

    @Test func noColorShowsNoColourButQuotesStandOutWhateverTheTheme() throws {
        try expectNoColourButQuotesStandOut(arguments: [], environment: ["NO_COLOR": "1"])
        try expectNoColourButQuotesStandOut(arguments: ["--theme", "solarized"], environment: ["NO_COLOR": "1"])
    }

    @Test func tChangesTheQuoteColourOnScreen() throws {
        let config = try ConfigFolder()
        let tmux = try TmuxSession(width: 100, height: 30, article: Self.blinken, arguments: ["--theme", "default"],
                                   environment: config.environment)
        defer { tmux.close() }
        try tmux.waitFor(text: Self.quoteText)
        let before = try #require(try tmux.captureStyled().look(of: Self.quoteText))
        #expect(before.foreground != nil, "the default theme colours quotes: \(before)")
        try tmux.send("t")
        try tmux.waitFor(text: "theme: high-contrast")
        let after = try #require(try tmux.captureStyled().look(of: Self.quoteText))
        #expect(after.foreground != nil)
        #expect(after.foreground != before.foreground, "quote colour before \(before), after \(after)")
        // Round the cycle (default, high-contrast, light, mono, solarized) and back to the start.
        for name in ["light", "mono", "solarized", "default"] {
            try tmux.send("t")
            try tmux.waitFor(text: "theme: \(name)")
            if name == "mono" {
                let mono = try tmux.captureStyled()
                #expect(Self.coloured(mono).isEmpty, "mono draws no colour")
            }
        }
        #expect(try tmux.captureStyled().look(of: Self.quoteText) == before)
    }

    @Test func themesPreviewsInColourOnATerminal() throws {
        let config = try ConfigFolder()
        let script = #""$0" themes; echo "EXIT:$?"; exec sh"#
        let tmux = try TmuxSession(width: 120, height: 20, command: ["sh", "-c", script, BinaryRunner.bylinePath],
                                   environment: config.environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "EXIT:0")
        let screen = try tmux.captureStyled()
        let rows = screen.lines.filter { $0.contains("“a quote”") }
        #expect(rows.count >= 5)
        #expect(rows.first?.hasPrefix("* default") == true)
        let quote = try #require(screen.look(of: "“a quote”"))
        #expect(quote.foreground != nil, "the default theme's quote sample is coloured: \(quote)")
        let name = try #require(screen.look(of: "default"))
        #expect(name.isDefault, "names are plain")
    }

    @Test func theConfigFileChoosesTheThemeAndTheOptionOverridesIt() throws {
        let config = try ConfigFolder()
        try FileManager.default.createDirectory(at: config.url.appendingPathComponent("byline"), withIntermediateDirectories: true)
        try "theme = \"mono\"\n".write(to: config.url.appendingPathComponent("byline/config.toml"), atomically: true, encoding: .utf8)
        let fromConfig = try TmuxSession(width: 100, height: 30, article: Self.blinken, environment: config.environment)
        defer { fromConfig.close() }
        try fromConfig.waitFor(text: Self.quoteText)
        #expect(Self.coloured(try fromConfig.captureStyled()).isEmpty, "config.toml picked mono")
        fromConfig.close()

        let overridden = try TmuxSession(width: 100, height: 30, article: Self.blinken, arguments: ["--theme", "default"],
                                         environment: config.environment)
        defer { overridden.close() }
        try overridden.waitFor(text: Self.quoteText)
        #expect(try overridden.captureStyled().look(of: Self.quoteText)?.foreground != nil, "--theme beats config.toml")
    }
}

/// `byline themes` and broken theme files, without a terminal.
@Suite struct ThemeCommandTests {
    static var blinken: String { Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path }

    final class ConfigFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url.appendingPathComponent("byline/themes"), withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var environment: [String: String] { ["XDG_CONFIG_HOME": url.path] }
        func write(_ path: String, _ text: String) throws {
            try text.write(to: url.appendingPathComponent("byline/" + path), atomically: true, encoding: .utf8)
        }
    }

    @Test func themesListsEveryThemeAsPlainTextWhenPiped() throws {
        let config = try ConfigFolder()
        try config.write("themes/paper.toml", "description = \"mine\"\n[quote]\nattributes = [\"italic\"]\n")
        try config.write("config.toml", "theme = \"light\"\n")
        let result = try BinaryRunner.run(["themes"], environment: config.environment)
        #expect(result.status == 0)
        #expect(!result.stdoutText.contains("\u{1B}"), "no escapes off a terminal")
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        let names = lines.map { $0.dropFirst(2).prefix { $0 != " " } }
        #expect(names == ["default", "high-contrast", "light", "mono", "paper", "solarized"])
        #expect(lines.allSatisfy { $0.contains("“a quote”") }, "each has a preview")
        #expect(lines.filter { $0.hasPrefix("*") }.map { String($0.dropFirst(2).prefix(5)) } == ["light"],
                "the configured theme is marked")
        #expect(result.stderr.isEmpty)
    }

    @Test func themesReportsABrokenFileOnStandardError() throws {
        let config = try ConfigFolder()
        try config.write("themes/broken.toml", "[quote]\nfg = \"yelow\"\n")
        let result = try BinaryRunner.run(["themes"], environment: config.environment)
        #expect(result.status == 0)
        #expect(!result.stdoutText.contains("broken"))
        #expect(result.stderr.contains("broken.toml:2: quote.fg: bad colour \"yelow\""))
    }

    @Test func aBrokenThemeFallsBackToDefaultWithAWarningAndTheArticleStillShows() throws {
        let config = try ConfigFolder()
        try config.write("themes/broken.toml", "[quote]\n\n[qoute]\nfg = \"red\"\n")
        let result = try BinaryRunner.run(["--theme", "broken", Self.blinken], environment: config.environment)
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("Blinken off to Mideast"))
        #expect(result.stderr.contains(#"broken.toml:3: qoute: unknown role "qoute" (did you mean "quote"?)"#))
        #expect(result.stderr.contains("using the default theme"))
    }

    @Test func anUnknownThemeNameWarnsAndListsTheThemes() throws {
        let config = try ConfigFolder()
        let result = try BinaryRunner.run(["--theme", "sepia", Self.blinken], environment: config.environment)
        #expect(result.status == 0)
        #expect(result.stderr.contains("no theme named \"sepia\""))
        #expect(result.stderr.contains("solarized"))
    }

    @Test func colourAlwaysUsesTheChosenTheme() throws {
        let config = try ConfigFolder()
        let environment = config.environment.merging(["TERM": "xterm-256color", "COLORTERM": ""]) { $1 }
        let light = try BinaryRunner.run(["--color=always", "--theme", "light", Self.blinken], environment: environment)
        #expect(light.stdoutText.hasPrefix("\u{1B}[0;1;38;5;18mBlinken off"), "light's title: bold, palette 18")
        let standard = try BinaryRunner.run(["--color=always", Self.blinken], environment: environment)
        #expect(standard.stdoutText.hasPrefix("\u{1B}[0;1;97mBlinken off"), "default's title: bold bright white")
    }
}
