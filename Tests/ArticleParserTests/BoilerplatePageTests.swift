import Testing
@testable import ArticleParser
import TestSupport

/// Page-level evidence: menus above the story, footers below it, and the seed article.
@Suite struct BoilerplatePageTests {
    @Test func blinkenArticleHasExactlyCaptionPromoAndComments() throws {
        let article = Analyzer.parse(try Fixtures.article("blinken-mideast.txt"))
        let noise = article.blocks.filter(\.isBoilerplate)
        #expect(noise.map(\.category) == [.caption, .promo, .comments])
        #expect(noise.first?.text.hasSuffix("/ AP") == true)
        #expect(noise.last?.text == "Leave a Comment")
        #expect(article.blocks.filter { !$0.isBoilerplate }.count == 11)
    }

    @Test func menusAndFootersAroundAWholePageAreNavigation() {
        let menu = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Sign in"].joined(separator: "\n")
        let footer = ["About us", "Contact", "Careers", "Terms of use", "Privacy policy"].joined(separator: "\n")
        let text = menu + "\n\nHarborville votes to rebuild its ferry pier\n\n"
            + BoilerplateFixture.paragraphs.joined(separator: "\n\n") + "\n\n" + footer
            + "\n\n© 2026 The Harborville Gazette\n"
        let article = Analyzer.parse(text)
        for word in ["Home", "Sport", "Weather", "Contact", "Privacy policy"] {
            #expect(BoilerplateFixture.block(word, in: article)?.isBoilerplate == true, "\(word)")
        }
        #expect(BoilerplateFixture.block("Harborville votes to rebuild its ferry pier", in: article)?.isBoilerplate == false)
        for paragraph in BoilerplateFixture.paragraphs {
            #expect(BoilerplateFixture.block(paragraph, in: article)?.isBoilerplate == false)
        }
        #expect(BoilerplateFixture.block("© 2026 The Harborville Gazette", in: article)?.category == .copyright)
    }

    @Test func listUnderARelatedLabelIsRelated() {
        let text = BoilerplateFixture.article(
            with: "More:\n\nFerry fares rise for the first time in six years\n\nHarbour seals return to the north beach",
            after: 6)
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block("Ferry fares rise for the first time in six years", in: article)?.category == .related)
        #expect(BoilerplateFixture.block("Harbour seals return to the north beach", in: article)?.category == .related)
    }

    @Test func foreignLanguagePageIsNotAllNoise() {
        let body = [
            "Der Gemeinderat von Hafenstadt hat am Dienstag beschlossen, den alten Fähranleger neu zu bauen, nachdem Fischer und Ladenbesitzer jahrelang darüber gestritten hatten.",
            "Der neue Anleger soll doppelt so lang werden wie der bisherige und im Frühjahr des kommenden Jahres eröffnet werden, wie aus einem Zeitplan des Planungsamts hervorgeht.",
            "Die Bauarbeiten an den Fundamenten sollen im März beginnen, und die Fähre wird während der ersten Bauphase nach ihrem gewohnten Fahrplan verkehren.",
        ]
        let text = "Hafenstadt baut seinen Fähranleger neu\n\n" + body.joined(separator: "\n\n") + "\n\nTeilen\n"
        let article = Analyzer.parse(text)
        for paragraph in body {
            #expect(BoilerplateFixture.block(paragraph, in: article)?.isBoilerplate == false)
        }
        #expect(BoilerplateFixture.block("Teilen", in: article)?.category == .share)
    }

    @Test func caselessScriptPageKeepsHeadlineAndBody() {
        let menu = ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "ثقافة", "طقس"].joined(separator: "\n")
        let body = [
            "صوّت مجلس بلدية المرفأ يوم الثلاثاء على إعادة بناء رصيف العبّارات القديم، منهياً خلافاً استمر سنوات بين الصيادين وأصحاب المتاجر في المدينة.",
            "وسيكون الرصيف الجديد ضعف طول الرصيف الحالي، ومن المتوقع افتتاحه في ربيع العام المقبل بحسب جدول زمني نشره مكتب التخطيط في البلدية.",
            "وقال رئيس لجنة المرفأ إن التصويت جاء بمثابة ارتياح للعائلات التي انتظرت سنوات طويلة رصيفاً أكثر أماناً لعبّارة الصباح.",
        ]
        let headline = "بلدية المرفأ تقرر إعادة بناء رصيف العبّارات"
        let text = menu + "\n\n" + headline + "\n\n" + body.joined(separator: "\n\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block(headline, in: article)?.isBoilerplate == false)
        for paragraph in body {
            #expect(BoilerplateFixture.block(paragraph, in: article)?.isBoilerplate == false)
        }
        #expect(BoilerplateFixture.block("رياضة", in: article)?.isBoilerplate == true)
    }

    @Test func cjkParagraphsAreContent() {
        let body = [
            "港町の町議会は火曜日、古いフェリー桟橋の建て替えを決めた。漁師と商店主の間で十年近く続いた議論に決着がついた形だ。",
            "新しい桟橋は現在の二倍の長さとなり、来年の春に完成する予定だと町の計画課が発表した日程表に記されている。",
            "基礎工事は三月に始まる見込みで、工事の第一段階の間もフェリーは通常の時刻表どおりに運航するという。",
        ]
        let text = "港町がフェリー桟橋を建て替え\n\n" + body.joined(separator: "\n\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(article.blocks.filter(\.isBoilerplate).isEmpty)
    }
}

/// Evidence from neighbouring lines: comment threads, follow prompts, stacked photo labels.
@Suite struct BoilerplateContextTests {
    @Test func readerCommentThreadEndsTheBody() {
        let thread = [
            "38 Comments", "harbourfan", "2 days ago", "Finally! The old pier was a disgrace and everyone in town knew it.",
            "old_salt", "3 days ago", "I will believe it when the first ferry actually ties up at the new berth.",
        ].joined(separator: "\n\n")
        let article = Analyzer.parse(BoilerplateFixture.article(with: thread, after: 6))
        #expect(BoilerplateFixture.block("38 Comments", in: article)?.category == .comments)
        #expect(BoilerplateFixture.block("Finally! The old pier was a disgrace and everyone in town knew it.", in: article)?.isBoilerplate == true)
        for paragraph in BoilerplateFixture.paragraphs {
            #expect(BoilerplateFixture.block(paragraph, in: article)?.isBoilerplate == false)
        }
    }

    @Test func followUsPromptIsShare() {
        let result = BoilerplateFixture.classification(of: "Follow us on Instagram and TikTok @harborvillegazette for more local news.")
        #expect(result?.1 == .share)
    }

    @Test func photoLabelMakesTheLineBelowACaption() {
        let article = Analyzer.parse(BoilerplateFixture.article(with: "Foto:\narchivo de la familia Ortega"))
        #expect(BoilerplateFixture.block("Foto:", in: article)?.category == .caption)
        #expect(BoilerplateFixture.block("archivo de la familia Ortega", in: article)?.category == .caption)
    }

    @Test func relatedLabelInAnotherLanguage() {
        let result = BoilerplateFixture.classification(of: "Weitere Beiträge zum Thema", after: 6)
        #expect(result?.0 == .boilerplate)
        #expect(result?.1 == .related)
    }

    @Test func tableAfterTheBodyStaysContent() {
        let table = ["Pos.  Crew  Points", "1  Northside Rowers  52", "2  Harbour Club  47", "3  Old Town Eights  41"]
            .joined(separator: "\n\n")
        let article = Analyzer.parse(BoilerplateFixture.article(with: table, after: 6))
        #expect(BoilerplateFixture.block("2  Harbour Club  47", in: article)?.isBoilerplate == false)
    }

    @Test func numberedHeadlineLabelDoesNotHideSentenceOpeningAlike() {
        #expect(BoilerplateFixture.classification(of: "More from the council's statement was released on Wednesday.")?.0 == .paragraph)
        #expect(BoilerplateFixture.classification(of: "See also the harbour plan published in May, which set out the costs.")?.0 == .paragraph)
    }

    @Test func sentenceOverAShortSourceNameIsACaption() {
        let article = Analyzer.parse(BoilerplateFixture.article(with: "Harbour seals rest on the north beach in May.\nCoastal Trust"))
        #expect(BoilerplateFixture.block("Harbour seals rest on the north beach in May.", in: article)?.category == .caption)
        #expect(BoilerplateFixture.block("Coastal Trust", in: article)?.category == .caption)
    }

    @Test func twoLineUnitWithoutASourceStaysContent() {
        let article = Analyzer.parse(BoilerplateFixture.article(with: "The vote was close.\nSeven councillors abstained."))
        #expect(BoilerplateFixture.block("The vote was close.", in: article)?.isBoilerplate == false)
        #expect(BoilerplateFixture.block("Seven councillors abstained.", in: article)?.isBoilerplate == false)
    }
}
