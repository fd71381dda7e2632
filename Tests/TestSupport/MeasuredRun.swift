import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and reports, besides its output, the CPU time it used.
///
/// CPU time (user + system, from `wait4`) rather than wall-clock time is what timing tests
/// compare: on a shared machine a process can wait seconds for a core, but the work it does is
/// the same, so ratios of CPU times stay meaningful under load.
public enum MeasuredRun {
    /// The outcome of one run.
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public var status: Int32
        /// Standard output.
        public var stdout: Data
        /// Standard error, decoded as UTF-8.
        public var stderr: String
        /// User plus system CPU seconds of the process and its threads.
        public var cpuSeconds: Double
        /// Wall-clock seconds from start to exit.
        public var wallSeconds: Double
        /// Whether the run was killed for taking longer than its timeout.
        public var timedOut: Bool

        /// Standard output, decoded as UTF-8.
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Why a run could not happen.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `byline` with `arguments` (after `prefix`, e.g. `Unprivileged.commandPrefix`), with
    /// standard input from /dev/null.
    public static func byline(_ arguments: [String], prefix: [String] = [],
                              environment: [String: String] = [:], timeout: Double = 600) throws -> Result {
        try run(prefix + [BinaryRunner.bylinePath] + arguments, environment: environment, timeout: timeout)
    }

    /// Runs `argv` with the test's environment plus `environment`, standard input from
    /// /dev/null and output to temporary files (so a large output never blocks the child).
    /// A run still going after `timeout` seconds is killed (a hang fails, it does not block).
    public static func run(_ argv: [String], environment: [String: String] = [:], timeout: Double = 600) throws -> Result {
        guard let executable = argv.first else { throw Failure(description: "no command") }
        let base = NSTemporaryDirectory() + "byline-measured-\(getpid())-\(UUID().uuidString.prefix(8))"
        let outputPath = base + ".out", errorPath = base + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        // Opened before exec, so a child that then switches user (setpriv) keeps them.
        var actions = SpawnSignals.redirectedStreams(output: outputPath, errors: errorPath)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argvC: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let envC: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argvC.forEach { free($0) }
            envC.forEach { free($0) }
        }
        // Test threads may block signals; the child starts with none blocked and default handlers.
        var attributes = SpawnSignals.cleanAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        let start = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argvC, envC)
        guard spawned == 0 else { throw Failure(description: "cannot run \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            guard waited == 0 || errno == EINTR else { throw Failure(description: "wait4 failed: \(errno)") }
            if !timedOut && Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let wall = Date().timeIntervalSince(start)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus,
                      stdout: FileManager.default.contents(atPath: outputPath) ?? Data(),
                      stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self),
                      cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                      wallSeconds: wall, timedOut: timedOut)
    }
}
