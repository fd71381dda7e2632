import Foundation

/// All the themes on offer: bundled files, overridden by the user's files of the same name, with
/// the built-in `default` and `mono` as a last resort. Files that fail to load are kept as errors.
public struct ThemeCatalog: Sendable {
    /// The usable themes, `default` first, then by name.
    public private(set) var themes: [LoadedTheme]
    /// The theme files that could not be used, by theme name.
    public private(set) var failures: [String: ThemeError]

    /// The name of the theme used when none is chosen, or the chosen one cannot be used.
    public static let defaultName = "default"

    /// Builds a catalogue from already loaded themes and failures (the user's win over bundled
    /// ones of the same name: pass them later in `layers`).
    /// - Parameter layers: per folder, in rising priority, the results of loading each file.
    public init(layers: [[(name: String, result: Result<LoadedTheme, ThemeError>)]]) {
        var byName: [String: LoadedTheme] = [:]
        var failures: [String: ThemeError] = [:]
        for layer in layers {
            for (name, result) in layer {
                switch result {
                case .success(let loaded):
                    byName[name] = loaded
                    failures[name] = nil
                case .failure(let error):
                    failures[name] = error
                    byName[name] = nil
                }
            }
        }
        for builtIn in [Theme.standard, Theme.mono] where byName[builtIn.name] == nil {
            byName[builtIn.name] = LoadedTheme(theme: builtIn, description: "built in")
        }
        self.failures = failures
        themes = byName.values.sorted { lhs, rhs in
            if (lhs.theme.name == Self.defaultName) != (rhs.theme.name == Self.defaultName) {
                return lhs.theme.name == Self.defaultName
            }
            return lhs.theme.name < rhs.theme.name
        }
    }

    /// Loads every `.toml` file of the bundled folder, then of the user's folder.
    public static func discover(bundled: URL?, user: URL?) -> ThemeCatalog {
        let layers = [bundled, user].compactMap { $0 }.map { folder in
            ThemeFolders.themeFiles(in: folder).map { url in
                (name: url.deletingPathExtension().lastPathComponent,
                 result: Result { () throws(ThemeError) -> LoadedTheme in try ThemeLoader.load(url) })
            }
        }
        return ThemeCatalog(layers: layers)
    }

    /// Loads the themes from the standard places (see `ThemeFolders`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        discover(bundled: ThemeFolders.bundled(environment: environment), user: ThemeFolders.user(environment: environment))
    }

    /// The names of the usable themes, in cycling order.
    public var names: [String] { themes.map(\.theme.name) }

    /// The theme of this name, if it is usable.
    public func theme(named name: String) -> LoadedTheme? {
        themes.first { $0.theme.name == name }
    }

    /// The theme to use for a requested name, falling back to `default` with a warning when the
    /// name is unknown or its file is broken.
    /// - Returns: the theme, and a warning to show when it is not the one asked for.
    public func resolve(_ name: String?) -> (theme: Theme, warning: String?) {
        let fallback = theme(named: Self.defaultName)?.theme ?? .standard
        guard let name else { return (fallback, nil) }
        if let found = theme(named: name) { return (found.theme, nil) }
        if let failure = failures[name] {
            return (fallback, "\(failure); using the default theme")
        }
        return (fallback, "no theme named \"\(name)\" (themes: \(names.joined(separator: ", "))); using the default theme")
    }

    /// The theme after `name` in cycling order (wrapping round); the first when `name` is unknown.
    public func theme(after name: String) -> Theme {
        guard let index = names.firstIndex(of: name) else { return themes.first?.theme ?? .standard }
        return themes[(index + 1) % themes.count].theme
    }
}
