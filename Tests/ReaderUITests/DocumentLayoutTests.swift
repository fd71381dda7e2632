import Testing
@testable import ReaderUI

@Suite struct DocumentLayoutTests {
    let article = PreparedArticle(ArticleBuilder.sample.build())

    @Test func blocksAreSeparatedByBlankLinesAndBoilerplateIsAStub() {
        let layout = DocumentLayout(article, width: 40, folds: FoldState())
        let kinds = layout.lines.map(\.kind)
        #expect(kinds.first == .text)
        #expect(kinds.last == .text, "no blank line after the last block")
        let caption = layout.lines.filter { $0.block == 3 }
        #expect(caption.map(\.kind) == [.stub, .blank])
        for block in 0..<article.blocks.count { #expect(layout.isVisible(block: block)) }
        // Every paragraph is followed by one blank line.
        for (index, line) in layout.lines.enumerated() where line.kind == .blank {
            #expect(layout.lines[index + 1].block == line.block + 1)
        }
    }

    @Test func unfoldedBoilerplateHasAHeaderAndItsText() {
        let layout = DocumentLayout(article, width: 40, folds: FoldState(expanded: [3]))
        let caption = layout.lines.filter { $0.block == 3 }
        #expect(caption.first?.kind == .foldHeader)
        #expect(caption.filter { $0.kind == .text }.count >= 2)
        #expect(layout.lines.filter { $0.block == 5 }.first?.kind == .stub, "other boilerplate stays folded")
    }

    @Test func hiddenBoilerplateHasNoLinesAtAll() {
        let layout = DocumentLayout(article, width: 40, folds: FoldState(expanded: [3], hidesBoilerplate: true))
        #expect(!layout.lines.contains { $0.block == 3 || $0.block == 5 })
        #expect(!layout.isVisible(block: 3))
        #expect(layout.lineRange(ofBlock: 3) == nil)
        #expect(layout.line(for: ScrollAnchor(block: 3, grapheme: 0)) == layout.firstLine[4])
    }

    @Test func textLinesFitTheWidth() {
        for width in [1, 10, 33, 80] {
            let layout = DocumentLayout(article, width: width, folds: FoldState(expanded: [3, 5]))
            for line in layout.lines where line.kind == .text {
                #expect(article.blocks[line.block].width(of: line.range) <= width)
            }
        }
    }

    @Test func anchorsFindTheSameTextAtAnotherWidth() {
        let wide = DocumentLayout(article, width: 60, folds: FoldState())
        let narrow = DocumentLayout(article, width: 20, folds: FoldState())
        for index in wide.lines.indices {
            let anchor = wide.anchor(forLine: index)
            let line = narrow.lines[narrow.line(for: anchor)]
            #expect(line.block == anchor.block)
            if wide.lines[index].kind == .text, !wide.lines[index].range.isEmpty {
                #expect(line.range.contains(anchor.grapheme), "line \(index)")
            }
        }
    }
}
