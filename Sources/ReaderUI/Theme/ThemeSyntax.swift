import Foundation

/// The words theme files use for colours and attributes.
public enum ThemeSyntax {
    /// The name theme files use for each ANSI colour, in `ANSIColor` order.
    public static let colorNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// The name theme files use for each attribute.
    public static let attributeNames: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    /// Reads a colour written as text: `default`, an ANSI name (`bright-blue`, `brightBlue` and
    /// `bright_blue` all work, in any case), a palette index `0`–`255`, or `#rrggbb`.
    /// - Returns: nil when the text is none of these.
    public static func color(_ text: String) -> Color? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") { return hexColor(trimmed.dropFirst()) }
        if let index = UInt8(trimmed) { return .index(index) }
        let folded = String(trimmed.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        if folded == "default" { return .default }
        for (number, name) in colorNames.enumerated() where name.replacingOccurrences(of: "-", with: "") == folded {
            return ANSIColor(rawValue: number).map(Color.ansi)
        }
        return nil
    }

    /// Reads an attribute name (any case).
    public static func attribute(_ text: String) -> TextAttributes? {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        return attributeNames.first { $0.name == folded }?.attribute
    }

    /// A colour as a theme file would write it.
    public static func text(of color: Color) -> String {
        switch color {
        case .default: "default"
        case .ansi(let ansi): colorNames[ansi.rawValue]
        case .index(let index): String(index)
        case let .rgb(red, green, blue): "#" + [red, green, blue].map(hexByte).joined()
        }
    }

    private static func hexColor(_ digits: Substring) -> Color? {
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        let bytes = stride(from: 0, to: 6, by: 2).compactMap { offset -> UInt8? in
            let start = digits.index(digits.startIndex, offsetBy: offset)
            return UInt8(digits[start..<digits.index(start, offsetBy: 2)], radix: 16)
        }
        guard bytes.count == 3 else { return nil }
        return .rgb(bytes[0], bytes[1], bytes[2])
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
