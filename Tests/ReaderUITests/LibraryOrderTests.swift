import Foundation
import Testing
@testable import ReaderUI

/// Sorting, filtering and the person index of the library list.
@Suite struct LibraryOrderTests {
    static func summary(_ path: String, title: String?, modified: Double, quotes: Int, people: [String]) -> ArticleSummary {
        ArticleSummary(stamp: FileStamp(path: path, size: 100, modified: modified), title: title,
                       wordCount: 100, quoteCount: quotes, people: people)
    }

    let rows: [LibraryOrder.Row] = [
        ("/a/zebra.txt", summary("/a/zebra.txt", title: "Zebra crossing repainted", modified: 300, quotes: 1,
                                 people: ["Zoë Lindqvist"])),
        ("/a/apple.txt", summary("/a/apple.txt", title: "Apple harvest early", modified: 100, quotes: 5,
                                 people: ["Marcus Osei", "Zoë Lindqvist", "Priya Sato"])),
        ("/a/pending.txt", nil),
        ("/a/mango.txt", summary("/a/mango.txt", title: nil, modified: 200, quotes: 3, people: ["Marcus Osei", "Liam Novak"])),
    ]

    @Test func sortCyclesThroughEveryOrder() {
        #expect(LibrarySort.title.next == .date)
        #expect(LibrarySort.date.next == .quotes)
        #expect(LibrarySort.quotes.next == .people)
        #expect(LibrarySort.people.next == .title)
    }

    @Test func sortsByEachKeyWithUnindexedRowsLast() {
        // By title: "Apple…", "mango.txt" (no title: file name), "Zebra…"; the pending row last.
        #expect(LibraryOrder.sorted(rows, by: .title) == [1, 3, 0, 2])
        #expect(LibraryOrder.sorted(rows, by: .date) == [0, 3, 1, 2])
        #expect(LibraryOrder.sorted(rows, by: .quotes) == [1, 3, 0, 2])
        #expect(LibraryOrder.sorted(rows, by: .people) == [1, 3, 0, 2])
    }

    @Test func sortTiesFallBackToTitle() {
        let tied: [LibraryOrder.Row] = [
            ("/b", Self.summary("/b", title: "Beta", modified: 1, quotes: 2, people: [])),
            ("/a", Self.summary("/a", title: "alpha", modified: 1, quotes: 2, people: [])),
        ]
        #expect(LibraryOrder.sorted(tied, by: .quotes) == [1, 0])
        #expect(LibraryOrder.sorted(tied, by: .date) == [1, 0])
    }

    @Test func filterMatchesTitleFileNameOrPersonIgnoringCaseAndAccents() {
        #expect(LibraryOrder.visible(rows, sort: .title, query: "harvest") == [1])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "zoe") == [1, 0])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "OSEI") == [1, 3])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "pending") == [2])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "osei novak") == [3])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "nobody") == [])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "  ") == [1, 3, 0, 2])
    }

    @Test func personFilterKeepsOnlyTheirArticles() {
        #expect(LibraryOrder.visible(rows, sort: .title, query: "", person: "Marcus Osei") == [1, 3])
        #expect(LibraryOrder.visible(rows, sort: .title, query: "mango", person: "Marcus Osei") == [3])
    }

    @Test func personIndexCountsArticlesPerPerson() {
        let index = LibraryOrder.personIndex(rows.compactMap(\.summary))
        #expect(index.map(\.name) == ["Marcus Osei", "Zoë Lindqvist", "Liam Novak", "Priya Sato"])
        #expect(index.map(\.articles) == [2, 2, 1, 1])
    }
}
