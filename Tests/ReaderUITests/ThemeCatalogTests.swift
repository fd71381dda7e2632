import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// Finding themes, user overrides, falling back to default, cycling and the config file.
@Suite struct ThemeCatalogTests {
    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-themes-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ relativePath: String, _ text: String) throws -> URL {
            let file = url.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    static let bundled = Fixtures.packageRoot.appendingPathComponent("Themes")

    @Test func userThemesOverrideBundledOnesAndAddNewOnes() throws {
        let scratch = try Scratch()
        try scratch.write("themes/light.toml", "[quote]\nfg = \"red\"")
        try scratch.write("themes/paper.toml", "[quote]\nattributes = [\"italic\"]")
        let catalog = ThemeCatalog.discover(bundled: Self.bundled, user: scratch.url.appendingPathComponent("themes"))
        #expect(catalog.theme(named: "light")?.theme[.quote] == Style(foreground: .ansi(.red)))
        #expect(catalog.theme(named: "light")?.path == scratch.url.appendingPathComponent("themes/light.toml").path)
        #expect(catalog.theme(named: "paper") != nil)
        #expect(catalog.theme(named: "solarized") != nil)
        #expect(catalog.names.first == "default")
        #expect(catalog.failures.isEmpty)
    }

    @Test func aBrokenThemeFallsBackToDefaultWithTheErrorAsWarning() throws {
        let scratch = try Scratch()
        try scratch.write("themes/broken.toml", "[quote]\nfg = \"purplish\"")
        let catalog = ThemeCatalog.discover(bundled: Self.bundled, user: scratch.url.appendingPathComponent("themes"))
        #expect(catalog.theme(named: "broken") == nil)
        #expect(!catalog.names.contains("broken"), "a broken theme is not cycled through")
        let (theme, warning) = catalog.resolve("broken")
        #expect(theme.name == "default")
        let text = try #require(warning)
        #expect(text.contains("broken.toml:2: quote.fg: bad colour \"purplish\""))
        #expect(text.hasSuffix("using the default theme"))
    }

    @Test func aBrokenUserThemeHidesTheBundledOneOfTheSameName() throws {
        // The user meant to change it: silently using the bundled one would hide their mistake.
        let scratch = try Scratch()
        try scratch.write("themes/light.toml", "[quote\n")
        let catalog = ThemeCatalog.discover(bundled: Self.bundled, user: scratch.url.appendingPathComponent("themes"))
        let (theme, warning) = catalog.resolve("light")
        #expect(theme.name == "default")
        #expect(warning?.contains("light.toml:1") == true)
    }

    @Test func anUnknownNameFallsBackToDefaultAndListsTheThemes() {
        let catalog = ThemeCatalog.discover(bundled: Self.bundled, user: nil)
        let (theme, warning) = catalog.resolve("nope")
        #expect(theme.name == "default")
        #expect(warning?.contains("no theme named \"nope\"") == true)
        #expect(warning?.contains("solarized") == true)
        #expect(catalog.resolve(nil).warning == nil)
        #expect(catalog.resolve("mono").theme == Theme.mono)
    }

    @Test func withoutAnyFilesTheBuiltInThemesRemain() {
        let catalog = ThemeCatalog.discover(bundled: nil, user: URL(fileURLWithPath: "/nonexistent/byline"))
        #expect(catalog.names == ["default", "mono"])
        #expect(catalog.resolve("default").theme == Theme.standard)
    }

    @Test func cyclingVisitsEveryThemeAndWrapsAround() {
        let catalog = ThemeCatalog.discover(bundled: Self.bundled, user: nil)
        var seen: [String] = []
        var name = "default"
        for _ in catalog.names {
            seen.append(name)
            name = catalog.theme(after: name).name
        }
        #expect(name == "default")
        #expect(Set(seen) == Set(catalog.names))
        #expect(seen.count == catalog.names.count)
        #expect(catalog.theme(after: "unknown").name == "default")
    }

    @Test func bundledFolderFromTheEnvironmentOrBesideThePackage() throws {
        let scratch = try Scratch()
        try scratch.write("Package.swift", "// swift-tools-version: 6.0")
        try scratch.write("Themes/a.toml", "")
        try scratch.write(".build/debug/byline", "")
        let found = ThemeFolders.bundled(environment: [:],
                                         executablePath: scratch.url.appendingPathComponent(".build/debug/byline").path,
                                         currentDirectory: "/")
        #expect(found?.resolvingSymlinksInPath().path == scratch.url.appendingPathComponent("Themes").resolvingSymlinksInPath().path)
        let named = ThemeFolders.bundled(environment: ["BYLINE_THEMES": "/somewhere/Themes"], executablePath: "/x/y")
        #expect(named?.path == "/somewhere/Themes")
    }

    @Test func userFolderFollowsXDG() {
        #expect(ThemeFolders.user(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"])?.path == "/cfg/byline/themes")
        #expect(ThemeFolders.user(environment: ["HOME": "/home/u"])?.path == "/home/u/.config/byline/themes")
        #expect(ThemeFolders.user(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"])?.path
            == "/home/u/.config/byline/themes", "a relative XDG path is ignored, as the spec says")
    }

    @Test func theConfigFileNamesTheTheme() throws {
        #expect(try ThemeSettings.themeName(inConfig: "theme = \"solarized\"\nother = 1", file: "c") == "solarized")
        #expect(try ThemeSettings.themeName(inConfig: "# nothing\n", file: "c") == nil)
        #expect(throws: ThemeError.self) { try ThemeSettings.themeName(inConfig: "\ntheme = 3", file: "c") }
        do {
            _ = try ThemeSettings.themeName(inConfig: "\ntheme = 3", file: "c")
        } catch {
            #expect(error.line == 2)
            #expect(error.key == "theme")
        }
    }

    @Test func theStartingThemeComesFromTheOptionThenConfigThenNoColor() throws {
        let scratch = try Scratch()
        let withConfig = ["XDG_CONFIG_HOME": scratch.url.path, "NO_COLOR": "1"]
        #expect(ThemeSettings.initialThemeName(option: nil, environment: withConfig).name == "mono",
                "no config file yet: NO_COLOR picks mono")
        try scratch.write("byline/config.toml", "theme = \"light\"\n")
        #expect(ThemeSettings.initialThemeName(option: nil, environment: withConfig).name == "light")
        #expect(ThemeSettings.initialThemeName(option: "solarized", environment: withConfig).name == "solarized")
        #expect(ThemeSettings.initialThemeName(option: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"]).name == nil)

        try scratch.write("byline/config.toml", "theme = [\n")
        let broken = ThemeSettings.initialThemeName(option: nil, environment: ["XDG_CONFIG_HOME": scratch.url.path])
        #expect(broken.name == nil)
        #expect(broken.warning?.contains("config.toml:") == true)
    }
}
