/// The common English words that attribution reads: speech verbs, pronouns, titles, role
/// nouns and the nouns that name organisations and documents rather than people.
enum SpeechLexicon {
    /// Verbs that introduce or follow a quotation, in every tense news uses them.
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added",
        "ask", "asks", "asked", "write", "writes", "wrote", "tweet", "tweets", "tweeted",
        "post", "posts", "posted", "argue", "argues", "argued", "warn", "warns", "warned",
        "insist", "insists", "insisted", "explain", "explains", "explained", "note", "notes", "noted",
        "continue", "continues", "continued", "declare", "declares", "declared", "state", "states",
        "stated", "reply", "replies", "replied", "respond", "responds", "responded", "recall",
        "recalls", "recalled", "acknowledge", "acknowledges", "acknowledged", "admit", "admits",
        "admitted", "claim", "claims", "claimed", "contend", "contends", "contended", "counter",
        "counters", "countered", "caution", "cautions", "cautioned", "complain", "complains",
        "complained", "concede", "concedes", "conceded", "emphasize", "emphasizes", "emphasized",
        "emphasise", "emphasises", "emphasised", "stress", "stresses", "stressed", "suggest",
        "suggests", "suggested", "joke", "jokes", "joked", "quip", "quips", "quipped", "shout",
        "shouts", "shouted", "yell", "yelled", "remark", "remarks", "remarked", "observe",
        "observes", "observed", "announce", "announces", "announced", "predict", "predicts",
        "predicted", "promise", "promises", "promised", "vow", "vows", "vowed", "urge", "urges",
        "urged", "agree", "agrees", "agreed", "conclude", "concludes", "concluded", "report",
        "reports", "reported", "describe", "describes", "described", "call", "calls", "called",
        "mock", "mocked", "boast", "boasted", "boasts", "scoff", "scoffed", "sigh", "sighed",
        "laugh", "laughed", "whisper", "whispered", "muse", "mused", "assert", "asserts", "asserted",
        "maintain", "maintains", "maintained", "testify", "testified", "pledge", "pledged",
        "pledges", "tout", "touted", "demand", "demanded", "demands", "chant", "chanted",
        "read", "reads", "begin", "began", "interject", "interjected", "interrupt", "interrupted",
        "reflect", "reflected", "opine", "opined", "exclaim", "exclaimed", "wonder", "wondered",
        "deny", "denied", "denies", "charge", "charged", "allege", "alleged", "alleges", "accuse",
        "accused", "accuses", "point", "pointed", "put", "went", "goes", "echo", "echoed",
        "proclaim", "proclaimed", "lament", "lamented", "confirm", "confirmed", "confirms",
        "sing", "sings", "sang", "liken", "likened", "likens", "compare", "compared", "compares",
        "condemn", "condemned", "condemns", "cite", "cited", "cites", "dismiss", "dismissed",
        "criticize", "criticized", "criticise", "criticised", "criticizes", "blast", "blasted",
        "attack", "attacked", "attacks", "exhort", "exhorted", "slam", "slammed", "praise", "praised",
        "hail", "hailed", "label", "labeled", "labelled", "brand", "branded", "dub", "dubbed",
        "term", "termed", "blame", "blamed", "decry", "decried", "denounce", "denounced",
        "defend", "defended", "reject", "rejected", "question", "questioned", "chide", "chided",
        "lambast", "lambasted", "scold", "scolded", "accused", "bemoan", "bemoaned", "tweet", "retweeted",
        "saying", "telling", "adding", "asking", "calling", "describing", "writing", "tweeting",
        "arguing", "warning", "noting", "insisting", "claiming", "declaring", "explaining",
        "stressing", "urging", "promising", "asserting", "suggesting", "accusing", "likening",
        "comparing", "referring", "referred", "labeling", "branding", "dismissing", "quoting", "quoted",
    ]

    /// Speech verbs that only attribute when something pins them to speech ("went on",
    /// "pointed out", "put it"), since alone they are ordinary verbs.
    static let weakVerbs: Set<String> = ["point", "pointed", "put", "went", "goes", "read", "reads", "begin", "began", "call", "calls", "called", "describe", "describes", "described", "state", "states"]

    /// Capitalised words that describe a name's bearer without being part of the name
    /// ("Republican Donald Trump", "Rival Jane Doe").
    static let descriptors: Set<String> = [
        "republican", "democrat", "democratic", "rival", "gop", "independent", "conservative",
        "liberal", "labour", "tory", "activist", "critic", "economist", "veteran", "candidate",
        "nominee", "widow", "author", "actor", "actress", "singer", "rapper", "comedian", "host",
    ]

    /// Words that qualify an office in a title ("Energy Minister", "Deputy Mayor").
    static let portfolioWords: Set<String> = [
        "energy", "health", "defence", "defense", "finance", "foreign", "interior", "justice",
        "education", "transport", "trade", "home", "economy", "environment", "culture", "labor",
        "labour", "agriculture", "first", "deputy", "prime", "vice", "general", "executive",
        "senior", "chief", "state", "treasury", "press", "police", "fire", "city", "county",
        "district", "attorney", "majority", "minority", "house", "senate", "white", "opposition",
        "managing", "assistant", "associate", "national", "former", "acting", "interim", "lead",
    ]

    /// Offices that are also common surnames ("Dana King", "Mary Judge"): they start a title
    /// only after other title words.
    static let surnameLikeOffices: Set<String> = [
        "king", "queen", "prince", "judge", "justice", "general", "chief", "speaker", "host",
        "bishop", "marshal", "major", "sheriff", "chancellor", "lord", "lady", "pope", "leader",
        "manager", "officer", "owner", "coach", "captain", "author", "reporter", "editor", "doctor",
    ]

    /// Generational suffixes that end a name without being its surname.
    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Personal pronouns that can be a speaker, with the gender they carry.
    static let pronouns: [String: Gender?] = [
        "he": .male, "she": .female, "they": nil, "i": nil, "we": nil,
    ]

    /// Courtesy titles, with the gender they carry when they carry one.
    static let courtesyTitles: [String: Gender?] = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "sir": .male, "dame": .female,
        "lord": .male, "lady": .female, "dr": nil, "prof": nil, "rev": nil, "fr": .male,
        "sen": nil, "rep": nil, "gov": nil, "gen": nil, "col": nil, "capt": nil, "sgt": nil, "lt": nil,
        "maj": nil, "del": nil, "adm": nil, "cllr": nil, "supt": nil, "insp": nil, "det": nil, "atty": nil,
    ]

    /// Nouns for a person's office, as in "the president said" or "Energy Minister Jane Doe".
    static let roleNouns: Set<String> = [
        "president", "minister", "secretary", "senator", "governor", "mayor", "chancellor",
        "premier", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chairman",
        "chairwoman", "chair", "director", "executive", "commissioner", "councillor", "councilor",
        "councilman", "councilwoman", "congressman", "congresswoman", "representative", "judge",
        "justice", "prosecutor", "attorney", "sheriff", "chief", "general", "king", "queen",
        "prince", "princess", "pope", "candidate", "nominee", "leader", "speaker", "manager",
        "officer", "official", "founder", "owner", "coach", "captain", "economist", "analyst",
        "professor", "lawmaker", "lawyer", "doctor", "historian", "pollster", "author", "host",
        "anchor", "reporter", "editor", "adviser", "advisor", "aide", "strategist", "expert",
        "researcher", "scientist", "activist", "organizer", "organiser", "resident", "teacher",
        "commander", "superintendent", "master", "headteacher", "principal", "convenor", "convener", "treasurer", "administrator",
    ]

    /// Nouns naming organisations, groups and documents: a speaker phrase headed by one is
    /// "other", not a person.
    static let otherNouns: Set<String> = [
        "statement", "report", "release", "letter", "memo", "filing", "document", "documents",
        "study", "survey", "poll", "website", "post", "tweet", "email", "spokesman's",
        "ministry", "department", "office", "agency", "government", "administration", "council",
        "committee", "commission", "court", "police", "campaign", "company", "firm", "group",
        "union", "party", "board", "authority", "service", "bank", "network", "newspaper",
        "paper", "magazine", "channel", "station", "organization", "organisation", "team",
        "embassy", "military", "army", "navy", "foundation", "institute", "center", "centre",
        "university", "school", "hospital", "club", "association", "federation", "coalition",
        "alliance", "corporation", "inc", "ltd", "llc", "co", "corp", "times", "news", "journal",
        "press", "herald", "tribune", "gazette", "telegraph", "guardian", "reuters", "cnn", "bbc",
        "sources", "source", "officials", "spokespeople", "residents", "critics", "supporters",
        "analysts", "experts", "voters", "reports", "statements", "documents", "data",
        "caucus", "senate", "house", "congress", "parliament", "cabinet", "kremlin",
        "pentagon", "fund", "trust", "society", "regulator", "watchdog", "prosecutors", "lawyers",
        "researchers", "scientists", "authors", "article", "editorial", "transcript", "ad", "video",
        "account", "blog", "site", "readers", "poster", "caption", "headline", "sign",
        "message", "note", "notice", "order", "ruling", "complaint", "lawsuit", "indictment",
        "plan", "proposal", "platform", "manifesto", "book", "speech", "interview",
    ]

    /// Words that begin a group noun phrase ("the ministry", "a joint statement", "officials").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "one", "another", "several", "some", "two", "three", "many"]

    /// Words that mark a capitalised word as the start of a sentence rather than a name.
    static let capitalisedFunctionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "if", "when", "while", "after",
        "before", "then", "so", "yet", "for", "of", "to", "with", "by", "from", "this", "that",
        "these", "those", "there", "here", "it", "its", "his", "her", "their", "our", "my", "your",
        "we", "they", "he", "she", "i", "you", "asked", "speaking", "according", "still", "also",
        "meanwhile", "however", "later", "earlier", "last", "next", "since", "until", "during", "although", "though",
        "because", "whether", "unless", "once", "said", "says", "told", "added", "like", "unlike", "about",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "now", "not", "no", "yes", "what", "who", "why", "how", "where",
        "instead", "even", "just", "only", "both", "all", "each", "every", "many", "most", "some",
    ]

    /// Whether `word` (any case) is a speech verb.
    static func isSpeechVerb(_ word: String) -> Bool { isSpeechVerb(lowercased: word.lowercased()) }

    /// Whether the lower-cased `word` is a speech verb, counting the -ing form of each
    /// ("admitting", "scolding", "arguing").
    static func isSpeechVerb(lowercased word: String) -> Bool {
        if speechVerbs.contains(word) { return true }
        guard word.hasSuffix("ing"), word.utf8.count > 5 else { return false }
        let stem = String(word.dropLast(3))
        if speechVerbs.contains(stem) || speechVerbs.contains(stem + "e") { return true }
        // A doubled final consonant: "admitting" → "admit".
        if let last = stem.last, stem.dropLast().last == last { return speechVerbs.contains(String(stem.dropLast())) }
        return false
    }
}
