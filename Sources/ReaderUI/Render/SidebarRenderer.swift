import ArticleParser

/// Draws the people sidebar: a bordered column listing each person's name, role and counts,
/// the selected person highlighted, people found only in boilerplate listed apart and dimmed.
enum SidebarRenderer {
    /// The sidebar's lines before clipping: text, role, and the person each line belongs to.
    typealias Row = (text: String, role: StyleRole, person: Int?)

    static func draw(_ state: ReaderState, into frame: inout Frame) {
        let geometry = state.sidebarGeometry
        guard geometry.isShown, geometry.columns.count >= 4 else { return }
        let height = state.geometry.bodyHeight
        let left = geometry.columns.lowerBound
        let inner = geometry.columns.count - 2  // border, then a space of padding
        for row in 0..<height {
            frame.fill(row: row, columns: geometry.columns, role: .sidebar)
            for column in geometry.columns { frame.put(" ", columns: 1, role: .sidebar, row: row, column: column) }
            frame.put("│", columns: 1, role: .sidebar, row: row, column: left)
        }
        let rows = self.rows(state)
        let first = firstRow(rows, selected: state.sidebar.selected, height: height)
        for (offset, line) in rows.dropFirst(first).prefix(height).enumerated() {
            if line.role == .selectedPerson { frame.fill(row: offset, columns: (left + 1)..<geometry.columns.upperBound, role: .selectedPerson) }
            frame.write(StatusLine.truncated(line.text, to: inner), row: offset, column: left + 2, role: line.role, limit: inner)
        }
    }

    /// Every line of the list, top to bottom.
    static func rows(_ state: ReaderState) -> [Row] {
        let people = state.article.article.people
        let order = SidebarPeople.order(people, hidingBoilerplate: state.folds.hidesBoilerplate)
        var rows: [Row] = [(state.sidebarHasFocus ? "People ◂" : "People", state.sidebarHasFocus ? .person : .sidebar, nil), ("", .sidebar, nil)]
        if people.isEmpty { rows.append(("No people found.", .sidebar, nil)) }
        for index in order.main { rows += entry(people[index], index: index, state: state, role: .person) }
        if !order.apart.isEmpty {
            rows.append(("Only in boilerplate", .boilerplate, nil))
            for index in order.apart { rows += entry(people[index], index: index, state: state, role: .boilerplate) }
        }
        return rows
    }

    static func entry(_ person: Person, index: Int, state: ReaderState, role: StyleRole) -> [Row] {
        let shown: StyleRole = state.sidebar.selected == index ? .selectedPerson : role
        let detail: StyleRole = shown == .selectedPerson ? .selectedPerson : (role == .person ? .sidebar : role)
        var rows: [Row] = [(SidebarPeople.displayName(person.name), shown, index)]
        if let title = person.role { rows.append(("  " + SidebarPeople.displayName(title), detail, index)) }
        rows.append(("  " + counts(person), detail, index))
        rows.append(("", .sidebar, nil))
        return rows
    }

    /// "5 mentions · 1 quote".
    static func counts(_ person: Person) -> String {
        let mentions = person.mentions.count, quotes = person.quotes
        return "\(mentions) mention\(mentions == 1 ? "" : "s") · \(quotes) quote\(quotes == 1 ? "" : "s")"
    }

    /// The first row to show so the selected person's lines are all in view.
    static func firstRow(_ rows: [Row], selected: Int?, height: Int) -> Int {
        guard let selected, let start = rows.firstIndex(where: { $0.person == selected }) else { return 0 }
        let end = (rows.lastIndex { $0.person == selected } ?? start) + 1
        if end <= height { return 0 }
        return max(0, min(start, end - height))
    }
}
