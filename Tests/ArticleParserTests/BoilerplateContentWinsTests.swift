import Testing
@testable import ArticleParser

/// Sentences that look like furniture but are article text: when unsure, content wins.
@Suite struct BoilerplateContentWinsTests {
    private func expectContent(_ line: String, after position: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = BoilerplateFixture.classification(of: line, after: position)
        #expect(result != nil, "\(line) not found", sourceLocation: sourceLocation)
        #expect(result?.0 == .paragraph, "\(line)", sourceLocation: sourceLocation)
    }

    @Test func shortQuotedSentence() {
        expectContent("“Build it,” she said.")
        expectContent("\"Not again,\" one fisherman shouted.")
    }

    @Test func oneLineParagraphs() {
        expectContent("Nobody voted against it.")
        expectContent("The vote took four minutes.", after: 6)
    }

    @Test func reportingAboutAppsAndNewsletters() {
        expectContent("The council said residents could download the ferry app to check sailing times.")
        expectContent("Subscribers to the harbour newsletter were told about the vote a day early, the clerk said.")
    }

    @Test func sentencesWithNoiseWords() {
        expectContent("Several fishermen left a comment on the council's website before the meeting.")
        expectContent("The photo of the collapsed pier was shared thousands of times on Facebook last winter.")
        expectContent("Related costs, such as dredging, will be paid from the harbour fund.")
    }

    @Test func subheadBetweenParagraphs() {
        expectContent("WHAT COMES NEXT")
    }

    @Test func dateInsideAProseSentence() {
        expectContent("On March 3, 2026, the first pylons will be driven into the seabed.")
    }

    @Test func titleIsNeverBoilerplate() {
        let article = Analyzer.parse(BoilerplateFixture.article(with: "Advertisement", title: "Share this: the pier is back"))
        #expect(article.blocks.first?.kind == .title)
    }

    @Test func articleOfShortOneLineParagraphsKeepsEveryLine() {
        let lines = [
            "The pier is closed.", "Nobody was hurt.", "Divers went down at noon.", "They found a cracked beam.",
            "Repairs start on Monday.", "The ferry will use the north quay.", "Fares will not change.",
            "More updates are expected tomorrow.",
        ]
        let article = Analyzer.parse("Harborville pier closed after storm\n\n" + lines.joined(separator: "\n\n") + "\n")
        #expect(article.blocks.filter(\.isBoilerplate).isEmpty)
    }

    @Test func articleWithoutBlankLinesKeepsItsParagraphs() {
        let text = "Harborville votes to rebuild its ferry pier\n" + BoilerplateFixture.paragraphs.joined(separator: "\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(article.blocks.filter(\.isBoilerplate).isEmpty)
    }

    @Test func longOpeningParagraphAboveABylineStaysContent() {
        let opening = "The town council of Harborville voted late on Tuesday night to rebuild the old ferry pier at a cost of twelve million, ending a dispute that had divided fishermen, shop owners and the families who rely on the morning ferry for most of the past decade, and which had twice brought the council close to collapse."
        let text = "Harborville votes to rebuild its ferry pier\n\n\(opening)\n\nBy Ruth Okonkwo\n\n"
            + BoilerplateFixture.paragraphs.dropFirst().joined(separator: "\n\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block(opening, in: article)?.isBoilerplate == false)
        #expect(BoilerplateFixture.block("By Ruth Okonkwo", in: article)?.category == .byline)
    }
}
