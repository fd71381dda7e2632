import Foundation
import Testing
@testable import ArticleParser

/// The boilerplate stage matches words on UTF-8 bytes where it can; these tests hold it to the
/// `String` answers it stands in for.
@Suite struct BoilerplateByteMatchingTests {
    /// The words of `text` as the tokenizer finds them, with the source they point into.
    private func words(_ text: String) -> (SourceText, [Token]) {
        let source = SourceText(text)
        return (source, Tokenizer.tokenize(source, bytes: 0..<source.byteCount).filter(\.isWord))
    }

    @Test func noNonASCIILexiconWordIsCanonicallyASCII() {
        // If one were, an ASCII token could equal it as a String while its bytes differ.
        for word in CueLexicon.cuesOfWord.keys where !word.utf8.allSatisfy({ $0 < 0x80 }) {
            let decomposed = word.decomposedStringWithCanonicalMapping
            #expect(decomposed.unicodeScalars.contains { !$0.isASCII }, "\(word)")
        }
    }

    @Test func byteLookupAgreesWithTheDictionaryForEveryASCIIEntry() {
        let entries = CueLexicon.cuesOfWord.keys.filter {
            $0.utf8.allSatisfy { $0 < 0x80 } && (1...ASCIILexicon.maximumLength).contains($0.utf8.count)
        }
        #expect(entries.count > 100)
        for entry in entries {
            for form in [entry, entry.uppercased(), entry.prefix(1).uppercased() + entry.dropFirst()] {
                let source = SourceText(form)
                let found = source.utf8.withUnsafeBufferPointer { CueLexicon.asciiCues.cues($0, 0..<source.byteCount) }
                #expect(found == CueLexicon.cues(of: form.lowercased()), "\(form)")
                #expect(!found.isEmpty, "\(form)")
            }
        }
    }

    @Test func namedWordsHaveDistinctFlagsThatTheirWordsCarry() {
        var seen: CueLexicon.Cues = []
        for (word, flag) in CueLexicon.namedWords {
            #expect(seen.isDisjoint(with: flag), "\(word)")
            seen.formUnion(flag)
            #expect(CueLexicon.cues(of: word).contains(flag), "\(word)")
        }
        #expect(!CueLexicon.cues(of: "newsletters").contains(.newsletter))
    }

    @Test func mentionsAnswersLikeAScanOfTheWords() {
        let source = SourceText("Click HERE to get our Newsletter and accept cookies below")
        let features = BlockFeatures(tokens: Tokenizer.tokenize(source, bytes: 0..<source.byteCount), source: source)
        for (word, flag) in CueLexicon.namedWords {
            #expect(features.mentions(flag) == features.allWords.contains(word), "\(word)")
        }
        #expect(features.mentions(.click) && features.mentions(.here) && !features.mentions(.clicking))
    }

    @Test func byteLookupMissesWordsOutsideTheLexicons() {
        let (source, tokens) = words("Saidx harbourmaster Newsletterz ferry Pier ab")
        source.utf8.withUnsafeBufferPointer { text in
            for token in tokens {
                #expect(CueLexicon.asciiCues.cues(text, token.bytes) == CueLexicon.cues(of: token.text.lowercased()))
                #expect(CueLexicon.asciiCues.cues(text, token.bytes).isEmpty, "\(token.text)")
            }
        }
    }

    @Test func foldedBytesLowercaseLikeString() {
        let (source, tokens) = words("HARBOUR Ferry-Pier don't McKAY x2Y ÉCOLE Straße İstanbul")
        source.utf8.withUnsafeBufferPointer { text in
            for token in tokens {
                #expect(WordBytes.lowercased(token, in: text) == token.text.lowercased(), "\(token.text)")
            }
        }
    }

    @Test func foldedComparisonMatchesOnlyTheSameLetters() {
        let (source, tokens) = words("Said SAID said sa1d Saids")
        let matches = source.utf8.withUnsafeBufferPointer { text in
            tokens.map { WordBytes.equals(text, $0.bytes, "said", folding: true) }
        }
        #expect(matches == [true, true, true, false, false])
    }

    @Test func reportingVerbFoundInTheLeadInAnyCaseAndLaterAsWritten() {
        func hasVerb(_ text: String) -> Bool {
            let source = SourceText(text)
            return BlockFeatures(tokens: Tokenizer.tokenize(source, bytes: 0..<source.byteCount), source: source).hasReportingVerb
        }
        #expect(hasVerb("SAID the harbour master"))
        #expect(hasVerb("The ferry will run as usual, the harbour master told the council."))
        #expect(!hasVerb("The ferry will run as usual."))
        let longTail = Array(repeating: "the ferry will run", count: 12).joined(separator: " ")
        #expect(hasVerb("Ferry news: " + longTail + " she said."))
        // Past the lead of a long block only the written form counts, as it always has.
        #expect(!hasVerb("Ferry news: " + longTail + " SAID."))
    }

    /// Groups of repeated text for blocks separated by blank lines.
    private func repeatedGroups(_ lines: [String]) -> [Int?] {
        let source = SourceText(lines.joined(separator: "\n\n"))
        let segmentation = Segmenter.segment(source)
        let document = Document(source: source, segmentation: segmentation)
        let hashes = document.blocks.indices.map { index in
            RepeatedText.textHash(document.blocks[index].text,
                                  shape: BlockFeatures(tokens: document.tokens[index], source: source).shape)
        }
        return RepeatedText(blocks: document.blocks, blockBytes: document.blockBytes, source: source,
                            textHashes: hashes).group
    }

    @Test func repeatedTextGroupsIdenticalLines() {
        let groups = repeatedGroups(["Share on Facebook", "Harbour news", "Share on Facebook", "Ferry times"])
        #expect(groups[0] != nil && groups[0] == groups[2])
        #expect(groups[1] == nil && groups[3] == nil)
    }

    @Test func repeatedTextGroupsCanonicallyEquivalentLines() {
        // Composed and decomposed accents, and the Kelvin sign against a plain K: equal as strings.
        let groups = repeatedGroups(["Caf\u{E9} menu", "Other line", "Cafe\u{301} menu", "\u{212A}itchen tips", "Kitchen tips"])
        #expect(groups[0] != nil && groups[0] == groups[2])
        #expect(groups[3] != nil && groups[3] == groups[4])
        #expect(groups[1] == nil)
    }
}
