import Foundation

/// Keeps the `ReadingLog` in a JSON file under the state folder, written atomically.
///
/// Loading never fails: a missing file is an empty log, and an unreadable or corrupt one is an
/// empty log plus a warning. Saving returns a warning instead of throwing, because losing a
/// reading position must never stop the reader.
public struct ReadingLogStore: Sendable {
    /// The version of the file format.
    public static let formatVersion = 1

    /// The state file.
    public var url: URL

    /// A store in `folder` (usually `UserFolders.state()`).
    public init(folder: URL) {
        url = folder.appendingPathComponent("reading.json")
    }

    private struct Contents: Codable {
        var version: Int
        var log: ReadingLog
    }

    /// Loads the log.
    /// - Returns: the log (empty when missing or unusable) and a warning when the file exists
    ///   but cannot be used.
    public func load() -> (log: ReadingLog, warning: String?) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (ReadingLog(), nil) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (ReadingLog(), "\(url.path): cannot read the reading state; starting afresh")
        }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data),
              contents.version == Self.formatVersion else {
            return (ReadingLog(), "\(url.path): the reading state is corrupt; starting afresh")
        }
        return (contents.log, nil)
    }

    /// Saves the log atomically.
    /// - Returns: a warning when it cannot be written.
    @discardableResult
    public func save(_ log: ReadingLog) -> String? {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(Contents(version: Self.formatVersion, log: log))
            try AtomicFile.write(data, to: url)
            return nil
        } catch let error as AtomicFile.WriteError {
            return "cannot save the reading state: \(error.description)"
        } catch {
            return "cannot save the reading state: \(error)"
        }
    }
}
