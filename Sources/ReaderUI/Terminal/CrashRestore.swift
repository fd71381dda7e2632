import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Gives the shell its terminal back when the program dies of a fault while curses holds the
/// terminal: a Swift runtime trap (an index out of range, a failed precondition), a bad memory
/// access or an abort, in the middle of a draw or anywhere else.
///
/// Such a death runs no `defer` and no `deinit`, so `CursesTerminal.stop()` never happens and the
/// shell would be left without echo, in raw input mode, on the alternate screen, cursor hidden.
/// While armed, a handler for the fault signals writes the bytes that leave curses' screen
/// (computed from terminfo when arming) and puts back the terminal modes saved before curses
/// started. It does only async-signal-safe work (`write`, `tcsetattr`, `sigaction`, `raise`) on
/// memory set up in advance, then hands the signal to whoever handled it before (Swift's
/// backtracer, AddressSanitizer, or the default action), so the crash report and exit status
/// are unchanged, and now land on a working terminal.
enum CrashRestore {
    /// The signals a fault raises.
    static let faults: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Saves the terminal's modes as the shell left them. Call before curses changes anything.
    static func saveShellModes() {
        Saved.flags.pointee.hasModes = tcgetattr(STDOUT_FILENO, Saved.modes) == 0
    }

    /// Records how to leave curses' screen on this terminal and installs the fault handlers.
    /// Call once curses has started (terminfo is loaded).
    static func arm() {
        var bytes: [UInt8] = []
        // Attributes off, mouse reporting off, keypad transmit off, cursor shown, alternate
        // screen left: what endwin() after mousemask(0) sends.
        bytes += capability("sgr0")
        if !capability("kmous").isEmpty { bytes += Array("\u{1B}[?1006;1000l".utf8) }
        bytes += capability("rmkx")
        bytes += capability("cnorm")
        bytes += capability("rmcup")
        let count = min(bytes.count, Saved.capacity)
        for index in 0..<count { Saved.bytes[index] = bytes[index] }
        Saved.flags.pointee.count = count
        if !Saved.flags.pointee.armed {
            for signal in faults {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { signal in CrashRestore.restoreAndResignal(signal) }
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                sigaction(signal, &action, Saved.previous + Int(signal))
            }
        }
        Saved.flags.pointee.armed = true
    }

    /// Puts back the handlers that were there before `arm()`. Call when curses stops normally.
    static func disarm() {
        guard Saved.flags.pointee.armed else { return }
        Saved.flags.pointee.armed = false
        for signal in faults { sigaction(signal, Saved.previous + Int(signal), nil) }
    }

    /// The fault handler: give the terminal back, then let the previous handler take the signal.
    private static func restoreAndResignal(_ signal: Int32) {
        if Saved.flags.pointee.armed {
            Saved.flags.pointee.armed = false
            _ = write(STDOUT_FILENO, Saved.bytes, Saved.flags.pointee.count)
            if Saved.flags.pointee.hasModes { _ = tcsetattr(STDOUT_FILENO, TCSADRAIN, Saved.modes) }
            for fault in faults { sigaction(fault, Saved.previous + Int(fault), nil) }
        }
        // Blocked until this handler returns; then the previous handler (or the default action)
        // takes it. A trap that is re-executed on return faults again into that handler too.
        raise(signal)
    }

    /// A terminfo string capability's bytes, without `$<…>` padding; empty when absent.
    private static func capability(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        var bytes: [UInt8] = []
        var pointer = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
        while pointer.pointee != 0 {
            if pointer.pointee == UInt8(ascii: "$"), pointer[1] == UInt8(ascii: "<") {
                var end = pointer + 2
                while end.pointee != 0 && end.pointee != UInt8(ascii: ">") { end += 1 }
                if end.pointee == UInt8(ascii: ">") { pointer = end + 1; continue }
            }
            bytes.append(pointer.pointee)
            pointer += 1
        }
        return bytes
    }

    /// What the handler needs, in memory allocated once and never freed, so the handler neither
    /// allocates nor goes through Swift's exclusivity checks on a global variable.
    private enum Saved {
        struct Flags {
            var armed = false
            var hasModes = false
            var count = 0
        }

        static let capacity = 256
        nonisolated(unsafe) static let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        nonisolated(unsafe) static let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        /// The handlers before `arm()`, indexed by signal number.
        nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
            let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
            pointer.initialize(repeating: sigaction(), count: 65)
            return pointer
        }()
        nonisolated(unsafe) static let flags: UnsafeMutablePointer<Flags> = {
            let pointer = UnsafeMutablePointer<Flags>.allocate(capacity: 1)
            pointer.initialize(to: Flags())
            return pointer
        }()
    }
}
