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
        // "said Hill." or "said Hill," but not "said Tuesday that".
        let verbBefore = before.map { $0.kind == .word && ["said", "says", "added", "asked"].contains($0.text) } ?? false
        let closesClause = after.map { $0.kind == .punctuation } ?? true
        // "Hill said" proves less: companies, agencies and places say things too.
        guard verbBefore && closesClause else { return nil }
        return NameCandidate(block: run.block, pieces: [piece], role: nil, titleGender: nil,
                             titledBytes: piece.bytes, evidence: .lexical)
    }
}
