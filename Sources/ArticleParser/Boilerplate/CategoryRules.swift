/// What the rules make of one block on its own, before page context is weighed.
struct LocalFinding: Sendable, Equatable {
    /// The category the block's own words and shape point to.
    var category: BoilerplateCategory
    /// Whether the evidence is strong enough to hide the block even in the middle of the
    /// article's body; weak findings only name the category of blocks that context marks.
    var strong: Bool
}

/// Per-category rules that look at one block: its words, its shape, its credit pattern.
enum CategoryRules {
    /// The most likely category of a block judged on its own, or nil when nothing points to noise.
    static func finding(tokens: [Token], features f: BlockFeatures) -> LocalFinding? {
        guard !tokens.isEmpty else { return nil }
        if let category = strongCategory(tokens: tokens, features: f) {
            return LocalFinding(category: category, strong: true)
        }
        if let category = weakCategory(tokens: tokens, features: f) {
            return LocalFinding(category: category, strong: false)
        }
        return nil
    }

    // MARK: Strong rules

    private static func strongCategory(tokens: [Token], features f: BlockFeatures) -> BoilerplateCategory? {
        if isAdvertisement(f) { return .advertisement }
        if isCopyright(f), f.count(in: CueLexicon.creditLabels) == 0 { return .copyright }
        if isCaption(tokens: tokens, features: f) { return .caption }
        if isShareBar(f) { return .share }
        if isCommentsPrompt(f) { return .comments }
        if isRelatedLink(f) { return .related }
        if isPromo(f) { return .promo }
        if isCookieNotice(f) { return .navigation }
        if isTimestamp(f) { return .timestamp }
        if isByline(tokens: tokens, features: f) { return .byline }
        return nil
    }

    /// "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement".
    static func isAdvertisement(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 5, !f.endsSentence || f.words <= 3 else { return false }
        let hits = f.count(in: CueLexicon.advertisement)
        if hits >= 1 && f.words <= 2 { return true }
        let words = f.allWords
        if hits >= 1, words.contains("continues") || words.contains("below") { return true }
        return words.count >= 2 && words.contains("continue") && words.contains("below")
    }

    /// A caption: a label such as "Photo:" or a credit at the end ("… John Minchillo / AP").
    static func isCaption(tokens: [Token], features f: BlockFeatures) -> Bool {
        guard f.weight <= 80 else { return false }
        if let first = f.leadWords.first, CueLexicon.captionLabels.contains(first), tokens.count > 1,
           !f.hasReportingVerb || f.weight <= 12 {
            // "Photo: …", "Image credit: …", "FILE PHOTO: …", "Фото:".
            let labelEnd = tokens.prefix(4).firstIndex(where: { $0.is(":") })
            if labelEnd != nil, f.words <= 50 { return true }
            if f.leadWords.count >= 2, first == "image" || first == "photo",
               f.leadWords[1] == "credit" || f.leadWords[1] == "credits" { return true }
            if first == "file", f.leadWords.count >= 2, f.leadWords[1] == "photo" { return true }
        }
        guard let start = CreditPattern.creditStart(in: tokens) else { return false }
        // A bare "(Reuters)" after a long paragraph is an agency tag, not a caption credit.
        if start > 0, f.weight > 60 { return false }
        return !f.hasQuotation || start == 0
    }

    /// "© 2026 …", "Copyright …", "All rights reserved".
    static func isCopyright(_ f: BlockFeatures) -> Bool {
        guard f.weight <= 60 else { return false }
        if f.hasCopyrightSign { return true }
        if f.leadWords.first == "copyright" { return true }
        let words = f.allWords
        guard let rights = words.firstIndex(of: "rights"), rights + 1 < words.count else { return false }
        return words[rights + 1] == "reserved"
    }

    /// A run of network names and share verbs: "Share this article: Facebook Twitter Email".
    static func isShareBar(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 24, !f.hasReportingVerb else { return false }
        let networks = f.count(in: CueLexicon.socialNetworks)
        let followsHandle = f.hasAddress && f.leadWords.first.map { CueLexicon.followVerbs.contains($0) } == true
        guard networks >= 1 || followsHandle else {
            // Lone "Email", "Print", "Copy link" lines are judged by their neighbours.
            return false
        }
        // "Follow us on Instagram and X for more stories."
        if let first = f.leadWords.first, CueLexicon.followVerbs.contains(first), f.words <= 16,
           networks >= 1 || followsHandle { return true }
        let shareWords = f.count(in: CueLexicon.share)
        if shareWords * 10 >= f.words * 8 { return true }
        if let first = f.leadWords.first, first == "share" || first == "sharing",
           f.words <= 8 || (f.wordsBeforeColon ?? 99) <= 6 { return true }
        return false
    }

    /// "Leave a Comment", "12 Comments", "Nessun commento".
    static func isCommentsPrompt(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 5, !f.endsSentence || f.words <= 3 else { return false }
        return f.count(in: CueLexicon.comments) >= 1
    }

    /// "Related: …", "Read more: …", "More:", "See also", "Most popular".
    static func isRelatedLink(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 30, let first = f.leadWords.first else { return false }
        // A short label over a list: "More Great Stories", "Latest Auto News", "Top Videos".
        if f.words <= 6, !f.endsSentence, f.count(in: CueLexicon.relatedNouns) >= 1,
           CueLexicon.relatedOpeners.contains(first) || ["latest", "top", "recent", "featured"].contains(first) {
            return true
        }
        guard CueLexicon.relatedOpeners.contains(first) || first == "most" || first == "you" else { return false }
        if first == "related" || first == "recommended" || first == "trending" {
            // "Related costs will rise." is a sentence; "Related: …" and "Related stories" are links.
            return f.hasLabelColon || f.words <= 3 || !f.endsSentence
        }
        guard f.leadWords.count >= 2 else {
            // "More:" or "Related" alone, as the label over a list of links.
            return first == "more" && f.words == 1 && !f.endsSentence && f.allWords.count == 1
        }
        let second = f.leadWords[1]
        if first == "most" { return second == "popular" || second == "read" || second == "viewed" }
        if first == "you" { return f.leadWords.count >= 3 && (second == "may" || second == "might") }
        // A label ("More from the Gazette", "See also:"), not a sentence that opens the same way.
        return CueLexicon.relatedFollowers.contains(second)
            && (f.hasLabelColon || f.words <= 3 || !f.endsSentence && f.words <= 25)
    }

    /// "Download the … app", "Sign up for our … newsletter", "Subscribe".
    static func isPromo(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 30, !f.hasReportingVerb, !f.hasQuotation else { return false }
        let nouns = f.count(in: CueLexicon.promoNouns)
        let words = f.allWords
        if f.words <= 2, words.first == "subscribe" || words.first == "subscribesign" { return true }
        // "Morning Briefing Newsletter", "See all newsletters": a sign-up box's label.
        if f.words <= 4, !f.endsSentence, words.contains("newsletter") || words.contains("newsletters") { return true }
        guard let first = f.leadWords.first else { return false }
        let opensWithVerb = CueLexicon.promoVerbs.contains(first)
        let addressesReader = words.contains("our") || words.contains("your") || words.contains("you")
        if opensWithVerb, nouns >= 1 { return true }
        if words.contains("here"), words.contains("click") || words.contains("clicking") || words.contains("tap") {
            return true
        }
        if opensWithVerb, first == "subscribe" || first == "sign" && words.count > 1 && words[1] == "up" { return true }
        if nouns >= 1, addressesReader, words.contains("newsletter") || words.contains("newsletters")
            || words.contains("app") || words.contains("subscribe") { return true }
        return nouns >= 2 && (words.contains("subscribe") || words.contains("sign") || words.contains("download"))
    }

    /// A cookie banner: cookies plus consent or privacy wording.
    static func isCookieNotice(_ f: BlockFeatures) -> Bool {
        guard f.words <= 150, f.allWords.contains("cookies") || f.allWords.contains("cookie") else { return false }
        let words = f.allWords
        return words.contains("accept") || words.contains("consent") || words.contains("privacy")
            || words.contains("browsing") || words.contains("experience") || words.contains("agree")
    }

    /// A line of dates, clock times, zones and "Updated": "Updated 3:42 PM EST, Tue May 3, 2026".
    static func isTimestamp(_ f: BlockFeatures) -> Bool {
        let total = f.words + f.numbers
        guard f.numbers >= 1, total <= 16, !f.endsSentence || f.words <= 4 else { return false }
        var datey = f.numbers
        var calendarWords = 0
        for word in f.allWords where CueLexicon.months.contains(word) || CueLexicon.timeWords.contains(word) {
            datey += 1
            calendarWords += 1
        }
        // Bare numbers are a table row, not a date: a month, a weekday, a zone or a clock is needed.
        guard calendarWords >= 1 || f.hasClockOrNumericDate else { return false }
        return datey * 10 >= total * 7
    }

    /// "By Jane Roe", "by Jane Roe | Reuters", "Written by Jane Roe".
    static func isByline(tokens: [Token], features f: BlockFeatures) -> Bool {
        guard f.words >= 2, f.words <= 16, !f.endsSentence, !f.hasQuotation, let first = f.leadWords.first
        else { return false }
        if ["author", "authors", "text", "текст", "автор", "words", "reporting", "autor", "auteur"].contains(first),
           tokens.count > 2, tokens[1].is(":"), f.words <= 10 { return true }
        guard first == "by" || (f.leadWords.count >= 2 && f.leadWords[1] == "by"
                                 && (first == "written" || first == "posted" || first == "reported"))
        else { return false }
        // Names after "by" are capitalised; "by the way" is not a byline.
        guard let byIndex = tokens.firstIndex(where: { $0.isWord && $0.text.lowercased() == "by" }),
              byIndex + 1 < tokens.count else { return false }
        let next = tokens[byIndex + 1]
        return next.isWord && next.isCapitalized || next.is("@")
    }

    // MARK: Weak rules

    private static func weakCategory(tokens: [Token], features f: BlockFeatures) -> BoilerplateCategory? {
        guard !f.isProse || f.weight <= 12 else { return nil }
        if f.hasAddress, f.words <= 6 { return .byline }
        if isLoneShareWord(f) { return .share }
        if f.count(in: CueLexicon.navigation) >= 1, f.words <= 4 { return .navigation }
        if let first = f.leadWords.first, CueLexicon.bylineOpeners.contains(first), f.words <= 6 { return .byline }
        if f.numbers >= 1, f.words + f.numbers <= 20, containsMonth(f) { return .timestamp }
        return nil
    }

    /// "Email", "Print", "Copy Link", "Comments" alone on a line: a share bar split into lines.
    static func isLoneShareWord(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 3 else { return false }
        return f.count(in: CueLexicon.share) == f.words
    }

    private static func containsMonth(_ f: BlockFeatures) -> Bool {
        f.allWords.contains { CueLexicon.months.contains($0) }
    }
}
