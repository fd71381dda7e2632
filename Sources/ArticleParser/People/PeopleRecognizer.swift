/// Recognises the people an article mentions and merges their aliases.
///
/// Three passes over the tokens, each linear: read runs of capitalised words into name
/// candidates; merge candidates into people by surname and first name; then take every other
/// capitalised word that is a known surname (headlines in capitals included) as a mention.
enum PeopleRecognizer {
    /// Returns each person once, with every mention.
    static func recognize(in document: Document) -> [Person] {
        // Blocks are read independently, on all cores; the results join in block order.
        let readings = ParallelMap.map(count: document.blocks.count, cost: document.source.byteCount) { block in
            read(block: block, in: document)
        }
        var candidates: [(candidate: NameCandidate, lastToken: Int)] = []
        candidates.reserveCapacity(readings.count)
        var blocked: [TextSpan] = []
        var speakers: [NameCandidate] = []
        var headlineBlocks: [Bool] = []
        headlineBlocks.reserveCapacity(readings.count)
        for reading in readings {
            headlineBlocks.append(reading.isHeadline)
            candidates.append(contentsOf: reading.candidates)
            blocked.append(contentsOf: reading.blocked)
            speakers.append(contentsOf: reading.speakers)
        }
        // Words the article also writes in lower case are common words, not names: "Officials"
        // after "said", "Climate Change" in a heading.
        var unsure = Set(speakers.flatMap(\.identifyingWords))
        for entry in candidates where entry.candidate.evidence == .shape {
            unsure.formUnion(entry.candidate.identifyingWords)
        }
        // Any surname the merged people end up with is the last identifying word of a candidate.
        var surnames = Set<String>()
        for entry in candidates { if let last = entry.candidate.identifyingWords.last { surnames.insert(last) } }
        for candidate in speakers { if let last = candidate.identifyingWords.last { surnames.insert(last) } }
        let scan = WordScan(document, unsure: unsure, surnames: surnames)
        let common = scan.lowerCaseWords
        var confirmed: [(candidate: NameCandidate, lastToken: Int)] = []
        for candidate in speakers where candidate.identifyingWords.allSatisfy({ !common.contains($0) }) {
            confirmed.append((candidate, candidate.pieces.last?.token ?? 0))
        }
        let inTextOrder = inSpanOrder(candidates, confirmed)
        var accepted: [(candidate: NameCandidate, lastToken: Int)] = []
        accepted.reserveCapacity(inTextOrder.count)
        for entry in inTextOrder
        where entry.candidate.evidence == .lexical || ShapeEvidence.confirms(entry.candidate, in: document, commonWords: common) {
            accepted.append(entry)
        }
        var drafts = PersonMerger.merge(accepted)
        SurnameMentions.add(to: &drafts, in: document, blocked: blocked, headlineBlocks: headlineBlocks,
                            candidates: scan.surnameCandidates)
        return drafts.map { PersonFacts.person(from: $0, in: document) }
    }
}

extension PeopleRecognizer {
    /// What one block's runs of capitalised words read as.
    struct BlockReading: Sendable {
        /// Whether the block is a headline in capitals or title case: names there come only
        /// from the surnames the running text has established, so it is not read.
        var isHeadline = false
        /// Names, with the index of their last token.
        var candidates: [(candidate: NameCandidate, lastToken: Int)] = []
        /// Phrases read as organisations or places.
        var blocked: [TextSpan] = []
        /// Lone words a speech verb makes a name, if the article never writes them in lower case.
        var speakers: [NameCandidate] = []
    }

    /// `names` then `speakers`, stably sorted by span. Both come in text order, block by block,
    /// so they are merged; the sort is only a fallback should either be out of order.
    static func inSpanOrder(_ names: [(candidate: NameCandidate, lastToken: Int)],
                            _ speakers: [(candidate: NameCandidate, lastToken: Int)]) -> [(candidate: NameCandidate, lastToken: Int)] {
        func isSorted(_ list: [(candidate: NameCandidate, lastToken: Int)]) -> Bool {
            list.indices.dropFirst().allSatisfy { !(list[$0].candidate.span < list[$0 - 1].candidate.span) }
        }
        guard isSorted(names), isSorted(speakers) else {
            return (names + speakers).sorted { $0.candidate.span < $1.candidate.span }
        }
        var merged: [(candidate: NameCandidate, lastToken: Int)] = []
        merged.reserveCapacity(names.count + speakers.count)
        var name = 0, speaker = 0
        while name < names.count || speaker < speakers.count {
            // On equal spans the name comes first, as a stable sort of names + speakers keeps it.
            if speaker == speakers.count || name < names.count && !(speakers[speaker].candidate.span < names[name].candidate.span) {
                merged.append(names[name])
                name += 1
            } else {
                merged.append(speakers[speaker])
                speaker += 1
            }
        }
        return merged
    }

    /// Reads the runs of capitalised words of one block.
    static func read(block: Int, in document: Document) -> BlockReading {
        let tokens = document.tokens[block]
        return document.source.utf8.withUnsafeBufferPointer { utf8 in
            var reading = BlockReading()
            reading.isHeadline = BlockCase.isAllCaps(tokens, utf8: utf8) || BlockCase.isTitleCase(tokens, utf8: utf8)
            if reading.isHeadline { return reading }
            for run in NameRunFinder.runs(in: tokens, block: block, utf8: utf8) {
                switch NameRunReader.read(run, tokens: tokens) {
                case .name(let candidate):
                    reading.candidates.append((candidate, candidate.pieces.last?.token ?? 0))
                case .notAPerson(let span):
                    reading.blocked.append(span)
                case .undecided:
                    if let candidate = SpeechContext.candidate(for: run, tokens: tokens) { reading.speakers.append(candidate) }
                }
            }
            return reading
        }
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
    /// - Parameters:
    ///   - candidate: a candidate with shape evidence only.
    ///   - document: the article.
    ///   - commonWords: the candidate words the article also writes in lower case.
    static func confirms(_ candidate: NameCandidate, in document: Document, commonWords: Set<String>) -> Bool {
        guard let first = candidate.pieces.first else { return false }
        // A capitalised participle or adverb opens a clause, not a name ("Injecting Clinton",
        // "Mostly False").
        let stemBytes = first.lower.utf8.count - 2
        if stemBytes >= 3 && first.lower.hasSuffix("ing") || stemBytes >= 4 && first.lower.hasSuffix("ly") { return false }
        if candidate.identifyingWords.contains(where: { commonWords.contains($0) }) { return false }
        let tokens = document.tokens[candidate.block]
        // Only the word right before the name counts: "Speaker of the House Dana Whitfield" has
        // a title before it, "the Copper Kettle" an article.
        let previous = first.token - 1
        guard previous >= 0, tokens[previous].kind == .word else { return true }
        return !thingMarkers.contains(tokens[previous].text.lowercased())
    }
}
