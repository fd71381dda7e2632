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
        if isCopyright(f), f.count(in: .creditLabels) == 0 { return .copyright }
        if isCaption(tokens: tokens, features: f) { return .caption }
        if isShareBar(f) { return .share }
        if isCommentsPrompt(f) { return .comments }
        if isRelatedLink(f) { return .related }
        if isPromo(f) { return .promo }
        if isCookieNotice(f) { return .navigation }
        if isTimestamp(f) { return .timestamp }
        if isByline(tokens: tokens, features: f) { return .byline }
        if isTagList(f) { return .navigation }
        return nil
    }

    // MARK: Weak rules

    private static func weakCategory(tokens: [Token], features f: BlockFeatures) -> BoilerplateCategory? {
        guard !f.isProse || f.weight <= 12 else { return nil }
        if f.hasAddress, f.words <= 6 { return .byline }
        if isLoneShareWord(f) { return .share }
        if f.count(in: .navigation) >= 1, f.words <= 4 { return .navigation }
        if !f.leadWords.isEmpty, f.firstWordCues.contains(.bylineOpeners), f.words <= 6 { return .byline }
        if f.numbers >= 1, f.words + f.numbers <= 20, containsMonth(f) { return .timestamp }
        return nil
    }

    /// "Email", "Print", "Copy Link", "Comments" alone on a line: a share bar split into lines.
    static func isLoneShareWord(_ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 3 else { return false }
        return f.count(in: .share) == f.words
    }

    private static func containsMonth(_ f: BlockFeatures) -> Bool {
        f.allCues.contains { $0.contains(.months) }
    }
}
