// Hand-written from public knowledge: country names, capitals and major cities, US states,
// regions, nationality adjectives, and the common nouns that end place names.

/// Words that name places, or adjectives made from them: evidence that a capitalised phrase
/// is not a person.
enum PlaceLexicon {
    /// Single words that name a country, state, region, capital or major city (lower-cased).
    static let places: Set<String> = LexiconText.words("""
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
        bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
        botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
        colombia comoros congo croatia cuba cyprus czech czechoslovakia denmark djibouti dominica ecuador egypt
        eritrea estonia ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
        guatemala guinea guyana haiti herzegovina honduras hungary iceland india indonesia iran iraq
        ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
        macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova
        monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
        holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
        philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
        singapore slovakia slovenia somalia spain sudan suriname swaziland sweden switzerland syria
        taiwan tajikistan tanzania thailand togo tonga trinidad tobago tunisia turkey turkmenistan
        tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen yugoslavia zaire
        zambia zimbabwe england scotland wales britain ulster catalonia chechnya tibet kurdistan
        greenland gibraltar hongkong macau bermuda antigua aruba curacao
        kabul tirana algiers luanda yerevan canberra vienna baku manama dhaka minsk brussels
        sarajevo brasilia sofia ottawa santiago beijing peking bogota havana nicosia prague copenhagen
        quito cairo asmara tallinn addis ababa helsinki paris tbilisi berlin bonn accra athens
        budapest reykjavik delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman astana almaty
        nairobi pristina seoul pyongyang riyadh beirut tripoli vilnius skopje kuala lumpur valletta
        rabat chisinau ulaanbaatar podgorica maputo windhoek kathmandu amsterdam hague wellington
        managua niamey abuja lagos oslo muscat islamabad karachi lahore panama lima manila warsaw
        lisbon doha bucharest moscow kigali dakar belgrade freetown bratislava ljubljana mogadishu
        pretoria johannesburg madrid khartoum stockholm bern berne geneva zurich damascus taipei
        dushanbe dodoma bangkok lome tunis ankara istanbul kampala kiev kyiv abu dhabi dubai london
        montevideo tashkent caracas hanoi saigon sanaa harare lusaka kinshasa brazzaville
        gaza hebron nablus ramallah jericho bethlehem tel aviv haifa
        new york washington chicago boston philadelphia atlanta miami dallas houston denver seattle
        detroit angeles francisco diego orleans vegas phoenix cleveland pittsburgh baltimore
        toronto montreal vancouver quebec calgary sydney melbourne brisbane perth adelaide auckland
        frankfurt munich hamburg cologne dortmund stuttgart dusseldorf bremen leipzig dresden
        milan turin naples florence venice genoa bologna palermo barcelona seville valencia bilbao
        marseille lyon lille bordeaux nice toulouse strasbourg rotterdam antwerp porto
        manchester liverpool birmingham leeds glasgow edinburgh cardiff belfast bristol sheffield
        newcastle nottingham leicester southampton
        mumbai bombay calcutta kolkata madras chennai bangalore shanghai guangzhou shenzhen osaka
        kyoto hiroshima nagasaki jeddah mecca medina basra mosul kandahar herat grozny
        petersburg leningrad stalingrad volgograd rio janeiro paulo aires buenos
        africa america americas asia europe australasia oceania antarctica arctic atlantic pacific
        caribbean mediterranean balkans baltic scandinavia siberia caucasus sahara mideast
        kashmir punjab bengal gulf persian sinai golan crimea transylvania bavaria saxony
        flanders wallonia brittany normandy provence tuscany sicily sardinia corsica andalusia
        alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
        idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
        minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico carolina
        dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
        wisconsin wyoming ontario manitoba alberta saskatchewan
        kong rico marino lanka leone zealand arabia timor salvador lucia kitts vincent
        cincinnati minneapolis milwaukee oakland anaheim tampa
        """)

    /// Place nouns that are also common surnames: after a given name they end a person's name
    /// ("Marcus Hill"), not a place's.
    static let surnameLike: Set<String> = LexiconText.words("""
        hill hills hall field bank banks church wood woods ford brook rivers lake bridge bridges
        park parks port castle tower house post young street marsh moore moor green wells
        """)

    /// Nationality and regional adjectives and plurals (lower-cased): "American", "Israelis".
    static let demonyms: Set<String> = LexiconText.words("""
        afghan albanian algerian american americans angolan argentine argentinian armenian
        australian australians austrian azeri azerbaijani bahraini bangladeshi belarussian belgian
        bolivian bosnian brazilian british briton britons bulgarian burmese burundian cambodian
        cameroonian canadian canadians chilean chinese colombian congolese croat croatian cuban
        cypriot czech danish dutch ecuadorean egyptian egyptians emirati english eritrean estonian
        ethiopian european europeans filipino finnish french gabonese georgian german germans
        ghanaian greek guatemalan haitian honduran hungarian icelandic indian indians indonesian iranian
        iranians iraqi iraqis irish israeli israelis italian ivorian jamaican japanese jordanian kazakh
        kenyan korean kosovar kurd kurdish kurds kuwaiti kyrgyz laotian latvian lebanese liberian
        libyan lithuanian luxembourgish macedonian malagasy malawian malaysian malian maltese
        mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese
        nicaraguan nigerian nigerien norwegian omani pakistani pakistanis palestinian palestinians
        panamanian paraguayan peruvian philippine polish portuguese qatari romanian russian russians
        rwandan saudi saudis scottish scots senegalese serb serbs serbian singaporean slovak
        slovakian slovene slovenian somali spanish sri sudanese swede swedish swiss syrian syrians
        taiwanese tajik tanzanian thai tibetan togolese tunisian turk turkish turks turkmen ugandan
        ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav zairean zambian
        zimbabwean african africans arab arabs asian asians caribbean latin nordic scandinavian
        western eastern northern southern central soviet yankee muslim moslem muslims moslems
        christians catholic catholics protestant jewish jews hindu sikh buddhist
        shi'ite shiite sunni islamic orthodox olympic
        """)

    /// Words that make a phrase a place name wherever they sit ("Gaza Strip", "Grace Road").
    static let placeWords: Set<String> = LexiconText.words("""
        north south east west northeast northwest southeast southwest middle far near upper lower
        strip bank coast island islands isle peninsula valley river lake sea ocean bay gulf
        mountain mountains mount hills hill heights desert plain plains forest canyon falls wells
        city town village county province state states district region territory territories
        republic kingdom emirates union federation commonwealth
        street st road rd avenue ave lane boulevard square plaza park bridge airport station port
        harbour harbor stadium arena ground oval field centre center hall palace castle tower
        cathedral church mosque temple abbey hospital prison camp base
        """)
}

/// Splits a lexicon's text into a set of lower-cased words.
enum LexiconText {
    /// The white-space separated words of `text`, lower-cased.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
