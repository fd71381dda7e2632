import ArticleParser
import Testing
@testable import ReaderUI

/// The lazy layout gives the lines laying out the whole article at once would give, whatever
/// is asked first; the fast line count agrees with wrapping the prepared block.
@Suite struct LazyLayoutTests {
    /// Lays out every block eagerly, as the reader did before layout became lazy.
    static func eagerLines(_ article: PreparedArticle, width: Int, folds: FoldState) -> (lines: [LayoutLine], first: [Int?]) {
        var lines: [LayoutLine] = []
        var first = [Int?](repeating: nil, count: article.blocks.count)
        for index in article.blocks.indices {
            let block = article.blocks[index]
            let isBoilerplate = block.kind == .boilerplate
            if isBoilerplate && folds.hidesBoilerplate { continue }
            first[index] = lines.count
            if isBoilerplate && !folds.expanded.contains(index) {
                lines.append(LayoutLine(kind: .stub, block: index, range: 0..<0))
            } else {
                if isBoilerplate { lines.append(LayoutLine(kind: .foldHeader, block: index, range: 0..<0)) }
                for range in Wrapper.wrap(block, width: width) { lines.append(LayoutLine(kind: .text, block: index, range: range)) }
            }
            lines.append(LayoutLine(kind: .blank, block: index, range: block.count..<block.count))
        }
        if lines.last?.kind == .blank { lines.removeLast() }
        return (lines, first)
    }

    /// A deterministic article of `blocks` blocks mixing plain, accented, wide, emoji and
    /// control-laden text, long words, and boilerplate.
    static func mixedArticle(blocks count: Int, seed: UInt64) -> Article {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        let words = ["the", "council", "approved", "Zoë", "Tomás", "“budget”", "—", "naïve", "café", "€40",
                     "東京", "🙂", "e\u{301}", "tab\there", "bell\u{7}", "soft\u{AD}hyphen", "CR\r\nLF",
                     "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "a", "x", "  ", "\u{200B}", "👍🏽"]
        var builder = ArticleBuilder(title: "A title of some length for the layout")
        for index in 0..<count {
            let length = next(index % 5 == 0 ? 120 : 40)
            let text = (0..<length).map { _ in words[next(index % 3 == 0 ? 10 : words.count)] }.joined(separator: next(4) == 0 ? "\n" : " ")
            if next(5) == 0 { builder.boilerplate(.promo, text) } else { builder.paragraph(text) }
        }
        return builder.build()
    }

    @Test(arguments: [1, 7, 20, 41, 80, 120])
    func everyLineMatchesTheEagerLayout(width: Int) {
        let article = PreparedArticle(Self.mixedArticle(blocks: 60, seed: UInt64(width)))
        let boilerplate = Set(article.boilerplateBlocks.prefix(4))
        for folds in [FoldState(), FoldState(expanded: boilerplate), FoldState(expanded: boilerplate, hidesBoilerplate: true)] {
            let eager = Self.eagerLines(article, width: width, folds: folds)
            // Ask from the bottom first, then the middle, then the top: order must not matter.
            let lazy = DocumentLayout(article, width: width, folds: folds)
            var order = Array(eager.lines.indices.reversed())
            order.swapAt(0, order.count / 2)
            for line in order { #expect(lazy.line(line) == eager.lines[line]) }
            #expect(lazy.count == eager.lines.count)
            #expect(!lazy.contains(line: eager.lines.count))
            let fresh = DocumentLayout(article, width: width, folds: folds)
            #expect(fresh.firstLine == eager.first)
            #expect(fresh.lines == eager.lines)
        }
    }

    @Test func scrollPositionsAndAnchorsMatchTheEagerLayout() {
        let article = PreparedArticle(Self.mixedArticle(blocks: 80, seed: 9))
        let eager = Self.eagerLines(article, width: 50, folds: FoldState())
        let step = max(1, eager.lines.count / 37)
        for top in stride(from: 0, to: eager.lines.count, by: step) {
            // A fresh layout each time: only the lines up to `top` (and a screen) get indexed.
            let layout = DocumentLayout(article, width: 50, folds: FoldState())
            let anchor = layout.anchor(forLine: top)
            let line = eager.lines[top]
            #expect(anchor == ScrollAnchor(block: line.block, grapheme: line.range.lowerBound))
            #expect(layout.line(for: anchor) == top || eager.lines[layout.line(for: anchor)].range.lowerBound == line.range.lowerBound)
            #expect(!layout.isComplete || top + 200 >= eager.lines.count, "the index stays near the asked line")
        }
    }

    @Test func aReaderStateOnALargeArticleIndexesOnlyWhatItShows() {
        let article = PreparedArticle(Self.mixedArticle(blocks: 3000, seed: 3))
        var state = ReaderState(article: article, name: "big.txt", size: TerminalSize(width: 100, height: 30))
        _ = render(state, size: state.size)
        #expect(!state.layout.isComplete, "the first frame lays out the top only")
        reduce(&state, .scrollPages(5))
        #expect(!state.layout.isComplete)
        let eager = Self.eagerLines(article, width: state.layout.width, folds: state.folds)
        #expect(state.topLine == 5 * (state.geometry.bodyHeight - 1))
        #expect(state.visibleLines.map(state.layout.line) == Array(eager.lines[state.visibleLines]))
        reduce(&state, .bottom)
        #expect(state.topLine == eager.lines.count - state.geometry.bodyHeight)
        #expect(state.visibleLines.upperBound == eager.lines.count)
    }

    @Test func theEstimateBecomesTheCountOnceIndexed() {
        let article = PreparedArticle(Self.mixedArticle(blocks: 400, seed: 5))
        let layout = DocumentLayout(article, width: 60, folds: FoldState())
        _ = layout.line(0)
        #expect(layout.estimatedCount > 0)
        while !layout.indexAhead(blocks: 50) {}
        #expect(layout.estimatedCount == Self.eagerLines(article, width: 60, folds: FoldState()).lines.count)
    }

    @Test(arguments: 0..<40)
    func theFastLineCountAgreesWithWrapping(seed: Int) {
        let article = Self.mixedArticle(blocks: 30, seed: UInt64(seed) * 7919 + 1)
        for block in article.blocks {
            for width in [1, 2, 5, 13, 40, 80] {
                guard let fast = LineCounter.lines(in: block.text, width: width) else { continue }
                #expect(fast == Wrapper.wrap(PreparedBlock(block), width: width).count, "\(block.text.debugDescription) at \(width)")
            }
        }
    }

    @Test func theFastLineCountTakesCommonTextAndDeclinesTheRest() {
        #expect(LineCounter.lines(in: "“Café,” she said — naïvely… for €40.", width: 80) == 1)
        #expect(LineCounter.lines(in: "", width: 10) == 1)
        #expect(LineCounter.lines(in: "  \n ", width: 10) == 1)
        #expect(LineCounter.lines(in: "aaaaaaaaaa", width: 3) == 4)
        #expect(LineCounter.lines(in: "東京", width: 80) == nil)
        #expect(LineCounter.lines(in: "e\u{301}", width: 80) == nil)
        #expect(LineCounter.lines(in: "bell\u{7}", width: 80) == nil)
        #expect(LineCounter.lines(in: "soft\u{AD}hyphen", width: 80) == nil)
    }

    @Test func blocksArePreparedOnlyWhenRead() {
        let article = PreparedArticle(Self.mixedArticle(blocks: 50, seed: 2))
        #expect(article.blocks.cache.block(40) == nil)
        _ = article.blocks[40]
        #expect(article.blocks.cache.block(40) != nil)
        #expect(article.blocks.cache.block(39) == nil)
    }
}
