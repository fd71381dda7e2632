import Foundation

/// What identifies one version of a file for the index cache: its path, size and modification
/// time. A cached entry is reused only when all three match.
public struct FileStamp: Sendable, Hashable, Codable {
    /// The absolute, standardised path.
    public var path: String
    /// The size in bytes.
    public var size: Int
    /// The modification time, in seconds since 1970 (sub-second precision kept).
    public var modified: Double

    /// Creates a stamp.
    public init(path: String, size: Int, modified: Double) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    /// Reads the stamp of the file at `path` with one `stat` call; nil when it cannot be read.
    public static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        return FileStamp(path: path, size: Int(info.st_size), modified: seconds)
    }
}
