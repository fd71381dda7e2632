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

    /// The token's text.
    public var text: String
    // Offsets are stored in 32 bits (inputs are at most 1 GiB) to keep a token to 40 bytes:
    // a long article has millions of them.
    private var byteStart: Int32
    private var byteEnd: Int32
    private var scalarStart: Int32
    private var scalarEnd: Int32
    /// What sort of token this is.
    public var kind: Kind
    /// Whether white space (or the start of the block) comes right before the token.
    public var spaceBefore: Bool
    /// Whether white space (or the end of the block) comes right after the token.
    public var spaceAfter: Bool
    /// Whether a line break comes between this token and the one before it.
    public var lineBreakBefore: Bool

    /// The token's byte range in the source's UTF-8.
    public var bytes: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    /// The token's scalar span in the source.
    public var span: TextSpan { TextSpan(start: Int(scalarStart), end: Int(scalarEnd)) }

    /// Creates a token.
    init(kind: Kind, bytes: Range<Int>, span: TextSpan, text: String,
         spaceBefore: Bool, spaceAfter: Bool, lineBreakBefore: Bool) {
        self.text = text
        byteStart = Int32(truncatingIfNeeded: bytes.lowerBound)
        byteEnd = Int32(truncatingIfNeeded: bytes.upperBound)
        scalarStart = Int32(truncatingIfNeeded: span.start)
        scalarEnd = Int32(truncatingIfNeeded: span.end)
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineBreakBefore = lineBreakBefore
    }

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
