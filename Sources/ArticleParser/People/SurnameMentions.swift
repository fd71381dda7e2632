/// Finds the mentions that are a known person's surname alone ("Blinken", "Biden’s",
/// "MITCHELL" in a capitals headline), which no lexicon could recognise by themselves.
enum SurnameMentions {
    /// Adds every capitalised word that is a person's surname, and not already a mention or part
    /// of a phrase read as an organisation or place, as a mention of that person.
    static func add(to drafts: inout [PersonDraft], in document: Document, blocked: [TextSpan]) {
        var holders: [String: [Int]] = [:]
        for index in drafts.indices {
            guard let surname = drafts[index].surname, surname.unicodeScalars.count > 1 else { continue }
            holders[surname, default: []].append(index)
        }
        guard !holders.isEmpty else { return }
        var taken = blocked
        for draft in drafts { taken.append(contentsOf: draft.mentions.map(\.mention.span)) }
        taken.sort()
        var takenIndex = 0
        for block in document.blocks.indices {
            let tokens = document.tokens[block]
            let inCaps = PeopleRecognizer.isAllCaps(tokens)
            for (position, token) in tokens.enumerated() where token.kind == .word && token.isCapitalized {
                while takenIndex < taken.count, taken[takenIndex].end <= token.span.start { takenIndex += 1 }
                if takenIndex < taken.count, taken[takenIndex].overlaps(token.span) { continue }
                let word = NameText.normalized(token)
                guard let candidates = holders[word.lower], !NameLexicon.nonNameWords.contains(word.lower) else { continue }
                let words = [word.lower]
                guard let person = candidates.count == 1
                    ? candidates[0]
                    : PersonMerger.bestHolder(of: words, at: token.span.start, in: drafts) else { continue }
                var span = word.span
                if inCaps { span.start = spanStart(fullName: drafts[person].words, endingAt: position, in: tokens) }
                drafts[person].mentions.append((Mention(block: block, span: span), position))
                drafts[person].titledForms.append(span)
            }
        }
        for index in drafts.indices { drafts[index].mentions.sort { $0.mention < $1.mention } }
    }

    /// Where a full name written in capitals starts, when the words before the surname at
    /// `position` are the person's other names ("DENNIS MITCHELL").
    private static func spanStart(fullName words: [String], endingAt position: Int, in tokens: [Token]) -> Int {
        var start = tokens[position].span.start
        var wordIndex = words.count - 2
        var tokenIndex = position - 1
        while wordIndex >= 0, tokenIndex >= 0 {
            let token = tokens[tokenIndex]
            guard token.kind == .word, token.text.lowercased() == words[wordIndex] else { break }
            start = token.span.start
            wordIndex -= 1
            tokenIndex -= 1
        }
        return start
    }
}
