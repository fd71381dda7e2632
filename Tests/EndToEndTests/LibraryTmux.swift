import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small tmux driver for the library's end-to-end tests: a detached session on a private
/// server, keys in, screen text out, polling until a condition holds (never fixed sleeps).
///
/// It runs the tmux client with `posix_spawn` and `waitpid` rather than Foundation's `Process`:
/// on this Linux toolchain `Process.waitUntilExit()` sometimes never returns after tmux's client
/// has exited (the client stays a zombie), which hung whole test runs. And it starts tmux with
/// an empty signal mask, so `kill-server` really ends the server and byline gets its hangup.
final class LibraryTmux {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The prompt of the wrapper shell once `byline` has exited.
    static let prompt = "PROMPT$"

    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether tmux is installed.
    static var isAvailable: Bool { executable != nil }

    let socket = "byline-library-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private var closed = false

    /// Starts `command` (argv) in a session of `width`×`height` with `environment` added.
    init(width: Int, height: Int, command: [String], environment: [String: String]) throws {
        var env = ["LC_ALL=C.UTF-8", "LANG=C.UTF-8", "TERM=screen", "PS1=\(Self.prompt) "]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env.append("\(key)=\(value)") }
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "--", "env", "-u", "NO_COLOR"] + env + command)
        try tmux(["set-option", "-g", "status", "off"])
    }

    deinit { close() }

    /// Kills the session's private tmux server.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
    }

    /// The screen's text, one line per row.
    func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// Sends tmux key names ("Enter", "Escape", "j").
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    /// Polls the screen until `condition` holds and returns that screen.
    /// - Throws: `Failure` with the last screen when `timeout` seconds pass first.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(50_000)
        } while Date() < deadline
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Runs the tmux client on this session's server; returns its output (stdout and stderr).
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        let argv = [executable, "-u", "-L", socket, "-f", "/dev/null"] + arguments
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw Failure(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // The test runner's threads block signals such as SIGTERM and SIGHUP, and a spawned
        // child inherits that mask: tmux's server would then ignore kill-server and byline would
        // never see the hangup. Start tmux with no signal blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, &cArguments, environ)
        Glibc.close(pipe[1])
        guard spawned == 0 else {
            Glibc.close(pipe[0])
            throw Failure(description: "cannot start tmux (error \(spawned))")
        }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count > 0 { output += buffer[0..<count] } else if count == 0 || errno != EINTR { break }
        }
        Glibc.close(pipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = String(decoding: output, as: UTF8.self)
        let exited = (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0
        if !exited && arguments.first != "kill-server" {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
