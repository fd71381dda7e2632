import Testing
@testable import ArticleParser
import TestSupport

/// Marked article text under a headline, so that the first line is read as a paragraph.
private func body(_ text: String) -> MarkedText {
    MarkedText("Council weighs its options\n\n" + text)
}

/// The quote whose span starts at marker 1 of `input`.
private func quote(at input: MarkedText, marker: Int = 1) -> Quote? {
    Analyzer.parse(input.text).quotes.first { $0.span.start == input[marker] }
}

@Suite struct QuoteAttributionTests {
    @Test func nameThenVerbAfterTheQuote() {
        let input = body("“1️⃣We are ready,” Jane Okafor said on Monday.")
        #expect(quote(at: input)?.speaker == "Jane Okafor")
        #expect(quote(at: input)?.speakerKind == .person)
        #expect(quote(at: input)?.cue == "said")
    }

    @Test func verbThenNameAfterTheQuote() {
        let input = body("“1️⃣It was a long night,” said Tomas Lindqvist, a night-shift nurse.")
        #expect(quote(at: input)?.speaker == "Tomas Lindqvist")
    }

    @Test func toldNamesTheAddressee() {
        let input = body("“1️⃣We will not move,” Jane Okafor told CNN.")
        #expect(quote(at: input)?.speaker == "Jane Okafor")
        #expect(quote(at: input)?.cue == "told CNN")
    }

    @Test func accordingTo() {
        let input = body("“1️⃣The reservoir has never been this low,” according to Samuel Kiprono, a hydrologist.")
        #expect(quote(at: input)?.speaker == "Samuel Kiprono")
        #expect(quote(at: input)?.cue == "according to")
    }

    @Test(arguments: ["added", "asked", "wrote", "tweeted", "argued", "warned", "insisted"])
    func otherSpeechVerbs(verb: String) {
        let input = body("“1️⃣Nothing is settled yet,” Priya Raman \(verb).")
        #expect(quote(at: input)?.speaker == "Priya Raman")
        #expect(quote(at: input)?.cue == verb)
    }

    @Test func saidInAStatement() {
        let input = body("“1️⃣The cap stays,” Priya Raman said in a statement.")
        #expect(quote(at: input)?.speaker == "Priya Raman")
        #expect(quote(at: input)?.cue == "said in a statement")
    }

    @Test func colonLeadIn() {
        let input = body("At City Hall, Jane Okafor said: “1️⃣I understand the anger.”")
        #expect(quote(at: input)?.speaker == "Jane Okafor")
    }

    @Test func colonLeadInClosingThePreviousParagraph() {
        let input = body("Tomas Lindqvist continued:\n\n“1️⃣The numbers are the same in every poll.”")
        #expect(quote(at: input)?.speaker == "Tomas Lindqvist")
    }

    @Test func speakerNamedInTheSentenceBeforeAStandAloneQuote() {
        let input = body("Mayor Jane Okafor said the city had no choice.\n\n“1️⃣We are managing every drop.”")
        #expect(quote(at: input)?.speaker == "Jane Okafor")
    }

    @Test func consecutiveQuotesInAParagraphShareTheSpeaker() {
        let input = body("“1️⃣It is a good price,” Jane Okafor said. “2️⃣I would pay it again.”")
        #expect(quote(at: input, marker: 2)?.speaker == "Jane Okafor")
    }

    @Test func quoteAcrossParagraphsSharesTheSpeaker() {
        let input = body("“1️⃣The wells were dug for a village.\n\n“2️⃣Now the district depends on them,” Grace Mwangi said.")
        #expect(quote(at: input, marker: 1)?.speaker == "Grace Mwangi")
        #expect(quote(at: input, marker: 2)?.speaker == "Grace Mwangi")
    }

    @Test func partialQuoteTakesTheReportingSubject() {
        let input = body("In a statement, Okafor said Lindqvist would work with partners to “1️⃣ensure coordinated relief”.")
        #expect(quote(at: input)?.speaker == "Okafor")
    }

    @Test func pronounResolvesToTheSubjectNotAPossessive() {
        let input = body("Tomas Lindqvist said on Sunday that Okafor’s efforts had paid off.\n\n“1️⃣We got there in the end,” he said.")
        #expect(quote(at: input)?.speaker == "Tomas Lindqvist")
    }

    @Test func pronounUsesGenderFromTitles() {
        let input = body("Mr. Lindqvist met Ms. Okafor on Monday. “1️⃣We agreed on nothing,” she said.")
        #expect(quote(at: input)?.speaker.map { $0.hasSuffix("Okafor") } == true)
    }

    @Test func roleNounResolvesToTheHolder() {
        let input = body("President Maria Santos opened the bridge on Friday.\n\n“1️⃣It is a good day,” the president said.")
        #expect(quote(at: input)?.speaker == "Maria Santos")
    }

    @Test func organisationIsOther() {
        let input = body("“1️⃣The door is open,” the ministry said in a statement.")
        #expect(quote(at: input)?.speaker == "the ministry")
        #expect(quote(at: input)?.speakerKind == .other)
    }

    @Test func unresolvablePronounIsNull() {
        let input = body("“1️⃣Nobody knows what comes next,” he said.")
        #expect(quote(at: input)?.speaker == nil)
        #expect(quote(at: input)?.speakerKind == nil)
        #expect(quote(at: input)?.cue == "said")
    }

    @Test func transcriptLabel() {
        let input = body("Transcript:\n\n\"1️⃣OKAFOR: We will rebuild the pier before the summer.")
        #expect(quote(at: input)?.speaker.map { $0.hasSuffix("Okafor") } == true)
    }

    @Test func dashCredit() {
        let input = body("“1️⃣The line goes round the block every day.” ― Daichi Mori")
        #expect(quote(at: input)?.speaker == "Daichi Mori")
    }

    @Test func seedArticleSpeakers() throws {
        let article = Analyzer.parse(try Fixtures.article("blinken-mideast.txt"))
        #expect(article.quotes.map(\.speaker) == ["Joe Biden", "Antony Blinken", "Antony Blinken", "Antony Blinken", "Antony Blinken"])
        #expect(article.quotes.allSatisfy { $0.speakerKind == .person })
    }

    @Test func appositiveOfSeveralParts() {
        let input = body("“1️⃣It is an invasion of the county’s rights,” Tomas Lindqvist, the county attorney, one of the plan’s critics, said.")
        #expect(quote(at: input)?.speaker == "Tomas Lindqvist")
    }

    @Test func sentenceEndingInTheVerbIntroducesTheQuote() {
        let input = body("The vote could still be delayed, Okafor said. “1️⃣Nobody wants that.”")
        #expect(quote(at: input)?.speaker == "Okafor")
    }

    @Test func participleTakesTheSentenceSubject() {
        let input = body("Lindqvist attacked the plan on Monday, saying it was “1️⃣a gift to developers.”")
        #expect(quote(at: input)?.speaker == "Lindqvist")
    }

    @Test func verbOpeningTheSentence() {
        let input = body("Said Okafor: “1️⃣I do not get the sense they care.”")
        // The recogniser may fold the verb into the name; the speaker is still Okafor.
        #expect(quote(at: input)?.speaker?.hasSuffix("Okafor") == true)
        #expect(quote(at: input)?.cue == "Said")
    }

    @Test func officeBetweenVerbAndName() {
        let input = body("“1️⃣The pier will reopen in May,” said harbour master Tomas Lindqvist.")
        #expect(quote(at: input)?.speaker == "Tomas Lindqvist")
    }

    @Test func quoteEndingASentenceTakesNoCueFromTheNext() {
        let input = body("Mayor Jane Okafor said the timing was open but said “1️⃣the question is the money.” Gov. Tomas Lindqvist said it would be improper to comment.")
        #expect(quote(at: input)?.speaker == "Jane Okafor")
    }

    @Test func scareQuoteInALaterSentenceDoesNotInheritTheSpeaker() {
        let input = body("“1️⃣We are ready,” Okafor said. The plan has led the journalist to fear a “2️⃣lost decade.”")
        #expect(quote(at: input, marker: 2)?.speaker == nil)
    }

    @Test func partialQuotesInOneSentenceShareTheSpeaker() {
        let input = body("Lindqvist called the deal “1️⃣disgusting” and “2️⃣a con” on Friday.")
        #expect(quote(at: input, marker: 1)?.speaker == "Lindqvist")
        #expect(quote(at: input, marker: 2)?.speaker == "Lindqvist")
    }

    @Test(arguments: ["auckland-music-venue.txt", "blinken-mideast.txt", "boston-overnight-buses.txt",
                      "denver-library-levy.txt", "glasgow-shipyard-contract.txt", "london-energy-price-cap.txt",
                      "nairobi-water-rationing.txt", "paris-metro-strike.txt", "tokyo-ramen-viral.txt"])
    func everyPersonSpeakerIsAListedPerson(name: String) throws {
        let article = Analyzer.parse(try Fixtures.article(name))
        let names = Set(article.people.map(\.name))
        for quote in article.quotes {
            #expect((quote.speaker == nil) == (quote.speakerKind == nil))
            if quote.speakerKind == .person, let speaker = quote.speaker { #expect(names.contains(speaker), "\(speaker)") }
        }
        #expect(article.quotes.contains { $0.speaker != nil })
    }

    @Test func speakerTheRecogniserMissedIsAddedToPeople() {
        let input = body("Okafor, reached by telephone in Lagos, said she had not expected it. “1️⃣I post a lot of noodles,” she said.")
        let article = Analyzer.parse(input.text)
        let speaker = article.quotes.first?.speaker
        #expect(speaker?.hasSuffix("Okafor") == true)
        #expect(article.people.contains { $0.name == speaker && $0.quotes == 1 })
    }
}
