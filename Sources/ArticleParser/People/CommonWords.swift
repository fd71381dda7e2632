/// Finds which words an article also writes in lower case: common nouns and verbs, whatever
/// their capitals at the start of a sentence or in a heading suggest.
enum CommonWords {
    /// The members of `words` (lower-cased) that appear as a lower-case word in the document.
    ///
    /// One pass over the tokens. Words are bucketed by first byte and length, so most tokens
    /// are dismissed by one array read, and the rest are compared as bytes, never hashed.
    static func writtenInLowerCase(_ words: Set<String>, in document: Document) -> Set<String> {
        guard !words.isEmpty else { return [] }
        let list = words.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count < 64 }
        var buckets = [[Int]](repeating: [], count: 256 * 64)
        for (index, word) in list.enumerated() { buckets[Int(word[0]) * 64 + word.count].append(index) }
        let utf8 = document.source.utf8
        var found = [Bool](repeating: false, count: list.count)
        for tokens in document.tokens {
            for index in tokens.indices where tokens[index].kind == .word {
                let bytes = tokens[index].bytes
                guard bytes.count < 64 else { continue }
                let bucket = buckets[Int(utf8[bytes.lowerBound]) * 64 + bytes.count]
                for word in bucket where !found[word] && utf8[bytes].elementsEqual(list[word]) { found[word] = true }
            }
        }
        var common: Set<String> = []
        for (index, word) in list.enumerated() where found[index] { common.insert(String(decoding: word, as: UTF8.self)) }
        return common
    }
}
