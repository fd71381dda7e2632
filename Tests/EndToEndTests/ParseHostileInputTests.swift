import Foundation
import Testing
import TestSupport

/// The reader's hostile-input matrix (`ReaderHostileInputMatrixTests.cases`) through
/// `byline parse`: refused with one line, or parsed into well-formed JSON whose every block is
/// its slice of the text and in which no control character travels raw; and the outline printed
/// on a real terminal (tmux) shows escape sequences as visible symbols, whatever TERM says.
@Suite struct ParseHostileInputTests {
    static func write(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-parse-hostile-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: ReaderHostileInputMatrixTests.cases)
    func parseRefusesOrReturnsWellFormedJSON(_ input: ReaderHostileInputMatrixTests.Case) throws {
        let file = try Self.write(input.bytes)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try MeasuredRun.byline(["parse", "--json", file.path])
        #expect(!result.stderr.contains("Fatal error"))
        if input.refused {
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(input.marker), "\(result.stderr)")
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        // JSON escapes every C0 control and DEL: none reaches a terminal the JSON is printed on.
        #expect(!result.stdout.contains { $0 < 0x20 && $0 != 0x0A || $0 == 0x7F }, "a raw control byte in the JSON")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        // The text the offsets count in: the file's, decoded as the parser does (UTF-16 by its
        // byte-order mark, else UTF-8 with U+FFFD for invalid bytes).
        // A byte-order mark is the text's first scalar, U+FEFF, and counts in the offsets.
        let text: String
        if input.bytes.starts(with: [0xFF, 0xFE]) || input.bytes.starts(with: [0xFE, 0xFF]) {
            let little = input.bytes[0] == 0xFF
            let units = stride(from: 0, to: input.bytes.count - 1, by: 2).map { index in
                let (low, high) = little ? (input.bytes[index], input.bytes[index + 1]) : (input.bytes[index + 1], input.bytes[index])
                return UInt16(low) | UInt16(high) << 8
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: input.bytes, as: UTF8.self)
        }
        let scalars = Array(text.unicodeScalars)
        for block in object["blocks"] as? [[String: Any]] ?? [] {
            let start = try #require(block["start"] as? Int), end = try #require(block["end"] as? Int)
            try #require(0 <= start && start <= end && end <= scalars.count, "\(input): block \(start)..<\(end) out of bounds")
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == block["text"] as? String, "\(input): a block is its slice")
        }
        if input.marker != "EMPTYOK" && !input.marker.unicodeScalars.allSatisfy({ (0x2400...0x2426).contains($0.value) }) {
            #expect(String(decoding: result.stdout, as: UTF8.self).contains(input.marker), "\(input): the text is in the JSON")
        }
    }

    static let escapes = ReaderHostileInputMatrixTests.text(
        "\u{202E}desrever\u{202C} comes first.\n\nA \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}]2;PWNED\u{07} \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{1B}[2J \u{1B}[?1049h \u{1B}P+q\u{1B}\\ "
        + "\u{9B}31m Z" + String(repeating: "\u{0301}\u{0316}", count: 100) + "algo after escapes")

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), arguments: ["", "dumb", "no-such-terminal-type"])
    func theOutlineOnATerminalShowsEscapesAsSymbols(_ term: String) throws {
        let file = try Self.write(Self.escapes)
        defer { try? FileManager.default.removeItem(at: file) }
        let tmux = try TmuxSession(width: 100, height: 30, command: ShellHandBack.command(["parse", file.path]),
                                   environment: term.isEmpty ? [:] : ["TERM": term])
        defer { tmux.close() }
        let titleBefore = try tmux.format("#{pane_title}")
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
        #expect(after.contains("title:    Hostile headline"), "\(after)")
        let joined = after.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains("␛]52;c;ZXZpbA==␇"), "the clipboard escape is shown, not sent:\n\(after)")
        #expect(joined.contains("desrever") && !joined.contains("\u{202E}"), "the bidi override is dropped, the text kept")
        #expect(try tmux.buffers().isEmpty, "no clipboard write reached tmux")
        #expect(try tmux.format("#{pane_title}") == titleBefore, "the title is unchanged")
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty, "no mode was switched on")
    }

    @Test func utf16BigEndianAndOddBytesAndLoneSurrogates() throws {
        let text = "Headline\n\n“Big-endian text,” said Zoë Ngata.\n"
        var bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        bigEndian.append(0x41)  // an odd trailing byte
        let big = try MeasuredRun.byline(["parse", "--json", try Self.write(bigEndian).path])
        #expect(big.status == 0, "\(big.stderr)")
        let object = try JSONSerialization.jsonObject(with: big.stdout) as? [String: Any]
        #expect(object?["title"] as? String == "Headline")
        #expect((object?["quotes"] as? [[String: Any]])?.first?["text"] as? String == "Big-endian text,")

        // A lone high surrogate in little-endian UTF-16 becomes U+FFFD, not a crash.
        let lone: [UInt8] = [0xFF, 0xFE] + "Head\n\nA ".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            + [0x00, 0xD8] + " b.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let surrogate = try MeasuredRun.byline(["parse", "--json", try Self.write(lone).path])
        #expect(surrogate.status == 0, "\(surrogate.stderr)")
        #expect(surrogate.stdoutText.contains("A \u{FFFD} b."))

        // A UTF-8 byte-order mark is not part of the headline.
        let bom = try MeasuredRun.byline(["parse", "--json", try Self.write([0xEF, 0xBB, 0xBF] + Array("Headline\n\nText.\n".utf8)).path])
        #expect(bom.status == 0)
        #expect((try JSONSerialization.jsonObject(with: bom.stdout) as? [String: Any])?["title"] as? String == "Headline")
    }

    @Test func noStandardInputAtAll() throws {
        let file = try Self.write(Array("Headline\n\nText.\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        // Standard input closed, not even /dev/null; the outline to a pipe, not a terminal.
        let result = try MeasuredRun.run(["/bin/sh", "-c", #""$0" parse "$1" <&-"#, BinaryRunner.bylinePath, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("title:    Headline"))
    }
}

/// A file name is as untrusted as the text: one quoted in a message must not reach the terminal
/// as escape sequences, nor break the message over two lines.
@Suite struct HostileFileNameTests {
    @Test(arguments: [["parse", "--json"], []])
    func aHostileNameInAMessageIsShownNotSent(_ command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-name-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "evil\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]2;PWNED\u{07}\nsecond line.txt"
        let path = folder.appendingPathComponent(name).path
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        let result = try MeasuredRun.byline(command + [path])
        #expect(result.status == 1)
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character in \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("evil␛]52;c;ZXZpbA==␇␛]2;PWNED␇ second line.txt: not a text file"), "\(result.stderr)")
    }
}

/// `parse --json` printed on a terminal: C1 controls, which JSON may carry raw and some
/// terminals obey (U+009B starts a CSI), are escaped as well; piped, the bytes are the contract's.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ParseJSONOnATerminalTests {
    @Test func c1ControlsAreEscapedOnATerminalOnly() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("byline-c1-\(UUID().uuidString).txt")
        try Data("Headline\n\nA \u{9B}31m red \u{9D}2;PWNED\u{9C} end.\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let tmux = try TmuxSession(width: 200, height: 30, command: ShellHandBack.command(["parse", "--json", file.path]))
        defer { tmux.close() }
        let after = try ShellHandBack.waitForExit(tmux)
        #expect(ShellHandBack.exitStatus(in: after) == 0)
        let joined = try tmux.tmux(["capture-pane", "-p", "-J", "-t", "0"])  // wrapped rows joined
        #expect(joined.contains(#"A \u009b31m red \u009d2;PWNED\u009c end."#), "\(joined)")
        let piped = try MeasuredRun.byline(["parse", "--json", file.path])
        #expect(piped.stdoutText.contains("A \u{9B}31m red \u{9D}2;PWNED\u{9C} end."), "piped JSON is unchanged")
        let object = try JSONSerialization.jsonObject(with: Data(#"{"t":"A \u009b31m"}"#.utf8)) as? [String: String]
        #expect(object?["t"] == "A \u{9B}31m", "the escape means the same character")
    }
}
