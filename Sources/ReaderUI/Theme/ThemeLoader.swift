import Foundation
import TOMLKit

/// A theme read from a file, with what `byline themes` shows about it.
public struct LoadedTheme: Sendable, Equatable {
    /// The theme (its name is the file name without `.toml`).
    public var theme: Theme
    /// The file's one-line description, if it has one.
    public var description: String?
    /// The file it came from; nil for a theme built into the program.
    public var path: String?

    /// Creates a loaded theme.
    public init(theme: Theme, description: String? = nil, path: String? = nil) {
        self.theme = theme
        self.description = description
        self.path = path
    }
}

/// Reads theme files (TOML, format in docs/themes.md) into `Theme` values.
public enum ThemeLoader {
    /// Reads the theme file at `url`; the theme is named after the file.
    /// - Throws: `ThemeError` naming the file, and the line and key when the content is at fault.
    public static func load(_ url: URL) throws(ThemeError) -> LoadedTheme {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ThemeError(file: path, problem: .unreadable(FileManager.default.fileExists(atPath: path)
                ? "permission denied or not a file" : "no such file"))
        }
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw ThemeError(file: path, problem: .unreadable("not UTF-8 text"))
        }
        var loaded = try parse(text, name: url.deletingPathExtension().lastPathComponent, file: path)
        loaded.path = path
        return loaded
    }

    /// Parses the text of a theme file.
    /// - Parameters:
    ///   - text: the TOML text.
    ///   - name: the theme's name.
    ///   - file: the file's path, for error messages.
    /// - Throws: `ThemeError` for the first problem in the file (by line).
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> LoadedTheme {
        let table = try ThemeError.parseTOML(text, file: file)
        var reader = ThemeTableReader(file: file, locator: TOMLKeyLocator(text: text))
        let (styles, description) = reader.read(table)
        if let problem = reader.problems.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
            throw problem
        }
        return LoadedTheme(theme: Theme(name: name, styles: styles), description: description)
    }
}

/// Walks a parsed theme table, collecting styles and every problem found.
private struct ThemeTableReader {
    let file: String
    let locator: TOMLKeyLocator
    var problems: [ThemeError] = []

    init(file: String, locator: TOMLKeyLocator) {
        self.file = file
        self.locator = locator
    }

    mutating func read(_ table: TOMLTable) -> (styles: [StyleRole: Style], description: String?) {
        var styles: [StyleRole: Style] = [:]
        var description: String? = nil
        for (key, value) in table {
            if key == "description" {
                if let text = value.string {
                    description = text
                } else {
                    report([key], .wrongType(expected: "a string", found: Self.typeName(value)))
                }
                continue
            }
            guard let role = StyleRole(rawValue: key) else {
                if value.table != nil {
                    report([key], .unknownRole(key, suggestion: Self.suggestion(for: key)))
                } else {
                    report([key], .unknownKey(key))
                }
                continue
            }
            guard let roleTable = value.table else {
                report([key], .wrongType(expected: "a table like [\(key)] with fg, bg and attributes",
                                         found: Self.typeName(value)))
                continue
            }
            styles[role] = style(role: key, roleTable)
        }
        return (styles, description)
    }

    private mutating func style(role: String, _ table: TOMLTable) -> Style {
        var style = Style()
        for (key, value) in table {
            switch key {
            case "fg": style.foreground = color(value, path: [role, key]) ?? .default
            case "bg": style.background = color(value, path: [role, key]) ?? .default
            case "attributes": style.attributes = attributes(value, path: [role, key])
            default: report([role, key], .unknownKey(key))
            }
        }
        return style
    }

    private mutating func color(_ value: TOMLValueConvertible, path: [String]) -> Color? {
        if let number = value.int {
            if let index = UInt8(exactly: number) { return .index(index) }
            report(path, .badColor(String(number)))
            return nil
        }
        guard let text = value.string else {
            report(path, .wrongType(expected: "a colour (a string or a number 0-255)", found: Self.typeName(value)))
            return nil
        }
        guard let color = ThemeSyntax.color(text) else {
            report(path, .badColor("\"\(text)\""))
            return nil
        }
        return color
    }

    private mutating func attributes(_ value: TOMLValueConvertible, path: [String]) -> TextAttributes {
        let names: [TOMLValueConvertible]
        if let array = value.array {
            names = Array(array)
        } else if value.string != nil {
            names = [value]
        } else {
            report(path, .wrongType(expected: "a list of attribute names", found: Self.typeName(value)))
            return []
        }
        var attributes: TextAttributes = []
        for name in names {
            guard let text = name.string else {
                report(path, .wrongType(expected: "attribute names (strings)", found: Self.typeName(name)))
                continue
            }
            guard let attribute = ThemeSyntax.attribute(text) else {
                report(path, .badAttribute("\"\(text)\""))
                continue
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private mutating func report(_ path: [String], _ problem: ThemeError.Problem) {
        problems.append(ThemeError(file: file, line: locator.line(of: path), key: path.joined(separator: "."),
                                   problem: problem))
    }

    /// The role whose name is closest to a misspelt one (same letters in another case, or at
    /// most two edits away).
    static func suggestion(for name: String) -> String? {
        let folded = name.lowercased()
        var best: (role: String, distance: Int)? = nil
        for role in StyleRole.allCases.map(\.rawValue) {
            let distance = editDistance(folded, role.lowercased())
            if distance <= 2 && distance < (best?.distance ?? .max) { best = (role, distance) }
        }
        return best?.role
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static func typeName(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .table: "a table"
        case .array: "a list"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .date, .time, .dateTime: "a date or time"
        @unknown default: "a value"
        }
    }
}
