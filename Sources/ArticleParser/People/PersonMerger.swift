/// Merges name candidates into people: full names first, then lone surnames with titles.
enum PersonMerger {
    /// Groups candidates, given in text order, into people.
    ///
    /// A full name joins the latest person with the same surname and a matching first name or
    /// initial; a lone surname ("President Biden") joins the person with that surname mentioned
    /// last before it, or else the first one after it; a lone given name ("his wife Naina")
    /// joins a person with that first name. Two people who share a surname but not a first name
    /// stay apart.
    static func merge(_ candidates: [(candidate: NameCandidate, lastToken: Int)]) -> [PersonDraft] {
        var drafts: [PersonDraft] = []
        var bySurname: [String: [Int]] = [:]
        var singles: [(candidate: NameCandidate, lastToken: Int)] = []
        for entry in candidates {
            let words = entry.candidate.identifyingWords
            guard let surname = words.last, words.count > 1 else {
                if !words.isEmpty { singles.append(entry) }
                continue
            }
            let namesakes = bySurname[surname] ?? []
            if let index = namesakes.last(where: { drafts[$0].isCompatible(with: words) }) {
                drafts[index].add(entry.candidate, lastToken: entry.lastToken)
            } else {
                var draft = PersonDraft(words: words, nameSpan: entry.candidate.span)
                draft.add(entry.candidate, lastToken: entry.lastToken)
                bySurname[surname, default: []].append(drafts.count)
                drafts.append(draft)
            }
        }
        var byFirstName: [String: Int] = [:]
        for index in drafts.indices.reversed() {
            if let first = drafts[index].words.first { byFirstName[first] = index }
        }
        var recency = MentionRecency(drafts)
        for entry in singles {
            guard let word = entry.candidate.identifyingWords.first else { continue }
            let start = entry.candidate.span.start
            recency.advance(to: start)
            let holder = recency.best(among: bySurname[word] ?? []) ?? byFirstName[word]
            if let index = holder {
                drafts[index].add(entry.candidate, lastToken: entry.lastToken)
                recency.record(index, at: start)
            } else {
                var draft = PersonDraft(words: [word], nameSpan: entry.candidate.span)
                draft.add(entry.candidate, lastToken: entry.lastToken)
                bySurname[word, default: []].append(drafts.count)
                recency.record(drafts.count, at: start)
                drafts.append(draft)
            }
        }
        for index in drafts.indices { drafts[index].mentions.sort { $0.mention < $1.mention } }
        return drafts
    }
}
