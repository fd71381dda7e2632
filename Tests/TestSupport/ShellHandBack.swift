import Foundation

/// Runs a program in tmux under a small shell wrapper and checks, once it has exited, that the
/// shell got its terminal back: echo and canonical input on, the alternate screen left, the
/// cursor visible, mouse reporting and keypad-transmit mode off.
public enum ShellHandBack {
    /// An `sh -c` script: runs `"$0" "$@"`, then prints `EXIT:<status>`, the terminal's echo and
    /// canonical-mode settings as `MODE:` lines, the CPU times of the shell and of the program
    /// (`times`: two lines), and starts a shell showing `TmuxSession.prompt`.
    public static let script = #"""
        "$0" "$@"; echo "EXIT:$?"; \
        stty -a | tr ' ;' '\n\n' | grep -x -e echo -e -echo -e icanon -e -icanon | sed 's/^/MODE:/'; \
        times; exec sh
        """#

    /// The tmux command running `byline` with `arguments` under `script`, after `prefix` (e.g.
    /// `Unprivileged.commandPrefix`).
    public static func command(_ arguments: [String], prefix: [String] = []) -> [String] {
        ["sh", "-c", script] + (prefix.isEmpty ? [BinaryRunner.bylinePath] : prefix + [BinaryRunner.bylinePath]) + arguments
    }

    /// Waits for the wrapper's report and the prompt after it, and returns the screen.
    @discardableResult
    public static func waitForExit(_ tmux: TmuxSession, timeout: Double = 30) throws -> String {
        try tmux.waitFor("the shell prompt after the program exited", timeout: timeout) { screen in
            let parts = screen.components(separatedBy: "EXIT:")
            return parts.count > 1 && parts[parts.count - 1].contains(TmuxSession.prompt)
        }
    }

    /// An interactive shell (with job control, so Ctrl-C and Ctrl-Z reach only the program in
    /// the foreground, as in a real terminal) in tmux, in which `byline` is typed and run; once
    /// it exits, `report()` prints the same report as `script`.
    public final class InteractiveShell {
        /// The tmux session.
        public let tmux: TmuxSession
        private let profile: String

        /// Starts `sh -i` at the given size, then types and runs `byline` with `arguments`.
        public init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:]) throws {
            profile = NSTemporaryDirectory() + "byline-shell-\(UUID().uuidString).sh"
            let report = #"""
                report() { echo "EXIT:$1"; \
                  stty -a | tr ' ;' '\n\n' | grep -x -e echo -e -echo -e icanon -e -icanon | sed 's/^/MODE:/'; times; }

                """#
            try report.write(toFile: profile, atomically: true, encoding: .utf8)
            var env = environment
            env["ENV"] = profile
            env["BYLINE"] = BinaryRunner.bylinePath
            for (index, argument) in arguments.enumerated() { env["ARG\(index)"] = argument }
            tmux = try TmuxSession(width: width, height: height, command: ["sh", "-i"], environment: env)
            try tmux.waitFor(text: TmuxSession.prompt)
            try tmux.type(#""$BYLINE""# + arguments.indices.map { #" "$ARG\#($0)""# }.joined())
            try tmux.send("Enter")
        }

        /// Once the program has exited, has the shell print its report (a separate command:
        /// after Ctrl-C the shell drops the rest of the line), and returns the screen with it.
        public func report() throws -> String {
            try tmux.waitFor("the prompt after the program") { $0.components(separatedBy: TmuxSession.prompt).count >= 3 }
            try tmux.type("report $?")
            try tmux.send("Enter")
            return try ShellHandBack.waitForExit(tmux)
        }

        deinit { close() }

        /// Ends the session and removes the shell's profile.
        public func close() {
            tmux.close()
            try? FileManager.default.removeItem(atPath: profile)
        }
    }

    /// The exit status the wrapper printed.
    public static func exitStatus(in screen: String) -> Int? {
        screen.components(separatedBy: "EXIT:").last.flatMap { Int($0.prefix { $0.isNumber }) }
    }

    /// The program's user plus system CPU seconds, from the second line `times` printed.
    public static func cpuSeconds(in screen: String) -> Double? {
        let times = screen.split(separator: "\n").compactMap { line -> Double? in
            let fields = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
            guard fields.count == 2 else { return nil }
            let seconds = fields.compactMap { field -> Double? in
                guard field.hasSuffix("s"), let m = field.firstIndex(of: "m"),
                      let minutes = Double(field[..<m]), let rest = Double(field[field.index(after: m)...].dropLast()) else { return nil }
                return minutes * 60 + rest
            }
            return seconds.count == 2 ? seconds[0] + seconds[1] : nil
        }
        return times.count >= 2 ? times[1] : nil
    }

    /// Everything about the terminal that is not as the shell needs it, empty when all is well.
    /// - Parameters:
    ///   - screen: the screen after the program exited (with the wrapper's `MODE:` lines).
    ///   - tmux: the session, asked for the pane's modes.
    public static func problems(after screen: String, in tmux: TmuxSession) throws -> [String] {
        var problems: [String] = []
        if !screen.contains("MODE:echo") || screen.contains("MODE:-echo") { problems.append("echo is off") }
        if !screen.contains("MODE:icanon") || screen.contains("MODE:-icanon") { problems.append("canonical input is off") }
        let flags: [(format: String, wanted: String, problem: String)] = [
            ("#{alternate_on}", "0", "the alternate screen is still on"),
            ("#{cursor_flag}", "1", "the cursor is hidden"),
            ("#{mouse_any_flag}", "0", "mouse reporting is still on"),
            ("#{keypad_cursor_flag}", "0", "cursor keys are still in application mode"),
        ]
        for flag in flags where try tmux.format(flag.format) != flag.wanted { problems.append(flag.problem) }
        return problems
    }
}
