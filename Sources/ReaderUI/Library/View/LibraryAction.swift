/// Everything that can happen to the library list: the inputs of `reduce(_:_:)` for
/// `LibraryState`.
public enum LibraryAction: Sendable, Equatable {
    /// Move the selection by a number of rows (positive is down).
    case moveRows(Int)
    /// Move the selection by a number of screens (positive is down).
    case movePages(Int)
    /// Select the first row.
    case first
    /// Select the last row.
    case last
    /// Open the selected article in the reader.
    case open
    /// Sort by the next order in the cycle.
    case cycleSort
    /// Open the filter prompt.
    case beginFilter
    /// Type a character into the filter prompt (the list filters as one types).
    case filterInput(Character)
    /// Delete the prompt's last character.
    case filterBackspace
    /// Close the prompt, keeping the filter.
    case submitFilter
    /// Close the prompt and drop its filter.
    case cancelFilter
    /// Drop the text and person filters.
    case clearFilters
    /// Show the index of people across the library.
    case showPeople
    /// Filter the list to the person selected in the people index.
    case pickPerson
    /// Close the people index without picking.
    case closePeople
    /// Leave byline.
    case quit
    /// The terminal changed size.
    case resize(TerminalSize)
}
