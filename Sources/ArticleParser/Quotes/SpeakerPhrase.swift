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
    var tokens: [Token]
    /// The document's UTF-8 bytes, which the tokens' byte ranges index: word tests read a
    /// token's bytes in place instead of lower-casing its text into a new string.
    let utf8: [UInt8]
    /// The word lists, as one table.
    let table: WordClassTable

    /// A reader of `tokens`, whose byte ranges index `utf8`.
    init(tokens: [Token], utf8: [UInt8]) {
        self.tokens = tokens
        self.utf8 = utf8
        self.table = WordClassTable.shared
    }

    /// The lower-cased text of token `index`.
    func word(_ index: Int) -> String { tokens[index].text.lowercased() }

    /// The word lists that token `index`, lower-cased, belongs to.
    @inline(__always)
    func classes(_ index: Int) -> WordClass {
        let bytes = bytes(index)
        return utf8.withUnsafeBufferPointer { table.classes($0, bytes) }
    }

    /// Whether token `index`, lower-cased, is a speech verb, counting -ing forms.
    func isSpeechVerbForm(_ index: Int) -> Bool {
        let bytes = bytes(index)
        return utf8.withUnsafeBufferPointer { table.isSpeechVerb($0, bytes) }
    }

    /// The first byte of token `index` (every token has at least one).
    @inline(__always)
    func leadByte(_ index: Int) -> UInt8 { utf8[bytes(index).lowerBound] }

    /// Whether token `index` ends in the bytes of `suffix`: `text.endsWithBytes` without
    /// touching the token's string.
    @inline(__always)
    func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
        let bytes = bytes(index)
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return suffix.withUTF8Buffer { tail in
            var offset = 0
            while offset < count {
                if utf8[bytes.upperBound - count + offset] != tail[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// Whether token `index`, lower-cased, ends in "s".
    func lowerEndsWithS(_ index: Int) -> Bool {
        let bytes = bytes(index)
        var ascii = true
        for offset in bytes where utf8[offset] >= 0x80 { ascii = false; break }
        if ascii { return bytes.count > 0 && utf8[bytes.upperBound - 1] | 0x20 == UInt8(ascii: "s") }
        return tokens[index].text.lowercased().hasSuffix("s")
    }

    /// The first scalar of token `index` (`Token.firstScalar`), decoded from the source's bytes.
    @inline(__always)
    func firstScalar(_ index: Int) -> Unicode.Scalar {
        let start = bytes(index).lowerBound
        let lead = utf8[start]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        var value: UInt32
        var count: Int
        if lead >= 0xF0 { (value, count) = (UInt32(lead & 0x07), 3) }
        else if lead >= 0xE0 { (value, count) = (UInt32(lead & 0x0F), 2) }
        else { (value, count) = (UInt32(lead & 0x1F), 1) }
        for offset in 1...count { value = value << 6 | UInt32(utf8[start + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? " "
    }

    /// One field of token `index`, read in place: `Array`'s subscript copies the whole token in
    /// some loops (a retain and a release of its text, on nearly every token), a buffer
    /// pointer's subscript does not.
    @inline(__always)
    private func field<Value>(_ index: Int, _ read: (UnsafeBufferPointer<Token>, Int) -> Value) -> Value {
        tokens.withUnsafeBufferPointer { buffer in
            precondition(index >= 0 && index < buffer.count, "token index out of range")
            return read(buffer, index)
        }
    }
    /// The kind of token `index`.
    @inline(__always)
    func kind(_ index: Int) -> Token.Kind { field(index) { $0[$1].kind } }
    /// Whether token `index` is a word.
    @inline(__always)
    func isWord(_ index: Int) -> Bool { kind(index) == .word }
    /// Whether space comes before token `index`.
    @inline(__always)
    func spaceBefore(_ index: Int) -> Bool { field(index) { $0[$1].spaceBefore } }
    /// Whether space comes after token `index`.
    @inline(__always)
    func spaceAfter(_ index: Int) -> Bool { field(index) { $0[$1].spaceAfter } }
    /// The byte range of token `index`.
    @inline(__always)
    func bytes(_ index: Int) -> Range<Int> { field(index) { $0[$1].bytes } }
    /// The scalar span of token `index`.
    @inline(__always)
    func span(_ index: Int) -> TextSpan { field(index) { $0[$1].span } }

    /// Whether token `index` has letters, none of them lower-case, and more than one
    /// character (`isAllCaps` and `text.count > 1`), judged on bytes when it is ASCII.
    func isAllCapsWord(_ index: Int) -> Bool {
        let range = bytes(index)
        var sawCapital = false
        for offset in range {
            let byte = utf8[offset]
            if byte >= 0x80 { return tokens[index].isAllCaps && tokens[index].text.count > 1 }
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { sawCapital = true }
        }
        return sawCapital && range.count > 1
    }

    /// How many bytes token `index` has.
    @inline(__always)
    func byteCount(_ index: Int) -> Int { bytes(index).count }

    /// Whether token `index` is a title or an initial that takes a full stop ("Mr.", "E.").
    func isAbbreviation(_ index: Int) -> Bool {
        let bytes = bytes(index)
        guard isWord(index), bytes.count <= 5 else { return false }
        var scalars = 0
        for offset in bytes where utf8[offset] & 0xC0 != 0x80 { scalars += 1 }
        if scalars == 1, startsUppercase(index) { return true }
        return !classes(index).isDisjoint(with: [.courtesyTitle, .abbreviation])
    }

    /// Whether token `index` starts with an upper-case letter (`Token.startsUppercase`), read
    /// from the source's bytes when the first is ASCII.
    @inline(__always)
    func startsUppercase(_ index: Int) -> Bool {
        let lead = leadByte(index)
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        return tokens[index].isCapitalized
    }

    /// Whether token `index` can be part of a capitalised name.
    /// Inlined so that the token is read in place rather than copied (a retain and a
    /// release per call, on nearly every token).
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        isWord(index) && startsUppercase(index)
    }

    /// Short words other than titles that take a full stop inside names and addresses.
    static let abbreviations: Set<String> = ["st", "jr", "sr", "gen", "lt", "no", "u", "s", "mt", "ft"]

    /// Lower-case particles found inside names ("Ludwig van Beethoven").
    static let nameParticles: Set<String> = ["de", "da", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "dos", "del", "di"]

    // MARK: Forwards

    /// The phrase starting at token `start`, if one does.
    func phrase(startingAt start: Int, limit: Int) -> ParsedPhrase? {
        guard start < limit else { return nil }
        guard isWord(start) else { return nil }
        let lower = classes(start)
        if lower.contains(.he) { return ParsedPhrase(phrase: .pronoun(.male), tokens: start..<(start + 1)) }
        if lower.contains(.she) { return ParsedPhrase(phrase: .pronoun(.female), tokens: start..<(start + 1)) }
        let capitalized = tokens[start].isCapitalized
        if lower.contains(.determiner), !capitalized || lower.contains(.the) {
            if let phrase = nounPhrase(from: start, limit: limit) { return phrase }
        }
        if capitalized { return namePhrase(from: start, limit: limit) }
        if lower.contains(.otherNoun), lowerEndsWithS(start) {
            return ParsedPhrase(phrase: .other(tokens[start].text), tokens: start..<(start + 1))
        }
        return nil
    }

    /// A capitalised name read forwards from `start`.
    private func namePhrase(from start: Int, limit: Int) -> ParsedPhrase? {
        var end = start
        while end < limit {
            if isNameWord(end) {
                end += 1
                if end < limit, tokens[end].is("."), !spaceBefore(end), isAbbreviation(end - 1) { end += 1 }
                continue
            }
            if isWord(end), classes(end).contains(.nameParticle), end > start,
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
        while index < limit, index <= start + 5, isWord(index) {
            if !classes(index).isDisjoint(with: [.roleNoun, .otherNoun]) {
                // Take the longest head: "the prime minister", "the ministry of defence" stops at the head.
                var end = index + 1
                while end < limit, end <= start + 5, isWord(end),
                      !classes(end).isDisjoint(with: [.roleNoun, .otherNoun]) {
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
        guard isWord(last) else { return nil }
        let lower = classes(last)
        if lower.contains(.he) { return ParsedPhrase(phrase: .pronoun(.male), tokens: last..<(last + 1)) }
        if lower.contains(.she) { return ParsedPhrase(phrase: .pronoun(.female), tokens: last..<(last + 1)) }
        if tokens[last].isCapitalized {
            var start = last
            while start > floor {
                let previous = start - 1
                if isNameWord(previous) { start = previous; continue }
                if tokens[previous].is("."), previous > floor, isAbbreviation(previous - 1), isNameWord(previous - 1) {
                    start = previous - 1
                    continue
                }
                if isWord(previous), classes(previous).contains(.nameParticle), previous > floor,
                   isNameWord(previous - 1) {
                    start = previous - 1
                    continue
                }
                break
            }
            // Drop sentence-opening function words: "But Mr. Obama said".
            while start < last, classes(start).contains(.functionWord) { start += 1 }
            let stop = last + 1 < tokens.count && tokens[last + 1].is(".") && isAbbreviation(last) ? last + 2 : last + 1
            if start > floor, classes(start - 1).contains(.article) {
                return ParsedPhrase(phrase: .other(text((start - 1)..<stop)), tokens: (start - 1)..<stop)
            }
            if classes(start).contains(.functionWord) { return nil }
            return classify(start..<stop)
        }
        // A lower-case head: "the president", "a joint statement", "officials".
        guard !lower.isDisjoint(with: [.roleNoun, .otherNoun]) else { return nil }
        var start = last
        while start > floor, start > last - 5 {
            let previous = start - 1
            guard isWord(previous) else { break }
            start = previous
            if classes(previous).contains(.determiner) { return classifyNoun(start..<(last + 1)) }
        }
        if lowerEndsWithS(last), !lower.contains(.roleNoun) {
            return ParsedPhrase(phrase: .other(tokens[last].text), tokens: last..<(last + 1))
        }
        return nil
    }

    // MARK: Classification

    /// The source text of a token range, single-spaced.
    func text(_ range: Range<Int>) -> String {
        // Built from the source's bytes in one buffer: appending token strings one by one
        // grows the result several times per name.
        var result: [UInt8] = []
        result.reserveCapacity(64)
        for index in range {
            if index > range.lowerBound, spaceBefore(index) { result.append(UInt8(ascii: " ")) }
            result.append(contentsOf: utf8[bytes(index)])
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a word may stand in a title before a name ("Energy", "MBTA", "Council").
    private func isTitleWord(_ index: Int) -> Bool {
        !classes(index).isDisjoint(with: [.roleNoun, .nameTitle, .portfolioWord, .descriptor, .otherNoun, .courtesyTitle])
            || (tokens[index].isAllCaps && tokens[index].text.count > 1)
    }

    /// Whether the office word at position `position` of `words` heads a title: every word
    /// before it belongs to the title too ("Foreign Minister", "European Council President"),
    /// unlike a surname that happens to be an office ("Dana King").
    private func headsTitle(_ words: [Int], _ position: Int, from start: Int) -> Bool {
        var sawOrganisation = false
        var index = position - 1
        while index >= start {
            if classes(words[index]).contains(.otherNoun) { sawOrganisation = true }
            if !isTitleWord(words[index]), !sawOrganisation { return false }
            index -= 1
        }
        return true
    }

    /// Classifies a capitalised phrase as a person's name (titles dropped) or an organisation.
    func classify(_ range: Range<Int>) -> ParsedPhrase? {
        var words = range.filter { isWord($0) }
        while let last = words.last, words.count > 1, classes(last).contains(.nameSuffix) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        var gender: Gender? = nil
        var start = 0
        // Sentence openers and descriptors before the name: "But Mr. Obama", "Rival Jane Doe".
        while start < words.count - 1, !classes(words[start]).isDisjoint(with: [.functionWord, .descriptor]) { start += 1 }
        let titleStart = start
        for position in start..<(words.count - 1) {
            let lower = classes(words[position])
            if lower.contains(.courtesyTitle) {
                if lower.contains(.maleTitle) { gender = .male } else if lower.contains(.femaleTitle) { gender = .female }
                start = position + 1
            } else if !lower.isDisjoint(with: [.roleNoun, .nameTitle]),
                      !lower.contains(.surnameLikeOffice) || headsTitle(words, position, from: titleStart) {
                start = position + 1
            }
        }
        // "State John Kerry" left over from "Secretary of State": a portfolio word before a full name.
        if start == titleStart, words.count - start >= 3, classes(words[start]).contains(.portfolioWord) {
            start += 1
        }
        let name = Array(words[start...])
        if name.contains(where: { classes($0).contains(.otherNoun) })
            || (name.count == 1 && tokens[name[0]].isAllCaps && tokens[name[0]].text.count > 1) {
            return ParsedPhrase(phrase: .other(text(range)), tokens: range)
        }
        guard let first = name.first, let last = name.last else { return nil }
        if name.count == 1, !classes(first).isDisjoint(with: [.functionWord, .descriptor]) { return nil }
        return ParsedPhrase(phrase: .name(text(first..<(last + 1)), gender: gender), tokens: range)
    }

    /// Classifies a determiner-led phrase by its head noun.
    private func classifyNoun(_ range: Range<Int>) -> ParsedPhrase? {
        guard let head = range.last(where: { isWord($0) }) else { return nil }
        let lower = classes(head)
        if lower.contains(.roleNoun), !lower.contains(.otherNoun) {
            let words = range.dropFirst().filter { isWord($0) }.map { word($0) }
            return ParsedPhrase(phrase: .role(words.joined(separator: " ")), tokens: range)
        }
        return ParsedPhrase(phrase: .other(text(range)), tokens: range)
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
