/// Applies `action` to `state`: the only way reader state changes.
/// - Parameters:
///   - state: the state to update.
///   - action: what happened.
public func reduce(_ state: inout ReaderState, _ action: Action) {
    if case .resize = action {} else { state.message = nil }
    switch action {
    case .scrollLines(let count):
        state.scroll(toLine: state.topLine + count)
    case .scrollPages(let count):
        state.scroll(toLine: state.topLine + count * max(1, state.geometry.bodyHeight - 1))
    case .scrollHalfPages(let count):
        state.scroll(toLine: state.topLine + count * max(1, state.geometry.bodyHeight / 2))
    case .top:
        state.scroll(toLine: 0)
    case .bottom:
        state.scroll(toLine: state.maximumTopLine)
    case .nextQuote:
        state.jumpToQuote(forward: true)
    case .previousQuote:
        state.jumpToQuote(forward: false)
    case .toggleFold:
        state.toggleFoldInView()
    case .toggleAllFolds:
        state.toggleAllFolds()
    case .toggleBoilerplateFilter:
        state.folds.hidesBoilerplate.toggle()
        state.relayout()
        if !state.search.query.isEmpty { state.runSearch(moving: false) }
        state.keepSelectionListed()
        state.message = state.folds.hidesBoilerplate ? "boilerplate hidden (f shows it)" : "boilerplate shown"
    case .beginSearch:
        state.helpVisible = false
        state.search.prompt = ""
    case .searchInput(let character):
        if state.search.prompt != nil { state.search.prompt?.append(character) }
    case .searchBackspace:
        if state.search.prompt?.isEmpty == true { state.search.prompt = nil } else { state.search.prompt?.removeLast() }
    case .submitSearch:
        guard let typed = state.search.prompt else { return }
        state.search.prompt = nil
        if !typed.isEmpty { state.search.query = typed }
        guard !state.search.query.isEmpty else { return }
        state.runSearch(moving: true)
    case .cancelSearch:
        state.search.prompt = nil
    case .nextMatch:
        state.jumpToMatch(forward: true)
    case .previousMatch:
        state.jumpToMatch(forward: false)
    case .clear:
        // Esc undoes the nearest thing: a search first, then a people overlay covering the text.
        if state.search.query.isEmpty && !state.helpVisible && state.sidebarGeometry.placement == .overlay {
            state.toggleSidebar()
        }
        state.search = SearchState()
        state.helpVisible = false
    case .cycleTheme:
        state.themes.advance()
        if let name = state.themes.current { state.message = "theme: " + TerminalText.sanitize(name) }
    case .toggleHelp:
        state.helpVisible.toggle()
    case .toggleSidebar:
        state.toggleSidebar()
    case .toggleSidebarFocus:
        state.toggleSidebarFocus()
    case .moveSelection(let offset):
        state.moveSelection(by: offset)
    case .nextMention:
        state.jumpToMention(forward: true)
    case .previousMention:
        state.jumpToMention(forward: false)
    case .firstQuoteOfPerson:
        state.jumpToFirstQuoteOfPerson()
    case .quit:
        state.isFinished = true
    case .resize(let size):
        let oldMeasure = state.geometry.measure
        let oldSize = state.size
        state.size = size
        state.resizeSidebar(from: oldSize)
        if state.geometry.measure != oldMeasure { state.relayout() }
    }
}

extension ReaderState {
    /// Rows kept above a quote or match that is jumped to, so it is read in context.
    var jumpContext: Int { min(3, geometry.bodyHeight / 4) }

    mutating func relayout() {
        layout = DocumentLayout(article, width: geometry.measure, folds: folds)
    }

    mutating func scroll(toLine line: Int) {
        anchor = layout.anchor(forLine: clampedTop(line))
    }

    /// Scrolls so lines `first...last` are in view with context above, unless they already are.
    mutating func reveal(_ first: Int, _ last: Int) {
        let top = topLine
        let context = jumpContext
        if first >= top + min(context, first) && last < top + geometry.bodyHeight { return }
        scroll(toLine: first - context)
    }

    /// Unfolds `block` when it is a folded boilerplate block.
    mutating func unfold(_ block: Int) {
        guard article.isBoilerplate(block), !folds.expanded.contains(block) else { return }
        folds.expanded.insert(block)
        relayout()
    }

    func isOnScreen(_ line: Int?) -> Bool {
        guard let line else { return false }
        return visibleLines.contains(line)
    }

    mutating func jumpToQuote(forward: Bool) {
        let quotes = navigableQuotes
        guard !quotes.isEmpty else {
            message = article.article.quotes.isEmpty ? "no quotes in this article" : "no quotes shown"
            return
        }
        let target: Int?
        if let current = currentQuote, isOnScreen(line(ofQuote: current)) {
            let article = self.article
            let placed = { (quote: Int) in article.location(ofQuote: quote) != nil }
            target = forward ? quotes.first { $0 > current && placed($0) } : quotes.last { $0 < current && placed($0) }
        } else {
            let top = topLine
            if forward {
                target = quotes.first { (line(ofQuote: $0) ?? -1) >= top }
            } else {
                // Quotes are in text order: walk them only as far as the top of the view.
                var before: Int?
                for quote in quotes {
                    guard let line = line(ofQuote: quote) else { continue }
                    if line >= top { break }
                    before = quote
                }
                target = before
            }
        }
        guard let quote = target, let location = article.location(ofQuote: quote) else {
            message = forward ? "no more quotes" : "no earlier quotes"
            return
        }
        makeCurrent(quote: quote, at: location)
    }

    /// Makes `quote` the current quote: unfolds its block and scrolls it into view with context.
    mutating func makeCurrent(quote: Int, at location: QuoteLocation) {
        currentQuote = quote
        unfold(location.block)
        guard let first = layout.line(ofBlock: location.block, grapheme: location.range.lowerBound),
              let last = layout.line(ofBlock: location.block, grapheme: max(location.range.lowerBound, location.range.upperBound - 1))
        else { return }
        reveal(first, last)
    }

    mutating func toggleFoldInView() {
        let layout = self.layout, article = self.article
        let target = visibleLines.lazy.map { layout.line($0).block }.first { article.isBoilerplate($0) }
        guard let block = target else {
            message = "no boilerplate in view"
            return
        }
        if folds.expanded.contains(block) { folds.expanded.remove(block) } else { folds.expanded.insert(block) }
        relayout()
    }

    mutating func toggleAllFolds() {
        let all = Set(article.boilerplateBlocks)
        guard !all.isEmpty else {
            message = "no boilerplate in this article"
            return
        }
        if all.isSubset(of: folds.expanded) {
            folds.expanded.subtract(all)
            message = "all boilerplate folded"
        } else {
            folds.expanded.formUnion(all)
            message = "all boilerplate unfolded"
        }
        relayout()
    }

    /// Finds the query's matches; when `moving`, goes to the first one at or below the top of the view.
    mutating func runSearch(moving: Bool) {
        search.matches = TextSearch.find(search.query, in: article, layout: layout)
        search.current = nil
        guard !search.matches.isEmpty else {
            message = "not found: \(search.query)"
            return
        }
        guard moving else { return }
        let top = topLine
        if let index = search.matches.indices.first(where: { (line(ofMatch: $0) ?? -1) >= top }) {
            goToMatch(index)
        } else {
            goToMatch(0)
            message = "search wrapped to the top"
        }
    }

    mutating func jumpToMatch(forward: Bool) {
        guard !search.matches.isEmpty else {
            message = search.query.isEmpty ? "no search yet (press /)" : "not found: \(search.query)"
            return
        }
        let count = search.matches.count
        var index: Int
        var wrapped = false
        if let current = search.current, isOnScreen(line(ofMatch: current)) {
            index = forward ? current + 1 : current - 1
        } else {
            let top = topLine
            if forward {
                index = search.matches.indices.first { (line(ofMatch: $0) ?? -1) >= top } ?? count
            } else {
                index = search.matches.indices.last { (line(ofMatch: $0) ?? Int.max) < top } ?? -1
            }
        }
        if index >= count { index = 0; wrapped = true }
        if index < 0 { index = count - 1; wrapped = true }
        goToMatch(index)
        if wrapped { message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
    }

    mutating func goToMatch(_ index: Int) {
        search.current = index
        let match = search.matches[index]
        unfold(match.block)
        guard let first = layout.line(ofBlock: match.block, grapheme: match.range.lowerBound) else { return }
        reveal(first, first)
    }
}
