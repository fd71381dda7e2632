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
        let file = try loadFile(path)
        var terminalFailed = false
        if interactive {
            let depth: ColorDepth? = switch color {
            case .never: .mono
            case .always: .trueColor  // as many colours as the terminal has, NO_COLOR or not
            case .auto: nil
            }
            let name = URL(fileURLWithPath: path).lastPathComponent
            do {
                // A command's run() is called on the main thread, where curses must live.
                // A large file shows its start at once; the whole is parsed meanwhile (ArticleOpening).
                let first = ArticleOpening.firstArticle(of: file.source)
                let whole = first.isWhole ? nil : BackgroundParse(file.source)
                try MainActor.assumeIsolated {
                    try ReaderApp.run(article: PreparedArticle(first.article), name: name, theme: start.theme,
                                      themes: catalog.themes.map(\.theme), colorDepth: depth,
                                      notice: start.warnings.first, whole: whole)
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
        let article = Analyzer.parse(file.source)
        print(PlainTextRenderer.render(article, includeBoilerplate: all,
                                       theme: colored ? start.theme.adapted(to: depth) : nil),
              terminator: "")
    }
}

/// Reads and decodes an article file, printing its warnings; a one-line error when it cannot.
func loadFile(_ path: String) throws -> ArticleFile {
    do {
        let file = try ArticleFile.load(path)
        for warning in file.warnings { warn("\(path): \(warning)") }
        return file
    } catch {
        warn(error.description)
        throw ExitCode.failure
    }
}
