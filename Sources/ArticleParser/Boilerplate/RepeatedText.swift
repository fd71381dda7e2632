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
    /// The text is only read for such blocks.
    static func textHash(_ text: @autoclosure () -> String, shape: BlockShape) -> Int? {
        guard shape.weight <= maximumWeight, shape.weight > 0 else { return nil }
        return text().hashValue
    }

    /// Groups the blocks of a page by identical text, as `String ==` compares it.
    /// - Parameters:
    ///   - blocks: the page's blocks; each one's text is the source's bytes in its range.
    ///   - textHashes: `textHash(_:shape:)` of each block.
    ///
    /// Blocks are bucketed by hash (consistent with `String ==`); inside a bucket, equal bytes
    /// mean equal text and only differing bytes are left to `String ==` (canonical equivalence).
    init(blocks: [Block], blockBytes: [Range<Int>], source: SourceText, textHashes: [Int?]) {
        // First pass: a text number per compared block, in order of first appearance, and how
        // many blocks share it. Most texts are unique, so no list is made until the second pass.
        var textNumber = [Int](repeating: -1, count: blocks.count)
        var representative: [Int] = []
        var copies: [Int] = []
        var firstTextOfHash: [Int: Int] = [:]
        firstTextOfHash.reserveCapacity(blocks.count / 4)
        // Further texts whose hash an earlier text has: collisions, kept apart.
        var laterTextsOfHash: [Int: [Int]] = [:]
        source.utf8.withUnsafeBufferPointer { text in
            func sameText(_ index: Int, as number: Int) -> Bool {
                let other = representative[number]
                let a = blockBytes[index].clamped(to: 0..<text.count)
                let b = blockBytes[other].clamped(to: 0..<text.count)
                if a.count == b.count, text[a].elementsEqual(text[b]) { return true }
                return blocks[index].text == blocks[other].text
            }
            for index in blocks.indices {
                guard let hash = textHashes[index] else { continue }
                var found: Int? = nil
                if let first = firstTextOfHash[hash] {
                    found = sameText(index, as: first) ? first : laterTextsOfHash[hash]?.first { sameText(index, as: $0) }
                }
                let number: Int
                if let found {
                    number = found
                    copies[number] += 1
                } else {
                    number = representative.count
                    representative.append(index)
                    copies.append(1)
                    if firstTextOfHash[hash] == nil { firstTextOfHash[hash] = number }
                    else { laterTextsOfHash[hash, default: []].append(number) }
                }
                textNumber[index] = number
            }
        }
        // Second pass: groups only for texts that repeat (groups of one are not repetitions),
        // numbered in order of first appearance.
        var groupOfText = [Int?](repeating: nil, count: copies.count)
        var group = [Int?](repeating: nil, count: blocks.count)
        var members: [[Int]] = []
        for index in blocks.indices where textNumber[index] >= 0 && copies[textNumber[index]] >= 2 {
            let number = textNumber[index]
            let id: Int
            if let existing = groupOfText[number] {
                id = existing
            } else {
                id = members.count
                groupOfText[number] = id
                members.append([])
                members[id].reserveCapacity(copies[number])
            }
            group[index] = id
            members[id].append(index)
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
