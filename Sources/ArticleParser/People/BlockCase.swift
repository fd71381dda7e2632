/// Tells headline-style blocks, where capitals say nothing about names, from running text.
enum BlockCase {
    /// Whether a block is written in capitals (a wire headline or dateline). The first 16
    /// words decide, so a long block costs no more than a short one.
    static func isAllCaps(_ tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0, caps = 0
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].bytes.count > 1 {
            words += 1
            if NameText.isAllCaps(tokens[index], utf8: utf8) { caps += 1 }
            if words == 16 { break }
            // Seven words not in capitals leave too few of the sixteen to reach six in ten.
            if words - caps == 7 { return false }
        }
        return words >= 2 && caps * 10 >= words * 6
    }

    /// Whether a short block is in title case ("Senator Says Plan Will Fail"): four or more
    /// capitalised words and no lower-case word of three letters or more but the short
    /// function words title case leaves alone; one line, no numbers, initials or lists.
    /// Bylines and credits ("By …", "Photo: …") are not.
    static func isTitleCase(_ tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitalised = 0, words = 0, commas = 0
        for index in tokens.indices {
            // Tables and lists of names ("Harlow, Quinlan, Ostby", "P. Okafor 64") are not headings.
            if tokens[index].lineBreakBefore && index > 0 || tokens[index].kind == .number { return false }
            if tokens[index].is(",") { commas += 1 }
            guard commas <= 1 else { return false }
            guard tokens[index].kind == .word else { continue }
            if tokens[index].bytes.count == 1 { return false }
            words += 1
            guard words <= 25 else { return false }
            let first = utf8[tokens[index].bytes.lowerBound]
            if first >= 0x41 && first <= 0x5A || first >= 0x80 && tokens[index].isCapitalized {
                if capitalised == 0, isListed(tokens[index], openers, asciiOpeners, utf8: utf8) { return false }
                capitalised += 1
            } else if tokens[index].bytes.count >= 3, !isListed(tokens[index], functionWords, asciiFunctionWords, utf8: utf8) {
                return false
            }
        }
        return capitalised >= 4
    }

    /// Whether a token is written exactly as a member of `words`, looked up by bytes when ASCII.
    private static func isListed(_ token: Token, _ words: Set<String>, _ ascii: ASCIIWordTable<Bool>,
                                 utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = token.bytes
        if ASCIIBytes.isASCII(bytes, in: utf8) { return ascii.value(exactly: bytes, in: utf8) != nil }
        return words.contains(token.text)
    }

    private static let asciiOpeners = ASCIIWordTable(openers.map { (key: $0, value: true) })
    private static let asciiFunctionWords = ASCIIWordTable(functionWords.map { (key: $0, value: true) })
    private static let openers: Set<String> = ["By", "Photo", "Photos", "Credit", "Picture", "Image", "Video", "Source"]
    private static let functionWords: Set<String> = [
        "the", "and", "but", "for", "nor", "yet", "from", "with", "into", "onto", "over", "upon",
        "than", "via", "per", "off", "out", "amid", "vs", "about", "after", "before",
    ]
}
