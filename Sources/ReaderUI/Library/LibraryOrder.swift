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

    /// What sorting looks at for one row, computed once per row so a re-sort of thousands of
    /// rows compares plain values.
    public struct SortKey: Sendable {
        /// Whether the row has a summary (unindexed rows sort last).
        var isIndexed: Bool
        var modified: Double
        var quotes: Int
        var people: Int
        /// The folded title (or file name).
        var title: String

        /// The key of a row.
        public init(path: String, summary: ArticleSummary?) {
            isIndexed = summary != nil
            modified = summary?.stamp.modified ?? 0
            quotes = summary?.quoteCount ?? 0
            people = summary?.peopleCount ?? 0
            title = LibraryOrder.fold(summary?.displayTitle ?? ArticleSummary.fileName(of: path))
        }
    }

    /// A row's sort key and filter text together, as the indexer hands them over.
    public struct RowKeys: Sendable {
        /// The sort key.
        public var sort: SortKey
        /// The folded filter text (`searchKey`).
        public var search: String

        /// The keys of a row.
        public init(path: String, summary: ArticleSummary?) {
            sort = SortKey(path: path, summary: summary)
            search = LibraryOrder.searchKey(path: path, summary: summary)
        }
    }

    /// The indices of `rows` in `sort` order. Ties (and rows not yet indexed) keep the list
    /// order, so the sort is stable.
    public static func sorted(_ rows: [Row], by sort: LibrarySort) -> [Int] {
        sorted(keys: rows.map { SortKey(path: $0.path, summary: $0.summary) }, by: sort)
    }

    /// The indices of the rows whose keys are `keys`, in `sort` order: indexed rows first, then
    /// by the sort's field, then by title, then in list order.
    public static func sorted(keys: [SortKey], by sort: LibrarySort) -> [Int] {
        keys.withUnsafeBufferPointer { keys in
            Array(keys.indices).sorted { a, b in
                let left = keys[a], right = keys[b]
                if left.isIndexed != right.isIndexed { return left.isIndexed }
                if !left.isIndexed { return a < b }
                switch sort {
                case .title: break
                case .date: if left.modified != right.modified { return left.modified > right.modified }
                case .quotes: if left.quotes != right.quotes { return left.quotes > right.quotes }
                case .people: if left.people != right.people { return left.people > right.people }
                }
                if left.title != right.title { return left.title < right.title }
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
        var key = fold(ArticleSummary.fileName(of: path))
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
    ///   - sortKeys: each row's `SortKey`, likewise.
    public static func visible(_ rows: [Row], sort: LibrarySort, query: String, person: String? = nil,
                               searchKeys: [String]? = nil, sortKeys: [SortKey]? = nil) -> [Int] {
        let keys = searchKeys ?? rows.map { searchKey(path: $0.path, summary: $0.summary) }
        let words = fold(query).split(separator: " ")
        let order = sortKeys.map { sorted(keys: $0, by: sort) } ?? sorted(rows, by: sort)
        if words.isEmpty && person == nil { return order }
        return order.filter { index in
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

    /// Lower-cases and strips accents, so "zoe" finds "Zoë" (plain ASCII takes a fast path).
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
