import Testing
@testable import ArticleParser
import TestSupport

/// Parses `text` up to the people stage and returns the document and its people.
private func recognize(_ text: String) -> (document: Document, people: [Person]) {
    let source = SourceText(text)
    let document = Document(source: source, segmentation: Segmenter.segment(source))
    return (document, PeopleRecognizer.recognize(in: document))
}

/// The text of each mention of `person`.
private func mentionTexts(_ person: Person?, in document: Document) -> [String] {
    (person?.mentions ?? []).map { document.source.string($0.span) }
}

private func person(_ name: String, in people: [Person]) -> Person? {
    people.first { $0.name == name }
}

@Suite struct PeopleNameShapeTests {
    @Test func titledFullNameSurnameAndPossessiveMergeIntoOnePerson() {
        let (document, people) = recognize("""
            Lantern talks resume in Oslo

            Foreign Minister Antony Blinken arrived in Oslo on Monday.

            Blinken said the talks would resume. Blinken’s aides were less sure.
            """)
        #expect(people.map(\.name) == ["Antony Blinken"])
        let blinken = person("Antony Blinken", in: people)
        #expect(blinken?.role == "Foreign Minister")
        // Mention spans are the name itself: no title, no possessive ending.
        #expect(mentionTexts(blinken, in: document) == ["Antony Blinken", "Blinken", "Blinken"])
        #expect(blinken?.aliases.contains("Foreign Minister Antony Blinken") == true)
    }

    @Test func titleAndSurnameJoinTheFullNameAndGiveTheRole() {
        let (document, people) = recognize("""
            President Joe Biden spoke first.

            Later, President Biden said the plan would work, and Biden left.
            """)
        let biden = person("Joe Biden", in: people)
        #expect(people.count == 1)
        #expect(biden?.role == "President")
        #expect(mentionTexts(biden, in: document) == ["Joe Biden", "Biden", "Biden"])
    }

    @Test func honorificMakesASurnameAPersonWithAGender() {
        let (document, people) = recognize("The shop was quiet when Mr. Okonkwo opened it. Mrs. Adeyemi came later.")
        let okonkwo = person("Okonkwo", in: people)
        let adeyemi = person("Adeyemi", in: people)
        #expect(okonkwo?.gender == .male)
        #expect(adeyemi?.gender == .female)
        #expect(mentionTexts(okonkwo, in: document) == ["Okonkwo"])
        #expect(okonkwo?.aliases == ["Mr. Okonkwo"])
    }

    @Test func diacriticsHyphensAndDoctorTitle() {
        let (_, people) = recognize("The report was written by Dr. Ana María López-Obrador, who leads the clinic.")
        #expect(people.map(\.name) == ["Ana María López-Obrador"])
    }

    @Test func familyNameFirstNamesStayWhole() {
        let (_, people) = recognize("The summit ended after Kim Jong Un left the hall early.")
        #expect(people.map(\.name) == ["Kim Jong Un"])
    }

    @Test func dottedInitialsAndSuffixesBelongToTheName() {
        let (document, people) = recognize("""
            The lecture compared J.R.R. Tolkien with Martin Luther King Jr. on rhetoric.

            Tolkien wrote slowly.
            """)
        #expect(Set(people.map(\.name)) == ["J.R.R. Tolkien", "Martin Luther King Jr."])
        #expect(mentionTexts(person("J.R.R. Tolkien", in: people), in: document) == ["J.R.R. Tolkien", "Tolkien"])
    }

    @Test func initialAndSurnameInATableRow() {
        let (_, people) = recognize("Northshire 212 (P. Okafor 64, D. Lindqvist 5-40), Westmoor 180-6.")
        #expect(Set(people.map(\.name)) == ["P. Okafor", "D. Lindqvist"])
    }

    @Test func surnamesInACapitalsHeadlineAreMentions() {
        let (document, people) = recognize("""
            ATHLETICS - HARTWELL EDGES OKAFOR IN ZURICH

            Sprinter Dana Hartwell beat Chidi Okafor in the 100 metres on Friday.

            Hartwell won in 10.02 seconds.
            """)
        #expect(mentionTexts(person("Dana Hartwell", in: people), in: document) == ["HARTWELL", "Dana Hartwell", "Hartwell"])
        #expect(mentionTexts(person("Chidi Okafor", in: people), in: document) == ["OKAFOR", "Chidi Okafor"])
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let (document, people) = recognize("""
            Marco Rinaldi scored twice for the home side.

            His brother Paolo Rinaldi played in goal. Rinaldi saved a penalty late on.
            """)
        #expect(Set(people.map(\.name)) == ["Marco Rinaldi", "Paolo Rinaldi"])
        // The lone surname goes to the Rinaldi mentioned last before it.
        #expect(mentionTexts(person("Paolo Rinaldi", in: people), in: document) == ["Paolo Rinaldi", "Rinaldi"])
        #expect(mentionTexts(person("Marco Rinaldi", in: people), in: document) == ["Marco Rinaldi"])
    }

    @Test func roleFromAppositionAndFromLowerCaseRoleNoun() {
        let (_, people) = recognize("""
            Helen Marsh-Tully, the energy minister, said prices would fall.

            The decision was welcomed by spokesman Tomasz Wierzbicki.
            """)
        #expect(person("Helen Marsh-Tully", in: people)?.role == "energy minister")
        #expect(person("Tomasz Wierzbicki", in: people)?.role == "spokesman")
    }

    @Test func pronounsThatFollowGiveTheGender() {
        let (_, people) = recognize("Robin Castellane took the stage. She thanked the crowd before she left.")
        #expect(person("Robin Castellane", in: people)?.gender == .female)
    }
}

@Suite struct PeopleNegativeTests {
    @Test func placesAndOrganisationsAreNotPeople() {
        let (_, people) = recognize("""
            Aid reached the Gaza Strip and the West Bank on Monday, NBC News reported.

            Congress debated the Middle East while Hamas issued a statement.
            """)
        #expect(people.isEmpty)
    }

    @Test func capitalisedSentenceStartsAndHeadlineWordsAreNotPeople() {
        let (_, people) = recognize("""
            Storm Warnings Issued Across Northern Coast

            Residents are leaving their homes.

            Download the News App for updates.
            """)
        #expect(people.isEmpty)
    }

    @Test func firmsTeamsAndAdjectivesAreNotPeople() {
        let (_, people) = recognize("""
            Shares of Harlow & Finch rose after the Ontario-based Federal Reserve Bank report.

            The Boston Red Sox beat the Chicago White Sox at the Riverside Stadium.
            """)
        #expect(people.isEmpty)
    }

    @Test func anArticleBeforeUnknownCapitalisedWordsMakesThemAThing() {
        let (_, people) = recognize("Fans queued outside the Copper Kettle on Sunday.")
        #expect(people.isEmpty)
    }
}

@Suite struct PeopleBoilerplateTests {
    @Test func aPersonOnlyInACaptionCreditIsBoilerplateOnly() {
        let source = SourceText("""
            Aid convoy reaches the border

            Trucks crossed at dawn, said Amal Haddad, a driver.

            Trucks wait at the crossing. Petra Novakova / AP
            """)
        var document = Document(source: source, segmentation: Segmenter.segment(source))
        guard let caption = document.blocks.indices.last else {
            Issue.record("no blocks")
            return
        }
        document.blocks[caption].kind = .boilerplate
        document.blocks[caption].category = .caption
        let people = PeopleRecognizer.recognize(in: document)
        #expect(person("Petra Novakova", in: people)?.boilerplateOnly == true)
        #expect(person("Amal Haddad", in: people)?.boilerplateOnly == false)
    }
}
