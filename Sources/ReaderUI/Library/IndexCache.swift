import Foundation

/// The library index on disk: one JSON file per article folder under the cache folder, holding
/// a summary per file keyed by path, size and modification time.
///
/// A cache that is missing, corrupt, from another format version or made by a different build
/// of the parser is ignored (a corrupt one with a warning); it is only ever a shortcut.
public struct IndexCache: Sendable {
    /// The version of the file format; bump it when `ArticleSummary` changes shape.
    public static let formatVersion = 1

    /// The folder the cache files live in (usually `UserFolders.cache()`).
    public var folder: URL
    /// Identifies the parser that made the summaries; entries from another parser are stale.
    public var parserStamp: String

    /// Creates a cache in `folder` for summaries made by the parser `parserStamp`.
    public init(folder: URL, parserStamp: String) {
        self.folder = folder
        self.parserStamp = parserStamp
    }

    private struct Contents: Codable {
        var version: Int
        var parser: String
        var folder: String
        var entries: [ArticleSummary]
    }

    /// The cache file for the articles in `articleFolder`.
    public func file(for articleFolder: String) -> URL {
        folder.appendingPathComponent("index-\(Self.hash(articleFolder)).json")
    }

    /// Loads the cached summaries of the articles in `articleFolder`, keyed by path.
    /// - Returns: the summaries (empty when there is no usable cache) and a warning when the
    ///   cache file exists but cannot be read or decoded.
    public func load(articleFolder: String) -> (entries: [String: ArticleSummary], warning: String?) {
        let url = file(for: articleFolder)
        guard FileManager.default.fileExists(atPath: url.path) else { return ([:], nil) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return ([:], "\(url.path): cannot read the index cache; re-indexing")
        }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data) else {
            return ([:], "\(url.path): the index cache is corrupt; re-indexing")
        }
        guard contents.version == Self.formatVersion, contents.parser == parserStamp,
              contents.folder == articleFolder else { return ([:], nil) }
        var entries: [String: ArticleSummary] = [:]
        entries.reserveCapacity(contents.entries.count)
        for entry in contents.entries { entries[entry.stamp.path] = entry }
        return (entries, nil)
    }

    /// Writes the summaries of the articles in `articleFolder`, replacing the folder's cache file
    /// atomically.
    /// - Returns: a warning when the file cannot be written.
    @discardableResult
    public func save(_ entries: [ArticleSummary], articleFolder: String) -> String? {
        let contents = Contents(version: Self.formatVersion, parser: parserStamp, folder: articleFolder,
                                entries: entries.sorted { $0.stamp.path < $1.stamp.path })
        do {
            let data = try JSONEncoder().encode(contents)
            try AtomicFile.write(data, to: file(for: articleFolder))
            return nil
        } catch let error as AtomicFile.WriteError {
            return "cannot save the index cache: \(error.description)"
        } catch {
            return "cannot save the index cache: \(error)"
        }
    }

    /// A stable 64-bit FNV-1a hash of a path, in hex (Swift's `hashValue` changes per run).
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A stamp for the running executable (size and modification time), so a rebuilt parser
    /// re-indexes instead of showing counts from an older one.
    public static func executableStamp() -> String {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        guard let stamp = FileStamp.of(path: path) else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }
}
