import Foundation
import Testing
@testable import ArticleParser
import TestSupport

/// People found in the bundled sample articles.
@Suite struct PeopleArticleTests {
    private func document(_ name: String) throws -> Document {
        let source = SourceText(try Fixtures.article(name))
        return Document(source: source, segmentation: Segmenter.segment(source))
    }

    @Test func blinkenArticleHasExactlyBlinkenBidenAndThePhotographer() throws {
        var document = try document("blinken-mideast.txt")
        // The caption classifier is another stage's job: mark the caption by hand here.
        for index in document.blocks.indices where document.blocks[index].text.hasSuffix("/ AP") {
            document.blocks[index].kind = .boilerplate
            document.blocks[index].category = .caption
        }
        let people = PeopleRecognizer.recognize(in: document)
        #expect(Set(people.map(\.name)) == ["Antony Blinken", "Joe Biden", "John Minchillo"])
        let blinken = people.first { $0.name == "Antony Blinken" }
        let biden = people.first { $0.name == "Joe Biden" }
        let minchillo = people.first { $0.name == "John Minchillo" }
        #expect(blinken?.role == "Foreign Minister")
        #expect((blinken?.mentions.count ?? 0) >= 6)
        #expect(blinken?.boilerplateOnly == false)
        #expect(biden?.role == "President")
        #expect((biden?.mentions.count ?? 0) >= 5)
        #expect(minchillo?.boilerplateOnly == true)
    }

    @Test func namesakesInTheEnergyArticleKeepTheirOwnMentions() throws {
        let document = try document("london-energy-price-cap.txt")
        let people = PeopleRecognizer.recognize(in: document)
        let rachel = people.first { $0.name == "Rachel Whitcombe" }
        let daniel = people.first { $0.name == "Daniel Whitcombe" }
        #expect(rachel?.role == "Energy Minister")
        #expect(rachel?.gender == .female)
        #expect(rachel?.mentions.count == 3)
        #expect(daniel?.mentions.count == 2)
    }

    @Test func everyMentionSpanIsTheTextOfANameInItsBlock() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.articlesFolder.path)
            .filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let document = try document(name)
            for person in PeopleRecognizer.recognize(in: document) {
                for mention in person.mentions {
                    #expect(document.blocks[mention.block].span.contains(mention.span))
                    let text = document.source.string(mention.span)
                    #expect(text.first?.isUppercase == true, "\(name): \(text)")
                    #expect(!text.hasSuffix("’s") && !text.hasSuffix("'s"), "\(name): \(text)")
                }
            }
        }
    }

    @Test func peopleStageKeepsUpWithTheWholePipelineBudget() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.articlesFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var text = ""
        for _ in 0..<20 {
            for name in names { text += try Fixtures.article(name) + "\n\n" }
        }
        let source = SourceText(text)
        var timings = StageTimings()
        let article = Analyzer.parse(source, timings: &timings)
        let megabytes = Double(source.byteCount) / 1_000_000
        let rate = megabytes / max(timings.people, 1e-9)
        print("people stage: \(String(format: "%.2f", megabytes)) MB in \(String(format: "%.4f", timings.people)) s = \(String(format: "%.1f", rate)) MB/s")
        #expect(!article.people.isEmpty)
        // A floor loose enough for a debug build on a busy machine, but one a quadratic pass
        // over a 1.5 MB text would miss.
        #expect(rate > 1)
    }
}

/// The look-ups quote attribution makes.
@Suite struct PeopleIndexTests {
    @Test func findsPeopleByNameRoleAndRecency() {
        let source = SourceText("""
            Energy Minister Rachel Whitcombe met Prime Minister Alastair Penrose on Monday.

            Whitcombe said she was pleased. Penrose said he was not.
            """)
        let document = Document(source: source, segmentation: Segmenter.segment(source))
        let index = PeopleIndex(people: PeopleRecognizer.recognize(in: document))
        let rachel = index.people.firstIndex { $0.name == "Rachel Whitcombe" }
        let alastair = index.people.firstIndex { $0.name == "Alastair Penrose" }
        #expect(rachel != nil && alastair != nil)
        #expect(index.person(named: "Whitcombe") == rachel)
        #expect(index.person(named: "Mr. Penrose") == alastair)
        #expect(index.person(withRole: "prime minister") == alastair)
        #expect(index.person(withRole: "minister") == nil)
        let he = source.string.range(of: "he was not").map { source.string.unicodeScalars.distance(from: source.string.unicodeScalars.startIndex, to: $0.lowerBound) } ?? 0
        #expect(index.mostRecent(before: he, gender: .male) == alastair)
        #expect(index.mostRecent(before: he, gender: .female) == rachel)
    }
}
