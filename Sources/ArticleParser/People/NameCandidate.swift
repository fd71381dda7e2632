/// A phrase that names a person, as read from one run of capitalised words.
struct NameCandidate: Sendable {
    /// How sure the reading is that the phrase is a person.
    enum Evidence: Int, Sendable, Comparable {
        /// Only its shape: two or more capitalised words no lexicon explains.
        case shape
        /// A title, honorific, given name, initials or role noun says it is a person.
        case lexical

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The block the name sits in.
    var block: Int
    /// The name's pieces, without titles.
    let pieces: [NamePiece]
    /// The role the titles before the name give ("Foreign Minister"), if any.
    var role: String?
    /// The gender an honorific or title gives, if any.
    var titleGender: Gender?
    /// The bytes of the name with its titles, as written ("President Biden").
    var titledBytes: Range<Int>
    /// How sure the reading is.
    var evidence: Evidence

    /// The name's span, from its first piece to its last.
    var span: TextSpan {
        TextSpan(start: pieces.first?.span.start ?? 0, end: pieces.last?.span.end ?? 0)
    }

    /// The lower-cased words that identify the person: no particles, suffixes or initials' dots.
    /// A capitalised particle that starts a name ("Van Rooyen") is left out too. Worked out once:
    /// merging and filtering read them several times.
    let identifyingWords: [String]

    /// Creates a candidate.
    init(block: Int, pieces: [NamePiece], role: String?, titleGender: Gender?, titledBytes: Range<Int>, evidence: Evidence) {
        self.block = block
        self.pieces = pieces
        self.role = role
        self.titleGender = titleGender
        self.titledBytes = titledBytes
        self.evidence = evidence
        identifyingWords = Self.identifyingWords(of: pieces)
    }

    private static func identifyingWords(of pieces: [NamePiece]) -> [String] {
        var words: [String] = []
        words.reserveCapacity(pieces.count)
        for (offset, piece) in pieces.enumerated() {
            switch piece.shape {
            case .word:
                if piece.classes.contains(.suffix) { continue }
                if offset + 1 < pieces.count, NameLexicon.particles.contains(piece.lower) { continue }
                words.append(piece.lower)
            case .initial: words.append(piece.lower)
            case .particle, .abbreviation, .placeInitials: continue
            }
        }
        return words
    }
}

/// What reading a run gave: a name, or a phrase that is surely not a person.
enum RunReading: Sendable {
    /// The run names a person (or, with `.shape` evidence, may).
    case name(NameCandidate)
    /// The run is an organisation, place or other non-person phrase; its span should not be
    /// taken for a surname later.
    case notAPerson(TextSpan)
    /// The run is a single unexplained word: only a known surname can make it a mention.
    case undecided
}
