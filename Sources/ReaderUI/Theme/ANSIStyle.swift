/// SGR escape sequences for styles, for output printed outside curses (`byline themes`).
public enum ANSIStyle {
    /// The sequence that resets all attributes and colours.
    public static let reset = "\u{1B}[0m"

    /// The SGR parameters of a style, as is (map it to the terminal's depth first).
    public static func parameters(for style: Style) -> [String] {
        var parameters: [String] = []
        let attributeCodes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributeCodes where style.attributes.contains(attribute) {
            parameters.append(code)
        }
        parameters += colorParameters(style.foreground, base: 30, brightBase: 90, extended: 38)
        parameters += colorParameters(style.background, base: 40, brightBase: 100, extended: 48)
        return parameters
    }

    /// The escape sequence that turns a style on (empty for the plain style).
    public static func sequence(for style: Style) -> String {
        let parameters = parameters(for: style)
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    /// `text` in a style, reset after it. Only pass text that is safe to print.
    public static func styled(_ text: String, _ style: Style) -> String {
        let start = sequence(for: style)
        return start.isEmpty ? text : start + text + reset
    }

    private static func colorParameters(_ color: Color, base: Int, brightBase: Int, extended: Int) -> [String] {
        switch color {
        case .default:
            return []
        case .ansi(let ansi):
            return [String(ansi.isBright ? brightBase + ansi.rawValue - 8 : base + ansi.rawValue)]
        case .index(let index):
            return [String(extended), "5", String(index)]
        case let .rgb(red, green, blue):
            return [String(extended), "2", String(red), String(green), String(blue)]
        }
    }
}
