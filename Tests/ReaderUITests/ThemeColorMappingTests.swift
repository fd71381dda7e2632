import Testing
import TestSupport
@testable import ReaderUI

/// Colour depth detection and mapping colours, styles and themes down to each depth.
@Suite struct ThemeColorMappingTests {
    /// Whether a colour can be shown at a depth without further mapping.
    private func fits(_ color: Color, _ depth: ColorDepth) -> Bool {
        switch (color, depth) {
        case (.default, _), (_, .trueColor): true
        case (_, .mono): false
        case (.ansi(let ansi), .ansi8): !ansi.isBright
        case (.ansi, _): true
        case (.index, .palette256): true
        case (.index, _), (.rgb, _): false
        }
    }

    @Test(arguments: [
        (["NO_COLOR": "1", "TERM": "xterm-256color", "COLORTERM": "truecolor"], 256, ColorDepth.mono),
        (["NO_COLOR": "", "TERM": "xterm-256color"], 256, .palette256),
        (["TERM": "dumb"], nil, .mono),
        (["TERM": "xterm", "COLORTERM": "truecolor"], 8, .trueColor),
        (["TERM": "xterm", "COLORTERM": "24bit"], nil, .trueColor),
        (["TERM": "xterm-256color"], 8, .ansi8),
        (["TERM": "xterm"], 256, .palette256),
        (["TERM": "screen"], 16, .ansi16),
        (["TERM": "vt100"], 0, .mono),
        (["TERM": "vt100"], -1, .mono),
        (["TERM": "xterm-direct"], 16_777_216, .trueColor),
        (["TERM": "xterm-256color"], nil, .palette256),
        (["TERM": "rxvt-16color"], nil, .ansi16),
        (["TERM": "xterm-direct"], nil, .trueColor),
        (["TERM": "linux"], nil, .ansi8),
        ([:], nil, .mono),
    ] as [([String: String], Int?, ColorDepth)])
    func detectsTheDepth(_ environment: [String: String], _ colors: Int?, _ expected: ColorDepth) {
        #expect(ColorDepth.detect(environment: environment, terminalColors: colors) == expected)
    }

    @Test func everyPaletteColourIsItsOwnNearestMatch() {
        for index in UInt8(16)...UInt8(255) {
            let rgb = ColorPalette.rgb(ofIndex: index)
            #expect(ColorPalette.rgb(ofIndex: ColorPalette.nearestIndex(to: rgb)) == rgb, "index \(index)")
        }
        for ansi in ANSIColor.allCases {
            #expect(ColorPalette.nearestANSI(to: ColorPalette.ansi[ansi.rawValue]) == ansi)
        }
    }

    @Test func nearestMatchesOfInBetweenColours() {
        // Near-greys go to the grey ramp, saturated colours to the cube.
        #expect(ColorPalette.nearestIndex(to: .init(0x30, 0x31, 0x2f)) == 236)
        #expect(ColorPalette.nearestIndex(to: .init(250, 10, 10)) == 196)
        #expect(ColorPalette.nearestANSI(to: .init(250, 10, 10)) == .brightRed)
        #expect(ColorPalette.nearestANSI(to: .init(250, 10, 10), among: 8) == .red)
        #expect(ColorPalette.nearestANSI(to: .init(0xb5, 0x89, 0x00)) == .yellow)
        #expect(ColorPalette.nearestANSI(to: .init(20, 20, 30)) == .black)
    }

    @Test func mappingAnRGBColourDownEachDepth() {
        let orange = Color.rgb(0xff, 0x87, 0x00)
        #expect(orange.mapped(to: .trueColor) == orange)
        #expect(orange.mapped(to: .palette256) == .index(208))
        #expect(orange.mapped(to: .ansi16) == .ansi(.yellow))
        #expect(orange.mapped(to: .ansi8) == .ansi(.yellow))
        #expect(orange.mapped(to: .mono) == .default)
    }

    @Test func mappingPaletteAndANSIColoursDown() {
        #expect(Color.index(9).mapped(to: .ansi16) == .ansi(.brightRed))
        #expect(Color.index(9).mapped(to: .ansi8) == .ansi(.red))
        #expect(Color.index(231).mapped(to: .ansi16) == .ansi(.brightWhite))
        #expect(Color.index(20).mapped(to: .ansi8) == .ansi(.blue))
        #expect(Color.index(17).mapped(to: .ansi8) == .ansi(.black), "navy is nearer black than xterm blue")
        #expect(Color.ansi(.brightGreen).mapped(to: .palette256) == .ansi(.brightGreen))
        #expect(Color.ansi(.brightGreen).mapped(to: .ansi8) == .ansi(.green))
        #expect(Color.default.mapped(to: .ansi8) == .default)
    }

    @Test func aBrightTextColourBecomesBoldOnEightColours() {
        let style = Style(foreground: .ansi(.brightYellow), background: .ansi(.brightBlue))
        let mapped = style.mapped(to: .ansi8)
        #expect(mapped == Style(foreground: .ansi(.yellow), background: .ansi(.blue), attributes: [.bold]))
        #expect(style.mapped(to: .ansi16) == style)
        let dimmed = Style(foreground: .ansi(.brightBlack), attributes: [.dim]).mapped(to: .ansi8)
        #expect(!dimmed.attributes.contains(.bold), "never bold and dim at once")
    }

    @Test func textNeverCollapsesIntoItsBackground() {
        // Solarized's body: grey-blue text on a near-black blue. At 8 colours both are nearest black.
        let body = Style(foreground: .rgb(0x83, 0x94, 0x96), background: .rgb(0x00, 0x2b, 0x36))
        for depth in [ColorDepth.ansi8, .ansi16, .palette256] {
            let mapped = body.mapped(to: depth)
            #expect(mapped.foreground != mapped.background, "\(depth): \(mapped)")
        }
        #expect(body.mapped(to: .ansi8).background == .ansi(.black))
        let same = Style(foreground: .ansi(.red), background: .ansi(.red))
        #expect(same.mapped(to: .ansi8) == same, "a style that asks for it keeps it")
    }

    @Test(arguments: ColorDepth.allCases)
    func noBundledThemeHidesTextInItsBackground(_ depth: ColorDepth) {
        for theme in Self.bundledThemes {
            let adapted = theme.adapted(to: depth)
            for role in StyleRole.allCases where adapted[role].foreground != .default {
                #expect(adapted[role].foreground != adapted[role].background, "\(theme.name).\(role) at \(depth)")
            }
        }
    }

    static let bundledThemes: [Theme] = ThemeFolders.themeFiles(in: Fixtures.packageRoot.appendingPathComponent("Themes"))
        .compactMap { try? ThemeLoader.load($0).theme }

    @Test(arguments: ColorDepth.allCases)
    func everyBundledThemeFitsEveryDepth(_ depth: ColorDepth) {
        #expect(Self.bundledThemes.count >= 5)
        for theme in Self.bundledThemes {
            let adapted = theme.adapted(to: depth)
            for role in StyleRole.allCases {
                #expect(fits(adapted[role].foreground, depth), "\(theme.name).\(role) fg at \(depth)")
                #expect(fits(adapted[role].background, depth), "\(theme.name).\(role) bg at \(depth)")
            }
        }
    }

    @Test func inMonoEveryThemeStillSetsQuotesApart() {
        for theme in Self.bundledThemes {
            let mono = theme.adapted(to: .mono)
            #expect(mono[.quote].attributes != mono[.body].attributes, "\(theme.name)")
            #expect(mono[.currentQuote].attributes != mono[.quote].attributes, "\(theme.name)")
            #expect(mono[.searchMatch].attributes != mono[.body].attributes, "\(theme.name)")
        }
    }

    @Test func monoAdaptationLeavesAttributeOnlyRolesAlone() {
        let theme = Theme(name: "t", styles: [
            .quote: Style(attributes: [.italic]),
            .title: Style(foreground: .ansi(.red), attributes: [.italic]),
        ])
        let mono = theme.adapted(to: .mono)
        #expect(mono[.quote] == Style(attributes: [.italic]))
        #expect(mono[.title] == Style(attributes: Theme.mono[.title].attributes), "a colour role looks as in mono")
    }
}
