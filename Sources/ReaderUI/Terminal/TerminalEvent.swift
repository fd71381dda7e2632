/// Something the terminal reports to the event loop.
public enum TerminalEvent: Sendable, Equatable {
    /// A key press or wheel step.
    case key(Key)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// A signal arrived (SIGINT, SIGTERM, SIGHUP or SIGTSTP).
    case signal(Int32)
}

/// Why the full-screen reader could not start.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// TERM is unset, `dumb`, or has no terminfo entry able to address the cursor.
    case unsupportedTerminal(String)

    public var description: String {
        switch self {
        case .unsupportedTerminal(let term): "the terminal type \"\(term)\" cannot show the full-screen reader"
        }
    }
}
