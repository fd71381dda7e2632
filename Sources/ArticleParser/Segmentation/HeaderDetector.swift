/// Finds an article's title, dateline and byline among its first blocks.
enum HeaderDetector {
    /// How many leading blocks may hold the dateline or byline.
    static let headerWindow = 6

    static func detect(in segmentation: inout Segmentation, lines: [Line]) {
        detectTitle(in: &segmentation, lines: lines)
        detectByline(in: &segmentation)
        detectDateline(in: &segmentation)
    }

    // MARK: Title

    private static func detectTitle(in segmentation: inout Segmentation, lines: [Line]) {
        guard let first = segmentation.blocks.first, let firstBytes = segmentation.blockBytes.first,
              let lineIndex = lines.firstIndex(where: { !$0.isBlank }),
              lines[lineIndex].bytes == firstBytes else { return }
        // The title is followed by a blank line (or is the whole file).
        guard lineIndex + 1 >= lines.count || lines[lineIndex + 1].isBlank else { return }
        // Length first: splitting a long first line into words would cost far more than the answer.
        guard first.span.length <= 200 else { return }
        let text = first.text
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard (1...30).contains(words.count) else { return }
        guard !startsWithByline(text), datelinePlace(in: text) == nil else { return }
        guard let last = text.unicodeScalars.last else { return }
        let endsClean = !".,;:".unicodeScalars.contains(last)
        if !endsClean {
            guard last == ".", isHeadlineCase(words) else { return }
        }
        segmentation.blocks[0].kind = .title
        var title = text
        if last == "." { title.removeLast() }
        segmentation.title = title
    }

    /// Whether most longer words start with a capital, as in "Mayor Wins Second Term After Recount".
    static func isHeadlineCase(_ words: [Substring]) -> Bool {
        let long = words.filter { $0.count >= 4 }
        guard long.count >= 2 else { return false }
        let capitalised = long.filter { $0.unicodeScalars.first?.isUppercaseLetter ?? false }
        return capitalised.count * 10 >= long.count * 7
    }

    // MARK: Byline

    private static func detectByline(in segmentation: inout Segmentation) {
        let blocks = segmentation.blocks
        for index in blocks.indices.prefix(headerWindow) where blocks[index].kind == .paragraph {
            let text = blocks[index].text
            if text == "By" || text == "BY" || text == "By:" {
                guard index + 1 < blocks.count, let name = nameList(blocks[index + 1].text) else { continue }
                segmentation.byline = name
                segmentation.bylineBlocks = [index, index + 1]
                return
            }
            guard startsWithByline(text), !text.contains("\n") else { continue }
            let rest = text.drop(while: { !$0.isWhitespace }).drop(while: { $0.isWhitespace })
            guard let name = nameList(String(rest)) else { continue }
            segmentation.byline = name
            segmentation.bylineBlocks = [index]
            return
        }
    }

    static func startsWithByline(_ text: String) -> Bool {
        text.hasPrefix("By ") || text.hasPrefix("BY ") || text.hasPrefix("By: ")
    }

    /// The text if it reads as one or more names ("Jane Doe and John Roe, Reuters"), else nil.
    private static func nameList(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        guard (1...14).contains(words.count), trimmed.count <= 120,
              !trimmed.hasSuffix("."), let first = words.first?.unicodeScalars.first,
              first.isUppercaseLetter else { return nil }
        return trimmed
    }

    // MARK: Dateline

    private static func detectDateline(in segmentation: inout Segmentation) {
        for block in segmentation.blocks.prefix(headerWindow) where block.kind == .paragraph {
            if segmentation.bylineBlocks.contains(block.index) { continue }
            if let place = datelinePlace(in: block.text) {
                segmentation.dateline = place
                return
            }
        }
    }

    /// The place of a dateline that opens `text`: `WASHINGTON –`, `LONDON (Reuters) -`,
    /// `PARIS, May 3 (AP) —`, or a line that is just a place and a date (`LONDON 1996-08-30`).
    static func datelinePlace(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(120))
        var index = 0
        // The place: upper-case words, possibly joined by spaces, periods, hyphens, apostrophes.
        var placeEnd = 0
        var letters = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isUppercaseLetter { letters += 1; placeEnd = index + 1 }
            else if scalar.isLowercaseLetter { return nil }
            else if scalar == " " || scalar == "." || scalar == "-" || scalar == "'" || scalar == "\u{2019}" {
                // A space followed by a non-capital ends the place.
                if scalar == " ", index + 1 < scalars.count, !scalars[index + 1].isUppercaseLetter { break }
                if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == " " { break }
            } else { break }
            index += 1
        }
        guard letters >= 2 else { return nil }
        let place = String(String.UnicodeScalarView(scalars[0..<placeEnd])).trimmingSpaces
        var rest = String(String.UnicodeScalarView(scalars[placeEnd...]))
        // Optional ", May 3" or ", Calif." before the agency or the dash.
        if rest.hasPrefix(",") {
            guard let stop = rest.firstIndex(where: { $0 == "(" || isDash($0) }) else { return nil }
            let middle = rest[rest.index(after: rest.startIndex)..<stop]
            guard middle.count <= 30, !middle.contains(".") || middle.split(separator: " ").count <= 3 else { return nil }
            rest = String(rest[stop...])
        }
        rest = rest.trimmingSpaces
        // Optional "(Reuters)".
        if rest.hasPrefix("(") {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            let agency = rest[rest.index(after: rest.startIndex)..<close]
            guard (1...30).contains(agency.count), !agency.contains("\n") else { return nil }
            rest = String(rest[rest.index(after: close)...]).trimmingSpaces
        }
        if let dash = rest.first, isDash(dash) {
            let afterDash = rest.dropFirst()
            guard afterDash.first?.isWhitespace ?? true else { return nil }
            return place
        }
        // A line that is only a place and a date: "LONDON 1996-08-30".
        if !text.contains("\n"), !rest.isEmpty, rest.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" }) {
            return place
        }
        return nil
    }

    private static func isDash(_ character: Character) -> Bool {
        character == "-" || character == "\u{2013}" || character == "\u{2014}" || character == "\u{2012}"
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }),
              let last = scalars.lastIndex(where: { !$0.isSpaceLike }) else { return "" }
        return String(scalars[first...last])
    }
}
