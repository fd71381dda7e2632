/// Recognises the people an article mentions and merges their aliases.
///
/// Three passes over the tokens, each linear: read runs of capitalised words into name
/// candidates; merge candidates into people by surname and first name; then take every other
/// capitalised word that is a known surname (headlines in capitals included) as a mention.
enum PeopleRecognizer {
    /// Returns each person once, with every mention.
    static func recognize(in document: Document) -> [Person] {
        // Blocks are read independently, on all cores; the results join in block order.
        let readings = ParallelMap.map(count: document.blocks.count, cost: document.parallelCost) { block in
            read(block: block, in: document)
        }
        var blocked: [TextSpan] = []
        var headlineBlocks: [Bool] = []
        headlineBlocks.reserveCapacity(readings.count)
        // Words the article also writes in lower case are common words, not names: "Officials"
        // after "said", "Climate Change" in a heading. Any surname the merged people end up with
        // is the last identifying word of a candidate.
        var unsure = Set<String>()
        var surnames = Set<String>()
        // The same person's surname comes again and again: a string comparison skips the hashing.
        var lastSurname = ""
        func addSurname(of words: [String]) {
            guard let last = words.last, last != lastSurname else { return }
            surnames.insert(last)
            lastSurname = last
        }
        for block in readings.indices {
            headlineBlocks.append(readings[block].isHeadline)
            blocked.append(contentsOf: readings[block].blocked)
            for index in readings[block].candidates.indices {
                let words = readings[block].candidates[index].candidate.identifyingWords
                if readings[block].candidates[index].candidate.evidence == .shape { unsure.formUnion(words) }
                addSurname(of: words)
            }
            for index in readings[block].speakers.indices {
                let words = readings[block].speakers[index].identifyingWords
                unsure.formUnion(words)
                addSurname(of: words)
            }
        }
        let scan = WordScan(document, unsure: unsure, surnames: surnames)
        let accepted = acceptedInTextOrder(readings, commonWords: scan.lowerCaseWords, in: document)
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

    /// The candidates the article confirms, in text order: every name with lexical evidence or
    /// confirmed shape, and every speaker none of whose words the article writes in lower case.
    ///
    /// The result is the stable sort by span of all names followed by the confirmed speakers,
    /// filtered. Blocks come in text order and runs in token order, so each block's names and
    /// speakers are merged and the whole checked to be strictly increasing; should it not be,
    /// the names and speakers are sorted after all.
    static func acceptedInTextOrder(_ readings: [BlockReading], commonWords common: Set<String>,
                                    in document: Document) -> [(candidate: NameCandidate, lastToken: Int)] {
        func isConfirmed(_ speaker: NameCandidate) -> Bool { speaker.identifyingWords.allSatisfy { !common.contains($0) } }
        func accepts(_ candidate: NameCandidate) -> Bool {
            candidate.evidence == .lexical || ShapeEvidence.confirms(candidate, in: document, commonWords: common)
        }
        var accepted: [(candidate: NameCandidate, lastToken: Int)] = []
        var previous: TextSpan?
        for reading in readings {
            let names = reading.candidates
            let speakers = reading.speakers.isEmpty ? [] : reading.speakers.filter(isConfirmed)
            var name = 0, speaker = 0
            while name < names.count || speaker < speakers.count {
                // On equal spans the name comes first, as a stable sort of names + speakers keeps it.
                let takesName = speaker == speakers.count
                    || name < names.count && !(speakers[speaker].span < names[name].candidate.span)
                let span = takesName ? names[name].candidate.span : speakers[speaker].span
                if let previous, !(previous < span) { return sortedAccepted(readings, isConfirmed: isConfirmed, accepts: accepts) }
                previous = span
                if takesName {
                    if accepts(names[name].candidate) { accepted.append(names[name]) }
                    name += 1
                } else {
                    if accepts(speakers[speaker]) { accepted.append((speakers[speaker], speakers[speaker].pieces.last?.token ?? 0)) }
                    speaker += 1
                }
            }
        }
        return accepted
    }

    /// `acceptedInTextOrder` by sorting: all names, then the confirmed speakers, stably sorted by span.
    private static func sortedAccepted(_ readings: [BlockReading], isConfirmed: (NameCandidate) -> Bool,
                                       accepts: (NameCandidate) -> Bool) -> [(candidate: NameCandidate, lastToken: Int)] {
        var candidates = readings.flatMap(\.candidates)
        for reading in readings {
            for speaker in reading.speakers where isConfirmed(speaker) {
                candidates.append((speaker, speaker.pieces.last?.token ?? 0))
            }
        }
        candidates.sort { $0.candidate.span < $1.candidate.span }
        return candidates.filter { accepts($0.candidate) }
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
