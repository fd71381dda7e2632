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

    /// What the reader shows first, and the whole article on its way when that is only the start.
    public struct Opening: Sendable {
        /// The article to show first.
        public var first: Article
        /// Warnings known already (e.g. invalid UTF-8 replaced in the part decoded).
        public var warnings: [String]
        /// The whole article being prepared, when `first` is only its start.
        public var whole: BackgroundParse?
    }

    /// Opens a file's bytes for the reader. A large UTF-8 text is decoded and parsed only up to
    /// a blank line near its start; the whole is decoded and parsed on another thread once
    /// `whole.start()` is called. Anything else (UTF-16, NUL bytes, a small file) is decoded
    /// whole first, as `ArticleFile.decode` does, and cut as `firstArticle` does.
    /// - Throws: `ArticleFileError` when the bytes are binary or too large.
    public static func open(_ bytes: [UInt8], path: String) throws(ArticleFileError) -> Opening {
        if bytes.count <= SourceDecoder.maximumBytes, !hasUTF16Mark(bytes), !containsNUL(bytes),
           let cut = prefixEnd(in: bytes) {
            let prefix = try ArticleFile.decode(Array(bytes[0..<cut]), path: path)
            return Opening(first: Analyzer.parse(prefix.source), warnings: prefix.warnings, whole: BackgroundParse(bytes: bytes))
        }
        let file = try ArticleFile.decode(bytes, path: path)
        let first = firstArticle(of: file.source)
        return Opening(first: first.article, warnings: file.warnings, whole: first.isWhole ? nil : BackgroundParse(file.source))
    }

    private static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))
    }

    private static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// Where the prefix ends: just after the last blank line before `prefixBytes`, or the first
    /// after it within four times that; failing that, after a line break, then after a space
    /// (a text that is one enormous line still opens at once). Nil when the text is small.
    /// A space or a line feed is never inside a UTF-8 sequence, so every cut is a scalar boundary.
    static func prefixEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count > prefixBytes * 2 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            func isBlankLineEnd(_ index: Int) -> Bool {
                guard buffer[index] == 0x0A else { return false }
                var before = index - 1
                while before >= 0, buffer[before] == 0x20 || buffer[before] == 0x09 || buffer[before] == 0x0D { before -= 1 }
                return before >= 0 && buffer[before] == 0x0A
            }
            func cut(where isEnd: (Int) -> Bool) -> Int? {
                var index = prefixBytes
                while index > prefixBytes / 4 {
                    if isEnd(index) { return index + 1 }
                    index -= 1
                }
                index = prefixBytes
                while index < min(buffer.count - 1, prefixBytes * 4) {
                    if isEnd(index) { return index + 1 }
                    index += 1
                }
                return nil
            }
            return cut(where: isBlankLineEnd) ?? cut(where: { buffer[$0] == 0x0A })
                ?? cut(where: { buffer[$0] == 0x20 })
        }
    }
}

/// The whole article, decoded if need be and parsed on a background thread once `start` is
/// called; the reader polls for it.
public final class BackgroundParse: Sendable {
    private enum Input {
        case source(SourceText)
        case bytes([UInt8])
    }

    private struct State {
        var input: Input?
        var article: Article?
        var warnings: [String] = []
    }

    private let state: Mutex<State>

    /// Prepares to parse `source` (nothing runs until `start`).
    public init(_ source: SourceText) {
        state = Mutex(State(input: .source(source)))
    }

    /// Prepares to decode and parse a file's bytes, known to be text (nothing runs until `start`).
    public init(bytes: [UInt8]) {
        state = Mutex(State(input: .bytes(bytes)))
    }

    /// Starts on a new thread; later calls do nothing. The reader calls it once its first frame
    /// is painted, so the parse does not compete with it for the two cores.
    public func start() {
        guard let input = state.withLock({ state in
            defer { state.input = nil }
            return state.input
        }) else { return }
        Thread.detachNewThread { [self] in
            var warnings: [String] = []
            let source: SourceText
            switch input {
            case .source(let text):
                source = text
            case .bytes(let bytes):
                // Checked to be text before: decoding cannot fail; if it did, nothing is swapped in.
                guard let decoded = try? SourceDecoder.decode(bytes) else { return }
                source = decoded.source
                warnings = decoded.warnings
            }
            let article = Analyzer.parse(source)
            self.state.withLock { state in
                state.article = article
                state.warnings = warnings
            }
        }
    }

    /// The article once parsed (handed over once), else nil.
    public func take() -> Article? {
        state.withLock { state in
            defer { state.article = nil }
            return state.article
        }
    }

    /// Warnings from decoding the whole text (e.g. invalid UTF-8 replaced), once parsed.
    public var warnings: [String] { state.withLock { $0.warnings } }
}
