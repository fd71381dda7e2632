#if canImport(Glibc)
import Glibc
#endif

/// The full-screen reader's event loop: paint the frame, wait for an event, reduce, repeat.
public enum ReaderApp {
    /// Shows `article` full-screen until the reader quits.
    /// - Parameters:
    ///   - article: the prepared article.
    ///   - name: the file name, shown when the article has no title.
    ///   - theme: the colours and attributes of each role.
    ///   - keymap: the keys.
    /// - Throws: `TerminalError` when the terminal cannot show the reader (nothing was drawn then).
    @MainActor
    public static func run(article: PreparedArticle, name: String, theme: Theme,
                           keymap: Keymap = .standard) throws(TerminalError) {
        Signals.install()
        defer { Signals.uninstall() }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: theme)
        }
        var state = ReaderState(article: article, name: name, size: terminal.size)
        var fatalSignal: Int32?
        loop: while !state.isFinished {
            terminal.paint(render(state, size: state.size, keymap: keymap))
            guard let event = terminal.nextEvent() else { continue }
            switch event {
            case .key(let key):
                if let action = keymap.action(for: key, in: state) { reduce(&state, action) }
            case .resize(let size):
                reduce(&state, .resize(size))
                terminal.invalidate()
            case .signal(SIGTSTP):
                terminal.suspend()
                Signals.suspendProcess()
                terminal.resume()
                reduce(&state, .resize(terminal.size))
            case .signal(let signal):
                fatalSignal = signal
                break loop
            }
        }
        terminal.stop()
        if let fatalSignal { Signals.terminate(with: fatalSignal) }
    }
}
