import Foundation
import Testing
@testable import ReaderUI

/// Parsing theme text, and the message of each kind of error.
@Suite struct ThemeLoaderTests {
    private func parse(_ text: String) throws(ThemeError) -> LoadedTheme {
        try ThemeLoader.parse(text, name: "mine", file: "themes/mine.toml")
    }

    private func failure(_ text: String) -> ThemeError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryColourFormAndAttributes() throws {
        let loaded = try parse("""
            description = "Mine"
            [quote]
            fg = "bright-yellow"
            bg = 236
            attributes = ["bold", "underline"]
            [title]
            fg = "#FF8000"
            [speaker]
            fg = "brightMagenta"
            bg = "default"
            attributes = "reverse"
            """)
        #expect(loaded.description == "Mine")
        #expect(loaded.theme.name == "mine")
        #expect(loaded.theme[.quote] == Style(foreground: .ansi(.brightYellow), background: .index(236),
                                              attributes: [.bold, .underline]))
        #expect(loaded.theme[.title] == Style(foreground: .rgb(255, 128, 0)))
        #expect(loaded.theme[.speaker] == Style(foreground: .ansi(.brightMagenta), attributes: [.reverse]))
        #expect(loaded.theme[.body] == .plain, "a role left out is plain")
    }

    @Test func inlineAndDottedTablesWorkToo() throws {
        let loaded = try parse("""
            quote = { fg = "red", attributes = ["italic"] }
            title.fg = "blue"
            """)
        #expect(loaded.theme[.quote] == Style(foreground: .ansi(.red), attributes: [.italic]))
        #expect(loaded.theme[.title] == Style(foreground: .ansi(.blue)))
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() throws {
        let error = try #require(failure("""
            [quote]
            fg = "red"
            bg = = "blue"
            """))
        #expect(error.line == 3)
        guard case .syntax = error.problem else {
            Issue.record("expected a syntax error, got \(error.problem)")
            return
        }
        #expect(error.description.hasPrefix("themes/mine.toml:3:"))
        #expect(error.description.contains("TOML syntax error"))
    }

    @Test func anUnknownRoleNamesLineAndKeyAndSuggestsTheNearestRole() throws {
        let error = try #require(failure("""
            # my theme
            [body]

            [qoute]
            fg = "red"
            """))
        #expect(error.line == 4)
        #expect(error.key == "qoute")
        #expect(error.problem == .unknownRole("qoute", suggestion: "quote"))
        #expect(error.description.hasPrefix(#"themes/mine.toml:4: qoute: unknown role "qoute" (did you mean "quote"?); roles are body, title,"#))
    }

    @Test func anUnknownRoleFarFromAnyGetsNoSuggestion() throws {
        let error = try #require(failure("[footer]\nfg = \"red\""))
        #expect(error.problem == .unknownRole("footer", suggestion: nil))
        #expect(!error.description.contains("did you mean"))
    }

    @Test func aBadColourNameNamesTheLineAndTheDottedKey() throws {
        let error = try #require(failure("""
            [quote]
            attributes = ["bold"]
            [currentQuote]
            attributes = ["bold"]
            fg = "yelow"
            """))
        #expect(error.line == 5)
        #expect(error.key == "currentQuote.fg")
        #expect(error.description.hasPrefix(#"themes/mine.toml:5: currentQuote.fg: bad colour "yelow"; use "default""#))
    }

    @Test(arguments: [
        ("fg = 256", "256"), ("fg = -1", "-1"), (##"bg = "#12345""##, ##""#12345""##),
        (##"bg = "#12345g""##, ##""#12345g""##), (#"fg = "ultraviolet""#, #""ultraviolet""#),
    ])
    func badColourValuesAreReported(_ line: String, _ shown: String) throws {
        let error = try #require(failure("[quote]\n\(line)"))
        #expect(error.problem == .badColor(shown))
        #expect(error.line == 2)
    }

    @Test func aBadAttributeIsReported() throws {
        let error = try #require(failure("[title]\n\nattributes = [\"bold\", \"blink\"]"))
        #expect(error.line == 3)
        #expect(error.key == "title.attributes")
        #expect(error.description == #"themes/mine.toml:3: title.attributes: unknown attribute "blink"; use bold, dim, italic, underline or reverse"#)
    }

    @Test func anUnknownKeyInARoleIsReported() throws {
        let error = try #require(failure("[title]\ncolour = \"red\""))
        #expect(error.line == 2)
        #expect(error.key == "title.colour")
        #expect(error.description == #"themes/mine.toml:2: title.colour: unknown key "colour"; a role takes fg, bg and attributes"#)
    }

    @Test func anUnknownTopLevelKeyIsReported() throws {
        let error = try #require(failure("name = \"x\"\n[title]"))
        #expect(error.line == 1)
        #expect(error.problem == .unknownKey("name"))
    }

    @Test func valuesOfTheWrongTypeAreReported() throws {
        let roleAsString = try #require(failure("\nquote = \"yellow\""))
        #expect(roleAsString.line == 2)
        #expect(roleAsString.key == "quote")
        #expect(roleAsString.description.contains("expected a table like [quote]"))
        #expect(roleAsString.description.contains("found a string"))

        let colourAsBool = try #require(failure("[quote]\nfg = true"))
        #expect(colourAsBool.problem == .wrongType(expected: "a colour (a string or a number 0-255)", found: "a boolean"))

        let description = try #require(failure("description = 3"))
        #expect(description.problem == .wrongType(expected: "a string", found: "an integer"))
    }

    @Test func theFirstProblemInTheFileIsTheOneReported() throws {
        // TOML tables come back sorted by key, not in file order; the report must follow the file.
        let error = try #require(failure("""
            [title]
            fg = "nope"
            [body]
            fg = "nope either"
            """))
        #expect(error.line == 2)
        #expect(error.key == "title.fg")
    }

    @Test func errorsInInlineAndDottedTablesPointAtTheirLine() throws {
        let inline = try #require(failure("[body]\nquote = { fg = \"nope\" }"))
        // Inside [body], `quote = {…}` is body.quote: an unknown key of the body role.
        #expect(inline.key == "body.quote")
        #expect(inline.line == 2)

        let topInline = try #require(failure("# x\n\nquote = { fg = \"nope\" }"))
        #expect(topInline.key == "quote.fg")
        #expect(topInline.line == 3)

        let dotted = try #require(failure("title.fg = \"blue\"\nquote.fg = \"nope\""))
        #expect(dotted.key == "quote.fg")
        #expect(dotted.line == 2)
    }

    @Test func aMultiLineStringDoesNotConfuseTheLineSearch() throws {
        let error = try #require(failure("""
            description = \"\"\"
            [quote]
            fg = "fake"
            \"\"\"
            [quote]
            fg = "nope"
            """))
        #expect(error.line == 6)
    }

    @Test func aMissingOrNonUTF8FileIsReportedByPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let missing = folder.appendingPathComponent("gone.toml")
        #expect(throws: ThemeError(file: missing.path, problem: .unreadable("no such file"))) {
            try ThemeLoader.load(missing)
        }
        let binary = folder.appendingPathComponent("binary.toml")
        try Data([0x5B, 0xFF, 0xFE, 0x5D]).write(to: binary)
        #expect(throws: ThemeError(file: binary.path, problem: .unreadable("not UTF-8 text"))) {
            try ThemeLoader.load(binary)
        }
    }
}
