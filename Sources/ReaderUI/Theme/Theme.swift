/// A named mapping from every style role to a style. A plain value: themes can be built in code,
/// loaded from files, or adjusted to a terminal's colour depth by other parts of the program.
public struct Theme: Sendable, Hashable {
    /// The theme's name, as shown to users and used to select it.
    public var name: String
    /// The style of each role; roles missing here are drawn plain.
    public var styles: [StyleRole: Style]

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`.
    public subscript(role: StyleRole) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// The built-in colour theme: readable on dark terminals, keeps the terminal's background.
    public static let standard = Theme(name: "default", styles: [
        .body: Style(),
        .title: Style(foreground: .ansi(.brightWhite), attributes: [.bold]),
        .dateline: Style(foreground: .ansi(.cyan), attributes: [.bold]),
        .quote: Style(foreground: .ansi(.yellow)),
        .currentQuote: Style(foreground: .ansi(.brightYellow), attributes: [.bold, .underline]),
        .speaker: Style(foreground: .ansi(.magenta), attributes: [.bold, .reverse]),
        .boilerplateStub: Style(foreground: .ansi(.brightBlack), attributes: [.dim, .italic]),
        .boilerplate: Style(foreground: .ansi(.brightBlack), attributes: [.dim]),
        .person: Style(foreground: .ansi(.cyan)),
        .selectedPerson: Style(foreground: .ansi(.black), background: .ansi(.cyan), attributes: [.bold]),
        .mention: Style(foreground: .ansi(.cyan), attributes: [.underline]),
        .searchMatch: Style(foreground: .ansi(.black), background: .ansi(.green)),
        .statusBar: Style(attributes: [.reverse]),
        .sidebar: Style(foreground: .ansi(.white)),
        .help: Style(foreground: .ansi(.brightWhite), background: .ansi(.blue)),
    ])

    /// The built-in attributes-only theme, used under NO_COLOR or `--color=never`.
    public static let mono = Theme(name: "mono", styles: [
        .body: Style(),
        .title: Style(attributes: [.bold]),
        .dateline: Style(attributes: [.bold]),
        .quote: Style(attributes: [.underline]),
        .currentQuote: Style(attributes: [.bold, .underline]),
        .speaker: Style(attributes: [.bold]),
        .boilerplateStub: Style(attributes: [.dim]),
        .boilerplate: Style(attributes: [.dim]),
        .person: Style(),
        .selectedPerson: Style(attributes: [.reverse]),
        .mention: Style(attributes: [.underline]),
        .searchMatch: Style(attributes: [.reverse]),
        .statusBar: Style(attributes: [.reverse]),
        .sidebar: Style(),
        .help: Style(attributes: [.reverse]),
    ])
}
