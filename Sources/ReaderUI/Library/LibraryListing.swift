/// The library as plain text, for when standard output is not a terminal: one line per article,
/// tab-separated, in title order: path, title, dateline, words, quotes, people, top people.
public enum LibraryListing {
    /// The listing of `summaries` (untrusted text is sanitised, tabs and newlines flattened).
    public static func render(_ summaries: [ArticleSummary]) -> String {
        let rows: [LibraryOrder.Row] = summaries.map { ($0.stamp.path, $0) }
        return LibraryOrder.sorted(rows, by: .title).map { index in
            let summary = summaries[index]
            let fields = [summary.stamp.path, summary.displayTitle, summary.dateline ?? "",
                          summary.problem == nil ? "\(summary.wordCount)" : "", "\(summary.quoteCount)",
                          "\(summary.peopleCount)", summary.problem ?? summary.topPeople.joined(separator: ", ")]
            return fields.map(flatten).joined(separator: "\t") + "\n"
        }.joined()
    }

    private static func flatten(_ text: String) -> String {
        String(TerminalText.sanitize(text).map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
