import ArticleParser
import Foundation
import Testing
@testable import ReaderUI

/// A large text opens from a prefix cut at a blank line; the whole article, swapped in later,
/// keeps the reader's place.
@Suite struct ArticleOpeningTests {
    /// Numbered paragraphs, about `bytes` long, after a headline.
    static func text(bytes: Int) -> String {
        var text = "Harbour council approves the pier budget\n\n"
        var paragraph = 1
        while text.utf8.count < bytes {
            text += "Paragraph \(paragraph) notes that the council met on Tuesday, and “we are pleased,” the mayor said. "
            text += "The ferry timetable is unchanged for now.\n\n"
            paragraph += 1
        }
        return text
    }

    @Test func aSmallTextIsParsedWhole() {
        let source = SourceText(Self.text(bytes: 50_000))
        #expect(ArticleOpening.prefixEnd(in: source.utf8) == nil)
        #expect(ArticleOpening.firstArticle(of: source).isWhole)
    }

    /// One enormous line (no line breaks at all) still opens from a prefix, cut after a space,
    /// and a text of long lines without blank lines is cut after a line break.
    @Test func aTextWithoutBlankLinesIsCutAfterALineBreakOrASpace() throws {
        let line = String(repeating: "Zoë said the ferry “runs late” again 東京 ", count: 8_000)
        let oneLine = SourceText(line)
        let cut = try #require(ArticleOpening.prefixEnd(in: oneLine.utf8))
        #expect(oneLine.utf8[cut - 1] == 0x20)
        #expect(cut <= ArticleOpening.prefixBytes + 1 && cut > ArticleOpening.prefixBytes / 4)
        #expect(!ArticleOpening.firstArticle(of: oneLine).isWhole)

        let lines = SourceText(String(repeating: "A line of news without any blank line after it.\n", count: 8_000))
        let lineCut = try #require(ArticleOpening.prefixEnd(in: lines.utf8))
        #expect(lines.utf8[lineCut - 1] == 0x0A)
        #expect(lineCut <= ArticleOpening.prefixBytes + 1)
    }

    @Test func aLargeTextOpensFromAPrefixEndingAtABlankLine() throws {
        let source = SourceText(Self.text(bytes: 400_000))
        let cut = try #require(ArticleOpening.prefixEnd(in: source.utf8))
        #expect(cut <= ArticleOpening.prefixBytes + 1 && cut > ArticleOpening.prefixBytes / 2)
        #expect(Array(source.utf8[(cut - 2)..<cut]) == [0x0A, 0x0A])
        let first = ArticleOpening.firstArticle(of: source)
        #expect(!first.isWhole)
        // The prefix's blocks lie where the whole text's do: offsets carry over.
        let whole = Analyzer.parse(source)
        for block in first.article.blocks.dropLast() {
            #expect(whole.blocks[block.index].span == block.span)
            #expect(whole.blocks[block.index].text == block.text)
        }
    }

    @Test func swappingInTheWholeKeepsTheScreenAsItWas() throws {
        let source = SourceText(Self.text(bytes: 400_000))
        let first = ArticleOpening.firstArticle(of: source)
        var state = ReaderState(article: PreparedArticle(first.article), name: "long.txt", size: TerminalSize(width: 90, height: 30))
        reduce(&state, .scrollPages(7))
        reduce(&state, .scrollLines(3))
        let before = render(state, size: state.size).lines.dropLast()
        state.replaceArticle(with: PreparedArticle(Analyzer.parse(source)))
        #expect(!state.isPartial)
        #expect(state.article.article.blocks.count > first.article.blocks.count)
        let after = render(state, size: state.size).lines.dropLast()
        #expect(after.first == before.first, "the same line stays at the top")
        #expect(Array(after) == Array(before))
    }

    @Test func goingToTheEndWhileLoadingLandsAtTheEndOfTheWhole() throws {
        let source = SourceText(Self.text(bytes: 400_000))
        let first = ArticleOpening.firstArticle(of: source)
        var state = ReaderState(article: PreparedArticle(first.article), name: "long.txt", size: TerminalSize(width: 90, height: 30))
        reduce(&state, .bottom)
        let endOfStart = state.topLine
        #expect(endOfStart > 0)
        state.replaceArticle(with: PreparedArticle(Analyzer.parse(source)))
        #expect(state.topLine == state.maximumTopLine)
        #expect(state.topLine > endOfStart * 3, "the whole is several times longer than its start")
    }

    @Test func aLargeFileIsDecodedOnlyUpToItsPrefixBeforeTheFirstFrame() throws {
        let bytes = Array(Self.text(bytes: 400_000).utf8)
        let opening = try ArticleOpening.open(bytes, path: "long.txt")
        let whole = try #require(opening.whole)
        #expect(opening.first.source.byteCount < 100_000)
        #expect(opening.first.source.utf8 == Array(bytes.prefix(opening.first.source.byteCount)))
        whole.start()
        let article = try Self.waitFor(whole)
        #expect(article.source.byteCount == bytes.count)
    }

    @Test func binaryAndUTF16FilesAreDecodedWholeAsBefore() throws {
        var binary = Array(Self.text(bytes: 400_000).utf8)
        binary[300_000] = 0
        #expect(throws: ArticleFileError.binary("x.txt")) { try ArticleOpening.open(binary, path: "x.txt") }
        let units: [UInt8] = Self.text(bytes: 200_000).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16: [UInt8] = [0xFF, 0xFE] + units
        let opening = try ArticleOpening.open(utf16, path: "u.txt")
        #expect(opening.first.title == "Harbour council approves the pier budget")
        #expect(opening.whole != nil, "decoded whole, then cut like any large text")
    }

    @Test func invalidUTF8InTheWholeIsReportedWhenItArrives() throws {
        var bytes = Array(Self.text(bytes: 400_000).utf8)
        bytes[350_000] = 0xFF
        let opening = try ArticleOpening.open(bytes, path: "bad.txt")
        #expect(opening.warnings.isEmpty, "the start is clean")
        let whole = try #require(opening.whole)
        whole.start()
        _ = try Self.waitFor(whole)
        #expect(whole.warnings == ["invalid UTF-8 replaced with U+FFFD"])
    }

    /// Polls a background parse for up to a minute.
    static func waitFor(_ parse: BackgroundParse) throws -> Article {
        for _ in 0..<1200 {
            if let article = parse.take() { return article }
            usleep(50_000)
        }
        throw CancellationError()
    }

    @Test func theBackgroundParseHandsOverTheWholeArticleOnce() async throws {
        let source = SourceText(Self.text(bytes: 300_000))
        let parse = BackgroundParse(source)
        #expect(parse.take() == nil, "nothing runs before start")
        parse.start()
        parse.start()
        var article: Article?
        for _ in 0..<600 where article == nil {
            article = parse.take()
            if article == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let whole = try #require(article)
        #expect(whole.blocks.count == Analyzer.parse(source).blocks.count)
        #expect(parse.take() == nil)
    }
}
