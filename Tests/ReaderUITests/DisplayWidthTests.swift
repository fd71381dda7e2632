import Testing
@testable import ReaderUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), ("é", 1), ("e\u{301}", 1), ("東", 2), ("한", 2), ("Ａ", 2), ("。", 2),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇬🇧", 2), ("❤️", 2), ("1️⃣", 2), ("–", 1), ("“", 1), ("␛", 1),
    ])
    func graphemeWidths(_ text: String, _ width: Int) throws {
        let character = try #require(text.first)
        #expect(text.count == 1)
        #expect(DisplayWidth.of(character) == width, "\(text)")
    }

    @Test func combiningMarksAndZeroWidthScalarsTakeNoColumns() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(DisplayWidth.of("Tokyo 東京 👍") == 6 + 4 + 1 + 2)
        #expect(DisplayWidth.of("") == 0)
    }
}
