import Foundation
import Testing
import TestSupport

/// `byline parse` on broken input: one clear line on stderr and a non-zero exit, or a valid
/// (possibly empty) article — never a crash or a half-written object.
@Suite struct ParseBadInputTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bad-input-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func expectOneLineError(_ result: BinaryRunner.Result, containing fragment: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    @Test func missingFile() throws {
        expectOneLineError(try BinaryRunner.run(["parse", "--json", folder.appendingPathComponent("nope.txt").path]),
                           containing: "no such file")
    }

    @Test func directory() throws {
        expectOneLineError(try BinaryRunner.run(["parse", "--json", folder.path]), containing: "is a directory")
    }

    @Test func binaryFile() throws {
        let path = try write("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41])
        expectOneLineError(try BinaryRunner.run(["parse", "--json", path]), containing: "not a text file")
    }

    @Test func fileLargerThanTheLimit() throws {
        let path = folder.appendingPathComponent("huge.txt").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: (1 << 30) + 1)   // sparse: costs no disk
        try handle.close()
        expectOneLineError(try BinaryRunner.run(["parse", "--json", path]), containing: "too large")
    }

    @Test func invalidUTF8WarnsAndStillParses() throws {
        let path = try write("latin1.txt", Array("Headline\n\nCaf".utf8) + [0xE9] + Array(" is open.\n".utf8))
        let result = try BinaryRunner.run(["parse", "--json", path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("invalid UTF-8"))
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect((object?["blocks"] as? [Any])?.count == 2)
    }

    @Test func emptyFileIsAnEmptyArticle() throws {
        let path = try write("empty.txt", [])
        let result = try BinaryRunner.run(["parse", "--json", path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect((object?["blocks"] as? [Any])?.isEmpty == true)
        #expect(object?["title"] is NSNull)
    }

    @Test func hugeSingleLineAndCRLF() throws {
        let line = String(repeating: "word “quoted” text, ", count: 50_000)
        let path = try write("long.txt", Array("Headline\r\n\r\n\(line)\r\n".utf8))
        let result = try BinaryRunner.run(["parse", "--json", path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let blocks = object?["blocks"] as? [[String: Any]] ?? []
        #expect(blocks.count == 2)
        #expect(blocks.last?["start"] as? Int == 12, "Headline, CR, LF, CR, LF: CRLF counts two scalars")
    }

    @Test func outlineIsTheDefaultOutput() throws {
        let path = Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path
        let result = try BinaryRunner.run(["parse", path])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("title:    Blinken off to Mideast"))
        #expect(result.stdoutText.contains("dateline: WASHINGTON"))
    }

    @Test func versionAndHelp() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdoutText.split(separator: ".").count == 3)
        let help = try BinaryRunner.run(["parse", "--help"])
        #expect(help.stdoutText.contains("--json"))
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "Headline\n\n“We will decode this,” said Zoë Ngata.\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try BinaryRunner.run(["parse", "--json", try write("utf16.txt", bytes)])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(object?["title"] as? String == "Headline")
        #expect((object?["quotes"] as? [[String: Any]])?.first?["text"] as? String == "We will decode this,")
    }

    @Test func whitespaceOnlyFileIsAnEmptyArticle() throws {
        let result = try BinaryRunner.run(["parse", "--json", try write("blank.txt", Array(" \n\t\r\n  \n".utf8))])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect((object?["blocks"] as? [Any])?.isEmpty == true)
    }

    // Permission denied (also when the suite runs as root): PermissionDeniedTests.
}
