/// How many colours a terminal can show, from none at all to 24-bit colour.
public enum ColorDepth: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// No colours: attributes only (NO_COLOR, `TERM=dumb`, monochrome terminals).
    case mono
    /// The 8 basic ANSI colours; bright colours are shown as bold.
    case ansi8
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case palette256
    /// Any 24-bit colour.
    case trueColor

    /// Fewer colours sort first.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A short name for messages and `byline themes`.
    public var description: String {
        switch self {
        case .mono: "no colour"
        case .ansi8: "8 colours"
        case .ansi16: "16 colours"
        case .palette256: "256 colours"
        case .trueColor: "truecolor"
        }
    }

    /// The depth that a given number of terminal colours (curses' `COLORS`, terminfo's `colors`)
    /// allows.
    public init(colorCount: Int) {
        switch colorCount {
        case (1 << 24)...: self = .trueColor
        case 256...: self = .palette256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .mono
        }
    }

    /// Works out what the terminal offers.
    ///
    /// In order: a non-empty `NO_COLOR` forces `.mono` (https://no-color.org); `TERM=dumb` is
    /// `.mono`; `COLORTERM=truecolor` (or `24bit`) is `.trueColor`; then the terminal's own colour
    /// count when known (curses' `COLORS`); otherwise a guess from `TERM` (`…-direct`,
    /// `…-256color`, `…-16color`, else 8 colours).
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - terminalColors: the colour count curses reports, or nil when curses is not running.
    public static func detect(environment: [String: String], terminalColors: Int? = nil) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" { return .mono }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        if let terminalColors { return ColorDepth(colorCount: terminalColors) }
        if term.isEmpty { return .mono }
        if term.hasSuffix("-direct") || term.contains("truecolor") || term.contains("24bit") { return .trueColor }
        if term.contains("256color") { return .palette256 }
        if term.contains("16color") { return .ansi16 }
        return .ansi8
    }
}
