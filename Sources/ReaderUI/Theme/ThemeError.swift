import TOMLKit

/// Why a theme file could not be used, with the file, line and key it is about.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        /// The file could not be read, or is not UTF-8 text.
        case unreadable(String)
        /// The file is not valid TOML; the parser's own message.
        case syntax(String)
        /// A table names no known role; with a close role name when there is one.
        case unknownRole(String, suggestion: String?)
        /// A key that themes do not use (a top-level key, or a role key other than fg/bg/attributes).
        case unknownKey(String)
        /// A colour value that is none of the accepted forms.
        case badColor(String)
        /// An attribute that is not bold, dim, italic, underline or reverse.
        case badAttribute(String)
        /// A value of the wrong TOML type.
        case wrongType(expected: String, found: String)
    }

    /// The theme file, as a path for messages.
    public var file: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// The 1-based column, for syntax errors.
    public var column: Int?
    /// The dotted key the problem is about (`quote.fg`), when there is one.
    public var key: String?
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    /// One line: `FILE:LINE: KEY: what is wrong and what is allowed`.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        let subject = key.map { "\($0): " } ?? ""
        return "\(place): \(subject)\(explanation)"
    }

    private var explanation: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read theme (\(reason))"
        case .syntax(let message):
            return "TOML syntax error: \(message)"
        case let .unknownRole(name, suggestion):
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return "unknown role \"\(name)\"\(hint); roles are "
                + StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownKey(let name):
            if key?.contains(".") == true {
                return "unknown key \"\(name)\"; a role takes fg, bg and attributes"
            }
            return "unknown key \"\(name)\"; a theme has a description and one table per role"
        case .badColor(let value):
            return "bad colour \(value); use \"default\", an ANSI colour name (\"yellow\", \"bright-blue\"…), "
                + "a palette index 0-255, or \"#rrggbb\""
        case .badAttribute(let value):
            return "unknown attribute \(value); use bold, dim, italic, underline or reverse"
        case let .wrongType(expected, found):
            return "expected \(expected), found \(found)"
        }
    }
}

extension ThemeError {
    /// Parses TOML text, turning a syntax error into a `ThemeError` that names the file, line
    /// and column. Theme files and the config file share this.
    static func parseTOML(_ text: String, file: String) throws(ThemeError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, column: error.source.begin.column,
                             problem: .syntax(error.description))
        } catch {
            throw ThemeError(file: file, problem: .syntax(String(describing: error)))
        }
    }
}
