import Foundation

/// A temporary folder for one test, removed when the test drops it.
public final class TemporaryFolder {
    /// Where the folder is.
    public let url: URL

    /// Creates an empty folder named after `prefix`.
    public init(prefix: String = "byline-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        Self.allow(url.path)
        try? FileManager.default.removeItem(at: url)
    }

    /// Puts permissions back, folders before their contents, so that a test that locked files
    /// away can still have everything removed, whoever the tests run as.
    public static func allow(_ path: String) {
        chmod(path, 0o755)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            allow(path + "/" + name)
        }
    }

    /// Writes a file (creating its folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Sets a file's modification time.
    public func touch(_ path: String, modified: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
    }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
