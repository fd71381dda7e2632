import Testing
@testable import ArticleParser
import TestSupport

/// Checks that every block's text is its source slice and blocks are ordered and disjoint.
func expectWellFormedBlocks(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    var previousEnd = 0
    for (position, block) in article.blocks.enumerated() {
        #expect(block.index == position, sourceLocation: sourceLocation)
        #expect(block.span.start >= previousEnd, sourceLocation: sourceLocation)
        #expect(block.span.end <= article.source.scalarCount, sourceLocation: sourceLocation)
        #expect(!block.span.isEmpty, sourceLocation: sourceLocation)
        #expect(article.source.string(block.span) == block.text, sourceLocation: sourceLocation)
        previousEnd = block.span.end
    }
}

@Suite struct SegmentationTests {
    @Test func seedArticleHasTitleDatelineAndFourteenBlocks() throws {
        let article = Analyzer.parse(try Fixtures.article("blinken-mideast.txt"))
        #expect(article.title == "Blinken off to Mideast to push peace talks after Israel-Gaza truce")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.byline == nil)
        #expect(article.blocks.count == 14)
        #expect(article.blocks.first?.kind == .title)
        #expect(article.blocks.dropFirst().allSatisfy { $0.kind != .title })
        #expect(article.blocks.last?.text == "Leave a Comment")
        expectWellFormedBlocks(article)
    }

    @Test(arguments: [
        ("auckland-music-venue.txt", "AUCKLAND"),
        ("boston-overnight-buses.txt", "BOSTON"),
        ("denver-library-levy.txt", "DENVER"),
        ("glasgow-shipyard-contract.txt", "GLASGOW"),
        ("london-energy-price-cap.txt", "LONDON"),
        ("nairobi-water-rationing.txt", "NAIROBI"),
        ("paris-metro-strike.txt", "PARIS"),
        ("tokyo-ramen-viral.txt", "TOKYO"),
    ])
    func everySampleHasATitleADatelineAndWellFormedBlocks(name: String, dateline: String) throws {
        let text = try Fixtures.article(name)
        let article = Analyzer.parse(text)
        let firstLine = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first
        #expect(article.title == firstLine.map(String.init))
        #expect(article.dateline == dateline)
        #expect(article.blocks.count >= 10)
        expectWellFormedBlocks(article)
    }

    @Test func wireStoryBylineIsFoundAndMarkedAsBoilerplate() throws {
        let article = Analyzer.parse(try Fixtures.article("london-energy-price-cap.txt"))
        #expect(article.byline == "Martin Okafor")
        #expect(article.blocks[1].kind == .boilerplate)
        #expect(article.blocks[1].category == .byline)
    }

    @Test func hardWrappedLinesJoinIntoOneBlockPerParagraph() throws {
        let text = try Fixtures.article("denver-library-levy.txt")
        let article = Analyzer.parse(text)
        let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(article.blocks.count == paragraphs.count)
        #expect(article.blocks.filter { $0.text.contains("\n") }.count >= 5)
    }

    @Test func crlfLineEndingsCountTwoScalarsAndStayOutOfBlocks() throws {
        let bytes = try Fixtures.articleBytes("glasgow-shipyard-contract.txt")
        #expect(bytes.contains(0x0D))
        let article = Analyzer.parse(try SourceDecoder.decode(bytes).source)
        for block in article.blocks {
            #expect(!block.text.hasSuffix("\r") && !block.text.hasPrefix("\n"))
        }
        // The second block starts after the title, CR, LF, CR, LF.
        #expect(article.blocks[1].span.start == article.blocks[0].span.end + 4)
        expectWellFormedBlocks(article)
    }

    @Test func fileWithoutBlankLinesHasOneBlockPerLine() {
        let article = Analyzer.parse("Home\nNews\nSport\nA longer line of text that is a paragraph.\n")
        #expect(article.blocks.map(\.text) == ["Home", "News", "Sport", "A longer line of text that is a paragraph."])
        #expect(article.title == nil, "a title needs a blank line after it")
    }

    @Test func stackedShortLinesBetweenParagraphsStayApart() {
        let text = "Title here\n\nFirst paragraph of the story, which is long enough to read as prose.\n\nShare\nFacebook\nTwitter\n\nLast paragraph.\n"
        let article = Analyzer.parse(text)
        #expect(article.blocks.map(\.text).contains("Facebook"))
        #expect(article.blocks.map(\.text).contains("Share"))
    }

    @Test func carriageReturnsTabsBOMAndTrailingSpaces() {
        let article = Analyzer.parse("\u{FEFF}Headline\r\r\tFirst paragraph.   \r\rSecond one.\t\r")
        #expect(article.title == "Headline")
        #expect(article.blocks.map(\.text) == ["Headline", "First paragraph.", "Second one."])
        #expect(article.blocks[0].span.start == 1, "the BOM counts as one scalar")
        expectWellFormedBlocks(article)
    }

    @Test func emptyAndWhitespaceOnlyTextsAreEmptyArticles() {
        for text in ["", "   ", "\n\n\r\n\t \n"] {
            let article = Analyzer.parse(text)
            #expect(article.blocks.isEmpty)
            #expect(article.title == nil)
        }
    }

    @Test func sentenceFirstLineIsNotATitle() {
        let article = Analyzer.parse("The council met on Tuesday, and it voted to close the pool.\n\nMore text.\n")
        #expect(article.title == nil)
        #expect(article.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func headlineCaseTitleMayEndWithAFullStop() {
        let article = Analyzer.parse("Mayor Wins Second Term After Close Count.\n\nThe mayor won.\n")
        #expect(article.title == "Mayor Wins Second Term After Close Count")
        #expect(article.blocks[0].kind == .title)
    }

    @Test(arguments: [
        ("WASHINGTON – The minister flew out.", "WASHINGTON"),
        ("WASHINGTON — The minister flew out.", "WASHINGTON"),
        ("LONDON (Reuters) - Prices rose.", "LONDON"),
        ("PARIS, May 3 (AP) — Workers struck.", "PARIS"),
        ("NEW YORK - Stocks fell.", "NEW YORK"),
        ("RIO DE JANEIRO, Brazil (AFP) — Rain fell.", "RIO DE JANEIRO"),
        ("LONDON 1996-08-30", "LONDON"),
    ])
    func datelines(paragraph: String, place: String) {
        #expect(HeaderDetector.datelinePlace(in: paragraph) == place)
        let article = Analyzer.parse("Headline\n\n\(paragraph)\n")
        #expect(article.dateline == place)
    }

    @Test(arguments: [
        "I said no - and meant it.",
        "US officials - who declined to be named - said so.",
        "The WHO said on Monday it was worried.",
        "A - B",
    ])
    func sentencesThatAreNotDatelines(paragraph: String) {
        #expect(HeaderDetector.datelinePlace(in: paragraph) == nil)
    }

    @Test func bylineSplitOverTwoLines() {
        let article = Analyzer.parse("Headline\n\nBy\nJane Q. Doe\n\nThe story begins here, and it goes on for a while.\n")
        #expect(article.byline == "Jane Q. Doe")
        #expect(article.blocks.filter { $0.category == .byline }.count == 2)
    }
}
