/// A word, number or punctuation mark in a block, located both in bytes and in scalars.
public struct Token: Hashable, Sendable {
    /// What sort of token this is.
    public enum Kind: UInt8, Sendable {
        /// Letters (with marks), possibly joined by inner apostrophes, hyphens or digits.
        case word
        /// A run starting with a digit ("2026", "3:42", "1.5").
        case number
        /// Any other single non-space scalar: punctuation, quotation marks, symbols, emoji.
        case punctuation
    }

    /// What sort of token this is.
    public var kind: Kind
    /// The token's byte range in the source's UTF-8.
    public var bytes: Range<Int>
    /// The token's scalar span in the source.
    public var span: TextSpan
    /// The token's text.
    public var text: String
    /// Whether white space (or the start of the block) comes right before the token.
    public var spaceBefore: Bool
    /// Whether white space (or the end of the block) comes right after the token.
    public var spaceAfter: Bool
    /// Whether a line break comes between this token and the one before it.
    public var lineBreakBefore: Bool

    /// Whether the token is a word.
    public var isWord: Bool { kind == .word }

    /// Whether the token's first scalar is an uppercase letter.
    public var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseLetter ?? false }

    /// Whether the token has letters and none of them is lowercase.
    public var isAllCaps: Bool {
        var sawLetter = false
        for scalar in text.unicodeScalars {
            if scalar.isLowercaseLetter { return false }
            if scalar.isUppercaseLetter { sawLetter = true }
        }
        return sawLetter
    }

    /// Whether the token is the single scalar `scalar`.
    public func `is`(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && text.unicodeScalars.first == scalar
    }

    /// The token's first scalar.
    public var firstScalar: Unicode.Scalar { text.unicodeScalars.first ?? " " }
}
