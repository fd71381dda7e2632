/// Reads a run of capitalised words: strips leading titles, places and function words, then
/// decides from lexicons and shape whether what is left names a person.
enum NameRunReader {
    /// Title words that qualify a role but make no role, or no evidence, on their own.
    private static let roleModifiers: Set<String> = [
        "former", "late", "then", "new", "first", "second", "state", "party", "field", "acting",
        "senior", "junior", "home", "crown", "opposition", "shadow", "general",
    ]
    /// Honorifics are evidence of a person but not a role.
    private static let notRoles: Set<String> = ["mr", "mrs", "ms", "miss", "mister", "madam", "mx", "messrs"]

    /// Reads one run.
    /// - Parameters:
    ///   - run: the run of name-shaped pieces.
    ///   - tokens: the tokens of the run's block.
    /// - Returns: a name candidate, a non-person phrase, or undecided.
    static func read(_ run: NameRun, tokens: [Token]) -> RunReading {
        let pieces = run.pieces
        guard let first = pieces.first, let last = pieces.last else { return .undecided }
        let runSpan = TextSpan(start: first.span.start, end: last.span.end)

        // The core starts after the last piece that cannot be part of a name, provided a name word
        // is left after it ("Security Council President | Tono Eitel", but "Grace Road" stays whole).
        let nonName = pieces.indices.map { isNonName(pieces[$0], next: $0 + 1 < pieces.count ? pieces[$0 + 1] : nil) }
        var coreStart = 0
        for index in pieces.indices.reversed() where nonName[index] {
            let rest = (index + 1)..<pieces.count
            if rest.contains(where: { !nonName[$0] && isNameWord(pieces[$0]) }) {
                coreStart = index + 1
                break
            }
        }
        var core = Array(pieces[coreStart...])
        // A particle cannot start a name.
        while let head = core.first, head.shape == .particle { core.removeFirst() }
        guard let head = core.first else { return .notAPerson(runSpan) }

        let givenFirst = head.shape == .word && GivenNames.contains(head.lower) && core.count > 1
        let initialFirst = head.shape == .initial && core.count > 1
        if core.last?.shape == .initial || isCompany(after: last, in: tokens) { return .notAPerson(runSpan) }
        if core.contains(where: { isHyphenatedModifier($0.lower) })
            || givenFirst && core.dropFirst().contains(where: { PlaceLexicon.demonyms.contains($0.lower) }) {
            return .notAPerson(runSpan)
        }
        let organisationWord = core.dropFirst().contains { piece in
            isOrganisationOrPlaceNoun(piece) && !(givenFirst && PlaceLexicon.surnameLike.contains(piece.lower))
        }
        if organisationWord || isOrganisationOrPlaceNoun(head) { return .notAPerson(runSpan) }
        if !(givenFirst || initialFirst), core.contains(where: { $0.shape == .word && isNonNameWord($0.lower) && !NameLexicon.titles.contains($0.lower) }) {
            return .notAPerson(runSpan)
        }

        // The titles right before the core: role, gender, and evidence of a person.
        var roleStart = coreStart
        var titleGender: Gender?
        var hasTitle = false
        while roleStart > 0 {
            let piece = pieces[roleStart - 1]
            let isHonorific = NameLexicon.honorifics[piece.lower] != nil && piece.shape != .initial
            guard isHonorific || isTitle(piece.lower) else { break }
            if let gender = NameLexicon.honorifics[piece.lower] ?? nil { titleGender = titleGender ?? gender }
            if let gender = titleGenders[piece.lower] { titleGender = titleGender ?? gender }
            if !roleModifiers.contains(piece.lower) { hasTitle = true }
            roleStart -= 1
        }
        let role = roleText(pieces[roleStart..<coreStart], tokens: tokens)
        let roleNounBefore = coreStart == 0 && lowerCaseRoleNoun(before: first.token, in: tokens)

        let evidence: NameCandidate.Evidence
        // "Ellis Park" may be a stadium: a given name before a place noun is no proof.
        let placeAfterGivenName = givenFirst && core.contains { isOrganisationOrPlaceNoun($0) }
        if hasTitle || roleNounBefore || initialFirst || givenFirst && !placeAfterGivenName {
            evidence = .lexical
        } else if core.count > 1 {
            evidence = .shape
        } else {
            return .undecided
        }
        let titledStart = roleStart < coreStart ? pieces[roleStart].bytes.lowerBound : head.bytes.lowerBound
        return .name(NameCandidate(
            block: run.block,
            pieces: core,
            role: role ?? (roleNounBefore ? lowerCaseRole(before: first.token, in: tokens) : nil),
            titleGender: titleGender,
            titledBytes: titledStart..<last.bytes.upperBound,
            evidence: evidence
        ))
    }

    /// Whether an ampersand follows the run: "Edward D. Jones & Co" is a firm.
    private static func isCompany(after piece: NamePiece, in tokens: [Token]) -> Bool {
        var index = piece.token + 1
        while index < tokens.count, tokens[index].span.end <= piece.span.end { index += 1 }
        return index < tokens.count && tokens[index].is("&")
    }

    /// Titles that give a gender.
    private static let titleGenders: [String: Gender] = [
        "king": .male, "queen": .female, "prince": .male, "princess": .female, "emperor": .male,
        "empress": .female, "duke": .male, "duchess": .female, "countess": .female, "baron": .male,
        "baroness": .female, "lord": .male, "lady": .female, "sir": .male, "dame": .female,
        "father": .male, "brother": .male, "sister": .female, "congressman": .male,
        "congresswoman": .female, "chairman": .male, "chairwoman": .female, "spokesman": .male,
        "spokeswoman": .female,
    ]

    /// Whether a piece is a word that cannot sit inside a person's name. A given name followed
    /// by an unexplained word is a name even if it is also a common word ("Will Carling").
    private static func isNonName(_ piece: NamePiece, next: NamePiece?) -> Bool {
        switch piece.shape {
        case .placeInitials: return true
        case .particle, .initial: return false
        case .abbreviation: return !NameLexicon.suffixes.contains(piece.lower)
        case .word:
            if NameLexicon.suffixes.contains(piece.lower) { return false }
            if GivenNames.contains(piece.lower), let next, next.shape == .word, !isNonName(next, next: nil) {
                return false
            }
            return isNonNameWord(piece.lower) || isTitle(piece.lower)
                || NameLexicon.honorifics[piece.lower] != nil || isOrganisationOrPlaceNoun(piece)
                || NameLexicon.roleNouns.contains(piece.lower) || isHyphenatedModifier(piece.lower)
        }
    }

    /// Whether a piece can carry a name: a word or an initial that is not a suffix.
    private static func isNameWord(_ piece: NamePiece) -> Bool {
        piece.shape == .initial || piece.shape == .word && !NameLexicon.suffixes.contains(piece.lower)
    }

    /// Whether a word is a title, hyphenated titles included ("Major-General").
    private static func isTitle(_ lower: String) -> Bool {
        if NameLexicon.titles.contains(lower) { return true }
        guard lower.contains("-") else { return false }
        return lower.split(separator: "-").allSatisfy { NameLexicon.titles.contains(String($0)) }
    }

    /// Whether a capitalised hyphenated word is an adjective or a former role rather than a
    /// name: "Ontario-based", "Brazilian-born", "Ex-Yankee".
    private static func isHyphenatedModifier(_ lower: String) -> Bool {
        guard lower.contains("-") else { return false }
        if lower.hasPrefix("ex-") || lower.hasPrefix("anti-") || lower.hasPrefix("pro-") || lower.hasPrefix("non-") { return true }
        return hyphenSuffixes.contains(where: { lower.hasSuffix($0) })
    }

    private static let hyphenSuffixes = [
        "-based", "-born", "-controlled", "-listed", "-owned", "-led", "-backed", "-run", "-made",
        "-style", "-era", "-bound", "-registered", "-funded", "-speaking", "-american", "-british",
    ]

    /// Whether a word is a function word, calendar word, place or nationality.
    private static func isNonNameWord(_ lower: String) -> Bool {
        NameLexicon.nonNameWords.contains(lower) || PlaceLexicon.places.contains(lower)
            || PlaceLexicon.demonyms.contains(lower)
    }

    /// Whether a piece is a noun that makes its phrase an organisation or place.
    private static func isOrganisationOrPlaceNoun(_ piece: NamePiece) -> Bool {
        piece.shape == .placeInitials
            || piece.shape == .word && (OrganisationLexicon.words.contains(piece.lower) || PlaceLexicon.placeWords.contains(piece.lower))
    }

    /// The role spelled by title pieces, without honorifics or a lone modifier.
    private static func roleText(_ titles: ArraySlice<NamePiece>, tokens: [Token]) -> String? {
        var words: [NamePiece] = titles.filter { !notRoles.contains($0.lower) && $0.shape == .word }
        while let head = words.first, ["former", "late", "then", "new"].contains(head.lower) { words.removeFirst() }
        guard let lastWord = words.last, !roleModifiers.contains(lastWord.lower) else { return nil }
        return words.map { tokens[$0.token].text }.joined(separator: " ")
    }

    /// Whether the word right before token `index` is a lower-case role noun ("spokesman").
    private static func lowerCaseRoleNoun(before index: Int, in tokens: [Token]) -> Bool {
        lowerCaseRole(before: index, in: tokens) != nil
    }

    private static func lowerCaseRole(before index: Int, in tokens: [Token]) -> String? {
        guard index > 0 else { return nil }
        let previous = tokens[index - 1]
        guard previous.kind == .word, !previous.isCapitalized, NameLexicon.roleNouns.contains(previous.text) else { return nil }
        return previous.text
    }
}
