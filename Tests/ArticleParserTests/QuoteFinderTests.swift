import Testing
@testable import ArticleParser
import TestSupport

/// Marked article text under a headline, so that the first line is read as a paragraph.
private func body(_ text: String) -> MarkedText {
    MarkedText("Council weighs its options\n\n" + text)
}

/// Parses marked text and returns its quotes' spans, for comparing with marker offsets.
private func quoteSpans(_ input: MarkedText) -> [TextSpan] {
    Analyzer.parse(input.text).quotes.map(\.span)
}

@Suite struct QuoteFinderTests {
    @Test func curlyMarks() {
        let input = body("The mayor called it “1️⃣a good day for the city2️⃣” on Monday.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func straightMarksIncludeTrailingComma() {
        let input = body("\"1️⃣We won the vote,2️⃣\" Jane Okafor said.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func mixedMarksCloseEachOther() {
        let input = body("\"1️⃣We opened with one mark and closed with another,2️⃣” she said.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func spaceBeforeClosingMarkIsNotPartOfTheQuote() {
        let input = body("“1️⃣We got where everyone wanted to be,2️⃣ ”he said in an interview.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func guillemetsAndLowNineMarks() {
        let french = body("Il a dit « 1️⃣nous restons ici2️⃣ » hier.")
        #expect(quoteSpans(french) == [TextSpan(start: french[1], end: french[2])])
        let german = body("Sie sagte „1️⃣wir bleiben hier2️⃣“ am Montag.")
        #expect(quoteSpans(german) == [TextSpan(start: german[1], end: german[2])])
    }

    @Test func doubledApostrophes() {
        let input = body("''1️⃣It isn't reform,2️⃣'' said Mr. Lindqvist. ''3️⃣It's tinkering.4️⃣''")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2]), TextSpan(start: input[3], end: input[4])])
    }

    @Test func singleQuotesInsideDoubleQuotesStayInside() {
        let input = body("“1️⃣My father used to say, ‘walls can talk,’ and he was right,2️⃣” she said.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func apostrophesAreNeverQuoteMarks() {
        let input = body("Okafor’s band don’t play the ’90s rock ’n’ roll the fans' parents loved.")
        #expect(quoteSpans(input).isEmpty)
    }

    @Test func unbalancedMarkRecoversAtParagraphEnd() {
        let input = body("He said “1️⃣we will never give up on this city2️⃣\n\nThe council meets on Tuesday to vote on the budget.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func quoteAcrossParagraphsIsOneQuotePerParagraph() {
        let input = body("“1️⃣The wells were dug for a village.2️⃣\n\n“3️⃣Now the whole district depends on them,4️⃣” she said.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2]), TextSpan(start: input[3], end: input[4])])
    }

    @Test func partialQuoteInReportedSpeech() {
        let input = body("Okafor said the city would work with partners to “1️⃣ensure coordinated relief2️⃣”.")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2])])
    }

    @Test func quoteWithinAQuoteOfAnotherFamily() {
        let input = body("\"1️⃣The poll asked: “3️⃣Is the mayor doing well?4️⃣” Most said no.2️⃣\"")
        #expect(quoteSpans(input) == [TextSpan(start: input[1], end: input[2]), TextSpan(start: input[3], end: input[4])])
    }

    @Test func loneMarkInAMenuLineIsNoQuote() {
        let input = body("Home | News \" Sport | Weather\n\nThe article starts here.")
        #expect(quoteSpans(input).isEmpty)
    }

    @Test func markupAttributesAreNoQuotes() {
        let input = body("<embed author=\"someone\" id=\"42\">")
        #expect(quoteSpans(input).isEmpty)
    }

    @Test func seedArticleHasFiveQuotesWithoutMarksOrInnerSpaces() throws {
        let article = Analyzer.parse(try Fixtures.article("blinken-mideast.txt"))
        let openings = ["ensure coordinated", "President Biden, who led this effort", "But now, as the president said",
                        "I don’t think we are in a place", "We need to start rebuilding"]
        #expect(article.quotes.count == openings.count)
        for (quote, opening) in zip(article.quotes, openings) {
            #expect(quote.text.hasPrefix(opening))
            #expect(article.source.string(quote.span) == quote.text)
            let first = quote.text.unicodeScalars.first, last = quote.text.unicodeScalars.last
            for scalar in [first, last] {
                #expect(scalar.map { !$0.properties.isWhitespace && !"“”\"".unicodeScalars.contains($0) } == true)
            }
        }
        #expect(article.quotes.first?.text.hasSuffix("reaches the Gaza Strip") == true)
    }
}
