/// Attributes quotations to speakers.
///
/// First each quote's own sentence is read (a transcript label, a cue after the quote, a cue
/// before it); then quotes without a cue of their own share a speaker: with the quote before
/// them in the paragraph, with the paragraph a multi-paragraph quote continues, or with the
/// speaker the previous paragraph introduces.
enum SpeakerAttributor {
    /// What attribution decided for one quote.
    private struct Decision {
        var speaker: String?
        var kind: SpeakerKind?
        var cue: String?
        /// Where the speaker is named next to the quote, when a name (not a pronoun) is.
        var mention: Mention? = nil
    }

    /// Sets `speaker`, `speakerKind` and `cue` on each quote that can be attributed with confidence.
    static func attribute(_ quotes: inout [Quote], people: inout [Person], in document: Document) {
        guard !quotes.isEmpty else { return }
        let rules = AttributionRules(document: document)
        var resolver = SpeakerResolver(document: document, people: people, quotes: quotes)
        // The quote's own sentence. Reading it is independent per quote (on all cores);
        // resolving the speakers is not (the resolver learns as it goes), so it follows in order.
        let quoteList = quotes
        let cost = document.parallelCost > 0 ? quotes.count * 4_096 : 0
        let sites = ParallelMap.map(count: quotes.count, cost: cost) { QuoteSite.locate(quoteList[$0], in: document) }
        let own = ParallelMap.map(count: quotes.count, cost: cost) { index -> Attribution? in
            guard let site = sites[index], document.blocks[site.block].kind != .title else { return nil }
            let reader = rules.reader(site.block)
            return rules.transcriptLabel(site, reader) ?? rules.trailingCue(site, reader) ?? rules.leadingCue(site, reader)
                ?? rules.laterCue(site, reader) ?? rules.precedingSentenceCue(site, reader)
        }
        var decisions = [Decision?](repeating: nil, count: quotes.count)
        for index in quotes.indices {
            if let attribution = own[index] { decisions[index] = decide(attribution, &resolver) }
        }

        // Consecutive quotes in one paragraph share a speaker.
        for index in quotes.indices where decisions[index] == nil {
            guard let site = sites[index] else { continue }
            if index > 0, let previous = sites[index - 1], previous.block == site.block, let shared = decisions[index - 1],
               rules.opensSentence(site, rules.reader(site.block)) || rules.shareSentence(previous, site, rules.reader(site.block)) {
                decisions[index] = Decision(speaker: shared.speaker, kind: shared.kind, cue: shared.cue)
            }
        }
        for index in quotes.indices.reversed() where decisions[index] == nil {
            guard let site = sites[index], let closeEnd = site.closeEnd, index + 1 < quotes.count,
                  let next = sites[index + 1], next.block == site.block, next.openStart - closeEnd <= 2,
                  let shared = decisions[index + 1] else { continue }
            decisions[index] = shared
        }

        // Paragraphs: a continued quote, a colon lead-in, a speaker named just before.
        // Which quotes read the previous paragraph is known before the loop (each step sets
        // only its own decision), so that reading runs first, on all cores.
        let undecided = decisions.map { $0 == nil }
        let paragraphCues = ParallelMap.map(count: quotes.count, cost: cost) { index -> Attribution? in
            guard undecided[index], let site = sites[index], site.openStart == 0,
                  let previousBlock = previousContentBlock(before: site.block, document),
                  !continues(index, sites, previousBlock) else { return nil }
            return rules.previousParagraph(site, previousBlock: previousBlock, rules.reader(previousBlock))
        }
        for index in quotes.indices where decisions[index] == nil {
            guard let site = sites[index], site.openStart == 0, let previousBlock = previousContentBlock(before: site.block, document)
            else { continue }
            if continues(index, sites, previousBlock) {
                if let shared = decisions[index - 1] { decisions[index] = shared }
                continue
            }
            if let attribution = paragraphCues[index] {
                decisions[index] = decide(attribution, &resolver)
            }
        }
        // A quote continued in the next paragraph shares the speaker named there.
        for index in quotes.indices.reversed() where decisions[index] == nil {
            guard index + 1 < quotes.count, let next = sites[index + 1], next.openStart == 0,
                  let previousBlock = previousContentBlock(before: next.block, document),
                  continues(index + 1, sites, previousBlock), let shared = decisions[index + 1] else { continue }
            decisions[index] = shared
        }

        for index in quotes.indices {
            guard let decision = decisions[index] else { continue }
            quotes[index].speaker = decision.speaker
            quotes[index].speakerKind = decision.speaker == nil ? nil : decision.kind
            quotes[index].cue = decision.cue
        }
        addUnlistedSpeakers(decisions, to: &people, resolver, document)
    }

    /// Adds the person speakers the recogniser did not list, so that every person speaker
    /// is one of `people`'s names, as the contract promises.
    private static func addUnlistedSpeakers(_ decisions: [Decision?], to people: inout [Person],
                                            _ resolver: SpeakerResolver, _ document: Document) {
        let listed = Set(people.map(\.name))
        var added: [String: Person] = [:]
        var order: [String] = []
        for case let decision? in decisions where decision.kind == .person {
            guard let name = decision.speaker, !listed.contains(name) else { continue }
            if added[name] == nil {
                added[name] = Person(name: name, gender: resolver.readGender(of: name))
                order.append(name)
            }
            if let mention = decision.mention { added[name]?.mentions.append(mention) }
        }
        for name in order {
            guard var person = added[name] else { continue }
            var seen = Set<TextSpan>()
            person.mentions = (person.mentions + resolver.readMentions(of: name))
                .sorted()
                .filter { seen.insert($0.span).inserted }
            person.boilerplateOnly = !person.mentions.isEmpty
                && person.mentions.allSatisfy { document.blocks[$0.block].kind == .boilerplate }
            people.append(person)
        }
    }

    private static func decide(_ attribution: Attribution, _ resolver: inout SpeakerResolver) -> Decision {
        guard let resolved = resolver.resolve(attribution) else { return Decision(speaker: nil, kind: nil, cue: attribution.cue) }
        var mention: Mention? = nil
        if case .name = attribution.phrase.phrase {
            let tokens = resolver.document.tokens[attribution.block]
            let range = attribution.phrase.tokens
            mention = Mention(block: attribution.block,
                              span: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end))
        }
        return Decision(speaker: resolved.speaker, kind: resolved.kind, cue: attribution.cue, mention: mention)
    }

    /// Whether quote `index` continues the previous quote: that quote ran unclosed to the end
    /// of `previousBlock`, and this one opens its paragraph.
    private static func continues(_ index: Int, _ sites: [QuoteSite?], _ previousBlock: Int) -> Bool {
        guard index > 0, let previous = sites[index - 1] else { return false }
        return previous.block == previousBlock && previous.closeEnd == nil
    }

    /// The nearest block before `block` that is article text.
    private static func previousContentBlock(before block: Int, _ document: Document) -> Int? {
        var index = block - 1
        while index >= 0 {
            if document.blocks[index].kind == .paragraph { return index }
            index -= 1
        }
        return nil
    }
}
