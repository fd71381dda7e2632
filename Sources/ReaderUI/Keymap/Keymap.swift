/// One entry of a keymap: the keys, what they do, and how help describes it. The reader and
/// the library list share this shape, each with its own action type.
public struct KeyBinding<Command: Sendable & Equatable>: Sendable, Equatable {
    /// The keys that trigger the action.
    public var keys: [Key]
    /// The action.
    public var action: Command
    /// A short description for the help overlay.
    public var help: String

    /// Creates a binding.
    public init(_ keys: [Key], _ action: Command, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }
}

/// The reader's keys: one list that drives both key dispatch and the `?` help overlay.
public struct Keymap: Sendable, Equatable {
    /// The bindings, in the order help lists them.
    public var bindings: [KeyBinding<Action>]
    /// The keys that go to the people sidebar while it has focus; others fall through to `bindings`.
    /// Help names them in the Tab entry rather than listing them, so it still fits 30 rows.
    public var sidebarBindings: [KeyBinding<Action>]

    /// Help lines for keys handled outside this keymap (the library's keys while an article from
    /// it is open), listed after the bindings.
    public var extraHelp: [HelpLine] = []

    /// Creates a keymap.
    public init(bindings: [KeyBinding<Action>], sidebarBindings: [KeyBinding<Action>] = Keymap.standardSidebar) {
        self.bindings = bindings
        self.sidebarBindings = sidebarBindings
    }

    /// This keymap with `lines` added to its help.
    public func addingHelp(_ lines: [HelpLine]) -> Keymap {
        var keymap = self
        keymap.extraHelp += lines
        return keymap
    }

    /// The default keys of the people sidebar.
    public static let standardSidebar: [KeyBinding<Action>] = [
        KeyBinding([.character("j"), .down], .moveSelection(1), "people: next person"),
        KeyBinding([.character("k"), .up], .moveSelection(-1), "people: previous person"),
        KeyBinding([.enter], .firstQuoteOfPerson, "people: go to their first quote"),
    ]

    /// The default keys, after vi and less.
    public static let standard = Keymap(bindings: [
        KeyBinding([.character("j"), .down, .control("n")], .scrollLines(1), "down one line"),
        KeyBinding([.character("k"), .up, .control("p")], .scrollLines(-1), "up one line"),
        KeyBinding([.character(" "), .pageDown, .control("f")], .scrollPages(1), "down one page"),
        KeyBinding([.character("b"), .pageUp, .control("b")], .scrollPages(-1), "up one page"),
        KeyBinding([.character("d"), .control("d")], .scrollHalfPages(1), "down half a page"),
        KeyBinding([.character("u"), .control("u")], .scrollHalfPages(-1), "up half a page"),
        KeyBinding([.character("g"), .home, .character("<")], .top, "go to the top"),
        KeyBinding([.character("G"), .end, .character(">")], .bottom, "go to the bottom"),
        KeyBinding([.character("]")], .nextQuote, "next quote"),
        KeyBinding([.character("[")], .previousQuote, "previous quote"),
        KeyBinding([.enter, .character("z")], .toggleFold, "fold/unfold boilerplate in view"),
        KeyBinding([.character("Z")], .toggleAllFolds, "fold/unfold all boilerplate"),
        KeyBinding([.character("f")], .toggleBoilerplateFilter, "hide/show all boilerplate"),
        KeyBinding([.character("/")], .beginSearch, "search (Enter to find)"),
        KeyBinding([.character("n")], .nextMatch, "next match"),
        KeyBinding([.character("N")], .previousMatch, "previous match"),
        KeyBinding([.escape], .clear, "clear search, else close the people overlay"),
        KeyBinding([.wheelDown], .scrollLines(3), "scroll down"),
        KeyBinding([.wheelUp], .scrollLines(-3), "scroll up"),
        KeyBinding([.character("p")], .toggleSidebar, "show/hide the people sidebar"),
        KeyBinding([.tab], .toggleSidebarFocus, "move between article and people (j k Enter)"),
        KeyBinding([.character("}")], .nextMention, "next mention of the selected person"),
        KeyBinding([.character("{")], .previousMention, "previous mention of the selected person"),
        KeyBinding([.character("t")], .cycleTheme, "next colour theme"),
        KeyBinding([.character("?")], .toggleHelp, "show/hide this help"),
        KeyBinding([.character("q"), .character("Q")], .quit, "quit"),
    ])

    /// The action bound to `key` in normal mode.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The action for `key` in the state's current mode: the search prompt takes typing, the
    /// help overlay closes on any key, and otherwise the bindings apply.
    public func action(for key: Key, in state: ReaderState) -> Action? {
        if state.search.prompt != nil {
            switch key {
            case .enter: return .submitSearch
            case .escape: return .cancelSearch
            case .backspace: return .searchBackspace
            case .character(let character): return .searchInput(character)
            case .wheelUp, .wheelDown: return action(for: key)
            default: return nil
            }
        }
        if state.helpVisible {
            switch key {
            case .wheelUp, .wheelDown: return nil
            default: return .toggleHelp
            }
        }
        if state.sidebarHasFocus, let binding = sidebarBindings.first(where: { $0.keys.contains(key) }) {
            return binding.action
        }
        return action(for: key)
    }

    /// The help overlay's lines: each binding's keys and description.
    public var helpEntries: [(keys: String, help: String)] {
        bindings.map { binding in (binding.keys.map(\.label).joined(separator: " "), binding.help) }
            + extraHelp.map { ($0.keys, $0.help) }
    }
}

/// One line of the help overlay for keys that are not bindings of the keymap itself.
public struct HelpLine: Sendable, Equatable {
    /// The keys, as help shows them.
    public var keys: String
    /// What they do.
    public var help: String

    /// Creates a help line.
    public init(_ keys: String, _ help: String) {
        self.keys = keys
        self.help = help
    }
}
