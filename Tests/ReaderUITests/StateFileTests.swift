import Foundation
import Testing
import TestSupport
@testable import ReaderUI

/// The files Byline writes (the reading state and the index cache): written atomically, and any
/// damage to them costs a warning and a fresh start, never a crash or a failure.
@Suite struct StateFileTests {
    @Test func aReaderNeverSeesHalfAWrite() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        let url = folder.url.appendingPathComponent("state.json")
        let versions = [Data(repeating: UInt8(ascii: "a"), count: 400_000), Data(repeating: UInt8(ascii: "b"), count: 700_000)]
        try AtomicFile.write(versions[0], to: url)
        let done = Flag()
        let torn = Flag()
        let reader = Thread {
            while !done.isSet {
                // A missing file would be a torn replace too: rename swaps in one step.
                let data = FileManager.default.contents(atPath: url.path)
                if data != versions[0] && data != versions[1] { torn.set() }
            }
        }
        reader.start()
        for round in 1...40 { try AtomicFile.write(versions[round % 2], to: url) }
        done.set()
        while !reader.isFinished { usleep(1_000) }
        #expect(!torn.isSet, "a read saw a file that was neither the old nor the new version")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["state.json"], "no temporary file is left")
    }

    @Test func aFailedReplaceLeavesWhatWasThereAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder(prefix: "byline-library")
        // A folder (not empty) where the file should go: rename cannot replace it.
        let blocked = folder.url.appendingPathComponent("reading.json")
        try folder.write("reading.json/keep", "kept")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("{}".utf8), to: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["reading.json"])
        #expect(try String(contentsOf: blocked.appendingPathComponent("keep"), encoding: .utf8) == "kept")
        // Through the stores: a warning each, no crash.
        #expect(ReadingLogStore(folder: folder.url).save(ReadingLog())?.contains("cannot save the reading state") == true)
        #expect(ReadingLogStore(folder: folder.url).load().warning?.contains("cannot read") == true)
    }

    /// Damage a state file can come to: cut short, emptied, overwritten with noise, nested
    /// deeper than any decoder's stack, the right shape with wrong types.
    static let damage: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("cut short", Array(#"{"version":1,"log":{"entries":{"/a.txt":{"posi"#.utf8)),
        ("noise", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }),
        ("NUL bytes", [UInt8](repeating: 0, count: 64)),
        ("deep nesting", Array(String(repeating: "[", count: 200_000).utf8)),
        ("deep objects", Array(String(repeating: #"{"a":"#, count: 100_000).utf8)),
        ("wrong types", Array(#"{"version":"1","log":[],"entries":7,"folder":null,"parser":{}}"#.utf8)),
        ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0x7D]),
    ]

    @Test(arguments: damage.indices)
    func aDamagedReadingStateIsAWarningAndTheNextSaveRepairsIt(_ index: Int) throws {
        let (name, bytes) = Self.damage[index]
        let folder = try TemporaryFolder(prefix: "byline-library")
        let store = ReadingLogStore(folder: folder.url)
        try Data(bytes).write(to: store.url)
        let (log, warning) = store.load()
        #expect(log == ReadingLog(), "\(name)")
        #expect(warning?.contains("corrupt") == true, "\(name): \(warning ?? "no warning")")
        var next = log
        next.record(ReadingPosition(block: 2, grapheme: 5), for: "/a.txt", at: 1)
        #expect(store.save(next) == nil)
        #expect(store.load().warning == nil, "\(name): repaired")
        #expect(store.load().log.position(for: "/a.txt") == ReadingPosition(block: 2, grapheme: 5))
    }

    @Test(arguments: damage.indices)
    func aDamagedIndexCacheIsAWarningAndTheNextSaveRepairsIt(_ index: Int) throws {
        let (name, bytes) = Self.damage[index]
        let folder = try TemporaryFolder(prefix: "byline-library")
        let cache = IndexCache(folder: folder.url.appendingPathComponent("cache"), parserStamp: "p")
        try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: cache.file(for: "/news"))
        let (entries, warning) = cache.load(articleFolder: "/news")
        #expect(entries.isEmpty, "\(name)")
        #expect(warning?.contains("corrupt") == true, "\(name): \(warning ?? "no warning")")
        let entry = ArticleSummary(stamp: FileStamp(path: "/news/a.txt", size: 3, modified: 1), title: "T")
        #expect(cache.save([entry], articleFolder: "/news") == nil)
        #expect(cache.load(articleFolder: "/news").entries == ["/news/a.txt": entry], "\(name): repaired")
    }
}

/// A flag set by one thread and read by another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
