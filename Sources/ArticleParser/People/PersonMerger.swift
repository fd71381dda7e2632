/// Merges name candidates into people: full names first, then lone surnames with titles.
enum PersonMerger {
    /// Groups candidates, given in text order, into people.
    ///
    /// A full name joins the latest person with the same surname and a matching first name or
    /// initial; a lone surname ("President Biden") joins the person with that surname mentioned
    /// last before it, or else the first one after it. Two people who share a surname but not a
    /// first name stay apart.
    static func merge(_ candidates: [(candidate: NameCandidate, lastToken: Int)]) -> [PersonDraft] {
        var drafts: [PersonDraft] = []
        var singles: [(candidate: NameCandidate, lastToken: Int)] = []
        for entry in candidates {
            let words = entry.candidate.identifyingWords
            guard words.count > 1 else {
                if !words.isEmpty { singles.append(entry) }
                continue
            }
            if let index = drafts.indices.last(where: { drafts[$0].words.count > 1 && drafts[$0].isCompatible(with: words) }) {
                drafts[index].add(entry.candidate, lastToken: entry.lastToken)
            } else {
                var draft = PersonDraft(words: words, nameSpan: entry.candidate.span)
                draft.add(entry.candidate, lastToken: entry.lastToken)
                drafts.append(draft)
            }
        }
        for entry in singles {
            let words = entry.candidate.identifyingWords
            if let index = bestHolder(of: words, at: entry.candidate.span.start, in: drafts) {
                drafts[index].add(entry.candidate, lastToken: entry.lastToken)
            } else {
                var draft = PersonDraft(words: words, nameSpan: entry.candidate.span)
                draft.add(entry.candidate, lastToken: entry.lastToken)
                drafts.append(draft)
            }
        }
        return drafts
    }

    /// The person a lone surname at `offset` most likely refers to: the one with that surname
    /// mentioned last before it, else the first one mentioned after it.
    static func bestHolder(of words: [String], at offset: Int, in drafts: [PersonDraft]) -> Int? {
        var best: (index: Int, before: Int?)?
        for index in drafts.indices where drafts[index].isCompatible(with: words) {
            let before = drafts[index].latestMentionStart(before: offset)
            guard let current = best else { best = (index, before); continue }
            switch (before, current.before) {
            case (let new?, let old?) where new > old: best = (index, before)
            case (.some, nil): best = (index, before)
            default: break
            }
        }
        return best?.index
    }
}
