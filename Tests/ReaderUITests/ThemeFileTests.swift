import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// The bundled Themes/*.toml files.
@Suite struct ThemeFileTests {
    static let themesFolder = Fixtures.packageRoot.appendingPathComponent("Themes")
    static let bundledFiles = ThemeFolders.themeFiles(in: themesFolder)

    @Test func theRequiredThemesAreBundled() {
        let names = Set(Self.bundledFiles.map { $0.deletingPathExtension().lastPathComponent })
        #expect(names.isSuperset(of: ["default", "light", "high-contrast", "solarized", "mono"]))
    }

    @Test(arguments: bundledFiles)
    func everyBundledThemeParsesAndStylesEveryRole(_ file: URL) throws {
        let loaded = try ThemeLoader.load(file)
        #expect(loaded.theme.name == file.deletingPathExtension().lastPathComponent)
        #expect(Set(loaded.theme.styles.keys) == Set(StyleRole.allCases), "every role has a table")
        #expect(loaded.description?.isEmpty == false)
        let theme = loaded.theme
        #expect(theme[.quote] != theme[.body], "quotes stand out from the body")
        #expect(theme[.currentQuote] != theme[.quote], "the current quote stands out from the others")
        #expect(theme[.searchMatch] != theme[.body])
        #expect(theme[.selectedPerson] != theme[.person])
    }

    @Test func theDefaultFileMatchesTheBuiltInDefault() throws {
        let loaded = try ThemeLoader.load(Self.themesFolder.appendingPathComponent("default.toml"))
        #expect(loaded.theme == Theme.standard)
    }

    @Test func theMonoFileMatchesTheBuiltInMonoAndHasNoColour() throws {
        let loaded = try ThemeLoader.load(Self.themesFolder.appendingPathComponent("mono.toml"))
        #expect(loaded.theme == Theme.mono)
        #expect(!StyleRole.allCases.contains { loaded.theme[$0].usesColor })
    }

    @Test func theDefaultThemeKeepsTheTerminalBackground() throws {
        let loaded = try ThemeLoader.load(Self.themesFolder.appendingPathComponent("default.toml"))
        #expect(loaded.theme[.body].background == .default)
        #expect(loaded.theme[.body].foreground == .default)
    }

    @Test func solarizedUsesTheSolarizedPalette() throws {
        let theme = try ThemeLoader.load(Self.themesFolder.appendingPathComponent("solarized.toml")).theme
        #expect(theme[.body].background == .rgb(0x00, 0x2b, 0x36))
        #expect(theme[.quote].foreground == .rgb(0xb5, 0x89, 0x00))
    }
}
