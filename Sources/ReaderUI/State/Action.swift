/// Everything that can happen to the reader: the only inputs of `reduce`.
public enum Action: Sendable, Equatable {
    /// Scroll by a number of lines (positive is down).
    case scrollLines(Int)
    /// Scroll by a number of screens (positive is down).
    case scrollPages(Int)
    /// Scroll by a number of half screens (positive is down).
    case scrollHalfPages(Int)
    /// Go to the start of the article.
    case top
    /// Go to the end of the article.
    case bottom
    /// Jump to the next quote.
    case nextQuote
    /// Jump to the previous quote.
    case previousQuote
    /// Fold or unfold the first boilerplate block in view.
    case toggleFold
    /// Fold all boilerplate blocks, or unfold them all when all are folded.
    case toggleAllFolds
    /// Hide all boilerplate, stubs included, or show it again.
    case toggleBoilerplateFilter
    /// Open the search prompt.
    case beginSearch
    /// Type a character into the search prompt.
    case searchInput(Character)
    /// Delete the last character of the search prompt.
    case searchBackspace
    /// Search for the prompt's text.
    case submitSearch
    /// Close the search prompt without searching.
    case cancelSearch
    /// Go to the next search match.
    case nextMatch
    /// Go to the previous search match.
    case previousMatch
    /// Clear the search highlights and any message.
    case clear
    /// Switch to the next colour theme.
    case cycleTheme
    /// Show or hide the help overlay.
    case toggleHelp
    /// Show or hide the people sidebar.
    case toggleSidebar
    /// Move the keys between the article and the people sidebar.
    case toggleSidebarFocus
    /// Move the sidebar's selection by a number of people (positive is down).
    case moveSelection(Int)
    /// Jump to the selected person's next mention.
    case nextMention
    /// Jump to the selected person's previous mention.
    case previousMention
    /// Jump to the selected person's first quote.
    case firstQuoteOfPerson
    /// Leave the reader.
    case quit
    /// The terminal changed size.
    case resize(TerminalSize)
}
