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
        var coreStart = 0
        for index in pieces.indices.reversed() where isNonName(pieces[index]) {
            let rest = pieces[(index + 1)...]
            if rest.contains(where: { $0.shape == .word && !NameLexicon.suffixes.contains($0.lower) || $0.shape == .initial }) {
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
        if core.contains(where: { isOrganisationOrPlaceNoun($0) }) { return .notAPerson(runSpan) }
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
            guard isHonorific || NameLexicon.titles.contains(piece.lower) else { break }
            if let gender = NameLexicon.honorifics[piece.lower] ?? nil { titleGender = titleGender ?? gender }
            if let gender = titleGenders[piece.lower] { titleGender = titleGender ?? gender }
            if !roleModifiers.contains(piece.lower) { hasTitle = true }
            roleStart -= 1
        }
        let role = roleText(pieces[roleStart..<coreStart], tokens: tokens)
        let roleNounBefore = coreStart == 0 && lowerCaseRoleNoun(before: first.token, in: tokens)

        let evidence: NameCandidate.Evidence
        if hasTitle || roleNounBefore || givenFirst || initialFirst {
            evidence = .lexical
        } else if core.count > 1 {
            evidence = .shape
        } else {
            return .undecided
        }
        let titledStart = roleStart < coreStart ? pieces[roleStart].span.start : head.span.start
        return .name(NameCandidate(
            block: run.block,
            pieces: core,
            role: role ?? (roleNounBefore ? lowerCaseRole(before: first.token, in: tokens) : nil),
            titleGender: titleGender,
            titledSpan: TextSpan(start: titledStart, end: last.span.end),
            evidence: evidence
        ))
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

    /// Whether a piece is a word that cannot sit inside a person's name.
    private static func isNonName(_ piece: NamePiece) -> Bool {
        switch piece.shape {
        case .placeInitials: return true
        case .particle, .initial: return false
        case .abbreviation: return !NameLexicon.suffixes.contains(piece.lower)
        case .word:
            if NameLexicon.suffixes.contains(piece.lower) { return false }
            return isNonNameWord(piece.lower) || NameLexicon.titles.contains(piece.lower)
                || NameLexicon.honorifics[piece.lower] != nil || isOrganisationOrPlaceNoun(piece)
        }
    }

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
