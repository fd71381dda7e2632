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

    /// Groups the blocks of a page by identical text, as `String ==` compares it.
    ///
    /// A block's text is the source's bytes in its range. ASCII texts are grouped by their bytes,
    /// the others as strings: `String ==` is canonical equivalence, under which an ASCII text
    /// equals only itself, and equals no non-ASCII text unless that holds one of the three
    /// characters that decompose to ASCII (U+037E, U+1FEF, U+212A). A page with one of those in
    /// a compared block is grouped wholly as strings.
    init(blocks: [Block], blockBytes: [Range<Int>], source: SourceText, features: [BlockShape]) {
        var candidates: [Int] = []
        for index in blocks.indices where features[index].weight <= Self.maximumWeight && features[index].weight > 0 {
            candidates.append(index)
        }
        let groups = source.utf8.withUnsafeBufferPointer { text -> [Int?]? in
            Self.groupsByBytes(candidates, count: blocks.count, blockBytes: blockBytes, text: text)
        } ?? Self.groupsByString(candidates, blocks: blocks)
        var members: [[Int]] = []
        for index in candidates {
            guard let id = groups[index] else { continue }
            if id == members.count { members.append([]) }
            members[id].append(index)
        }
        // Groups of one are not repetitions.
        var group = groups
        for index in candidates {
            if let id = group[index], members[id].count < 2 { group[index] = nil }
        }
        self.group = group
        self.members = members
    }

    /// Group numbers in order of first appearance, ASCII texts keyed by their bytes; nil when a
    /// text holds a character that may equal ASCII under canonical equivalence.
    private static func groupsByBytes(_ candidates: [Int], count: Int, blockBytes: [Range<Int>],
                                      text: UnsafeBufferPointer<UInt8>) -> [Int?]? {
        guard let base = text.baseAddress else { return nil }
        var groups = [Int?](repeating: nil, count: count)
        var byBytes: [ByteRun: Int] = [:]
        var byString: [String: Int] = [:]
        var next = 0
        for index in candidates {
            let range = blockBytes[index].clamped(to: 0..<text.count)
            let id: Int
            if WordBytes.isASCII(text, range) {
                let run = ByteRun(base: base, range: range)
                if let existing = byBytes[run] { id = existing } else { id = next; byBytes[run] = id }
            } else {
                if mayDecomposeToASCII(text, range) { return nil }
                let string = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                if let existing = byString[string] { id = existing } else { id = next; byString[string] = id }
            }
            if id == next { next += 1 }
            groups[index] = id
        }
        return groups
    }

    /// Group numbers in order of first appearance, texts compared as strings.
    private static func groupsByString(_ candidates: [Int], blocks: [Block]) -> [Int?] {
        var groups = [Int?](repeating: nil, count: blocks.count)
        var byString: [String: Int] = [:]
        for index in candidates {
            let id = byString[blocks[index].text] ?? byString.count
            if id == byString.count { byString[blocks[index].text] = id }
            groups[index] = id
        }
        return groups
    }

    /// Whether `range` holds U+037E, U+1FEF or U+212A, the characters whose canonical
    /// decomposition is ASCII (";", "`", "K").
    private static func mayDecomposeToASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for offset in range where text[offset] >= 0xCD {
            let rest = text.count - offset
            switch text[offset] {
            case 0xCD: if rest >= 2, text[offset + 1] == 0xBE { return true }
            case 0xE1: if rest >= 3, text[offset + 1] == 0xBF, text[offset + 2] == 0xAF { return true }
            case 0xE2: if rest >= 3, text[offset + 1] == 0x84, text[offset + 2] == 0xAA { return true }
            default: break
            }
        }
        return false
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

/// A run of bytes in the source, hashed and compared by content; valid while the buffer is.
private struct ByteRun: Hashable {
    let base: UnsafePointer<UInt8>
    let range: Range<Int>

    static func == (lhs: ByteRun, rhs: ByteRun) -> Bool {
        guard lhs.range.count == rhs.range.count else { return false }
        if lhs.range.lowerBound == rhs.range.lowerBound { return true }
        var left = lhs.base + lhs.range.lowerBound
        var right = rhs.base + rhs.range.lowerBound
        for _ in 0..<lhs.range.count {
            if left.pointee != right.pointee { return false }
            left += 1
            right += 1
        }
        return true
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count))
    }
}
