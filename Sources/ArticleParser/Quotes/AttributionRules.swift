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

    /// Whether `text` lowercased is one of `fillers`.
    static func isFiller(_ text: String) -> Bool { fillers.contains(text.lowercased()) }

    func reader(_ block: Int) -> SpeakerPhraseReader { SpeakerPhraseReader(tokens: document.tokens[block]) }
    /// Whether token `index` of `tokens` is a lower-case speech verb.
    static func isVerb(_ tokens: [Token], _ index: Int, allowWeak: Bool) -> Bool {
        guard tokens[index].isWord, !tokens[index].startsUppercase, tokens[index].text.utf8.count >= 3 else { return false }
        let lower = tokens[index].text.lowercased()
        guard SpeechLexicon.isSpeechVerb(lowercased: lower) else { return false }
        guard allowWeak || !SpeechLexicon.weakVerbs.contains(lower) else { return false }
        // After a determiner or a possessive the word is a noun: "the report", "Obama's remarks".
        if index > 0, tokens[index - 1].isWord {
            let previous = tokens[index - 1].text.lowercased()
            if SpeechLexicon.determiners.contains(previous) || previous.endsWithBytes("\u{2019}s") || previous.endsWithBytes("'s") {
                return false
            }
        }
        return true
    }
    /// Whether a speech verb follows token `index`, past a few adverbs ("Jane Doe later said").
    static func isVerbNear(_ tokens: [Token], after index: Int) -> Bool {
        var cursor = index
        while cursor < tokens.count, cursor < index + 3, tokens[cursor].isWord, isFiller(tokens[cursor].text) {
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
        while first < limit, first < start + 4, isDescriptorToken(tokens[first]) { first += 1 }
        guard first < limit else { return nil }
        let phrase = reader.phrase(startingAt: first, limit: limit) ?? reader.phrase(startingAt: start, limit: limit)
        // "said MSNBC host Jane Doe", "Democratic presidential nominee Jane Doe": an organisation
        // or a descriptor, an office, then the name.
        var next = phrase?.tokens.upperBound ?? (reader.isNameWord(first) ? first + 1 : first)
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
    /// Whether a token may stand in a descriptor before a name: a number, a slash or a
    /// hyphen, or a lower-case office or descriptor word ("9/11 widow", "harbour master").
    private func isDescriptorToken(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return true
        case .punctuation: return token.is("/") || token.is("-")
        case .word:
            guard !token.startsUppercase else { return false }
            let lower = token.text.lowercased()
            return SpeechLexicon.roleNouns.contains(lower) || SpeechLexicon.descriptors.contains(lower)
                || SpeechLexicon.portfolioWords.contains(lower) || ["talk", "radio", "harbour", "harbor", "presidential", "political"].contains(lower)
        }
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
                if tokens[next].isASCIIMark(UInt8(ascii: ",")), next + 1 < limit, Self.isVerbNear(tokens, after: next + 1) {
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
              Self.isFiller(tokens[cursor].text) || tokens[cursor].text.endsWithBytes("ly") {
            if Self.isVerb(tokens, cursor, allowWeak: false) { break }
            cursor += 1
            skipped += 1
        }
        guard cursor < limit, Self.isVerb(tokens, cursor, allowWeak: true) else { return nil }
        return cursor
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
              Self.isFiller(tokens[end - 1].text) || tokens[end - 1].text.endsWithBytes("ly") {
            end -= 1
            skipped += 1
        }
        if end - 1 >= floor, tokens[end - 1].is(",") {
            // "Jane Doe, of Springfield, Va., said": the leftmost comma that follows a name.
            var best: ParsedPhrase? = nil
            var comma = end - 1
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

    /// Whether a token is a double quotation mark.
    func isQuoteMark(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.firstScalar {
        case "\u{201C}", "\u{201D}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}": return true
        default: return false
        }
    }
}
