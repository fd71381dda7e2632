/// The bottom line: title on the left; message, search, quote and speaker, boilerplate state,
/// position and the help hint on the right. Segments that do not fit are dropped, least
/// important first; the title takes what room is left.
enum StatusLine {
    typealias Segment = [(text: String, role: StyleRole)]

    static let separator = " │ "

    static func draw(_ state: ReaderState, into frame: inout Frame) {
        let row = frame.height - 1
        guard row >= 0 else { return }
        frame.fill(row: row, columns: 0..<frame.width, role: .statusBar)
        if let prompt = state.search.prompt {
            let end = frame.write("/" + TerminalText.sanitize(prompt).replacingOccurrences(of: "\n", with: " "),
                                  row: row, column: 0, role: .statusBar, limit: max(1, frame.width - 1))
            if end < frame.width { frame.put(" ", columns: 1, role: .body, row: row, column: end) }  // the caret
            return
        }
        // In order of importance; shown in `displayOrder`.
        var segments: [(order: Int, segment: Segment)] = []
        if let message = state.message { segments.append((0, [(message, .statusBar)])) }
        if let person = personSegment(state) { segments.append((2, person)) }
        if let quote = quoteSegment(state) { segments.append((3, quote)) }
        if let search = searchSegment(state) { segments.append((1, search)) }
        segments.append((5, [(position(state), .statusBar)]))
        segments.append((6, [("? help", .statusBar)]))
        if let filter = filterSegment(state) { segments.append((4, filter)) }
        if state.isPartial { segments.insert((0, [("reading the rest…", .statusBar)]), at: 0) }

        let available = frame.width - 2
        while segments.count > 1 && width(of: segments.map(\.segment)) > available { segments.removeLast() }
        let shown = segments.sorted { $0.order < $1.order }.map(\.segment)
        let rightWidth = width(of: shown)
        var column = max(0, frame.width - 1 - rightWidth)
        for (index, segment) in shown.enumerated() {
            if index > 0 { column = frame.write(separator, row: row, column: column, role: .statusBar) }
            for part in segment { column = frame.write(part.text, row: row, column: column, role: part.role) }
        }
        let titleRoom = frame.width - rightWidth - 3
        if titleRoom > 0 {
            let title = state.article.title ?? TerminalText.sanitize(state.name)
            let fitted = DisplayWidth.of(title) > titleRoom ? truncated(title, to: titleRoom) : title
            frame.write(fitted, row: row, column: 1, role: .statusBar, limit: titleRoom)
        }
    }

    static func quoteSegment(_ state: ReaderState) -> Segment? {
        let total = state.article.article.quotes.count
        guard total > 0 else { return nil }
        guard let current = state.currentQuote else { return [("\(total) quote\(total == 1 ? "" : "s")", .statusBar)] }
        var segment: Segment = [("quote \(current + 1)/\(total)", .statusBar)]
        if let speaker = state.article.speaker(ofQuote: current) {
            segment.append((" · ", .statusBar))
            segment.append((speaker, .speaker))
        }
        return segment
    }

    /// "Joe Biden · mention 2/5" for the person selected in the sidebar.
    static func personSegment(_ state: ReaderState) -> Segment? {
        guard let name = state.selectedPersonName else { return nil }
        let mentions = state.navigableMentions
        let position = state.sidebar.currentMention.flatMap { mentions.firstIndex(of: $0) }
        let count = position.map { "mention \($0 + 1)/\(mentions.count)" }
            ?? "\(mentions.count) mention\(mentions.count == 1 ? "" : "s")"
        return [(truncated(name, to: 24), .speaker), (" · " + count, .statusBar)]
    }

    static func searchSegment(_ state: ReaderState) -> Segment? {
        let search = state.search
        guard !search.query.isEmpty, !search.matches.isEmpty else { return nil }
        let query = truncated(TerminalText.sanitize(search.query), to: 16)
        if let current = search.current { return [("/\(query) \(current + 1)/\(search.matches.count)", .statusBar)] }
        return [("/\(query) \(search.matches.count) matches", .statusBar)]
    }

    static func filterSegment(_ state: ReaderState) -> Segment? {
        let boilerplate = state.article.boilerplateBlocks
        guard !boilerplate.isEmpty else { return nil }
        if state.folds.hidesBoilerplate { return [("boilerplate hidden", .statusBar)] }
        let unfolded = boilerplate.filter { state.folds.expanded.contains($0) }.count
        if unfolded == 0 { return [("boilerplate folded", .statusBar)] }
        if unfolded == boilerplate.count { return [("boilerplate unfolded", .statusBar)] }
        return [("boilerplate \(unfolded)/\(boilerplate.count) unfolded", .statusBar)]
    }

    /// "All", "Top", "Bot" or the percentage read; estimated while the layout is being indexed.
    static func position(_ state: ReaderState) -> String {
        let layout = state.layout
        let height = state.geometry.bodyHeight
        if !layout.contains(line: height) { return "All" }
        let top = state.topLine
        if top == 0 { return "Top" }
        if !layout.contains(line: top + height) { return "Bot" }
        let count = max(top + height + 1, layout.estimatedCount)
        return "\(min(99, (top + height) * 100 / count))%"
    }

    static func width(of segments: [Segment]) -> Int {
        guard !segments.isEmpty else { return 0 }
        let text = segments.reduce(0) { total, segment in
            total + segment.reduce(0) { $0 + DisplayWidth.of($1.text) }
        }
        return text + DisplayWidth.of(separator) * (segments.count - 1)
    }

    /// `text` cut to `columns` columns, ending in "…" when cut.
    static func truncated(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
