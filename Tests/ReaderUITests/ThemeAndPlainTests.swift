import ArticleParser
import Testing
@testable import ReaderUI

@Suite struct ThemeAndPlainTests {
    @Test func bothBuiltInThemesStyleEveryRole() {
        for theme in [Theme.standard, Theme.mono] {
            #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(theme.name)")
        }
    }

    @Test func monoUsesAttributesOnlyAndStillSetsQuotesApart() {
        for style in Theme.mono.styles.values {
            #expect(style.foreground == .default && style.background == .default)
        }
        #expect(Theme.mono[.quote] != Theme.mono[.body])
        #expect(Theme.mono[.currentQuote] != Theme.mono[.quote])
        #expect(Theme.standard[.quote] != Theme.standard[.body])
    }

    @Test func plainTextOmitsBoilerplateUnlessAsked() {
        let article = ArticleBuilder.sample.build()
        let plain = PlainTextRenderer.render(article, includeBoilerplate: false)
        #expect(plain.hasPrefix("Harbour bridge reopens after repairs\n\nPORTVILLE"))
        #expect(!plain.contains("newsletter"))
        let all = PlainTextRenderer.render(article, includeBoilerplate: true)
        #expect(all.contains("[promo] Sign up for our morning newsletter"))
    }

    @Test func colouredPlainTextWrapsQuotesInTheirStyle() {
        let article = ArticleBuilder.sample.build()
        let text = PlainTextRenderer.render(article, includeBoilerplate: false, theme: .standard)
        let quoteStyle = ANSIStyle.sequence(for: Theme.standard[.quote])
        #expect(text.contains(quoteStyle + "We kept our promise to the commuters of this city," + ANSIStyle.reset))
    }

    @Test func sgrSequencesCoverColoursAndAttributes() {
        #expect(ANSIStyle.sequence(for: Style(foreground: .ansi(.yellow), attributes: [.bold])) == "\u{1B}[0;1;33m")
        #expect(ANSIStyle.sequence(for: Style(foreground: .index(208), background: .ansi(.brightBlue))) == "\u{1B}[0;38;5;208;104m")
        #expect(ANSIStyle.sequence(for: Style(foreground: .rgb(1, 2, 3))) == "\u{1B}[0;38;2;1;2;3m")
    }
}
