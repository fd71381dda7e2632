import ArgumentParser
import ArticleParser
import Foundation
import ReaderUI

/// `byline bench`: measures parse throughput per stage, scaling, and memory on generated text.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark the parser on generated articles (build with -c release).",
        discussion: "Prints MB/s for the whole pipeline and each stage at each size, the scaling ratio time(largest)/time(1 MB), peak resident memory, the reader's layout time for 1 MB at 120 columns, and its time to first frame.",
        shouldDisplay: false
    )

    @Option(help: "Comma-separated sizes, e.g. 100KB,1MB,10MB,100MB.")
    var sizes = "100KB,1MB,10MB,100MB"

    @Option(help: "Repetitions per size; the fastest is reported.")
    var repeats = 3

    func run() throws {
        let targets = try sizes.split(separator: ",").map { try Self.bytes(String($0)) }
        print("byline bench — whole pipeline and per stage, best of \(repeats); MB = 10^6 bytes")
        print(Self.row(["size", "total", "segment", "tokens", "quotes", "noise", "people", "attrib", "peak RSS"]))
        var timeAt: [Int: Double] = [:]
        for target in targets {
            var generator = SyntheticArticle(seed: 42)
            let source = SourceText(generator.text(bytes: target))
            var best: StageTimings? = nil
            for _ in 0..<max(1, repeats) {
                var timings = StageTimings()
                let article = Analyzer.parse(source, timings: &timings)
                withExtendedLifetime(article) {}
                if best == nil || timings.total < (best?.total ?? .infinity) { best = timings }
            }
            guard let timings = best else { continue }
            timeAt[target] = timings.total
            let megabytes = Double(source.byteCount) / 1e6
            func rate(_ seconds: Double) -> String { String(format: "%.1f", megabytes / max(seconds, 1e-9)) }
            print(Self.row([Self.label(target), rate(timings.total), rate(timings.segmentation),
                            rate(timings.tokenization), rate(timings.quotes), rate(timings.boilerplate),
                            rate(timings.people), rate(timings.attribution),
                            String(format: "%.0f MB", Double(Self.peakResidentBytes()) / 1e6)]))
        }
        print("(MB/s. total is wall clock; a stage's column is its time summed over the 1 MiB sections, which run two at a time above 1.5 MiB, so stages can read slower than the total)")
        if let small = timeAt[1_000_000], let largest = targets.max(), largest > 1_000_000, let big = timeAt[largest] {
            print("scaling: time(\(Self.label(largest)))/time(1MB) = \(String(format: "%.1f", big / small)) (linear would be \(largest / 1_000_000))")
        }
        try ReaderBench(repeats: max(1, repeats)).run(largest: targets.max() ?? 1_000_000)
    }

    /// Right-aligns each cell in a column ten characters wide.
    static func row(_ cells: [String]) -> String {
        cells.map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }.joined(separator: " ")
    }

    static func bytes(_ text: String) throws -> Int {
        let upper = text.uppercased().trimmingCharacters(in: .whitespaces)
        for (suffix, factor) in [("KB", 1_000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("B", 1)] where upper.hasSuffix(suffix) {
            if let value = Double(upper.dropLast(suffix.count)) { return Int(value * Double(factor)) }
        }
        if let value = Int(upper) { return value }
        throw ValidationError("not a size: \(text) (use e.g. 100KB or 10MB)")
    }

    static func label(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000)MB" : "\(bytes / 1_000)KB"
    }

    /// The process's peak resident set size in bytes (ru_maxrss is in KiB on Linux).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
