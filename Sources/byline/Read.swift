import ArgumentParser
import ArticleParser
import Foundation
import ReaderUI

/// `byline [PATH…]`: open articles in the reader (the default command).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles (the default). Without a path, opens the bundled Articles/ folder."
    )

    @Flag(name: .long, help: "In plain-text output, include boilerplate blocks too.")
    var all = false

    @Argument(help: "Article files or a folder of articles.", completion: .file())
    var paths: [String] = []

    func run() throws {
        guard let path = paths.first else {
            warn("the library view is not built yet; give an article file")
            throw ExitCode.failure
        }
        let article = try loadArticle(path)
        print(PlainTextRenderer.render(article, includeBoilerplate: all), terminator: "")
    }
}
