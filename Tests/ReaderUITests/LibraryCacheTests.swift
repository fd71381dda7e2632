import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// The on-disk index cache: reuse, invalidation by size and time, parser changes, corruption.
@Suite struct LibraryCacheTests {
    func index(_ paths: [String], cache: IndexCache, keepOthers: Bool = false) -> ([Int: ArticleSummary], [String]) {
        let indexer = LibraryIndexer(paths: paths, cache: cache, keepOtherCacheEntries: keepOthers, workers: 2)
        indexer.start()
        indexer.waitUntilComplete()
        let progress = indexer.drain()
        return (Dictionary(progress.summaries.map { ($0.index, $0.summary) }, uniquingKeysWith: { a, _ in a }),
                progress.warnings)
    }

    @Test func roundTripsSummariesByFolder() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let cache = IndexCache(folder: folder.url.appendingPathComponent("cache"), parserStamp: "p1")
        let entry = ArticleSummary(stamp: FileStamp(path: "/x/a.txt", size: 3, modified: 1.5), title: "T",
                                   dateline: "D", wordCount: 9, quoteCount: 2, people: ["Ann Lee"])
        #expect(cache.save([entry], articleFolder: "/x") == nil)
        #expect(cache.load(articleFolder: "/x").entries == ["/x/a.txt": entry])
        #expect(cache.load(articleFolder: "/y").entries.isEmpty)
        let rebuilt = IndexCache(folder: cache.folder, parserStamp: "p2")
        #expect(rebuilt.load(articleFolder: "/x").entries.isEmpty)
    }

    @Test func unchangedFilesComeFromTheCacheAndChangedOnesAreReparsed() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let kept = try folder.write("kept.txt", LibrarySamples.harbour)
        let resized = try folder.write("resized.txt", LibrarySamples.harbour)
        let touched = try folder.write("touched.txt", LibrarySamples.harbour)
        let cache = IndexCache(folder: folder.url.appendingPathComponent("cache"), parserStamp: "p")
        // Seed the cache with a marker title the parser would never produce, for each file as it is now.
        let marked = try [kept, resized, touched].map { path in
            ArticleSummary(stamp: try #require(FileStamp.of(path: path)), title: "FROM CACHE")
        }
        cache.save(marked, articleFolder: folder.url.path)
        try folder.write("resized.txt", LibrarySamples.orchard)
        try folder.touch(touched, modified: Date(timeIntervalSince1970: 1_000_000))
        let (summaries, warnings) = index([kept, resized, touched], cache: cache)
        #expect(warnings.isEmpty)
        #expect(summaries[0]?.title == "FROM CACHE")
        #expect(summaries[1]?.title == "Orchard growers count the cost of late frost")
        #expect(summaries[2]?.title == "Harbour crane contract signed after long talks")
        // The re-index is saved: a second run takes everything from the cache.
        let saved = cache.load(articleFolder: folder.url.path).entries
        #expect(saved[resized]?.title == "Orchard growers count the cost of late frost")
        #expect(saved[touched]?.stamp.modified == 1_000_000)
    }

    @Test func corruptCacheIsIgnoredWithAWarning() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let path = try folder.write("a.txt", LibrarySamples.orchard)
        let cache = IndexCache(folder: folder.url.appendingPathComponent("cache"), parserStamp: "p")
        try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"entr".utf8).write(to: cache.file(for: folder.url.path))
        let (summaries, warnings) = index([path], cache: cache)
        #expect(summaries[0]?.title == "Orchard growers count the cost of late frost")
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("corrupt") == true)
        // The corrupt file was replaced by a good one.
        #expect(cache.load(articleFolder: folder.url.path).warning == nil)
        #expect(cache.load(articleFolder: folder.url.path).entries.count == 1)
    }

    @Test func aListOfFilesKeepsTheFolderOtherCachedEntries() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let a = try folder.write("a.txt", LibrarySamples.harbour)
        let b = try folder.write("b.txt", LibrarySamples.orchard)
        let cache = IndexCache(folder: folder.url.appendingPathComponent("cache"), parserStamp: "p")
        _ = index([a, b], cache: cache)
        try folder.write("a.txt", LibrarySamples.plain)
        _ = index([a], cache: cache, keepOthers: true)
        let entries = cache.load(articleFolder: folder.url.path).entries
        #expect(Set(entries.keys) == [a, b])
        #expect(entries[a]?.title == nil)
        // A whole-folder run drops files that are gone.
        try FileManager.default.removeItem(atPath: b)
        _ = index([a], cache: cache)
        #expect(Set(cache.load(articleFolder: folder.url.path).entries.keys) == [a])
    }

    @Test func unwritableCacheFolderGivesAWarningOnly() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let path = try folder.write("a.txt", LibrarySamples.harbour)
        let blocker = try folder.write("not-a-folder", "x")
        let cache = IndexCache(folder: URL(fileURLWithPath: blocker).appendingPathComponent("cache"), parserStamp: "p")
        let (summaries, warnings) = index([path], cache: cache)
        #expect(summaries[0]?.title != nil)
        #expect(warnings.contains { $0.contains("cannot save the index cache") })
    }
}
