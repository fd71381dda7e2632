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
        // A lone word is a name only after a lower-case role noun ("striker Ronaldo").
        if pieces.count == 1, first.shape == .word, !lowerCaseRoleNoun(before: first.token, in: tokens) {
            return first.classes.isDisjoint(with: .thing) ? .undecided : .notAPerson(runSpan)
        }

        // The core starts after the last piece that cannot be part of a name, provided a name word
        // is left after it ("Security Council President | Ilse Brandvold", but "Grace Road" stays whole).
        let nonName = pieces.indices.map { index in
            isNonName(pieces[index], next: pieces[(index + 1)...].first { $0.shape != .particle })
        }
        var coreStart = 0
        for index in pieces.indices.reversed() where nonName[index] {
            let rest = (index + 1)..<pieces.count
            if rest.contains(where: { !nonName[$0] && isNameWord(pieces[$0]) }) {
                coreStart = index + 1
                break
            }
        }
        // A particle cannot start a name.
        while coreStart < pieces.count, pieces[coreStart].shape == .particle { coreStart += 1 }
        // A name made only of titles and honorifics ("Mr. President") names no one.
        if (coreStart..<pieces.count).allSatisfy({ nonName[$0] || pieces[$0].shape == .particle }) {
            return .notAPerson(runSpan)
        }
        // An unexplained word before a given name and a surname is a nickname or epithet
        // ("Miss World Carla Ibarren"), not the start of the name.
        if pieces.count - coreStart > 2, pieces[coreStart].shape == .word, !pieces[coreStart].classes.contains(.givenName),
           pieces[coreStart + 1].shape == .word, pieces[coreStart + 1].classes.contains(.givenName) {
            coreStart += 1
        }
        let core = Array(pieces[coreStart...])
        guard let head = core.first else { return .notAPerson(runSpan) }

        let givenFirst = head.shape == .word && head.classes.contains(.givenName) && core.count > 1
        let initialFirst = head.shape == .initial && core.count > 1
        if core.last?.shape == .initial || isCompany(after: last, in: tokens) { return .notAPerson(runSpan) }
        // "N. Korea" is a place however it starts.
        if initialFirst, let tail = core.last, tail.classes.contains(.place) { return .notAPerson(runSpan) }
        if core.contains(where: { $0.classes.contains(.modifier) })
            || givenFirst && core.dropFirst().contains(where: { $0.classes.contains(.demonym) }) {
            return .notAPerson(runSpan)
        }
        let organisationWord = core.dropFirst().contains { piece in
            isOrganisationOrPlaceNoun(piece) && !(givenFirst && piece.classes.contains(.surnameLike))
        }
        if organisationWord || isOrganisationOrPlaceNoun(head) && !givenFirst { return .notAPerson(runSpan) }
        let foreignWords: WordClasses = [.function, .place, .demonym]
        if !(givenFirst || initialFirst), core.contains(where: {
            $0.shape == .word && !$0.classes.isDisjoint(with: foreignWords) && !$0.classes.contains(.title)
        }) {
            return .notAPerson(runSpan)
        }

        // The titles right before the core: role, gender, and evidence of a person.
        var roleStart = coreStart
        var titleGender: Gender?
        var hasTitle = false
        while roleStart > 0 {
            let piece = pieces[roleStart - 1]
            let isHonorific = piece.classes.contains(.honorific) && piece.shape != .initial
            guard isHonorific || piece.classes.contains(.title) else { break }
            if isHonorific, let gender = NameLexicon.honorifics[piece.lower] ?? nil { titleGender = titleGender ?? gender }
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
    /// by an unexplained word is a name even if it is also a common word ("Will Trevennick").
    private static func isNonName(_ piece: NamePiece, next: NamePiece?) -> Bool {
        switch piece.shape {
        case .placeInitials: return true
        case .particle, .initial: return false
        case .abbreviation: return !piece.classes.contains(.suffix)
        case .word:
            if piece.classes.contains(.suffix) { return false }
            if piece.classes.contains(.givenName), let next, next.shape == .word, !isNonName(next, next: nil) {
                return false
            }
            return !piece.classes.isDisjoint(with: .notName)
        }
    }

    /// Whether a piece can carry a name: a word or an initial that is not a suffix.
    private static func isNameWord(_ piece: NamePiece) -> Bool {
        piece.shape == .initial || piece.shape == .word && !piece.classes.contains(.suffix)
    }

    /// Whether a piece is a noun that makes its phrase an organisation or place.
    private static func isOrganisationOrPlaceNoun(_ piece: NamePiece) -> Bool {
        piece.shape == .placeInitials || piece.shape == .word && !piece.classes.isDisjoint(with: .thing)
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
        guard index > 0, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized,
              NameLexicon.roleNouns.contains(tokens[index - 1].text) else { return nil }
        return tokens[index - 1].text
    }
}
