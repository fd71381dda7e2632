/// The sidebar's part of `reduce`: showing it, moving focus and selection, and jumping between
/// the selected person's mentions and quotes.
extension ReaderState {
    /// Where the sidebar goes on the current screen.
    public var sidebarGeometry: SidebarGeometry {
        SidebarGeometry(size: size, sidebar: sidebar, hasPeople: !article.article.people.isEmpty)
    }

    /// Whether the sidebar is shown and takes j/k/Enter.
    public var sidebarHasFocus: Bool { sidebar.hasFocus && sidebarGeometry.isShown }

    /// The people the sidebar lists, by index into the article's people, in list order.
    public var listedPeople: [Int] {
        let order = SidebarPeople.order(article.article.people, hidingBoilerplate: folds.hidesBoilerplate)
        return order.main + order.apart
    }

    /// The selected person's mentions that can be jumped to (in shown blocks), by index into `sidebar.mentions`.
    public var navigableMentions: [Int] {
        sidebar.mentions.indices.filter { layout.isVisible(block: sidebar.mentions[$0].block) }
    }

    /// The selected person's name, sanitised.
    public var selectedPersonName: String? {
        guard let selected = sidebar.selected, article.article.people.indices.contains(selected) else { return nil }
        return SidebarPeople.displayName(article.article.people[selected].name)
    }

    mutating func toggleSidebar() {
        let oldMeasure = geometry.measure
        let shown = !sidebarGeometry.isShown
        sidebar.shownOverride = shown
        if !shown { sidebar.hasFocus = false }
        if shown && sidebarGeometry.placement == .overlay { focusSidebar() }
        if shown && article.article.people.isEmpty { message = "no people found in this article" }
        if geometry.measure != oldMeasure { relayout() }
    }

    mutating func toggleSidebarFocus() {
        guard sidebarGeometry.isShown else {
            message = "the people sidebar is hidden (p shows it)"
            return
        }
        if sidebar.hasFocus { sidebar.hasFocus = false } else { focusSidebar() }
    }

    mutating func focusSidebar() {
        sidebar.hasFocus = true
        if sidebar.selected == nil, let first = listedPeople.first { select(first) }
    }

    mutating func moveSelection(by offset: Int) {
        let listed = listedPeople
        guard !listed.isEmpty else {
            message = "no people found in this article"
            return
        }
        let position = sidebar.selected.flatMap { listed.firstIndex(of: $0) }
        let target = position.map { min(max(0, $0 + offset), listed.count - 1) } ?? 0
        if listed[target] != sidebar.selected { select(listed[target]) }
    }

    mutating func select(_ person: Int) {
        let people = article.article.people
        guard people.indices.contains(person) else { return }
        sidebar.selected = person
        sidebar.mentions = SidebarPeople.locate(people[person], in: article)
        let name = people[person].name
        sidebar.quotes = article.article.quotes.indices.filter { article.article.quotes[$0].speaker == name }
        sidebar.currentMention = nil
    }

    /// Drops the selection when its person is no longer listed (boilerplate was hidden).
    mutating func keepSelectionListed() {
        guard let selected = sidebar.selected, !listedPeople.contains(selected) else { return }
        sidebar.selected = nil
        sidebar.mentions = []
        sidebar.quotes = []
        sidebar.currentMention = nil
    }

    mutating func jumpToMention(forward: Bool) {
        guard let name = selectedPersonName else {
            message = "no person selected (Tab to the sidebar, then j/k)"
            return
        }
        let mentions = navigableMentions
        guard !mentions.isEmpty else {
            message = "no mentions of \(name) shown"
            return
        }
        let lines = mentions.map { line(ofMention: $0) ?? 0 }
        var position: Int
        if let current = sidebar.currentMention, let at = mentions.firstIndex(of: current), isOnScreen(line(ofMention: current)) {
            position = forward ? at + 1 : at - 1
        } else {
            let top = topLine
            position = forward
                ? (lines.firstIndex { $0 >= top } ?? mentions.count)
                : (lines.lastIndex { $0 < top } ?? -1)
        }
        var wrapped = false
        if position >= mentions.count { position = 0; wrapped = true }
        if position < 0 { position = mentions.count - 1; wrapped = true }
        let mention = mentions[position]
        sidebar.currentMention = mention
        unfold(sidebar.mentions[mention].block)
        if let first = line(ofMention: mention) { reveal(first, first) }
        if wrapped { message = forward ? "mentions wrapped to the top" : "mentions wrapped to the bottom" }
    }

    mutating func jumpToFirstQuoteOfPerson() {
        guard let name = selectedPersonName else {
            message = "no person selected (Tab to the sidebar, then j/k)"
            return
        }
        guard let quote = sidebar.quotes.first(where: { index in
            article.location(ofQuote: index).map { layout.isVisible(block: $0.block) } ?? false
        }), let location = article.location(ofQuote: quote) else {
            message = "no quotes by \(name) shown"
            return
        }
        makeCurrent(quote: quote, at: location)
    }

    /// The line of mention `index` (into `sidebar.mentions`), when it is shown.
    public func line(ofMention index: Int) -> Int? {
        guard sidebar.mentions.indices.contains(index) else { return nil }
        let mention = sidebar.mentions[index]
        return layout.line(ofBlock: mention.block, grapheme: mention.range.lowerBound)
    }

    /// Keeps the sidebar in step with a new screen size; returns after the sizes are set.
    mutating func resizeSidebar(from oldSize: TerminalSize) {
        let wasWide = oldSize.width >= SidebarGeometry.dockingWidth
        let isWide = size.width >= SidebarGeometry.dockingWidth
        if wasWide != isWide { sidebar.shownOverride = nil }
        if !sidebarGeometry.isShown { sidebar.hasFocus = false }
    }
}
