/// Marks page furniture (captions, promos, share bars…) as boilerplate with a category.
///
/// Three kinds of evidence are combined: what a block says and how it is shaped
/// (`CategoryRules`), where it sits on the page (`PageLayoutFinder`: before the title, between
/// title and body, after the body), and its neighbours (`ContextRules`: credit lines under
/// captions, share bars split into lines, lists under a "Related" label, repeated lines).
/// Inside the body only strong evidence hides a block: when unsure, content wins.
enum BoilerplateClassifier {
    /// Sets `kind` and `category` of each boilerplate block in `document`.
    /// - Parameters:
    ///   - document: the parsed document, whose blocks are updated in place.
    ///   - quotes: the quotations found so far; a block holding one is never boilerplate.
    static func classify(_ document: inout Document, quotes: [Quote]) {
        // The decisions are made on a borrowed document and applied afterwards, so that the
        // blocks array is not copied when it is written to.
        let categories = categories(in: document, quotes: quotes)
        for (index, category) in categories.enumerated() {
            guard let category else { continue }
            document.blocks[index].kind = .boilerplate
            document.blocks[index].category = category
        }
    }

    /// The boilerplate category of each block of `document`, or nil for the title and article text.
    static func categories(in document: Document, quotes: [Quote]) -> [BoilerplateCategory?] {
        let blocks = document.blocks
        guard !blocks.isEmpty else { return [] }
        // One pass over the blocks, each judged on its own. It runs on the calling thread: the
        // analyzer already spreads long texts over the cores section by section, and a short
        // article costs less than a thread hop.
        var features: [BlockShape] = []
        var findings: [LocalFinding?] = []
        var textHashes: [Int?] = []
        features.reserveCapacity(blocks.count)
        findings.reserveCapacity(blocks.count)
        textHashes.reserveCapacity(blocks.count)
        document.source.utf8.withUnsafeBufferPointer { text in
            for index in blocks.indices {
                let facts = localFacts(of: index, in: document, text: text)
                features.append(facts.shape)
                findings.append(facts.finding)
                textHashes.append(facts.textHash)
            }
        }
        for index in document.header.bylineBlocks where index < findings.count {
            findings[index] = LocalFinding(category: .byline, strong: true)
        }
        let layout = PageLayoutFinder.find(blocks: blocks, features: features, findings: findings)
        let copies = RepeatedText(blocks: blocks, blockBytes: document.blockBytes, source: document.source,
                                  textHashes: textHashes)
        var decisions = ContextRules.decide(blocks: blocks, features: features, findings: findings,
                                            layout: layout, copies: copies)

        var quoted = Set(quotes.map(\.block))
        for index in blocks.indices where features[index].hasQuotation && features[index].weight > 12 {
            if layout.map({ $0.inBody(index) || $0.inHeader(index) }) ?? true { quoted.insert(index) }
        }
        for index in blocks.indices where blocks[index].kind != .paragraph || quoted.contains(index) {
            decisions[index] = nil
        }
        return decisions
    }

    /// What block `index` shows on its own: its features (with the blank lines around it), the
    /// category its words and shape point to, and the hash by which repeated lines are found.
    private static func localFacts(of index: Int, in document: Document, text: UnsafeBufferPointer<UInt8>)
        -> (shape: BlockShape, finding: LocalFinding?, textHash: Int?) {
        let tokens = document.tokens[index]
        var f = BlockFeatures(tokens: tokens, text: text)
        f.shape.blankBefore = LineRuns.blankLineBefore(index, blockBytes: document.blockBytes, text: text)
        if index + 1 < document.blocks.count {
            f.shape.blankAfter = LineRuns.blankLineBefore(index + 1, blockBytes: document.blockBytes, text: text)
        }
        return (f.shape, CategoryRules.finding(tokens: tokens, features: f),
                RepeatedText.textHash(document.blocks[index].text, shape: f.shape))
    }
}
