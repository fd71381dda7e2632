/// Rules that read the quote's paragraph as a whole, or the one before it.
extension AttributionRules {
    /// Whether no sentence ends between two quotes of one block.
    func shareSentence(_ earlier: QuoteSite, _ later: QuoteSite, _ reader: SpeakerPhraseReader) -> Bool {
        guard earlier.block == later.block, let from = earlier.closeEnd, from <= later.openStart else { return false }
        // The earlier quote may itself end its sentence (`timing.”`).
        if !earlier.content.isEmpty, Sentences.endsSentence(reader, earlier.content.upperBound - 1) { return false }
        for index in from..<later.openStart where Sentences.endsSentence(reader, index) { return false }
        return true
    }
    /// Whether the quote opens its sentence (nothing but other quotes before it).
    func opensSentence(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Bool {
        guard site.openStart > 0 else { return true }
        return Sentences.endsSentence(reader, site.openStart - 1) || isQuoteMark(reader, site.openStart - 1)
    }
    /// `PENCE: Well, …` in a transcript: the speaker's label opens the quote.
    func transcriptLabel(_ site: QuoteSite, _ reader: SpeakerPhraseReader) -> Attribution? {
        let tokens = reader.tokens
        var index = site.content.lowerBound
        while index < site.content.upperBound, index < site.content.lowerBound + 3,
              reader.isWord(index), reader.isAllCapsWord(index) { index += 1 }
        guard index > site.content.lowerBound, index < site.content.upperBound, tokens[index].is(":") else { return nil }
        let words = tokens[site.content.lowerBound..<index].map { word -> String in
            word.text.prefix(1) + word.text.dropFirst().lowercased()
        }
        let phrase = ParsedPhrase(phrase: .name(words.joined(separator: " "), gender: nil),
                                  tokens: site.content.lowerBound..<index)
        return Attribution(phrase: phrase, block: site.block, cue: ":")
    }
    /// `Okafor continued:` ending the paragraph before a quote paragraph, or a speaker named
    /// as the subject of a speech verb in the sentence just before a stand-alone quote.
    func previousParagraph(_ site: QuoteSite, previousBlock: Int, _ reader: SpeakerPhraseReader) -> Attribution? {
        let tokens = reader.tokens
        guard let last = tokens.indices.last else { return nil }
        let endsInColon = tokens[last].is(":")
        let sentenceStart = Sentences.start(reader, before: endsInColon ? last : max(0, last), floor: 0)
        // Only text outside quotes counts.
        var floor = sentenceStart
        for index in sentenceStart...last where isQuoteMark(reader, index) { floor = index + 1 }
        guard floor <= last else { return nil }
        var verb = floor
        while verb <= last {
            if Self.isVerb(reader, verb, allowWeak: endsInColon),
               let phrase = subject(before: verb, reader, floor: floor) {
                return Attribution(phrase: phrase, block: previousBlock, cue: cue(reader, verb: verb))
            }
            verb += 1
        }
        return nil
    }
}
