/// Writes an article as a readable plain-text outline: header, blocks, quotes, people.
public enum Outline {
    /// Renders the outline of `article`.
    /// - Parameter article: the parsed article.
    /// - Returns: lines of plain text joined by newlines, ending in a newline.
    public static func render(_ article: Article) -> String {
        var out: [String] = []
        out.append("title:    \(article.title ?? "—")")
        out.append("dateline: \(article.dateline ?? "—")")
        out.append("byline:   \(article.byline ?? "—")")
        out.append("")
        out.append("blocks (\(article.blocks.count))")
        for block in article.blocks {
            let label = block.category.map { "\(block.kind.rawValue)/\($0.rawValue)" } ?? block.kind.rawValue
            out.append("  [\(block.index)] \(label) \(block.span.start)–\(block.span.end): \(preview(block.text, 70))")
        }
        out.append("")
        out.append("quotes (\(article.quotes.count))")
        for quote in article.quotes {
            let speaker = quote.speaker.map { "\($0)\(quote.speakerKind == .other ? " (other)" : "")" } ?? "unknown"
            out.append("  [\(quote.index)] block \(quote.block) · \(speaker)\(quote.cue.map { " · \($0)" } ?? ""): “\(preview(quote.text, 60))”")
        }
        out.append("")
        out.append("people (\(article.people.count))")
        for person in article.people {
            var line = "  \(person.name)"
            if let role = person.role { line += " · \(role)" }
            line += " · \(person.mentions.count) mentions · \(person.quotes) quotes"
            if person.boilerplateOnly { line += " · boilerplate only" }
            if !person.aliases.isEmpty { line += " · aka \(person.aliases.joined(separator: ", "))" }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The first `limit` characters of `text` on one line, with an ellipsis when cut.
    public static func preview(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
