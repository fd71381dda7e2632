import Foundation

/// How the library list is sorted; `s` cycles through them.
public enum LibrarySort: String, Sendable, CaseIterable, Codable {
    /// By title (or file name), A to Z.
    case title
    /// By the file's modification time, newest first.
    case date
    /// By number of quotes, most first.
    case quotes
    /// By number of people, most first.
    case people

    /// The next order in the cycle.
    public var next: LibrarySort {
        let all = Self.allCases
        let position = all.firstIndex(of: self) ?? 0
        return all[(position + 1) % all.count]
    }

    /// How the header names the order.
    public var label: String { rawValue }
}

/// The pure list logic of the library: sorting, filtering and the person index, over rows that
/// may not be indexed yet (a row without a summary shows its file name and sorts last).
public enum LibraryOrder {
    /// One row's data for ordering: its path and its summary when indexed.
    public typealias Row = (path: String, summary: ArticleSummary?)

    /// The indices of `rows` in `sort` order. Ties (and rows not yet indexed) keep the list
    /// order, so the sort is stable.
    public static func sorted(_ rows: [Row], by sort: LibrarySort) -> [Int] {
        let keys = rows.map { row in (row.summary, titleKey(row)) }
        return rows.indices.sorted { a, b in
            let (left, leftTitle) = keys[a]
            let (right, rightTitle) = keys[b]
            switch (left, right) {
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            case let (left?, right?):
                switch sort {
                case .title: break
                case .date:
                    if left.stamp.modified != right.stamp.modified { return left.stamp.modified > right.stamp.modified }
                case .quotes:
                    if left.quoteCount != right.quoteCount { return left.quoteCount > right.quoteCount }
                case .people:
                    if left.peopleCount != right.peopleCount { return left.peopleCount > right.peopleCount }
                }
                if leftTitle != rightTitle { return leftTitle < rightTitle }
                return a < b
            }
        }
    }

    /// Whether a row matches filter text: every word of the query occurs (ignoring case and
    /// accents) in the title, the file name, or the name of a person it mentions.
    public static func matches(_ row: Row, query: String) -> Bool {
        let words = fold(query).split(separator: " ")
        if words.isEmpty { return true }
        let haystack = searchKey(path: row.path, summary: row.summary)
        return words.allSatisfy { haystack.contains($0) }
    }

    /// The folded text a row's filter matching looks in: file name, title and people, one a line.
    public static func searchKey(path: String, summary: ArticleSummary?) -> String {
        var key = fold((path as NSString).lastPathComponent)
        if let summary {
            key += "\n" + fold(summary.title ?? "")
            for person in summary.people { key += "\n" + fold(person) }
        }
        return key
    }

    /// The indices of `rows` in `sort` order that match `query`, and, when `person` is given,
    /// that mention exactly that person.
    /// - Parameter searchKeys: each row's `searchKey`, when the caller keeps them (they are
    ///   computed otherwise).
    public static func visible(_ rows: [Row], sort: LibrarySort, query: String, person: String? = nil,
                               searchKeys: [String]? = nil) -> [Int] {
        let keys = searchKeys ?? rows.map { searchKey(path: $0.path, summary: $0.summary) }
        let words = fold(query).split(separator: " ")
        return sorted(rows, by: sort).filter { index in
            if let person, !(rows[index].summary?.people.contains(person) ?? false) { return false }
            return words.allSatisfy { keys[index].contains($0) }
        }
    }

    /// Everyone mentioned across the rows, with how many articles mention them, most articles
    /// first, then by name.
    public static func personIndex(_ summaries: some Sequence<ArticleSummary>) -> [(name: String, articles: Int)] {
        var counts: [String: Int] = [:]
        for summary in summaries {
            for name in Set(summary.people) { counts[name, default: 0] += 1 }
        }
        return counts.map { (name: $0.key, articles: $0.value) }.sorted {
            $0.articles != $1.articles ? $0.articles > $1.articles : $0.name < $1.name
        }
    }

    /// Lower-cases and strips accents, so "zoe" finds "Zoë".
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func titleKey(_ row: Row) -> String {
        fold(row.summary?.displayTitle ?? (row.path as NSString).lastPathComponent)
    }
}
