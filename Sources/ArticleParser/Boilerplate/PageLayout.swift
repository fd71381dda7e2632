/// Where the article lies among a page's blocks: its title, the header zone between title and
/// body (standfirst, byline, date, share bar, lead photo), and the body itself.
struct PageLayout: Sendable, Equatable {
    /// The headline block, if one was found.
    var title: Int?
    /// The first block of the body.
    var bodyStart: Int
    /// The last block of the body (inclusive).
    var bodyEnd: Int

    /// Whether `index` lies in the body.
    func inBody(_ index: Int) -> Bool { index >= bodyStart && index <= bodyEnd }

    /// Whether `index` lies between the title and the body.
    func inHeader(_ index: Int) -> Bool {
        guard let title else { return false }
        return index > title && index < bodyStart
    }
}

/// Finds the article's body as the run of blocks richest in prose, the way body-text
/// extraction scores text against markup: prose earns its weight in words, every block pays
/// a toll, so menus of short lines sink and paragraphs rise, in any language.
enum PageLayoutFinder {
    /// The toll each block pays; a block needs about this many words of prose to break even.
    static let blockToll = 8.0
    /// How many blocks before the body may still hold the title.
    static let titleWindow = 14
    /// How many leading body blocks may still turn out to be header lines.
    static let headerWindow = 6

    /// The page layout, or nil when no run of blocks reads as prose.
    static func find(blocks: [Block], features: [BlockShape], findings: [LocalFinding?]) -> PageLayout? {
        guard !blocks.isEmpty else { return nil }
        guard var (start, end) = richestRun(blocks: blocks, features: features, findings: findings) else { return nil }
        end = endingBeforeCommentThread(start: start, end: end, findings: findings)
        start = skippingHeaderLines(from: start, end: end, blocks: blocks, features: features, findings: findings)
        (start, end) = extended(start: start, end: end, blocks: blocks, features: features, findings: findings)
        let title = titleIndex(before: start, blocks: blocks, features: features, findings: findings)
        // A datelined paragraph ("PARIS (AP) — …") opens the body, whatever came before it.
        if let title, title + 1 <= start {
            for index in (title + 1)..<start
            where features[index].weight >= 12 && HeaderDetector.datelinePlace(in: blocks[index].text) != nil {
                start = index
                break
            }
        }
        return PageLayout(title: title, bodyStart: start, bodyEnd: end)
    }

    /// What a block adds to a candidate body: positive for prose, negative for labels and links.
    static func value(_ f: BlockShape, finding: LocalFinding?, kind: BlockKind) -> Double {
        if kind == .title { return 0 }
        if let finding, finding.strong { return -blockToll - 4 }
        var words = Double(f.weight)
        if !f.endsSentence { words *= 0.4 }
        if f.hasAddress { words *= 0.5 }
        return words - blockToll
    }

    /// The contiguous run of blocks with the greatest total value (Kadane's algorithm).
    private static func richestRun(blocks: [Block], features: [BlockShape],
                                   findings: [LocalFinding?]) -> (Int, Int)? {
        var best = 0.0, bestRange: (Int, Int)? = nil
        var sum = 0.0, runStart = 0
        for index in blocks.indices {
            let gain = value(features[index], finding: findings[index], kind: blocks[index].kind)
            if sum <= 0 { sum = 0; runStart = index }
            sum += gain
            if sum > best { best = sum; bestRange = (runStart, index) }
        }
        return bestRange
    }

    /// Ends the body at a comments heading ("167 comments", "Top rated comments") that is
    /// followed by the dates and names of a reader thread: readers' prose is not the article's.
    private static func endingBeforeCommentThread(start: Int, end: Int, findings: [LocalFinding?]) -> Int {
        var index = start + 2
        while index <= end {
            if let finding = findings[index], finding.category == .comments {
                var signs = 0
                for next in (index + 1)..<min(findings.count, index + 12) {
                    if let later = findings[next], later.category == .timestamp || later.category == .byline
                        || later.category == .comments { signs += 1 }
                }
                if signs >= 2 { return index - 1 }
            }
            index += 1
        }
        return end
    }

    /// Moves the body's start past a byline or date line among its first blocks, so the
    /// standfirst above them joins the header, unless a datelined paragraph opens the body.
    private static func skippingHeaderLines(from start: Int, end: Int, blocks: [Block], features: [BlockShape],
                                            findings: [LocalFinding?]) -> Int {
        var newStart = start
        var index = start
        while index <= min(end, start + headerWindow) {
            if features[index].weight >= 12, HeaderDetector.datelinePlace(in: blocks[index].text) != nil { break }
            // Only a standfirst-sized block may be pushed into the header: a full paragraph
            // above a byline is still the story's opening.
            if findings[index] == nil, features[index].weight > 45 || features[index].hasQuotation { break }
            if let finding = findings[index], finding.strong,
               finding.category == .byline || finding.category == .timestamp {
                newStart = index + 1
            }
            index += 1
        }
        return newStart <= end ? newStart : start
    }

    /// Grows the body over neighbouring sentences that carry no sign of furniture: a short
    /// closing line or an opening paragraph is article text until shown otherwise.
    private static func extended(start: Int, end: Int, blocks: [Block], features: [BlockShape],
                                 findings: [LocalFinding?]) -> (Int, Int) {
        func isSentence(_ index: Int) -> Bool {
            let f = features[index]
            return blocks[index].kind == .paragraph && findings[index] == nil && f.endsSentence
                && f.lowercaseWords >= 2 && !f.hasAddress
        }
        var newEnd = end
        while newEnd + 1 < blocks.count, isSentence(newEnd + 1) { newEnd += 1 }
        var newStart = start
        // Backwards only while no header line (byline, date) intervenes; an opening paragraph
        // may lack its full stop, so long lowercase-rich lines count too.
        func isOpening(_ index: Int) -> Bool {
            let f = features[index]
            return isSentence(index) && f.weight >= 4
                || blocks[index].kind == .paragraph && findings[index] == nil && f.weight >= 12
                    && f.lowercaseWords * 2 >= f.words && !f.hasAddress
        }
        while newStart > 0, isOpening(newStart - 1),
              !isFollowedByHeaderLine(newStart - 1, blocks: blocks, findings: findings) {
            newStart -= 1
        }
        return (newStart, newEnd)
    }

    /// Whether the block right after `index` is a byline or a date: then `index` is a standfirst.
    private static func isFollowedByHeaderLine(_ index: Int, blocks: [Block], findings: [LocalFinding?]) -> Bool {
        guard index + 1 < blocks.count, let next = findings[index + 1] else { return false }
        return next.category == .byline || next.category == .timestamp
    }

    /// The headline: the nearest block above the body, past header lines and a standfirst,
    /// that is shaped like a headline (a few words, no closing period).
    private static func titleIndex(before start: Int, blocks: [Block], features: [BlockShape],
                                   findings: [LocalFinding?]) -> Int? {
        if let first = blocks.first, first.kind == .title, start <= titleWindow { return start > 0 ? 0 : nil }
        // A short first line right above the header is the headline, even with a full stop.
        if start > 0, start <= headerWindow, features[0].weight >= 2, features[0].weight <= 25,
           findings[0] == nil, features[0].lines == 1 { return 0 }
        // Headings stand alone between blank lines; names and labels in a stacked run do not.
        func isHeadline(_ index: Int) -> Bool {
            let f = features[index]
            // Scripts without letter case (Arabic, Hebrew, CJK) have no capitals to look for.
            guard findings[index] == nil, !f.hasAddress, f.weight >= 4, f.weight <= 25,
                  f.capitalizedWords >= 1 || f.lowercaseWords == 0,
                  f.blankBefore, f.blankAfter, f.lines == 1 else { return false }
            return !(f.endsSentence && blocks[index].text.last == ".")
        }
        // Lines already named as furniture (share buttons, dates) do not use up the window.
        var index = start - 1
        var unnamed = 0
        while index >= 0, unnamed <= titleWindow, index >= start - 4 * titleWindow {
            if isHeadline(index) {
                // A long standfirst without a full stop looks like a headline too: the headline
                // is the shorter one right above it.
                if features[index].weight > 15 {
                    for above in stride(from: index - 1, through: max(0, index - 2), by: -1)
                    where isHeadline(above) && features[above].weight <= features[index].weight {
                        return above
                    }
                }
                return index
            }
            if findings[index] == nil { unnamed += 1 }
            index -= 1
        }
        return nil
    }
}
