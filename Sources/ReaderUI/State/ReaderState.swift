/// Everything the reader shows, as a value. `reduce` is the only thing that changes it, and
/// `render` turns it into a frame; neither needs a terminal.
public struct ReaderState: Sendable {
    /// The article, prepared for layout.
    public internal(set) var article: PreparedArticle
    /// Whether `article` is only the start of the text, the whole being parsed meanwhile.
    public internal(set) var isPartial = false
    /// A name for the status line when the article has no title (usually the file name).
    public let name: String
    /// The screen size the state is laid out for.
    public internal(set) var size: TerminalSize
    /// The article laid out for the current size and folds.
    public internal(set) var layout: DocumentLayout
    /// The place at the top of the view; survives re-layout, so a resize keeps the place.
    public internal(set) var anchor: ScrollAnchor = .top
    /// The quote the reader has jumped to, by index into the article's quotes.
    public internal(set) var currentQuote: Int?
    /// Which boilerplate is unfolded and whether boilerplate is hidden.
    public internal(set) var folds: FoldState
    /// The search prompt, query and matches.
    public internal(set) var search = SearchState()
    /// The people sidebar.
    public internal(set) var sidebar = SidebarState()
    /// Whether the help overlay is shown.
    public internal(set) var helpVisible = false
    /// The colour themes `t` cycles through, and the one showing.
    public internal(set) var themes = ThemeCycle()
    /// A one-off message for the status line, cleared by the next action.
    public internal(set) var message: String?
    /// Whether the reader should close.
    public internal(set) var isFinished = false

    /// Creates the state of a freshly opened article: at the top, all boilerplate folded.
    /// - Parameters:
    ///   - article: the prepared article.
    ///   - name: the file name, shown when the article has no title.
    ///   - size: the screen size.
    ///   - folds: the initial fold state.
    public init(article: PreparedArticle, name: String, size: TerminalSize, folds: FoldState = FoldState()) {
        self.article = article
        self.name = name
        self.size = size
        self.folds = folds
        let sidebar = SidebarGeometry(size: size, sidebar: SidebarState(), hasPeople: !article.article.people.isEmpty)
        self.layout = DocumentLayout(article, width: PageGeometry(size: size, articleWidth: sidebar.articleWidth).measure, folds: folds)
    }

    /// Where things go on the screen.
    public var geometry: PageGeometry { PageGeometry(size: size, articleWidth: sidebarGeometry.articleWidth) }

    /// The last line that can be at the top of the view (the end of the article sits at the
    /// bottom). Indexes the whole layout: `clampedTop` avoids that away from the end.
    public var maximumTopLine: Int { max(0, layout.count - geometry.bodyHeight) }

    /// `line` kept between the top and `maximumTopLine`, indexing only a screen past it unless
    /// the end is that near.
    func clampedTop(_ line: Int) -> Int {
        let line = max(0, line)
        return layout.contains(line: line + geometry.bodyHeight - 1) ? line : min(line, maximumTopLine)
    }

    /// The line at the top of the view.
    public var topLine: Int { clampedTop(layout.line(for: anchor)) }

    /// The lines in view.
    public var visibleLines: Range<Int> {
        let top = topLine
        var end = top
        while end < top + geometry.bodyHeight && layout.contains(line: end) { end += 1 }
        return top..<end
    }

    /// The quotes that can be jumped to: not hidden (and placed in the text: see `makeCurrent`).
    public var navigableQuotes: [Int] {
        article.quoteBlocks.indices.filter { index in
            guard let block = article.quoteBlocks[index] else { return false }
            return layout.isVisible(block: block)
        }
    }

    /// The first line of quote `index`, when it is shown.
    public func line(ofQuote index: Int) -> Int? {
        guard let location = article.location(ofQuote: index) else { return nil }
        return layout.line(ofBlock: location.block, grapheme: location.range.lowerBound)
    }

    /// The first line of search match `index`, when it is shown.
    public func line(ofMatch index: Int) -> Int? {
        guard search.matches.indices.contains(index) else { return nil }
        let match = search.matches[index]
        return layout.line(ofBlock: match.block, grapheme: match.range.lowerBound)
    }
}
