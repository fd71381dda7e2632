#if canImport(Glibc)
import Glibc
#endif

/// Deliberate faults for end-to-end tests of the terminal's restoration, switched on only by an
/// environment variable that no user sets:
///
/// - `BYLINE_FAULT_INJECTION=trap-mid-draw`: the second paint of the full-screen reader or the
///   library raises SIGILL (the signal a Swift runtime error such as an index out of range
///   raises) after its cells are drawn into curses and before the screen is updated. The first
///   frame is shown complete, so the terminal is in curses' hands when the program dies.
///
/// `Tests/EndToEndTests/ReaderCrashRestoreTests.swift` checks that the shell gets its terminal
/// modes, cursor and main screen back (`CrashRestore`).
enum FaultInjection {
    /// The variable that switches a fault on.
    static let variable = "BYLINE_FAULT_INJECTION"

    private static let trapsMidDraw: Bool = getenv(variable).map { String(cString: $0) } == "trap-mid-draw"
    nonisolated(unsafe) private static var paints = 0

    /// Called by `CursesTerminal.paint` between drawing the cells and updating the screen.
    static func midDraw() {
        guard trapsMidDraw else { return }
        paints += 1
        // SIGILL is what a Swift runtime trap (ud2) delivers on x86-64 Linux.
        if paints == 2 { raise(SIGILL) }
    }
}
