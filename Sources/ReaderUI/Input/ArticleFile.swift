import ArticleParser
import Foundation

/// Why an article file could not be opened, phrased for a one-line error message.
public enum ArticleFileError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String)
    case notRegular(String)
    case tooLarge(String, bytes: Int)
    case binary(String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .directory(let path): "\(path): is a directory, not an article file"
        case .unreadable(let path): "\(path): permission denied"
        case .notRegular(let path): "\(path): not a regular file"
        case let .tooLarge(path, bytes):
            "\(path): file is too large (\(bytes / 1_048_576) MiB; the limit is \(SourceDecoder.maximumBytes / 1_048_576) MiB)"
        case .binary(let path): "\(path): not a text file (it contains NUL bytes)"
        }
    }
}

/// An article file read from disk and decoded.
public struct ArticleFile: Sendable {
    /// The path as given.
    public var path: String
    /// The decoded text.
    public var source: SourceText
    /// Warnings to show the reader (e.g. invalid UTF-8 was replaced).
    public var warnings: [String]

    /// Reads and decodes the file at `path`, read-only.
    /// - Throws: `ArticleFileError` with a message fit for one line.
    public static func load(_ path: String) throws(ArticleFileError) -> ArticleFile {
        try decode(readBytes(path), path: path)
    }

    /// Decodes a file's bytes (read by `readBytes`).
    /// - Throws: `ArticleFileError` when the bytes are binary or too large.
    public static func decode(_ bytes: [UInt8], path: String) throws(ArticleFileError) -> ArticleFile {
        do {
            let decoded = try SourceDecoder.decode(bytes)
            return ArticleFile(path: path, source: decoded.source, warnings: decoded.warnings)
        } catch {
            switch error {
            case .binary: throw .binary(path)
            case .tooLarge(let bytes, _): throw .tooLarge(path, bytes: bytes)
            }
        }
    }

    /// Reads the file at `path` as it is, read-only, without decoding it.
    /// - Throws: `ArticleFileError` with a message fit for one line.
    public static func readBytes(_ path: String) throws(ArticleFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw cannotOpen(path)
        }
        if isDirectory.boolValue { throw .directory(path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw cannotOpen(path) }
        // Opened without waiting (a FIFO would block until a writer came) and checked through
        // the descriptor, symlinks followed: what is read is the regular file that was checked,
        // never a FIFO or a device such as /dev/zero behind a symlink, and its real size.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw cannotOpen(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path) }
        let size = Int(info.st_size)
        if size > SourceDecoder.maximumBytes { throw .tooLarge(path, bytes: size) }
        guard let bytes = readAll(handle.fileDescriptor, sizeHint: size) else { throw .unreadable(path) }
        return bytes
    }

    /// Reads a file straight into one array, neither zero-filled first nor copied through `Data`:
    /// one pass over a large file's memory, not three.
    private static func readAll(_ descriptor: Int32, sizeHint: Int) -> [UInt8]? {
        var failed = false
        let capacity = max(0, sizeHint) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < buffer.count {
                let count = read(descriptor, base + initialized, buffer.count - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failed = true }
                if count <= 0 { return }
                initialized += count
            }
        }
        // A full buffer means the file grew since its size was read: read the rest in chunks.
        var grew = bytes.count >= capacity
        var chunk = [UInt8](repeating: 0, count: grew ? 65_536 : 0)
        while grew && !failed {
            let count = chunk.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return read(descriptor, base, buffer.count)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failed = true }
            if count <= 0 { grew = false } else { bytes.append(contentsOf: chunk[0..<count]) }
        }
        return failed ? nil : bytes
    }

    /// Why `path` cannot be opened, asked again of the file system: a file in a folder one may
    /// not search is "permission denied", not "no such file", and a file deleted between two
    /// checks is "no such file", not "permission denied".
    private static func cannotOpen(_ path: String) -> ArticleFileError {
        var info = stat()
        if stat(path, &info) != 0 { return errno == EACCES ? .unreadable(path) : .missing(path) }
        return .unreadable(path)
    }
}
