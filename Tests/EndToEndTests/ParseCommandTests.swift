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

/// The example in docs/parse-contract.md is real output: every object it shows appears, equal,
/// in what `byline parse --json` prints for the seed article today.
@Suite struct ParseContractDocumentTests {
    @Test func documentedExampleMatchesRealOutput() throws {
        let doc = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/parse-contract.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```json\n"))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        let example = try #require(try JSONSerialization.jsonObject(with: Data(doc[start.upperBound..<end.lowerBound].utf8)) as? NSDictionary)
        let result = try BinaryRunner.run(["parse", "--json", "Articles/blinken-mideast.txt"], currentDirectory: Fixtures.packageRoot)
        let real = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? NSDictionary)
        for key in ["version", "source", "title", "dateline", "byline"] {
            #expect(example[key] as? NSObject == real[key] as? NSObject, "\(key)")
        }
        for key in ["blocks", "quotes"] {
            let shown = example[key] as? [NSDictionary] ?? []
            let actual = real[key] as? [NSDictionary] ?? []
            #expect(!shown.isEmpty)
            for object in shown { #expect(actual.contains(object), "\(key): \(object)") }
        }
        let actualPeople = real["people"] as? [NSDictionary] ?? []
        for person in example["people"] as? [NSDictionary] ?? [] {
            let match = actualPeople.first { $0["name"] as? String == person["name"] as? String }
            #expect(match != nil)
            for key in ["aliases", "role", "quotes", "boilerplateOnly"] {
                #expect(match?[key] as? NSObject == person[key] as? NSObject, "\(key)")
            }
            let mentions = match?["mentions"] as? [NSDictionary] ?? []
            for mention in person["mentions"] as? [NSDictionary] ?? [] { #expect(mentions.contains(mention)) }
        }
    }
}
