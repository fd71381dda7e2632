/// Rules for the lines that stand under a headline: timestamps and bylines.
extension CategoryRules {
    /// A line of dates, clock times, zones and "Updated": "Updated 3:42 PM EST, Tue May 3, 2026".
    static func isTimestamp(_ f: BlockFeatures) -> Bool {
        let total = f.words + f.numbers
        guard f.numbers >= 1, total <= 16, !f.endsSentence || f.words <= 4 else { return false }
        var datey = f.numbers
        var calendarWords = 0
        for cues in f.allCues where cues.contains(.months) || cues.contains(.timeWords) {
            datey += 1
            calendarWords += 1
        }
        // Bare numbers are a table row, not a date: a month, a weekday, a zone or a clock is needed.
        guard calendarWords >= 1 || f.hasClockOrNumericDate else { return false }
        return datey * 10 >= total * 7
    }

    /// "By Jane Roe", "by Jane Roe | Reuters", "Written by Jane Roe".
    /// The heading of an author box: "About the author", "Sobre Ana Lima", "Über Jan Roe".
    static func isAuthorBoxHeading(tokens: [Token], features f: BlockFeatures) -> Bool {
        guard f.words >= 2, f.words <= 5, !f.endsSentence, let first = f.leadWords.first else { return false }
        if first == "about", f.leadWords.count >= 3, f.leadWords[1] == "the", f.leadWords[2] == "author" { return true }
        // A first and last name at least, so that a menu's "About Us" stays navigation.
        guard ["sobre", "über", "about"].contains(first), f.words >= 3, f.capitalizedWords == f.words else { return false }
        // Every word after the preposition is a capitalised name.
        return tokens.dropFirst().allSatisfy { $0.isWord && $0.isCapitalized }
    }

    /// Tag and topic lists: "Tags: harbour, ferries", "Topics Politics Economy".
    static func isTagList(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 14, !f.endsSentence, let first = f.leadWords.first else { return false }
        return ["tags", "tagged", "topics", "etiquetas", "schlagwörter", "тэги", "теги"].contains(first)
    }

    static func isByline(tokens: [Token], features f: BlockFeatures) -> Bool {
        guard f.words >= 2, f.words <= 16, !f.endsSentence, !f.hasQuotation, let first = f.leadWords.first
        else { return false }
        if ["author", "authors", "text", "текст", "автор", "words", "reporting", "autor", "auteur"].contains(first),
           tokens.count > 2, tokens[1].is(":"), f.words <= 10 { return true }
        if isAuthorBoxHeading(tokens: tokens, features: f) { return true }
        guard first == "by" || (f.leadWords.count >= 2 && f.leadWords[1] == "by"
                                 && (first == "written" || first == "posted" || first == "reported"))
        else { return false }
        // Names after "by" are capitalised; "by the way" is not a byline.
        guard let byIndex = tokens.firstIndex(where: { $0.isWord && $0.text.lowercased() == "by" }),
              byIndex + 1 < tokens.count else { return false }
        let next = tokens[byIndex + 1]
        return next.isWord && next.isCapitalized || next.is("@")
    }
}
