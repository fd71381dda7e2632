import Testing
@testable import ArticleParser

/// The byte-level shortcuts of the people stage must answer exactly as the string-level code
/// they stand in for.
@Suite struct PeopleFastPathTests {
    @Test func asciiNameWordsMatchTheCharacterByCharacterReading() {
        let names = [
            "Mr. Harlan Quist", "HARLAN QUIST'S", "Quist's", "Quist'S", "the Rev. Odile Marchetti-Vane",
            "Prime Minister  Tove Aarland", "O'Rourke", "'s", "s", "Dr", "  ", "", "Jr.", "Ansel Brightwater Jr",
            "Ines 2nd-Vale, said", "Gov. Pell (D)", "von Ahlen", "Ada_Lovett", "Kell\tMorrow\nIII", "x's's",
        ]
        for name in names {
            #expect(NameWords.significantASCII(name) == NameWords.significantUnicode(name), "\(name)")
            #expect(NameWords.significant(name) == NameWords.significantUnicode(name), "\(name)")
        }
        #expect(NameWords.significantASCII("Zoë Marchetti") == nil)
        #expect(NameWords.significant("Zoë Marchetti’s") == ["zoë", "marchetti"])
    }

    @Test func wordTableLooksUpLowerCasedOrExactBytes() {
        let table = ASCIIWordTable([(key: "van", value: 1), (key: "der", value: 2), (key: "café", value: 3)])
        let text = Array("Van der VAN vanx".utf8)
        text.withUnsafeBufferPointer { utf8 in
            #expect(table.value(lowercasing: 0..<3, in: utf8) == 1)
            #expect(table.value(exactly: 0..<3, in: utf8) == nil)
            #expect(table.value(exactly: 4..<7, in: utf8) == 2)
            #expect(table.value(lowercasing: 8..<11, in: utf8) == 1)
            #expect(table.value(lowercasing: 12..<16, in: utf8) == nil)
            #expect(table.value(lowercasing: 12..<14, in: utf8) == nil)
        }
    }

    @Test func lowerCaseWordsMatchWholeWordsOnly() {
        let words = LowerCaseWords(["brightwater", "quist", "é"])
        let text = Array("Quist quist quists brightwater é".utf8)
        text.withUnsafeBufferPointer { utf8 in
            #expect(words.member(matching: 0..<5, in: utf8) == nil)
            let quist = words.member(matching: 6..<11, in: utf8)
            #expect(quist != nil)
            #expect(words.member(matching: 12..<18, in: utf8) == nil)
            #expect(words.words([quist ?? -1, words.member(matching: 19..<30, in: utf8) ?? -1].filter { $0 >= 0 })
                == ["quist", "brightwater"])
            #expect(words.member(matching: 31..<33, in: utf8) != nil)
        }
    }

    @Test func distinctFormsKeepFirstUseOrderWithoutTheName() {
        let text = "Harlan Quist. Quist. Mayor Harlan Quist. Quist. Harlan Quist."
        let source = SourceText(text)
        let forms = [0..<12, 14..<19, 21..<39, 41..<46, 48..<60]
        #expect(PersonFacts.distinctForms(forms, besides: "Harlan Quist", in: source) == ["Quist", "Mayor Harlan Quist"])
    }

    @Test func distinctFormsStayDistinctPastTheComparisonLimit() {
        // Forty different forms, each used twice: more than are compared one by one.
        let words = (0..<40).map { "Form\($0)" }
        let text = (words + words).joined(separator: " ")
        var forms: [Range<Int>] = []
        var offset = 0
        for word in words + words {
            forms.append(offset..<(offset + word.utf8.count))
            offset += word.utf8.count + 1
        }
        #expect(PersonFacts.distinctForms(forms, besides: "Form3", in: SourceText(text)) == words.filter { $0 != "Form3" })
    }
}
