// Hand-written from public knowledge: the nouns that name organisations, companies, teams,
// events and media, wherever they sit in the name.

/// Words that make a capitalised phrase an organisation, event or thing rather than a person.
enum OrganisationLexicon {
    /// Organisation, company, team, event and media words (lower-cased).
    static let words: Set<String> = LexiconText.words("""
        ministry department office agency bureau service services authority authorities commission
        committee council board assembly parliament congress senate house cabinet government court
        tribunal police army navy force forces guard guards corps command brigade regiment
        party front movement alliance coalition league union association federation confederation
        organisation organization institute institution foundation fund trust society club clubs
        university college school academy hospital clinic church
        bank banks exchange market markets index group holdings company co corp corporation inc ltd
        plc llc gmbh ag sa nv bv partners industries international global systems technologies
        motors airlines airways railways rail energy oil petroleum gas chemicals steel mining
        telecom communications network networks media news press times post herald journal
        gazette tribune daily weekly magazine radio television tv channel broadcasting records
        studios pictures entertainment games cup championship championships tournament open
        olympics trophy prix series grand final finals award awards prize festival
        united city rovers rangers wanderers athletic athletico atletico albion villa hotspur
        county palace orient argyle wednesday borough harriers celtic dynamo dinamo spartak
        lokomotiv sporting real inter olympique olympiakos borussia eintracht fortuna hertha
        werder bayer juventus lazio roma ajax feyenoord benfica racing nacional deportivo
        council's reuters xinhua interfax tass afp ap bloomberg cnn bbc nbc cbs abc
        centre center program programme project plan summit conference talks treaty accord
        agreement act bill law charter constitution declaration
        airport station hotel restaurant cafe bar theatre theater museum gallery library
        federal national presidential democratic republican financial reserve standard royal
        medical pharmaceutical pharmaceuticals controls electric electronics power cables spa
        bros brothers copper gold fields consolidated futures bonds traders managers management
        administration capital securities investment investments insurance resources minerals
        mines motor foods products software computer computers classic bowl meeting course
        debates voters summary receipts desk newsroom representatives dow action
        democrats republicans socialists communists conservatives liberals democrat republican
        sox jays reds yankees mets braves cubs dodgers giants cardinals pirates orioles tigers
        indians twins royals angels athletics mariners astros padres rockies marlins expos
        brewers phillies blues wolves saints
        tavern pub inn venue images photos ledger security facebook twitter email instagram
        linkedin whatsapp youtube google
        """)

    /// Words that start most acronym-like organisation names when written in capitals but are
    /// also abbreviations of places ("U.S.", "U.K.").
    static let placeAbbreviations: Set<String> = ["us", "uk", "un", "eu", "usa", "uae", "ussr", "dc"]
}
