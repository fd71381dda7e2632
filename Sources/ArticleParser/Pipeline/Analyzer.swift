import Dispatch

/// How long each stage of the parse took, in seconds.
public struct StageTimings: Sendable {
    /// Splitting into blocks and finding the header.
    public var segmentation: Double = 0
    /// Splitting blocks into tokens.
    public var tokenization: Double = 0
    /// Finding quotations.
    public var quotes: Double = 0
    /// Classifying boilerplate.
    public var boilerplate: Double = 0
    /// Recognising people and merging aliases.
    public var people: Double = 0
    /// Attributing quotes to speakers.
    public var attribution: Double = 0

    /// Creates zeroed timings.
    public init() {}

    /// The wall-clock time of the whole parse. Long texts are analysed in sections on several
    /// cores, so the stage times (summed over sections) can add up to more than this.
    public var total: Double = 0

    /// Adds another section's stage times (not its total).
    mutating func add(_ other: StageTimings) {
        tokenization += other.tokenization
        quotes += other.quotes
        boilerplate += other.boilerplate
        people += other.people
        attribution += other.attribution
    }
}

/// The parser's entry point: turns source text into an `Article`.
///
/// Stages run in a fixed order, each reading what the ones before produced:
/// segmentation → tokens → quotes → boilerplate → people → attribution.
/// Texts longer than a few megabytes are analysed in sections after segmentation (`Sections`).
public enum Analyzer {
    /// Parses an article.
    /// - Parameter source: the article text.
    /// - Returns: the article with blocks, quotes and people.
    public static func parse(_ source: SourceText) -> Article {
        var timings = StageTimings()
        return parse(source, timings: &timings)
    }

    /// Parses an article from a string.
    public static func parse(_ text: String) -> Article {
        parse(SourceText(text))
    }

    /// Parses an article, recording how long each stage took.
    /// - Parameters:
    ///   - source: the article text.
    ///   - timings: receives each stage's duration.
    /// - Returns: the article with blocks, quotes and people.
    public static func parse(_ source: SourceText, timings: inout StageTimings) -> Article {
        parse(source, timings: &timings, sectionBytes: Sections.targetBytes)
    }

    /// Parses with sections of `sectionBytes` (tests use small ones).
    static func parse(_ source: SourceText, timings: inout StageTimings, sectionBytes: Int) -> Article {
        let start = DispatchTime.now().uptimeNanoseconds
        var segmentation = measure(&timings.segmentation) { Segmenter.segment(source) }
        let sections = Sections.ranges(blockBytes: segmentation.blockBytes, targetBytes: sectionBytes)
        var results = analyze(source: source, segmentation: segmentation, sections: sections)
        // Take the blocks out of the segmentation so that this is their only copy and the
        // classification below writes in place rather than copying every block.
        var blocks = segmentation.blocks
        segmentation.blocks = []
        var quotes: [Quote] = []
        for (index, range) in zip(results.indices, sections.isEmpty ? [0..<0] : sections) {
            timings.add(results[index].timings)
            for (offset, found) in results[index].classes.enumerated() {
                blocks[range.lowerBound + offset].kind = found.kind
                blocks[range.lowerBound + offset].category = found.category
            }
            quotes += results[index].quotes
            results[index].classes = []
            results[index].quotes = []
        }
        var people: [Person]
        if results.count == 1 {
            people = results[0].people
        } else {
            let merged = SectionPeopleMerger.merge(results.map(\.people))
            people = merged.people
            if !merged.renamed.isEmpty {
                for index in quotes.indices where quotes[index].speakerKind == .person {
                    if let speaker = quotes[index].speaker, let name = merged.renamed[speaker] {
                        quotes[index].speaker = name
                    }
                }
            }
        }
        results = []
        measure(&timings.attribution) {
            // One pass over the quotes: counting per person by filtering is quadratic.
            var quoteCounts: [String: Int] = [:]
            for quote in quotes where quote.speakerKind == .person {
                if let speaker = quote.speaker { quoteCounts[speaker, default: 0] += 1 }
            }
            for index in people.indices { people[index].quotes = quoteCounts[people[index].name] ?? 0 }
            people = rankedByProminence(people)
        }
        for index in quotes.indices { quotes[index].index = index }
        timings.total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Article(source: source, title: segmentation.title, dateline: segmentation.dateline,
                       byline: segmentation.byline, blocks: blocks, quotes: quotes, people: people)
    }

    /// What one section's analysis produced, with block numbers already in the whole article's terms.
    private struct SectionResult: Sendable {
        /// Each block's kind and category after the boilerplate stage, in section order.
        var classes: [(kind: BlockKind, category: BoilerplateCategory?)]
        var quotes: [Quote]
        var people: [Person]
        var timings: StageTimings
    }

    /// Analyses every section. The segmentation is a parameter so that its copy of the blocks is
    /// released on return, before the caller updates the blocks.
    private static func analyze(source: SourceText, segmentation: Segmentation, sections: [Range<Int>]) -> [SectionResult] {
        if sections.count <= 1 {
            return [analyze(source: source, segmentation: segmentation, blocks: 0..<segmentation.blocks.count)]
        }
        // Sections are independent; both cores take one at a time, so at most two sections'
        // tokens are alive at once.
        return ParallelMap.map(count: sections.count, minimumItemsPerChunk: 1) { index in
            analyze(source: source, segmentation: Sections.part(of: segmentation, blocks: sections[index]),
                    blocks: sections[index])
        }
    }

    /// Runs every stage after segmentation over the blocks `range` of the article.
    /// - Parameters:
    ///   - segmentation: the blocks of this section, numbered from zero.
    ///   - range: where those blocks sit in the whole article.
    private static func analyze(source: SourceText, segmentation: Segmentation, blocks range: Range<Int>) -> SectionResult {
        var timings = StageTimings()
        var document = measure(&timings.tokenization) { Document(source: source, segmentation: segmentation) }
        var quotes = measure(&timings.quotes) { QuoteFinder.findQuotes(in: document) }
        measure(&timings.boilerplate) { BoilerplateClassifier.classify(&document, quotes: quotes) }
        var people = measure(&timings.people) { PeopleRecognizer.recognize(in: document) }
        measure(&timings.attribution) { SpeakerAttributor.attribute(&quotes, people: &people, in: document) }
        let offset = range.lowerBound
        if offset != 0 {
            for index in quotes.indices { quotes[index].block += offset }
            for person in people.indices {
                for mention in people[person].mentions.indices { people[person].mentions[mention].block += offset }
            }
        }
        return SectionResult(classes: document.blocks.map { ($0.kind, $0.category) }, quotes: quotes,
                             people: people, timings: timings)
    }

    /// Orders people by quotes, then mentions, then first appearance.
    static func rankedByProminence(_ people: [Person]) -> [Person] {
        people.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.boilerplateOnly != b.boilerplateOnly { return !a.boilerplateOnly }
            if a.quotes != b.quotes { return a.quotes > b.quotes }
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            let firstA = a.mentions.first?.span.start ?? Int.max
            let firstB = b.mentions.first?.span.start ?? Int.max
            return firstA != firstB ? firstA < firstB : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func measure<T>(_ seconds: inout Double, _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return result
    }
}
