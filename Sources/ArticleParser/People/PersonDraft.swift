/// A person being assembled from the mentions found so far.
struct PersonDraft: Sendable {
    /// The identifying words of the fullest name seen ("antony", "blinken").
    var words: [String]
    /// Where the fullest name is written.
    var nameSpan: TextSpan
    /// Every mention, with the index of its last token in its block (for looking at what follows).
    var mentions: [(mention: Mention, lastToken: Int)] = []
    /// The bytes of each mention written with its titles ("Foreign Minister Antony Blinken"),
    /// for aliases.
    var titledForms: [Range<Int>] = []
    /// Roles from capitalised titles, in text order.
    var titleRoles: [String] = []
    /// Roles from lower-case role nouns or appositions, in text order.
    var nounRoles: [String] = []
    /// Genders given by honorifics and titles.
    var titleGenders: [Gender] = []

    /// The surname: the last identifying word.
    var surname: String? { words.last }

    /// Whether `other` (identifying words of a name) can name the same person: same surname, and
    /// the same first name or a matching initial, or only a surname on one side.
    func isCompatible(with other: [String]) -> Bool {
        guard let last = words.last, let otherLast = other.last, last == otherLast else { return false }
        guard words.count > 1, other.count > 1, let first = words.first, let otherFirst = other.first else { return true }
        if first == otherFirst { return true }
        let isInitial = NameText.isSingleScalar(first) || NameText.isSingleScalar(otherFirst)
        return isInitial && first.unicodeScalars.first == otherFirst.unicodeScalars.first
    }

    /// Whether a role's first character is a capital, read from its bytes when the first two
    /// are ASCII (then the first byte is the whole first character).
    static func startsWithCapital(_ role: String) -> Bool {
        var bytes = role.utf8.makeIterator()
        if let first = bytes.next(), first < 0x80, (bytes.next() ?? 0) < 0x80 { return first &- 0x41 < 26 }
        return role.first?.isUppercase == true
    }

    /// Adds a mention read from a name candidate, keeping the fullest name.
    mutating func add(_ candidate: NameCandidate, lastToken: Int) {
        let words = candidate.identifyingWords
        if words.count > self.words.count { self.words = words; nameSpan = candidate.span }
        mentions.append((Mention(block: candidate.block, span: candidate.span), lastToken))
        titledForms.append(candidate.titledBytes)
        if let role = candidate.role {
            if Self.startsWithCapital(role) { titleRoles.append(role) } else { nounRoles.append(role) }
        }
        if let gender = candidate.titleGender { titleGenders.append(gender) }
    }
}
