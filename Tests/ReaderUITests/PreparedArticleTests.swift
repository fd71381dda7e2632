import ArticleParser
import Testing
@testable import ReaderUI

@Suite struct PreparedArticleTests {
    func prepared(_ text: String) -> PreparedBlock {
        PreparedBlock(Block(index: 0, kind: .paragraph, span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text))
    }

    @Test func escapesAndControlsBecomeVisiblePlaceholders() {
        let block = prepared("a\u{1B}]52;c;eA==\u{07}b\u{1B}[2Jc\u{8}d\u{9B}e")
        let text = block.text(0..<block.count)
        #expect(text == "a␛]52;c;eA==␇b␛[2Jc␈d\u{FFFD}e")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func bidiAndFormatCharactersAreDroppedAndWhitespaceCollapses() {
        let block = prepared("  one\u{202E}two\u{2066}\u{200B} \t three\r\nfour\u{2028}five  ")
        #expect(block.text(0..<block.count) == "onetwo three four five")
        #expect(block.isSpace(6))
    }

    @Test func sourceOffsetsPointBackIntoTheText() {
        let text = "Zoë\u{202E} said “東京 is far”."
        let block = prepared(text)
        let scalars = Array(text.unicodeScalars)
        for index in 0..<block.count where !block.isSpace(index) {
            let first = block.graphemes[index].unicodeScalars.first
            #expect(scalars[block.sourceOffsets[index]] == first)
        }
    }

    @Test func aLoneCombiningMarkSitsOnADottedCircle() {
        let block = prepared("\u{301}abc")
        #expect(block.graphemes.first == "\u{25CC}\u{301}")
        #expect(block.width(0) == 1)
    }

    @Test func quotesAreLocatedWithTheirMarks() throws {
        let article = PreparedArticle(ArticleBuilder.sample.build())
        let location = try #require(article.quoteLocations[0])
        #expect(location.block == 2)
        let text = article.blocks[2].text(location.range)
        #expect(text == "“We kept our promise to the commuters of this city,”")
        #expect(article.quotesByBlock[4] == [1])
    }

    @Test func theDatelineIsMarkedUpToItsDash() throws {
        let article = PreparedArticle(ArticleBuilder.sample.build())
        let range = try #require(article.blocks[1].dateline)
        #expect(article.blocks[1].text(range) == "PORTVILLE –")
    }

    @Test func aQuoteOutsideItsBlockIsNotPlaced() {
        var article = ArticleBuilder.sample.build()
        article.quotes.append(Quote(index: 3, block: 99, span: TextSpan(start: 100_000, end: 100_010), text: "x"))
        let prepared = PreparedArticle(article)
        #expect(prepared.quoteLocations.count == 4)
        #expect(prepared.quoteLocations[3] == nil)
    }
}
