import Foundation
import Testing
import TestSupport

/// Every broken or hostile input of the parse matrix, opened in the real reader in tmux: it
/// either refuses with one clear line and a non-zero status, or displays and quits with 0 —
/// and the shell always gets its terminal modes back.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"))
struct ReaderHostileInputMatrixTests {
    /// An input, the text that shows it is on screen, and whether the reader should refuse it.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var marker: String
        var refused: Bool = false
        var description: String { name }
    }

    static func text(_ body: String) -> [UInt8] { Array("Hostile headline\n\n\(body)\n".utf8) }

    static let cases: [Case] = [
        Case(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02], marker: "not a text file", refused: true),
        Case(name: "invalid UTF-8", bytes: text("Caf") + [0xE9, 0xFF] + Array(" stays readable.".utf8), marker: "stays readable"),
        Case(name: "UTF-16", bytes: [0xFF, 0xFE] + "Hostile headline\n\nDecoded from UTF-16.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             marker: "Decoded from UTF-16"),
        Case(name: "empty", bytes: [], marker: "EMPTYOK"),
        Case(name: "whitespace only", bytes: Array(" \n\t\r\n \n".utf8), marker: "EMPTYOK"),
        // A 10 MB single line and 100,000 paragraphs: LargeInputTests, at full size with time bounds.
        Case(name: "UTF-16 big-endian", bytes: [0xFE, 0xFF] + "Hostile headline\n\nBig-endian UTF-16.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
             marker: "Big-endian UTF-16"),
        Case(name: "UTF-8 with a byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + text("Marked as UTF-8."), marker: "Marked as UTF-8"),
        Case(name: "10,000 unbalanced marks", bytes: text((0..<10_000).map { "w \(["“", "”", "\"", "‘", "«"][$0 % 5]) x" }.joined(separator: " ")),
             marker: "Hostile headline"),
        Case(name: "deeply nested quotes", bytes: text("She said " + String(repeating: "“‘«„", count: 300) + "deep" + String(repeating: "“»’”", count: 300)),
             marker: "Hostile headline"),
        Case(name: "every C0 and C1 control", bytes: text("controls:" + String(String.UnicodeScalarView((1...0x9F).compactMap { value -> Unicode.Scalar? in
            (0x20...0x7E).contains(value) || value == 0x0A || value == 0x0D ? nil : Unicode.Scalar(UInt32(value)) })) + " end"),
             marker: "\u{241B}"),  // ESC is shown as the visible symbol ␛, never sent
        Case(name: "ANSI and OSC sequences", bytes: text("A \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{1B}[2J \u{1B}P+q\u{1B}\\ \u{9B}31m after escapes"),
             marker: "after escapes"),
        Case(name: "bidi, joiners and Zalgo", bytes: text("\u{202E}reversed\u{202C} 👩‍👩‍👧‍👦 Z" + String(repeating: "\u{0301}\u{0316}", count: 200) + "algo after marks"),
             marker: "after marks"),
    ]

    @Test(arguments: cases)
    func readerOpensOrRefusesCleanly(_ input: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("input.txt").path
        try Data(input.bytes).write(to: URL(fileURLWithPath: path))
        let script = #""$0" "$1"; echo "EXIT:$?"; stty -a | tr ' ;' '\n\n' | grep -x -e echo -e icanon | sed 's/^/MODE:/'; exec sh"#
        let tmux = try TmuxSession(width: 80, height: 24, command: ["sh", "-c", script, BinaryRunner.bylinePath, path])
        defer { tmux.close() }
        if input.refused {
            let screen = try tmux.waitFor(text: TmuxSession.prompt)
            // The one-line message may wrap at the pane's width.
            #expect(screen.replacingOccurrences(of: "\n", with: "").contains(input.marker), "\(screen)")
            #expect(screen.contains("EXIT:1"))
            return
        }
        if input.marker == "EMPTYOK" {
            // An empty article opens to an empty page with a status line.
            try tmux.waitFor("the reader's status line") { $0.contains("? help") }
        } else {
            try tmux.waitFor(text: input.marker)
        }
        let shown = try tmux.captureStyled()
        #expect(!shown.rows.isEmpty)
        #expect(try tmux.buffers().isEmpty, "no clipboard write reached tmux")
        try tmux.send("G")
        try tmux.send("q")
        let after = try tmux.waitFor(text: TmuxSession.prompt)
        #expect(after.contains("EXIT:0"), "\(after)")
        #expect(after.contains("MODE:echo") && after.contains("MODE:icanon"), "\(after)")
    }
}
