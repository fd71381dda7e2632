/// Finds the mentions that are a known person's surname alone ("Blinken", "Biden’s",
/// "MITCHELL" in a capitals headline), which no lexicon could recognise by themselves.
enum SurnameMentions {
    /// Adds every capitalised word that is a person's surname, and not already a mention or part
    /// of a phrase read as an organisation or place, as a mention of that person.
    /// - Parameter candidates: per block, the indices of the capitalised words that may be a
    ///   surname (`WordScan`); no other word is looked at.
    static func add(to drafts: inout [PersonDraft], in document: Document, blocked: [TextSpan], headlineBlocks: [Bool],
                    candidates positions: [[Int32]]) {
        var holders: [String: [Int]] = [:]
        for index in drafts.indices {
            guard let surname = drafts[index].surname, surname.unicodeScalars.count > 1 else { continue }
            holders[surname, default: []].append(index)
        }
        guard !holders.isEmpty else { return }
        // Most capitalised words are no surname: a first-letter and length test skips them
        // without lower-casing or hashing.
        var firstLetters = [Bool](repeating: false, count: 256)
        var longest = 0
        for surname in holders.keys {
            guard let byte = surname.utf8.first else { continue }
            firstLetters[Int(byte)] = true
            if byte >= 0x61 && byte <= 0x7A { firstLetters[Int(byte - 0x20)] = true }
            if byte >= 0x80 { for high in 0xC0..<0x100 { firstLetters[high] = true } }
            longest = max(longest, surname.utf8.count)
        }
        // ASCII words are matched by their bytes, without a string per capitalised word.
        let asciiHolders = ASCIIWordTable(holders.map { (key: $0.key, value: $0.value) })
        var taken = blocked
        for draft in drafts { taken.append(contentsOf: draft.mentions.map(\.mention.span)) }
        taken.sort()
        var takenIndex = 0
        var recency = MentionRecency(drafts)
        document.source.utf8.withUnsafeBufferPointer { utf8 in
            for block in document.blocks.indices {
                let tokens = document.tokens[block]
                let inHeadline = headlineBlocks[block]
                for candidate in positions[block] {
                    let position = Int(candidate)
                    let tokenBytes = tokens[position].bytes
                    let firstByte = utf8[tokenBytes.lowerBound]
                    guard firstLetters[Int(firstByte)], tokenBytes.count <= longest + 4 else { continue }
                    // An ASCII letter is a capital only from A to Z; other words ask Unicode.
                    guard firstByte < 0x80 ? firstByte &- 0x41 < 26 : tokens[position].isCapitalized else { continue }
                    let ascii = NameText.asciiWordBytes(tokens[position], utf8: utf8)
                    var asciiCandidates: [Int]?
                    if let ascii {
                        guard let found = asciiHolders.value(lowercasing: ascii.bytes, in: utf8) else { continue }
                        asciiCandidates = found
                    }
                    let tokenSpan = tokens[position].span
                    while takenIndex < taken.count, taken[takenIndex].end <= tokenSpan.start { takenIndex += 1 }
                    if takenIndex < taken.count, taken[takenIndex].overlaps(tokenSpan) { continue }
                    // An ASCII word needs no string: its holders, span and function-word class
                    // come from its bytes, as `normalized` would give them.
                    let candidates: [Int]
                    var span: TextSpan
                    var bytes: Range<Int>
                    var lower: String?
                    if let ascii, let found = asciiCandidates {
                        candidates = found
                        span = tokenSpan
                        if ascii.possessive { span.end -= 2 }
                        bytes = ascii.bytes
                    } else {
                        let word = NameText.normalized(tokens[position])
                        guard let found = holders[word.lower] else { continue }
                        candidates = found
                        span = word.span
                        bytes = word.bytes
                        lower = word.lower
                    }
                    if inHeadline || startsSentence(position, in: tokens, utf8: utf8),
                       lower.map({ NameLexicon.nonNameWords.contains($0) }) ?? Lexicon.isFunctionWord(bytes, in: utf8) {
                        continue
                    }
                    recency.advance(to: tokenSpan.start)
                    guard let person = recency.best(among: candidates) else { continue }
                    if inHeadline, let start = fullNameStart(drafts[person].words, endingAt: position, in: tokens) {
                        span.start = tokens[start].span.start
                        bytes = tokens[start].bytes.lowerBound..<bytes.upperBound
                    }
                    drafts[person].mentions.append((Mention(block: block, span: span), position))
                    drafts[person].titledForms.append(bytes)
                    recency.record(person, at: span.start)
                }
            }
        }
        for index in drafts.indices { drafts[index].mentions.sort { $0.mention < $1.mention } }
    }

    /// Whether the token at `position` opens a sentence, a quotation or a line, where even a
    /// common word is capitalised.
    static func startsSentence(_ position: Int, in tokens: [Token]) -> Bool {
        guard position > 0, !tokens[position].lineBreakBefore else { return true }
        let previous = tokens[position - 1]
        guard previous.kind == .punctuation else { return false }
        return sentencePunctuation.contains(previous.firstScalar)
    }

    /// `startsSentence`, reading an ASCII punctuation mark from its byte.
    @inline(__always)
    static func startsSentence(_ position: Int, in tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position > 0, !tokens[position].lineBreakBefore else { return true }
        guard tokens[position - 1].kind == .punctuation else { return false }
        let first = utf8[tokens[position - 1].bytes.lowerBound]
        guard first < 0x80 else { return sentencePunctuation.contains(tokens[position - 1].firstScalar) }
        return sentencePunctuation.contains(Unicode.Scalar(first))
    }

    private static let sentencePunctuation: Set<Unicode.Scalar> = [
        ".", "!", "?", ":", ";", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "(", "-", "\u{2013}", "\u{2014}",
    ]

    /// The token where a full name written in capitals starts, when the words before the
    /// surname at `position` are the person's other names ("DENNIS MITCHELL").
    private static func fullNameStart(_ words: [String], endingAt position: Int, in tokens: [Token]) -> Int? {
        var start: Int?
        var wordIndex = words.count - 2
        var tokenIndex = position - 1
        while wordIndex >= 0, tokenIndex >= 0 {
            guard tokens[tokenIndex].kind == .word, tokens[tokenIndex].text.lowercased() == words[wordIndex] else { break }
            start = tokenIndex
            wordIndex -= 1
            tokenIndex -= 1
        }
        return start
    }
}
