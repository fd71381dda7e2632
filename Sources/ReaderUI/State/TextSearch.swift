/// Finds a query in prepared text, ignoring case, grapheme by grapheme.
enum TextSearch {
    /// Every non-overlapping match of `query` in the shown blocks, in text order.
    static func find(_ query: String, in article: PreparedArticle, layout: DocumentLayout) -> [SearchMatch] {
        let needle = query.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ").map(folded)
        guard let first = needle.first else { return [] }
        var matches: [SearchMatch] = []
        for blockIndex in article.blocks.indices where layout.isVisible(block: blockIndex) {
            let block = article.blocks[blockIndex]
            let count = block.count
            guard count >= needle.count else { continue }
            var index = 0
            while index <= count - needle.count {
                if folded(block.graphemes[index]) == first {
                    var length = 1
                    while length < needle.count && folded(block.graphemes[index + length]) == needle[length] { length += 1 }
                    if length == needle.count {
                        matches.append(SearchMatch(block: block.index, range: index..<(index + length)))
                        index += length
                        continue
                    }
                }
                index += 1
            }
        }
        return matches
    }

    /// A grapheme in a form that compares without case.
    @inline(__always)
    private static func folded(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            return (65...90).contains(ascii) ? String(Character(Unicode.Scalar(ascii + 32))) : String(character)
        }
        return character.lowercased()
    }
}
