import Foundation

/// Writes files so a reader never sees half of one: the bytes go to a temporary file in the same
/// folder, which is then renamed over the target (rename is atomic within a file system).
public enum AtomicFile {
    /// Why a write failed, phrased for a one-line warning.
    public struct WriteError: Error, CustomStringConvertible {
        /// The message.
        public var description: String
    }

    /// Writes `data` to `url`, creating its folder when needed.
    /// - Throws: `WriteError` when the folder cannot be made or the file cannot be written.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(folder.path): cannot create folder")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw WriteError(description: "\(url.path): cannot write")
        }
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw WriteError(description: "\(url.path): cannot replace the file")
        }
    }
}
