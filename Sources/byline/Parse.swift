import ArgumentParser
import ArticleParser
import Foundation
import ReaderUI

/// `byline parse`: print what the parser understood of an article.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse an article and print its blocks, quotes and people.",
        discussion: """
            With --json, prints the parse contract (docs/parse-contract.md): one JSON object with \
            Unicode scalar offsets into the file's text. Without it, prints a readable outline.
            """
    )

    @Flag(name: .long, help: "Print the versioned JSON parse contract instead of an outline.")
    var json = false

    @Argument(help: "The article file to parse.", completion: .file())
    var file: String

    func run() throws {
        let article = try loadArticle(file)
        if json {
            let json = ContractJSON.encode(article, sourcePath: file)
            FileHandle.standardOutput.write(Data(isatty(STDOUT_FILENO) != 0 ? TerminalJSON.escapingC1Controls(json) : json))
        } else {
            let outline = Outline.render(article)
            print(isatty(STDOUT_FILENO) != 0 ? TerminalText.sanitize(outline) : outline, terminator: "")
        }
    }
}

/// Loads and parses a file, turning any failure into a one-line error and exit status 1.
func loadArticle(_ path: String) throws -> Article {
    do {
        let file = try ArticleFile.load(path)
        for warning in file.warnings { warn("\(path): \(warning)") }
        return Analyzer.parse(file.source)
    } catch {
        warn(error.description)
        throw ExitCode.failure
    }
}

/// Prints `message` to standard error as one line prefixed with the program name.
///
/// Messages quote file names, which can hold escape sequences and newlines like any article
/// text: they are made safe for the terminal and kept to one line.
func warn(_ message: String) {
    let line = TerminalText.sanitize(message).split(whereSeparator: \.isNewline).joined(separator: " ")
    FileHandle.standardError.write(Data("byline: \(line)\n".utf8))
}
