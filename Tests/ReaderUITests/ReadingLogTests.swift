import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// Reading positions remembered across runs, written atomically, tolerant of a bad file.
@Suite struct ReadingLogTests {
    @Test func positionsSurviveASaveAndLoad() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let store = ReadingLogStore(folder: folder.url.appendingPathComponent("state/byline"))
        var log = store.load().log
        #expect(log == ReadingLog())
        #expect(!log.isRead("/a.txt"))
        log.record(ReadingPosition(block: 4, grapheme: 17), for: "/a.txt", at: 10)
        #expect(store.save(log) == nil)
        let (loaded, warning) = store.load()
        #expect(warning == nil)
        #expect(loaded.position(for: "/a.txt") == ReadingPosition(block: 4, grapheme: 17))
        #expect(loaded.isRead("/a.txt"))
        #expect(loaded.position(for: "/b.txt") == nil)
    }

    @Test func saveReplacesTheFileAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let store = ReadingLogStore(folder: folder.url)
        var log = ReadingLog()
        for block in 0..<3 {
            log.record(ReadingPosition(block: block, grapheme: 0), for: "/a.txt", at: Double(block))
            #expect(store.save(log) == nil)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["reading.json"])
        #expect(store.load().log.position(for: "/a.txt")?.block == 2)
    }

    @Test func corruptStateFileIsIgnoredWithAWarning() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let store = ReadingLogStore(folder: folder.url)
        try Data("{\"version\":1,\"log\":{\"entries\":{\"/a.txt\":{\"posi".utf8).write(to: store.url)
        let (log, warning) = store.load()
        #expect(log == ReadingLog())
        #expect(warning?.contains("corrupt") == true)
        // And the next save repairs it.
        var next = log
        next.record(.top, for: "/b.txt", at: 1)
        #expect(store.save(next) == nil)
        #expect(store.load().warning == nil)
    }

    @Test func wrongShapeOrVersionIsIgnoredToo() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let store = ReadingLogStore(folder: folder.url)
        try Data("[1, 2, 3]".utf8).write(to: store.url)
        #expect(store.load().warning != nil)
        try Data("{\"version\":99,\"log\":{\"entries\":{}}}".utf8).write(to: store.url)
        #expect(store.load().warning != nil)
    }

    @Test func unwritableStateFolderGivesAWarningOnly() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let blocker = try folder.write("blocker", "x")
        let store = ReadingLogStore(folder: URL(fileURLWithPath: blocker).appendingPathComponent("byline"))
        #expect(store.save(ReadingLog())?.contains("cannot save the reading state") == true)
        #expect(store.load().warning == nil)
    }

    @Test func xdgFoldersFollowTheEnvironment() {
        #expect(UserFolders.state(environment: ["XDG_STATE_HOME": "/s"]).path == "/s/byline")
        #expect(UserFolders.cache(environment: ["XDG_CACHE_HOME": "/c"]).path == "/c/byline")
        #expect(UserFolders.state(environment: ["HOME": "/h"]).path == "/h/.local/state/byline")
        #expect(UserFolders.cache(environment: ["HOME": "/h", "XDG_CACHE_HOME": "relative"]).path == "/h/.cache/byline")
    }
}
