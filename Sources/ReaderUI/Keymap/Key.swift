/// A key press or mouse wheel step, as the reader sees it (independent of curses).
public enum Key: Sendable, Hashable {
    /// A printable character, space included.
    case character(Character)
    /// A control chord such as Ctrl-D, by its letter ("d").
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, backspace, tab
    /// The mouse wheel turned towards the user (scroll up).
    case wheelUp
    /// The mouse wheel turned away from the user (scroll down).
    case wheelDown

    /// How the key is written in the help overlay.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "C-\(letter)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .wheelUp: "wheel↑"
        case .wheelDown: "wheel↓"
        }
    }
}
