import ArticleParser
import Foundation
import ReaderUI

/// The reader's rows of `byline bench`: layout of a 1 MB article at 120 columns, and the time
/// from a file on disk to the first frame, through the reader's own path (read and decode,
/// `ArticleOpening`, prepare, lay out, render the first screen to a `Frame`; no terminal).
struct ReaderBench {
    var repeats: Int
    static let screen = TerminalSize(width: 120, height: 40)

    func run(largest: Int) throws {
        var generator = SyntheticArticle(seed: 42)
        let text = generator.text(bytes: 1_000_000)
        let article = Analyzer.parse(text)
        let index = best { DocumentLayout(PreparedArticle(article), width: 120, folds: FoldState()).count }
        let wrapAll = best { DocumentLayout(PreparedArticle(article), width: 120, folds: FoldState()).lines.count }
        let screen = best {
            let state = ReaderState(article: PreparedArticle(article), name: "bench.txt", size: Self.screen)
            return render(state, size: Self.screen).width
        }
        print("layout 1MB at 120 columns: first screen \(Self.ms(screen)), line index of the whole \(Self.ms(index)), every block wrapped \(Self.ms(wrapAll))")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var sizes = [1_000_000]
        if largest > 1_000_000 { sizes.append(largest) }
        for size in sizes {
            let path = folder.appendingPathComponent("article-\(size).txt").path
            var generator = SyntheticArticle(seed: 7)
            try Data((size == 1_000_000 ? text : generator.text(bytes: size)).utf8).write(to: URL(fileURLWithPath: path))
            let seconds = best { Self.firstFrame(path) }
            print("first frame \(Bench.label(size)) at 120x40: \(Self.ms(seconds)) (read, decode and parse the start, prepare, lay out, render)")
        }
    }

    /// The reader's way from a path to its first frame; the frame's width, so nothing is optimised away.
    static func firstFrame(_ path: String) -> Int {
        guard let bytes = try? ArticleFile.readBytes(path), let opening = try? ArticleOpening.open(bytes, path: path)
        else { return 0 }
        let state = ReaderState(article: PreparedArticle(opening.first), name: "bench.txt", size: screen)
        return render(state, size: screen).width
    }

    /// The fastest of `repeats` runs of `work`, in seconds.
    func best(_ work: () -> Int) -> Double {
        var fastest = Double.infinity
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            let result = work()
            let elapsed = ContinuousClock.now - start
            withExtendedLifetime(result) {}
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return fastest
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}
