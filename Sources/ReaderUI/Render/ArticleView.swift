import ArticleParser

/// Builds an `ArticleParser.Block` for text the reader itself shows (messages, not articles).
enum ArticleParserBlock {
    static func make(_ text: String) -> Block {
        Block(index: 0, kind: .paragraph, span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text)
    }
}

/// Draws the article's lines in view: text with its roles, stubs, headers, and the margin
/// mark beside the current quote.
enum ArticleView {
    /// The mark in the left margin beside the lines of the current quote.
    static let currentQuoteMark = "▌"
    /// The stub's lead-in for a folded block, and the header's for an unfolded one.
    static let foldedMark = "▸", unfoldedMark = "▾"

    static func draw(_ state: ReaderState, into frame: inout Frame) {
        let geometry = state.geometry
        let lines = state.visibleLines
        let current = state.currentQuote.flatMap(state.article.location(ofQuote:))
        for (row, lineIndex) in lines.enumerated() {
            let line = state.layout.line(lineIndex)
            let block = state.article.blocks[line.block]
            switch line.kind {
            case .blank:
                continue
            case .stub:
                drawStub(block, row: row, into: &frame, geometry: geometry)
            case .foldHeader:
                let label = "\(unfoldedMark) \(block.category?.label ?? "boilerplate")"
                frame.write(label, row: row, column: geometry.left, role: .boilerplateStub, limit: geometry.measure)
            case .text:
                drawText(state, block: block, range: line.range, row: row, into: &frame)
                if let current, current.block == line.block, current.range.overlaps(line.range), geometry.left >= 2 {
                    frame.put(currentQuoteMark, columns: 1, role: .currentQuote, row: row, column: geometry.left - 2)
                } else if geometry.left >= 2, isSelectedPersonsQuote(state, line: line) {
                    frame.put(currentQuoteMark, columns: 1, role: .mention, row: row, column: geometry.left - 2)
                }
            }
        }
    }

    static func drawStub(_ block: PreparedBlock, row: Int, into frame: inout Frame, geometry: PageGeometry) {
        let lead = "\(foldedMark) \(block.category?.label ?? "boilerplate") — "
        var column = frame.write(lead, row: row, column: geometry.left, role: .boilerplateStub, limit: geometry.measure)
        let available = geometry.left + geometry.measure - column
        let truncates = block.width(of: 0..<block.count) > available
        let room = truncates ? available - 1 : available
        var used = 0
        for index in 0..<block.count {
            let width = block.width(index)
            if used + width > room { break }
            column = frame.put(String(block.graphemes[index]), columns: width, role: .boilerplateStub, row: row, column: column)
            used += width
        }
        if truncates && available > 0 { frame.put("…", columns: 1, role: .boilerplateStub, row: row, column: column) }
    }

    static func drawText(_ state: ReaderState, block: PreparedBlock, range: Range<Int>, row: Int, into frame: inout Frame) {
        let baseRole: StyleRole = switch block.kind {
        case .title: .title
        case .paragraph: .body
        case .boilerplate: .boilerplate
        }
        let quotes = state.article.quotes(inBlock: block.index).compactMap { index -> (Int, Range<Int>)? in
            guard let location = state.article.location(ofQuote: index), location.range.overlaps(range) else { return nil }
            return (index, location.range)
        }
        let matches = state.search.matches(inBlock: block.index).filter { $0.range.overlaps(range) }
        let mentions = state.sidebar.mentions.filter { $0.block == block.index && $0.range.overlaps(range) }
        var column = state.geometry.left
        for index in range {
            var role = baseRole
            if block.kind == .paragraph, let dateline = block.dateline, dateline.contains(index) { role = .dateline }
            if block.kind != .boilerplate, let quote = quotes.first(where: { $0.1.contains(index) }) {
                role = quote.0 == state.currentQuote ? .currentQuote : .quote
            }
            if mentions.contains(where: { $0.range.contains(index) }) { role = .mention }
            if matches.contains(where: { $0.range.contains(index) }) { role = .searchMatch }
            column = frame.put(String(block.graphemes[index]), columns: block.width(index), role: role, row: row, column: column)
        }
    }

    /// Whether a line shows part of a quote by the person selected in the sidebar.
    static func isSelectedPersonsQuote(_ state: ReaderState, line: LayoutLine) -> Bool {
        state.sidebar.quotes.contains { index in
            guard let location = state.article.location(ofQuote: index) else { return false }
            return location.block == line.block && location.range.overlaps(line.range)
        }
    }
}
