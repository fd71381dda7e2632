/// Test input with position markers, in the style of swift-format's tests: `1️⃣` … `9️⃣` are
/// removed from the text and their Unicode scalar offsets in the cleaned text recorded.
struct MarkedText {
    /// The text with every marker removed.
    let text: String
    /// The scalar offset of each marker in `text`, keyed by the marker's digit.
    let offsets: [Int: Int]

    /// Strips the markers from `marked`.
    init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var offsets: [Int: Int] = [:]
        let input = Array(marked.unicodeScalars)
        var index = 0
        var count = 0
        while index < input.count {
            let scalar = input[index]
            // A keycap marker is a digit, U+FE0F, U+20E3.
            if ("1"..."9").contains(scalar), index + 2 < input.count,
               input[index + 1] == "\u{FE0F}", input[index + 2] == "\u{20E3}" {
                offsets[Int(scalar.value - 0x30)] = count
                index += 3
                continue
            }
            scalars.append(scalar)
            count += 1
            index += 1
        }
        text = String(scalars)
        self.offsets = offsets
    }

    /// The offset of marker `digit`; -1 when the input has no such marker (so a test fails).
    subscript(_ digit: Int) -> Int { offsets[digit] ?? -1 }
}
