/// What a speaker phrase next to a speech verb names.
enum SpeakerPhrase: Sendable, Equatable {
    /// A proper name as written, without titles ("Antony Blinken", "Blinken").
    case name(String, gender: Gender?)
    /// A personal pronoun ("he", "she").
    case pronoun(Gender?)
    /// An office held by a person ("president", "prime minister").
    case role(String)
    /// An organisation, group or document ("the ministry", "a joint statement").
    case other(String)
}

/// A speaker phrase with the tokens it covers.
struct ParsedPhrase: Sendable {
    /// What the phrase names.
    var phrase: SpeakerPhrase
    /// The phrase's tokens in its block.
    var tokens: Range<Int>
}

/// Reads speaker phrases from a block's tokens, forwards from where a phrase starts
/// (`said Mr. Delacroix`, `” he said`) or backwards from where it ends (`Biden said`).
struct SpeakerPhraseReader {
    /// The block's tokens.
    let tokens: [Token]

    /// The lower-cased text of token `index`.
    func word(_ index: Int) -> String { tokens[index].text.lowercased() }

    /// Whether token `index` is a title or an initial that takes a full stop ("Mr.", "E.").
    func isAbbreviation(_ index: Int) -> Bool {
        guard tokens[index].isWord, tokens[index].text.utf8.count <= 5 else { return false }
        if tokens[index].text.unicodeScalars.count == 1, tokens[index].startsUppercase { return true }
        let lower = tokens[index].text.lowercased()
        return SpeechLexicon.courtesyTitles[lower] != nil || Self.abbreviations.contains(lower)
    }

    /// Whether token `index` can be part of a capitalised name.
    /// Inlined so that the token is read in place rather than copied (a retain and a
    /// release per call, on nearly every token).
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        tokens[index].isWord && tokens[index].startsUppercase
    }

    /// Short words other than titles that take a full stop inside names and addresses.
    static let abbreviations: Set<String> = ["st", "jr", "sr", "gen", "lt", "no", "u", "s", "mt", "ft"]

    /// Lower-case particles found inside names ("Ludwig van Beethoven").
    static let nameParticles: Set<String> = ["de", "da", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "dos", "del", "di"]

    // MARK: Forwards

    /// The phrase starting at token `start`, if one does.
    func phrase(startingAt start: Int, limit: Int) -> ParsedPhrase? {
        guard start < limit else { return nil }
        let first = tokens[start]
        guard first.isWord else { return nil }
        let lower = first.text.lowercased()
        if let gender = SpeechLexicon.pronouns[lower], lower == "he" || lower == "she" {
            return ParsedPhrase(phrase: .pronoun(gender), tokens: start..<(start + 1))
        }
        if SpeechLexicon.determiners.contains(lower), !first.isCapitalized || lower == "the" {
            if let phrase = nounPhrase(from: start, limit: limit) { return phrase }
        }
        if first.isCapitalized { return namePhrase(from: start, limit: limit) }
        if SpeechLexicon.otherNouns.contains(lower), lower.hasSuffix("s") {
            return ParsedPhrase(phrase: .other(first.text), tokens: start..<(start + 1))
        }
        return nil
    }

    /// A capitalised name read forwards from `start`.
    private func namePhrase(from start: Int, limit: Int) -> ParsedPhrase? {
        var end = start
        while end < limit {
            if isNameWord(end) {
                end += 1
                if end < limit, tokens[end].is("."), !tokens[end].spaceBefore, isAbbreviation(end - 1) { end += 1 }
                continue
            }
            if tokens[end].isWord, Self.nameParticles.contains(word(end)), end > start,
               end + 1 < limit, isNameWord(end + 1) {
                end += 1
                continue
            }
            break
        }
        guard end > start else { return nil }
        return classify(start..<end)
    }

    /// A determiner-led noun phrase read forwards ("the ministry", "a spokesman").
    private func nounPhrase(from start: Int, limit: Int) -> ParsedPhrase? {
        var index = start + 1
        while index < limit, index <= start + 5, tokens[index].isWord {
            let lower = word(index)
            if SpeechLexicon.roleNouns.contains(lower) || SpeechLexicon.otherNouns.contains(lower) {
                // Take the longest head: "the prime minister", "the ministry of defence" stops at the head.
                var end = index + 1
                while end < limit, end <= start + 5, tokens[end].isWord,
                      SpeechLexicon.roleNouns.contains(word(end)) || SpeechLexicon.otherNouns.contains(word(end)) {
                    end += 1
                }
                return classifyNoun(start..<end)
            }
            index += 1
        }
        if let name = namePhrase(from: start + 1, limit: limit), name.tokens.upperBound > start + 1 {
            // "the Kremlin", "the New York Times": a named organisation.
            return ParsedPhrase(phrase: .other(text(start..<name.tokens.upperBound)), tokens: start..<name.tokens.upperBound)
        }
        return nil
    }

    // MARK: Backwards

    /// The phrase ending just before token `end` (exclusive), reading back no further than
    /// `floor`, if one does.
    func phrase(endingBefore end: Int, floor: Int) -> ParsedPhrase? {
        var last = end - 1
        guard last >= floor else { return nil }
        // Step over a parenthesis after a name: "Rep. Jane Doe (D-Wis.)".
        if tokens[last].is(")") {
            var index = last - 1
            while index >= floor, !tokens[index].is("(") { index -= 1 }
            guard index > floor else { return nil }
            last = index - 1
        }
        let token = tokens[last]
        guard token.isWord else { return nil }
        let lower = token.text.lowercased()
        if lower == "he" || lower == "she", let gender = SpeechLexicon.pronouns[lower] {
            return ParsedPhrase(phrase: .pronoun(gender), tokens: last..<(last + 1))
        }
        if token.isCapitalized {
            var start = last
            while start > floor {
                let previous = start - 1
                if isNameWord(previous) { start = previous; continue }
                if tokens[previous].is("."), previous > floor, isAbbreviation(previous - 1), isNameWord(previous - 1) {
                    start = previous - 1
                    continue
                }
                if tokens[previous].isWord, Self.nameParticles.contains(word(previous)), previous > floor,
                   isNameWord(previous - 1) {
                    start = previous - 1
                    continue
                }
                break
            }
            // Drop sentence-opening function words: "But Mr. Obama said".
            while start < last, SpeechLexicon.capitalisedFunctionWords.contains(word(start)) { start += 1 }
            let stop = last + 1 < tokens.count && tokens[last + 1].is(".") && isAbbreviation(last) ? last + 2 : last + 1
            if start > floor, ["the", "a", "an"].contains(word(start - 1)) {
                return ParsedPhrase(phrase: .other(text((start - 1)..<stop)), tokens: (start - 1)..<stop)
            }
            if SpeechLexicon.capitalisedFunctionWords.contains(word(start)) { return nil }
            return classify(start..<stop)
        }
        // A lower-case head: "the president", "a joint statement", "officials".
        guard SpeechLexicon.roleNouns.contains(lower) || SpeechLexicon.otherNouns.contains(lower) else { return nil }
        var start = last
        while start > floor, start > last - 5 {
            let previous = start - 1
            guard tokens[previous].isWord else { break }
            start = previous
            if SpeechLexicon.determiners.contains(word(previous)) { return classifyNoun(start..<(last + 1)) }
        }
        if lower.hasSuffix("s"), !SpeechLexicon.roleNouns.contains(lower) {
            return ParsedPhrase(phrase: .other(token.text), tokens: last..<(last + 1))
        }
        return nil
    }

    // MARK: Classification

    /// The source text of a token range, single-spaced.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound, tokens[index].spaceBefore { result += " " }
            result += tokens[index].text
        }
        return result
    }

    /// Whether a word may stand in a title before a name ("Energy", "MBTA", "Council").
    private func isTitleWord(_ index: Int) -> Bool {
        let lower = word(index)
        return SpeechLexicon.roleNouns.contains(lower) || NameWords.titles.contains(lower)
            || SpeechLexicon.portfolioWords.contains(lower) || SpeechLexicon.descriptors.contains(lower)
            || SpeechLexicon.otherNouns.contains(lower) || SpeechLexicon.courtesyTitles[lower] != nil
            || (tokens[index].isAllCaps && tokens[index].text.count > 1)
    }

    /// Whether the office word at position `position` of `words` heads a title: every word
    /// before it belongs to the title too ("Foreign Minister", "European Council President"),
    /// unlike a surname that happens to be an office ("Dana King").
    private func headsTitle(_ words: [Int], _ position: Int, from start: Int) -> Bool {
        var sawOrganisation = false
        var index = position - 1
        while index >= start {
            let lower = word(words[index])
            if SpeechLexicon.otherNouns.contains(lower) { sawOrganisation = true }
            if !isTitleWord(words[index]), !sawOrganisation { return false }
            index -= 1
        }
        return true
    }

    /// Classifies a capitalised phrase as a person's name (titles dropped) or an organisation.
    func classify(_ range: Range<Int>) -> ParsedPhrase? {
        var words = range.filter { tokens[$0].isWord }
        while let last = words.last, words.count > 1, SpeechLexicon.nameSuffixes.contains(word(last)) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        var gender: Gender? = nil
        var start = 0
        // Sentence openers and descriptors before the name: "But Mr. Obama", "Rival Jane Doe".
        while start < words.count - 1, SpeechLexicon.capitalisedFunctionWords.contains(word(words[start]))
            || SpeechLexicon.descriptors.contains(word(words[start])) { start += 1 }
        let titleStart = start
        for position in start..<(words.count - 1) {
            let lower = word(words[position])
            if let title = SpeechLexicon.courtesyTitles[lower] {
                gender = title ?? gender
                start = position + 1
            } else if (SpeechLexicon.roleNouns.contains(lower) || NameWords.titles.contains(lower)),
                      !SpeechLexicon.surnameLikeOffices.contains(lower) || headsTitle(words, position, from: titleStart) {
                start = position + 1
            }
        }
        // "State John Kerry" left over from "Secretary of State": a portfolio word before a full name.
        if start == titleStart, words.count - start >= 3, SpeechLexicon.portfolioWords.contains(word(words[start])) {
            start += 1
        }
        let name = Array(words[start...])
        if name.contains(where: { SpeechLexicon.otherNouns.contains(word($0)) })
            || (name.count == 1 && tokens[name[0]].isAllCaps && tokens[name[0]].text.count > 1) {
            return ParsedPhrase(phrase: .other(text(range)), tokens: range)
        }
        guard let first = name.first, let last = name.last else { return nil }
        if name.count == 1, SpeechLexicon.capitalisedFunctionWords.contains(word(first))
            || SpeechLexicon.descriptors.contains(word(first)) { return nil }
        return ParsedPhrase(phrase: .name(text(first..<(last + 1)), gender: gender), tokens: range)
    }

    /// Classifies a determiner-led phrase by its head noun.
    private func classifyNoun(_ range: Range<Int>) -> ParsedPhrase? {
        guard let head = range.last(where: { tokens[$0].isWord }) else { return nil }
        let lower = word(head)
        if SpeechLexicon.roleNouns.contains(lower), !SpeechLexicon.otherNouns.contains(lower) {
            let words = range.dropFirst().filter { tokens[$0].isWord }.map { word($0) }
            return ParsedPhrase(phrase: .role(words.joined(separator: " ")), tokens: range)
        }
        return ParsedPhrase(phrase: .other(text(range)), tokens: range)
    }
}

extension Token {
    /// Whether the token starts with an upper-case letter, checking ASCII bytes first
    /// since attribution asks this of nearly every token.
    @inline(__always)
    var startsUppercase: Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return isCapitalized
    }
}

extension Token {
    /// Whether the token is the ASCII mark `byte`. A punctuation token is one scalar, and an
    /// ASCII first byte is that whole scalar, so one byte answers what `is(_:)` asks through
    /// the scalar view — in scans that test every token of a sentence.
    @inline(__always)
    func isASCIIMark(_ byte: UInt8) -> Bool {
        kind == .punctuation && text.utf8.first == byte
    }
}

extension String {
    /// `hasSuffix` for suffixes made of scalars that never join a neighbour into one
    /// grapheme ("ly", "'s", "’s"), compared on UTF-8 bytes: `hasSuffix` compares grapheme
    /// by grapheme and showed up in profiles of attribution, which asks it of most words.
    func endsWithBytes(_ suffix: StaticString) -> Bool {
        let bytes = utf8
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return suffix.withUTF8Buffer { tail in bytes.suffix(count).elementsEqual(tail) }
    }
}
