import Testing
@testable import ArticleParser

/// One test per category: invented furniture lines placed inside an invented story.
@Suite struct BoilerplateCategoryTests {
    private func expect(_ line: String, is category: BoilerplateCategory, after position: Int = 2,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let result = BoilerplateFixture.classification(of: line, after: position)
        #expect(result?.0 == .boilerplate, "\(line)", sourceLocation: sourceLocation)
        #expect(result?.1 == category, "\(line)", sourceLocation: sourceLocation)
    }

    @Test func captionsEndingInACredit() {
        expect("Volunteers carry timber along the old pier at low tide on Sunday. Mara Lindqvist / AP", is: .caption)
        expect("A ferry waits at the landing in Harborville. (Getty Images)", is: .caption)
        expect("Photo: Tomas Reyes for the Harborville Gazette", is: .caption)
        expect("FILE PHOTO: The ferry leaves the harbour at dawn, June 3, 2025. REUTERS/Ines Park", is: .caption)
    }

    @Test func captionAboveACreditLine() {
        let text = BoilerplateFixture.article(with: "The harbour master inspects a cracked pylon.\nJonas Feld/Coastal Press/Getty Images")
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block("The harbour master inspects a cracked pylon.", in: article)?.category == .caption)
        #expect(BoilerplateFixture.block("Jonas Feld/Coastal Press/Getty Images", in: article)?.category == .caption)
    }

    @Test func promos() {
        expect("Download the Gazette app for breaking news and local alerts", is: .promo)
        expect("Sign up for our Morning Tide newsletter to get the day's news in your inbox.", is: .promo)
        expect("Subscribe", is: .promo)
    }

    @Test func commentPrompts() {
        expect("Leave a Comment", is: .comments, after: 6)
        expect("24 Comments", is: .comments)
    }

    @Test func shareBars() {
        expect("Share this story: Facebook Twitter Email", is: .share)
        expect("Share on WhatsApp", is: .share)
    }

    @Test func advertisementLabels() {
        expect("Advertisement", is: .advertisement)
        expect("ADVERTISEMENT", is: .advertisement)
        expect("Story continues below advertisement", is: .advertisement)
    }

    @Test func relatedLinks() {
        expect("Related: Harborville fishermen protest new mooring fees", is: .related)
        expect("Read more: How the town paid for its last pier", is: .related)
    }

    @Test func bylineAndTimestampUnderTheTitle() {
        let text = "Harborville votes to rebuild its ferry pier\n\nBy Ruth Okonkwo and Sam Beltran\n\nUpdated 4:15 PM EST, Tue March 3, 2026\n\n"
            + BoilerplateFixture.paragraphs.joined(separator: "\n\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block("By Ruth Okonkwo and Sam Beltran", in: article)?.category == .byline)
        #expect(BoilerplateFixture.block("Updated 4:15 PM EST, Tue March 3, 2026", in: article)?.category == .timestamp)
    }

    @Test func copyrightLines() {
        expect("© 2026 The Harborville Gazette. All rights reserved.", is: .copyright, after: 6)
        expect("Copyright 2026 Coastal Press", is: .copyright, after: 6)
    }

    @Test func cookieNoticeIsNavigation() {
        expect("We use cookies to improve your experience. By continuing to browse you accept our privacy policy.",
               is: .navigation, after: 6)
    }

    @Test func standfirstBetweenTitleAndBylineIsOther() {
        let standfirst = "The decision ends a decade of argument over the town's crumbling waterfront."
        let text = "Harborville votes to rebuild its ferry pier\n\n\(standfirst)\n\nBy Ruth Okonkwo\n\n"
            + BoilerplateFixture.paragraphs.joined(separator: "\n\n") + "\n"
        let article = Analyzer.parse(text)
        #expect(BoilerplateFixture.block(standfirst, in: article)?.category == .other)
        #expect(article.blocks.first?.kind == .title)
    }
}

/// Blocks that close an article: author boxes and tag lists.
@Suite struct BoilerplateClosingTests {
    @Test func authorBoxAfterTheBodyIsFolded() {
        let box = "About the author\n\nRuth Okonkwo has covered the Harborville waterfront for the Gazette since 2019 and lives above the harbour."
        let article = Analyzer.parse(BoilerplateFixture.article(with: box, after: 6))
        #expect(BoilerplateFixture.block("About the author", in: article)?.category == .byline)
        #expect(article.blocks.last?.isBoilerplate == true)
        for paragraph in BoilerplateFixture.paragraphs {
            #expect(BoilerplateFixture.block(paragraph, in: article)?.isBoilerplate == false)
        }
    }

    @Test func tagListIsNavigation() {
        #expect(BoilerplateFixture.classification(of: "Tags: ferries, harbours, local council", after: 6)?.1 == .navigation)
    }

    @Test func menuAboutUsIsNotAnAuthorBox() {
        let source = SourceText("About Us")
        let tokens = Tokenizer.tokenize(source, bytes: 0..<8)
        let f = BlockFeatures(tokens: tokens, source: source)
        #expect(!CategoryRules.isAuthorBoxHeading(tokens: tokens, features: f))
    }
}
