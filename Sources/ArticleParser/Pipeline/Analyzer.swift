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

    /// The sum of all stages.
    public var total: Double { segmentation + tokenization + quotes + boilerplate + people + attribution }
}

/// The parser's entry point: turns source text into an `Article`.
///
/// Stages run in a fixed order, each reading what the ones before produced:
/// segmentation → tokens → quotes → boilerplate → people → attribution.
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
        let segmentation = measure(&timings.segmentation) { Segmenter.segment(source) }
        var document = measure(&timings.tokenization) { Document(source: source, segmentation: segmentation) }
        var quotes = measure(&timings.quotes) { QuoteFinder.findQuotes(in: document) }
        measure(&timings.boilerplate) { BoilerplateClassifier.classify(&document, quotes: quotes) }
        var people = measure(&timings.people) { PeopleRecognizer.recognize(in: document) }
        measure(&timings.attribution) {
            SpeakerAttributor.attribute(&quotes, people: &people, in: document)
            // One pass over the quotes: counting per person by filtering is quadratic.
            var quoteCounts: [String: Int] = [:]
            for quote in quotes where quote.speakerKind == .person {
                if let speaker = quote.speaker { quoteCounts[speaker, default: 0] += 1 }
            }
            for index in people.indices { people[index].quotes = quoteCounts[people[index].name] ?? 0 }
            people = rankedByProminence(people)
        }
        for index in quotes.indices { quotes[index].index = index }
        return Article(source: source, title: segmentation.title, dateline: segmentation.dateline,
                       byline: segmentation.byline, blocks: document.blocks, quotes: quotes, people: people)
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
