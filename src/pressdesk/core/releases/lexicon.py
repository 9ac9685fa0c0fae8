"""General word lists the release parser relies on (offices, countries, months, ...).

Nothing here names a particular person or release: these are the ordinary vocabularies of
diplomatic and government press releases. Every set holds case-folded words.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The case-folded, whitespace-separated words of ``text``."""
    return frozenset(w.casefold() for w in text.split())


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.casefold().split()) for p in text.split(";") if p.strip())


# Head words of an office or role; a title must contain at least one of them.
OFFICES = words(
    """president presidents vice-president premier vice-premier chancellor vice-chancellor
    minister ministers king queen prince princess emir sultan pope monarch crown-prince
    ambassador amb. envoy consul consul-general attaché secretary secretary-general general
    director director-general commissioner chairman chairwoman chairperson chair speaker
    mp mk mep senator congressman congresswoman governor mayor fm pm dfm spokesman
    spokesperson spokeswoman adviser advisor counsellor counselor rapporteur leader head
    chief chief-of-staff commander judge justice attorney attorney-general cardinal archbishop
    bishop patriarch mufti imam dean professor rector ceo president-elect
    representative delegate coordinator administrator ombudsman comptroller registrar
    publisher author writer journalist editor founder poet novelist historian artist
    composer singer actor actress philanthropist businessman businesswoman entrepreneur
    activist scientist aide assistant negotiator mediator officer official clerk treasurer
    superintendent inspector sheriff marshal premier-designate rabbi pres pres. amb
    councillor councilor alderman engineer architect physician lawyer economist painter
    sculptor photographer filmmaker producer musician conductor pianist researcher rep. sen.
    gov. lady undersecretary under-secretary attache prophet taoiseach tánaiste"""
)

# Verbs of headlines written in title case ("Herzog Hosts ...", "President Meets ..."):
# never part of a name.
HEADLINE_VERBS = words(
    """hosts meets visits welcomes receives holds attends speaks calls says tells opens
    launches signs addresses congratulates condemns thanks joins leads arrives departs lands
    tours honors honours awards presents inaugurates discusses hails praises urges warns
    marks unveils greets bids concludes begins ends starts returns travels heads sends
    meet host visit welcome receive hold attend speak call open sign address thank join lead
    arrive depart tour laid held signed opened unveiled inaugurated launched hosted
    welcomed awarded"""
)

# Military and police ranks, kept in the title (e.g. "Chief-of-Staff Lt.-Gen.").
RANKS = words(
    """lt.-gen. maj.-gen. brig.-gen. lt.-col. lt. gen. col. maj. capt. cpt. sgt. adm. brig.
    cmdr. colonel major captain lieutenant sergeant admiral brigadier commodore marshal
    brig lt gen maj col capt cdr"""
)
# A retired officer's mark after the rank, in brackets: "Brig (R)", "Lt Gen (Retd)".
RETIRED = words("r retd rtd ret retired retd. rtd. ret.")

# Words that qualify an office ("Deputy Prime Minister", "First Vice-Premier").
MODIFIERS = words(
    """vice deputy first second third prime acting interim senior special assistant associate
    executive grand high supreme permanent honorary lord under foreign national security
    federal former previous late outgoing incoming designate then new chief principal
    political military diplomatic economic legal media press personal strategic policy
    regional international public private general royal elected dep dep. minority
    majority opposition coalition sephardic sephardi ashkenazic ashkenazi orthodox socialist
    democratic islamic people's popular hashemite plurinational bolivarian alternate
    visiting united crown"""
)

# Removed from the start of a title ("the new Austrian ambassador" -> "Austrian ambassador").
TITLE_DROP = words("the a an his her their its our your new")

# Portfolios and subject words of ministries ("Minister of Housing").
PORTFOLIOS = words(
    """affairs foreign defense defence finance interior justice health education culture
    sport sports tourism economy economic industry trade labor labour social welfare
    agriculture rural development science technology energy water environment
    environmental protection transport transportation communications communication
    immigration absorption religious services strategic intelligence public security
    internal home regional cooperation diaspora information infrastructure construction
    housing planning innovation digital equality women youth family heritage employment
    budget treasury commerce investment relations integration state policy operations
    staff logistics research space culture arts media post telecommunications mines
    mining fisheries forestry oil gas petroleum resources natural national internal
    legislative human rights trade development external protocol"""
)

# Organisation nouns that may appear inside a title ("President of the European Council").
ORGS = words(
    """council commission parliament union authority federation republic kingdom states nations
    state assembly service group forum bank fund organization organisation agency office
    ministry committee league court alliance government cabinet party congress senate
    knesset house army forces force police navy corps board foundation institute university
    association society center centre conference movement secretariat delegation mission
    embassy consulate command emirates socialists democrats progressive community
    confederation principality sultanate caliphate coalition front bureau department
    directorate administration chamber college academy school hospital company corporation
    fraternity order church synagogue council-general tribunal division region province
    county district municipality city federations organizations organisations associations
    communities unions councils committees ministries agencies institutions
    bundestag bundesrat duma sejm storting riksdag folketing eduskunta cortes rada majlis
    oireachtas seimas saeima riigikogu althing sabor library archives representatives lords
    commons deputies mossad kremlin pentagon interpol europol"""
)

# Nouns that make a capitalised phrase a place, a work, an event or a thing, not a person.
THINGS = words(
    """operation operations conference summit forum festival award awards prize day week year
    games cup agreement accord accords treaty declaration plan initiative process program
    programme project act law report speech lecture dialogue history lessons book dome
    square street road avenue bridge tower gate wall forest valley mountain mount river
    lake sea ocean island islands bay strip bank heights desert park garden gardens hall
    hotel palace residence castle museum memorial monument cemetery airport port station
    stadium theatre theater church mosque synagogue temple cathedral line plaza boulevard
    highway building complex campus village airbase base camp center centre palais
    exhibition fair expo session plenary meeting ceremony dinner lunch reception visit
    tour trip talks statement statements communique communiqué news events press room
    streaming photo photos picture pictures video gallery copyright icon righteous people
    peoples nations jews arabs christians muslims olympics marathon company ltd inc corp
    hill hotels mausoleum shrine statue bust plaque order couple couples"""
)

# Nouns for a person that a name may stand in apposition to ("his counterpart, X", "her
# guest, X"), unlike a thing's ("the Egyptian paper, Al Akhbar").
PERSON_NOUNS = words(
    """counterpart counterparts colleague colleagues guest guests host hosts friend friends
    wife husband spouse son daughter brother sister father mother widow predecessor
    successor deputy partner"""
)

# Words of the Jewish calendar (days, holidays, the weekly portion) that a release dates an
# event by ("Erev Shabbos Parshas Haazinu", "Rosh Hashanah"): never words of a name.
CALENDAR = words(
    """erev shabbat shabbos sabbath parashat parshat parshas parasha parsha rosh hashanah
    hashana yom kippur sukkot sukkos succot hanukkah chanukah hanukah purim pesach passover
    shavuot shavuos simchat torah tisha b'av lag baomer ba'omer"""
)

# Words written after an office that belong to the title ("Ambassador Extraordinary and
# Plenipotentiary", "President Emeritus").
POSTPOSED = words("extraordinary plenipotentiary emeritus emerita")

# Nouns after a possessive name that make the person a reference ("Gandhi's grave").
MEMORIAL_NOUNS = words("grave tomb memorial legacy funeral memory gravesite")

# Honorifics left out of a name; "Sheikh" before an Arab name is one ("Sheikh Abdullah bin
# Zayed" is Abdullah bin Zayed), and so is "Prof." ("Speaker of the Bundestag Prof. X"), the
# Indian "Shri"/"Smt.", the Arab "Sayyid" and the Malaysian "Dato'"/"Datuk"/"Tun".
HONORIFICS = words(
    """mr. mrs. ms. miss dr. prof. h.e. mme. m. hon. sir dame madam madame mx. mr mrs ms dr
    sheikh sheikha shaikh shaikha hazrat hon shri shrimati smt. smt sri sayyid sayyida
    dato dato' datuk datin tun"""
)
# Honorifics that are part of a name of one word ("Sheikh Hasina"), left out before a fuller
# name ("Sheikh Abdullah bin Zayed" is Abdullah bin Zayed).
NAME_HONORIFICS = words("sheikh sheikha shaikh shaikha")
# Honorifics that are also first names ("Don"): one only before a known first name ("Don
# Felipe", "Doña Letizia"), a first name otherwise ("Don Johnson").
FIRST_NAME_HONORIFICS = words("don doña dom")
# Abbreviated first names written with a full stop, part of the name they open ("Md. Joynal
# Abedin", "Mohd. Najib"): Muhammad's abbreviations in South and South-East Asian English.
NAME_ABBREVIATIONS = words("md. mohd. muhd. mohd md")
HONORIFIC_PHRASES = _phrases(
    "his excellency; her excellency; his majesty; her majesty; his royal highness; "
    "her royal highness; his highness; her highness; the honourable; the honorable; rt. hon."
)

# Lower-case particles that may sit inside a personal name ("Abu al-Gheit", "van der").
NAME_PARTICLES = words(
    "al el ad ar ash ibn bin bint ben bar van von de da di du del della der den la "
    "le ter ten dos das do y e zu"
)
ROMAN_NUMERALS = words("ii iii iv v vi vii viii ix x xi xii")

# Capitalised function words and sentence openers that never start or end a name.
STOPWORDS = words(
    """the a an he she it they we i you in on at during after before since following both all
    also and but however this that these those today tomorrow yesterday tonight next last
    his her their our my your its there here when while as with without for from by to of
    among between regarding yet indeed according later earlier meanwhile furthermore
    moreover thus therefore although though if then once prior upon about against into
    onto over under until unless whereas where which who whom whose what why how not no
    nor so than too very just only even each every either neither other another such
    some any many much more most several few one two three four five six seven eight
    nine ten dear thank thanks please let would should could must
    mr mrs ms dr is are was were be been being has have had do does did"""
)

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")

COUNTRIES = _phrases(
    """Afghanistan; Albania; Algeria; Andorra; Angola; Argentina; Armenia; Australia; Austria;
    Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin;
    Bhutan; Bolivia; Bosnia; Bosnia and Herzegovina; Botswana; Brazil; Brunei; Bulgaria;
    Burkina Faso; Burundi; Cambodia; Cameroon; Canada; Cape Verde; Chad; Chile; China;
    Colombia; Comoros; Congo; Costa Rica; Croatia; Cuba; Cyprus; Czech Republic; Czechia;
    Denmark; Djibouti; Dominica; Dominican Republic; Ecuador; Egypt; El Salvador; Eritrea;
    Estonia; Eswatini; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia; Germany;
    Ghana; Greece; Grenada; Guatemala; Guinea; Guyana; Haiti; Honduras; Hungary; Iceland;
    India; Indonesia; Iran; Iraq; Ireland; Israel; Italy; Ivory Coast; Jamaica; Japan;
    Jordan; Kazakhstan; Kenya; Kiribati; Korea; Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia;
    Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Macedonia;
    North Macedonia; Madagascar; Malawi; Malaysia; Maldives; Mali; Malta; Mauritania;
    Mauritius; Mexico; Micronesia; Moldova; Monaco; Mongolia; Montenegro; Morocco;
    Mozambique; Myanmar; Burma; Namibia; Nauru; Nepal; Netherlands; the Netherlands;
    New Zealand; Nicaragua; Niger; Nigeria; North Korea; South Korea; Norway; Oman;
    Pakistan; Palau; Palestine; Panama; Papua New Guinea; Paraguay; Peru; Philippines;
    the Philippines; Poland; Portugal; Qatar; Romania; Russia; Russian Federation; Rwanda;
    Samoa; San Marino; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore;
    Slovakia; Slovenia; Somalia; South Africa; South Sudan; Spain; Sri Lanka; Sudan;
    Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Togo;
    Tonga; Trinidad and Tobago; Tunisia; Turkey; Turkmenistan; Tuvalu; Uganda; Ukraine;
    United Arab Emirates; UAE; United Kingdom; UK; Britain; Great Britain; England; Scotland;
    Wales; United States; United States of America; US; USA; U.S.; the US; the UK;
    the United States; the United Kingdom; America; Uruguay; Uzbekistan; Vanuatu; Vatican;
    the Vatican; Holy See; Venezuela; Vietnam; Viet Nam; Yemen; Zambia; Zimbabwe; USSR;
    Soviet Union; the Soviet Union; Kurdistan; Gaza; the Gaza Strip; Gaza Strip; West Bank;
    the West Bank; Judea and Samaria; Golan Heights; the Golan Heights; Antigua and Barbuda;
    Cabo Verde; Central African Republic; Democratic Republic of the Congo; Republic of the
    Congo; Equatorial Guinea; Guinea-Bissau; Guinea Bissau; Marshall Islands; Saint Kitts and
    Nevis; Saint Lucia; Saint Vincent and the Grenadines; Sao Tome and Principe; Solomon
    Islands; Timor-Leste; Timor Leste; East Timor; Western Sahara; Hong Kong; Macao; Macau;
    Puerto Rico; Greenland; Czech Republic; Slovak Republic; Northern Ireland; Swaziland;
    Kingdom of Eswatini; Türkiye; Turkiye; Côte d'Ivoire; Côte d’Ivoire; Cote d'Ivoire;
    Holland; Zaire; St Kitts and Nevis; St. Kitts and Nevis; Kyrgyz Republic; Lao PDR;
    Brunei Darussalam; Belorussia; Byelorussia; Ceylon"""
)

# Generic nouns of countries' and places' names ("Republic", "Islands"): no demonym is made
# from them.
GEO_NOUNS = words(
    """republic kingdom union federation states emirates coast islands island bank strip
    heights see city territory territories sahara"""
)

# Nouns that close the name of a country's division ("Himachal Pradesh", "Moscow Oblast",
# "Kano State", "Sindh Province") or, in Indian English, of a building or street ("Rashtrapati
# Bhavan", "Lok Kalyan Marg", "Raj Niwas"): a capitalised phrase ending in one is a place.
PLACE_ENDINGS = words(
    """pradesh oblast krai okrug governorate province prefecture county district region
    state territory canton voivodeship bhavan bhawan marg nivas niwas sadan sachivalaya chowk"""
)

# Regions and blocs: like countries, they are never the city of an event.
REGIONS = _phrases(
    """Middle East; the Middle East; Europe; Asia; Africa; Latin America; South America;
    North America; Central America; Oceania; the Caribbean; Caribbean; Scandinavia; the
    Balkans; Balkans; the Baltic States; Baltic States; the Baltics; Baltics; the Gulf;
    Persian Gulf; the Persian Gulf; Mediterranean; the Mediterranean; European Union; the
    European Union; EU; the EU; Eastern Europe; Western Europe; Central Europe; Central Asia;
    the Far East; Far East; Sinai; the Sinai; the Negev; Negev; the Galilee; Galilee;
    the Arab world; Arab world; the region; Antarctica; Arctic; the Arctic; Sahel; the Sahel;
    Maghreb; the Maghreb; Levant; the Levant; North Africa; West Africa; East Africa"""
)

DEMONYMS = words(
    """afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian
    belgian belizean beninese bhutanese bolivian bosnian botswanan brazilian british
    bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian
    chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch
    ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian
    filipino finnish french gabonese gambian georgian german ghanaian greek grenadian
    guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian
    iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan
    korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian
    luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese
    mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan
    mozambican namibian nepalese nepali nigerian nigerien nicaraguan norwegian omani
    pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian
    russian rwandan salvadoran samoan saudi scottish senegalese serbian slovak
    slovakian slovenian somali african spanish sudanese surinamese swedish swiss syrian
    taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen
    ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
    zimbabwean soviet arab asian latin nordic baltic balkan western eastern northern
    southern central kurdish jewish muslim christian catholic druze bedouin hebrew arabic
    yiddish ladino amharic farsi persian"""
)
