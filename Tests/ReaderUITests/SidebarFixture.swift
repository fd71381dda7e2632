import ArticleParser
@testable import ReaderUI

/// The sample article with people added by hand, so sidebar tests do not depend on the parser.
enum SidebarFixture {
    /// The span of the `occurrence`-th (from 0) appearance of `words` in `block`.
    static func span(of words: String, in block: Block, occurrence: Int = 0) -> TextSpan? {
        let scalars = Array(block.text.unicodeScalars), needle = Array(words.unicodeScalars)
        guard scalars.count >= needle.count else { return nil }
        let starts = (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<($0 + needle.count)]) == needle }
        guard starts.indices.contains(occurrence) else { return nil }
        return TextSpan(start: block.span.start + starts[occurrence], end: block.span.start + starts[occurrence] + needle.count)
    }

    static func mentions(_ places: [(block: Int, words: String)], in article: Article) -> [Mention] {
        places.compactMap { place in
            span(of: place.words, in: article.blocks[place.block]).map { Mention(block: place.block, span: $0) }
        }
    }

    /// The sample, whose people are (in the parser's order) Tom Oduya, Lee Park (a photo credit)
    /// and Ana Ruiz, so the sidebar has to reorder them.
    static var article: Article {
        var article = ArticleBuilder.sample.build()
        article.people = [
            Person(name: "Tom Oduya", role: "chief engineer", mentions: mentions([(4, "Tom Oduya")], in: article), quotes: 1),
            Person(name: "Lee Park", mentions: mentions([(3, "Lee Park")], in: article), quotes: 0, boilerplateOnly: true),
            Person(name: "Ana Ruiz", role: "Mayor", mentions: mentions([(2, "Ana Ruiz"), (6, "Ruiz"), (6, "she")], in: article), quotes: 2),
        ]
        return article
    }

    static func state(width: Int, height: Int = 30) -> ReaderState {
        ReaderState(article: PreparedArticle(article), name: "test.txt", size: TerminalSize(width: width, height: height))
    }
}
