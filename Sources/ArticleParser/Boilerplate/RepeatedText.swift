/// Short blocks whose exact text appears more than once in the page: menu entries, repeated
/// bylines, standfirsts and teasers that a page prints in several places.
///
/// Blocks with the same text form a group; questions are answered per group in constant or
/// amortised constant time, so a page that repeats one line thousands of times stays linear.
struct RepeatedText: Sendable {
    /// Blocks up to this weight are compared; long paragraphs are never furniture by repetition.
    static let maximumWeight = 25

    /// The group of each block, or nil when its text is unique (or too long to compare).
    let group: [Int?]
    /// The blocks of each group, in text order.
    let members: [[Int]]

    /// Groups the blocks of a page by identical text.
    init(blocks: [Block], features: [BlockFeatures]) {
        var groupOfText: [String: Int] = [:]
        var group = [Int?](repeating: nil, count: blocks.count)
        var members: [[Int]] = []
        for index in blocks.indices where features[index].weight <= Self.maximumWeight && features[index].weight > 0 {
            if let existing = groupOfText[blocks[index].text] {
                group[index] = existing
                members[existing].append(index)
            } else {
                groupOfText[blocks[index].text] = members.count
                group[index] = members.count
                members.append([index])
            }
        }
        // Groups of one are not repetitions.
        for index in blocks.indices {
            if let id = group[index], members[id].count < 2 { group[index] = nil }
        }
        self.group = group
        self.members = members
    }

    /// Whether another block with the same text as `index` lies before `limit`, the title aside.
    func hasCopy(of index: Int, before limit: Int, title: Int?) -> Bool {
        guard let id = group[index] else { return false }
        // Members are in order: only the first two can be an earlier copy that is not the title.
        for member in members[id].prefix(2) where member != index && member != title && member < limit {
            return true
        }
        return false
    }
}
