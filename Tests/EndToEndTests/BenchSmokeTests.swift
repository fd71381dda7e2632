import Testing
import TestSupport

/// The benchmark runs end to end at a tiny size (a smoke test, not a timed assertion).
@Suite struct BenchSmokeTests {
    @Test func benchPrintsARowPerSizeAndTheScalingRatio() throws {
        let result = try BinaryRunner.run(["bench", "--sizes", "20KB,1MB,2MB", "--repeats", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("      20KB") })
        #expect(lines.contains { $0.hasPrefix("       2MB") })
        #expect(result.stdoutText.contains("scaling: time(2MB)/time(1MB)"))
        // The reader's rows: layout of 1 MB at 120 columns, and time to first frame for 1 MB and the largest size.
        #expect(lines.contains { $0.hasPrefix("layout 1MB at 120 columns: first screen ") && $0.contains("line index of the whole") })
        #expect(lines.contains { $0.hasPrefix("first frame 1MB at 120x40: ") && $0.contains(" ms") })
        #expect(lines.contains { $0.hasPrefix("first frame 2MB at 120x40: ") })
        let bad = try BinaryRunner.run(["bench", "--sizes", "lots"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("not a size"))
    }
}
