/// Rules for photo captions and the copyright lines they are often confused with.
extension CategoryRules {
    /// A caption: a label such as "Photo:" or a credit at the end ("… John Minchillo / AP").
    static func isCaption(tokens: [Token], features f: BlockFeatures) -> Bool {
        guard f.weight <= 80 else { return false }
        if let first = f.leadWords.first, f.firstWordCues.contains(.captionLabels), tokens.count > 1,
           !f.hasReportingVerb || f.weight <= 12 {
            // "Photo: …", "Image credit: …", "FILE PHOTO: …", "Фото:".
            let labelEnd = tokens.prefix(4).firstIndex(where: { $0.is(":") })
            if labelEnd != nil, f.words <= 50 { return true }
            if f.leadWords.count >= 2, first == "image" || first == "photo",
               f.leadWords[1] == "credit" || f.leadWords[1] == "credits" { return true }
            if first == "file", f.leadWords.count >= 2, f.leadWords[1] == "photo" { return true }
        }
        guard let start = CreditPattern.creditStart(in: tokens) else { return false }
        // A bare "(Reuters)" after a long paragraph is an agency tag, not a caption credit.
        if start > 0, f.weight > 60 { return false }
        return !f.hasQuotation || start == 0
    }

    /// "© 2026 …", "Copyright …", "All rights reserved".
    static func isCopyright(_ f: BlockFeatures) -> Bool {
        guard f.weight <= 60 else { return false }
        if f.hasCopyrightSign { return true }
        if f.leadWords.first == "copyright" { return true }
        let words = f.allWords
        guard f.mentions(.rights), let rights = words.firstIndex(of: "rights"), rights + 1 < words.count else { return false }
        return words[rights + 1] == "reserved"
    }
}
