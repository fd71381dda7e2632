/// Finds lone words that name a person because they speak: "…," said Hill.
enum SpeechContext {
    /// A name candidate for a run of one unexplained capitalised word next to a speech verb.
    /// - Parameters:
    ///   - run: a run of one word piece.
    ///   - tokens: the tokens of the run's block.
    /// - Returns: the candidate, or nil when no speech verb frames the word.
    static func candidate(for run: NameRun, tokens: [Token]) -> NameCandidate? {
        guard run.pieces.count == 1, let piece = run.pieces.first, piece.shape == .word,
              piece.classes.isDisjoint(with: .notName), !piece.lower.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let position = piece.token
        let after = position + 1 < tokens.count ? tokens[position + 1] : nil
        let before = position > 0 ? tokens[position - 1] : nil
        // "said Hill." or "said Hill," but not "said Tuesday that". "Hill said" proves less:
        // companies, agencies and ministries say things at the start of sentences too.
        let verbBefore = before.map { $0.kind == .word && ["said", "says", "added", "asked"].contains($0.text) } ?? false
        let closesClause = after.map { $0.kind == .punctuation } ?? true
        guard verbBefore && closesClause else { return nil }
        return NameCandidate(block: run.block, pieces: [piece], role: nil, titleGender: nil,
                             titledBytes: piece.bytes, evidence: .lexical)
    }

    /// Drops the candidates whose word the article also writes in lower case: a common noun.
    static func withoutCommonWords(_ candidates: [NameCandidate], in document: Document) -> [NameCandidate] {
        guard !candidates.isEmpty else { return [] }
        let words = Set(candidates.compactMap { $0.pieces.first?.lower })
        // Compare bytes, and only for tokens whose first byte and length could match.
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
        return candidates.filter { candidate in
            guard let word = candidate.pieces.first?.lower else { return false }
            return !common.contains(word)
        }
    }
}
