"""Deterministic synthetic press-release catalogue rows for the scale benchmark.

Every row is produced in the form the ORM stores it on SQLite (uids as 32-hex strings,
datetimes as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, dates as ``YYYY-MM-DD``, JSON as
``json.dumps`` text), as tuples in the column order of :data:`COLUMNS`, so that a loader can
hand them straight to ``executemany`` (or PostgreSQL ``COPY``).

The text is built from templates in the style of Government Press Office releases
("President Peres meets Russian President Putin in Moscow"), with people who hold titles,
countries, cities, events, quotes, GPO and agency credits, and some Hebrew and Russian
releases and captions. The benchmark relies on a few controlled frequencies:

* the word :data:`COMMON_WORD` ("minister") is in about a quarter of the releases and photos:
  only "minister releases" mention anyone whose title contains it;
* :data:`RARE_NAME` is mentioned in a handful of releases and photos only;
* :data:`PHRASE` ("foreign minister") is a two-word phrase inside the common-word rows;
* credits of GPO photographer Amos Ben Gershom (the ``Gersh*`` prefix query) are ~8 %.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "keyword": ("id", "text"),
    "person": (
        "id",
        "uid",
        "display_name",
        "sort_name",
        "notes",
        "created_at",
        "updated_at",
        "version",
    ),
    "person_alias": ("id", "person_id", "alias", "key", "kind"),
    "person_title": ("id", "person_id", "title", "first_seen", "last_seen"),
    "release": (
        "id",
        "uid",
        "headline",
        "subheadline",
        "summary",
        "body",
        "issuer",
        "event_date",
        "place",
        "language",
        "source_url",
        "status",
        "source_sha256",
        "created_at",
        "updated_at",
        "version",
    ),
    "photo": (
        "id",
        "uid",
        "sha256",
        "original_name",
        "format",
        "width",
        "height",
        "bytes",
        "taken_at",
        "camera_make",
        "camera_model",
        "caption",
        "headline",
        "credit",
        "copyright",
        "creator",
        "source",
        "embedded",
        "created_at",
        "updated_at",
        "version",
    ),
    "photo_slot": ("id", "release_id", "position", "caption", "credit", "copyright", "photo_id"),
    "participation": ("id", "release_id", "person_id", "title", "role", "position", "name_in_text"),
    "person_shown": ("photo_id", "person_id", "position"),
    "release_keyword": ("release_id", "keyword_id", "position"),
    "photo_keyword": ("photo_id", "keyword_id", "position"),
}

#: Tables in foreign-key order (parents first).
TABLE_ORDER = tuple(COLUMNS)

COMMON_WORD = "minister"
PHRASE = "foreign minister"
RARE_FIRST, RARE_LAST = "Ilana", "Vishnevetsky"
RARE_NAME = RARE_LAST
RARE_TITLE = "Deputy Mayor"
HEBREW_WORD = "ירושלים"
RUSSIAN_WORD = "Москва"
#: How many releases name the rare person (the first photo of each names her as well).
RARE_RELEASE_FRACTIONS = (0.03, 0.21, 0.44, 0.67, 0.92)

# English releases: share whose participants include a minister. Hebrew and Russian
# releases never contain the English word, so this is a little over a quarter.
MINISTER_SHARE = 0.29
HEBREW_SHARE = 0.06
RUSSIAN_SHARE = 0.03

EPOCH = dt.datetime(2005, 1, 1, 8, 0, 0)
SPAN_SECONDS = 21.8 * 365.25 * 86400


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``."""
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    """The non-empty stripped lines of ``text``."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def bench_queries() -> list[dict[str, Any]]:
    """The typical queries for ``bench/search.py``: label, text and search-as-you-type flag."""
    typing_name = "Netan"  # someone typing "Netanyahu" into the search box
    return [
        {"label": "rare name", "query": RARE_NAME, "prefix_last": False},
        {"label": "common word (~25%)", "query": COMMON_WORD, "prefix_last": False},
        {"label": "two-word phrase", "query": f'"{PHRASE}"', "prefix_last": False},
        {"label": "two words (AND)", "query": "Peres Moscow", "prefix_last": False},
        {"label": "prefix Gersh*", "query": "Gersh*", "prefix_last": False},
        {"label": "Hebrew word", "query": HEBREW_WORD, "prefix_last": False},
        {"label": "Russian word", "query": RUSSIAN_WORD, "prefix_last": False},
        {"label": "typing a name", "query": typing_name, "prefix_last": True},
        {"label": "typing 2 letters", "query": "mi", "prefix_last": True},
        {"label": "typing 3 letters", "query": "pre", "prefix_last": True},
        {"label": "typing 4 letters", "query": "pres", "prefix_last": True},
        {"label": "credit Ben-Gershom", "query": "Ben-Gershom", "prefix_last": False},
    ]


# ---------------------------------------------------------------------------- vocabulary

COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    # (country, adjective, capital, name group)
    ("Israel", "", "Jerusalem", "il"),
    ("Russia", "Russian", "Moscow", "ru"),
    ("United States", "American", "Washington", "intl"),
    ("Germany", "German", "Berlin", "intl"),
    ("France", "French", "Paris", "intl"),
    ("United Kingdom", "British", "London", "intl"),
    ("India", "Indian", "New Delhi", "intl"),
    ("Japan", "Japanese", "Tokyo", "intl"),
    ("China", "Chinese", "Beijing", "intl"),
    ("Italy", "Italian", "Rome", "intl"),
    ("Spain", "Spanish", "Madrid", "intl"),
    ("Poland", "Polish", "Warsaw", "intl"),
    ("Ukraine", "Ukrainian", "Kyiv", "ru"),
    ("Canada", "Canadian", "Ottawa", "intl"),
    ("Australia", "Australian", "Canberra", "intl"),
    ("Brazil", "Brazilian", "Brasilia", "intl"),
    ("Argentina", "Argentine", "Buenos Aires", "intl"),
    ("Mexico", "Mexican", "Mexico City", "intl"),
    ("Egypt", "Egyptian", "Cairo", "intl"),
    ("Jordan", "Jordanian", "Amman", "intl"),
    ("Greece", "Greek", "Athens", "intl"),
    ("Cyprus", "Cypriot", "Nicosia", "intl"),
    ("Croatia", "Croatian", "Zagreb", "intl"),
    ("Macedonia", "Macedonian", "Skopje", "intl"),
    ("Czech Republic", "Czech", "Prague", "intl"),
    ("Hungary", "Hungarian", "Budapest", "intl"),
    ("Austria", "Austrian", "Vienna", "intl"),
    ("Netherlands", "Dutch", "The Hague", "intl"),
    ("Belgium", "Belgian", "Brussels", "intl"),
    ("Kenya", "Kenyan", "Nairobi", "intl"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "intl"),
    ("Ghana", "Ghanaian", "Accra", "intl"),
    ("South Korea", "South Korean", "Seoul", "intl"),
    ("Vietnam", "Vietnamese", "Hanoi", "intl"),
    ("Azerbaijan", "Azerbaijani", "Baku", "ru"),
    ("Kazakhstan", "Kazakh", "Astana", "ru"),
    ("Georgia", "Georgian", "Tbilisi", "ru"),
    ("United Arab Emirates", "Emirati", "Abu Dhabi", "intl"),
    ("Bahrain", "Bahraini", "Manama", "intl"),
    ("Morocco", "Moroccan", "Rabat", "intl"),
)
ISRAELI_CITIES = _lines(
    """
    Jerusalem
    Jerusalem
    Jerusalem
    Tel Aviv
    Tel Aviv
    Haifa
    Beersheba
    Eilat
    Nazareth
    Sderot
    Ashkelon
    Tiberias
    Dimona
    Herzliya
    Rehovot
    """
)
OTHER_CITIES = ("New York", "Geneva", "Davos", "Munich", "Strasbourg", "Sochi", "St. Petersburg")

IL_FIRST = _words(
    """
    Shimon Benjamin Yitzhak Ehud Ariel Tzipi Avigdor Moshe David Sarah Miriam Yael Noa Dan
    Amir Yair Naftali Ayelet Gideon Reuven Isaac Yossi Avi Eli Gilad Orit Limor Michal
    Tamar Dalia Ronit Uri Shaul Yoav Benny Gabi Meir Zvi Haim Nir Omer Itamar Yehuda Aryeh
    Silvan Dore Ron Ido Efrat Hila Merav Shira Rivka Leah Rachel Esther Yaakov Menachem
    Levi Natan Ofer Amnon Danny Yuli Zeev Orna Galit Anat Sharon Yigal Tzachi Miri Ruth
    Nachman Yehoshua Avraham Dov Rafi
    """
)
IL_LAST = _words(
    """
    Peres Netanyahu Rabin Barak Sharon Olmert Livni Lieberman Herzog Rivlin Bennett Lapid
    Gantz Shaked Yaalon Mofaz Steinitz Edelstein Katz Erdan Regev Levin Elkin Hanegbi
    Kahlon Deri Litzman Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Dahan Avraham
    Ohana Amsalem Golan Shapira Weiss Klein Rosenberg Goldberg Ben-David Ben-Ami
    Ben-Eliezer Segal Schwartz Halevi Ashkenazi Gabay Ohayon Yosef Malka Hadad Vaknin
    Sasson Amar Elbaz Zohar Tal Sharabi Kaplan Brenner Margalit Shamir Begin Meridor Dayan
    Allon Navon Weizman Ayalon Golender Prosor Dermer Oren Ayalon Shalom Avital Hendel
    Hauser Tropper Zamir Harel Nahmias Abutbul Twito Buskila Saban Yadlin Eiland Eisenkot
    """
)
RU_FIRST = _words(
    """
    Vladimir Sergey Dmitry Alexander Mikhail Andrei Nikolai Igor Oleg Yuri Viktor Pavel
    Irina Olga Natalia Anna Maria Elena Tatiana Svetlana Petro Volodymyr Ilham Nursultan
    Mikheil Kassym
    """
)
RU_LAST = _words(
    """
    Putin Lavrov Medvedev Yakovlev Kovalenko Petrov Smirnov Kuznetsov Popov Sokolov Ivanov
    Volkov Morozov Novikov Fedorov Orlov Poroshenko Zelensky Aliyev Nazarbayev Saakashvili
    Tokayev Klitschko Matvienko Shoigu Peskov Zakharova Bogdanov Churkin Nebenzia
    """
)
INTL_FIRST = _words(
    """
    John Hillary Condoleezza Angela Emmanuel Francois Nicolas Tony Gordon Theresa Boris
    Narendra Shinzo Recep Abdullah Mahmoud Hosni Kofi Javier Catherine Federica Mike Rex
    Antony Jens Mark Justin Stephen Jacinda Scott Malcolm Mauricio Enrique Felipe Mariano
    Pedro Matteo Giuseppe Silvio Viktor Andrzej Donald Mateusz Klaus Gerhard Olaf Sebastian
    Kurt Charles Gjorge Stjepan Radoslaw Piero Ursula Josep Kyriakos Nikos Milos Jean
    Laurent Sophie Ingrid Lars Erik Helle Sanna
    """
)
INTL_LAST = _words(
    """
    Merkel Sarkozy Macron Hollande Blair Brown Cameron May Johnson Obama Clinton Kerry Rice
    Pompeo Tillerson Blinken Modi Abe Erdogan Abbas Mubarak Annan Guterres Solana Ashton
    Mogherini Borrell Stoltenberg Rutte Trudeau Harper Ardern Morrison Turnbull Macri Rajoy
    Sanchez Renzi Conte Berlusconi Orban Duda Tusk Morawiecki Schroeder Scholz Steinmeier
    Kurz Ivanov Mesic Sikorski Fassino Novak Horvat Kowalski Nowak Muller Schmidt Schneider
    Fischer Weber Meyer Wagner Becker Dubois Martin Bernard Moreau Laurent Rossi Russo
    Ferrari Esposito Garcia Fernandez Lopez Martinez Smith Jones Williams Taylor Davies
    Evans Wilson Thomas Roberts Tanaka Suzuki Watanabe Kim Lee Park Singh Sharma Patel
    Gupta Mitsotakis Anastasiades Zeman Babis Leyen Michel Juncker Tsipras Vucic Pahor
    Iohannis Niinisto Lofven
    """
)
FAMOUS: tuple[tuple[str, str, str, str, bool], ...] = (
    # (first, last, title, country, holds a minister title)
    ("Shimon", "Peres", "President", "Israel", False),
    ("Benjamin", "Netanyahu", "Prime Minister", "Israel", True),
    ("Reuven", "Rivlin", "President", "Israel", False),
    ("Avigdor", "Lieberman", "Foreign Minister", "Israel", True),
    ("Tzipi", "Livni", "Foreign Minister", "Israel", True),
    ("Ehud", "Barak", "Defense Minister", "Israel", True),
    ("Yuli", "Edelstein", "Speaker of the Knesset", "Israel", False),
    ("Vladimir", "Putin", "President", "Russia", False),
    ("Sergey", "Lavrov", "Foreign Minister", "Russia", True),
    ("Sergey", "Yakovlev", "Ambassador to Israel", "Russia", False),
    ("Dorit", "Golender", "Ambassador to Russia", "Israel", False),
    ("Barack", "Obama", "President", "United States", False),
    ("John", "Kerry", "Secretary of State", "United States", False),
    ("Angela", "Merkel", "Chancellor", "Germany", False),
    ("Danny", "Ayalon", "Deputy Foreign Minister", "Israel", True),
    ("Nir", "Barkat", "Mayor of Jerusalem", "Israel", False),
    ("Narendra", "Modi", "Prime Minister", "India", True),
    ("Shinzo", "Abe", "Prime Minister", "Japan", True),
    ("Emmanuel", "Macron", "President", "France", False),
    ("Ban", "Ki-moon", "Secretary-General of the United Nations", "United States", False),
)
MINISTER_TITLES = _lines(
    """
    Prime Minister
    Foreign Minister
    Foreign Minister
    Defense Minister
    Finance Minister
    Deputy Foreign Minister
    Minister of Tourism
    Minister of Education
    Minister of Health
    Minister of Science and Technology
    Minister of Justice
    Minister of Culture and Sport
    Minister of Agriculture
    Minister of Energy
    Deputy Prime Minister
    """
)
OTHER_TITLES = _lines(
    """
    President
    Ambassador
    Ambassador
    Speaker of Parliament
    Mayor
    Chief of Staff
    Governor
    Secretary of State
    Chancellor
    Director-General
    Chairman
    Senator
    Chief Rabbi
    Consul General
    Member of Knesset
    Member of Parliament
    Commissioner
    Head of the National Security Council
    Chief Justice
    King
    Crown Prince
    Governor of the Central Bank
    """
)
ISSUERS_PLAIN = _lines(
    """
    Office of the President
    President's Spokesperson
    Ministry of Foreign Affairs
    Ministry of Defense
    Government Press Office
    Knesset Spokesperson
    Ministry of Tourism
    IDF Spokesperson
    Jerusalem Municipality
    Israel Embassy in Moscow
    """
)
ISSUERS_MINISTER = (
    "Prime Minister's Office",
    "Prime Minister's Media Adviser",
    "Foreign Minister's Bureau",
    "Deputy Foreign Minister's Bureau",
)
TOPICS = _lines(
    """
    the Iranian threat
    regional stability
    the peace process
    economic cooperation
    trade relations
    water technology
    cyber security
    agricultural innovation
    tourism
    academic exchanges
    the fight against terrorism
    energy cooperation
    the situation in Syria
    humanitarian aid
    cultural ties
    high-tech investment
    medical research
    space research
    climate change
    desalination
    Holocaust remembrance
    interfaith dialogue
    the situation in the Gaza Strip
    direct flights
    visa exemption
    natural gas in the Eastern Mediterranean
    youth exchanges
    the fight against antisemitism
    food security
    smart cities
    """
)
FIELDS = _lines(
    """
    science
    agriculture
    water management
    cyber defence
    medicine
    education
    tourism
    culture
    energy
    homeland security
    start-ups
    innovation
    trade
    emergency response
    research and development
    sport
    transportation
    """
)
EVENTS = _lines(
    """
    the Israeli Presidential Conference
    the Herzliya Conference
    the UN General Assembly
    the World Economic Forum
    the Cybertech conference
    the Jerusalem International Book Fair
    the Knesset plenum
    the Independence Day reception for the diplomatic corps
    the Memorial Day ceremony
    the Holocaust Remembrance Day ceremony
    a state dinner
    the opening of the winter session of the Knesset
    the International Bible Contest
    the Israel Prize ceremony
    a conference on water technology
    the Munich Security Conference
    the ceremony for outstanding soldiers
    the Jerusalem Marathon
    the Maccabiah Games opening ceremony
    Facing Tomorrow
    """
)
VENUES = _lines(
    """
    the President's Residence
    the Knesset
    Yad Vashem
    the Israel Museum
    Ben Gurion Airport
    the Western Wall
    Mount Herzl
    the King David Hotel
    the Kremlin
    the White House
    the Elysee Palace
    the Federal Chancellery
    Government House
    the Weizmann Institute
    the Technion
    the Hebrew University
    the Peres Center for Peace
    the Foreign Ministry
    the Defense Ministry
    the Dead Sea
    the Old City of Jerusalem
    the Church of the Holy Sepulchre
    """
)
MEMORIALS = (
    "the Tomb of the Unknown Soldier",
    "Yad Vashem's Hall of Remembrance",
    "the grave of Theodor Herzl",
    "the memorial to the fallen of the Yom Kippur War",
    "the Eternal Flame",
)
QUOTES = _lines(
    """
    Israel seeks peace with all its neighbours
    our two peoples share a long history of friendship
    innovation is the key to our common future
    we will not allow terror to dictate our lives
    the friendship between our countries is stronger than ever
    education is the foundation of every society
    we must work together against the threats facing the region
    Jerusalem welcomes you as a friend
    our cooperation in science and technology will only grow
    this visit marks a new chapter in the relations between our countries
    the memory of the Holocaust obliges us to fight hatred wherever it appears
    a strong economy is the best guarantee of a secure future
    """
)
FILLERS = _lines(
    """
    The meeting was held in a warm and friendly atmosphere.
    A joint press conference followed the meeting.
    The delegation included senior officials and business leaders.
    The sides agreed to establish a joint working group that will meet twice a year.
    Representatives of the business communities of both countries attended the event.
    The guests were later given a tour of an exhibition of Israeli innovation.
    The two leaders also discussed the preparations for next year's official visit.
    At the end of the meeting the guests planted an olive tree in the garden.
    The ceremony was attended by members of the diplomatic corps and public figures.
    The parties expressed their hope that the dialogue will continue in the coming months.
    """
)
MONTHS = _words(
    """
    January February March April May June July August September October November December
    """
)
PHOTOGRAPHER_CREDITS: tuple[tuple[str, str, str, tuple[str, ...], float], ...] = (
    # (credit, copyright, source, creators, weight)
    ("GPO/Amos Ben Gershom", "GPO", "GPO", ("Amos Ben Gershom",), 8.0),
    ("GPO/Kobi Gideon", "GPO", "GPO", ("Kobi Gideon",), 9.0),
    ("GPO/Haim Zach", "GPO", "GPO", ("Haim Zach",), 9.0),
    ("GPO/Mark Neyman", "GPO", "GPO", ("Mark Neyman",), 8.0),
    ("GPO/Moshe Milner", "GPO", "GPO", ("Moshe Milner",), 9.0),
    ("GPO/Avi Ohayon", "GPO", "GPO", ("Avi Ohayon",), 7.0),
    ("GPO/Yaakov Saar", "GPO", "GPO", ("Yaakov Saar",), 4.0),
    ("GPO/Ohad Zwigenberg", "GPO", "GPO", ("Ohad Zwigenberg",), 3.0),
    ("GPO/Koby Gideon", "GPO", "GPO", ("Kobi Gideon",), 1.0),
    ("GPO", "GPO", "GPO", (), 14.0),
    ("Government Press Office", "Government Press Office", "GPO", (), 2.0),
    ("Reuters", "© Reuters", "Reuters", ("Ammar Awad",), 5.0),
    ("AP Photo/Sebastian Scheiner", "AP", "Associated Press", ("Sebastian Scheiner",), 3.0),
    ("AFP/Menahem Kahana", "AFP", "AFP", ("Menahem Kahana",), 3.0),
    ("Israel MFA", "Israel MFA", "Ministry of Foreign Affairs", (), 6.0),
    ("IDF Spokesperson", "IDF", "IDF Spokesperson's Unit", (), 4.0),
    ("Flash90/Miriam Alster", "Flash90", "Flash90", ("Miriam Alster",), 3.0),
    ("Flash90/Yonatan Sindel", "Flash90", "Flash90", ("Yonatan Sindel",), 2.0),
)
CAMERAS = (
    ("Canon", "Canon EOS 5D Mark III"),
    ("Canon", "Canon EOS-1D X"),
    ("Canon", "Canon EOS 5D Mark IV"),
    ("NIKON CORPORATION", "NIKON D4"),
    ("NIKON CORPORATION", "NIKON D5"),
    ("SONY", "ILCE-9"),
    (None, None),
)
KEYWORDS = (
    *(t.removeprefix("the ") for t in TOPICS),
    *FIELDS,
    *(c[0] for c in COUNTRIES),
    "diplomacy",
    "state visit",
    "official visit",
    "bilateral meeting",
    "ceremony",
    "press",
    "credentials",
    "Knesset",
    "government",
    "security",
    "economy",
    "memorial",
    "award",
    "conference",
    "signing",
    "agreement",
    "reception",
    "tour",
    "speech",
    "delegation",
)

# Hebrew and Russian forms used in Hebrew/Russian releases and transliterated aliases.
HE_CITY = {
    "Jerusalem": "ירושלים",
    "Tel Aviv": "תל אביב",
    "Haifa": "חיפה",
    "Beersheba": "באר שבע",
    "Eilat": "אילת",
    "Nazareth": "נצרת",
    "Moscow": "מוסקבה",
    "Washington": "וושינגטון",
    "Paris": "פריז",
    "Berlin": "ברלין",
    "London": "לונדון",
    "Rome": "רומא",
    "Athens": "אתונה",
    "Kyiv": "קייב",
    "Tokyo": "טוקיו",
    "Cairo": "קהיר",
    "Amman": "עמאן",
    "New York": "ניו יורק",
}
HE_TITLE = {
    "President": "הנשיא",
    "Prime Minister": "ראש הממשלה",
    "Foreign Minister": "שר החוץ",
    "Defense Minister": "שר הביטחון",
    "Finance Minister": "שר האוצר",
    "Deputy Foreign Minister": "סגן שר החוץ",
    "Ambassador": "השגריר",
    "Mayor": "ראש העיר",
    "Speaker of the Knesset": 'יו"ר הכנסת',
    "Chief of Staff": 'הרמטכ"ל',
    "Member of Knesset": 'ח"כ',
    "Deputy Mayor": "סגנית ראש העיר",
}
HE_CITIES = ("Jerusalem",) * 6 + ("Tel Aviv",) * 2 + tuple(HE_CITY)
HE_MONTHS = _words(
    """
    ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
    """
)
HE_SENTENCES = (
    "השניים שוחחו על שיתוף הפעולה בין המדינות בתחומי הכלכלה, החדשנות והביטחון.",
    "בפגישה השתתפו גם בכירים ממשרד החוץ ומלשכת העיתונות הממשלתית.",
    "בסיום הפגישה חתמו הצדדים על הסכם לשיתוף פעולה בתחום המים והחקלאות.",
    "האורח הודה על קבלת הפנים החמה והזמין את מארחו לביקור גומלין.",
    "הצדדים הביעו תקווה שהדיאלוג ביניהם יימשך בחודשים הקרובים.",
    "לאחר הפגישה סיירה המשלחת במוזיאון ישראל ובעיר העתיקה.",
    "בטקס נכחו חברי הסגל הדיפלומטי ואישי ציבור.",
)
HE_QUOTES = (
    "ישראל שואפת לשלום עם כל שכנותיה",
    "הידידות בין עמינו חזקה מתמיד",
    "החדשנות היא המפתח לעתידנו המשותף",
    "לא נאפשר לטרור להכתיב את חיינו",
)
RU_CITY = {
    # nominative, prepositional
    "Jerusalem": ("Иерусалим", "Иерусалиме"),
    "Tel Aviv": ("Тель-Авив", "Тель-Авиве"),
    "Haifa": ("Хайфа", "Хайфе"),
    "Moscow": ("Москва", "Москве"),
    "Washington": ("Вашингтон", "Вашингтоне"),
    "Paris": ("Париж", "Париже"),
    "Berlin": ("Берлин", "Берлине"),
    "London": ("Лондон", "Лондоне"),
    "Kyiv": ("Киев", "Киеве"),
    "Sochi": ("Сочи", "Сочи"),
    "St. Petersburg": ("Санкт-Петербург", "Санкт-Петербурге"),
}
RU_CITIES = ("Moscow", "Jerusalem") * 3 + tuple(RU_CITY)
RU_TITLE = {
    "President": "Президент",
    "Prime Minister": "Премьер-министр",
    "Foreign Minister": "Министр иностранных дел",
    "Defense Minister": "Министр обороны",
    "Finance Minister": "Министр финансов",
    "Ambassador": "Посол",
    "Ambassador to Israel": "Посол в Израиле",
    "Mayor": "Мэр",
    "Speaker of the Knesset": "Спикер Кнессета",
}
RU_MONTHS = _words(
    """
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    """
)
RU_SENTENCES = (
    "Стороны обсудили сотрудничество в области экономики, инноваций и безопасности.",
    "Во встрече также приняли участие послы двух стран.",
    "По итогам переговоров было подписано соглашение о сотрудничестве в области науки.",
    "Гость поблагодарил за тёплый приём и пригласил коллегу посетить его страну.",
    "Стороны выразили надежду на продолжение диалога в ближайшие месяцы.",
    "После встречи делегация посетила Музей Израиля и Старый город.",
)
RU_QUOTES = (
    "Израиль стремится к миру со всеми соседями",
    "Дружба между нашими народами крепка как никогда",
    "Инновации — ключ к нашему общему будущему",
)

_HE_LETTERS = {
    "sh": "ש",
    "ch": "ח",
    "kh": "ח",
    "tz": "צ",
    "ts": "צ",
    "zh": "ז'",
    "th": "ת",
    "ph": "פ",
    "b": "ב",
    "v": "ב",
    "g": "ג",
    "d": "ד",
    "h": "ה",
    "w": "ו",
    "z": "ז",
    "t": "ט",
    "y": "י",
    "k": "ק",
    "c": "ק",
    "l": "ל",
    "m": "מ",
    "n": "נ",
    "s": "ס",
    "f": "פ",
    "p": "פ",
    "q": "ק",
    "r": "ר",
    "x": "קס",
    "j": "ג'",
    "i": "י",
    "o": "ו",
    "u": "ו",
    "a": "",
    "e": "",
}
_HE_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}
_RU_LETTERS = {
    "shch": "щ",
    "sh": "ш",
    "ch": "ч",
    "kh": "х",
    "zh": "ж",
    "ts": "ц",
    "tz": "ц",
    "ya": "я",
    "yu": "ю",
    "yo": "ё",
    "ph": "ф",
    "th": "т",
    "a": "а",
    "b": "б",
    "v": "в",
    "g": "г",
    "d": "д",
    "e": "е",
    "z": "з",
    "i": "и",
    "y": "й",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "f": "ф",
    "h": "х",
    "c": "к",
    "w": "в",
    "x": "кс",
    "j": "дж",
    "q": "к",
}
_HE_FIXED = {
    "Peres": "פרס",
    "Netanyahu": "נתניהו",
    "Rabin": "רבין",
    "Barak": "ברק",
    "Sharon": "שרון",
    "Rivlin": "ריבלין",
    "Lieberman": "ליברמן",
    "Livni": "לבני",
    "Putin": "פוטין",
    "Lavrov": "לברוב",
    "Obama": "אובמה",
    "Merkel": "מרקל",
    "Shimon": "שמעון",
    "Benjamin": "בנימין",
    "Reuven": "ראובן",
    "Avigdor": "אביגדור",
    "Tzipi": "ציפי",
    "Ehud": "אהוד",
    "Vladimir": "ולדימיר",
    "Sergey": "סרגיי",
    "Ilana": "אילנה",
    "Vishnevetsky": "וישנבצקי",
    "Moshe": "משה",
    "David": "דוד",
    "Yitzhak": "יצחק",
    "Cohen": "כהן",
    "Levi": "לוי",
    "Katz": "כץ",
}
_RU_FIXED = {
    "Peres": "Перес",
    "Netanyahu": "Нетаньяху",
    "Putin": "Путин",
    "Lavrov": "Лавров",
    "Vladimir": "Владимир",
    "Sergey": "Сергей",
    "Shimon": "Шимон",
    "Benjamin": "Биньямин",
    "Ilana": "Илана",
    "Vishnevetsky": "Вишневецкий",
    "Obama": "Обама",
    "Merkel": "Меркель",
}


def _translit(word: str, table: dict[str, str], longest: int) -> str:
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        for n in range(longest, 0, -1):
            piece = table.get(low[i : i + n])
            if piece is not None:
                out.append(piece)
                i += n
                break
        else:
            if low[i].isalpha():
                out.append(low[i])
            i += 1
    return "".join(out)


def to_hebrew(name: str) -> str:
    """A rough Hebrew spelling of a Latin-script name (fixed spellings for known names)."""
    words = []
    for word in name.replace("-", " ").split():
        fixed = _HE_FIXED.get(word)
        if fixed is None:
            first = "א" if word[0].lower() in "aeiou" else ""
            fixed = first + _translit(word, _HE_LETTERS, 2)
            if fixed and fixed[-1] in _HE_FINAL:
                fixed = fixed[:-1] + _HE_FINAL[fixed[-1]]
        words.append(fixed or word)
    return " ".join(words)


def to_russian(name: str) -> str:
    """A rough Cyrillic spelling of a Latin-script name (fixed spellings for known names)."""
    words = []
    for word in name.split():
        fixed = _RU_FIXED.get(word)
        if fixed is None:
            fixed = _translit(word, _RU_LETTERS, 4).capitalize()
        words.append(fixed)
    return " ".join(words)


def fold(text: str) -> str:
    """The case- and diacritics-folded matching key of a name."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# ----------------------------------------------------------------------------- generator


@dataclass(eq=False)
class Person:
    """A synthetic person: name, title and country, and whether the title says "Minister"."""

    id: int
    first: str
    last: str
    title: str
    country: int
    minister: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def styled(self, full: bool) -> str:
        """How a release names them: "Russian Foreign Minister Sergey Lavrov" or
        "President Peres"."""
        adj = COUNTRIES[self.country][1]
        who = self.name if full else self.last
        return f"{adj} {self.title} {who}" if adj else f"{self.title} {who}"


class Synth:
    """Generates a whole catalogue deterministically from ``seed``.

    Call :meth:`static_rows` once (keywords and people), then iterate :meth:`chunks`, which
    yields one dict of table → rows per ``batch`` releases (with their photos, slots,
    participants, persons shown and keywords). Photo ids are assigned in release order: each
    release "owns" a contiguous range of ``photos / releases`` photos (the event's shots);
    most of its slots show its own photos, a few reuse an older photo or have none yet.
    """

    def __init__(self, *, seed: int, photos: int, releases: int, people: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_photos = photos
        self.n_releases = releases
        self.n_people = max(people, len(FAMOUS) + 10)
        self.people: list[Person] = []
        # (holds a minister title, is Israeli) -> people, the famous first
        self.pools: dict[tuple[bool, bool], list[Person]] = {
            (m, il): [] for m in (False, True) for il in (False, True)
        }
        self.plain_pool: list[Person] = []
        self.rare: Person | None = None
        self.keyword_texts = list(dict.fromkeys(KEYWORDS))
        self.keyword_ids = list(range(1, len(self.keyword_texts) + 1))
        self.rare_releases = {
            min(releases - 1, int(f * releases)) for f in RARE_RELEASE_FRACTIONS if releases
        }
        self._credits = PHOTOGRAPHER_CREDITS
        self._credit_cum = list(itertools.accumulate(c[4] for c in PHOTOGRAPHER_CREDITS))
        self._slot_id = 0
        self._participation_id = 0
        self._alias_id = 0
        self._title_id = 0

    # -- helpers -------------------------------------------------------------------------

    def _uid(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def _pick(self, pool: Sequence[Person], skew: float = 2.2) -> Person:
        """A person from ``pool``, the first ones (the famous) much more often."""
        rng = self.rng
        if rng.random() < 0.25:  # the head of state, the prime minister, ...
            return pool[int(min(len(pool), 6) * rng.random())]
        return pool[int(len(pool) * rng.random() ** skew)]

    @staticmethod
    def _when(release_index: int, total: int) -> dt.datetime:
        return EPOCH + dt.timedelta(seconds=SPAN_SECONDS * release_index / max(total, 1))

    # -- people and keywords -------------------------------------------------------------

    def static_rows(self) -> dict[str, list[Row]]:
        """Keyword, person, person_alias and person_title rows."""
        rng = self.rng
        out: dict[str, list[Row]] = {t: [] for t in ("keyword", "person", "person_alias")}
        out["person_title"] = []
        out["keyword"] = [(i + 1, k) for i, k in enumerate(self.keyword_texts)]
        country_index = {c[0]: i for i, c in enumerate(COUNTRIES)}
        names = {
            "il": (IL_FIRST, IL_LAST),
            "ru": (RU_FIRST, RU_LAST),
            "intl": (INTL_FIRST, INTL_LAST),
        }
        for pid in range(1, self.n_people + 1):
            if pid <= len(FAMOUS):
                first, last, title, country_name, famous_minister = FAMOUS[pid - 1]
                person = Person(
                    pid, first, last, title, country_index[country_name], famous_minister
                )
            elif pid == self.n_people:
                person = Person(pid, RARE_FIRST, RARE_LAST, RARE_TITLE, 0, False)
                self.rare = person
            else:
                country = 0 if rng.random() < 0.5 else rng.randrange(1, len(COUNTRIES))
                first_names, last_names = names[COUNTRIES[country][3]]
                minister = rng.random() < 0.3
                title = rng.choice(MINISTER_TITLES if minister else OTHER_TITLES)
                person = Person(
                    pid, rng.choice(first_names), rng.choice(last_names), title, country, minister
                )
            self.people.append(person)
            if person is not self.rare:
                self.pools[person.minister, person.country == 0].append(person)
                if not person.minister:
                    self.plain_pool.append(person)
            self._person_rows(person, out)
        return out

    def _person_rows(self, p: Person, out: dict[str, list[Row]]) -> None:
        rng = self.rng
        created = EPOCH + dt.timedelta(seconds=rng.random() * SPAN_SECONDS * 0.9)
        stamp = created.isoformat(" ", "microseconds")
        notes = None
        if rng.random() < 0.1:
            notes = f"{p.title}, {COUNTRIES[p.country][0]}; seen in press releases since {created.year}."
        out["person"].append(
            (p.id, self._uid(), p.name, f"{p.last}, {p.first}", notes, stamp, stamp, 1)
        )
        group = COUNTRIES[p.country][3]
        aliases = [(p.name, "name"), (p.last, "alias"), (f"{p.first[0]}. {p.last}", "alias")]
        if rng.random() < 0.5 or p is self.rare:
            aliases.append((f"{p.title} {p.last}", "alias"))
        if group == "il" and (rng.random() < 0.8 or p.id <= len(FAMOUS)):
            aliases.append((to_hebrew(p.name), "transliteration"))
            if rng.random() < 0.5:
                aliases.append((to_hebrew(p.last), "transliteration"))
        if group == "ru" or rng.random() < 0.12 or p is self.rare:
            aliases.append((to_russian(p.name), "transliteration"))
        seen: set[str] = set()
        for alias, kind in aliases:
            key = fold(alias)
            if key in seen:
                continue
            seen.add(key)
            self._alias_id += 1
            out["person_alias"].append((self._alias_id, p.id, alias, key, kind))
        first_seen = created.date()
        last_seen = first_seen + dt.timedelta(days=rng.randrange(0, 3000))
        self._title_id += 1
        out["person_title"].append(
            (self._title_id, p.id, p.title, first_seen.isoformat(), last_seen.isoformat())
        )

    # -- releases and photos -------------------------------------------------------------

    def chunks(self, batch: int) -> Iterator[dict[str, list[Row]]]:
        """Rows of ``batch`` releases at a time (and their photos and links)."""
        if not self.people:
            raise RuntimeError("call static_rows() first")
        out = self._empty()
        for r in range(self.n_releases):
            self._release(r, out)
            if (r + 1) % batch == 0:
                yield out
                out = self._empty()
        # Photos left over when the release count does not divide evenly.
        if any(out.values()):
            yield out

    @staticmethod
    def _empty() -> dict[str, list[Row]]:
        return {t: [] for t in COLUMNS if t not in ("keyword", "person", "person_alias")}

    def _cast(self, minister: bool) -> list[Person]:
        """The people of one release: host (mostly Israeli), guest (mostly foreign), others.

        In a "minister release" the host or the guest holds a minister title; otherwise
        nobody in it does.
        """
        rng = self.rng
        host_minister = minister and rng.random() < 0.7
        guest_minister = minister and (not host_minister or rng.random() < 0.3)
        host_israeli = rng.random() < 0.8
        guest_israeli = host_israeli if rng.random() < 0.2 else not host_israeli
        host = self._pick(self.pools[host_minister, host_israeli])
        guest = self._pick(self.pools[guest_minister, guest_israeli])
        cast = [host]
        if guest is not host:
            cast.append(guest)
        others = self.people[:-1] if minister else self.plain_pool
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
            other = self._pick(others, 1.5)
            if other not in cast:
                cast.append(other)
        return cast

    def _release(self, r: int, out: dict[str, list[Row]]) -> None:
        rng = self.rng
        rid = r + 1
        created = self._when(r, self.n_releases) + dt.timedelta(
            seconds=rng.random() * SPAN_SECONDS / max(self.n_releases, 1) * 0.5
        )
        event = (created - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))).date()
        rare = r in self.rare_releases and self.rare is not None
        lang_roll = 1.0 if rare else rng.random()
        language = (
            "he"
            if lang_roll < HEBREW_SHARE
            else "ru"
            if lang_roll < HEBREW_SHARE + RUSSIAN_SHARE
            else "en"
        )
        minister = language == "en" and rng.random() < MINISTER_SHARE
        cast = self._cast(minister)
        guest = cast[1] if len(cast) > 1 else cast[0]
        if guest.country != 0:
            city = COUNTRIES[guest.country][2] if rng.random() < 0.3 else rng.choice(ISRAELI_CITIES)
        else:
            city = rng.choice(ISRAELI_CITIES) if rng.random() < 0.9 else rng.choice(OTHER_CITIES)
        if language == "he":
            city = rng.choice(HE_CITIES)
        elif language == "ru":
            city = rng.choice(RU_CITIES)
        if rare:
            assert self.rare is not None
            cast.append(self.rare)
        if language == "he":
            text = self._hebrew_release(cast, city, event)
        elif language == "ru":
            text = self._russian_release(cast, city, event)
        else:
            text = self._english_release(cast, city, event, minister, rare)
        headline, subheadline, summary, body = text
        issuer = rng.choice(ISSUERS_MINISTER if minister and rng.random() < 0.5 else ISSUERS_PLAIN)
        slug = "-".join(headline.lower().split()[:6])
        source_url = (
            f"https://www.gov.il/en/departments/news/{slug}-{rid}"
            if rng.random() < 0.5
            else f"http://mfa.gov.il/MFA/PressRoom/{event.year}/Pages/{rid}.aspx"
        )
        stamp = created.isoformat(" ", "microseconds")
        updated = stamp
        if rng.random() < 0.2:
            updated = (created + dt.timedelta(hours=rng.randrange(1, 2000))).isoformat(
                " ", "microseconds"
            )
        sha = hashlib.sha256(f"release:{self.seed}:{rid}".encode()).hexdigest()
        out["release"].append(
            (
                rid,
                self._uid(),
                headline,
                subheadline,
                summary,
                body,
                issuer,
                event.isoformat(),
                city,
                language,
                source_url,
                "draft",
                sha,
                stamp,
                updated,
                1,
            )
        )
        for pos, person in enumerate(cast):
            self._participation_id += 1
            role = "participant" if pos < 2 or rng.random() < 0.5 else "mentioned"
            out["participation"].append(
                (self._participation_id, rid, person.id, person.title, role, pos, person.name)
            )
        for pos, kid in enumerate(rng.sample(self.keyword_ids, rng.choice((0, 1, 2, 3, 3, 4, 5)))):
            out["release_keyword"].append((rid, kid, pos))
        self._photos(r, rid, cast, city, event, created, language, rare, headline, out)

    def _english_release(
        self, cast: list[Person], city: str, event: dt.date, minister: bool, rare: bool
    ) -> tuple[str, str | None, str | None, str]:
        rng = self.rng
        host, guest = cast[0], cast[1] if len(cast) > 1 else cast[0]
        h, g = host.styled(False), guest.styled(False)
        hf, gf = host.styled(True), guest.styled(True)
        topic, topic2 = rng.sample(TOPICS, 2)
        field1, field2 = rng.sample(FIELDS, 2)
        venue, ev = rng.choice(VENUES), rng.choice(EVENTS)
        kind = rng.randrange(8)
        if kind == 0:
            headline = f"{h} meets {g} in {city}"
        elif kind == 1:
            headline = f"{h} hosts {gf}"
        elif kind == 2:
            headline = f"{h} addresses {ev}"
        elif kind == 3:
            headline = f"{h} and {g} sign agreement on {field1}"
        elif kind == 4:
            headline = f"Statement by {hf} on {topic}"
        elif kind == 5:
            headline = f"{h} visits {venue}"
        elif kind == 6:
            headline = f"{h}'s remarks at {ev}"
        else:
            headline = f"{h} receives credentials of new ambassadors"
        subheadline = f"{h} met with {gf} in {city}" if rng.random() < 0.7 else None
        summary = f"They discussed {topic} and {topic2}." if rng.random() < 0.8 else None
        day = f"{event.day} {MONTHS[event.month - 1]}"
        paras = []
        if minister and rng.random() < 0.5:
            paras.append(f"(Communicated by the {rng.choice(ISSUERS_MINISTER)})")
        else:
            paras.append(f"(Communicated by the {rng.choice(ISSUERS_PLAIN)})")
        paras.append(
            f"Today ({day}) {hf} met with {gf} at {venue} in {city}. "
            f"The two discussed {topic} and {topic2}, and agreed to expand cooperation in "
            f"{field1} and {field2}."
        )
        for _ in range(rng.randrange(1, 4)):
            speaker = rng.choice(cast[:2])
            paras.append(
                f'{speaker.styled(False)} said: "{rng.choice(QUOTES).capitalize()}. '
                f'{rng.choice(QUOTES).capitalize()}." {rng.choice(FILLERS)}'
            )
        others = cast[2:]
        if others:
            named = ", ".join(p.styled(True) for p in others)
            paras.append(f"Also present at the meeting were {named}.")
        paras.append(" ".join(rng.sample(FILLERS, rng.randrange(1, 4))))
        if rng.random() < 0.4:
            paras.append(
                f"Later in the day, {h} attended {ev} and toured {rng.choice(VENUES)} "
                f"together with {g}. {rng.choice(FILLERS)}"
            )
        if rare and self.rare is not None:
            paras.append(f"{RARE_TITLE} {self.rare.name} joined the delegation in {city}.")
        return headline, subheadline, summary, "\n\n".join(paras)

    def _hebrew_release(
        self, cast: list[Person], city: str, event: dt.date
    ) -> tuple[str, str | None, str | None, str]:
        rng = self.rng
        host, guest = cast[0], cast[1] if len(cast) > 1 else cast[0]
        he_city = HE_CITY.get(city, "ירושלים")
        h = f"{HE_TITLE.get(host.title, '')} {to_hebrew(host.name)}".strip()
        g = f"{HE_TITLE.get(guest.title, '')} {to_hebrew(guest.name)}".strip()
        headline = f"{h} נפגש עם {g} ב{he_city}"
        subheadline = f"{he_city}: {h} קיבל את פניו של {g}" if rng.random() < 0.6 else None
        summary = rng.choice(HE_SENTENCES)
        date = f"{event.day} ב{HE_MONTHS[event.month - 1]} {event.year}"
        paras = [
            "(נמסר על ידי לשכת העיתונות הממשלתית)",
            f"{he_city}, {date}. {h} נפגש היום עם {g}. {rng.choice(HE_SENTENCES)}",
            f'{h} אמר: "{rng.choice(HE_QUOTES)}." {rng.choice(HE_SENTENCES)}',
            " ".join(rng.sample(HE_SENTENCES, 2)),
        ]
        if len(cast) > 2:
            paras.append("בפגישה נכחו גם " + ", ".join(to_hebrew(p.name) for p in cast[2:]) + ".")
        return headline, subheadline, summary, "\n\n".join(paras)

    def _russian_release(
        self, cast: list[Person], city: str, event: dt.date
    ) -> tuple[str, str | None, str | None, str]:
        rng = self.rng
        host, guest = cast[0], cast[1] if len(cast) > 1 else cast[0]
        nom, prep = RU_CITY.get(city, RU_CITY["Moscow"])
        h = f"{RU_TITLE.get(host.title, '')} {to_russian(host.name)}".strip()
        g = f"{RU_TITLE.get(guest.title, '')} {to_russian(guest.name)}".strip()
        headline = f"{h} встретился с {g} в {prep}"
        subheadline = None
        summary = rng.choice(RU_SENTENCES)
        date = f"{event.day} {RU_MONTHS[event.month - 1]} {event.year}"
        paras = [
            f"{nom}, {date}. {h} провёл встречу с {g}. {rng.choice(RU_SENTENCES)}",
            f"«{rng.choice(RU_QUOTES)}», — заявил {h}. {rng.choice(RU_SENTENCES)}",
            " ".join(rng.sample(RU_SENTENCES, 2)),
        ]
        return headline, subheadline, summary, "\n\n".join(paras)

    def _caption(
        self, cast: list[Person], city: str, event: dt.date, language: str
    ) -> tuple[str, str | None, list[Person]]:
        """A photo caption, its headline, and the people shown (left to right)."""
        rng = self.rng
        host, guest = cast[0], cast[1] if len(cast) > 1 else cast[0]
        if language == "he" and rng.random() < 0.5:
            he_city = HE_CITY.get(city, "ירושלים")
            h = f"{HE_TITLE.get(host.title, '')} {to_hebrew(host.name)}".strip()
            g = f"{HE_TITLE.get(guest.title, '')} {to_hebrew(guest.name)}".strip()
            return f"{h} ו{g} במהלך פגישתם. {he_city}, {event.year}", None, [host, guest]
        if language == "ru" and rng.random() < 0.5:
            _nom, prep = RU_CITY.get(city, RU_CITY["Moscow"])
            h = f"{RU_TITLE.get(host.title, '')} {to_russian(host.name)}".strip()
            g = f"{RU_TITLE.get(guest.title, '')} {to_russian(guest.name)}".strip()
            return f"{h} и {g} во время встречи в {prep}", None, [host, guest]
        h, g = host.styled(False), guest.styled(False)
        hf, gf = host.styled(True), guest.styled(True)
        kind = rng.randrange(9)
        shown = [host, guest]
        if kind == 0:
            caption = f"{hf} meets with {gf} in {city}"
        elif kind == 1:
            caption = f"{h} and {g} at {rng.choice(VENUES)}"
        elif kind == 2:
            caption = f"{hf} speaks at {rng.choice(EVENTS)}"
            shown = [host]
        elif kind == 3:
            caption = f"{h} shakes hands with {gf}"
        elif kind == 4:
            caption = f"{gf} signs the guest book at {rng.choice(VENUES)} as {h} looks on"
            shown = [guest, host]
        elif kind == 5:
            caption = f"{h} with {g} during their meeting in {city}"
        elif kind == 6:
            caption = f"{hf} lays a wreath at {rng.choice(MEMORIALS)}"
            shown = [host]
        elif kind == 7:
            caption = f"{h} and {g} at a joint press conference in {city}"
        else:
            others = cast[2:4]
            caption = f"{h}, {g}" + "".join(f" and {p.styled(True)}" for p in others)
            caption += f" in {city}"
            shown = [host, guest, *others]
        if rng.random() < 0.4:
            caption += f", {event.day} {MONTHS[event.month - 1]} {event.year}"
        if rng.random() < 0.3:
            caption += ". " + rng.choice(FILLERS)
        headline = None
        roll = rng.random()
        if roll < 0.4:
            headline = f"{host.last} meets {guest.last}" if guest is not host else host.last
        elif roll < 0.6:
            headline = f"{host.title} {host.last} in {city}"
        return caption, headline, shown

    def _photos(
        self,
        r: int,
        rid: int,
        cast: list[Person],
        city: str,
        event: dt.date,
        created: dt.datetime,
        language: str,
        rare: bool,
        release_headline: str,
        out: dict[str, list[Row]],
    ) -> None:
        rng = self.rng
        first = r * self.n_photos // self.n_releases + 1
        last = (r + 1) * self.n_photos // self.n_releases  # inclusive
        own = list(range(first, last + 1))
        credit = rng.choices(self._credits, cum_weights=self._credit_cum)[0]
        cam_make, cam_model = rng.choice(CAMERAS)
        release_uid = out["release"][-1][1]
        for n, pid in enumerate(own):
            if rng.random() < 0.15:  # another photographer at the same event
                credit = rng.choices(self._credits, cum_weights=self._credit_cum)[0]
            caption, headline, shown = self._caption(cast, city, event, language)
            if rare and n == 0 and self.rare is not None:
                caption = f"{caption}, with {RARE_TITLE} {self.rare.name}"
                shown = [*shown, self.rare]
            shown = list(dict.fromkeys(shown))  # left to right, each person once
            taken = dt.datetime.combine(event, dt.time(8)) + dt.timedelta(
                seconds=rng.randrange(0, 36000)
            )
            p_created = created + dt.timedelta(seconds=n + rng.random())
            stamp = p_created.isoformat(" ", "microseconds")
            keywords = rng.sample(self.keyword_ids, rng.choice((0, 0, 1, 1, 2, 3, 4)))
            width, height = rng.choice(((5760, 3840), (3840, 5760), (4928, 3264), (2048, 1365)))
            credit_text, copyright_, source, creators = credit[0], credit[1], credit[2], credit[3]
            embedded = {
                "caption": caption,
                "headline": headline,
                "credit": credit_text if rng.random() < 0.9 else "Government Press Office",
                "copyright": copyright_,
                "creator": list(creators),
                "source": source,
                "persons_shown": [p.name for p in shown],
                "keywords": [self.keyword_texts[k - 1] for k in keywords],
                "date_taken": taken.isoformat(),
                "camera_make": cam_make,
                "camera_model": cam_model,
                "caption_writer": None,
                "job_id": None if rng.random() < 0.7 else str(uuid.UUID(release_uid)),
            }
            prefix = "GPO" if credit_text.startswith("GPO") else "IMG"
            out["photo"].append(
                (
                    pid,
                    self._uid(),
                    hashlib.sha256(f"photo:{self.seed}:{pid}".encode()).hexdigest(),
                    f"{prefix}_{event:%Y%m%d}_{pid % 10000:04d}.jpg",
                    "JPEG",
                    width,
                    height,
                    rng.randrange(900_000, 14_000_000),
                    taken.isoformat(),
                    cam_make,
                    cam_model,
                    caption,
                    headline,
                    credit_text,
                    copyright_,
                    json.dumps(list(creators), ensure_ascii=False),
                    source,
                    json.dumps(embedded, ensure_ascii=False),
                    stamp,
                    stamp,
                    1,
                )
            )
            for pos, person in enumerate(shown):
                out["person_shown"].append((pid, person.id, pos))
            for pos, kid in enumerate(keywords):
                out["photo_keyword"].append((pid, kid, pos))
        # Slots: 0..8 per release, most showing the release's own photos.
        n_slots = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8))
        for pos in range(n_slots):
            roll = rng.random()
            photo_id: int | None
            if pos < len(own) and roll < 0.88:
                photo_id = own[pos]
                caption = out["photo"][-len(own) + pos][11]
            elif roll < 0.94 and first > 1:
                photo_id = rng.randrange(1, first)  # a file photo from an earlier event
                caption = f"File photo: {release_headline}"
            else:
                photo_id = None  # the archivist has not attached the file yet
                caption = release_headline
            self._slot_id += 1
            out["photo_slot"].append(
                (
                    self._slot_id,
                    rid,
                    pos,
                    caption,
                    rng.choice(("GPO", "Photo: GPO", "GPO/Amos Ben Gershom", "Israel MFA")),
                    "GPO",
                    photo_id,
                )
            )
