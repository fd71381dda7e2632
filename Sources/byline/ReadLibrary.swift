import ArgumentParser
import Foundation
import ReaderUI

/// The library half of `byline [PATH…]`: no path, a folder, or several files open the list.
extension Read {
    /// What to list, or nil when the arguments name a single article file (the reader opens it).
    func librarySource() throws -> LibrarySource? {
        guard let first = paths.first else {
            guard let folder = ArticlesFolder.locate() else {
                warn("no Articles/ folder found; give a folder or article files, or set \(ArticlesFolder.environmentKey)")
                throw ExitCode.failure
            }
            return .folder(folder.path)
        }
        var isDirectory: ObjCBool = false
        if paths.count == 1 {
            let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? .folder(first) : nil
        }
        for path in paths where FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue {
            warn("\(path): is a folder; give either one folder or article files")
            throw ExitCode.failure
        }
        return .files(paths)
    }

    /// Opens the library full-screen, or prints it as a tab-separated listing when output is
    /// not a terminal.
    func runLibrary(_ source: LibrarySource, interactive: Bool, theme: Theme) throws {
        let articlePaths: [String]
        do {
            articlePaths = try source.articlePaths()
        } catch {
            warn(error.description)
            throw ExitCode.failure
        }
        let keepOthers = if case .files = source { true } else { false }
        let indexer = LibraryIndexer(paths: articlePaths, cache: IndexCache(folder: UserFolders.cache(),
                                                                            parserStamp: IndexCache.executableStamp()),
                                     keepOtherCacheEntries: keepOthers)
        if interactive {
            do {
                let warnings = try MainActor.assumeIsolated {
                    try LibraryApp.run(title: source.title, indexer: indexer,
                                       readingLog: ReadingLogStore(folder: UserFolders.state()), theme: theme)
                }
                for warning in warnings { warn(warning) }
                return
            } catch {
                warn("\(error); printing the list instead")
            }
        }
        indexer.start()
        indexer.waitUntilComplete()
        var summaries: [ArticleSummary] = []
        let progress = indexer.drain()
        for warning in progress.warnings { warn(warning) }
        summaries = progress.summaries.map(\.summary)
        print(LibraryListing.render(summaries), terminator: "")
    }
}
