/// A half-open range of Unicode scalar offsets into an article's text.
///
/// Offsets count code points in the text exactly as stored: a byte-order mark counts as one
/// scalar and a CRLF line ending as two, so tools in any language can slice the file with them.
public struct TextSpan: Hashable, Sendable, Comparable {
    /// The offset of the first scalar in the span.
    public var start: Int
    /// The offset just past the last scalar in the span.
    public var end: Int

    /// Creates a span from `start` (inclusive) to `end` (exclusive).
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of scalars in the span.
    public var length: Int { end - start }

    /// Whether the span contains no scalars.
    public var isEmpty: Bool { end <= start }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { other.start < end && start < other.end }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
