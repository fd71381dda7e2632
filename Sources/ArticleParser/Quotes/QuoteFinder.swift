/// Finds direct quotations in an article's blocks.
enum QuoteFinder {
    /// Returns the quotations in text order, unattributed.
    static func findQuotes(in document: Document) -> [Quote] {
        []
    }
}
