import Foundation
import TOMLKit

/// Which theme to start with: `--theme`, else `theme = "NAME"` in the configuration file, else
/// `mono` under NO_COLOR, else `default`.
public enum ThemeSettings {
    /// The configuration file: `config.toml` in byline's configuration folder.
    public static func configFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        ThemeFolders.configuration(environment: environment)?.appendingPathComponent("config.toml")
    }

    /// The `theme` setting of a configuration file's text; other keys are left to their owners.
    /// - Throws: `ThemeError` naming the file and line when the text is not TOML or `theme` is not a string.
    public static func themeName(inConfig text: String, file: String) throws(ThemeError) -> String? {
        let table = try ThemeError.parseTOML(text, file: file)
        guard let value = table["theme"] else { return nil }
        guard let name = value.string else {
            throw ThemeError(file: file, line: TOMLKeyLocator(text: text).line(of: ["theme"]), key: "theme",
                             problem: .wrongType(expected: "a theme name (a string)", found: "another type"))
        }
        return name
    }

    /// The theme name to start with, and a warning when the configuration file could not be read.
    /// - Parameters:
    ///   - option: the `--theme` option, if given.
    ///   - environment: the process environment (for NO_COLOR and the configuration folder).
    public static func initialThemeName(option: String?,
                                        environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (name: String?, warning: String?) {
        if let option { return (option, nil) }
        var warning: String? = nil
        if let url = configFile(environment: environment), FileManager.default.fileExists(atPath: url.path) {
            do {
                let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
                if let name = try themeName(inConfig: text, file: url.path) { return (name, nil) }
            } catch let error as ThemeError {
                warning = "\(error); ignoring the theme setting"
            } catch {
                warning = "\(url.path): cannot read the configuration file; ignoring it"
            }
        }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return ("mono", warning) }
        return (nil, warning)
    }
}

extension ThemeSettings {
    /// The theme to start with (see `initialThemeName`), taken from `catalog`, with every warning
    /// to show: an unreadable configuration file, an unknown or broken theme (then `default`).
    public static func startingTheme(option: String?, catalog: ThemeCatalog,
                                     environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (theme: Theme, warnings: [String]) {
        let (name, configWarning) = initialThemeName(option: option, environment: environment)
        let (theme, themeWarning) = catalog.resolve(name)
        return (theme, [configWarning, themeWarning].compactMap { $0 })
    }

    /// The colour depth for coloured plain-text output (`--color=always`, or `auto` on a
    /// terminal): what the environment offers, at least 16 colours when colour was demanded.
    public static func plainOutputDepth(environment: [String: String], forced: Bool) -> ColorDepth {
        var environment = environment
        if forced { environment["NO_COLOR"] = nil }
        let detected = ColorDepth.detect(environment: environment)
        return forced ? max(detected, .ansi16) : detected
    }
}
