/// Where each column of the library list goes at a given width. Narrow screens drop the top
/// people first, then the dateline; the title takes what is left.
struct LibraryColumns: Equatable {
    /// Columns of the read mark ("✓ ").
    static let mark = 2
    /// Columns of each count (words, quotes, people), right-aligned.
    static let count = 7
    /// Columns of the dateline.
    static let datelineWidth = 14

    var title: Int
    var dateline: Int
    var topPeople: Int

    init(width: Int) {
        let fixed = Self.mark + 3 * Self.count + 1
        dateline = width >= 72 ? Self.datelineWidth : 0
        topPeople = width >= 96 ? min(40, width / 4) : 0
        title = max(8, width - fixed - dateline - (dateline > 0 ? 1 : 0) - (topPeople > 0 ? topPeople + 2 : 0))
    }

    /// The cells of one row, left to right, with the column each starts at and its width.
    func layout(mark: String, title: String, dateline: String, counts: [String], people: String)
        -> [(text: String, column: Int, width: Int, alignRight: Bool)] {
        var cells: [(String, Int, Int, Bool)] = [(mark, 0, Self.mark, false), (title, Self.mark, self.title, false)]
        var column = Self.mark + self.title + 1
        if self.dateline > 0 {
            cells.append((dateline, column, self.dateline, false))
            column += self.dateline
        }
        for count in counts {
            cells.append((count, column, Self.count, true))
            column += Self.count
        }
        if topPeople > 0 { cells.append((people, column + 2, topPeople, false)) }
        return cells
    }
}
