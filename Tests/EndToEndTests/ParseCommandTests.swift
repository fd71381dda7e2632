import Foundation
import Testing
import TestSupport

@Suite struct ParseCommandTests {
    @Test func parseJSONOnTheSeedArticleFollowsTheContract() throws {
        let path = Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path
        let result = try BinaryRunner.run(["parse", "--json", path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect(object?["source"] as? String == path)
        #expect(object?["dateline"] as? String == "WASHINGTON")
        let blocks = object?["blocks"] as? [[String: Any]] ?? []
        #expect(blocks.count == 14)
        let text = Array(try Fixtures.article("blinken-mideast.txt").unicodeScalars)
        for block in blocks {
            let start = block["start"] as? Int ?? -1, end = block["end"] as? Int ?? -1
            #expect(start >= 0 && end <= text.count && start <= end)
            let slice = String(String.UnicodeScalarView(text[start..<end]))
            #expect(slice == block["text"] as? String)
        }
    }
}
