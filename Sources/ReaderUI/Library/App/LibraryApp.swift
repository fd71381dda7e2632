import ArticleParser
import Foundation

/// The library's event loop: the list of articles, the reader opened from it, and the
/// bookkeeping between them (indexing progress, reading positions).
///
/// Indexing runs on background threads; the loop only collects what is ready (`drain`) before
/// each paint, and the terminal's input timeout (a quarter second) keeps the progress line moving
/// without ever waiting on the indexer.
public enum LibraryApp {
    /// Shows the library full-screen until the user quits.
    /// - Parameters:
    ///   - title: what the header calls the library.
    ///   - indexer: the index being built for the library's paths (started here if not yet).
    ///   - readingLog: where reading positions are kept.
    ///   - theme: the colours and attributes of each role.
    /// - Returns: warnings to print once the terminal is restored (a corrupt state file, say).
    /// - Throws: `TerminalError` when the terminal cannot show the library (nothing was drawn).
    @MainActor
    public static func run(title: String, indexer: LibraryIndexer, readingLog: ReadingLogStore,
                           theme: Theme) throws(TerminalError) -> [String] {
        Signals.install()
        defer { Signals.uninstall() }
        let terminal = try CursesTerminal(theme: theme)
        var session = LibrarySession(title: title, indexer: indexer, readingLog: readingLog, size: terminal.size)
        var fatalSignal: Int32?
        // The first frame goes out before indexing starts, so it never waits for the indexer.
        terminal.paint(session.frame())
        loop: while !session.library.isFinished {
            session.collectIndex()
            terminal.paint(session.frame())
            guard let event = terminal.nextEvent() else { continue }
            switch event {
            case .key(let key):
                session.handle(key)
            case .resize(let size):
                session.resize(size)
                terminal.invalidate()
            case .signal(SIGTSTP):
                terminal.suspend()
                Signals.suspendProcess()
                terminal.resume()
                session.resize(terminal.size)
            case .signal(let signal):
                fatalSignal = signal
                break loop
            }
        }
        session.closeReader()
        terminal.stop()
        indexer.cancel()
        indexer.waitUntilComplete(timeout: 2)
        if let fatalSignal { Signals.terminate(with: fatalSignal) }
        return session.warnings + indexer.drain().warnings
    }
}

/// The state of one run of the library app that is not pure UI state: the open reader, the
/// reading log and the indexer. Terminal-free, so the app loop stays a thin shell.
struct LibrarySession {
    /// The list.
    var library: LibraryState
    /// The reader, while an article is open, and its row.
    var reader: (state: ReaderState, row: Int)?
    /// Warnings for the end of the run.
    var warnings: [String] = []
    let indexer: LibraryIndexer
    let store: ReadingLogStore
    var log: ReadingLog
    var keymap = LibraryKeymap.standard
    var readerKeymap = Keymap.standard.addingHelp(ReaderLibraryCommand.help)
    private var isIndexing = false

    init(title: String, indexer: LibraryIndexer, readingLog: ReadingLogStore, size: TerminalSize) {
        self.indexer = indexer
        store = readingLog
        let (log, warning) = readingLog.load()
        self.log = log
        library = LibraryState(title: title, paths: indexer.paths, size: size, readPaths: Set(log.entries.keys))
        if let warning {
            library.message = warning
            warnings.append(warning)
        }
    }

    /// Starts the indexer on first use, takes its news into the list, and points it at the rows
    /// on screen.
    mutating func collectIndex() {
        if !isIndexing {
            isIndexing = true
            indexer.start()
        }
        guard !library.isIndexComplete else { return }
        let progress = indexer.drain()
        warnings += progress.warnings
        library.ingest(progress)
        if !library.isIndexComplete {
            indexer.prioritize(library.visibleRows.filter { library.summaries[$0] == nil })
        }
    }

    /// The frame for the current screen.
    func frame() -> Frame {
        if let reader { return render(reader.state, size: reader.state.size, keymap: readerKeymap) }
        return render(library, size: library.size, keymap: keymap)
    }

    mutating func resize(_ size: TerminalSize) {
        reduce(&library, .resize(size))
        if var open = reader {
            reduce(&open.state, .resize(size))
            reader = open
        }
    }

    /// Handles a key in whichever view is showing.
    mutating func handle(_ key: Key) {
        if var open = reader {
            if let command = ReaderLibraryCommand.command(for: key, in: open.state) {
                switch command {
                case .back:
                    closeReader()
                case .next, .previous:
                    guard let target = library.neighbour(of: open.row, offset: command == .next ? 1 : -1) else {
                        open.state.message = command == .next ? "this is the last article" : "this is the first article"
                        reader = open
                        return
                    }
                    closeReader()
                    openArticle(target)
                }
                return
            }
            if let action = readerKeymap.action(for: key, in: open.state) { reduce(&open.state, action) }
            reader = open
            if open.state.isFinished { closeReader() }
            return
        }
        if let action = keymap.action(for: key, in: library) { reduce(&library, action) }
        if case .open(let row) = library.request {
            library.request = nil
            openArticle(row)
        }
    }

    /// Opens row `row` in the reader at its remembered place, and marks it read.
    mutating func openArticle(_ row: Int) {
        guard library.paths.indices.contains(row) else { return }
        let path = library.paths[row]
        let file: ArticleFile
        do {
            file = try ArticleFile.load(path)
        } catch {
            library.message = error.description
            return
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        var state = ReaderState(article: PreparedArticle(Analyzer.parse(file.source)), name: name, size: library.size)
        if let position = log.position(for: path) {
            state.anchor = ScrollAnchor(block: position.block, grapheme: position.grapheme)
        }
        if let warning = file.warnings.first { state.message = warning }
        library.select(row)
        library.markRead(row)
        reader = (state, row)
        remember(state, path: path)
    }

    /// Leaves the reader, remembering its place, back to the list with the selection kept.
    mutating func closeReader() {
        guard let open = reader else { return }
        remember(open.state, path: library.paths[open.row])
        reader = nil
    }

    /// Records the reader's place for `path` and saves the log at once, so a crash or a kill
    /// loses nothing.
    private mutating func remember(_ state: ReaderState, path: String) {
        let anchor = state.layout.anchor(forLine: state.topLine)
        log.record(ReadingPosition(block: anchor.block, grapheme: anchor.grapheme), for: path,
                   at: Date().timeIntervalSince1970)
        if let warning = store.save(log) {
            library.message = warning
            if !warnings.contains(warning) { warnings.append(warning) }
        }
    }
}
