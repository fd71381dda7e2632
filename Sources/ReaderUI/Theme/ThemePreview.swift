/// A one-line sample of a theme, for `byline themes`.
public enum ThemePreview {
    /// The sample words and the role each is drawn in, separated by body-styled spaces.
    public static let samples: [(text: String, role: StyleRole)] = [
        ("Headline", .title), ("CITY –", .dateline), ("body text", .body), ("“a quote”", .quote),
        ("“the current one”", .currentQuote), ("Speaker", .speaker), ("Person", .mention),
        ("match", .searchMatch), ("[boilerplate]", .boilerplateStub), (" status ", .statusBar),
    ]

    /// The sample line: plain text when `depth` is nil (output is not a terminal), otherwise
    /// styled with escape sequences for the theme mapped to `depth`.
    public static func line(for theme: Theme, depth: ColorDepth?) -> String {
        guard let depth else { return samples.map(\.text).joined(separator: " ") }
        let adapted = theme.adapted(to: depth)
        let space = paint(" ", adapted[.body])
        return samples.map { paint($0.text, adapted[$0.role]) }.joined(separator: space)
    }

    private static func paint(_ text: String, _ style: Style) -> String {
        style == .plain ? text : ANSIStyle.sequence(for: style) + text + ANSIStyle.reset
    }
}
