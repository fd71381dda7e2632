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

    /// Words that may stand in a descriptor before a name besides offices ("talk radio host").
    static let descriptorExtras: Set<String> = ["talk", "radio", "harbour", "harbor", "presidential", "political"]

    func reader(_ block: Int) -> SpeakerPhraseReader {
        SpeakerPhraseReader(tokens: document.tokens[block], utf8: document.source.utf8)
    }
    /// Whether token `index` is one of `fillers`, lower-cased.
    @inline(__always)
    static func isFiller(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool { reader.classes(index).contains(.filler) }
    /// Whether token `index` of the reader's block is a lower-case speech verb.
    static func isVerb(_ reader: SpeakerPhraseReader, _ index: Int, allowWeak: Bool) -> Bool {
        guard reader.isWord(index), !reader.startsUppercase(index), reader.byteCount(index) >= 3,
              reader.isSpeechVerbForm(index) else { return false }
        guard allowWeak || !reader.classes(index).contains(.weakVerb) else { return false }
        // After a determiner or a possessive the word is a noun: "the report", "Obama's remarks".
        if index > 0, reader.isWord(index - 1) {
            if reader.classes(index - 1).contains(.determiner) || endsInPossessive(reader, index - 1) { return false }
        }
        return true
    }
    /// Whether token `index` lower-cased ends in "’s" or "'s".
    private static func endsInPossessive(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        let bytes = reader.tokens[index].bytes
        var ascii = true
        for offset in bytes where reader.utf8[offset] >= 0x80 { ascii = false; break }
        if ascii {
            return bytes.count >= 2 && reader.utf8[bytes.upperBound - 2] == UInt8(ascii: "'")
                && reader.utf8[bytes.upperBound - 1] | 0x20 == UInt8(ascii: "s")
        }
        let previous = reader.tokens[index].text.lowercased()
        return previous.endsWithBytes("\u{2019}s") || previous.endsWithBytes("'s")
    }
    /// Whether a speech verb follows token `index`, past a few adverbs ("Jane Doe later said").
    static func isVerbNear(_ reader: SpeakerPhraseReader, after index: Int) -> Bool {
        let count = reader.tokens.count
        var cursor = index
        while cursor < count, cursor < index + 3, reader.tokens[cursor].isWord, isFiller(reader, cursor) {
            cursor += 1
        }
        return cursor < count && isVerb(reader, cursor, allowWeak: false)
    }
    /// The cue text starting at the verb: the verb, with the addressee of "told" and a
    /// following "in a statement".
    func cue(_ reader: SpeakerPhraseReader, verb: Int) -> String {
        let tokens = reader.tokens
        var words = [tokens[verb].text]
        var index = verb + 1
        let lower = tokens[verb].text.lowercased()
        if ["told", "tells", "tell"].contains(lower), index < tokens.count, reader.isWord(index),
           !["he", "she", "that"].contains(tokens[index].text.lowercased()) {
            // The addressee: "told CNN", "told reporters", "told the BBC".
            if ["the", "a"].contains(tokens[index].text.lowercased()), index + 1 < tokens.count, reader.isWord(index + 1) {
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
        var first = start
        // Step over a short descriptor before the name: "9/11 widow Jane Doe".
        while first < limit, first < start + 4, isDescriptorToken(reader, first) { first += 1 }
        guard first < limit else { return nil }
        let phrase = reader.phrase(startingAt: first, limit: limit) ?? reader.phrase(startingAt: start, limit: limit)
        // "said MSNBC host Jane Doe", "Democratic presidential nominee Jane Doe": an organisation
        // or a descriptor, an office, then the name.
        var next = phrase?.tokens.upperBound ?? (reader.isNameWord(first) ? first + 1 : first)
        var skipped = 0
        var endsInOffice = false
        while next < limit, skipped < 3, reader.isWord(next), !reader.startsUppercase(next) {
            endsInOffice = !reader.classes(next).isDisjoint(with: [.roleNoun, .descriptor])
            next += 1
            skipped += 1
            if endsInOffice, next < limit, reader.startsUppercase(next) { break }
        }
        if skipped > 0, endsInOffice, next < limit, reader.isNameWord(next), let later = reader.phrase(startingAt: next, limit: limit),
           case .name = later.phrase {
            return later
        }
        return phrase
    }
    /// Whether a token may stand in a descriptor before a name: a number, a slash or a
    /// hyphen, or a lower-case office or descriptor word ("9/11 widow", "harbour master").
    private func isDescriptorToken(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        switch reader.tokens[index].kind {
        case .number: return true
        case .punctuation: return reader.tokens[index].is("/") || reader.tokens[index].is("-")
        case .word:
            guard !reader.startsUppercase(index) else { return false }
            return !reader.classes(index).isDisjoint(with: [.roleNoun, .descriptor, .portfolioWord, .descriptorExtra])
        }
    }
    /// The speech verb after a subject ending at `index`, past a parenthesis, an appositive
    /// between commas and adverbs.
    static func verbAfterSubject(_ reader: SpeakerPhraseReader, _ index: Int, limit: Int) -> Int? {
        let tokens = reader.tokens
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
                if reader.kind(next) == .punctuation && reader.leadByte(next) == UInt8(ascii: ","), next + 1 < limit, Self.isVerbNear(reader, after: next + 1) {
                    found = next + 1
                    break
                }
                next += 1
            }
            guard let after = found else { return nil }
            cursor = after
        }
        var skipped = 0
        while cursor < limit, skipped < 3, reader.isWord(cursor),
              Self.isFiller(reader, cursor) || reader.endsWith(cursor, "ly") {
            if Self.isVerb(reader, cursor, allowWeak: false) { break }
            cursor += 1
            skipped += 1
        }
        guard cursor < limit, Self.isVerb(reader, cursor, allowWeak: true) else { return nil }
        return cursor
    }
    /// The subject of a sentence, for a participle or infinitive that has none of its own
    /// (`Doe attacked the plan, saying “…”`): the first name or pronoun after any opening
    /// phrase that ends in a comma.
    func sentenceSubject(_ reader: SpeakerPhraseReader, from floor: Int, before end: Int) -> ParsedPhrase? {
        let tokens = reader.tokens
        var start = floor
        if start < end, reader.isWord(start), !reader.isNameWord(start) || reader.classes(start).contains(.functionWord) {
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
    func subject(before verb: Int, _ reader: SpeakerPhraseReader, floor: Int) -> ParsedPhrase? {
        let tokens = reader.tokens
        var end = verb
        var skipped = 0
        while end - 1 >= floor, skipped < 3, reader.isWord(end - 1), !reader.startsUppercase(end - 1),
              Self.isFiller(reader, end - 1) || reader.endsWith(end - 1, "ly") {
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

    /// Whether token `index` of the reader's block is a double quotation mark.
    func isQuoteMark(_ reader: SpeakerPhraseReader, _ index: Int) -> Bool {
        guard reader.kind(index) == .punctuation else { return false }
        switch reader.firstScalar(index) {
        case "\u{201C}", "\u{201D}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}": return true
        default: return false
        }
    }
}
