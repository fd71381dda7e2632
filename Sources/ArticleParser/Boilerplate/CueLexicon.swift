/// Common words that page furniture is made of, grouped by what they suggest.
///
/// All entries are lowercase. English comes first; a few frequent equivalents in other
/// languages let foreign pages lose their share bars without depending on them.
enum CueLexicon {
    /// Words of app, newsletter and subscription promotions.
    static let promoNouns: Set<String> = [
        "newsletter", "newsletters", "app", "apps", "alerts", "inbox", "subscription", "subscriptions",
        "podcast", "notifications", "premium", "membership", "digital", "offer", "trial", "emails",
        "boletín", "abonnement", "abonnieren", "assinatura", "abbonamento", "рассылка", "подписка",
    ]

    /// Imperative verbs that open promotions ("Sign up for…", "Download the…").
    static let promoVerbs: Set<String> = [
        "subscribe", "sign", "download", "join", "get", "install", "follow", "click", "tap", "register",
        "start", "try", "want", "listen", "watch", "receive", "become", "support", "donate",
        "suscríbete", "suscribete", "abonnez-vous", "inscreva-se", "iscriviti", "подпишитесь", "подписаться",
    ]

    /// Social networks and the verbs of share bars.
    static let share: Set<String> = [
        "share", "shares", "sharing", "shared", "tweet", "facebook", "twitter", "linkedin", "email", "e-mail",
        "mail", "print", "reddit", "pinterest", "whatsapp", "flipboard", "pocket", "mix", "telegram", "tumblr",
        "messenger", "copy", "link", "permalink", "sms", "url", "copied", "instagram", "youtube", "tiktok",
        "vk", "weibo", "wechat", "line", "options", "close", "addthis", "buttons", "more", "via", "to", "on",
        "this", "story", "article", "the", "x", "opens", "in", "new", "window", "friend", "a", "all", "for",
        "compartir", "partager", "teilen", "condividi", "compartilhar", "compartilhe", "поделиться",
    ]

    /// The social networks alone: a line needs one of them (or "share") to be a share bar.
    static let socialNetworks: Set<String> = [
        "share", "shares", "sharing", "tweet", "facebook", "twitter", "linkedin", "reddit", "pinterest",
        "whatsapp", "flipboard", "pocket", "telegram", "tumblr", "messenger", "permalink", "instagram",
        "youtube", "tiktok", "vk", "weibo", "wechat", "addthis", "compartir", "partager", "teilen",
        "condividi", "compartilhar", "compartilhe", "поделиться",
    ]

    /// Verbs of "follow us" prompts.
    static let followVerbs: Set<String> = [
        "follow", "síguenos", "siga", "sigue", "suivez", "folgen", "folge", "seguici", "segui", "подписывайтесь",
    ]

    /// Words of comment prompts and counters.
    static let comments: Set<String> = [
        "comment", "comments", "commenting", "commenti", "commento", "comentario", "comentarios",
        "comentários", "comentário", "comente", "commentaires", "commentaire", "kommentare", "kommentar",
        "комментарии", "комментарий", "reply", "replies",
    ]

    /// Labels of advertisements.
    static let advertisement: Set<String> = [
        "advertisement", "advertisements", "advert", "advertising", "ad", "ads", "sponsored", "anzeige",
        "werbung", "ins", "publicidad", "publicité", "pubblicità", "publicidade", "реклама", "promoted",
    ]

    /// First words of links to other stories ("Related:", "Read more", "See also").
    static let relatedOpeners: Set<String> = [
        "related", "recommended", "trending", "popular", "also", "more", "see", "read", "watch", "next",
        "previous", "leia", "veja", "lire", "lee", "mehr", "weitere", "más", "autres", "altri", "outros",
        "читайте", "материалы", "lesen",
    ]

    /// Second words that complete a related-links opener ("Read more", "Most popular", "See also").
    static let relatedFollowers: Set<String> = [
        "more", "also", "on", "popular", "stories", "like", "read", "next", "news", "articles", "too",
        "também", "aussi", "zum", "también", "также", "post", "posts", "coverage", "content", "videos", "from", "up", "по",
        "beiträge", "artikel", "noticias", "notícias", "articoli", "matérias", "sur", "su", "sobre",
    ]

    /// Nouns that name lists of other content ("More Great Stories", "Latest Auto News").
    static let relatedNouns: Set<String> = [
        "stories", "articles", "news", "posts", "videos", "reads", "headlines", "beiträge", "artikel",
        "noticias", "notícias", "matérias", "articoli", "notizie", "materiais", "новости", "материалы",
    ]

    /// Month names and abbreviations in a few languages.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai",
        "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januar", "februar",
        "märz", "juni", "juli", "oktober", "dezember", "janeiro", "fevereiro", "março", "maio", "junho",
        "julho", "setembro", "outubro", "novembro", "dezembro", "gennaio", "febbraio", "aprile", "maggio",
        "giugno", "luglio", "settembre", "ottobre", "dicembre", "maret", "januari", "februari", "mei",
        "agustus", "desember", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря",
    ]

    /// Words that fill out timestamps: weekdays, clock words, time zones, "updated".
    static let timeWords: Set<String> = [
        "am", "pm", "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst",
        "gmt", "utc", "bst", "cet", "cest", "ist", "jst", "aest", "updated", "update", "published",
        "posted", "last", "modified", "on", "at", "de", "du", "le", "el", "am", "um", "às", "a", "alle",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday", "ago", "hour", "hours",
        "minute", "minutes", "min", "mins", "day", "days", "read", "an", "h", "uhr", "hrs",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
        "lunes", "martes", "miércoles", "jueves", "viernes", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "tempo", "leitura", "minuto", "minutos", "ist", "and", "|",
    ]

    /// Words that open a standalone byline.
    static let bylineOpeners: Set<String> = [
        "by", "written", "posted", "author", "authors", "words", "text", "reporting", "von", "por", "par",
        "di", "текст", "автор", "staff", "columnist", "correspondent", "contributor", "reporter", "editor",
    ]

    /// Words that open or make up a photo credit or caption label.
    static let captionLabels: Set<String> = [
        "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "credit",
        "credits", "illustration", "video", "pictured", "above", "top", "foto", "fotos", "фото",
        "photographie", "bild", "imagen", "gallery", "caption", "enlarge", "file",
    ]

    /// Labels that may stand inside a credit ("AP Photo", "Image: NASA").
    static let creditLabels: Set<String> = [
        "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits",
        "illustration", "foto", "fotos", "фото", "photographie", "bild", "imagen", "courtesy",
    ]

    /// Agencies and picture libraries that sign photo credits.
    static let agencies: Set<String> = [
        "ap", "afp", "reuters", "getty", "images", "epa", "shutterstock", "istock", "alamy", "pa", "xinhua",
        "bloomberg", "ansa", "dpa", "efe", "tass", "photo", "photos", "file", "pool", "handout", "press",
        "associated", "wire", "corbis", "zuma", "rex", "nasa", "archive", "courtesy", "agency",
    ]

    /// Words of cookie banners, sign-in prompts and site menus.
    static let navigation: Set<String> = [
        "cookie", "cookies", "privacy", "policy", "consent", "terms", "skip", "menu", "login", "log",
        "sign", "search", "home", "homepage", "sitemap", "contact", "about", "careers", "advertise",
        "accessibility", "settings", "preferences", "browser", "javascript", "back", "browse", "toggle",
        "navigation", "subscribe", "newsletters", "feedback", "help", "faq",
    ]

    /// Reporting verbs: a block with one of them is reporting, not furniture.
    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "according", "added", "asked", "explained", "stated", "announced",
        "reported", "wrote", "dijo", "afirmó", "a déclaré", "sagte", "disse", "ha detto", "заявил", "сказал",
    ]

    /// The lexicons a lowercased word belongs to, one flag per lexicon.
    struct Cues: OptionSet, Sendable {
        let rawValue: UInt64
        static let promoNouns = Cues(rawValue: 1 << 0)
        static let promoVerbs = Cues(rawValue: 1 << 1)
        static let share = Cues(rawValue: 1 << 2)
        static let socialNetworks = Cues(rawValue: 1 << 3)
        static let followVerbs = Cues(rawValue: 1 << 4)
        static let comments = Cues(rawValue: 1 << 5)
        static let advertisement = Cues(rawValue: 1 << 6)
        static let relatedOpeners = Cues(rawValue: 1 << 7)
        static let relatedNouns = Cues(rawValue: 1 << 8)
        static let months = Cues(rawValue: 1 << 9)
        static let timeWords = Cues(rawValue: 1 << 10)
        static let bylineOpeners = Cues(rawValue: 1 << 11)
        static let captionLabels = Cues(rawValue: 1 << 12)
        static let creditLabels = Cues(rawValue: 1 << 13)
        static let navigation = Cues(rawValue: 1 << 14)
        static let reportingVerbs = Cues(rawValue: 1 << 15)
        // Words that rules test one by one, each with a flag of its own (see `namedWords`).
        static let cookie = Cues(rawValue: 1 << 16)
        static let cookies = Cues(rawValue: 1 << 17)
        static let accept = Cues(rawValue: 1 << 18)
        static let consent = Cues(rawValue: 1 << 19)
        static let privacy = Cues(rawValue: 1 << 20)
        static let browsing = Cues(rawValue: 1 << 21)
        static let experience = Cues(rawValue: 1 << 22)
        static let agree = Cues(rawValue: 1 << 23)
        static let newsletter = Cues(rawValue: 1 << 24)
        static let newsletters = Cues(rawValue: 1 << 25)
        static let our = Cues(rawValue: 1 << 26)
        static let your = Cues(rawValue: 1 << 27)
        static let you = Cues(rawValue: 1 << 28)
        static let here = Cues(rawValue: 1 << 29)
        static let click = Cues(rawValue: 1 << 30)
        static let clicking = Cues(rawValue: 1 << 31)
        static let tap = Cues(rawValue: 1 << 32)
        static let app = Cues(rawValue: 1 << 33)
        static let subscribe = Cues(rawValue: 1 << 34)
        static let sign = Cues(rawValue: 1 << 35)
        static let download = Cues(rawValue: 1 << 36)
        static let continues = Cues(rawValue: 1 << 37)
        static let below = Cues(rawValue: 1 << 38)
        static let continueWord = Cues(rawValue: 1 << 39)
        static let rights = Cues(rawValue: 1 << 40)
    }

    /// The words that rules test by name, with their flags.
    static let namedWords: [(String, Cues)] = [
        ("cookie", .cookie), ("cookies", .cookies), ("accept", .accept), ("consent", .consent),
        ("privacy", .privacy), ("browsing", .browsing), ("experience", .experience), ("agree", .agree),
        ("newsletter", .newsletter), ("newsletters", .newsletters), ("our", .our), ("your", .your),
        ("you", .you), ("here", .here), ("click", .click), ("clicking", .clicking), ("tap", .tap),
        ("app", .app), ("subscribe", .subscribe), ("sign", .sign), ("download", .download),
        ("continues", .continues), ("below", .below), ("continue", .continueWord), ("rights", .rights),
    ]

    /// Every lexicon word with the lexicons it belongs to: one lookup answers for all of them,
    /// with the same `String` equality as each set's `contains`.
    static let cuesOfWord: [String: Cues] = {
        let lexicons: [(Set<String>, Cues)] = [
            (promoNouns, .promoNouns), (promoVerbs, .promoVerbs), (share, .share),
            (socialNetworks, .socialNetworks), (followVerbs, .followVerbs), (comments, .comments),
            (advertisement, .advertisement), (relatedOpeners, .relatedOpeners), (relatedNouns, .relatedNouns),
            (months, .months), (timeWords, .timeWords), (bylineOpeners, .bylineOpeners),
            (captionLabels, .captionLabels), (creditLabels, .creditLabels), (navigation, .navigation),
            (reportingVerbs, .reportingVerbs),
        ]
        var cues: [String: Cues] = [:]
        for (words, cue) in lexicons {
            for word in words { cues[word, default: []].insert(cue) }
        }
        for (word, cue) in namedWords { cues[word, default: []].insert(cue) }
        return cues
    }()

    /// The lexicons that `word` (lowercased) belongs to.
    static func cues(of word: String) -> Cues { cuesOfWord[word] ?? [] }

    /// The ASCII words of `cuesOfWord`, looked up on a token's bytes without hashing.
    static let asciiCues = ASCIILexicon(cuesOfWord)
}
