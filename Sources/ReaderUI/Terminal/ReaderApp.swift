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
    ///   - themes: the themes `t` cycles through (when empty, only `theme`).
    ///   - colorDepth: the colour depth to use; nil to detect it (see `ColorDepth.detect`).
    ///   - notice: a message for the status line at the start (e.g. a theme file's error).
    ///   - keymap: the keys.
    ///   - whole: when `article` is only the start of the text, the whole being parsed; swapped in when ready.
    /// - Throws: `TerminalError` when the terminal cannot show the reader (nothing was drawn then).
    @MainActor
    public static func run(article: PreparedArticle, name: String, theme: Theme, themes: [Theme] = [],
                           colorDepth: ColorDepth? = nil, notice: String? = nil,
                           keymap: Keymap = .standard, whole: BackgroundParse? = nil) throws(TerminalError) {
        Signals.install()
        defer { Signals.uninstall() }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: theme, colorDepth: colorDepth)
        }
        var state = ReaderState(article: article, name: name, size: terminal.size)
        let cycle = themes.isEmpty ? [theme] : themes
        state.themes = ThemeCycle(names: cycle.map(\.name), current: theme.name)
        state.message = notice.map(TerminalText.sanitize)
        var shownTheme = state.themes.current
        var whole = whole
        state.isPartial = whole != nil
        var fatalSignal: Int32?
        loop: while !state.isFinished {
            if let article = whole?.take() {
                state.replaceArticle(with: PreparedArticle(article))
                if let warning = whole?.warnings.first { state.message = TerminalText.sanitize(warning) }
                whole = nil
                releaseFreedMemory()
            }
            terminal.paint(render(state, size: state.size, keymap: keymap))
            whole?.start()
            guard let event = terminal.nextEvent() else {
                indexWhileIdle(state)
                continue
            }
            switch event {
            case .key(let key):
                if let action = keymap.action(for: key, in: state) { reduce(&state, action) }
                if state.themes.current != shownTheme {
                    shownTheme = state.themes.current
                    if let next = cycle.first(where: { $0.name == shownTheme }) { terminal.setTheme(next) }
                }
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

    /// Grows the layout's line index for a few milliseconds, so the position shown becomes exact
    /// and the end of a long article is ready before it is asked for.
    static func indexWhileIdle(_ state: ReaderState) {
        let deadline = ContinuousClock.now + .milliseconds(15)
        while ContinuousClock.now < deadline {
            if state.layout.indexAhead(blocks: 64) { return }
        }
    }

    /// Hands the parse's freed working memory back to the system (glibc keeps it otherwise), so
    /// the reader's resident size is what it holds.
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        // malloc_trim is glibc's own (malloc.h, not in the Glibc module): looked up by name.
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
