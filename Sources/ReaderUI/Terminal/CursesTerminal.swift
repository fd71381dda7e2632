import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// The ncursesw backend: starts and restores the terminal, paints frames, reads keys.
///
/// The only type that talks to curses. Curses is not thread-safe, so an instance lives on the
/// main thread and every call happens there; curses' globals are read through shim functions.
final class CursesTerminal {
    private var theme: Theme
    /// The colour depth the theme is mapped to: what the terminal offers, capped by what curses'
    /// colour pairs can show here (palette indices, so at most 256 colours).
    private var depth: ColorDepth = .mono
    private var screen: OpaquePointer?
    private var previous: Frame?
    private var pairs: ColorPairs?
    private var roleLooks: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
    private var isActive = false
    private let ccharMax = Int(byline_ccharw_max())

    /// Starts curses on the terminal: alternate screen, no echo, keypad and mouse wheel on.
    /// - Parameters:
    ///   - theme: the colours and attributes of each role.
    ///   - colorDepth: the depth asked for (`.mono` for no colour); nil to detect it from the
    ///     environment (NO_COLOR, COLORTERM, TERM) and curses' COLORS.
    /// - Throws: `TerminalError.unsupportedTerminal` when TERM cannot show a full screen.
    init(theme: Theme, colorDepth: ColorDepth? = nil) throws(TerminalError) {
        self.theme = theme
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else { throw .unsupportedTerminal(term) }
        setlocale(LC_ALL, "")
        CrashRestore.saveShellModes()
        guard let screen = byline_newterm() else { throw .unsupportedTerminal(term) }
        self.screen = screen
        set_term(screen)
        guard byline_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw .unsupportedTerminal(term)
        }
        isActive = true
        cbreak()
        noecho()
        nonl()
        let window = byline_stdscr()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        wtimeout(window, 250)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            pairs = ColorPairs(colors: Int(byline_colors()), limit: Int(byline_color_pairs()))
        }
        let colors = has_colors() ? Int(byline_colors()) : 0
        let wanted = colorDepth ?? ColorDepth.detect(environment: Self.colorEnvironment(), terminalColors: colors)
        depth = min(wanted, ColorDepth(colorCount: colors), .palette256)
        mousemask(byline_wheel_up_mask() | byline_wheel_down_mask(), nil)
        mouseinterval(0)
        setTheme(theme)
        CrashRestore.arm()
    }

    /// Switches to another theme, mapped to the terminal's colour depth; the next paint redraws
    /// everything. Colour pairs already made are reused.
    func setTheme(_ theme: Theme) {
        self.theme = theme
        let adapted = theme.adapted(to: depth)
        for role in StyleRole.allCases { roleLooks[role] = look(for: adapted[role]) }
        invalidate()
    }

    /// The variables colour detection reads.
    private static func colorEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for key in ["NO_COLOR", "TERM", "COLORTERM"] {
            if let value = getenv(key) { environment[key] = String(cString: value) }
        }
        return environment
    }

    /// The terminal's size now.
    var size: TerminalSize {
        TerminalSize(width: Int(byline_maxx()), height: Int(byline_maxy()))
    }

    /// Paints `frame`, sending curses only the cells that changed since the last frame.
    func paint(_ frame: Frame) {
        guard isActive else { return }
        let window = byline_stdscr()
        let comparable = previous.map { $0.width == frame.width && $0.height == frame.height } ?? false
        for row in 0..<frame.height {
            for column in 0..<frame.width {
                let cell = frame[row, column]
                if cell.width == 0 { continue }
                if comparable, let previous, previous[row, column] == cell,
                   cell.width == 1 || column + 1 >= frame.width || previous[row, column + 1] == frame[row, column + 1] {
                    continue
                }
                draw(cell, row: row, column: column, in: window)
            }
        }
        FaultInjection.midDraw()
        wnoutrefresh(window)
        doupdate()
        previous = frame
    }

    /// Forgets what is on screen, so the next paint redraws everything.
    func invalidate() {
        previous = nil
        if isActive { clearok(byline_stdscr(), true) }
    }

    /// Waits for the next key, resize or signal; nil after a short timeout with nothing to report.
    func nextEvent() -> TerminalEvent? {
        if let signal = Signals.take() { return .signal(signal) }
        var character: wint_t = 0
        let result = wget_wch(byline_stdscr(), &character)
        if let signal = Signals.take() { return .signal(signal) }
        if result == byline_key_code_yes() { return functionKey(Int32(bitPattern: character)) }
        if result == byline_ok() { return .key(Self.key(forCharacter: UInt32(character))) }
        return nil
    }

    /// Leaves curses mode for a suspension (Ctrl-Z); `resume` comes back.
    func suspend() {
        guard isActive else { return }
        endwin()
    }

    /// Returns to curses mode after a suspension and forces a full repaint.
    func resume() {
        guard isActive else { return }
        wrefresh(byline_stdscr())
        invalidate()
    }

    /// Restores the terminal: leaves the alternate screen, shows the cursor, resets modes.
    func stop() {
        guard isActive else { return }
        isActive = false
        CrashRestore.disarm()
        mousemask(0, nil)
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { stop() }

    // MARK: - Keys

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case byline_key_resize(): return .resize(size)
        case byline_key_mouse(): return mouseEvent()
        case byline_key_up(): return .key(.up)
        case byline_key_down(): return .key(.down)
        case byline_key_left(): return .key(.left)
        case byline_key_right(): return .key(.right)
        case byline_key_ppage(): return .key(.pageUp)
        case byline_key_npage(): return .key(.pageDown)
        case byline_key_home(): return .key(.home)
        case byline_key_end(): return .key(.end)
        case byline_key_enter(): return .key(.enter)
        case byline_key_backspace(), byline_key_dc(): return .key(.backspace)
        default: return nil
        }
    }

    private func mouseEvent() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == byline_ok() else { return nil }
        if event.bstate & byline_wheel_up_mask() != 0 { return .key(.wheelUp) }
        let down = byline_wheel_down_mask()
        if down != 0 && event.bstate & down != 0 { return .key(.wheelDown) }
        return nil
    }

    /// The key for a character read from the terminal.
    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value), TerminalText.treatment(of: scalar) == .keep else {
                return .character("\u{FFFD}")
            }
            return .character(Character(scalar))
        }
    }

    // MARK: - Painting

    private func look(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = byline_a_normal()
        var pair: Int16 = 0
        if var registry = pairs {
            let result = registry.pair(for: style)
            pairs = registry
            pair = result.pair
            if result.needsBold { attributes |= byline_a_bold() }
        }
        let wanted = style.attributes
        if wanted.contains(.bold) { attributes |= byline_a_bold() }
        if wanted.contains(.dim) { attributes |= byline_a_dim() }
        if wanted.contains(.italic) { attributes |= byline_a_italic() }
        if wanted.contains(.underline) { attributes |= byline_a_underline() }
        if wanted.contains(.reverse) { attributes |= byline_a_reverse() }
        return (attributes, pair)
    }

    private func draw(_ cell: Cell, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        let look = roleLooks[cell.role] ?? (byline_a_normal(), 0)
        var text: [wchar_t] = []
        for scalar in cell.text.unicodeScalars {
            let value = wchar_t(bitPattern: scalar.value)
            if text.isEmpty {
                text.append(value)
            } else if text.count < ccharMax - 1, byline_wcwidth(value) == 0 {
                text.append(value)  // combining marks ride on the base character
            }
        }
        if text.isEmpty { text = [0x20] }
        // When the C library measures the grapheme differently from the layout (or cannot print
        // it in this locale), draw a placeholder of the layout's width so nothing shifts.
        if byline_wcwidth(text[0]) != Int32(cell.width) {
            let placeholder: wchar_t = byline_wcwidth(0xFFFD) == 1 ? 0xFFFD : 0x3F
            put([placeholder], look: look, row: row, column: column, in: window)
            if cell.width == 2 { put([0x20], look: look, row: row, column: column + 1, in: window) }
            return
        }
        put(text, look: look, row: row, column: column, in: window)
    }

    private func put(_ text: [wchar_t], look: (attributes: attr_t, pair: Int16), row: Int, column: Int,
                     in window: UnsafeMutablePointer<WINDOW>?) {
        var cell = cchar_t()
        var terminated = text
        terminated.append(0)
        _ = terminated.withUnsafeBufferPointer { buffer in
            byline_setcchar(&cell, buffer.baseAddress, look.attributes, look.pair)
        }
        mvwadd_wch(window, Int32(row), Int32(column), &cell)
    }
}
