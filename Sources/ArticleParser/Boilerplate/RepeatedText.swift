/// Finds short blocks whose exact text appears more than once in the page: menu entries,
/// repeated bylines and teasers that a page prints in several places.
enum RepeatedText {
    /// Blocks up to this weight are compared; long paragraphs are never furniture by repetition.
    static let maximumWeight = 20

    /// For each block, whether another block has the same text.
    static func repeated(blocks: [Block], features: [BlockFeatures]) -> [Bool] {
        var counts: [String: Int] = [:]
        for index in blocks.indices where features[index].weight <= maximumWeight {
            counts[blocks[index].text, default: 0] += 1
        }
        return blocks.indices.map { index in
            features[index].weight <= maximumWeight && (counts[blocks[index].text] ?? 0) > 1
        }
    }
}
