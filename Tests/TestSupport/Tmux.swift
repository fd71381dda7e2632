import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real `byline` binary in a detached tmux session at a fixed size, for end-to-end
/// tests: send keys, then poll the screen until the expected text shows (never fixed sleeps).
///
/// Every session runs on its own tmux server socket (`-L byline-test-…`) with its own config,
/// so sessions never share state and can run side by side; the server is killed on `close()`.
public final class TmuxSession {
    /// Why a tmux interaction failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether tmux is installed.
    public static var isAvailable: Bool { executablePath != nil }

    /// The prompt the wrapper shell shows after the command exits.
    public static let prompt = "PROMPT$"

    private static let executablePath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// The server socket name.
    public let socket: String
    private let configPath: String
    private var closed = false

    /// Starts a session running `command` (argv, never through a shell string of ours).
    /// - Parameters:
    ///   - width: columns.
    ///   - height: rows.
    ///   - command: the program and its arguments.
    ///   - environment: variables set for the command (NO_COLOR is unset unless given here).
    public init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        guard Self.executablePath != nil else { throw Failure(description: "tmux is not installed") }
        socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        configPath = NSTemporaryDirectory() + "\(socket).conf"
        let config = """
            set -g default-terminal "\(Self.terminalType)"
            set -g status off
            set -g set-clipboard on
            set -g escape-time 10
            set -g history-limit 200

            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        var env = ["LC_ALL=C.UTF-8", "LANG=C.UTF-8", "PS1=\(Self.prompt) "]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env.append("\(key)=\(value)") }
        let unset = environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "--", "env"] + unset + env + command)
    }

    /// Starts the reader on `article` under a shell wrapper that prints `EXIT:<status>` and then
    /// a shell prompt when it ends, so tests can check the exit status and that the terminal is back.
    public convenience init(width: Int, height: Int, article: String, arguments: [String] = [],
                            environment: [String: String] = [:]) throws {
        let script = #""$0" "$@"; echo "EXIT:$?"; exec sh"#
        try self.init(width: width, height: height,
                      command: ["sh", "-c", script, BinaryRunner.bylinePath] + arguments + [article],
                      environment: environment)
    }

    deinit { close() }

    /// Kills the session's tmux server and removes its config.
    public func close() {
        guard !closed else { return }
        closed = true
        // The pane's processes (started by this session) are ended by id, deepest first, so a
        // reader still running cannot keep the tmux server alive; then the server itself.
        let serverPid = (try? format("#{pid}")).flatMap { Int32($0) } ?? 0
        if let panePid = (try? format("#{pane_pid}")).flatMap({ Int32($0) }), panePid > 1 {
            let processes = Self.descendants(of: panePid) + [panePid]
            for pid in processes { kill(pid, SIGHUP) }
            Self.waitForExit(processes)
            for pid in processes where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        }
        _ = try? tmux(["kill-server"])
        if serverPid > 1 {
            Self.waitForExit([serverPid])
            if kill(serverPid, 0) == 0 { kill(serverPid, SIGKILL) }
        }
        try? FileManager.default.removeItem(atPath: configPath)
    }

    /// The screen's text, one line per row.
    public func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// The screen's text with everything scrolled off above it.
    public func captureWithHistory() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", "0"])
    }

    /// The screen with its styles.
    public func captureStyled() throws -> StyledScreen {
        StyledScreen(try tmux(["capture-pane", "-e", "-p", "-t", "0"]))
    }

    /// Sends tmux key names ("j", "Enter", "Escape", "C-z", "]").
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// A tmux format value of the pane, e.g. "#{pane_title}".
    public func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The names of tmux's paste buffers (an OSC 52 clipboard write would add one).
    public func buffers() throws -> String {
        try tmux(["list-buffers"])
    }

    /// Polls the screen until `condition` holds and the screen has settled, returning it.
    ///
    /// tmux can show a frame half painted; a screen is returned only once two captures in a row
    /// agree (or, for a screen that keeps changing, after a few tries), so assertions on other
    /// parts of it do not race the paint.
    /// - Throws: `Failure` with the last screen when `timeout` seconds pass first.
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if condition(screen) {
                var holds = true
                for _ in 0..<10 {
                    usleep(30_000)
                    let again = try capture()
                    if again == screen { return screen }
                    holds = condition(again)
                    screen = again
                    if !holds { break }
                }
                if holds { return screen }
            }
            usleep(50_000)
        } while Date() < deadline
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Runs tmux on this session's server and returns its standard output.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executablePath else { throw Failure(description: "tmux is not installed") }
        // Files, not pipes, and every other descriptor closed in the child: the tmux server
        // that `new-session` starts inherits the client's descriptors and keeps them for ever,
        // which would leave a pipe (or Foundation.Process's own socket) open and the wait hung.
        let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString.prefix(8)).out"
        let errorPath = outputPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let status = try Self.spawnAndWait(executable, ["-u", "-L", socket, "-f", configPath] + arguments,
                                           output: outputPath, errors: errorPath)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        let errorData = FileManager.default.contents(atPath: errorPath) ?? Data()
        if status != 0 && arguments.first != "kill-server" && arguments.first != "list-buffers" {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a program with stdin from /dev/null, stdout and stderr to files, and no other
    /// descriptors; returns its exit status.
    static func spawnAndWait(_ executable: String, _ arguments: [String], output: String, errors: String) throws -> Int32 {
        var actions = SpawnSignals.redirectedStreams(output: output, errors: errors)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Test threads block signals; without this the tmux server and every pane would inherit
        // the mask, and a reader under test could never receive SIGTERM or SIGHUP.
        var attributes = SpawnSignals.cleanAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure(description: "cannot run \(executable): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(errno)") }
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The processes below `pid`, children before their parents' siblings, deepest first.
    static func descendants(of pid: Int32) -> [Int32] {
        let path = "/proc/\(pid)/task/\(pid)/children"
        let children = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return children.flatMap { descendants(of: $0) + [$0] }
    }

    /// Waits up to two seconds for the processes to be gone.
    static func waitForExit(_ processes: [Int32]) {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline && processes.contains(where: { kill($0, 0) == 0 && !isZombie($0) }) { usleep(20_000) }
    }

    static func isZombie(_ pid: Int32) -> Bool {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return status.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34+), which Swift does not import.
    private static let addCloseFrom: CloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// A terminal type with a terminfo entry on this machine, tmux's own preferred.
    static let terminalType: String = {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let directories = ["\(home)/.terminfo", "/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        for name in ["tmux-256color", "screen-256color"] {
            let first = String(name.prefix(1))
            let hex = String(format: "%02x", Int(first.unicodeScalars.first?.value ?? 0))
            for directory in directories {
                for sub in [first, hex] where FileManager.default.fileExists(atPath: "\(directory)/\(sub)/\(name)") {
                    return name
                }
            }
        }
        return "screen"
    }()
}

/// A captured screen with each character's SGR style, parsed from `capture-pane -e`.
public struct StyledScreen {
    /// A character's look: the SGR attribute codes and colours in effect.
    public struct Look: Hashable, CustomStringConvertible {
        /// Attribute codes in effect (1 bold, 2 dim, 3 italic, 4 underline, 7 reverse…).
        public var attributes: Set<Int> = []
        /// The foreground colour's codes, nil for the default.
        public var foreground: String?
        /// The background colour's codes, nil for the default.
        public var background: String?

        /// Whether the look is the terminal's default.
        public var isDefault: Bool { attributes.isEmpty && foreground == nil && background == nil }

        public var description: String {
            "attrs \(attributes.sorted()) fg \(foreground ?? "default") bg \(background ?? "default")"
        }
    }

    /// Each row's characters with their looks.
    public var rows: [[(character: Character, look: Look)]]

    /// Parses `capture-pane -e -p` output.
    public init(_ raw: String) {
        rows = []
        var look = Look()
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [(Character, Look)] = []
            var scalars = Array(line.unicodeScalars)[...]
            while let scalar = scalars.first {
                scalars = scalars.dropFirst()
                if scalar == "\u{1B}", scalars.first == "[" {
                    scalars = scalars.dropFirst()
                    var parameters = ""
                    while let next = scalars.first, !(0x40...0x7E).contains(next.value) {
                        parameters.unicodeScalars.append(next)
                        scalars = scalars.dropFirst()
                    }
                    let final = scalars.first
                    scalars = scalars.dropFirst()
                    if final == "m" { Self.apply(parameters, to: &look) }
                    continue
                }
                if let last = row.last, !String(last.0).unicodeScalars.isEmpty,
                   scalar.properties.generalCategory == .nonspacingMark {
                    row[row.count - 1].0 = Character(String(last.0) + String(scalar))
                    continue
                }
                row.append((Character(scalar), look))
            }
            rows.append(row)
        }
    }

    /// The text of each row.
    public var lines: [String] { rows.map { String($0.map(\.character)) } }

    /// The look of the first character of the first occurrence of `text` on screen.
    public func look(of text: String) -> Look? {
        for row in rows {
            let characters = row.map(\.character)
            let needle = Array(text)
            guard needle.count <= characters.count, !needle.isEmpty else { continue }
            for start in 0...(characters.count - needle.count) where Array(characters[start..<(start + needle.count)]) == needle {
                return row[start].look
            }
        }
        return nil
    }

    private static func apply(_ parameters: String, to look: inout Look) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.first {
            codes = codes.dropFirst()
            switch code {
            case 0: look = Look()
            case 1...9: look.attributes.insert(code)
            case 21...29:
                let off: [Int: [Int]] = [21: [1], 22: [1, 2], 23: [3], 24: [4], 25: [5, 6], 27: [7], 28: [8], 29: [9]]
                for attribute in off[code] ?? [] { look.attributes.remove(attribute) }
            case 30...37, 90...97: look.foreground = String(code)
            case 39: look.foreground = nil
            case 40...47, 100...107: look.background = String(code)
            case 49: look.background = nil
            case 38, 48:
                var value = String(code)
                if codes.first == 5 { value += ";5;\(codes.dropFirst().first ?? 0)"; codes = codes.dropFirst(2) }
                else if codes.first == 2 { value += ";2;" + codes.dropFirst().prefix(3).map(String.init).joined(separator: ";"); codes = codes.dropFirst(4) }
                if code == 38 { look.foreground = value } else { look.background = value }
            default: continue
            }
        }
    }
}
