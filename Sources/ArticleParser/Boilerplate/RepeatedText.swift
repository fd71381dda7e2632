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

    /// The hash of a block's text if the block is short enough to be compared, else nil.
    /// Independent per block, so the classifier computes it on all cores.
    static func textHash(of block: Block, shape: BlockShape) -> Int? {
        guard shape.weight <= maximumWeight, shape.weight > 0 else { return nil }
        return block.text.hashValue
    }

    /// Groups the blocks of a page by identical text, as `String ==` compares it.
    /// - Parameters:
    ///   - blocks: the page's blocks; each one's text is the source's bytes in its range.
    ///   - textHashes: `textHash(of:shape:)` of each block.
    ///
    /// Blocks are bucketed by hash (consistent with `String ==`); inside a bucket, equal bytes
    /// mean equal text and only differing bytes are left to `String ==` (canonical equivalence).
    init(blocks: [Block], blockBytes: [Range<Int>], source: SourceText, textHashes: [Int?]) {
        var group = [Int?](repeating: nil, count: blocks.count)
        var members: [[Int]] = []
        var firstGroupOfHash: [Int: Int] = [:]
        // Further groups whose texts share a hash with an earlier one: collisions, kept apart.
        var laterGroupsOfHash: [Int: [Int]] = [:]
        source.utf8.withUnsafeBufferPointer { text in
            func sameText(_ index: Int, asGroup id: Int) -> Bool {
                let other = members[id][0]
                let a = blockBytes[index].clamped(to: 0..<text.count)
                let b = blockBytes[other].clamped(to: 0..<text.count)
                if a.count == b.count, text[a].elementsEqual(text[b]) { return true }
                return blocks[index].text == blocks[other].text
            }
            for index in blocks.indices {
                guard let hash = textHashes[index] else { continue }
                var found: Int? = nil
                if let first = firstGroupOfHash[hash] {
                    if sameText(index, asGroup: first) {
                        found = first
                    } else {
                        found = laterGroupsOfHash[hash]?.first { sameText(index, asGroup: $0) }
                    }
                }
                let id: Int
                if let found {
                    id = found
                } else {
                    id = members.count
                    members.append([])
                    if firstGroupOfHash[hash] == nil { firstGroupOfHash[hash] = id }
                    else { laterGroupsOfHash[hash, default: []].append(id) }
                }
                group[index] = id
                members[id].append(index)
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
