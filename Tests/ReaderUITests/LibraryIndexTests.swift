import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// The index entry of an article and the background indexer.
@Suite struct LibraryIndexTests {
    @Test func summaryCarriesTitleDatelineCountsAndPeople() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let path = try folder.write("harbour.txt", LibrarySamples.harbour)
        let stamp = try #require(FileStamp.of(path: path))
        let summary = ArticleSummary.make(for: stamp)
        #expect(summary.problem == nil)
        #expect(summary.title == "Harbour crane contract signed after long talks")
        #expect(summary.dateline == "PORTSMOUTH")
        #expect(summary.wordCount > 20)
        #expect(summary.stamp.size == LibrarySamples.harbour.utf8.count)
        #expect(summary.displayTitle == summary.title)
        #expect(summary.topPeople.count <= ArticleSummary.topPeopleCount)
        #expect(summary.peopleCount == summary.people.count)
    }

    @Test func unreadableFileGivesAProblemNotACrash() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let path = folder.path("binary.txt")
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: path))
        let summary = ArticleSummary.make(for: try #require(FileStamp.of(path: path)))
        #expect(summary.problem?.contains("NUL") == true)
        #expect(summary.displayTitle == "binary.txt")
    }

    @Test func folderListsRegularVisibleFilesByName() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        try folder.write("b.txt", LibrarySamples.orchard)
        try folder.write("a.txt", LibrarySamples.harbour)
        try folder.write(".hidden.txt", "x")
        try folder.write("sub/c.txt", "x")
        let paths = try LibrarySource.folder(folder.url.path).articlePaths()
        #expect(paths == [folder.path("a.txt"), folder.path("b.txt")])
        #expect(throws: ArticleFileError.missing("/no/such/folder")) {
            try LibrarySource.folder("/no/such/folder").articlePaths()
        }
    }

    @Test func filesAreMadeAbsoluteAndDeduplicated() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        try folder.write("a.txt", LibrarySamples.harbour)
        let paths = try LibrarySource.files(["a.txt", "./a.txt", "b.txt"]).articlePaths(currentDirectory: folder.url.path)
        #expect(paths == [folder.path("a.txt"), folder.path("b.txt")])
    }

    @Test func indexerDeliversEveryFileIncrementally() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        var paths: [String] = []
        for index in 0..<12 {
            paths.append(try folder.write("article-\(index).txt", index.isMultiple(of: 2) ? LibrarySamples.harbour : LibrarySamples.orchard))
        }
        paths.append(folder.path("vanished.txt"))
        let indexer = LibraryIndexer(paths: paths, cache: nil, workers: 2)
        indexer.prioritize([11])
        indexer.start()
        var seen: [Int: ArticleSummary] = [:]
        var last = IndexProgress()
        while !last.isComplete {
            last = indexer.drain()
            for (index, summary) in last.summaries { seen[index] = summary }
            Thread.sleep(forTimeInterval: 0.001)
        }
        #expect(last.indexed == paths.count)
        #expect(last.total == paths.count)
        #expect(seen.count == paths.count)
        #expect(seen[0]?.title == "Harbour crane contract signed after long talks")
        #expect(seen[1]?.title == "Orchard growers count the cost of late frost")
        #expect(seen[12]?.problem?.contains("no such file") == true)
        #expect(indexer.drain().summaries.isEmpty)
    }
}
