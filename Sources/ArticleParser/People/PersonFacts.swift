/// Turns a draft into a `Person`: its name, aliases, role, gender and whether it lives only in
/// boilerplate.
enum PersonFacts {
    /// The finished person for a draft.
    static func person(from draft: PersonDraft, in document: Document) -> Person {
        let source = document.source
        let name = source.string(draft.nameSpan)
        let aliases = distinctForms(draft.titledForms, besides: name, in: source)
        let role = draft.titleRoles.first ?? appositionRole(of: draft, in: document) ?? draft.nounRoles.first
        let boilerplateOnly = !draft.mentions.isEmpty && draft.mentions.allSatisfy { document.blocks[$0.mention.block].isBoilerplate }
        return Person(
            name: name,
            aliases: aliases,
            role: role,
            mentions: draft.mentions.map(\.mention),
            boilerplateOnly: boilerplateOnly,
            gender: gender(of: draft, in: document)
        )
    }

    /// The text of each distinct form in `forms` other than `name`, in order of first use.
    ///
    /// Forms compare as bytes: one string per distinct form, not one per mention. A person has
    /// few forms, so each is compared with the ones kept so far; a person with very many falls
    /// back to hashing, which keeps the cost linear.
    static func distinctForms(_ forms: [Range<Int>], besides name: String, in source: SourceText) -> [String] {
        var aliases: [String] = []
        source.utf8.withUnsafeBufferPointer { utf8 in
            // Each kept form with a cheap hash of its bytes; a hash or length match is confirmed
            // byte by byte, so collisions cost a comparison, never a wrong answer.
            var kept: [(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>)] = []
            let nameBytes = Array(name.utf8)
            let nameHash = nameBytes.withUnsafeBufferPointer { hash($0) }
            var seen: Set<ArraySlice<UInt8>>?
            for range in forms where range.upperBound <= utf8.count {
                if var hashed = seen {
                    seen = nil
                    if hashed.insert(source.utf8[range]).inserted { aliases.append(source.string(bytes: range)) }
                    seen = hashed
                    continue
                }
                let form = UnsafeBufferPointer(rebasing: utf8[range])
                let formHash = hash(form)
                if formHash == nameHash && nameBytes.withUnsafeBufferPointer({ ASCIIBytes.equal($0, form) }) { continue }
                if kept.contains(where: { $0.hash == formHash && ASCIIBytes.equal($0.bytes, form) }) { continue }
                kept.append((formHash, form))
                aliases.append(source.string(bytes: range))
                // A person with very many forms is hashed instead: comparing with each would be quadratic.
                if kept.count == 32 {
                    seen = Set([ArraySlice(nameBytes)] + kept.map { ArraySlice($0.bytes) })
                }
            }
        }
        return aliases
    }

    /// A cheap hash of some bytes (FNV-1a).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    /// The gender from titles, else from the pronouns that follow the mentions, else from the
    /// given name.
    static func gender(of draft: PersonDraft, in document: Document) -> Gender? {
        if let first = draft.titleGenders.first, draft.titleGenders.allSatisfy({ $0 == first }) { return first }
        var male = 0, female = 0
        document.source.utf8.withUnsafeBufferPointer { utf8 in
            // The first mentions say enough; a person mentioned ten thousand times needs no more.
            for (mention, lastToken) in draft.mentions.prefix(40) {
                let tokens = document.tokens[mention.block]
                var index = lastToken + 1
                // The first gendered pronoun within a sentence or so after the mention.
                while index < tokens.count, index <= lastToken + 25 {
                    let bytes = tokens[index].bytes
                    let first = bytes.lowerBound < utf8.count ? utf8[bytes.lowerBound] | 0x20 : 0
                    // Only words of two to seven letters starting with h or s can be these pronouns.
                    if bytes.count >= 2, bytes.count <= 7, first == UInt8(ascii: "h") || first == UInt8(ascii: "s"),
                       tokens[index].kind == .word, let gender = pronounGender(tokens[index], utf8: utf8) {
                        if gender == .male { male += 1 } else { female += 1 }
                        break
                    }
                    index += 1
                }
            }
        }
        if male > female { return .male }
        if female > male { return .female }
        guard draft.words.count > 1, let first = draft.words.first else { return nil }
        return GivenNames.gender(of: first)
    }

    /// A role given in apposition: "Rachel Whitcombe, the energy minister, said".
    static func appositionRole(of draft: PersonDraft, in document: Document) -> String? {
        for (mention, lastToken) in draft.mentions.prefix(40) {
            let tokens = document.tokens[mention.block]
            var index = lastToken + 1
            guard index + 2 < tokens.count, tokens[index].is(",") else { continue }
            index += 1
            guard ["the", "a", "an"].contains(tokens[index].text) else { continue }
            index += 1
            var words: [String] = []
            while index < tokens.count, words.count < 5, tokens[index].kind == .word,
                  !tokens[index].isCapitalized, !stopWords.contains(tokens[index].text) {
                words.append(tokens[index].text)
                index += 1
            }
            guard let last = words.last, NameLexicon.roleNouns.contains(last) || NameLexicon.titles.contains(last) else { continue }
            return words.joined(separator: " ")
        }
        return nil
    }

    /// The gender of a word written as one of the pronouns, capitalised or not. The pronouns are
    /// ASCII, so ASCII words are looked up by their bytes and no other word can be one.
    @inline(__always)
    private static func pronounGender(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> Gender? {
        if token.bytes.upperBound <= utf8.count, ASCIIBytes.isASCII(token.bytes, in: utf8) { return pronouns.value(exactly: token.bytes, in: utf8) }
        if malePronouns.contains(token.text) { return .male }
        if femalePronouns.contains(token.text) { return .female }
        return nil
    }

    private static let pronouns = ASCIIWordTable(
        malePronouns.map { (key: $0, value: Gender.male) } + femalePronouns.map { (key: $0, value: Gender.female) })
    private static let malePronouns = NameLexicon.malePronouns.union(NameLexicon.malePronouns.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    private static let femalePronouns = NameLexicon.femalePronouns.union(NameLexicon.femalePronouns.map { $0.prefix(1).uppercased() + $0.dropFirst() })

    private static let stopWords: Set<String> = ["of", "for", "at", "with", "in", "who", "on", "from", "and", "to"]
}
