import Foundation

/// Where byline keeps its files, after the XDG base directory convention.
public enum UserFolders {
    /// `$XDG_CACHE_HOME/byline`, or `~/.cache/byline`.
    public static func cache(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        folder(environment["XDG_CACHE_HOME"], fallback: ".cache", environment: environment)
    }

    /// `$XDG_STATE_HOME/byline`, or `~/.local/state/byline`.
    public static func state(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        folder(environment["XDG_STATE_HOME"], fallback: ".local/state", environment: environment)
    }

    /// The XDG variable when it is an absolute path (the spec says to ignore relative ones),
    /// else the fallback under the home folder.
    private static func folder(_ variable: String?, fallback: String, environment: [String: String]) -> URL {
        if let variable, variable.hasPrefix("/") {
            return URL(fileURLWithPath: variable, isDirectory: true).appendingPathComponent("byline", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
            .appendingPathComponent("byline", isDirectory: true)
    }
}
