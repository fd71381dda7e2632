import ArticleParser
import Testing
@testable import ReaderUI

@Suite struct WrapperTests {
    func block(_ text: String) -> PreparedBlock {
        PreparedBlock(Block(index: 0, kind: .paragraph, span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text))
    }

    func lines(_ text: String, width: Int) -> [String] {
        let prepared = block(text)
        return Wrapper.wrap(prepared, width: width).map { prepared.text($0) }
    }

    @Test func wrapsAtWordBoundaries() {
        #expect(lines("the quick brown fox jumps over the lazy dog", width: 10)
                == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func aWordThatFitsExactlyStaysOnTheLine() {
        #expect(lines("abcde fghij", width: 5) == ["abcde", "fghij"])
        #expect(lines("ab cd", width: 5) == ["ab cd"])
    }

    @Test func hardBreaksOnlyWordsLongerThanTheLine() {
        #expect(lines("a supercalifragilistic word", width: 8) == ["a", "supercal", "ifragili", "stic", "word"])
    }

    @Test func wideCharactersCountTwoAndAreNeverSplit() {
        let wrapped = lines("東京都庁舎", width: 5)
        #expect(wrapped == ["東京", "都庁", "舎"])
        let prepared = block("東京都庁舎 and more text")
        for range in Wrapper.wrap(prepared, width: 5) { #expect(prepared.width(of: range) <= 5) }
    }

    @Test func graphemeClustersStayWhole() {
        let text = "e\u{301}e\u{301}e\u{301}e\u{301} 👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧"
        let prepared = block(text)
        let wrapped = Wrapper.wrap(prepared, width: 3).map { prepared.text($0) }
        #expect(wrapped == ["e\u{301}e\u{301}e\u{301}", "e\u{301}", "👨‍👩‍👧", "👨‍👩‍👧", "👨‍👩‍👧"])
    }

    @Test func aWideCharacterOnAOneColumnLineGetsALineOfItsOwn() {
        #expect(lines("東京", width: 1) == ["東", "京"])
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = (0..<300).map { String(repeating: "x", count: $0 % 17 + 1) }.joined(separator: " ")
        let prepared = block(text)
        for width in [1, 7, 20, 80] {
            let ranges = Wrapper.wrap(prepared, width: width)
            for range in ranges { #expect(prepared.width(of: range) <= width) }
            // Every word survives, in order.
            #expect(ranges.map { prepared.text($0) }.joined(separator: " ").split(separator: " ").count
                    >= text.split(separator: " ").count)
        }
    }

    @Test func emptyTextGivesOneEmptyLine() {
        #expect(Wrapper.wrap(block(""), width: 10) == [0..<0])
    }
}
