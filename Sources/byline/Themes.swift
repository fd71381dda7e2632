import ArgumentParser
import Foundation
import ReaderUI

/// `byline themes`: list the themes, each with a one-line preview.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the themes, each with a one-line preview.",
        discussion: """
            Bundled themes come from the Themes/ folder; your own go in \
            $XDG_CONFIG_HOME/byline/themes/NAME.toml (or ~/.config/byline/themes/) and override bundled \
            ones of the same name. The theme marked * is the one the reader starts with. Choose one with \
            --theme NAME, with theme = "NAME" in config.toml, or press t in the reader to cycle. \
            The file format is in docs/themes.md.
            """
    )

    func run() {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.standard(environment: environment)
        let onTerminal = isatty(STDOUT_FILENO) != 0
        let depth: ColorDepth? = onTerminal ? ColorDepth.detect(environment: environment) : nil
        let (chosen, configWarning) = ThemeSettings.initialThemeName(option: nil, environment: environment)
        let starting = catalog.resolve(chosen).theme.name
        let nameWidth = catalog.names.map(\.count).max() ?? 0
        var output = ""
        for loaded in catalog.themes {
            let name = TerminalText.sanitize(loaded.theme.name)
            let marker = loaded.theme.name == starting ? "*" : " "
            let padding = String(repeating: " ", count: max(0, nameWidth - name.count))
            output += "\(marker) \(name)\(padding)  \(ThemePreview.line(for: loaded.theme, depth: depth))\n"
        }
        print(output, terminator: "")
        if let configWarning { warn(TerminalText.sanitize(configWarning)) }
        for name in catalog.failures.keys.sorted() {
            if let failure = catalog.failures[name] { warn(TerminalText.sanitize(failure.description)) }
        }
    }
}
