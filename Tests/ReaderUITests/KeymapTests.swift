import Testing
@testable import ReaderUI

@Suite struct KeymapTests {
    let keymap = Keymap.standard

    @Test func everyBoundKeyDispatchesToItsAction() {
        for binding in keymap.bindings {
            for key in binding.keys { #expect(keymap.action(for: key) == binding.action, "\(key)") }
        }
    }

    @Test func noKeyIsBoundTwice() {
        let keys = keymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func theIssuesKeysAreBound() {
        let expected: [(Key, Action)] = [
            (.character("j"), .scrollLines(1)), (.down, .scrollLines(1)), (.character("k"), .scrollLines(-1)),
            (.up, .scrollLines(-1)), (.character(" "), .scrollPages(1)), (.pageDown, .scrollPages(1)),
            (.character("b"), .scrollPages(-1)), (.pageUp, .scrollPages(-1)), (.character("g"), .top),
            (.character("G"), .bottom), (.character("]"), .nextQuote), (.character("["), .previousQuote),
            (.enter, .toggleFold), (.character("z"), .toggleFold), (.character("Z"), .toggleAllFolds),
            (.character("f"), .toggleBoilerplateFilter), (.character("/"), .beginSearch), (.character("n"), .nextMatch),
            (.character("N"), .previousMatch), (.escape, .clear), (.character("?"), .toggleHelp), (.character("q"), .quit),
            (.wheelDown, .scrollLines(3)), (.wheelUp, .scrollLines(-3)),
        ]
        for (key, action) in expected { #expect(keymap.action(for: key) == action, "\(key)") }
    }

    @Test func helpListsEveryBinding() {
        let entries = keymap.helpEntries
        #expect(entries.count == keymap.bindings.count)
        #expect(entries.contains { $0.keys == "] " || $0.keys == "]" })
        #expect(entries.first?.keys == "j ↓ C-n")
    }

    @Test func thePromptTakesTyping() {
        var state = ArticleBuilder.sample.state()
        reduce(&state, .beginSearch)
        #expect(keymap.action(for: .character("q"), in: state) == .searchInput("q"))
        #expect(keymap.action(for: .enter, in: state) == .submitSearch)
        #expect(keymap.action(for: .escape, in: state) == .cancelSearch)
        #expect(keymap.action(for: .backspace, in: state) == .searchBackspace)
    }

    @Test func anyKeyClosesHelp() {
        var state = ArticleBuilder.sample.state()
        reduce(&state, .toggleHelp)
        #expect(keymap.action(for: .character("j"), in: state) == .toggleHelp)
        #expect(keymap.action(for: .escape, in: state) == .toggleHelp)
    }
}
