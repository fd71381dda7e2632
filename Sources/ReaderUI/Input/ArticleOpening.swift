import ArticleParser
import Foundation
import Synchronization

/// How the reader opens an article quickly whatever its size: a large text is parsed first up
/// to a paragraph break near its start, and shown, while the whole text is parsed on another
/// thread and swapped in when ready.
///
/// Offsets in a prefix are offsets in the whole text (the prefix is its first bytes), so the
/// reading position carries over.
public enum ArticleOpening {
    /// Texts larger than this are opened from a prefix of about this size.
    public static let prefixBytes = 64 * 1024

    /// The article to show first: the whole text parsed when it is small, else a prefix cut at
    /// a blank line, parsed. `isWhole` says which.
    public static func firstArticle(of source: SourceText) -> (article: Article, isWhole: Bool) {
        guard let cut = prefixEnd(in: source.utf8) else { return (Analyzer.parse(source), true) }
        return (Analyzer.parse(SourceText(source.string(bytes: 0..<cut))), false)
    }

    /// Where the prefix ends: just after the last blank line before `prefixBytes`, or the first
    /// after it within four times that; nil when the text is small or has no such break.
    static func prefixEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count > prefixBytes * 2 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            func isBlankLineEnd(_ index: Int) -> Bool {
                guard buffer[index] == 0x0A else { return false }
                var before = index - 1
                while before >= 0, buffer[before] == 0x20 || buffer[before] == 0x09 || buffer[before] == 0x0D { before -= 1 }
                return before >= 0 && buffer[before] == 0x0A
            }
            var index = prefixBytes
            while index > prefixBytes / 4 {
                if isBlankLineEnd(index) { return index + 1 }
                index -= 1
            }
            index = prefixBytes
            while index < min(buffer.count - 1, prefixBytes * 4) {
                if isBlankLineEnd(index) { return index + 1 }
                index += 1
            }
            return nil
        }
    }
}

/// The whole article, parsed on a background thread once `start` is called; the reader polls for it.
public final class BackgroundParse: Sendable {
    private struct State {
        var source: SourceText?
        var article: Article?
    }

    private let state: Mutex<State>

    /// Prepares to parse `source` (nothing runs until `start`).
    public init(_ source: SourceText) {
        state = Mutex(State(source: source))
    }

    /// Starts parsing on a new thread; later calls do nothing. The reader calls it once its
    /// first frame is painted, so the parse does not compete with it for the two cores.
    public func start() {
        guard let source = state.withLock({ state in
            defer { state.source = nil }
            return state.source
        }) else { return }
        Thread.detachNewThread { [self] in
            let article = Analyzer.parse(source)
            self.state.withLock { $0.article = article }
        }
    }

    /// The article once parsed (handed over once), else nil.
    public func take() -> Article? {
        state.withLock { state in
            defer { state.article = nil }
            return state.article
        }
    }
}
