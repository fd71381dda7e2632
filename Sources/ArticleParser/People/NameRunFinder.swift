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
    /// The piece's bytes in the source, like `span`.
    var bytes: Range<Int>
    /// The word lower-cased, without full stop or possessive ending.
    var lower: String
    /// What the piece is.
    var shape: Shape
    /// The lexicon classes of `lower`.
    var classes: WordClasses = []
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
    /// - Parameters:
    ///   - tokens: the block's tokens.
    ///   - block: the block's index.
    ///   - utf8: the source's bytes, read to test a token's first letter without touching its text.
    static func runs(in tokens: [Token], block: Int, utf8: [UInt8]) -> [NameRun] {
        utf8.withUnsafeBufferPointer { runs(in: tokens, block: block, utf8: $0) }
    }

    /// The runs of one block's tokens, reading the source's bytes through a buffer pointer.
    static func runs(in tokens: [Token], block: Int, utf8: UnsafeBufferPointer<UInt8>) -> [NameRun] {
        var runs: [NameRun] = []
        var current: [NamePiece] = []
        func flush() {
            guard !current.isEmpty else { return }
            // A lone function word ("The", "But") opening a sentence can never become a name.
            if current.count == 1, current[0].shape == .word, current[0].classes == .function {
                current.removeAll(keepingCapacity: true)
                return
            }
            runs.append(markPlaceInitials(NameRun(block: block, pieces: current)))
            // The run now shares the buffer: start a fresh one rather than copy it to clear it.
            current = []
        }
        var index = 0
        while index < tokens.count {
            // Properties are read in place: binding a whole token would copy its text.
            // `flush` is called only when there is something to flush: most words end no run.
            if tokens[index].lineBreakBefore && !current.isEmpty { flush() }
            guard tokens[index].kind == .word else {
                if !current.isEmpty { flush() }
                index += 1
                continue
            }
            let tokenBytes = tokens[index].bytes
            let firstByte = utf8[tokenBytes.lowerBound]
            let isCapitalized = firstByte < 0x80 ? (firstByte >= 0x41 && firstByte <= 0x5A) : tokens[index].isCapitalized
            // Only words of four bytes or more starting a, e or b can be prefixed names ("al-Harithi").
            let mayBePrefixed = tokenBytes.count > 3
                && (firstByte == UInt8(ascii: "a") || firstByte == UInt8(ascii: "e") || firstByte == UInt8(ascii: "b"))
            if !isCapitalized && !(mayBePrefixed && NameText.isPrefixedName(tokenBytes, utf8: utf8)) {
                if !current.isEmpty && tokenBytes.count <= 4 && NameText.isParticle(tokens[index], utf8: utf8)
                    && particleLeadsToName(tokens, after: index) {
                    current.append(NamePiece(token: index, span: tokens[index].span, bytes: tokenBytes,
                                             lower: tokens[index].text, shape: .particle))
                } else if !current.isEmpty {
                    flush()
                }
                index += 1
                continue
            }
            if NameText.isAcronym(tokens[index], utf8: utf8) && !NameText.isRomanSuffix(tokenBytes, utf8: utf8) {
                // An acronym (NBC, SDA) in mixed-case text is an organisation, not a name part.
                if !current.isEmpty { flush() }
                index += 1
                continue
            }
            let ascii = NameText.normalizedASCII(tokens[index], utf8: utf8)
            let word = ascii ?? NameText.normalized(tokens[index])
            let isOneLetter = ascii != nil ? word.bytes.count == 1 : NameText.isSingleScalar(word.lower)
            let dotFollows = index + 1 < tokens.count && !tokens[index + 1].spaceBefore
                && utf8[tokens[index + 1].bytes.lowerBound] == UInt8(ascii: ".") && tokens[index + 1].bytes.count == 1
            let classes = ascii != nil ? Lexicon.classes(ofASCII: word.bytes, lower: word.lower, utf8: utf8)
                : Lexicon.classes(of: word.lower)
            var piece = NamePiece(token: index, span: word.span, bytes: word.bytes, lower: word.lower, shape: .word,
                                  classes: classes)
            // A lone "A" or "I" without a full stop is a word, not an initial.
            if isOneLetter && (dotFollows || word.lower != "a" && word.lower != "i") {
                piece.shape = .initial
            } else if dotFollows && NameLexicon.abbreviations.contains(word.lower) {
                piece.shape = .abbreviation
            }
            if dotFollows && piece.shape != .word {
                index += 1
                piece.span.end = tokens[index].span.end
                piece.bytes = piece.bytes.lowerBound..<tokens[index].bytes.upperBound
            }
            current.append(piece)
            if word.possessive { flush() }
            // A full stop that may end a sentence: a function word after it starts a new phrase.
            if dotFollows && piece.shape != .word, index + 1 < tokens.count {
                let next = NameText.normalized(tokens[index + 1]).lower
                if sentenceOpeners.contains(next) { flush() }
            }
            index += 1
        }
        flush()
        return runs
    }

    /// Words that, after a full stop, say a new sentence has begun.
    private static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this",
        "that", "there", "his", "her", "their", "its", "if", "when", "after", "as",
    ]

    /// Whether the particle before token `index` + 1 leads, through more particles, to a
    /// capitalised word on the same line ("van der Merwe").
    private static func particleLeadsToName(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, !tokens[next].lineBreakBefore, tokens[next].kind == .word {
            if tokens[next].isCapitalized { return true }
            guard NameLexicon.particles.contains(tokens[next].text) else { return false }
            next += 1
        }
        return false
    }

    /// Marks runs of initials that spell a place abbreviation ("U.S.").
    private static func markPlaceInitials(_ run: NameRun) -> NameRun {
        guard run.pieces.count > 1 else { return run }
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

/// Normalises words for lexicon look-ups, working on UTF-8 bytes where it can.
enum NameText {
    /// A word lower-cased without its possessive ending, with the span and bytes the name part
    /// covers.
    static func normalized(_ token: Token) -> (lower: String, span: TextSpan, bytes: Range<Int>, possessive: Bool) {
        var lower = token.text.lowercased()
        // Typographic and typewriter apostrophes spell the same name (O’Neill, O'Neill).
        if lower.utf8.contains(0xE2), lower.contains("\u{2019}") {
            lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 })
            let ending = possessiveBytes(lower)
            let bytes = token.bytes.lowerBound..<(token.bytes.upperBound - possessiveBytes(token.text))
            let span = ending > 0 ? TextSpan(start: token.span.start, end: token.span.end - 2) : token.span
            return (String(decoding: lower.utf8.dropLast(ending), as: UTF8.self), span, bytes, ending > 0)
        }
        let ending = possessiveBytes(token.text)
        guard ending > 0 else { return (lower, token.span, token.bytes, false) }
        let bytes = token.bytes.lowerBound..<(token.bytes.upperBound - ending)
        let span = TextSpan(start: token.span.start, end: token.span.end - 2)
        return (String(decoding: lower.utf8.dropLast(ending), as: UTF8.self), span, bytes, true)
    }

    /// The bytes of an ASCII word without its possessive ending (the bytes `normalized` would
    /// lower-case), and whether it had one; nil for a word with other bytes.
    @inline(__always)
    static func asciiWordBytes(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> (bytes: Range<Int>, possessive: Bool)? {
        let bytes = token.bytes
        guard ASCIIBytes.isASCII(bytes, in: utf8) else { return nil }
        let last = utf8[bytes.upperBound - 1]
        // The same test as `possessiveBytes`, on bytes: "'s" after at least two bytes.
        let possessive = bytes.count > 3 && (last == UInt8(ascii: "s") || last == UInt8(ascii: "S"))
            && utf8[bytes.upperBound - 2] == UInt8(ascii: "'")
        return (possessive ? bytes.lowerBound..<(bytes.upperBound - 2) : bytes, possessive)
    }

    /// `normalized` for a word of ASCII bytes, read from the source without lower-casing the
    /// token's text; nil for a word with other bytes.
    @inline(__always)
    static func normalizedASCII(_ token: Token, utf8: UnsafeBufferPointer<UInt8>)
        -> (lower: String, span: TextSpan, bytes: Range<Int>, possessive: Bool)? {
        guard let word = asciiWordBytes(token, utf8: utf8) else { return nil }
        var span = token.span
        if word.possessive { span.end -= 2 }
        return (ASCIIBytes.lowercasedString(word.bytes, in: utf8), span, word.bytes, word.possessive)
    }

    /// Whether a lower-case token is a name particle ("van", "bin").
    @inline(__always)
    static func isParticle(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = token.bytes
        if ASCIIBytes.isASCII(bytes, in: utf8) {
            return particleTable.value(exactly: bytes, in: utf8) != nil
        }
        return NameLexicon.particles.contains(token.text)
    }

    private static let particleTable = ASCIIWordTable(NameLexicon.particles.map { (key: $0, value: true) })

    /// The byte length of a possessive ending ("'s" or "’s") on a word longer than the ending,
    /// or 0 when there is none.
    static func possessiveBytes(_ text: String) -> Int {
        let utf8 = text.utf8
        guard utf8.count > 3, utf8.last == UInt8(ascii: "s") || utf8.last == UInt8(ascii: "S") else { return 0 }
        let body = utf8.dropLast()
        if body.last == UInt8(ascii: "'") { return 2 }
        if body.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) { return 4 }
        return 0
    }

    /// Whether a string is one Unicode scalar, without counting them all.
    static func isSingleScalar(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        return scalars.next() != nil && scalars.next() == nil
    }

    /// Whether a word's letters are all capitals, reading ASCII words straight from the bytes.
    static func isAllCaps(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawLetter = false
        for index in token.bytes {
            let byte = utf8[index]
            if byte >= 0x80 { return token.isAllCaps }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { sawLetter = true }
        }
        return sawLetter
    }

    /// Whether the word at `bytes` is a Roman-numeral name suffix ("II", "III", "IV").
    static func isRomanSuffix(_ bytes: Range<Int>, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 3 else { return false }
        return bytes.allSatisfy { utf8[$0] == UInt8(ascii: "I") || utf8[$0] == UInt8(ascii: "V") }
    }

    /// `isAcronym` for a token, reading ASCII letters from the source bytes.
    @inline(__always)
    static func isAcronym(_ token: Token, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = token.bytes
        let first = utf8[bytes.lowerBound]
        if first < 0x80 {
            guard first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"), bytes.count > 1 else { return false }
            let second = utf8[bytes.lowerBound + 1]
            if second < 0x80 { return second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z") }
        }
        return isAcronym(token.text)
    }

    /// Whether a word is written like an acronym ("NBC", "GDRs"): its first two letters are capitals.
    static func isAcronym(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let first = utf8.first, first < 0x80 {
            guard first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"), let second = utf8.dropFirst().first else { return false }
            if second < 0x80 { return second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z") }
        }
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next() else { return false }
        return first.properties.isUppercase && second.properties.isUppercase
    }

    /// Arabic articles and kinship words that join a name with a hyphen ("al-Harithi").
    private static let namePrefixes: [[UInt8]] = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "bin-", "abu-"].map { Array($0.utf8) }

    /// Whether the lower-case word at `bytes` is a name behind an Arabic article ("al-Harithi",
    /// "el-Baradei"), read from the source bytes.
    static func isPrefixedName(_ bytes: Range<Int>, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3 else { return false }
        let first = utf8[bytes.lowerBound]
        guard first == UInt8(ascii: "a") || first == UInt8(ascii: "e") || first == UInt8(ascii: "b") else { return false }
        // Every prefix is two or three letters and a hyphen.
        let hyphen: Int
        if utf8[bytes.lowerBound + 2] == UInt8(ascii: "-") {
            hyphen = bytes.lowerBound + 2
        } else if utf8[bytes.lowerBound + 3] == UInt8(ascii: "-"), bytes.count > 4 {
            hyphen = bytes.lowerBound + 3
        } else {
            return false
        }
        guard namePrefixes.contains(where: { utf8[bytes.lowerBound..<(hyphen + 1)].elementsEqual($0) }) else { return false }
        let next = utf8[hyphen + 1]
        return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
    }
}
