import Testing
@testable import ArticleParser

/// Parsed blocks read their text from the shared source instead of keeping a copy.
@Suite struct BlockTextTests {
    @Test func aSliceBlockReadsExactlyItsBytesAndEqualsAnOwnedOne() {
        let source = SourceText("Zoë wrote:\n\n“東京 is far,” she said. 👍🏽\n")
        let bytes = 13..<source.byteCount - 1
        let slice = Block(index: 1, kind: .paragraph, span: source.span(bytes: bytes), source: source, bytes: bytes)
        let owned = Block(index: 1, kind: .paragraph, span: source.span(bytes: bytes), text: "“東京 is far,” she said. 👍🏽")
        #expect(slice.text == "“東京 is far,” she said. 👍🏽")
        #expect(slice == owned)
        #expect(slice.hashValue == owned.hashValue)
        var edited = slice
        edited.text = "changed"
        #expect(edited.text == "changed")
        #expect(edited != owned)
        #expect(slice.text == owned.text)   // the edit did not reach the source
    }

    @Test func everyParsedBlockTextIsItsSpanOfTheSource() {
        let text = "Headline here\n\nFirst paragraph, “quoted,” she said.\r\n\r\nSecond — with CJK 東京 and emoji 👍🏽.\n"
        let article = Analyzer.parse(text)
        let source = SourceText(text)
        #expect(article.blocks.count == 3)
        for block in article.blocks {
            #expect(block.text == source.string(block.span))
        }
    }
}
