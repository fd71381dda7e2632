import Foundation

/// Finds the folder `byline` opens when it is given no path.
///
/// In order: the `BYLINE_ARTICLES` environment variable; an `Articles/` folder beside the
/// package the executable was built in (found by walking up from the executable to a folder that
/// holds both `Package.swift` and `Articles/`); the current directory's `Articles/`.
public enum ArticlesFolder {
    /// The environment variable that names the articles folder.
    public static let environmentKey = "BYLINE_ARTICLES"

    /// Locates the default articles folder.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - executablePath: the running executable's path (symlinks are resolved).
    ///   - currentDirectory: the working directory.
    /// - Returns: the folder, or nil when none of the places holds one.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "",
                              currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        if let named = environment[environmentKey], !named.isEmpty {
            return URL(fileURLWithPath: named, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
                .standardizedFileURL
        }
        if let beside = besidePackage(executablePath: resolvedExecutable(executablePath, currentDirectory: currentDirectory)) {
            return beside
        }
        let local = URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent("Articles")
        return isDirectory(local) ? local.standardizedFileURL : nil
    }

    /// The `Articles/` folder of the nearest package above the executable, if any.
    static func besidePackage(executablePath: URL) -> URL? {
        var folder = executablePath.deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let articles = folder.appendingPathComponent("Articles")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isDirectory(articles) {
                return articles.standardizedFileURL
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// The executable as an absolute path with symlinks resolved; `/proc/self/exe` when the
    /// given path is a bare name found through `PATH`.
    private static func resolvedExecutable(_ path: String, currentDirectory: String) -> URL {
        if !path.contains("/") {
            return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath()
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
