/// Generates realistic news text of any size for benchmarks: headlines, datelines, body
/// paragraphs with names, titles and quotes in several attribution shapes, and boilerplate
/// (captions with credits, promos, share bars, related links) in news-like proportions.
/// Deterministic for a given seed, so runs compare.
struct SyntheticArticle {
    private var random: UInt64

    init(seed: UInt64) { random = seed }

    private static let given = ["Antonia", "Marcus", "Priya", "Tomás", "Zoë", "Kwame", "Ingrid", "Hiroshi",
                                "Fatima", "Liam", "Sofia", "Dmitri", "Aisha", "Jonas", "Mei", "Rafael"]
    private static let family = ["Okafor", "Lindqvist", "Ramos-Herrera", "Nakamura", "Whitcombe", "Delgado",
                                 "Osei", "Kowalczyk", "Brennan", "Haddad", "Sato", "Fontaine", "Mbeki", "Novak"]
    private static let titles = ["Prime Minister", "Finance Minister", "Mayor", "Senator", "Dr.", "President",
                                 "Councillor", "Governor"]
    private static let places = ["LONDON", "NAIROBI", "TOKYO", "BRUSSELS", "LIMA", "OSLO", "CAIRO", "DENVER"]
    private static let nouns = ["budget", "ceasefire", "council", "reservoir", "tariff", "election", "strike",
                                "pipeline", "hospital", "court", "inquiry", "harvest", "railway", "port"]
    private static let verbs = ["approved", "rejected", "delayed", "funded", "criticised", "reviewed",
                                "extended", "announced", "questioned", "defended"]
    private static let fillers = ["on Tuesday", "after weeks of talks", "despite fierce opposition",
                                  "in a narrow vote", "for the third year running", "under pressure from allies",
                                  "according to officials", "in the capital", "by a wide margin"]
    private static let speech = ["said", "added", "told Reuters", "warned", "argued", "said in a statement"]
    private static let pronouns = ["he said", "she said", "she added", "he told reporters"]

    private mutating func next(_ bound: Int) -> Int {
        random &+= 0x9E37_79B9_7F4A_7C15
        var z = random
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    private mutating func name() -> String { "\(pick(Self.given)) \(pick(Self.family))" }

    private mutating func sentence() -> String {
        "The \(pick(Self.nouns)) was \(pick(Self.verbs)) \(pick(Self.fillers)), and the \(pick(Self.nouns)) \(pick(Self.verbs)) \(pick(Self.fillers))."
    }

    private mutating func paragraph(person: String) -> String {
        switch next(10) {
        case 0, 1:
            return "“\(sentence()) \(sentence())” \(person.split(separator: " ").last ?? "") \(pick(Self.speech))."
        case 2:
            return "\(pick(Self.titles)) \(person) said the \(pick(Self.nouns)) would “\(pick(Self.verbs)) the \(pick(Self.nouns)) \(pick(Self.fillers))”."
        case 3:
            return "\"\(sentence())\" \(pick(Self.pronouns)). \(sentence())"
        default:
            return "\(sentence()) \(sentence()) \(person) \(pick(Self.verbs)) the \(pick(Self.nouns)) \(pick(Self.fillers)). \(sentence())"
        }
    }

    private mutating func boilerplate() -> String {
        switch next(6) {
        case 0: return "A \(pick(Self.nouns)) near the \(pick(Self.nouns)) in the capital on Monday. \(name()) / Reuters"
        case 1: return "Sign up for our morning newsletter to get the day's top stories"
        case 2: return "Share this article: Facebook Twitter Email"
        case 3: return "Advertisement"
        case 4: return "Related: \(pick(Self.places).capitalized) \(pick(Self.nouns)) \(pick(Self.verbs)) \(pick(Self.fillers))"
        default: return "Download the app for breaking news and alerts"
        }
    }

    /// One article of roughly 3–6 KB.
    mutating func article() -> String {
        let cast = (0..<3).map { _ in name() }
        var parts = ["\(pick(Self.places).capitalized) \(pick(Self.nouns)) \(pick(Self.verbs)) \(pick(Self.fillers))"]
        parts.append("\(pick(Self.places)) (Reuters) - \(pick(Self.titles)) \(cast[0]) \(pick(Self.verbs)) the \(pick(Self.nouns)) \(pick(Self.fillers)). \(sentence())")
        for index in 0..<(8 + next(10)) {
            parts.append(next(7) == 0 ? boilerplate() : paragraph(person: cast[index % cast.count]))
        }
        return parts.joined(separator: "\n\n")
    }

    /// Articles joined by blank lines until the text reaches `bytes` UTF-8 bytes.
    mutating func text(bytes: Int) -> String {
        var out = ""
        out.reserveCapacity(bytes + 8_192)
        while out.utf8.count < bytes {
            out += article()
            out += "\n\n"
        }
        return out
    }
}
