import ArticleParser
@testable import ReaderUI

/// Builds `Article` values by hand, so reader tests do not depend on the parser.
struct ArticleBuilder {
    struct Piece {
        var kind: BlockKind
        var category: BoilerplateCategory?
        var text: String
    }

    var title: String?
    var dateline: String?
    var pieces: [Piece] = []
    /// Quotes as (block index, quoted words as they appear in the block, speaker).
    var quotes: [(block: Int, words: String, speaker: String?)] = []

    init(title: String? = nil, dateline: String? = nil) {
        self.title = title
        self.dateline = dateline
        if let title { pieces.append(Piece(kind: .title, text: title)) }
    }

    mutating func paragraph(_ text: String) { pieces.append(Piece(kind: .paragraph, text: text)) }
    mutating func boilerplate(_ category: BoilerplateCategory, _ text: String) {
        pieces.append(Piece(kind: .boilerplate, category: category, text: text))
    }
    mutating func quote(block: Int, _ words: String, speaker: String? = nil) {
        quotes.append((block, words, speaker))
    }

    func build() -> Article {
        var blocks: [Block] = []
        var text = ""
        var offset = 0
        for (index, piece) in pieces.enumerated() {
            if index > 0 { text += "\n\n"; offset += 2 }
            let length = piece.text.unicodeScalars.count
            blocks.append(Block(index: index, kind: piece.kind, category: piece.category,
                                span: TextSpan(start: offset, end: offset + length), text: piece.text))
            text += piece.text
            offset += length
        }
        var found: [Quote] = []
        for (position, quote) in quotes.enumerated() {
            let block = blocks[quote.block]
            let scalars = Array(block.text.unicodeScalars)
            let needle = Array(quote.words.unicodeScalars)
            guard let start = (0...(scalars.count - needle.count)).first(where: { Array(scalars[$0..<($0 + needle.count)]) == needle })
            else { continue }
            let span = TextSpan(start: block.span.start + start, end: block.span.start + start + needle.count)
            found.append(Quote(index: position, block: quote.block, span: span, text: quote.words,
                               speaker: quote.speaker, speakerKind: quote.speaker == nil ? nil : .person, cue: "said"))
        }
        return Article(source: SourceText(text), title: title, dateline: dateline, blocks: blocks, quotes: found)
    }

    /// A reader state on the built article.
    func state(width: Int = 60, height: Int = 12) -> ReaderState {
        ReaderState(article: PreparedArticle(build()), name: "test.txt", size: TerminalSize(width: width, height: height))
    }

    /// A sample article: a title, a dateline, three quotes by two speakers, two boilerplate blocks.
    static var sample: ArticleBuilder {
        var builder = ArticleBuilder(title: "Harbour bridge reopens after repairs", dateline: "PORTVILLE")
        builder.paragraph("PORTVILLE – The old harbour bridge reopened on Tuesday after eight months of repairs, and the first buses crossed it before dawn.")  // 1
        builder.paragraph("“We kept our promise to the commuters of this city,” said Mayor Ana Ruiz at the ribbon cutting.")  // 2
        builder.boilerplate(.caption, "Workers paint the railings of the bridge on Monday. Photo: Lee Park / Harbour Daily")  // 3
        builder.paragraph("Engineers found rust in the main cables last spring. “The cables were in worse shape than anyone expected,” said chief engineer Tom Oduya. Traffic had been diverted through the tunnel since then.")  // 4
        builder.boilerplate(.promo, "Sign up for our morning newsletter")  // 5
        builder.paragraph("Ruiz said the city would inspect every bridge. “No one should wonder whether a bridge will hold,” she said.")  // 6
        builder.quote(block: 2, "We kept our promise to the commuters of this city,", speaker: "Ana Ruiz")
        builder.quote(block: 4, "The cables were in worse shape than anyone expected,", speaker: "Tom Oduya")
        builder.quote(block: 6, "No one should wonder whether a bridge will hold,", speaker: "Ana Ruiz")
        return builder
    }
}
