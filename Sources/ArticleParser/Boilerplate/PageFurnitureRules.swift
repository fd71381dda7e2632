/// Rules for the labels and bars a page scatters through a story: advertisements, share
/// bars, comment prompts, related links, promotions and cookie banners.
extension CategoryRules {
    /// "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement".
    static func isAdvertisement(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 5, !f.endsSentence || f.words <= 3 else { return false }
        let hits = f.count(in: .advertisement)
        if hits >= 1 && f.words <= 2 { return true }
        if hits >= 1, f.mentions(.continues) || f.mentions(.below) { return true }
        return f.allWords.count >= 2 && f.mentions(.continueWord) && f.mentions(.below)
    }

    /// A run of network names and share verbs: "Share this article: Facebook Twitter Email".
    static func isShareBar(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 24, !f.hasReportingVerb else { return false }
        let networks = f.count(in: .socialNetworks)
        let followsHandle = f.hasAddress && f.firstWordCues.contains(.followVerbs)
        guard networks >= 1 || followsHandle else {
            // Lone "Email", "Print", "Copy link" lines are judged by their neighbours.
            return false
        }
        // "Follow us on Instagram and X for more stories."
        if !f.leadWords.isEmpty, f.firstWordCues.contains(.followVerbs), f.words <= 16,
           networks >= 1 || followsHandle { return true }
        let shareWords = f.count(in: .share)
        if shareWords * 10 >= f.words * 8 { return true }
        if let first = f.leadWords.first, first == "share" || first == "sharing",
           f.words <= 8 || (f.wordsBeforeColon ?? 99) <= 6 { return true }
        return false
    }

    /// "Leave a Comment", "12 Comments", "Nessun commento".
    static func isCommentsPrompt(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 5, !f.endsSentence || f.words <= 3 else { return false }
        return f.count(in: .comments) >= 1
    }

    /// "Related: …", "Read more: …", "More:", "See also", "Most popular".
    static func isRelatedLink(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 30, let first = f.leadWords.first else { return false }
        // A short label over a list: "More Great Stories", "Latest Auto News", "Top Videos".
        if f.words <= 6, !f.endsSentence, f.count(in: .relatedNouns) >= 1,
           f.firstWordCues.contains(.relatedOpeners) || ["latest", "top", "recent", "featured"].contains(first) {
            return true
        }
        guard f.firstWordCues.contains(.relatedOpeners) || first == "most" || first == "you" else { return false }
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
        let nouns = f.count(in: .promoNouns)
        let words = f.allWords
        if f.words <= 2, words.first == "subscribe" || words.first == "subscribesign" { return true }
        // "Morning Briefing Newsletter", "See all newsletters": a sign-up box's label.
        if f.words <= 4, !f.endsSentence, f.mentions(.newsletter) || f.mentions(.newsletters) { return true }
        guard let first = f.leadWords.first else { return false }
        let opensWithVerb = f.firstWordCues.contains(.promoVerbs)
        let addressesReader = f.mentions(.our) || f.mentions(.your) || f.mentions(.you)
        if opensWithVerb, nouns >= 1 { return true }
        if f.mentions(.here), f.mentions(.click) || f.mentions(.clicking) || f.mentions(.tap) {
            return true
        }
        if opensWithVerb, first == "subscribe" || first == "sign" && words.count > 1 && words[1] == "up" { return true }
        if nouns >= 1, addressesReader, f.mentions(.newsletter) || f.mentions(.newsletters)
            || f.mentions(.app) || f.mentions(.subscribe) { return true }
        return nouns >= 2 && (f.mentions(.subscribe) || f.mentions(.sign) || f.mentions(.download))
    }

    /// A cookie banner: cookies plus consent or privacy wording.
    static func isCookieNotice(_ f: BlockFeatures) -> Bool {
        guard f.words <= 150, f.mentions(.cookies) || f.mentions(.cookie) else { return false }
        return f.mentions(.accept) || f.mentions(.consent) || f.mentions(.privacy)
            || f.mentions(.browsing) || f.mentions(.experience) || f.mentions(.agree)
    }
}
