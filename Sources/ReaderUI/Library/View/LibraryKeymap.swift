/// One entry of the library's keymap.
public typealias LibraryKeyBinding = KeyBinding<LibraryAction>

/// The library list's keys, and the keys that move between articles from the reader.
public struct LibraryKeymap: Sendable, Equatable {
    /// The list's bindings.
    public var bindings: [LibraryKeyBinding]

    /// Creates a keymap.
    public init(bindings: [LibraryKeyBinding]) {
        self.bindings = bindings
    }

    /// The default keys, after vi and less, like the reader's.
    public static let standard = LibraryKeymap(bindings: [
        LibraryKeyBinding([.character("j"), .down, .control("n"), .wheelDown], .moveRows(1), "down"),
        LibraryKeyBinding([.character("k"), .up, .control("p"), .wheelUp], .moveRows(-1), "up"),
        LibraryKeyBinding([.character(" "), .pageDown, .control("f")], .movePages(1), "page down"),
        LibraryKeyBinding([.character("b"), .pageUp, .control("b")], .movePages(-1), "page up"),
        LibraryKeyBinding([.character("g"), .home, .character("<")], .first, "first"),
        LibraryKeyBinding([.character("G"), .end, .character(">")], .last, "last"),
        LibraryKeyBinding([.enter, .character("l"), .right], .open, "open"),
        LibraryKeyBinding([.character("s")], .cycleSort, "sort"),
        LibraryKeyBinding([.character("/")], .beginFilter, "filter"),
        LibraryKeyBinding([.character("P")], .showPeople, "people"),
        LibraryKeyBinding([.escape], .clearFilters, "clear filter"),
        LibraryKeyBinding([.character("q"), .character("Q")], .quit, "quit"),
    ])

    /// The action for `key` in the state's mode: the filter prompt takes typing, the people
    /// index picks with Enter and closes with Esc or q, and otherwise the bindings apply.
    public func action(for key: Key, in state: LibraryState) -> LibraryAction? {
        if state.isEditingFilter {
            switch key {
            case .enter: return .submitFilter
            case .escape: return .cancelFilter
            case .backspace: return .filterBackspace
            case .character(let character): return .filterInput(character)
            case .up, .down, .pageUp, .pageDown: break
            default: return nil
            }
        }
        if state.people != nil {
            switch key {
            case .enter, .character("l"), .right: return .pickPerson
            case .escape, .character("q"), .character("h"), .left, .character("P"): return .closePeople
            default: break
            }
        }
        return bindings.first { $0.keys.contains(key) }?.action
    }

    /// The footer's key hints.
    public var hints: String {
        "Enter open · / filter · s sort · P people · q quit"
    }
}

/// What a key does in the reader when it was opened from the library, on top of the reader's
/// own keys.
public enum ReaderLibraryCommand: Sendable, Equatable {
    /// Back to the list, the selection kept.
    case back
    /// Open the next article of the list.
    case next
    /// Open the previous article of the list.
    case previous

    /// The keys, which drive both `command(for:in:)` and the reader's help.
    public static let bindings: [KeyBinding<ReaderLibraryCommand>] = [
        KeyBinding([.character("h"), .left], .back, "back to the list"),
        KeyBinding([.character("J"), .character(")")], .next, "next article in the list"),
        KeyBinding([.character("K"), .character("(")], .previous, "previous article in the list"),
    ]

    /// How the reader's help lists these keys.
    public static var help: [HelpLine] {
        bindings.map { HelpLine($0.keys.map(\.label).joined(separator: " "), $0.help) }
    }

    /// The command for `key`, or nil to let the reader handle it. `q` is left to the reader
    /// (it finishes the reader, which returns to the list); keys go to the search prompt and
    /// the help overlay first.
    public static func command(for key: Key, in reader: ReaderState) -> ReaderLibraryCommand? {
        guard reader.search.prompt == nil, !reader.helpVisible else { return nil }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}
