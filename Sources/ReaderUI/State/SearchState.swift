/// One place where the search query matches: a block and a grapheme range in it.
public struct SearchMatch: Sendable, Hashable, Comparable {
    /// The block.
    public var block: Int
    /// The matching graphemes.
    public var range: Range<Int>

    /// Creates a match.
    public init(block: Int, range: Range<Int>) {
        self.block = block
        self.range = range
    }

    /// Orders matches by their place in the text.
    public static func < (lhs: SearchMatch, rhs: SearchMatch) -> Bool {
        lhs.block != rhs.block ? lhs.block < rhs.block : lhs.range.lowerBound < rhs.range.lowerBound
    }
}

/// The search: what is being typed, the last query, its matches and the current one.
public struct SearchState: Sendable, Equatable {
    /// The text typed so far while the prompt is open; nil when it is closed.
    public var prompt: String?
    /// The submitted query.
    public var query = ""
    /// The matches of the query, in text order.
    public var matches: [SearchMatch] = []
    /// The index of the current match in `matches`.
    public var current: Int?

    /// Creates an empty search.
    public init() {}

    /// The matches in `block`, found by binary search.
    public func matches(inBlock block: Int) -> ArraySlice<SearchMatch> {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].block < block { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < matches.count && matches[end].block == block { end += 1 }
        return matches[low..<end]
    }
}
