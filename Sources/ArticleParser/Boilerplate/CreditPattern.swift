/// Recognises photo credits: `John Minchillo / AP`, `(Getty Images)`, `REUTERS/Jane Roe`,
/// `Photo: Jane Roe`, `Jane Roe | Getty Images`, either as a whole block or at the end of a caption.
enum CreditPattern {
    /// The index of the first token of a credit that ends `tokens`, or nil.
    ///
    /// The credit is what follows the last sentence-ending mark (or the opening bracket of a
    /// trailing parenthesis): a few capitalised words joined by `/` or `|`, or naming an agency
    /// or a photo label.
    static func creditStart(in tokens: [Token]) -> Int? {
        guard let last = tokens.last else { return nil }
        var start = tokens.count
        var closing = false
        if last.is(")") {
            // A trailing parenthesis: "(AP Photo/Jane Roe, File)", "(Getty Images)".
            guard let open = tokens.lastIndex(where: { $0.is("(") }), tokens.count - open <= 14 else { return nil }
            start = open
            closing = true
        } else {
            var index = tokens.count - 1
            while index >= 0 {
                let token = tokens[index]
                if token.kind == .punctuation, isSentenceEnd(token.firstScalar), !isAbbreviationDot(tokens, index) {
                    break
                }
                index -= 1
            }
            start = index + 1
            // Skip an ellipsis or label punctuation right before the credit ("Credit...Jane Roe").
            while start < tokens.count, tokens[start].kind == .punctuation, !tokens[start].is("(") { start += 1 }
        }
        guard start < tokens.count else { return nil }
        let body = tokens[(closing ? start + 1 : start)..<(closing ? tokens.count - 1 : tokens.count)]
        return isCredit(body, parenthesised: closing && start == 0) ? start : nil
    }

    /// Whether the tokens read as a credit on their own.
    static func isCredit(_ tokens: ArraySlice<Token>, parenthesised: Bool) -> Bool {
        var words = 0
        var capitalised = 0
        var separator = false
        var agency = false
        var label = false
        for token in tokens {
            switch token.kind {
            case .word:
                words += 1
                let lower = token.text.lowercased()
                if token.firstScalar.isUppercaseLetter { capitalised += 1 }
                else if lower != "via" && lower != "de" && lower != "van" && lower != "von" && lower != "and"
                            && lower != "for" && lower != "of" && lower != "the" && lower != "by" {
                    if !CueLexicon.creditLabels.contains(lower) && !CueLexicon.agencies.contains(lower) {
                        return false
                    }
                }
                if CueLexicon.agencies.contains(lower) { agency = true }
                if CueLexicon.creditLabels.contains(lower) { label = true }
            case .number:
                continue
            case .punctuation:
                switch token.firstScalar {
                case "/", "|": separator = true
                case ",", ".", ":", "-", "\u{2013}", "\u{2014}", "&", "'", "\u{2019}", "\u{00A9}", "(", ")": continue
                default: return false
                }
            }
        }
        guard (1...10).contains(words), capitalised * 2 >= words else { return false }
        if separator && words >= 2 { return true }
        if agency || label { return true }
        // "(Walt Disney Co.)": a short capitalised parenthesis standing alone.
        return parenthesised && words <= 5 && capitalised == words
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" || scalar == "\u{3002}"
    }

    /// Whether the period at `index` ends an initial or an abbreviation ("Jane E. Roe", "Co.").
    private static func isAbbreviationDot(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].is("."), index > 0, index + 1 < tokens.count else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word, !tokens[index].spaceBefore else { return false }
        return before.text.unicodeScalars.count == 1 && before.firstScalar.isUppercaseLetter
    }
}
