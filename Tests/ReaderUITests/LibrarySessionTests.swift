import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// The hand-off between the list and the reader, without a terminal: opening, going back,
/// next and previous, and reading positions remembered across runs.
@Suite struct LibrarySessionTests {
    static let size = TerminalSize(width: 90, height: 14)

    /// A long invented article, so there is somewhere to scroll to.
    static func article(_ title: String) -> String {
        let paragraphs = (1...30).map { "Paragraph \($0) of the \(title.lowercased()) story goes on about the council and the harbour for a while." }
        return ([title] + paragraphs).joined(separator: "\n\n")
    }

    static func session(_ folder: TemporaryFolder) throws -> LibrarySession {
        let paths = try LibrarySource.folder(folder.url.appendingPathComponent("news").path).articlePaths()
        var session = LibrarySession(title: "news", indexer: LibraryIndexer(paths: paths, cache: nil, workers: 2),
                                     readingLog: ReadingLogStore(folder: folder.url.appendingPathComponent("state")),
                                     size: size)
        let deadline = Date().addingTimeInterval(20)
        while !session.library.isIndexComplete && Date() < deadline {
            session.collectIndex()
            Thread.sleep(forTimeInterval: 0.005)
        }
        return session
    }

    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "byline-library")
        try folder.write("news/1.txt", article("Canal dredging starts"))
        try folder.write("news/2.txt", article("Bakery wins award"))
        try folder.write("news/3.txt", article("Avalanche warning raised"))
        return folder
    }

    @Test func enterOpensTheSelectionAndQReturnsWithItKept() throws {
        let folder = try Self.makeFolder()
        var session = try Self.session(folder)
        #expect(session.library.isIndexComplete)
        session.handle(.character("j"))
        session.handle(.enter)
        #expect(session.reader?.state.article.title == "Bakery wins award")
        #expect(session.frame().lines.contains { $0.contains("Bakery wins award") })
        session.handle(.character("q"))
        #expect(session.reader == nil)
        #expect(!session.library.isFinished)
        #expect(session.library.selected.map { session.library.paths[$0] } == folder.path("news/2.txt"))
        #expect(session.library.readPaths == [folder.path("news/2.txt")])
        #expect(session.frame().lines[3].hasPrefix("✓ Bakery wins award"))
    }

    @Test func capitalJAndKOpenTheNextAndPreviousArticles() throws {
        let folder = try Self.makeFolder()
        var session = try Self.session(folder)
        session.handle(.enter)
        #expect(session.reader?.state.article.title == "Avalanche warning raised")
        session.handle(.character("J"))
        #expect(session.reader?.state.article.title == "Bakery wins award")
        session.handle(.character(")"))
        #expect(session.reader?.state.article.title == "Canal dredging starts")
        session.handle(.character("J"))
        #expect(session.reader?.state.article.title == "Canal dredging starts")
        #expect(session.reader?.state.message == "this is the last article")
        session.handle(.character("K"))
        #expect(session.reader?.state.article.title == "Bakery wins award")
        session.handle(.left)
        #expect(session.reader == nil)
        #expect(session.library.selected.map { session.library.paths[$0] } == folder.path("news/2.txt"))
    }

    @Test func thePlaceInAnArticleIsRestoredInTheNextRun() throws {
        let folder = try Self.makeFolder()
        var first = try Self.session(folder)
        first.handle(.enter)
        first.handle(.character(" "))
        first.handle(.character(" "))
        let top = try #require(first.reader?.state.topLine)
        #expect(top > 0)
        let shown = first.frame().lines
        first.handle(.character("q"))
        first.handle(.character("q"))
        #expect(first.library.isFinished)

        var second = try Self.session(folder)
        #expect(second.library.readPaths.count == 1)
        second.handle(.enter)
        #expect(second.reader?.state.topLine == top)
        #expect(second.frame().lines == shown)
        // Another article starts at the top.
        second.handle(.character("J"))
        #expect(second.reader?.state.topLine == 0)
    }

    @Test func aCorruptStateFileIsAWarningNotAFailure() throws {
        let folder = try Self.makeFolder()
        let state = folder.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try Data("not json at all".utf8).write(to: state.appendingPathComponent("reading.json"))
        var session = try Self.session(folder)
        #expect(session.warnings.contains { $0.contains("corrupt") })
        #expect(session.library.order.count == 3)
        session.handle(.enter)
        #expect(session.reader != nil)
        session.handle(.character("q"))
        #expect(ReadingLogStore(folder: state).load().warning == nil, "the next save repaired the file")
    }
}
