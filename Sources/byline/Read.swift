import ArgumentParser
import ArticleParser
import Foundation
import ReaderUI

/// When to use colour.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `byline [PATH…]`: open articles in the reader (the default command).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles (the default). Without a path, opens the bundled Articles/ folder.",
        discussion: """
            On a terminal, opens the article full-screen (press ? for keys). Otherwise prints it as \
            plain text. NO_COLOR is honoured unless --color=always is given.
            """
    )

    @Flag(name: .long, help: "In plain-text output, include boilerplate blocks too.")
    var all = false

    @Option(name: .long, help: "Use colour: auto, always or never.")
    var color: ColorMode = .auto

    @Option(name: .long, help: ArgumentHelp("The colour theme; `byline themes` lists them.", valueName: "name"))
    var theme: String?

    @Argument(help: "Article files or a folder of articles.", completion: .file())
    var paths: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let term = environment["TERM"] ?? ""
        let interactive = isatty(STDOUT_FILENO) != 0 && isatty(STDIN_FILENO) != 0
        let catalog = ThemeCatalog.standard(environment: environment)
        // --color=always wins over NO_COLOR, which would otherwise pick the mono theme.
        let themeEnvironment = color == .always ? environment.filter { $0.key != "NO_COLOR" } : environment
        let start = ThemeSettings.startingTheme(option: theme, catalog: catalog, environment: themeEnvironment)
        for warning in start.warnings { warn(TerminalText.sanitize(warning)) }
        // No path, a folder, or several files: the library (ReadLibrary.swift).
        if let source = try librarySource() {
            return try runLibrary(source, interactive: interactive, theme: color == .never ? Theme.mono : start.theme)
        }
        guard let path = paths.first else { throw ExitCode.failure }
        let bytes = try readFile(path)
        var terminalFailed = false
        if interactive {
            let depth: ColorDepth? = switch color {
            case .never: .mono
            case .always: .trueColor  // as many colours as the terminal has, NO_COLOR or not
            case .auto: nil
            }
            let name = URL(fileURLWithPath: path).lastPathComponent
            // A large file shows its start at once; the whole is parsed meanwhile (ArticleOpening).
            let opening = try open(bytes, path: path)
            do {
                // A command's run() is called on the main thread, where curses must live.
                try MainActor.assumeIsolated {
                    try ReaderApp.run(article: PreparedArticle(opening.first), name: name, theme: start.theme,
                                      themes: catalog.themes.map(\.theme), colorDepth: depth,
                                      notice: start.warnings.first, whole: opening.whole)
                }
                return
            } catch {
                warn("\(error); printing the article instead")
                terminalFailed = true
            }
        }
        let colored = switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && !noColor && !terminalFailed && !term.isEmpty && term != "dumb"
        }
        let depth = ThemeSettings.plainOutputDepth(environment: environment, forced: color == .always)
        let article = Analyzer.parse(try decodeFile(bytes, path: path, warning: !interactive).source)
        print(PlainTextRenderer.render(article, includeBoilerplate: all,
                                       theme: colored ? start.theme.adapted(to: depth) : nil),
              terminator: "")
    }
}

/// Reads an article file; a one-line error when it cannot.
func readFile(_ path: String) throws -> [UInt8] {
    do {
        return try ArticleFile.readBytes(path)
    } catch {
        warn(error.description)
        throw ExitCode.failure
    }
}

/// Decodes a file's bytes, printing its warnings when asked; a one-line error when it cannot.
func decodeFile(_ bytes: [UInt8], path: String, warning: Bool) throws -> ArticleFile {
    do {
        let file = try ArticleFile.decode(bytes, path: path)
        if warning { for message in file.warnings { warn("\(path): \(message)") } }
        return file
    } catch {
        warn(error.description)
        throw ExitCode.failure
    }
}

/// Opens a file's bytes for the reader (see `ArticleOpening.open`), printing the warnings known.
func open(_ bytes: [UInt8], path: String) throws -> ArticleOpening.Opening {
    do {
        let opening = try ArticleOpening.open(bytes, path: path)
        for message in opening.warnings { warn("\(path): \(message)") }
        return opening
    } catch {
        warn(error.description)
        throw ExitCode.failure
    }
}
