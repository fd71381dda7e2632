/// SGR escape sequences for styles, for coloured plain-text output (`--color=always`).
public enum ANSIStyle {
    /// The sequence that resets all attributes.
    public static let reset = "\u{1B}[0m"

    /// The sequence that switches to `style` from the default look.
    public static func sequence(for style: Style) -> String {
        var codes: [String] = ["0"]
        let attributes = style.attributes
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        codes += colorCodes(style.foreground, background: false)
        codes += colorCodes(style.background, background: true)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCodes(_ color: Color, background: Bool) -> [String] {
        switch color {
        case .default: return []
        case .ansi(let ansi):
            let base = ansi.rawValue < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return [String(base + ansi.rawValue % 8)]
        case .index(let index): return [background ? "48" : "38", "5", String(index)]
        case let .rgb(red, green, blue): return [background ? "48" : "38", "2", String(red), String(green), String(blue)]
        }
    }
}
