/// One cell of the screen: a grapheme, the columns it covers, and its style role.
///
/// A wide grapheme (2 columns) sits in its first cell; the cell after it is a continuation with
/// empty text and width 0.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn in the cell ("" for a continuation cell).
    public var text: String
    /// The columns the grapheme covers: 1, 2, or 0 for a continuation cell.
    public var width: UInt8
    /// How the cell is styled.
    public var role: StyleRole

    /// Creates a cell.
    public init(text: String, width: UInt8, role: StyleRole) {
        self.text = text
        self.width = width
        self.role = role
    }

    /// An empty cell.
    public static func blank(_ role: StyleRole = .body) -> Cell { Cell(text: " ", width: 1, role: role) }
}

/// A screen's worth of styled cells: what `render` produces and the terminal paints.
public struct Frame: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A blank frame.
    public init(width: Int, height: Int, fill: StyleRole = .body) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(fill), count: self.width * self.height)
    }

    /// The cell at a row and column.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Puts one grapheme of `columns` width at a place; a wide grapheme that would cross the
    /// right edge becomes a space. Returns the column after it.
    @discardableResult
    public mutating func put(_ text: String, columns: Int, role: StyleRole, row: Int, column: Int) -> Int {
        guard row >= 0, row < height, column >= 0, column < width else { return column + max(1, columns) }
        if columns >= 2 && column + 1 >= width {
            setCell(Cell(text: " ", width: 1, role: role), row: row, column: column)
            return column + 2
        }
        setCell(Cell(text: text, width: UInt8(min(2, max(1, columns))), role: role), row: row, column: column)
        if columns >= 2 { setCell(Cell(text: "", width: 0, role: role), row: row, column: column + 1) }
        return column + max(1, min(2, columns))
    }

    /// Writes a string (untrusted text must be sanitised first) from a column, clipped to `limit`
    /// columns. Returns the column after the last grapheme written.
    @discardableResult
    public mutating func write(_ string: String, row: Int, column: Int, role: StyleRole, limit: Int? = nil) -> Int {
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in string {
            let columns = max(1, DisplayWidth.of(character))
            if x + columns > end { break }
            x = put(String(character), columns: columns, role: role, row: row, column: x)
        }
        return x
    }

    /// Sets the role of a run of cells.
    public mutating func fill(row: Int, columns: Range<Int>, role: StyleRole) {
        guard row >= 0, row < height else { return }
        for column in columns.clamped(to: 0..<width) {
            cells[row * width + column].role = role
        }
    }

    private mutating func setCell(_ cell: Cell, row: Int, column: Int) {
        let index = row * width + column
        // Overwriting half of a wide grapheme blanks its other half, so no cell is left dangling.
        if cells[index].width == 0, column > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if cells[index].width == 2, column + 1 < width, cell.width != 2 {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The text of a row, continuation cells skipped.
    public func line(_ row: Int) -> String {
        var text = ""
        for column in 0..<width { text += self[row, column].text }
        return text
    }

    /// The text of every row, trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { row in
            var text = line(row)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The role of each cell of a row.
    public func roles(_ row: Int) -> [StyleRole] {
        (0..<width).map { self[row, $0].role }
    }
}
