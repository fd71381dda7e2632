/// The `?` overlay: a box listing the keymap's bindings, generated from the keymap itself.
enum HelpOverlay {
    static func draw(_ keymap: Keymap, into frame: inout Frame, bodyHeight: Int) {
        let entries = keymap.helpEntries
        let keysWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let helpWidth = entries.map { DisplayWidth.of($0.help) }.max() ?? 0
        let boxWidth = min(frame.width - 2, keysWidth + helpWidth + 7)
        let rows = entries.count + 3  // border, title, entries, border
        let boxHeight = min(bodyHeight, rows)
        guard boxWidth >= 10, boxHeight >= 3 else { return }
        let left = (frame.width - boxWidth) / 2
        let top = max(0, (bodyHeight - boxHeight) / 2)
        let inner = boxWidth - 2

        var lines: [String] = [" Keys (any key closes this help)"]
        for entry in entries {
            let keys = StatusLine.truncated(entry.keys, to: keysWidth)
            let padding = String(repeating: " ", count: max(0, keysWidth - DisplayWidth.of(keys)))
            lines.append(" \(keys)\(padding)   \(entry.help)")
        }
        let room = boxHeight - 2
        if lines.count > room {
            lines = Array(lines.prefix(max(0, room - 1))) + [" … (enlarge the terminal for more)"]
        }

        frame.write("┌" + String(repeating: "─", count: inner) + "┐", row: top, column: left, role: .help)
        for (offset, text) in lines.enumerated() {
            let row = top + 1 + offset
            frame.write("│" + String(repeating: " ", count: inner) + "│", row: row, column: left, role: .help)
            frame.write(StatusLine.truncated(text, to: inner), row: row, column: left + 1, role: .help, limit: inner)
        }
        frame.write("└" + String(repeating: "─", count: inner) + "┘", row: top + 1 + lines.count, column: left, role: .help)
    }
}
