import Foundation
import Testing
import TestSupport

/// A 10 MB single line and 100,000 paragraphs, at full size, in `byline parse` and in the reader
/// (tmux): each finishes, shows or prints the whole text, and costs linear time.
///
/// Linear is checked against a run on a tenth of the input: linear work takes about 10 times
/// the CPU time, quadratic work 100 times; the test allows `maximumRatio`. CPU time (user +
/// system) is compared rather than wall-clock time because it barely changes when a shared
/// machine is busy. The wall-clock limits are only there to turn a hang into a failure; they
/// are generous enough for a debug or AddressSanitizer build on a loaded two-core machine.
///
/// Not serialized: these are the longest tests, and run beside the others they do not hold up
/// the end of the suite.
@Suite struct LargeInputTests {
    /// Well above linear (10) plus noise, well below quadratic (100).
    static let maximumRatio = 30.0
    /// Wall-clock seconds a full-size run may take before it counts as hung.
    static let hangTimeout = 600.0

    /// One line of invented prose with a quote and a speaker every sentence pair, `bytes` long
    /// at least, ending in THE-END.
    static func singleLine(bytes: Int) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 200)
        var day = 0
        while text.count < bytes {
            text += Array(("The council met on day \(day) to discuss the budget, and members spent the evening on roads, "
                + "schools and the new library. “We cannot keep patching the same holes,” said Ana Ruiz, who chairs "
                + "the finance committee. Residents asked about bus routes and parking fees. ").utf8)
            day += 1
        }
        return text + Array("THE-END".utf8)
    }

    /// `count` paragraphs: a named speaker, a quote attributed by pronoun, three filler lines,
    /// over and over, then THE-END.
    static func paragraphs(_ count: Int) -> [UInt8] {
        let names = ["Ana Ruiz", "Tomas Berg", "Lena Okafor", "Rui Matsuda"]
        var text = ""
        for index in 0..<count {
            switch index % 5 {
            case 0: text += "\(names[index / 5 % names.count]) spoke to reporters about plan \(index) on Monday."
            case 1: text += "“The road will reopen soon,” he said."
            default: text += "Paragraph \(index) says little."
            }
            text += "\n\n"
        }
        return Array((text + "THE-END\n").utf8)
    }

    /// An input at full size and at a tenth, with what the reader shows first.
    struct Shape: Sendable, CustomStringConvertible {
        var name: String
        var make: @Sendable (_ tenth: Bool) -> [UInt8]
        var firstText: String
        /// The number of blocks `parse --json` must report at full size and at a tenth.
        var blocks: (full: Int, tenth: Int)
        var description: String { name }
    }

    static let shapes = [
        Shape(name: "10 MB single line", make: { singleLine(bytes: $0 ? 1_048_576 : 10_485_760) },
              firstText: "The council met on day 0", blocks: (1, 1)),
        Shape(name: "100,000 paragraphs", make: { paragraphs($0 ? 10_000 : 100_000) },
              firstText: "Ana Ruiz spoke to reporters about plan 0", blocks: (100_001, 10_001)),
    ]

    static func write(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-large-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    static func expectLinear(_ tenth: Double, _ full: Double, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Under a hundredth of a second the tenth-size run is too short to divide by.
        let ratio = full / max(tenth, 0.05)
        print("\(label): \(full) s of CPU at full size, \(tenth) s at a tenth (×\(ratio))")
        #expect(ratio < maximumRatio, "\(label): \(full) s of CPU at full size, \(tenth) s at a tenth (×\(ratio))",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: shapes)
    func parseTakesLinearTime(_ shape: Shape) throws {
        var cpu: [Double] = []
        for tenth in [true, false] {
            let file = try Self.write(shape.make(tenth))
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try MeasuredRun.byline(["parse", "--json", file.path], timeout: Self.hangTimeout)
            try #require(!result.timedOut, "\(shape): still parsing after \(Self.hangTimeout) s")
            #expect(result.status == 0, "\(shape): \(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
            let blocks = object?["blocks"] as? [[String: Any]] ?? []
            #expect(blocks.count == (tenth ? shape.blocks.tenth : shape.blocks.full), "\(shape)")
            #expect((blocks.last?["text"] as? String)?.hasSuffix("THE-END") == true, "the text is parsed to its end")
            #expect((object?["quotes"] as? [Any])?.isEmpty == false, "quotes are found")
            cpu.append(result.cpuSeconds)
        }
        Self.expectLinear(cpu[0], cpu[1], "parse, \(shape)")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed; the reader's end-to-end tests are skipped"), arguments: shapes)
    func readerTakesLinearTime(_ shape: Shape) throws {
        var cpu: [Double] = []
        for tenth in [true, false] {
            let file = try Self.write(shape.make(tenth))
            defer { try? FileManager.default.removeItem(at: file) }
            let tmux = try TmuxSession(width: 80, height: 24, command: ShellHandBack.command([file.path]))
            defer { tmux.close() }
            try tmux.waitFor("the first page of the \(shape)", timeout: Self.hangTimeout) {
                $0.contains(shape.firstText) && $0.contains("? help")
            }
            // A large file opens from its start while the rest is read; G then means the end of
            // what is read so far, so wait for the whole.
            try tmux.waitFor("the whole \(shape) read", timeout: Self.hangTimeout) {
                $0.contains("? help") && !$0.contains("reading the rest")
            }
            try tmux.send("G")
            try tmux.waitFor("the end of the \(shape)", timeout: Self.hangTimeout) { $0.contains("THE-END") && $0.contains("Bot") }
            try tmux.send("q")
            let after = try ShellHandBack.waitForExit(tmux, timeout: Self.hangTimeout)
            #expect(ShellHandBack.exitStatus(in: after) == 0, "\(after)")
            #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
            cpu.append(try #require(ShellHandBack.cpuSeconds(in: after), "times printed the reader's CPU time:\n\(after)"))
        }
        Self.expectLinear(cpu[0], cpu[1], "reader, \(shape)")
    }
}
