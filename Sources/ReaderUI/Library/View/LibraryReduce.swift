/// Applies `action` to the library list: the only way its state changes apart from `ingest`.
/// - Parameters:
///   - state: the state to update.
///   - action: what happened.
public func reduce(_ state: inout LibraryState, _ action: LibraryAction) {
    if case .resize = action {} else { state.message = nil }
    if state.people != nil {
        reducePeople(&state, action)
        return
    }
    switch action {
    case .moveRows(let count):
        state.moveCursor(by: count)
    case .movePages(let count):
        state.moveCursor(by: count * max(1, state.listHeight - 1))
    case .first:
        state.moveCursor(to: 0)
    case .last:
        state.moveCursor(to: state.order.count - 1)
    case .open:
        if let selected = state.selected { state.request = .open(selected) }
    case .cycleSort:
        state.sort = state.sort.next
        state.refreshOrder()
        state.message = "sorted by \(state.sort.label)"
    case .beginFilter:
        state.isEditingFilter = true
    case .filterInput(let character):
        guard state.isEditingFilter else { return }
        state.query.append(character)
        state.refreshOrder()
    case .filterBackspace:
        guard state.isEditingFilter else { return }
        if state.query.isEmpty { state.isEditingFilter = false } else { state.query.removeLast() }
        state.refreshOrder()
    case .submitFilter:
        state.isEditingFilter = false
    case .cancelFilter:
        state.isEditingFilter = false
        state.query = ""
        state.refreshOrder()
    case .clearFilters:
        state.query = ""
        state.person = nil
        state.refreshOrder()
    case .showPeople:
        let index = LibraryOrder.personIndex(state.summaries.lazy.compactMap { $0 })
        state.people = PersonPicker(entries: index.map { PersonPicker.Entry(name: $0.name, articles: $0.articles) },
                                    isPartial: !state.isIndexComplete)
    case .pickPerson, .closePeople:
        break
    case .quit:
        state.isFinished = true
    case .resize(let size):
        state.size = size
        state.scrollSelectionIntoView()
    }
}

/// The people index's share of `reduce`: moving, picking, closing.
private func reducePeople(_ state: inout LibraryState, _ action: LibraryAction) {
    guard var picker = state.people else { return }
    let count = picker.entries.count
    func move(to target: Int) {
        picker.cursor = max(0, min(count - 1, target))
    }
    switch action {
    case .moveRows(let rows): move(to: picker.cursor + rows)
    case .movePages(let pages): move(to: picker.cursor + pages * max(1, state.listHeight - 1))
    case .first: move(to: 0)
    case .last: move(to: count - 1)
    case .pickPerson, .open:
        state.people = nil
        guard picker.entries.indices.contains(picker.cursor) else { return }
        state.person = picker.entries[picker.cursor].name
        state.query = ""
        state.refreshOrder()
        state.moveCursor(to: 0)
        return
    case .closePeople, .quit, .showPeople, .clearFilters, .cancelFilter:
        state.people = nil
        return
    case .resize(let size):
        state.size = size
        state.scrollSelectionIntoView()
    case .cycleSort, .beginFilter, .filterInput, .filterBackspace, .submitFilter:
        break
    }
    if picker.cursor < picker.top { picker.top = picker.cursor }
    if picker.cursor >= picker.top + state.listHeight { picker.top = picker.cursor - state.listHeight + 1 }
    state.people = picker
}

extension LibraryState {
    /// Moves the selection `count` rows along the shown order, clamped to the ends.
    mutating func moveCursor(by count: Int) {
        moveCursor(to: (cursor ?? 0) + count)
    }

    /// Selects the shown row at `position` in `order`, clamped to the ends.
    mutating func moveCursor(to position: Int) {
        guard !order.isEmpty else { selected = nil; return }
        selected = order[max(0, min(order.count - 1, position))]
        scrollSelectionIntoView()
    }
}
