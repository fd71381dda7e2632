/// Rules that read the words before a quote's opening mark.
extension AttributionRules {
    /// `Biden said:`, `X said Blinken will work to “ensure…”`, `she added the words, “…”`:
    /// the nearest speech verb before the quote in its sentence, with its subject.
    func leadingCue(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Attribution? {
        let tokens = reader.tokens
        var floor = Sentences.start(reader, before: site.openStart, floor: 0)
        // Never read back past another quote's mark.
        var cursor = site.openStart - 1
        while cursor >= floor {
            if isQuoteMark(reader, cursor) { floor = cursor + 1; break }
            cursor -= 1
        }
        if floor + 1 < site.openStart, tokens[floor].text.lowercased() == "according", tokens[floor + 1].text == "to",
           let phrase = objectPhrase(reader, after: floor + 2, limit: site.openStart) {
            return Attribution(phrase: phrase, block: site.block, cue: "according to")
        }
        // A verb that opens its sentence: "Said Jane Doe: “…”".
        if floor + 1 < site.openStart, reader.startsUppercase(floor),
           SpeechLexicon.speechVerbs.contains(tokens[floor].text.lowercased()),
           let phrase = reader.phrase(startingAt: floor + 1, limit: site.openStart) {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[floor].text)
        }
        var verb = site.openStart - 1
        while verb >= floor {
            if Self.isVerb(reader, verb, allowWeak: true) {
                if verb > floor, tokens[verb].text.hasSuffix("ing") || tokens[verb - 1].text == "to" {
                    if let phrase = sentenceSubject(reader, from: floor, before: verb) {
                        return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
                    }
                    // A participial clause after a comma has no subject of its own.
                    if tokens[verb - 1].is(",") { verb -= 1; continue }
                }
                if let phrase = subject(before: verb, reader, floor: floor) {
                    return Attribution(phrase: phrase, block: site.block, cue: cue(reader, verb: verb))
                }
                if let phrase = reader.phrase(startingAt: verb + 1, limit: site.openStart),
                   phrase.tokens.upperBound < site.openStart, [":", ","].contains(tokens[phrase.tokens.upperBound].text) {
                    return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
                }
            }
            verb -= 1
        }
        return nil
    }
    /// `Jane Doe said. “…”`: a sentence ending in its speech verb introduces the quote after it.
    func precedingSentenceCue(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Attribution? {
        let tokens = reader.tokens
        let verb = site.openStart - 2
        guard verb >= 1, tokens[site.openStart - 1].is("."), Self.isVerb(reader, verb, allowWeak: false) else { return nil }
        let floor = Sentences.start(reader, before: verb, floor: 0)
        guard let phrase = subject(before: verb, reader, floor: floor) else { return nil }
        return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
    }
}
