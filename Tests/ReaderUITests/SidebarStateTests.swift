import ArticleParser
import Testing
@testable import ReaderUI

@Suite struct SidebarStateTests {
    let keymap = Keymap.standard

    func press(_ keys: [Key], _ state: inout ReaderState) {
        for key in keys {
            if let action = keymap.action(for: key, in: state) { reduce(&state, action) }
        }
    }

    func names(_ indices: [Int], _ people: [Person]) -> [String] { indices.map { people[$0].name } }

    @Test func ordersByQuotesThenMentionsThenFirstAppearance() {
        func person(_ name: String, quotes: Int, mentions: [Int], boilerplate: Bool = false) -> Person {
            Person(name: name, mentions: mentions.map { Mention(block: 0, span: TextSpan(start: $0, end: $0 + 1)) },
                   quotes: quotes, boilerplateOnly: boilerplate)
        }
        let people = [
            person("Late Twice", quotes: 0, mentions: [50, 60]),
            person("Credit", quotes: 0, mentions: [5, 6, 7], boilerplate: true),
            person("Early Twice", quotes: 0, mentions: [10, 70]),
            person("Quoted Once", quotes: 1, mentions: [90]),
            person("Many Mentions", quotes: 0, mentions: [80, 81, 82]),
            person("Quoted Twice", quotes: 2, mentions: [95]),
        ]
        let order = SidebarPeople.order(people, hidingBoilerplate: false)
        #expect(names(order.main, people) == ["Quoted Twice", "Quoted Once", "Many Mentions", "Early Twice", "Late Twice"])
        #expect(names(order.apart, people) == ["Credit"], "boilerplate-only people are listed apart, however often named")
        #expect(SidebarPeople.order(people, hidingBoilerplate: true).apart.isEmpty)
    }

    @Test func escapeClosesAPeopleOverlayOnceNoSearchIsLeftToClear() {
        var narrow = SidebarFixture.state(width: 70)
        press([.character("p")], &narrow)
        #expect(narrow.sidebarGeometry.placement == .overlay)
        narrow.search.query = "Ruiz"
        press([.escape], &narrow)
        #expect(narrow.search.query.isEmpty, "the first Esc clears the search")
        #expect(narrow.sidebarGeometry.placement == .overlay)
        press([.escape], &narrow)
        #expect(narrow.sidebarGeometry.placement == .hidden)
        #expect(!narrow.sidebarHasFocus)

        var wide = SidebarFixture.state(width: 140)
        #expect(wide.sidebarGeometry.placement == .docked)
        press([.escape], &wide)
        #expect(wide.sidebarGeometry.placement == .docked, "a docked sidebar covers nothing and stays")
    }

    @Test func hiddenOnNarrowScreensUntilPAndShownOnWideOnes() {
        var narrow = SidebarFixture.state(width: 70)
        #expect(narrow.sidebarGeometry.placement == .hidden)
        press([.character("p")], &narrow)
        #expect(narrow.sidebarGeometry.placement == .overlay)
        #expect(narrow.sidebarHasFocus, "an overlay takes the keys, as it covers the text")
        press([.character("p")], &narrow)
        #expect(narrow.sidebarGeometry.placement == .hidden)
        #expect(!narrow.sidebarHasFocus)

        var wide = SidebarFixture.state(width: 120)
        #expect(wide.sidebarGeometry.placement == .docked)
        #expect(!wide.sidebarHasFocus)
        press([.character("p")], &wide)
        #expect(wide.sidebarGeometry.placement == .hidden)
    }

    @Test func anArticleWithoutPeopleHasNoSidebarUntilAskedFor() {
        var state = ArticleBuilder.sample.state(width: 120, height: 30)
        #expect(state.sidebarGeometry.placement == .hidden)
        reduce(&state, .toggleSidebar)
        #expect(state.sidebarGeometry.placement == .docked)
        #expect(state.message == "no people found in this article")
    }

    @Test func tabMovesFocusAndJKMoveTheSelectionOnlyInTheSidebar() {
        var state = SidebarFixture.state(width: 120, height: 12)
        let people = state.article.article.people
        press([.tab], &state)
        #expect(state.sidebarHasFocus)
        #expect(state.selectedPersonName == "Ana Ruiz", "focus selects the most prominent person")
        let top = state.topLine
        press([.character("j")], &state)
        #expect(state.selectedPersonName == "Tom Oduya")
        press([.character("j"), .character("j")], &state)
        #expect(state.selectedPersonName == "Lee Park", "the boilerplate-only person comes last")
        press([.character("k")], &state)
        #expect(state.selectedPersonName == "Tom Oduya")
        #expect(state.topLine == top, "j/k in the sidebar do not scroll the article")
        press([.tab], &state)
        #expect(!state.sidebarHasFocus)
        press([.character("j")], &state)
        #expect(state.topLine == top + 1, "back in the article, j scrolls")
        #expect(state.selectedPersonName == "Tom Oduya", "the selection stays")
        #expect(names(state.listedPeople, people) == ["Ana Ruiz", "Tom Oduya", "Lee Park"])
    }

    @Test func tabOnAHiddenSidebarSaysHowToShowIt() {
        var state = SidebarFixture.state(width: 70)
        press([.tab], &state)
        #expect(!state.sidebarHasFocus)
        #expect(state.message == "the people sidebar is hidden (p shows it)")
    }

    @Test func braceKeysWalkTheSelectedPersonsMentions() throws {
        var state = SidebarFixture.state(width: 120, height: 10)
        press([.character("}")], &state)
        #expect(state.message?.hasPrefix("no person selected") == true)
        press([.tab], &state)  // selects Ana Ruiz
        #expect(state.sidebar.mentions.count == 3)
        press([.character("}")], &state)
        #expect(state.sidebar.currentMention == 0)
        press([.character("}")], &state)
        #expect(state.sidebar.currentMention == 1)
        let line = try #require(state.line(ofMention: 1))
        #expect(state.visibleLines.contains(line), "the mention is brought into view")
        #expect(StatusLine.personSegment(state)?.map(\.text).joined() == "Ana Ruiz · mention 2/3")
        press([.character("}"), .character("}")], &state)
        #expect(state.sidebar.currentMention == 0)
        #expect(state.message == "mentions wrapped to the top")
        press([.character("{")], &state)
        #expect(state.sidebar.currentMention == 2)
    }

    @Test func enterInTheSidebarGoesToTheFirstQuote() {
        var state = SidebarFixture.state(width: 120, height: 10)
        press([.tab, .character("j"), .enter], &state)
        #expect(state.selectedPersonName == "Tom Oduya")
        #expect(state.currentQuote == 1)
        #expect(state.folds.expanded.isEmpty, "Enter in the sidebar does not unfold boilerplate")
        press([.character("k"), .enter], &state)
        #expect(state.currentQuote == 0)
    }

    @Test func hidingBoilerplateDropsBoilerplateOnlyPeople() {
        var state = SidebarFixture.state(width: 120)
        press([.tab, .character("j"), .character("j")], &state)
        #expect(state.selectedPersonName == "Lee Park")
        press([.character("f")], &state)
        #expect(state.selectedPersonName == nil)
        #expect(state.listedPeople.count == 2)
        press([.character("f")], &state)
        #expect(state.listedPeople.count == 3)
    }

    @Test func crossingTheDockingWidthForgetsTheChoice() {
        var state = SidebarFixture.state(width: 120)
        reduce(&state, .toggleSidebar)
        #expect(!state.sidebarGeometry.isShown)
        reduce(&state, .resize(TerminalSize(width: 130, height: 30)))
        #expect(!state.sidebarGeometry.isShown, "still wide: the choice holds")
        reduce(&state, .resize(TerminalSize(width: 80, height: 30)))
        reduce(&state, .resize(TerminalSize(width: 120, height: 30)))
        #expect(state.sidebarGeometry.placement == .docked)
    }
}
