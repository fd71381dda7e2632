/// Finds short blocks whose exact text appears more than once in the page: menu entries,
/// repeated bylines, standfirsts and teasers that a page prints in several places.
enum RepeatedText {
    /// Blocks up to this weight are compared; long paragraphs are never furniture by repetition.
    static let maximumWeight = 25

    /// For each block, the indices of the other blocks with the same text (empty when unique).
    static func copies(blocks: [Block], features: [BlockFeatures]) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        for index in blocks.indices where features[index].weight <= maximumWeight && features[index].weight > 0 {
            groups[blocks[index].text, default: []].append(index)
        }
        var result = [[Int]](repeating: [], count: blocks.count)
        for group in groups.values where group.count > 1 {
            for index in group { result[index] = group.filter { $0 != index } }
        }
        return result
    }
}
