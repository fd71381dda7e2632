// Hand-written from public knowledge: honorifics, titles and roles, name particles and
// suffixes, and the capitalised function words that start sentences but never names.

/// The small closed word classes that frame a person's name.
enum NameLexicon {
    /// Honorifics that mark the next words as a person's name, with the gender they give.
    static let honorifics: [String: Gender?] = [
        "mr": .male, "mister": .male, "messrs": .male, "sir": .male, "lord": .male, "mrs": .female,
        "ms": .female, "miss": .female, "madam": .female, "madame": .female, "dame": .female,
        "lady": .female, "mme": .female, "mlle": .female, "m": nil, "herr": .male, "frau": .female,
        "dr": nil, "prof": nil, "mx": nil, "rev": nil, "fr": .male, "sr": nil,
    ]

    /// Abbreviations that are followed by a full stop inside a name ("Mr.", "Gen.", "Jr.").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "st", "sen", "rep", "gov", "gen",
        "lt", "col", "capt", "cpl", "sgt", "maj", "adm", "cmdr", "insp", "supt", "det", "jr", "sr",
        "mme", "mlle", "hon", "pres", "amb", "atty", "sec",
    ]

    /// Titles and roles written capitalised before a name ("President", "Foreign Minister").
    /// The list holds single words; a run of them forms the role.
    static let titles: Set<String> = LexiconText.words("""
        president vice prime minister ministers deputy foreign finance defence defense interior
        justice trade economy economics energy health education environment culture transport
        agriculture labour labor home secretary chancellor premier chairman chairwoman chair
        chairperson councillor councilor councilman councilwoman alderman assemblyman
        assemblywoman legislator governor gov mayor senator sen representative rep congressman congresswoman
        speaker ambassador envoy consul commissioner director general gen secretary-general
        attorney judge justice magistrate prosecutor sheriff inspector superintendent detective det
        officer constable sergeant sgt corporal private lieutenant lt captain capt major maj colonel
        col commander cmdr admiral adm marshal brigadier field
        king queen prince princess emperor empress crown duke duchess earl count countess baron
        baroness lord lady sir dame pope cardinal archbishop bishop father rabbi imam sheikh
        ayatollah mullah reverend rev pastor brother sister
        president-elect chief executive managing coach manager captain skipper striker
        goalkeeper midfielder defender forward champion referee umpire spokesman spokeswoman
        spokesperson leader head founder owner dr doctor prof professor mr mrs ms miss mister madam
        sultan emir crown chief acting assistant associate state senior junior former late
        then new first second opposition shadow party
        """)

    /// Lower-case role nouns that, right before a capitalised name, say it is a person
    /// ("spokesman Owen Pryddle", "striker Ronaldo").
    static let roleNouns: Set<String> = LexiconText.words("""
        president minister premier chancellor secretary spokesman spokeswoman spokesperson
        leader chairman chairwoman director governor mayor senator ambassador envoy judge
        prosecutor lawyer attorney commander general colonel captain skipper coach manager
        striker midfielder defender goalkeeper forward winger batsman bowler spinner off-spinner
        all-rounder opener wicketkeeper keeper pitcher catcher outfielder quarterback
        champion rider driver cyclist sprinter runner player veteran rookie teammate
        star singer actor actress author writer poet novelist director producer artist
        musician composer photographer reporter correspondent editor analyst economist
        official officer detective inspector agent witness victim suspect survivor
        husband wife son daughter brother sister father mother uncle aunt widow cousin
        colleague rival challenger opponent candidate nominee deputy aide adviser advisor
        founder owner executive chief ceo head boss father-in-law son-in-law king queen
        prince princess pope bishop archbishop cardinal priest rabbi imam cleric
        dissident activist rebel militant guerrilla journalist scientist professor doctor
        nurse teacher student resident farmer worker businessman businesswoman tycoon magnate
        banker trader investor economist architect engineer inventor fullback halfback
        scrum-half fly-half centre wing hooker prop lock flanker
        """)

    /// Lower-case particles that sit inside names ("Ludwig van Beethoven", "Osama bin Laden").
    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "la",
        "le", "ter", "ten", "bin", "ibn", "al", "el", "ben", "abu", "y", "zu", "af", "st",
    ]

    /// Suffixes that end a name ("Martin Luther King Jr.", "Henry Ford II").
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "junior", "senior"]

    /// Capitalised words that start sentences, dates or other phrases but never names
    /// (lower-cased): function words, calendar words, common sentence openers.
    static let nonNameWords: Set<String> = LexiconText.words("""
        a an the this that these those there here it its it's he she they we i you his her
        their our my your him them me us who whom whose which what when where why how whether
        and or but nor so yet if then than because although though while whereas unless until
        after before since as at by for from in into of off on onto out over under up upon with
        within without to through throughout during against among amid between beyond despite
        about above across along around behind below beneath beside besides near toward towards
        all any both each every either neither no not none some many much more most few several
        other another such only also even still just already again never ever always often
        however meanwhile moreover furthermore nevertheless instead otherwise thus hence indeed
        yes oh ok okay please thanks thank dear
        is are was were be been being has have had do does did will would shall should can could
        may might must
        january february march april may june july august september october november december
        feb apr jun jul aug sep sept oct nov dec
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        mon tue tues wed thu thur thurs fri sat sun
        spring summer autumn fall winter christmas easter ramadan
        one two three four five six seven eight nine ten first second third last next
        new old top total results result scores score standings table group pool round
        day week month year morning afternoon evening night tonight weekend zero
        """)

    /// Verbs of speech that, next to a name, say it is a person ("Smith said").
    static let speechVerbs: Set<String> = LexiconText.words("""
        said says say told tells added adds asked asks explained explains noted notes stated states
        declared declares insisted insists argued argues warned warns replied replies recalled
        recalls wrote writes admitted admits acknowledged acknowledges confirmed confirms denied
        denies announced announces continued continues urged urges claimed claims believes
        believed thinks thought felt feels wants wanted
        """)

    /// Pronouns that give a gender, for deciding a person's gender from what follows a mention.
    static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
    /// Feminine pronouns.
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
}
