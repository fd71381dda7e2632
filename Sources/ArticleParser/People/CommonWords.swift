/// Finds which words an article also writes in lower case: common nouns and verbs, whatever
/// their capitals at the start of a sentence or in a heading suggest.
enum CommonWords {
    /// The members of `words` (lower-cased) that appear as a lower-case word in the document.
    ///
    /// One pass over the tokens; a first-byte and length test skips most tokens before any
    /// string is compared.
    static func writtenInLowerCase(_ words: Set<String>, in document: Document) -> Set<String> {
        guard !words.isEmpty else { return [] }
        var firstBytes = [Bool](repeating: false, count: 256)
        var lengths: Set<Int> = []
        for word in words {
            if let byte = word.utf8.first { firstBytes[Int(byte)] = true }
            lengths.insert(word.utf8.count)
        }
        let utf8 = document.source.utf8
        var common: Set<String> = []
        for tokens in document.tokens {
            for index in tokens.indices where tokens[index].kind == .word {
                let bytes = tokens[index].bytes
                guard firstBytes[Int(utf8[bytes.lowerBound])], lengths.contains(bytes.count) else { continue }
                let text = tokens[index].text
                if words.contains(text) { common.insert(text) }
            }
        }
        return common
    }
}
