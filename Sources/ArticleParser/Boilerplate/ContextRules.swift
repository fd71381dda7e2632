/// Decides each block's fate from its own finding, its place on the page and its neighbours.
enum ContextRules {
    /// The boilerplate category of each block, or nil for article text.
    static func decide(blocks: [Block], features: [BlockShape], findings: [LocalFinding?],
                       layout: PageLayout?, copies: RepeatedText) -> [BoilerplateCategory?] {
        var decisions = [BoilerplateCategory?](repeating: nil, count: blocks.count)
        let footer = layout.map { footerStart(layout: $0, features: features, findings: findings, copies: copies) } ?? blocks.count
        for index in blocks.indices {
            let finding = findings[index]
            guard let layout else {
                if let finding, finding.strong { decisions[index] = finding.category }
                continue
            }
            if index == layout.title { continue }
            if layout.inBody(index) {
                if let finding, finding.strong { decisions[index] = finding.category }
            } else if layout.inHeader(index) {
                decisions[index] = finding?.category ?? headerCategory(features[index])
            } else if index < layout.bodyStart || index >= footer {
                decisions[index] = finding?.category ?? .navigation
            } else if let finding, finding.strong {
                // Between the body and the footer: tables, lists and embeds stay unless named.
                decisions[index] = finding.category
            }
        }
        markCaptionsAboveCredits(features: features, findings: findings, decisions: &decisions)
        markCaptionsOverSources(features: features, findings: findings, decisions: &decisions)
        markFurnitureRuns(features: features, findings: findings, decisions: &decisions)
        markListsUnderLabels(features: features, findings: findings, decisions: &decisions)
        if let title = layout?.title { decisions[title] = nil }
        if let layout {
            markRepeatedLines(layout: layout, features: features, copies: copies, decisions: &decisions)
        }
        return decisions
    }

    /// The first block after the body with strong evidence of furniture (a strong finding, or
    /// a line the page also prints above the article, as menus are): from there on, the page is
    /// footer. Lists and tables between the body and that block are given the benefit of the doubt.
    static func footerStart(layout: PageLayout, features: [BlockShape], findings: [LocalFinding?],
                            copies: RepeatedText) -> Int {
        var index = layout.bodyEnd + 1
        while index < findings.count {
            // Readers' comments are prose, so a comments heading needs no silence after it.
            if findings[index]?.strong == true, findings[index]?.category == .comments { return index }
            // So is an author box: its biography is prose about the writer, not the story.
            if findings[index]?.category == .byline, index > layout.bodyEnd, features[index].words <= 5,
               isAuthorBoxLabel(features[index]) { return index }
            let echoesMenu = copies.hasCopy(of: index, before: layout.bodyStart, title: layout.title)
            if findings[index]?.strong == true || echoesMenu,
               !((index + 1)...(index + 3)).contains(where: { $0 < features.count && isPlainProse(features[$0], findings[$0]) }) {
                return index
            }
            index += 1
        }
        return findings.count
    }

    /// Whether a byline block is an author-box heading rather than a "By …" line.
    static func isAuthorBoxLabel(_ f: BlockShape) -> Bool {
        f.opensWithAuthorBoxWord
    }

    /// Whether a block is a plain sentence of some length with nothing pointing to furniture.
    static func isPlainProse(_ f: BlockShape, _ finding: LocalFinding?) -> Bool {
        finding == nil && f.isProse && f.weight >= 12 && f.lowercaseWords * 2 >= f.words && !f.hasAddress
    }

    /// What a header-zone block is when no rule named it: a date, an author, or a standfirst.
    static func headerCategory(_ f: BlockShape) -> BoilerplateCategory {
        if f.numbers >= 1, f.words <= 10 { return .timestamp }
        if f.weight <= 5, f.capitalizedWords * 2 >= f.words, !f.endsSentence { return .byline }
        return .other
    }

    /// A line directly above a credit line ("(Getty Images)", "Jane Roe / AP") is its caption;
    /// a lone label ("Photo:") makes the line below it a caption too.
    private static func markCaptionsAboveCredits(features: [BlockShape], findings: [LocalFinding?],
                                                 decisions: inout [BoilerplateCategory?]) {
        for index in features.indices where findings[index]?.category == .caption && findings[index]?.strong == true {
            let f = features[index]
            guard f.weight <= 10 else { continue }
            if index > 0, !f.blankBefore, decisions[index - 1] == nil, isCaptionShaped(features[index - 1]) {
                decisions[index - 1] = .caption
            }
            if f.weight <= 2, index + 1 < features.count, !features[index + 1].blankBefore,
               decisions[index + 1] == nil, features[index + 1].weight <= 12 {
                decisions[index + 1] = .caption
            }
        }
    }

    /// A two-line unit set apart by blank lines, a description over a short name in capitals
    /// ("Harbour seals on the north beach." / "Coastal Trust"): a caption over its source.
    private static func markCaptionsOverSources(features: [BlockShape], findings: [LocalFinding?],
                                                decisions: inout [BoilerplateCategory?]) {
        for run in LineRuns.runs(features) where run.count == 2 {
            let (upper, lower) = (run.lowerBound, run.lowerBound + 1)
            let source = features[lower]
            guard decisions[upper] == nil, decisions[lower] == nil, findings[upper] == nil,
                  isCaptionShaped(features[upper]), features[upper].weight >= 4, features[upper].endsSentence,
                  (1...4).contains(source.words), source.capitalizedWords == source.words, source.numbers == 0,
                  !source.endsSentence, !source.hasQuotation, features[upper].lines == 1 else { continue }
            decisions[upper] = .caption
            decisions[lower] = .caption
        }
    }

    private static func isCaptionShaped(_ f: BlockShape) -> Bool {
        f.weight <= 60 && !f.hasQuotation && !f.hasReportingVerb && f.lines <= 2
    }

    /// A run of lines without blank lines between them, most of them furniture and the rest
    /// short: a share bar or a form split into lines ("Facebook", "Twitter", "Email").
    private static func markFurnitureRuns(features: [BlockShape], findings: [LocalFinding?],
                                          decisions: inout [BoilerplateCategory?]) {
        for run in LineRuns.runs(features) where run.count >= 2 {
            var marked = 0
            var strong = 0
            var allShort = true
            var counts: [BoilerplateCategory: Int] = [:]
            for index in run {
                if findings[index]?.strong == true { strong += 1 }
                if let category = decisions[index] ?? findings[index]?.category {
                    marked += 1
                    counts[category, default: 0] += 1
                } else if features[index].weight > 6 || features[index].isProse {
                    allShort = false
                }
            }
            // A menu of site sections ("About us", "Contact", "Privacy policy") needs no strong line.
            let menu = run.count >= 3 && (counts[.navigation] ?? 0) * 2 >= run.count
            guard allShort, strong >= 1 || menu, marked * 2 >= run.count,
                  let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })?.key
            else { continue }
            for index in run where decisions[index] == nil {
                decisions[index] = findings[index]?.category ?? top
            }
        }
    }

    /// Headlines listed under a "Related", "Most popular" or "More:" label.
    private static func markListsUnderLabels(features: [BlockShape], findings: [LocalFinding?],
                                             decisions: inout [BoilerplateCategory?]) {
        for index in features.indices where findings[index]?.category == .related && features[index].words <= 4 {
            var next = index + 1
            while next < features.count, next <= index + 10 {
                let f = features[next]
                let headline = f.weight <= 25 && (f.endsSentence == false || f.weight <= 14)
                guard headline || decisions[next] != nil else { break }
                if decisions[next] == nil || findings[next] == nil { decisions[next] = .related }
                next += 1
            }
        }
    }

    /// Short lines in the body that the page also prints outside it, where they are furniture:
    /// a standfirst repeated under the photo, a teaser, a byline.
    private static func markRepeatedLines(layout: PageLayout, features: [BlockShape], copies: RepeatedText,
                                          decisions: inout [BoilerplateCategory?]) {
        // Per group, the category of its first copy outside the body, looked up once.
        var outsideCategory: [Int: BoilerplateCategory?] = [:]
        for index in features.indices where decisions[index] == nil && layout.inBody(index) {
            guard let id = copies.group[index], index != layout.title else { continue }
            let f = features[index]
            guard !f.hasQuotation, f.weight >= 2 else { continue }
            if outsideCategory[id] == nil {
                let copy = copies.members[id].first { !layout.inBody($0) && $0 != layout.title && decisions[$0] != nil }
                outsideCategory[id] = .some(copy.flatMap { decisions[$0] })
            }
            if let category = outsideCategory[id] ?? nil { decisions[index] = category }
        }
    }
}
