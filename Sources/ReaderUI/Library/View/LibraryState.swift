/// Everything the library list shows, as a value: the rows (indexed or not yet), the order and
/// filters, the selection, the people index and the indexing progress. `reduce` changes it in
/// response to actions and `ingest` adds what the indexer found; `render` draws it.
public struct LibraryState: Sendable {
    /// What to open when the app loop next looks: a row to show in the reader.
    public enum Request: Sendable, Equatable {
        /// Open the article of row `index` (an index into `paths`).
        case open(Int)
    }

    /// What the header calls the library (the folder, or "3 files").
    public let title: String
    /// The article paths; a row is identified by its index here.
    public let paths: [String]
    /// Each row's summary, once indexed.
    public private(set) var summaries: [ArticleSummary?]
    /// Each row's filter text, folded once so filtering stays fast.
    private var searchKeys: [String]
    /// Each row's sort key, likewise.
    private var sortKeys: [LibraryOrder.SortKey]
    /// The rows the reader has opened before (by path).
    public internal(set) var readPaths: Set<String>
    /// The sort order.
    public internal(set) var sort: LibrarySort = .title
    /// The text filter.
    public internal(set) var query = ""
    /// Whether the filter prompt is open.
    public internal(set) var isEditingFilter = false
    /// The person filter, picked from the people index.
    public internal(set) var person: String?
    /// The rows shown, in order (indices into `paths`).
    public private(set) var order: [Int] = []
    /// The selected row (an index into `paths`); once the user has moved it, it stays with its
    /// article when the order changes (before that, the first row is selected).
    public internal(set) var selected: Int? {
        didSet { isSelectionChosen = true }
    }
    /// Whether the user has chosen the selection (rather than it defaulting to the first row).
    private var isSelectionChosen = false
    /// The position in `order` of the first row on screen.
    public internal(set) var top = 0
    /// The screen size.
    public internal(set) var size: TerminalSize
    /// How many rows are indexed.
    public private(set) var indexed = 0
    /// Whether indexing has finished.
    public private(set) var isIndexComplete = false
    /// The people index, while it is shown.
    public internal(set) var people: PersonPicker?
    /// A one-off message for the status line.
    public internal(set) var message: String?
    /// Something for the app loop to do (open an article); it clears it.
    public internal(set) var request: Request?
    /// Whether byline should exit.
    public internal(set) var isFinished = false

    /// Creates the list of `paths`, none indexed yet, the first row selected.
    public init(title: String, paths: [String], size: TerminalSize, readPaths: Set<String> = []) {
        self.title = title
        self.paths = paths
        self.size = size
        self.readPaths = readPaths
        summaries = Array(repeating: nil, count: paths.count)
        searchKeys = paths.map { LibraryOrder.searchKey(path: $0, summary: nil) }
        sortKeys = paths.map { LibraryOrder.SortKey(path: $0, summary: nil) }
        refreshOrder()
    }

    /// The rows for ordering.
    var rows: [LibraryOrder.Row] { paths.indices.map { (paths[$0], summaries[$0]) } }

    /// Rows of the list on screen: all but the header, the column headings and the status line.
    public var listHeight: Int { max(1, size.height - 3) }

    /// The selection's position in `order`, when it is shown.
    public var cursor: Int? { selected.flatMap { order.firstIndex(of: $0) } }

    /// The rows on screen (indices into `paths`).
    public var visibleRows: ArraySlice<Int> { order.dropFirst(top).prefix(listHeight) }

    /// Adds what the indexer found since last time, keeping the selection on its article.
    public mutating func ingest(_ progress: IndexProgress) {
        let hasKeys = progress.keys.count == progress.summaries.count
        for (position, (index, summary)) in progress.summaries.enumerated() where summaries.indices.contains(index) {
            summaries[index] = summary
            let keys = hasKeys ? progress.keys[position] : LibraryOrder.RowKeys(path: paths[index], summary: summary)
            searchKeys[index] = keys.search
            sortKeys[index] = keys.sort
        }
        indexed = progress.indexed
        isIndexComplete = progress.isComplete
        if let warning = progress.warnings.last { message = warning }
        if !progress.summaries.isEmpty { refreshOrder() }
    }

    /// Marks a row's article as read.
    public mutating func markRead(_ index: Int) {
        if paths.indices.contains(index) { readPaths.insert(paths[index]) }
    }

    /// The shown row `offset` rows after (or before) row `index`, for the reader's next and
    /// previous article; nil past either end.
    public func neighbour(of index: Int, offset: Int) -> Int? {
        guard let position = order.firstIndex(of: index) else { return nil }
        let target = position + offset
        return order.indices.contains(target) ? order[target] : nil
    }

    /// Selects row `index` (an index into `paths`) and scrolls it into view.
    public mutating func select(_ index: Int) {
        selected = index
        scrollSelectionIntoView()
    }

    /// Recomputes the shown rows after a change of data, sort or filter; keeps the selection
    /// on its article when that is still shown, else selects the first row.
    mutating func refreshOrder() {
        order = LibraryOrder.visible(rows, sort: sort, query: query, person: person, searchKeys: searchKeys,
                                     sortKeys: sortKeys)
        if !isSelectionChosen || selected.map({ !order.contains($0) }) ?? true {
            selected = order.first
            isSelectionChosen = false
        }
        scrollSelectionIntoView()
    }

    /// Moves `top` so the selection is on screen, and never past the end.
    mutating func scrollSelectionIntoView() {
        top = min(top, max(0, order.count - listHeight))
        guard let cursor else { top = 0; return }
        if cursor < top { top = cursor }
        if cursor >= top + listHeight { top = cursor - listHeight + 1 }
        top = max(0, top)
    }
}
