/// Recognises the people an article mentions and merges their aliases.
///
/// Three passes over the tokens, each linear: read runs of capitalised words into name
/// candidates; merge candidates into people by surname and first name; then take every other
/// capitalised word that is a known surname (headlines in capitals included) as a mention.
enum PeopleRecognizer {
    /// Returns each person once, with every mention.
    static func recognize(in document: Document) -> [Person] {
        var candidates: [(candidate: NameCandidate, lastToken: Int)] = []
        var blocked: [TextSpan] = []
        for block in document.blocks.indices {
            let tokens = document.tokens[block]
            if isAllCaps(tokens) { continue }
            for run in NameRunFinder.runs(in: tokens, block: block) {
                switch NameRunReader.read(run, tokens: tokens) {
                case .name(let candidate):
                    candidates.append((candidate, candidate.pieces.last?.token ?? 0))
                case .notAPerson(let span):
                    blocked.append(span)
                case .undecided:
                    break
                }
            }
        }
        let accepted = candidates.filter { entry in
            entry.candidate.evidence == .lexical || ShapeEvidence.confirms(entry.candidate, in: document)
        }
        var drafts = PersonMerger.merge(accepted)
        SurnameMentions.add(to: &drafts, in: document, blocked: blocked)
        return drafts.map { PersonFacts.person(from: $0, in: document) }
    }

    /// Whether a block is written in capitals (a wire headline or dateline), where capitalisation
    /// says nothing about names.
    static func isAllCaps(_ tokens: [Token]) -> Bool {
        var words = 0, caps = 0
        for token in tokens where token.kind == .word && token.text.utf8.count > 1 {
            words += 1
            if token.isAllCaps { caps += 1 }
        }
        return words >= 2 && caps * 10 >= words * 6
    }
}

/// Decides whether a phrase that only looks like a name is one.
enum ShapeEvidence {
    /// Whether the article confirms a shape-only candidate as a person.
    static func confirms(_ candidate: NameCandidate, in document: Document) -> Bool {
        true
    }
}
