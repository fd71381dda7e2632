import Testing
@testable import ArticleParser

/// The byte-level word table must answer exactly as lower-casing the word and asking each
/// list did: these tests compare the two on every listed word and on variants of them.
@Suite struct WordClassTableTests {
    /// The table's classes and speech-verb answer for `word`, read from its UTF-8 bytes.
    private func fromBytes(_ word: String) -> (WordClass, Bool) {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            (WordClassTable.shared.classes(buffer, 0..<buffer.count), WordClassTable.shared.isSpeechVerb(buffer, 0..<buffer.count))
        }
    }

    /// What the lists say of `word` when it is lower-cased as a string.
    private func fromStrings(_ word: String) -> (WordClass, Bool) {
        let lower = word.lowercased()
        return (WordClass.of(lowercased: lower), SpeechLexicon.isSpeechVerb(lowercased: lower))
    }

    /// Every listed word, capitalised and upper-cased, with its -ing forms and near misses.
    private var variants: [String] {
        var words: Set<String> = []
        for (_, list) in WordClass.lists { words.formUnion(list) }
        var all: [String] = []
        for word in words.sorted() {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            all += [word, capitalised, word.uppercased(), word + "ing", word + word.suffix(1) + "ing",
                    String(word.dropLast()) + "ing", word + "s", String(word.dropLast())]
        }
        return all
    }

    @Test func tableAgreesWithListsOnListedWordsAndVariants() {
        for word in variants {
            let (bytes, strings) = (fromBytes(word), fromStrings(word))
            #expect(bytes.0 == strings.0, "classes of \(word)")
            #expect(bytes.1 == strings.1, "speech verb \(word)")
        }
    }

    @Test func tableAgreesWithListsOnWordsBeyondASCII() {
        // Accented words, a title-case ligature, and the Kelvin sign, which lower-cases to "k".
        let words = ["Café", "naïve", "SAID", "Saíd", "\u{212A}ing", "\u{212A}ING", "ǅuro", "Ædes", "sayıng", "Straße"]
        for word in words {
            let (bytes, strings) = (fromBytes(word), fromStrings(word))
            #expect(bytes.0 == strings.0, "classes of \(word)")
            #expect(bytes.1 == strings.1, "speech verb \(word)")
        }
    }

    @Test func knownWordsHaveTheirClasses() {
        #expect(fromBytes("Said").0.contains(.speechVerb))
        #expect(fromBytes("admitting").1)
        #expect(fromBytes("arguing").1)
        #expect(!fromBytes("morning").1)
        #expect(fromBytes("MRS").0.contains([.courtesyTitle, .femaleTitle]))
        #expect(fromBytes("minister").0.contains(.roleNoun))
        #expect(fromBytes("budget").0.isEmpty)
        #expect(fromBytes("\u{212A}ing").0.contains([.roleNoun, .surnameLikeOffice]))
    }
}
