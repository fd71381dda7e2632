/// Rules that read the words after a quote's closing mark.
extension AttributionRules {
    /// `”, he said`, `” said Blinken`, `” Mr. Delacroix, an economist, said`, `” according to X`,
    /// `” ― Jane Doe`: a cue right after the closing mark.
    func trailingCue(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Attribution? {
        guard let closeEnd = site.closeEnd else { return nil }
        let tokens = reader.tokens
        var start = closeEnd
        var dashed = false
        while start < tokens.count, reader.kind(start) == .punctuation,
              [",", "\u{2014}", "\u{2013}", "-", "\u{2015}"].contains(tokens[start].text) {
            dashed = dashed || tokens[start].text != ","
            start += 1
        }
        guard start < tokens.count, dashed || !endsWithFullStop(site, tokens) || !reader.startsUppercase(start)
                || ["He", "She"].contains(tokens[start].text) else { return nil }
        let limit = Sentences.end(reader, after: start)
        if Self.isVerb(reader, start, allowWeak: false), !tokens[start].text.hasSuffix("ing"),
           let phrase = objectPhrase(reader, after: start + 1, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[start].text)
        }
        if tokens[start].text.lowercased() == "according", start + 1 < limit, tokens[start + 1].text == "to",
           let phrase = objectPhrase(reader, after: start + 2, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: "according to")
        }
        guard let phrase = reader.phrase(startingAt: start, limit: limit) else { return nil }
        if let verb = Self.verbAfterSubject(reader, phrase.tokens.upperBound, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: cue(reader, verb: verb))
        }
        // A credit line after a dash: `” ― Jane Doe`.
        if dashed, case .name = phrase.phrase, phrase.tokens.upperBound >= limit - 1 {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[start - 1].text)
        }
        return nil
    }
    /// The first speech verb later in the quote's sentence, with its subject:
    /// `” Tulsa police Chief Jane Doe said`, `” is held accountable, Doe said`.
    func laterCue(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Attribution? {
        guard let closeEnd = site.closeEnd else { return nil }
        let tokens = reader.tokens
        guard !endsWithFullStop(site, tokens) else { return nil }
        let limit = min(Sentences.end(reader, after: closeEnd), closeEnd + 30)
        var verb = closeEnd
        while verb < limit {
            if isQuoteMark(reader, verb) { return nil }
            if Self.isVerb(reader, verb, allowWeak: false) {
                if tokens[verb].text.hasSuffix("ing") {
                    let start = Sentences.start(reader, before: site.openStart, floor: 0)
                    guard let phrase = sentenceSubject(reader, from: start, before: site.openStart) else { return nil }
                    return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
                }
                guard let phrase = subject(before: verb, reader, floor: closeEnd) else { return nil }
                return Attribution(phrase: phrase, block: site.block, cue: cue(reader, verb: verb))
            }
            verb += 1
        }
        return nil
    }
}
