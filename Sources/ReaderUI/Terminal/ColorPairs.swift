import CNCursesW

/// Maps styles to curses colour pairs, allocating each foreground/background combination once.
struct ColorPairs {
    /// The number of colours the terminal has (8, 16, 256…).
    let colors: Int
    /// The number of pairs curses allows.
    let limit: Int
    private var pairs: [PairKey: Int16] = [:]
    private var next: Int16 = 1

    struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colors: Int, limit: Int) {
        self.colors = colors
        self.limit = min(limit, Int(Int16.max))
    }

    /// The pair for a style's colours, plus the bold attribute when a bright colour had to be
    /// shown as bold on an 8-colour terminal.
    mutating func pair(for style: Style) -> (pair: Int16, needsBold: Bool) {
        let (foreground, bold) = number(for: style.foreground)
        let (background, _) = number(for: style.background)
        if foreground == -1 && background == -1 { return (0, bold) }
        let key = PairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return (pair, bold) }
        guard Int(next) < limit else { return (0, bold) }
        let pair = next
        guard init_pair(pair, foreground, background) == byline_ok() else { return (0, bold) }
        next += 1
        pairs[key] = pair
        return (pair, bold)
    }

    /// The curses colour number for a colour (-1 for the terminal's default).
    func number(for color: Color) -> (Int16, brightAsBold: Bool) {
        switch color {
        case .default:
            return (-1, false)
        case .ansi(let ansi):
            if ansi.rawValue < colors { return (Int16(ansi.rawValue), false) }
            return (Int16(ansi.rawValue % 8), ansi.rawValue >= 8)
        case .index(let index):
            if Int(index) < colors { return (Int16(index), false) }
            return (-1, false)
        case let .rgb(red, green, blue):
            if colors >= 256 {
                let scale = { (value: UInt8) -> Int in (Int(value) * 5 + 127) / 255 }
                return (Int16(16 + 36 * scale(red) + 6 * scale(green) + scale(blue)), false)
            }
            let bits = (red > 127 ? 1 : 0) | (green > 127 ? 2 : 0) | (blue > 127 ? 4 : 0)
            return (Int16(bits), false)
        }
    }
}
