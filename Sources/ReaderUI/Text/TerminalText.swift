/// Makes article text safe to send to a terminal.
///
/// Only escape sequences the program generates may reach the terminal, so every scalar a terminal
/// could interpret is removed or replaced by a visible placeholder before text is measured or
/// laid out: C0 and C1 controls (ESC, BEL, CSI U+009B…), backspaces, carriage returns, and
/// Unicode format characters such as bidi overrides and zero-width spaces.
public enum TerminalText {
    /// What to do with one scalar of untrusted text.
    public enum Treatment: Equatable, Sendable {
        /// Keep the scalar as it is.
        case keep
        /// Drop the scalar: it has no visible form (bidi controls, zero-width spaces, `\r`).
        case drop
        /// A tab: expand to spaces.
        case tab
        /// A line or paragraph break.
        case lineBreak
        /// Show this visible placeholder instead (a control picture such as ␛ for ESC).
        case placeholder(Unicode.Scalar)
    }

    /// How `scalar` is made safe.
    @inline(__always)
    public static func treatment(of scalar: Unicode.Scalar) -> Treatment {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .keep }
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x2028, 0x2029: return .lineBreak
        case 0x09: return .tab
        case 0x0D: return .drop
        case 0x00...0x1F: return .placeholder(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
        case 0x7F: return .placeholder("\u{2421}")
        case 0x80...0x9F: return .placeholder("\u{FFFD}")
        case 0x200D: return .keep  // the zero-width joiner builds emoji sequences
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C,
             0xFFF9...0xFFFB:
            return .drop
        default:
            if value < 0xA0 { return .keep }
            switch scalar.properties.generalCategory {
            case .format, .surrogate: return .drop
            case .unassigned where (0xE0000...0xE0FFF).contains(value): return .drop
            default: return .keep
            }
        }
    }

    /// Removes or replaces everything a terminal could interpret. Tabs expand to the next
    /// multiple of 8 columns (counting scalars); newlines stay; controls become visible
    /// placeholders such as ␛ and ␇.
    /// - Parameter text: untrusted text.
    /// - Returns: text containing only printable scalars, spaces and newlines.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            switch treatment(of: scalar) {
            case .keep:
                out.append(scalar)
                column += 1
            case .drop:
                continue
            case .tab:
                let spaces = 8 - column % 8
                for _ in 0..<spaces { out.append(" ") }
                column += spaces
            case .lineBreak:
                out.append("\n")
                column = 0
            case .placeholder(let picture):
                out.append(picture)
                column += 1
            }
        }
        return String(out)
    }
}
