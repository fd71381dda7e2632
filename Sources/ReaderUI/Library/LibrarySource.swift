import Foundation

/// What the library shows: every article file in a folder, or a list of files given by name.
public enum LibrarySource: Sendable, Equatable {
    /// The article files of a folder (not its subfolders).
    case folder(String)
    /// Just these files, in the order given.
    case files([String])

    /// A short title for the list's header.
    public var title: String {
        switch self {
        case .folder(let path): path
        case .files(let paths): paths.count == 1 ? paths[0] : "\(paths.count) files"
        }
    }

    /// The article paths, absolute and standardised: a folder's regular, non-hidden files sorted
    /// by name, or the given files with duplicates dropped.
    /// - Throws: `ArticleFileError` when the folder is missing or unreadable.
    public func articlePaths(currentDirectory: String = FileManager.default.currentDirectoryPath) throws(ArticleFileError) -> [String] {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        switch self {
        case .folder(let path):
            let folder = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { throw .missing(path) }
            guard isDirectory.boolValue else { throw .notRegular(path) }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { throw .unreadable(path) }
            return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
                let full = folder.appendingPathComponent(name).path
                return Self.isRegularFile(full) ? full : nil
            }
        case .files(let paths):
            var seen = Set<String>()
            return paths.map { URL(fileURLWithPath: $0, relativeTo: base).standardizedFileURL.path }
                .filter { seen.insert($0).inserted }
        }
    }

    /// Whether `path` is a regular file, following symlinks (one `stat`).
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
