import ArticleParser
import Foundation

/// One row of the library's index: what the list shows about an article without opening it.
public struct ArticleSummary: Sendable, Hashable, Codable {
    /// The file the summary was made from, as it was then.
    public var stamp: FileStamp
    /// The headline, when the parser found one.
    public var title: String?
    /// The dateline's place, when the article has one.
    public var dateline: String?
    /// Words in the article's own text (boilerplate excluded).
    public var wordCount: Int
    /// Direct quotations found.
    public var quoteCount: Int
    /// Every person mentioned outside boilerplate, most prominent first.
    public var people: [String]
    /// Why the file could not be read, when it could not; the counts are then zero.
    public var problem: String?

    /// How many names `topPeople` gives.
    public static let topPeopleCount = 3

    /// Creates a summary.
    public init(stamp: FileStamp, title: String? = nil, dateline: String? = nil, wordCount: Int = 0,
                quoteCount: Int = 0, people: [String] = [], problem: String? = nil) {
        self.stamp = stamp
        self.title = title
        self.dateline = dateline
        self.wordCount = wordCount
        self.quoteCount = quoteCount
        self.people = people
        self.problem = problem
    }

    /// Summarises a parsed article.
    public init(stamp: FileStamp, article: Article) {
        self.init(stamp: stamp, title: article.title, dateline: article.dateline, wordCount: article.wordCount,
                  quoteCount: article.quotes.count,
                  people: article.people.filter { !$0.boilerplateOnly }.map(\.name))
    }

    /// Reads, decodes and parses the file `stamp` describes; a file that cannot be read gives a
    /// summary with `problem` set rather than an error.
    public static func make(for stamp: FileStamp) -> ArticleSummary {
        do {
            let file = try ArticleFile.load(stamp.path)
            return ArticleSummary(stamp: stamp, article: Analyzer.parse(file.source))
        } catch {
            return ArticleSummary(stamp: stamp, problem: error.description)
        }
    }

    /// The number of people mentioned.
    public var peopleCount: Int { people.count }

    /// The most prominent people, for the list's last column.
    public var topPeople: [String] { Array(people.prefix(Self.topPeopleCount)) }

    /// The file's name without its folder.
    public var fileName: String { Self.fileName(of: stamp.path) }

    /// The last component of a path (a plain scan: this runs for every row of a large folder).
    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// What the list shows as the article's name: the title, else the file name.
    public var displayTitle: String {
        if let title, !title.isEmpty { return title }
        return fileName
    }
}
