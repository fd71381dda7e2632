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
            guard let entries = Self.regularFiles(in: folder.path) else { throw .unreadable(path) }
            let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            return entries.sorted().map { prefix + $0 }
        case .files(let paths):
            var seen = Set<String>()
            return paths.map { URL(fileURLWithPath: $0, relativeTo: base).standardizedFileURL.path }
                .filter { seen.insert($0).inserted }
        }
    }

    /// The names of the regular, non-hidden files in `folder`, from one `readdir` pass: the
    /// entry type comes with the name, so only symlinks and unknown types cost a `stat`.
    private static func regularFiles(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): names.append(name)
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                var info = stat()
                if stat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { names.append(name) }
            default: continue
            }
        }
        return names
    }
}
