import ArgumentParser

/// The `byline` command: read news articles in the terminal, understood.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles: quotes, speakers, people and boilerplate, understood.",
        version: version,
        subcommands: [Read.self, Parse.self, Themes.self, Bench.self, LibraryBench.self],
        defaultSubcommand: Read.self
    )
}
