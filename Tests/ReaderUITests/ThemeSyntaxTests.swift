import Testing
@testable import ReaderUI

/// Colour and attribute words in theme files.
@Suite struct ThemeSyntaxTests {
    @Test func everyANSINameReadsBackInEverySpelling() {
        for ansi in ANSIColor.allCases {
            let name = ThemeSyntax.colorNames[ansi.rawValue]
            #expect(ThemeSyntax.color(name) == .ansi(ansi))
            #expect(ThemeSyntax.color(name.uppercased()) == .ansi(ansi))
            #expect(ThemeSyntax.color(name.replacingOccurrences(of: "-", with: "_")) == .ansi(ansi))
            let camel = name.split(separator: "-").enumerated()
                .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
            #expect(ThemeSyntax.color(camel) == .ansi(ansi))
        }
    }

    @Test func indicesHexAndDefault() {
        #expect(ThemeSyntax.color("0") == .index(0))
        #expect(ThemeSyntax.color("255") == .index(255))
        #expect(ThemeSyntax.color("256") == nil)
        #expect(ThemeSyntax.color("#00ff7F") == .rgb(0, 255, 127))
        #expect(ThemeSyntax.color("#0f0") == nil)
        #expect(ThemeSyntax.color("Default") == .default)
        #expect(ThemeSyntax.color("") == nil)
    }

    @Test func coloursWriteAsTheyRead() {
        let samples: [Color] = [.default, .ansi(.brightCyan), .index(42), .rgb(1, 171, 255)]
        for color in samples {
            #expect(ThemeSyntax.color(ThemeSyntax.text(of: color)) == color)
        }
        #expect(ThemeSyntax.text(of: .rgb(1, 171, 255)) == "#01abff")
    }

    @Test func attributes() {
        #expect(ThemeSyntax.attribute("Bold") == .bold)
        #expect(ThemeSyntax.attribute("reverse") == .reverse)
        #expect(ThemeSyntax.attribute("blink") == nil)
    }
}
