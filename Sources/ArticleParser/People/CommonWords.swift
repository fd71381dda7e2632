/// Finds which words an article also writes in lower case: common nouns and verbs, whatever
/// their capitals at the start of a sentence or in a heading suggest.
enum CommonWords {
    /// The members of `words` (lower-cased) that appear as a lower-case word in the document.
    ///
    /// One pass over the tokens. Words are bucketed by first byte and length, so most tokens
    /// are dismissed by one table read, and the rest are compared as bytes, never hashed.
    static func writtenInLowerCase(_ words: Set<String>, in document: Document) -> Set<String> {
        guard !words.isEmpty else { return [] }
        let list = words.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count < 64 }
        // The buckets in one flat array: bucket `key` lists `members[starts[key]..<starts[key + 1]]`.
        var counts = [Int32](repeating: 0, count: 256 * 64 + 1)
        for word in list { counts[key(word[0], word.count) + 1] += 1 }
        for key in 1..<counts.count { counts[key] += counts[key - 1] }
        let starts = counts
        var members = [Int32](repeating: 0, count: list.count)
        var fill = starts
        for (index, word) in list.enumerated() {
            let key = key(word[0], word.count)
            members[Int(fill[key])] = Int32(index)
            fill[key] += 1
        }
        var found = [Bool](repeating: false, count: list.count)
        document.source.utf8.withUnsafeBufferPointer { utf8 in
            starts.withUnsafeBufferPointer { starts in
                for tokens in document.tokens {
                    for index in tokens.indices where tokens[index].kind == .word {
                        let bytes = tokens[index].bytes
                        guard bytes.count < 64 else { continue }
                        let key = key(utf8[bytes.lowerBound], bytes.count)
                        let lower = Int(starts[key]), upper = Int(starts[key + 1])
                        guard lower < upper else { continue }
                        let text = UnsafeBufferPointer(rebasing: utf8[bytes])
                        for member in members[lower..<upper] where !found[Int(member)] && text.elementsEqual(list[Int(member)]) {
                            found[Int(member)] = true
                        }
                    }
                }
            }
        }
        var common: Set<String> = []
        for (index, word) in list.enumerated() where found[index] { common.insert(String(decoding: word, as: UTF8.self)) }
        return common
    }

    /// The bucket of a word by its first byte and length (under 64).
    @inline(__always)
    private static func key(_ firstByte: UInt8, _ length: Int) -> Int { Int(firstByte) &* 64 &+ length }
}
