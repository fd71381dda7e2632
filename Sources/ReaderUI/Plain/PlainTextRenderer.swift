import ArticleParser

/// Renders an article as plain text, for output that is not a terminal.
public enum PlainTextRenderer {
    /// The article's blocks as paragraphs, with quotes kept as they are in the text;
    /// boilerplate is omitted unless asked for.
    public static func render(_ article: Article, includeBoilerplate: Bool) -> String {
        var paragraphs: [String] = []
        for block in article.blocks where includeBoilerplate || block.kind != .boilerplate {
            let text = TerminalText.sanitize(block.text)
            paragraphs.append(block.kind == .boilerplate ? "[\(block.category?.label ?? "boilerplate")] \(text)" : text)
        }
        return paragraphs.joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
    }
}
