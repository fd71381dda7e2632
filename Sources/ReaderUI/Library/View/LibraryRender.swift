/// Draws the library into a frame of `size`: a header, the column headings, one row per shown
/// article (or the people index), and a status line with the filter prompt, indexing progress
/// or a message. Pure: the same state and size always give the same frame.
/// - Parameters:
///   - state: the library state.
///   - size: the screen size.
///   - keymap: the keys the footer hints at.
/// - Returns: the frame to paint.
public func render(_ state: LibraryState, size: TerminalSize, keymap: LibraryKeymap = .standard) -> Frame {
    var state = state
    if state.size != size { reduce(&state, .resize(size)) }
    var frame = Frame(width: size.width, height: size.height)
    guard size.width >= 20, size.height >= 4 else {
        frame.write("Terminal too small; q quits.", row: 0, column: 0, role: .statusBar)
        return frame
    }
    if let picker = state.people {
        LibraryView.drawPeople(picker, state: state, into: &frame)
    } else {
        LibraryView.drawList(state, into: &frame)
    }
    LibraryView.drawStatus(state, keymap: keymap, into: &frame)
    return frame
}

/// The parts of the library screen.
enum LibraryView {
    /// Untrusted text made safe and single-line for a cell.
    static func clean(_ text: String) -> String {
        TerminalText.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }

    /// The last component of a path.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func drawList(_ state: LibraryState, into frame: inout Frame) {
        let columns = LibraryColumns(width: frame.width)
        var header = " \(clean(state.title)) · \(state.order.count) of \(state.paths.count) articles · by \(state.sort.label)"
        if let person = state.person { header += " · with \(clean(person))" }
        if !state.query.isEmpty && !state.isEditingFilter { header += " · matching “\(clean(state.query))”" }
        frame.fill(row: 0, columns: 0..<frame.width, role: .title)
        frame.write(StatusLine.truncated(header, to: frame.width), row: 0, column: 0, role: .title)
        drawCells(columns.layout(mark: "", title: "Title", dateline: "Dateline", counts: ["Words", "Quotes", "People"],
                                 people: "Top people"),
                  row: 1, role: .sidebar, into: &frame)
        if state.order.isEmpty {
            let empty = state.paths.isEmpty ? "No articles here." : "No articles match. Esc clears the filter."
            frame.write(empty, row: 2, column: LibraryColumns.mark, role: .boilerplateStub)
            return
        }
        for (offset, index) in state.visibleRows.enumerated() {
            let row = 2 + offset
            let isSelected = index == state.selected
            let summary = state.summaries[index]
            let mark = state.readPaths.contains(state.paths[index]) ? "✓" : ""
            let title = clean(summary?.displayTitle ?? fileName(state.paths[index]))
            let cells: [(text: String, column: Int, width: Int, alignRight: Bool)]
            if let summary, summary.problem == nil {
                cells = columns.layout(mark: mark, title: title, dateline: clean(summary.dateline ?? ""),
                                       counts: ["\(summary.wordCount)", "\(summary.quoteCount)", "\(summary.peopleCount)"],
                                       people: clean(summary.topPeople.joined(separator: ", ")))
            } else if let summary, let problem = summary.problem {
                cells = columns.layout(mark: mark, title: title, dateline: "unreadable", counts: ["", "", ""],
                                       people: clean(problem))
            } else {
                cells = columns.layout(mark: mark, title: title, dateline: "…", counts: ["", "", ""], people: "")
            }
            if isSelected {
                frame.fill(row: row, columns: 0..<frame.width, role: .selectedPerson)
                drawCells(cells, row: row, role: .selectedPerson, into: &frame)
            } else {
                let roles: [StyleRole] = [.person, summary == nil || summary?.problem != nil ? .boilerplateStub : .body,
                                          .dateline, .body, .quote, .body, .person]
                drawCells(cells, row: row, roles: columns.dateline > 0 ? roles : roles.filter { $0 != .dateline },
                          into: &frame)
            }
        }
    }

    static func drawPeople(_ picker: PersonPicker, state: LibraryState, into frame: inout Frame) {
        let partial = picker.isPartial ? " (still indexing)" : ""
        let header = " People across \(state.title) · \(picker.entries.count) people\(partial) · Enter filters, Esc closes"
        frame.fill(row: 0, columns: 0..<frame.width, role: .title)
        frame.write(StatusLine.truncated(clean(header), to: frame.width), row: 0, column: 0, role: .title)
        frame.write("  Person", row: 1, column: 0, role: .sidebar)
        let countColumn = max(10, frame.width - 14)
        frame.write("Articles", row: 1, column: countColumn, role: .sidebar)
        if picker.entries.isEmpty {
            frame.write("No people found yet.", row: 2, column: 2, role: .boilerplateStub)
            return
        }
        for (offset, entry) in picker.entries.dropFirst(picker.top).prefix(state.listHeight).enumerated() {
            let row = 2 + offset
            let isSelected = picker.top + offset == picker.cursor
            let role: StyleRole = isSelected ? .selectedPerson : .person
            if isSelected { frame.fill(row: row, columns: 0..<frame.width, role: .selectedPerson) }
            frame.write(StatusLine.truncated(clean(entry.name), to: countColumn - 3), row: row, column: 2, role: role)
            let count = "\(entry.articles)"
            frame.write(count, row: row, column: countColumn + 8 - count.count, role: isSelected ? role : .body)
        }
    }

    static func drawStatus(_ state: LibraryState, keymap: LibraryKeymap, into frame: inout Frame) {
        let row = frame.height - 1
        frame.fill(row: row, columns: 0..<frame.width, role: .statusBar)
        if state.isEditingFilter {
            let end = frame.write("/" + clean(state.query), row: row, column: 0, role: .statusBar, limit: frame.width - 1)
            if end < frame.width { frame.put(" ", columns: 1, role: .body, row: row, column: end) }  // the caret
            return
        }
        var left: String
        if let message = state.message {
            left = clean(message)
        } else if !state.isIndexComplete {
            left = "indexing \(state.indexed)/\(state.paths.count)…"
        } else {
            left = "\(state.paths.count) articles indexed"
        }
        let right = keymap.hints
        let room = frame.width - 2
        if DisplayWidth.of(left) + DisplayWidth.of(right) + 3 <= room {
            frame.write(right, row: row, column: frame.width - 1 - DisplayWidth.of(right), role: .statusBar)
        }
        left = StatusLine.truncated(left, to: room)
        frame.write(left, row: row, column: 1, role: .statusBar)
    }

    /// Writes cells into a row, each clipped to its width (with "…" when cut), numbers aligned right.
    static func drawCells(_ cells: [(text: String, column: Int, width: Int, alignRight: Bool)], row: Int,
                          role: StyleRole? = nil, roles: [StyleRole] = [], into frame: inout Frame) {
        for (index, cell) in cells.enumerated() where cell.width > 0 {
            let text = StatusLine.truncated(cell.text, to: cell.width - (cell.alignRight ? 0 : 1))
            let column = cell.alignRight ? cell.column + cell.width - DisplayWidth.of(text) : cell.column
            let cellRole = role ?? (roles.indices.contains(index) ? roles[index] : .body)
            frame.write(text, row: row, column: column, role: cellRole, limit: cell.width)
        }
    }
}
