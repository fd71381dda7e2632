/// One piece of a run of capitalised words: a word, an initial, a particle or an abbreviation.
struct NamePiece: Sendable {
    /// What the piece is inside a name.
    enum Shape: Sendable {
        /// A capitalised word ("Blinken", "López-Obrador").
        case word
        /// A single capital letter, with its full stop when it has one ("J.", "P").
        case initial
        /// A lower-case particle between name words ("van", "bin").
        case particle
        /// An abbreviation with its full stop ("Mr.", "Jr.", "Gen.").
        case abbreviation
        /// Initials that spell a place ("U.S.", "U.N."): never part of a name.
        case placeInitials
    }

    /// The index of the piece's (first) token in its block.
    var token: Int
    /// The piece's span, full stop included, possessive ending excluded.
    var span: TextSpan
    /// The word lower-cased, without full stop or possessive ending.
    var lower: String
    /// What the piece is.
    var shape: Shape
}

/// A maximal run of name-shaped pieces inside one block line.
struct NameRun: Sendable {
    /// The block the run sits in.
    var block: Int
    /// The pieces, in text order.
    var pieces: [NamePiece]
}

/// Finds runs of capitalised words, initials and particles: the phrases that might be names.
enum NameRunFinder {
    /// The runs of one block's tokens. Line breaks, punctuation and all-capital acronyms end a run,
    /// and so does a possessive word ("Jamaica's").
    static func runs(in tokens: [Token], block: Int) -> [NameRun] {
        var runs: [NameRun] = []
        var current: [NamePiece] = []
        func flush() {
            if !current.isEmpty { runs.append(NameRun(block: block, pieces: current)) }
            current.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.lineBreakBefore { flush() }
            guard token.kind == .word else {
                flush()
                index += 1
                continue
            }
            if !token.isCapitalized {
                let isParticle = !current.isEmpty && NameLexicon.particles.contains(token.text)
                    && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                    && !tokens[index + 1].lineBreakBefore
                if isParticle {
                    current.append(NamePiece(token: index, span: token.span, lower: token.text, shape: .particle))
                } else {
                    flush()
                }
                index += 1
                continue
            }
            let word = NameText.normalized(token)
            let scalarCount = word.lower.unicodeScalars.count
            if token.isAllCaps && scalarCount > 1 && !NameLexicon.suffixes.contains(word.lower) {
                // An acronym (NBC, SDA) in mixed-case text is an organisation, not a name part.
                flush()
                index += 1
                continue
            }
            let dotFollows = index + 1 < tokens.count && tokens[index + 1].is(".") && !tokens[index + 1].spaceBefore
            var piece = NamePiece(token: index, span: word.span, lower: word.lower, shape: .word)
            if scalarCount == 1 {
                piece.shape = .initial
            } else if dotFollows && NameLexicon.abbreviations.contains(word.lower) {
                piece.shape = .abbreviation
            }
            if dotFollows && piece.shape != .word {
                index += 1
                piece.span.end = tokens[index].span.end
            }
            current.append(piece)
            if word.possessive { flush() }
            // A full stop that may end a sentence: a function word after it starts a new phrase.
            if dotFollows && piece.shape != .word, index + 1 < tokens.count {
                let next = NameText.normalized(tokens[index + 1]).lower
                if NameLexicon.nonNameWords.contains(next) { flush() }
            }
            index += 1
        }
        flush()
        return runs.map(markPlaceInitials)
    }

    /// Marks runs of initials that spell a place abbreviation ("U.S.").
    private static func markPlaceInitials(_ run: NameRun) -> NameRun {
        var run = run
        var start = 0
        while start < run.pieces.count {
            guard run.pieces[start].shape == .initial else { start += 1; continue }
            var end = start
            var letters = ""
            while end < run.pieces.count, run.pieces[end].shape == .initial {
                letters += run.pieces[end].lower
                end += 1
            }
            if end - start > 1, OrganisationLexicon.placeAbbreviations.contains(letters) {
                for index in start..<end { run.pieces[index].shape = .placeInitials }
            }
            start = end
        }
        return run
    }
}

/// Normalises words for lexicon look-ups.
enum NameText {
    /// A word lower-cased without its possessive ending, with the span the name part covers.
    static func normalized(_ token: Token) -> (lower: String, span: TextSpan, possessive: Bool) {
        let lower = token.text.lowercased()
        if lower.count > 2, lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") {
            return (String(lower.dropLast(2)), TextSpan(start: token.span.start, end: token.span.end - 2), true)
        }
        return (lower, token.span, false)
    }
}
