import Testing
@testable import ArticleParser

/// The parser on hostile and broken input: every result is well formed (blocks, quotes and
/// mentions inside the text and equal to their slices), and nothing hangs.
@Suite struct HostileInputTests {
    /// Checks the invariants the contract promises, whatever the input.
    func expectWellFormed(_ text: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let article = Analyzer.parse(text)
        expectWellFormedBlocks(article, sourceLocation: sourceLocation)
        for quote in article.quotes {
            #expect(quote.block >= 0 && quote.block < article.blocks.count, "\(label)", sourceLocation: sourceLocation)
            if quote.block >= 0 && quote.block < article.blocks.count {
                #expect(article.blocks[quote.block].span.contains(quote.span), "\(label)", sourceLocation: sourceLocation)
            }
            #expect(article.source.string(quote.span) == quote.text, "\(label)", sourceLocation: sourceLocation)
        }
        let names = Set(article.people.map(\.name))
        for quote in article.quotes where quote.speakerKind == .person {
            #expect(quote.speaker.map(names.contains) == true, "\(label): speaker is a listed person", sourceLocation: sourceLocation)
        }
        for person in article.people {
            for mention in person.mentions {
                #expect(mention.span.end <= article.source.scalarCount, "\(label)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func whitespaceOnly() { expectWellFormed(String(repeating: " \t\n\r\n\u{A0}\u{3000}", count: 500), "whitespace") }

    @Test func aHundredThousandParagraphs() {
        let text = (0..<100_000).map { "Paragraph \($0) says little." }.joined(separator: "\n\n")
        let article = Analyzer.parse(text)
        #expect(article.blocks.count == 100_000)
        expectWellFormedBlocks(article)
    }

    @Test func tenThousandUnbalancedQuoteMarks() {
        let marks = ["“", "”", "\"", "‘", "’", "«", "»", "„", "``", "''"]
        let text = (0..<10_000).map { "word \(marks[$0 % marks.count]) more" }.joined(separator: " ")
        expectWellFormed("Headline\n\n" + text + "\n\nNext paragraph, said Jane Doe.", "unbalanced")
    }

    @Test func deeplyNestedQuotes() {
        let open = String(repeating: "“‘«„", count: 500), close = String(repeating: "“»’”", count: 500)
        expectWellFormed("Headline\n\nShe said \(open)deep\(close) and left.", "nested")
    }

    @Test func everyControlCharacter() {
        var scalars = String.UnicodeScalarView()
        for value in UInt32(1)...0x9F where !(0x20...0x7E).contains(value) {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar); scalars.append("x") }
        }
        expectWellFormed("Title\n\n" + String(scalars) + "\n\n“Quoted,” said Ana Ruiz.", "controls")
    }

    @Test func terminalEscapeSequences() {
        let text = "Title\n\nA \u{1B}]52;c;ZXZpbA==\u{07} clipboard, \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\, \u{1B}[2J clear, \u{1B}P+q\u{1B}\\ dcs, \u{9B}31m csi.\n\n“Fine,” he said."
        expectWellFormed(text, "escapes")
    }

    @Test func bidiOverridesZeroWidthJoinersAndZalgo() {
        let zalgo = "Z" + String(repeating: "\u{0301}\u{0316}\u{0334}", count: 300) + "algo"
        let text = "Title\n\n\u{202E}Mayor Ana Ruiz\u{202C} said “👩‍👩‍👧‍👦 family \u{200D}\u{200D} joiners” and \(zalgo)."
        expectWellFormed(text, "bidi")
    }

    @Test func longSingleLineWithManyQuotes() {
        let line = String(repeating: "word “quoted” text, she said. ", count: 20_000)
        expectWellFormed("Headline\r\n\r\n" + line, "long line")
    }

    @Test func manyDistinctPeopleAndQuotes() {
        let given = ["Ana", "Boris", "Chen", "Dara", "Emil", "Fola", "Gita", "Hugo"]
        /// A made-up surname per number: "Kab", "Kac", … so every person is distinct.
        func surname(_ number: Int) -> String {
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            return "K" + String(letters[number / 26 % 26]) + String(letters[number % 26]) + "ovic"
        }
        let text = (0..<4_000).map { index in
            "“Statement number \(index),” said \(given[index % 8]) \(surname(index / 8))."
        }.joined(separator: "\n\n")
        expectWellFormed(text, "many people")
    }
}
