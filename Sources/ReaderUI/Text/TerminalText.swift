/// Makes article text safe to send to a terminal.
public enum TerminalText {
    /// Removes or replaces everything a terminal could interpret: C0 and C1 controls (ESC, BEL,
    /// CSI U+009B…), carriage returns and backspaces, and Unicode format characters such as bidi
    /// overrides and zero-width spaces. Tabs become spaces; newlines stay.
    /// - Parameter text: untrusted text.
    /// - Returns: text containing only printable scalars, spaces and newlines.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.append(scalar)
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C,
                 0xFFF9...0xFFFB:
                continue
            default:
                if scalar.properties.generalCategory == .format && scalar.value != 0x200D { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }
}
