import Testing
@testable import ArticleParser

/// Long texts are analysed in sections; the result must read as one article.
@Suite struct SectionedParseTests {
    /// An article long enough to cut into several small sections: a person named in full at the
    /// top, then only by surname, quoted throughout.
    static let text: String = {
        var paragraphs = ["Harbour plan wins backing after long night", "By Staff Reporter"]
        paragraphs.append("Councillor Miriam Achterberg said on Tuesday that the harbour plan would go ahead after a vote that ran past midnight.")
        for round in 0..<40 {
            paragraphs.append("“We listened to every objection in round \(round),” Achterberg said. “Nothing was rushed.”")
            paragraphs.append("The council also heard from residents about parking, ferries and the fish market, item \(round).")
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }()

    @Test func rangesCoverEveryBlockInOrderAndFoldAShortTail() {
        let blockBytes = (0..<10).map { $0 * 100..<($0 + 1) * 100 }
        let ranges = Sections.ranges(blockBytes: blockBytes, targetBytes: 300)
        #expect(ranges == [0..<3, 3..<6, 6..<10])   // the 100-byte tail joins the last section
        #expect(Sections.ranges(blockBytes: blockBytes, targetBytes: 10_000) == [0..<10])
        #expect(Sections.ranges(blockBytes: [], targetBytes: 300).isEmpty)
    }

    @Test func sectionsGiveTheSameBlocksAndQuotesAsOnePass() {
        let source = SourceText(Self.text)
        var timings = StageTimings()
        let whole = Analyzer.parse(source, timings: &timings, sectionBytes: .max)
        let sectioned = Analyzer.parse(source, timings: &timings, sectionBytes: 600)
        #expect(Sections.ranges(blockBytes: Segmenter.segment(source).blockBytes, targetBytes: 600).count > 5)
        #expect(sectioned.blocks.map(\.span) == whole.blocks.map(\.span))
        #expect(sectioned.blocks.map(\.index) == Array(whole.blocks.indices))
        #expect(sectioned.quotes.map(\.span) == whole.quotes.map(\.span))
        #expect(sectioned.quotes.map(\.index) == Array(whole.quotes.indices))
        for quote in sectioned.quotes {
            #expect(sectioned.blocks[quote.block].span.contains(quote.span), "quote \(quote.index) block number")
        }
    }

    @Test func aSurnameInALaterSectionJoinsTheFullNameAndKeepsItsQuotes() throws {
        let source = SourceText(Self.text)
        var timings = StageTimings()
        let article = Analyzer.parse(source, timings: &timings, sectionBytes: 600)
        let matches = article.people.filter { $0.name.hasSuffix("Achterberg") }
        #expect(matches.count == 1)
        let person = try #require(matches.first)
        #expect(person.name == "Miriam Achterberg")
        #expect(person.quotes == article.quotes.filter { $0.speaker == "Miriam Achterberg" }.count)
        #expect(person.quotes >= 40)
        #expect(!article.quotes.contains { $0.speaker == "Achterberg" })
        let blocks = Set(person.mentions.map(\.block))
        #expect(blocks.count > 20)
        #expect(person.mentions == person.mentions.sorted())
        for mention in person.mentions {
            #expect(article.blocks[mention.block].span.contains(mention.span))
        }
    }
}
