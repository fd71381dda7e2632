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
        var speakers: [NameCandidate] = []
        let capsBlocks = document.tokens.map { isAllCaps($0, utf8: document.source.utf8) }
        for block in document.blocks.indices {
            let tokens = document.tokens[block]
            if capsBlocks[block] { continue }
            for run in NameRunFinder.runs(in: tokens, block: block, utf8: document.source.utf8) {
                switch NameRunReader.read(run, tokens: tokens) {
                case .name(let candidate):
                    candidates.append((candidate, candidate.pieces.last?.token ?? 0))
                case .notAPerson(let span):
                    blocked.append(span)
                case .undecided:
                    if let candidate = SpeechContext.candidate(for: run, tokens: tokens) { speakers.append(candidate) }
                }
            }
        }
        for candidate in SpeechContext.withoutCommonWords(speakers, in: document) {
            candidates.append((candidate, candidate.pieces.last?.token ?? 0))
        }
        candidates.sort { $0.candidate.span < $1.candidate.span }
        let accepted = candidates.filter { entry in
            entry.candidate.evidence == .lexical || ShapeEvidence.confirms(entry.candidate, in: document)
        }
        var drafts = PersonMerger.merge(accepted)
        SurnameMentions.add(to: &drafts, in: document, blocked: blocked, capsBlocks: capsBlocks)
        return drafts.map { PersonFacts.person(from: $0, in: document) }
    }

    /// Whether a block is written in capitals (a wire headline or dateline), where capitalisation
    /// says nothing about names.
    /// The first 16 words decide, so a long block costs no more than a short one.
    static func isAllCaps(_ tokens: [Token], utf8: [UInt8]) -> Bool {
        var words = 0, caps = 0
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].bytes.count > 1 {
            words += 1
            if NameText.isAllCaps(tokens[index], utf8: utf8) { caps += 1 }
            if words == 16 { break }
        }
        return words >= 2 && caps * 10 >= words * 6
    }
}

/// Decides whether a phrase that only looks like a name is one.
///
/// Two or more capitalised words that no lexicon explains are usually a person in news text,
/// but not after an article or a preposition of place ("the Kingsland Tavern", "at Ellis Park"),
/// which people's names rarely follow.
enum ShapeEvidence {
    /// Words before a phrase that make it a thing or a place rather than a person.
    private static let thingMarkers: Set<String> = [
        "the", "a", "an", "at", "in", "into", "inside", "outside", "near", "our", "this", "that",
        "its", "from", "on", "via", "visit", "visiting",
    ]

    /// Whether the article confirms a shape-only candidate as a person.
    static func confirms(_ candidate: NameCandidate, in document: Document) -> Bool {
        guard let first = candidate.pieces.first else { return false }
        let tokens = document.tokens[candidate.block]
        // The words before the run itself, not before the core: "The" in "The Front Range Ledger".
        var index = first.token - 1
        while index >= 0, tokens[index].kind == .word, tokens[index].isCapitalized { index -= 1 }
        guard index >= 0, tokens[index].kind == .word else { return true }
        return !thingMarkers.contains(tokens[index].text.lowercased())
    }
}
