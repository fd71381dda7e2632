/// A speaker phrase found for a quote, with the cue that ties it to the quote.
struct Attribution: Sendable {
    /// The phrase naming the speaker.
    var phrase: ParsedPhrase
    /// The block the phrase is in.
    var block: Int
    /// The speech verb or phrase ("said", "told CNN", "according to").
    var cue: String
}

/// The attribution patterns, each a small rule reading the tokens around one quote.
///
/// Every rule returns nil rather than guess; the attributor tries them in order and shares
/// speakers between quotes afterwards (same paragraph, continued paragraphs).
struct AttributionRules {
    /// The document being attributed.
    let document: Document

    /// Auxiliaries and adverbs that may stand between a speaker and the verb ("he later said").
    static let fillers: Set<String> = [
        "also", "later", "then", "has", "had", "have", "would", "will", "once", "again", "recently",
        "previously", "further", "often", "simply", "just", "only", "still", "quickly",
        "finally", "earlier", "repeatedly", "reportedly", "publicly", "privately", "flatly",
        "firmly", "tersely", "bluntly", "frequently", "subsequently", "separately",
    ]

    private func reader(_ block: Int) -> SpeakerPhraseReader { SpeakerPhraseReader(tokens: document.tokens[block]) }

    /// Whether token `index` of `tokens` is a lower-case speech verb.
    static func isVerb(_ tokens: [Token], _ index: Int, allowWeak: Bool) -> Bool {
        guard tokens[index].isWord, !tokens[index].startsUppercase, tokens[index].text.utf8.count >= 3 else { return false }
        let lower = tokens[index].text.lowercased()
        guard SpeechLexicon.isSpeechVerb(lowercased: lower) else { return false }
        guard allowWeak || !SpeechLexicon.weakVerbs.contains(lower) else { return false }
        // After a determiner or a possessive the word is a noun: "the report", "Obama's remarks".
        if index > 0, tokens[index - 1].isWord {
            let previous = tokens[index - 1].text.lowercased()
            if SpeechLexicon.determiners.contains(previous) || previous.hasSuffix("\u{2019}s") || previous.hasSuffix("'s") {
                return false
            }
        }
        return true
    }

    /// Whether a speech verb follows token `index`, past a few adverbs ("Jane Doe later said").
    static func isVerbNear(_ tokens: [Token], after index: Int) -> Bool {
        var cursor = index
        while cursor < tokens.count, cursor < index + 3, tokens[cursor].isWord, fillers.contains(tokens[cursor].text.lowercased()) {
            cursor += 1
        }
        return cursor < tokens.count && isVerb(tokens, cursor, allowWeak: false)
    }

    /// The cue text starting at the verb: the verb, with the addressee of "told" and a
    /// following "in a statement".
    func cue(_ block: Int, verb: Int) -> String {
        let tokens = document.tokens[block]
        var words = [tokens[verb].text]
        var index = verb + 1
        let lower = tokens[verb].text.lowercased()
        if ["told", "tells", "tell"].contains(lower), index < tokens.count, tokens[index].isWord,
           !["he", "she", "that"].contains(tokens[index].text.lowercased()) {
            // The addressee: "told CNN", "told reporters", "told the BBC".
            if ["the", "a"].contains(tokens[index].text.lowercased()), index + 1 < tokens.count, tokens[index + 1].isWord {
                words.append(tokens[index].text)
                index += 1
            }
            words.append(tokens[index].text)
            index += 1
        }
        if index + 2 < tokens.count, tokens[index].text == "in", ["a", "the"].contains(tokens[index + 1].text.lowercased()),
           ["statement", "interview", "post", "tweet", "email", "letter", "speech"].contains(tokens[index + 2].text.lowercased()) {
            words += tokens[index...(index + 2)].map(\.text)
        }
        return words.joined(separator: " ")
    }

    // MARK: Rules

    /// `”, he said`, `” said Blinken`, `” Mr. Burman, an economist, said`, `” according to X`,
    /// `” ― Jane Doe`: a cue right after the closing mark.
    func trailingCue(_ site: QuoteSite) -> Attribution? {
        guard let closeEnd = site.closeEnd else { return nil }
        let tokens = document.tokens[site.block]
        let reader = reader(site.block)
        var start = closeEnd
        var dashed = false
        while start < tokens.count, tokens[start].kind == .punctuation,
              [",", "\u{2014}", "\u{2013}", "-", "\u{2015}"].contains(tokens[start].text) {
            dashed = dashed || tokens[start].text != ","
            start += 1
        }
        guard start < tokens.count, dashed || !endsWithFullStop(site, tokens) || !tokens[start].startsUppercase
                || ["He", "She"].contains(tokens[start].text) else { return nil }
        let limit = Sentences.end(tokens, after: start, reader: reader)
        if Self.isVerb(tokens, start, allowWeak: false), let phrase = objectPhrase(reader, after: start + 1, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[start].text)
        }
        if tokens[start].text.lowercased() == "according", start + 1 < limit, tokens[start + 1].text == "to",
           let phrase = objectPhrase(reader, after: start + 2, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: "according to")
        }
        guard let phrase = reader.phrase(startingAt: start, limit: limit) else { return nil }
        if let verb = Self.verbAfterSubject(tokens, phrase.tokens.upperBound, limit: limit) {
            return Attribution(phrase: phrase, block: site.block, cue: cue(site.block, verb: verb))
        }
        // A credit line after a dash: `” ― Jane Doe`.
        if dashed, case .name = phrase.phrase, phrase.tokens.upperBound >= limit - 1 {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[start - 1].text)
        }
        return nil
    }

    /// Whether the quote's last word is followed by a full stop inside the marks (`timing.”`).
    func endsWithFullStop(_ site: QuoteSite, _ tokens: [Token]) -> Bool {
        site.content.upperBound > site.content.lowerBound && tokens[site.content.upperBound - 1].is(".")
    }

    /// The speaker after a verb that comes first: `said Jane Doe`, `said MSNBC host Jane Doe`,
    /// `said the ministry`.
    func objectPhrase(_ reader: SpeakerPhraseReader, after start: Int, limit: Int) -> ParsedPhrase? {
        let tokens = reader.tokens
        var first = start
        // Step over a short descriptor before the name: "9/11 widow Jane Doe".
        while first < limit, first < start + 4, !(tokens[first].isWord && tokens[first].startsUppercase),
              !SpeechLexicon.determiners.contains(tokens[first].text.lowercased()),
              !["he", "she"].contains(tokens[first].text.lowercased()), !tokens[first].is(",") { first += 1 }
        guard first < limit, let phrase = reader.phrase(startingAt: first, limit: limit) ?? reader.phrase(startingAt: start, limit: limit)
        else { return nil }
        // "said MSNBC host Jane Doe": an organisation, an office, then the name.
        var next = phrase.tokens.upperBound
        var skipped = 0
        var endsInOffice = false
        while next < limit, skipped < 3, tokens[next].isWord, !tokens[next].startsUppercase {
            let lower = tokens[next].text.lowercased()
            endsInOffice = SpeechLexicon.roleNouns.contains(lower) || SpeechLexicon.descriptors.contains(lower)
            next += 1
            skipped += 1
            if endsInOffice, next < limit, tokens[next].startsUppercase { break }
        }
        if skipped > 0, endsInOffice, next < limit, reader.isNameWord(next), let later = reader.phrase(startingAt: next, limit: limit),
           case .name = later.phrase {
            return later
        }
        return phrase
    }

    /// The first speech verb later in the quote's sentence, with its subject:
    /// `” Tulsa police Chief Jane Doe said`, `” is held accountable, Doe said`.
    func laterCue(_ site: QuoteSite) -> Attribution? {
        guard let closeEnd = site.closeEnd else { return nil }
        let tokens = document.tokens[site.block]
        guard !endsWithFullStop(site, tokens) else { return nil }
        let reader = reader(site.block)
        let limit = min(Sentences.end(tokens, after: closeEnd, reader: reader), closeEnd + 30)
        var verb = closeEnd
        while verb < limit {
            if isQuoteMark(tokens[verb]) { return nil }
            if Self.isVerb(tokens, verb, allowWeak: false) {
                if tokens[verb].text.hasSuffix("ing") {
                    let start = Sentences.start(tokens, before: site.openStart, floor: 0, reader: reader)
                    guard let phrase = sentenceSubject(site.block, from: start, before: site.openStart) else { return nil }
                    return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
                }
                guard let phrase = subject(before: verb, in: site.block, floor: closeEnd) else { return nil }
                return Attribution(phrase: phrase, block: site.block, cue: cue(site.block, verb: verb))
            }
            verb += 1
        }
        return nil
    }

    /// The speech verb after a subject ending at `index`, past a parenthesis, an appositive
    /// between commas and adverbs.
    static func verbAfterSubject(_ tokens: [Token], _ index: Int, limit: Int) -> Int? {
        var cursor = index
        if cursor < limit, tokens[cursor].is("(") {
            while cursor < limit, !tokens[cursor].is(")") { cursor += 1 }
            cursor += 1
        }
        if cursor < limit, tokens[cursor].is(",") {
            // An appositive, perhaps of several parts: "Jane Doe, a fellow at the institute,
            // one of the plan's critics, said". The verb follows one of its commas.
            var next = cursor + 1
            var found: Int? = nil
            while next < limit, next <= cursor + 40 {
                if tokens[next].is(","), next + 1 < limit, Self.isVerbNear(tokens, after: next + 1) {
                    found = next + 1
                    break
                }
                next += 1
            }
            guard let after = found else { return nil }
            cursor = after
        }
        var skipped = 0
        while cursor < limit, skipped < 3, tokens[cursor].isWord,
              Self.fillers.contains(tokens[cursor].text.lowercased()) || tokens[cursor].text.hasSuffix("ly") {
            if Self.isVerb(tokens, cursor, allowWeak: false) { break }
            cursor += 1
            skipped += 1
        }
        guard cursor < limit, Self.isVerb(tokens, cursor, allowWeak: true) else { return nil }
        return cursor
    }

    /// `Biden said:`, `X said Blinken will work to “ensure…”`, `she added the words, “…”`:
    /// the nearest speech verb before the quote in its sentence, with its subject.
    func leadingCue(_ site: QuoteSite) -> Attribution? {
        let tokens = document.tokens[site.block]
        let reader = reader(site.block)
        var floor = Sentences.start(tokens, before: site.openStart, floor: 0, reader: reader)
        // Never read back past another quote's mark.
        var cursor = site.openStart - 1
        while cursor >= floor {
            if isQuoteMark(tokens[cursor]) { floor = cursor + 1; break }
            cursor -= 1
        }
        if floor + 1 < site.openStart, tokens[floor].text.lowercased() == "according", tokens[floor + 1].text == "to",
           let phrase = objectPhrase(reader, after: floor + 2, limit: site.openStart) {
            return Attribution(phrase: phrase, block: site.block, cue: "according to")
        }
        // A verb that opens its sentence: "Said Jane Doe: “…”".
        if floor + 1 < site.openStart, tokens[floor].startsUppercase,
           SpeechLexicon.speechVerbs.contains(tokens[floor].text.lowercased()),
           let phrase = reader.phrase(startingAt: floor + 1, limit: site.openStart) {
            return Attribution(phrase: phrase, block: site.block, cue: tokens[floor].text)
        }
        var verb = site.openStart - 1
        while verb >= floor {
            if Self.isVerb(tokens, verb, allowWeak: true) {
                if verb > floor, tokens[verb].text.hasSuffix("ing") || tokens[verb - 1].text == "to",
                   let phrase = sentenceSubject(site.block, from: floor, before: verb) {
                    return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
                }
                if let phrase = subject(before: verb, in: site.block, floor: floor) {
                    return Attribution(phrase: phrase, block: site.block, cue: cue(site.block, verb: verb))
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
    func precedingSentenceCue(_ site: QuoteSite) -> Attribution? {
        let tokens = document.tokens[site.block]
        let verb = site.openStart - 2
        guard verb >= 1, tokens[site.openStart - 1].is("."), Self.isVerb(tokens, verb, allowWeak: false) else { return nil }
        let reader = reader(site.block)
        let floor = Sentences.start(tokens, before: verb, floor: 0, reader: reader)
        guard let phrase = subject(before: verb, in: site.block, floor: floor) else { return nil }
        return Attribution(phrase: phrase, block: site.block, cue: tokens[verb].text)
    }

    /// Whether no sentence ends between two quotes of one block.
    func shareSentence(_ earlier: QuoteSite, _ later: QuoteSite) -> Bool {
        guard earlier.block == later.block, let from = earlier.closeEnd, from <= later.openStart else { return false }
        let tokens = document.tokens[later.block]
        let reader = reader(later.block)
        // The earlier quote may itself end its sentence (`timing.”`).
        if !earlier.content.isEmpty, Sentences.endsSentence(tokens, earlier.content.upperBound - 1, reader: reader) { return false }
        for index in from..<later.openStart where Sentences.endsSentence(tokens, index, reader: reader) { return false }
        return true
    }

    /// Whether the quote opens its sentence (nothing but other quotes before it).
    func opensSentence(_ site: QuoteSite) -> Bool {
        let tokens = document.tokens[site.block]
        guard site.openStart > 0 else { return true }
        return Sentences.endsSentence(tokens, site.openStart - 1, reader: reader(site.block))
            || isQuoteMark(tokens[site.openStart - 1])
    }

    /// The subject of a sentence, for a participle or infinitive that has none of its own
    /// (`Doe attacked the plan, saying “…”`): the first name or pronoun after any opening
    /// phrase that ends in a comma.
    func sentenceSubject(_ block: Int, from floor: Int, before end: Int) -> ParsedPhrase? {
        let tokens = document.tokens[block]
        let reader = reader(block)
        var start = floor
        if start < end, tokens[start].isWord, !reader.isNameWord(start) || SpeechLexicon.capitalisedFunctionWords.contains(reader.word(start)) {
            var comma = start
            while comma < end, comma < start + 12, !tokens[comma].is(",") { comma += 1 }
            if comma < end, tokens[comma].is(",") { start = comma + 1 }
        }
        guard let phrase = objectPhrase(reader, after: start, limit: end) else { return nil }
        if case .other = phrase.phrase { return nil }
        return phrase
    }

    /// The subject of the verb at `verb`, read backwards past adverbs, an appositive and a
    /// parenthesis.
    func subject(before verb: Int, in block: Int, floor: Int) -> ParsedPhrase? {
        let tokens = document.tokens[block]
        let reader = reader(block)
        var end = verb
        var skipped = 0
        while end - 1 >= floor, skipped < 3, tokens[end - 1].isWord, !tokens[end - 1].startsUppercase,
              Self.fillers.contains(tokens[end - 1].text.lowercased()) || tokens[end - 1].text.hasSuffix("ly") {
            end -= 1
            skipped += 1
        }
        if end - 1 >= floor, tokens[end - 1].is(",") {
            // "Jane Doe, of Springfield, Va., said": the leftmost comma that follows a name.
            var best: ParsedPhrase? = nil
            var comma = end - 2
            while comma >= floor, comma >= end - 40 {
                if tokens[comma].is(","), let phrase = reader.phrase(endingBefore: comma, floor: floor) {
                    if case .name = phrase.phrase { best = phrase } else if best == nil { best = phrase }
                }
                comma -= 1
            }
            return best
        }
        return reader.phrase(endingBefore: end, floor: floor)
    }

    /// `PENCE: Well, …` in a transcript: the speaker's label opens the quote.
    func transcriptLabel(_ site: QuoteSite) -> Attribution? {
        let tokens = document.tokens[site.block]
        var index = site.content.lowerBound
        while index < site.content.upperBound, index < site.content.lowerBound + 3,
              tokens[index].isWord, tokens[index].isAllCaps, tokens[index].text.count > 1 { index += 1 }
        guard index > site.content.lowerBound, index < site.content.upperBound, tokens[index].is(":") else { return nil }
        let words = tokens[site.content.lowerBound..<index].map { word -> String in
            word.text.prefix(1) + word.text.dropFirst().lowercased()
        }
        let phrase = ParsedPhrase(phrase: .name(words.joined(separator: " "), gender: nil),
                                  tokens: site.content.lowerBound..<index)
        return Attribution(phrase: phrase, block: site.block, cue: ":")
    }

    /// `Caddell continued:` ending the paragraph before a quote paragraph, or a speaker named
    /// as the subject of a speech verb in the sentence just before a stand-alone quote.
    func previousParagraph(_ site: QuoteSite, previousBlock: Int) -> Attribution? {
        let tokens = document.tokens[previousBlock]
        guard let last = tokens.indices.last else { return nil }
        let reader = reader(previousBlock)
        let endsInColon = tokens[last].is(":")
        let sentenceStart = Sentences.start(tokens, before: endsInColon ? last : max(0, last), floor: 0, reader: reader)
        // Only text outside quotes counts.
        var floor = sentenceStart
        for index in sentenceStart...last where isQuoteMark(tokens[index]) { floor = index + 1 }
        guard floor <= last else { return nil }
        var verb = floor
        while verb <= last {
            if Self.isVerb(tokens, verb, allowWeak: endsInColon),
               let phrase = subject(before: verb, in: previousBlock, floor: floor) {
                return Attribution(phrase: phrase, block: previousBlock, cue: cue(previousBlock, verb: verb))
            }
            verb += 1
        }
        return nil
    }

    private func isQuoteMark(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.firstScalar {
        case "\u{201C}", "\u{201D}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}": return true
        default: return false
        }
    }
}
