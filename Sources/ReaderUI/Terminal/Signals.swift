#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The last signal received and not yet handled; 0 for none. Signal handlers may only do
/// async-signal-safe work, so they just record the signal here and the event loop (on the main
/// thread, where all curses calls happen) acts on it.
private let pendingSignal = Atomic<Int32>(0)

/// Routes SIGINT, SIGTERM, SIGHUP and SIGTSTP to the event loop so the terminal is always restored.
enum Signals {
    /// The signals the reader handles itself.
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP]

    /// Installs the handlers. Installed before curses starts, so curses leaves these signals to us
    /// (it still handles SIGWINCH and reports it as KEY_RESIZE). No SA_RESTART: a blocked read
    /// returns, so the signal is seen at once.
    static func install() {
        for signal in handled { install(signal) }
        // A blocked mask is inherited across exec; make sure the signals we rely on get through.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in handled + [SIGWINCH, SIGCONT] { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func install(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { received in pendingSignal.store(received, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    /// Restores the default handling of every handled signal.
    static func uninstall() {
        for signal in handled { Glibc.signal(signal, SIG_DFL) }
    }

    /// Takes the pending signal, if any.
    static func take() -> Int32? {
        let signal = pendingSignal.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Stops the process as SIGTSTP would have, returning when it is continued.
    static func suspendProcess() {
        Glibc.signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        install(SIGTSTP)
    }

    /// Ends the process by `signal`'s default action, after the terminal has been restored.
    static func terminate(with signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        exit(128 + signal)
    }
}
