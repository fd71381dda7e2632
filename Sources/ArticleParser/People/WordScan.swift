/// One pass over every word of the article, once the name runs are read, answering the two
/// questions the later steps ask of all words: which unsure name words the article also writes
/// in lower case (`CommonWords`), and which capitalised words might be a surname mention
/// (`SurnameMentions`). Blocks are scanned independently, on all cores.
struct WordScan {
    /// The unsure words that appear as a lower-case word.
    let lowerCaseWords: Set<String>
    /// Per block, the indices of the capitalised words that may spell one of the possible
    /// surnames: every word `SurnameMentions` could take is among them.
    let surnameCandidates: [[Int32]]

    /// Scans the document.
    /// - Parameters:
    ///   - unsure: lower-cased name words to look for in lower case.
    ///   - surnames: lower-cased words that may become surnames (a superset of the final ones).
    init(_ document: Document, unsure: Set<String>, surnames: Set<String>) {
        let lowerCase = LowerCaseWords(unsure)
        let filter = SurnameFilter(surnames)
        let results = ParallelMap.map(count: document.blocks.count, cost: document.parallelCost) { block in
            Self.scan(document.tokens[block], utf8: document.source.utf8, lowerCase: lowerCase, surnames: filter)
        }
        var found = Set<Int>()
        for result in results { found.formUnion(result.found) }
        lowerCaseWords = lowerCase.words(found)
        surnameCandidates = results.map(\.candidates)
    }

    private static func scan(_ tokens: [Token], utf8: [UInt8], lowerCase: LowerCaseWords,
                             surnames: SurnameFilter) -> (found: [Int], candidates: [Int32]) {
        var found: [Int] = []
        var candidates: [Int32] = []
        utf8.withUnsafeBufferPointer { utf8 in
            for index in tokens.indices where tokens[index].kind == .word {
                let bytes = tokens[index].bytes
                let first = utf8[bytes.lowerBound]
                // A lower-cased word never starts with a capital A–Z, so such words are only
                // surname candidates; any other word may be either.
                if first &- 0x41 >= 26, !lowerCase.isEmpty, let member = lowerCase.member(matching: bytes, in: utf8),
                   !found.contains(member) {
                    found.append(member)
                }
                if surnames.mayMatch(tokens[index], utf8: utf8) { candidates.append(Int32(truncatingIfNeeded: index)) }
            }
        }
        return (found, candidates)
    }
}

/// A quick test of whether a token may be a capitalised form of one of a few surnames.
struct SurnameFilter: Sendable {
    private let firstLetters: [Bool]
    private let longest: Int
    private let ascii: ASCIIWordTable<Bool>

    /// Prepares for `surnames` (lower-cased).
    init(_ surnames: Set<String>) {
        var firstLetters = [Bool](repeating: false, count: 256)
        var longest = -1
        for surname in surnames {
            guard let byte = surname.utf8.first else { continue }
            firstLetters[Int(byte)] = true
            if byte >= 0x61 && byte <= 0x7A { firstLetters[Int(byte - 0x20)] = true }
            if byte >= 0x80 { for high in 0x80..<0x100 { firstLetters[high] = true } }
            longest = max(longest, surname.utf8.count)
        }
        self.firstLetters = firstLetters
        self.longest = longest
        ascii = ASCIIWordTable(surnames.map { (key: $0, value: true) })
    }

    /// Whether the word token may be a capitalised surname: false only when it surely is not.
    @inline(__always)
    func mayMatch(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = token.bytes
        let first = utf8[bytes.lowerBound]
        guard firstLetters[Int(first)], bytes.count <= longest + 4 else { return false }
        guard first < 0x80 else { return token.isCapitalized }
        guard first &- 0x41 < 26 else { return false }
        // A word with other bytes than ASCII is left to the full test.
        guard let word = NameText.asciiWordBytes(token, utf8: utf8) else { return true }
        return ascii.value(lowercasing: word.bytes, in: utf8) != nil
    }
}
