/// Finds which words an article also writes in lower case: common nouns and verbs, whatever
/// their capitals at the start of a sentence or in a heading suggest.
enum CommonWords {
    /// The members of `words` (lower-cased) that appear as a lower-case word in the document.
    ///
    /// One pass over the tokens; `WordScan` does the same pass together with the surname one.
    static func writtenInLowerCase(_ words: Set<String>, in document: Document) -> Set<String> {
        let matcher = LowerCaseWords(words)
        guard !matcher.isEmpty else { return [] }
        var found = Set<Int>()
        document.source.utf8.withUnsafeBufferPointer { utf8 in
            for tokens in document.tokens {
                for index in tokens.indices where tokens[index].kind == .word {
                    if let member = matcher.member(matching: tokens[index].bytes, in: utf8) { found.insert(member) }
                }
            }
        }
        return matcher.words(found)
    }
}

/// A few lower-case words, matched against tokens as bytes.
///
/// Words are bucketed by first byte and length, so most tokens are dismissed by one table
/// read, and the rest are compared as bytes, never hashed.
struct LowerCaseWords: Sendable {
    private let list: [[UInt8]]
    /// The buckets in one flat array: bucket `key` lists `members[starts[key]..<starts[key + 1]]`.
    private let starts: [Int32]
    private let members: [Int32]
    /// A bit per bucket, set when the bucket has members: 2 KB that stay in the first-level
    /// cache, where the bucket table (64 KB) would not.
    private let occupied: [UInt64]

    /// Prepares to match `words` (empty words and words of 64 bytes or more never match).
    init(_ words: Set<String>) {
        let list = words.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count < 64 }
        var counts = [Int32](repeating: 0, count: 256 * 64 + 1)
        for word in list { counts[Self.key(word[0], word.count) + 1] += 1 }
        for key in 1..<counts.count { counts[key] += counts[key - 1] }
        var members = [Int32](repeating: 0, count: list.count)
        var fill = counts
        for (index, word) in list.enumerated() {
            let key = Self.key(word[0], word.count)
            members[Int(fill[key])] = Int32(index)
            fill[key] += 1
        }
        var occupied = [UInt64](repeating: 0, count: 256)
        for word in list {
            let key = Self.key(word[0], word.count)
            occupied[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.occupied = occupied
        self.list = list
        starts = counts
        self.members = members
    }

    /// Whether there is no word to match.
    var isEmpty: Bool { list.isEmpty }

    /// The member the word at `bytes` in `utf8` spells exactly, if any.
    @inline(__always)
    func member(matching bytes: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count < 64 else { return nil }
        let key = Self.key(utf8[bytes.lowerBound], bytes.count)
        guard occupied[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return nil }
        let lower = Int(starts[key]), upper = Int(starts[key + 1])
        guard lower < upper else { return nil }
        let text = UnsafeBufferPointer(rebasing: utf8[bytes])
        for member in members[lower..<upper] where list[Int(member)].withUnsafeBufferPointer({ ASCIIBytes.equal($0, text) }) {
            return Int(member)
        }
        return nil
    }

    /// The words of some members.
    func words(_ found: some Sequence<Int>) -> Set<String> {
        Set(found.map { String(decoding: list[$0], as: UTF8.self) })
    }

    /// The bucket of a word by its first byte and length (under 64).
    @inline(__always)
    private static func key(_ firstByte: UInt8, _ length: Int) -> Int { Int(firstByte) &* 64 &+ length }
}
