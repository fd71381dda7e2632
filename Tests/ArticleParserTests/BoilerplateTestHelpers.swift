@testable import ArticleParser

/// Builds small articles around a line under test and reports what the parser made of it.
enum BoilerplateFixture {
    /// Body paragraphs of an invented story, long enough to read as prose.
    static let paragraphs = [
        "HARBORVILLE — The town council of Harborville voted on Tuesday to rebuild the old ferry pier, ending a dispute that had divided fishermen and shop owners for most of the past decade.",
        "The new pier will be twice as long as the present one and is expected to open in the spring of next year, according to a schedule published by the council's planning office.",
        "Councillor Dana Whitfield, who chairs the harbour committee, said the vote was a relief for families who had waited years for a safer landing for the morning ferry.",
        "Opponents had argued that the money would be better spent on the town's two primary schools, whose roofs have leaked through three winters in a row.",
        "Work on the foundations is due to begin in March, weather permitting, and the contractor has promised to keep one berth open throughout the construction.",
        "The harbour master said the ferry would run on its usual timetable during the first phase of the work, with short closures announced a week in advance.",
    ]

    /// An article made of a title, the body paragraphs, and `line` inserted after paragraph `position`.
    static func article(with line: String, after position: Int = 2, title: String = "Harborville votes to rebuild its ferry pier") -> String {
        var parts = [title]
        for (index, paragraph) in paragraphs.enumerated() {
            parts.append(paragraph)
            if index + 1 == position { parts.append(line) }
        }
        if position >= paragraphs.count { parts.append(line) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The block whose text is exactly `text`.
    static func block(_ text: String, in article: Article) -> Block? {
        article.blocks.first { $0.text == text }
    }

    /// The kind and category the parser gave `line` when inserted in the invented story.
    static func classification(of line: String, after position: Int = 2) -> (BlockKind, BoilerplateCategory?)? {
        let parsed = Analyzer.parse(article(with: line, after: position))
        guard let found = block(line, in: parsed) else { return nil }
        return (found.kind, found.category)
    }
}
