import Foundation

/// Where theme files live: the bundled `Themes/` folder and the user's own themes folder.
public enum ThemeFolders {
    /// The environment variable that names the bundled themes folder.
    public static let environmentKey = "BYLINE_THEMES"

    /// The bundled themes: `$BYLINE_THEMES`; else the `Themes/` folder of the package the
    /// executable was built in (found by walking up from the executable to a folder holding both
    /// `Package.swift` and `Themes/`); else the current directory's `Themes/`.
    /// - Returns: the folder, or nil when none of the places holds one.
    public static func bundled(environment: [String: String] = ProcessInfo.processInfo.environment,
                               executablePath: String = CommandLine.arguments.first ?? "",
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        let here = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        if let named = environment[environmentKey], !named.isEmpty {
            return URL(fileURLWithPath: named, relativeTo: here).standardizedFileURL
        }
        var folder = resolvedExecutable(executablePath, currentDirectory: here).deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let themes = folder.appendingPathComponent("Themes")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isDirectory(themes) {
                return themes.standardizedFileURL
            }
            folder.deleteLastPathComponent()
        }
        let local = here.appendingPathComponent("Themes")
        return isDirectory(local) ? local.standardizedFileURL : nil
    }

    /// byline's configuration folder: `$XDG_CONFIG_HOME/byline`, else `~/.config/byline`.
    public static func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("byline")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/byline")
    }

    /// The user's themes: `themes/` in the configuration folder. It need not exist.
    public static func user(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        configuration(environment: environment)?.appendingPathComponent("themes", isDirectory: true)
    }

    /// The `.toml` files directly in a folder, sorted by name; none when it does not exist.
    static func themeFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The executable as an absolute path with symlinks resolved; `/proc/self/exe` when the
    /// given path is a bare name found through `PATH`.
    private static func resolvedExecutable(_ path: String, currentDirectory: URL) -> URL {
        if !path.contains("/") {
            return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        return URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL.resolvingSymlinksInPath()
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
