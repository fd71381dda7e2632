import Foundation

/// Finds the line of a TOML file that defines a key, for error messages.
///
/// TOMLKit reports lines only for syntax errors; for a well-formed file with a wrong value we look
/// the key up in the text ourselves. It follows table headers (`[quote]`), dotted keys
/// (`quote.fg = …`) and skips comments and multi-line strings; a key inside an inline table
/// (`quote = { fg = … }`) is found at its table's line.
struct TOMLKeyLocator {
    /// The key path each line defines, by 0-based line number (empty for other lines).
    private var paths: [[String]] = []

    /// Indexes a file's text.
    init(text: String) {
        var table: [String] = []
        var openString: Substring? = nil
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var path: [String] = []
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if let delimiter = openString {
                if Self.count(of: delimiter, in: line) % 2 == 1 { openString = nil }
            } else if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(inner)
                path = table
            } else if !line.hasPrefix("#"), let equals = Self.assignment(in: line) {
                path = table + Self.keyPath(line[..<equals])
                let value = line[line.index(after: equals)...]
                for delimiter in ["\"\"\"", "'''"] where Self.count(of: Substring(delimiter), in: value) % 2 == 1 {
                    openString = Substring(delimiter)
                }
            }
            paths.append(path)
        }
    }

    /// The 1-based line that defines `path`; failing that, the first line that defines its longest
    /// defined prefix (the role's table for a missing key); nil when not even the first part is there.
    func line(of path: [String]) -> Int? {
        var best: (line: Int, length: Int)? = nil
        for (index, linePath) in paths.enumerated() where !linePath.isEmpty {
            if linePath == path { return index + 1 }
            if linePath.count < path.count, Array(path.prefix(linePath.count)) == linePath,
               linePath.count > (best?.length ?? 0) {
                best = (index + 1, linePath.count)
            }
        }
        return best?.line
    }

    /// The position of the `=` of a `key = value` line, outside quoted key parts.
    private static func assignment(in line: Substring) -> Substring.Index? {
        var quote: Character? = nil
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// The parts of a dotted key (`a."b.c"` → a, b.c), trimmed and unquoted.
    private static func keyPath(_ key: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character? = nil
        for character in key {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func count(of delimiter: Substring, in text: Substring) -> Int {
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: delimiter) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
