/// The themes `t` steps through in the reader, and which one is showing. Names only: the
/// terminal backend holds the themes themselves, so reader state stays small and comparable.
public struct ThemeCycle: Sendable, Equatable {
    /// The theme names in cycling order.
    public private(set) var names: [String]
    /// The position of the theme showing.
    public private(set) var index: Int

    /// Creates a cycle starting at `current` (the first name when `current` is not among them).
    public init(names: [String] = [], current: String? = nil) {
        self.names = names
        index = current.flatMap { names.firstIndex(of: $0) } ?? 0
    }

    /// The theme showing; nil when there is nothing to cycle.
    public var current: String? { names.indices.contains(index) ? names[index] : nil }

    /// Moves to the next theme, wrapping round.
    public mutating func advance() {
        guard !names.isEmpty else { return }
        index = (index + 1) % names.count
    }
}
