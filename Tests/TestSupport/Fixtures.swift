import Foundation

/// Locates files of the package for tests: bundled articles, themes, the built binary.
public enum Fixtures {
    /// The package's root folder, found from this source file's path.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The bundled `Articles/` folder.
    public static var articlesFolder: URL { packageRoot.appendingPathComponent("Articles") }

    /// The contents of a bundled article.
    public static func article(_ name: String) throws -> String {
        try String(contentsOf: articlesFolder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The raw bytes of a bundled article.
    public static func articleBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: articlesFolder.appendingPathComponent(name)))
    }
}
