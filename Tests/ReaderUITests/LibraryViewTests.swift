import ArticleParser
import Foundation
import Testing
@testable import ReaderUI

/// The library list as a value: keys to actions, actions to state, state to frame.
@Suite struct LibraryViewTests {
    static let size = TerminalSize(width: 110, height: 12)

    static func summary(_ path: String, title: String?, modified: Double = 0, quotes: Int = 0,
                        people: [String] = []) -> ArticleSummary {
        ArticleSummary(stamp: FileStamp(path: path, size: 10, modified: modified), title: title, dateline: "OSLO",
                       wordCount: 321, quoteCount: quotes, people: people)
    }

    /// Three articles: b (2 quotes), a (5 quotes), c (not indexed yet).
    static func state() -> LibraryState {
        var state = LibraryState(title: "news", paths: ["/n/b.txt", "/n/a.txt", "/n/c.txt"], size: size)
        var progress = IndexProgress()
        progress.summaries = [
            (0, summary("/n/b.txt", title: "Bridge reopens", modified: 2, quotes: 2, people: ["Ivo Brandt"])),
            (1, summary("/n/a.txt", title: "Airport expands", modified: 1, quotes: 5, people: ["Ivo Brandt", "Rhea Salo"])),
        ]
        progress.indexed = 2
        progress.total = 3
        state.ingest(progress)
        return state
    }

    func press(_ keys: [Key], _ state: inout LibraryState) {
        for key in keys {
            if let action = LibraryKeymap.standard.action(for: key, in: state) { reduce(&state, action) }
        }
    }

    @Test func listOpensWithTheFirstRowSelectedBeforeAnythingIsIndexed() {
        let fresh = LibraryState(title: "news", paths: ["/n/b.txt", "/n/a.txt"], size: Self.size)
        #expect(fresh.order == [0, 1])
        #expect(fresh.selected == 0)
        let lines = render(fresh, size: Self.size).lines
        #expect(lines[2].contains("b.txt"))
        #expect(lines.last?.contains("indexing 0/2…") == true)
    }

    @Test func ingestSortsAndKeepsTheSelectionOnItsArticle() {
        var state = LibraryState(title: "news", paths: ["/n/b.txt", "/n/a.txt"], size: Self.size)
        press([.character("j")], &state)
        #expect(state.selected == 1)
        var progress = IndexProgress()
        progress.summaries = [(1, Self.summary("/n/a.txt", title: "Airport expands"))]
        state.ingest(progress)
        #expect(state.order == [1, 0])
        #expect(state.selected == 1, "the selection follows its article to the top")
    }

    @Test func movingClampsAtTheEndsAndEnterRequestsTheSelection() {
        var state = Self.state()
        #expect(state.order == [1, 0, 2])
        press([.character("k")], &state)
        #expect(state.selected == 1)
        press([.character("j"), .down, .down, .down], &state)
        #expect(state.selected == 2)
        press([.character("g")], &state)
        #expect(state.selected == 1)
        press([.character("G"), .enter], &state)
        #expect(state.request == .open(2))
    }

    @Test func sKeyCyclesTheSortOrder() {
        var state = Self.state()
        press([.character("s")], &state)
        #expect(state.sort == .date)
        #expect(state.order == [0, 1, 2])
        press([.character("s")], &state)
        #expect(state.sort == .quotes)
        #expect(state.order == [1, 0, 2])
        press([.character("s"), .character("s")], &state)
        #expect(state.sort == .title)
    }

    @Test func slashFiltersAsOneTypesAndEscapeDropsIt() {
        var state = Self.state()
        press([.character("/"), .character("s"), .character("a"), .character("l"), .character("o")], &state)
        #expect(state.isEditingFilter)
        #expect(state.order == [1], "Rhea Salo is only in the airport story")
        #expect(render(state, size: Self.size).lines.last == "/salo")
        press([.enter], &state)
        #expect(!state.isEditingFilter)
        #expect(state.order == [1])
        press([.escape], &state)
        #expect(state.order == [1, 0, 2])
        press([.character("/"), .character("x"), .backspace, .backspace], &state)
        #expect(!state.isEditingFilter)
        press([.character("/"), .character("q"), .escape], &state)
        #expect(state.query.isEmpty)
        #expect(!state.isFinished, "q in the prompt types, it does not quit")
    }

    @Test func peopleIndexPicksAPersonToFilterBy() {
        var state = Self.state()
        press([.character("P")], &state)
        let picker = try? #require(state.people)
        #expect(picker?.entries.map(\.name) == ["Ivo Brandt", "Rhea Salo"])
        #expect(picker?.entries.map(\.articles) == [2, 1])
        #expect(picker?.isPartial == true)
        let lines = render(state, size: Self.size).lines
        #expect(lines[2].contains("Ivo Brandt"))
        #expect(lines[2].hasSuffix("2"))
        press([.character("j"), .enter], &state)
        #expect(state.people == nil)
        #expect(state.person == "Rhea Salo")
        #expect(state.order == [1])
        #expect(render(state, size: Self.size).lines[0].contains("with Rhea Salo"))
        press([.character("P"), .escape], &state)
        #expect(state.person == "Rhea Salo", "Esc closes the index without picking")
        press([.escape], &state)
        #expect(state.person == nil)
    }

    @Test func rowsShowTheColumnsAndTheReadMark() {
        var state = Self.state()
        state.markRead(0)
        let frame = render(state, size: Self.size)
        let lines = frame.lines
        #expect(lines[0].contains("news · 3 of 3 articles · by title"))
        #expect(lines[1].contains("Title") && lines[1].contains("Words") && lines[1].contains("Top people"))
        #expect(lines[2].hasPrefix("  Airport expands"))
        #expect(lines[2].contains("OSLO"))
        #expect(lines[2].contains("321"))
        #expect(lines[2].contains("Ivo Brandt, Rhea Salo"))
        #expect(lines[3].hasPrefix("✓ Bridge reopens"))
        #expect(lines[4].contains("c.txt"))
        #expect(frame.roles(2).allSatisfy { $0 == .selectedPerson })
        #expect(!frame.roles(3).contains(.selectedPerson))
        // Narrow screens drop the people, then the dateline, but keep the counts.
        let narrow = render(state, size: TerminalSize(width: 60, height: 12)).lines
        #expect(!narrow[2].contains("Ivo Brandt"))
        #expect(!narrow[2].contains("OSLO"))
        #expect(narrow[2].contains("321"))
    }

    @Test func titlesFromArticlesAreSanitised() {
        var state = LibraryState(title: "news", paths: ["/n/x.txt"], size: Self.size)
        var progress = IndexProgress()
        progress.summaries = [(0, Self.summary("/n/x.txt", title: "Bad\u{1B}[31m title\u{202E}"))]
        state.ingest(progress)
        let line = render(state, size: Self.size).lines[2]
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\u{202E}"))
    }

    @Test func scrollingKeepsTheSelectionOnScreen() {
        let paths = (0..<50).map { "/n/\(String(format: "%02d", $0)).txt" }
        var state = LibraryState(title: "many", paths: paths, size: TerminalSize(width: 80, height: 10))
        press([.pageDown], &state)
        #expect(state.selected == 6)
        press([.character("G")], &state)
        #expect(state.selected == 49)
        #expect(state.top == 43)
        #expect(render(state, size: state.size).lines[8].contains("49.txt"))
        reduce(&state, .resize(TerminalSize(width: 80, height: 20)))
        #expect(state.top == 33)
    }

    @Test func readerKeysForTheLibraryYieldToThePromptAndHelp() throws {
        let article = PreparedArticle(Analyzer.parse("Title here\n\nSome words of text."))
        var reader = ReaderState(article: article, name: "x.txt", size: Self.size)
        #expect(ReaderLibraryCommand.command(for: .character("J"), in: reader) == .next)
        #expect(ReaderLibraryCommand.command(for: .character(")"), in: reader) == .next)
        #expect(ReaderLibraryCommand.command(for: .character("K"), in: reader) == .previous)
        #expect(ReaderLibraryCommand.command(for: .character("("), in: reader) == .previous)
        #expect(ReaderLibraryCommand.command(for: .left, in: reader) == .back)
        #expect(ReaderLibraryCommand.command(for: .character("h"), in: reader) == .back)
        #expect(ReaderLibraryCommand.command(for: .character("j"), in: reader) == nil)
        reduce(&reader, .beginSearch)
        #expect(ReaderLibraryCommand.command(for: .character("J"), in: reader) == nil)
    }

    @Test func theReaderHelpListsTheLibraryKeysWhenOpenedFromTheList() {
        let article = PreparedArticle(Analyzer.parse("Title here\n\nSome words of text."))
        var reader = ReaderState(article: article, name: "x.txt", size: TerminalSize(width: 100, height: 40))
        reduce(&reader, .toggleHelp)
        let keymap = Keymap.standard.addingHelp(ReaderLibraryCommand.help)
        let screen = render(reader, size: reader.size, keymap: keymap).lines.joined(separator: "\n")
        for binding in ReaderLibraryCommand.bindings {
            #expect(screen.contains(binding.help), "help lists \(binding.help)")
        }
        #expect(screen.contains("J )"))
        let alone = render(reader, size: reader.size).lines.joined(separator: "\n")
        #expect(!alone.contains("next article in the list"), "a file opened on its own has no list")
    }
}
