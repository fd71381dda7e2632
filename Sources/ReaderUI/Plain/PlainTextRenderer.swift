import ArticleParser

/// Renders an article as plain text, for output that is not a terminal.
public enum PlainTextRenderer {
    /// The article's blocks as paragraphs, sanitised, with quotes kept as they are in the text
    /// (their own quotation marks mark them); boilerplate is omitted unless asked for.
    /// - Parameters:
    ///   - article: the parsed article.
    ///   - includeBoilerplate: whether to print boilerplate blocks, each prefixed with its category.
    ///   - theme: when given, styles the title, dateline, quotes and boilerplate with SGR sequences.
    /// - Returns: the text, ending in a newline unless empty.
    public static func render(_ article: Article, includeBoilerplate: Bool, theme: Theme? = nil) -> String {
        var paragraphs: [String] = []
        for block in article.blocks where includeBoilerplate || block.kind != .boilerplate {
            var text: String
            if let theme {
                text = styled(block, article: article, theme: theme)
            } else {
                text = TerminalText.sanitize(block.text)
            }
            if block.kind == .boilerplate {
                let label = "[\(block.category?.label ?? "boilerplate")] "
                text = theme.map { paint(label, $0[.boilerplateStub]) } .map { $0 + text } ?? label + text
            }
            paragraphs.append(text)
        }
        return paragraphs.joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
    }

    /// A block's text with its roles painted: sanitised piece by piece, so article text can never
    /// carry its own escape sequences through.
    private static func styled(_ block: Block, article: Article, theme: Theme) -> String {
        let baseRole: StyleRole = switch block.kind {
        case .title: .title
        case .paragraph: .body
        case .boilerplate: .boilerplate
        }
        let quotes = article.quotes.filter { block.span.contains($0.span) }.map(\.span)
        var pieces: [(String, StyleRole)] = []
        var current = String.UnicodeScalarView()
        var currentRole = baseRole
        var offset = block.span.start
        for scalar in block.text.unicodeScalars {
            let role = block.kind != .boilerplate && quotes.contains(where: { $0.start <= offset && offset < $0.end })
                ? StyleRole.quote : baseRole
            if role != currentRole && !current.isEmpty {
                pieces.append((String(current), currentRole))
                current = String.UnicodeScalarView()
            }
            currentRole = role
            current.append(scalar)
            offset += 1
        }
        if !current.isEmpty { pieces.append((String(current), currentRole)) }
        return pieces.map { paint(TerminalText.sanitize($0.0), theme[$0.1]) }.joined()
    }

    private static func paint(_ text: String, _ style: Style) -> String {
        style == .plain ? text : ANSIStyle.sequence(for: style) + text + ANSIStyle.reset
    }
}
