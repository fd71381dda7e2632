import ArticleParser

extension ReaderState {
    /// Puts the whole article in place of the start shown so far, keeping what the reader sees:
    /// the place at the top, unfolded blocks and the current quote (found again by their
    /// offsets in the text, which a prefix shares with the whole), and the search.
    /// - Parameter whole: the whole article, prepared.
    /// A reader who went to the end of the start (`G` while the rest was loading) meant the end
    /// of the article, so they land at the end of the whole.
    public mutating func replaceArticle(with whole: PreparedArticle) {
        let old = article
        let wasAtEnd = topLine > 0 && topLine >= maximumTopLine
        let top = place(of: anchor, in: old)
        let expandedStarts = folds.expanded.compactMap { old.article.blocks.indices.contains($0) ? old.article.blocks[$0].span.start : nil }
        let quoteStart = currentQuote.flatMap { old.article.quotes.indices.contains($0) ? old.article.quotes[$0].span.start : nil }

        article = whole
        isPartial = false
        let blocks = whole.article.blocks
        folds.expanded = Set(expandedStarts.compactMap { start in
            Self.block(at: start, in: blocks).flatMap { blocks[$0].span.start == start && blocks[$0].kind == .boilerplate ? $0 : nil }
        })
        currentQuote = quoteStart.flatMap { start in whole.article.quotes.firstIndex { $0.span.start == start } }
        sidebar = SidebarState(shownOverride: sidebar.shownOverride)
        if let block = Self.block(at: top.offset, in: blocks) {
            let prepared = whole.blocks[block]
            anchor = ScrollAnchor(block: block, grapheme: top.blankAfter ? prepared.count : prepared.graphemeIndex(atOrAfterSource: top.offset))
        }
        relayout()
        if wasAtEnd { scroll(toLine: maximumTopLine) }
        if !search.query.isEmpty { runSearch(moving: false) }
    }

    /// The source offset a scroll anchor points at, and whether it is the blank line after its
    /// block (then the offset is the block's start).
    private func place(of anchor: ScrollAnchor, in article: PreparedArticle) -> (offset: Int, blankAfter: Bool) {
        guard article.blocks.indices.contains(anchor.block) else { return (0, false) }
        let block = article.blocks[anchor.block]
        guard anchor.grapheme < block.count else { return (article.article.blocks[anchor.block].span.start, true) }
        return (block.sourceOffsets[max(0, anchor.grapheme)], false)
    }

    /// The block holding source offset `offset`, else the first after it, else the last.
    static func block(at offset: Int, in blocks: [Block]) -> Int? {
        guard !blocks.isEmpty else { return nil }
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, blocks.count - 1)
    }
}

extension SidebarState {
    /// A sidebar with nothing selected, shown or hidden as asked.
    init(shownOverride: Bool?) {
        self.init()
        self.shownOverride = shownOverride
    }
}
