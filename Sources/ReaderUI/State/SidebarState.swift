import ArticleParser

/// The people sidebar: whether it is shown, whether it has the keys, and who is selected.
public struct SidebarState: Sendable, Equatable {
    /// Whether the reader asked for the sidebar to be shown (true) or hidden (false); nil
    /// leaves it to the terminal's width. Reset when the width crosses `SidebarGeometry.dockingWidth`.
    public var shownOverride: Bool?
    /// Whether j/k/Enter go to the sidebar rather than the article.
    public var hasFocus = false
    /// The selected person, by index into the article's people.
    public var selected: Int?
    /// Where the selected person is mentioned, in text order.
    public var mentions: [QuoteLocation] = []
    /// The selected person's quotes, by quote index, in text order.
    public var quotes: [Int] = []
    /// The mention the reader has jumped to, by index into `mentions`.
    public var currentMention: Int?

    /// Creates a sidebar with nothing selected, its visibility left to the terminal's width.
    public init() {}
}

/// The order the sidebar lists people in.
enum SidebarPeople {
    /// The people to list, by index into `people`: the prominent ones first (most quotes, then
    /// most mentions, then first to appear), and apart from them those found only in
    /// boilerplate, left out when boilerplate is hidden.
    static func order(_ people: [Person], hidingBoilerplate: Bool) -> (main: [Int], apart: [Int]) {
        let sorted = people.indices.sorted { lhs, rhs in
            let left = people[lhs], right = people[rhs]
            if left.quotes != right.quotes { return left.quotes > right.quotes }
            if left.mentions.count != right.mentions.count { return left.mentions.count > right.mentions.count }
            let leftStart = left.mentions.first?.span.start ?? Int.max
            let rightStart = right.mentions.first?.span.start ?? Int.max
            if leftStart != rightStart { return leftStart < rightStart }
            return lhs < rhs
        }
        let main = sorted.filter { !people[$0].boilerplateOnly }
        let apart = hidingBoilerplate ? [] : sorted.filter { people[$0].boilerplateOnly }
        return (main, apart)
    }

    /// Where each mention of `person` lies in the prepared text; mentions that cannot be placed are skipped.
    static func locate(_ person: Person, in article: PreparedArticle) -> [QuoteLocation] {
        let source = article.article.blocks
        var locations: [QuoteLocation] = []
        for mention in person.mentions {
            var blockIndex = mention.block
            if !source.indices.contains(blockIndex) || !source[blockIndex].span.contains(mention.span) {
                guard let found = source.firstIndex(where: { $0.span.contains(mention.span) }) else { continue }
                blockIndex = found
            }
            guard article.blocks.indices.contains(blockIndex) else { continue }
            let block = article.blocks[blockIndex]
            let start = block.graphemeIndex(atOrAfterSource: mention.span.start)
            let end = block.graphemeIndex(atOrAfterSource: mention.span.end)
            guard start < end else { continue }
            locations.append(QuoteLocation(block: blockIndex, range: start..<end))
        }
        return locations.sorted { $0.block != $1.block ? $0.block < $1.block : $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A person's name made safe for the terminal, on one line.
    static func displayName(_ text: String) -> String {
        TerminalText.sanitize(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
