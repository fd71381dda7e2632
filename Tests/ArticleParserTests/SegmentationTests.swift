import Testing
@testable import ArticleParser
import TestSupport

@Suite struct SegmentationTests {
    @Test func seedArticleHasTitleDatelineAndFourteenBlocks() throws {
        let article = Analyzer.parse(try Fixtures.article("blinken-mideast.txt"))
        #expect(article.title == "Blinken off to Mideast to push peace talks after Israel-Gaza truce")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.blocks.count == 14)
        #expect(article.blocks.first?.kind == .title)
        for block in article.blocks {
            #expect(article.source.string(block.span) == block.text)
        }
    }
}
