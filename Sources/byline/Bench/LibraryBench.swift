import ArgumentParser
import Foundation
import ReaderUI

/// `byline bench-library`: how long the library takes to show its first frame and to finish
/// indexing a folder of generated articles, with a cold cache and then a warm one.
///
/// It drives the same pieces as the full-screen list, minus curses: list the folder, build the
/// list state, render the first frame; then start the indexer and, like the key loop, poll it,
/// ingest and re-render until it is done. A benchmark, not a test: it reports, never asserts.
struct LibraryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-library",
        abstract: "Benchmark the library list on generated articles (build with -c release).",
        shouldDisplay: false
    )

    @Option(help: "How many articles to generate.")
    var articles = 10_000

    @Option(help: "Seconds between polls of the indexer (the UI's key loop wakes every 0.25 s).")
    var poll = 0.02

    @Option(help: "Use this folder of articles instead of generating them.")
    var folder: String?

    func run() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-library-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let articleFolder: String
        if let folder {
            articleFolder = folder
        } else {
            articleFolder = root.appendingPathComponent("articles").path
            let started = Date()
            try generate(count: articles, into: articleFolder)
            print("generated \(articles) articles in \(Self.seconds(Date().timeIntervalSince(started)))")
        }
        let cache = IndexCache(folder: root.appendingPathComponent("cache"), parserStamp: "bench")
        print("byline bench-library — \(articleFolder); poll every \(Self.seconds(poll)); \(ProcessInfo.processInfo.activeProcessorCount) cores")
        for run in ["cold cache", "warm cache"] {
            let result = try measure(folder: articleFolder, cache: cache)
            print("\(run): first frame \(Self.seconds(result.firstFrame)) (listing \(Self.seconds(result.listing)))"
                  + " · indexed \(result.count) in \(Self.seconds(result.complete))"
                  + " · longest loop step \(Self.seconds(result.longestStep)) over \(result.steps) steps")
        }
    }

    struct Result {
        var listing: Double
        var firstFrame: Double
        var complete: Double
        var longestStep: Double
        var steps: Int
        var count: Int
    }

    func measure(folder: String, cache: IndexCache) throws -> Result {
        let size = TerminalSize(width: 120, height: 40)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let paths = try LibrarySource.folder(folder).articlePaths()
        let listing = elapsed()
        var state = LibraryState(title: folder, paths: paths, size: size)
        let indexer = LibraryIndexer(paths: paths, cache: cache)
        var frame = render(state, size: size)
        let firstFrame = elapsed()
        indexer.start()
        var longest = 0.0
        var steps = 0
        while !state.isIndexComplete {
            Thread.sleep(forTimeInterval: poll)
            let stepStart = elapsed()
            state.ingest(indexer.drain())
            indexer.prioritize(Array(state.visibleRows))
            frame = render(state, size: size)
            longest = max(longest, elapsed() - stepStart)
            steps += 1
        }
        withExtendedLifetime(frame) {}
        return Result(listing: listing, firstFrame: firstFrame, complete: elapsed(), longestStep: longest, steps: steps,
                      count: state.indexed)
    }

    /// Writes `count` generated articles of 3–6 KB each.
    func generate(count: Int, into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var generator = SyntheticArticle(seed: 7)
        for index in 0..<count {
            let path = (folder as NSString).appendingPathComponent(String(format: "article-%05d.txt", index))
            guard FileManager.default.createFile(atPath: path, contents: Data(generator.article().utf8)) else {
                throw ValidationError("cannot write \(path)")
            }
        }
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }
}
