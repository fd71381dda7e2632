import Foundation
import Synchronization

/// What the indexer has produced since the last time it was asked.
public struct IndexProgress: Sendable {
    /// New summaries, each with its index into the indexer's paths.
    public var summaries: [(index: Int, summary: ArticleSummary)] = []
    /// The summaries' sort and filter keys, worked out on the indexer's threads so the key loop
    /// need not (parallel to `summaries`; empty when not worked out).
    var keys: [LibraryOrder.RowKeys] = []
    /// Warnings (an unreadable cache, a cache that could not be saved).
    public var warnings: [String] = []
    /// How many files have a summary so far.
    public var indexed: Int = 0
    /// How many files there are.
    public var total: Int = 0
    /// Whether every file is indexed and the cache is saved.
    public var isComplete = false
}

/// Builds the library's index off the main thread: reuses cached summaries whose file is
/// unchanged, parses the rest on worker threads (rows on screen first), saves the cache, and
/// hands results over in batches that the key loop collects with `drain()` without waiting.
public final class LibraryIndexer: Sendable {
    /// The article paths, in list order.
    public let paths: [String]
    private let cache: IndexCache?
    private let keepOtherCacheEntries: Bool
    private let workerCount: Int
    private let shared: Mutex<Shared>

    private struct Shared {
        var fresh: [(index: Int, summary: ArticleSummary)] = []
        var freshKeys: [LibraryOrder.RowKeys] = []
        var warnings: [String] = []
        var indexed = 0
        var isComplete = false
        var isCancelled = false
        /// Files still to parse, in list order; `next` is the first one not yet handed out.
        var queue: [Int] = []
        var next = 0
        /// Files to parse before the queue (the rows on screen).
        var urgent: [Int] = []
        var taken: [Bool] = []
        var workersLeft = 0
        var results: [ArticleSummary?] = []
    }

    /// Creates an indexer; call `start()` to begin.
    /// - Parameters:
    ///   - paths: absolute article paths.
    ///   - cache: where cached summaries live; nil to always parse.
    ///   - keepOtherCacheEntries: whether saving keeps cached entries of files not in `paths`
    ///     (true when showing a few files of a folder, false when showing the whole folder).
    ///   - workers: parsing threads; defaults to one per core.
    public init(paths: [String], cache: IndexCache?, keepOtherCacheEntries: Bool = false,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.paths = paths
        self.cache = cache
        self.keepOtherCacheEntries = keepOtherCacheEntries
        workerCount = max(1, workers)
        var initial = Shared()
        initial.taken = Array(repeating: false, count: paths.count)
        initial.results = Array(repeating: nil, count: paths.count)
        shared = Mutex(initial)
    }

    /// Starts indexing on a background thread and returns at once.
    public func start() {
        let thread = Thread { [self] in self.run() }
        thread.name = "byline.indexer"
        thread.start()
    }

    /// Takes what has been produced since the last call. Never waits for parsing.
    public func drain() -> IndexProgress {
        shared.withLock { state in
            var progress = IndexProgress(summaries: state.fresh, keys: state.freshKeys, warnings: state.warnings,
                                         indexed: state.indexed, total: paths.count, isComplete: state.isComplete)
            state.fresh.removeAll(keepingCapacity: true)
            state.freshKeys.removeAll(keepingCapacity: true)
            state.warnings.removeAll()
            progress.total = paths.count
            return progress
        }
    }

    /// Asks for these files (by index) to be parsed before the others, e.g. the rows on screen.
    public func prioritize(_ indices: [Int]) {
        shared.withLock { state in
            state.urgent = indices.reversed().filter { state.taken.indices.contains($0) && !state.taken[$0] }
        }
    }

    /// Stops handing out work; files being parsed finish, and what is done is saved to the cache
    /// (entries of files not reached are kept from the old cache).
    public func cancel() {
        shared.withLock { $0.isCancelled = true }
    }

    /// Blocks until indexing is complete, or cancelled work is saved, or `timeout` seconds have
    /// passed (for the benchmark, tests and exit; the UI polls instead).
    public func waitUntilComplete(timeout: Double = .infinity, pollInterval: Double = 0.002) {
        let deadline = Date().addingTimeInterval(min(timeout, 1e9))
        while !shared.withLock({ $0.isComplete }) && Date() < deadline {
            Thread.sleep(forTimeInterval: pollInterval)
        }
    }

    // MARK: - Background work

    private func run() {
        let folders = Dictionary(grouping: paths.indices, by: { (paths[$0] as NSString).deletingLastPathComponent })
        var cached: [String: ArticleSummary] = [:]
        var warnings: [String] = []
        if let cache {
            for folder in folders.keys {
                let (entries, warning) = cache.load(articleFolder: folder)
                cached.merge(entries) { current, _ in current }
                if let warning { warnings.append(warning) }
            }
        }
        var hits: [(index: Int, summary: ArticleSummary)] = []
        var misses: [Int] = []
        for index in paths.indices {
            guard let stamp = FileStamp.of(path: paths[index]) else {
                hits.append((index, ArticleSummary(stamp: FileStamp(path: paths[index], size: 0, modified: 0),
                                                   problem: "\(paths[index]): no such file")))
                continue
            }
            if let entry = cached[paths[index]], entry.stamp == stamp {
                hits.append((index, entry))
            } else {
                misses.append(index)
            }
        }
        let hitKeys = hits.map { LibraryOrder.RowKeys(path: paths[$0.index], summary: $0.summary) }
        let workers = min(workerCount, max(1, misses.count))
        shared.withLock { state in
            state.warnings += warnings
            for hit in hits {
                state.taken[hit.index] = true
                state.results[hit.index] = hit.summary
            }
            state.fresh += hits
            state.freshKeys += hitKeys
            state.indexed += hits.count
            state.queue = misses
            state.workersLeft = workers
        }
        for _ in 1..<workers {
            let thread = Thread { [self] in self.parseUntilEmpty() }
            thread.name = "byline.indexer.worker"
            thread.start()
        }
        parseUntilEmpty()
        while shared.withLock({ $0.workersLeft > 0 }) { Thread.sleep(forTimeInterval: 0.001) }
        let cancelled = shared.withLock { $0.isCancelled }
        // Save when something was parsed, or when the cache lists files the folder no longer has.
        let listed = Set(paths)
        let hasVanished = !keepOtherCacheEntries && cached.keys.contains { !listed.contains($0) }
        let saveWarnings = misses.isEmpty && !hasVanished ? []
            : save(cached: cached, folders: folders, keepOthers: keepOtherCacheEntries || cancelled)
        shared.withLock { state in
            state.warnings += saveWarnings
            state.isComplete = true
        }
    }

    /// Parses queued files until none is left, then signs off.
    private func parseUntilEmpty() {
        while let index = nextIndex() {
            let summary = FileStamp.of(path: paths[index]).map(ArticleSummary.make(for:))
                ?? ArticleSummary(stamp: FileStamp(path: paths[index], size: 0, modified: 0),
                                  problem: "\(paths[index]): no such file")
            let keys = LibraryOrder.RowKeys(path: paths[index], summary: summary)
            shared.withLock { state in
                state.results[index] = summary
                state.fresh.append((index, summary))
                state.freshKeys.append(keys)
                state.indexed += 1
            }
        }
        shared.withLock { $0.workersLeft -= 1 }
    }

    private func nextIndex() -> Int? {
        shared.withLock { state in
            if state.isCancelled { return nil }
            while let index = state.urgent.popLast() {
                if !state.taken[index] {
                    state.taken[index] = true
                    return index
                }
            }
            while state.next < state.queue.count {
                let index = state.queue[state.next]
                state.next += 1
                if !state.taken[index] {
                    state.taken[index] = true
                    return index
                }
            }
            return nil
        }
    }

    /// Writes each folder's cache file: this run's summaries, plus (for a list of files) the
    /// cached entries of the folder's other files.
    private func save(cached: [String: ArticleSummary], folders: [String: [Int]], keepOthers: Bool) -> [String] {
        guard let cache else { return [] }
        let results = shared.withLock { $0.results }
        var warnings: [String] = []
        for (folder, indices) in folders {
            var entries = indices.compactMap { results[$0] }.filter { $0.stamp.size > 0 || $0.problem == nil }
            if keepOthers {
                let mine = Set(indices.compactMap { results[$0] == nil ? nil : paths[$0] })
                entries += cached.values.filter {
                    ($0.stamp.path as NSString).deletingLastPathComponent == folder && !mine.contains($0.stamp.path)
                        && FileManager.default.fileExists(atPath: $0.stamp.path)
                }
            }
            if let warning = cache.save(entries, articleFolder: folder) { warnings.append(warning) }
        }
        return warnings
    }
}
