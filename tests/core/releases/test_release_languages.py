"""Hebrew and Russian releases, and the language-independent layout rules: made-up texts in
the shape of the genre (never copied from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.lang import he, looks_like_name, ru

HEBREW = """דלג לתוכן
דף הבית | חדשות | הודעות לעיתונות
שרת החוץ נפגשה עם נשיא פינלנד
יום רביעי, 12 במרץ 2014 09:15
(נמסר מלשכת שרת החוץ)
שרת החוץ דנה לוי נפגשה היום (יום רביעי, 12 במרץ 2014) בחיפה עם נשיא פינלנד מיקו סאלו. בפגישה השתתף גם שגריר ישראל בפינלנד אבי כהן.
השרה לוי ציינה את פגישתה הקודמת עם הקנצלרית אנגלה שמידט.
שרת החוץ לוי ונשיא פינלנד סאלו (צילום: יוסי מזרחי, לע"מ)
"""

RUSSIAN = """Главная Новости Политика Экономика
Министр иностранных дел Израиля провёл переговоры в Хельсинки
Обновлено: 13.03.2014 10:20
(Сообщение пресс-службы Министерства иностранных дел)
Во вторник, 12 марта 2014 года, министр иностранных дел Израиля Давид Леви встретился в Хельсинки с Президентом Финляндии Микко Сало. Во встрече принял участие посол Израиля в Финляндии Авраам Коган.
Ранее Леви беседовал с канцлером Германии Анной Шмидт.
Фото: Иван Петров/ТАСС
"""


def test_hebrew_release_yields_issuer_date_place_people_and_credit() -> None:
    r = parse_release_text(HEBREW)
    assert r.language == "he"
    assert r.headline == "שרת החוץ נפגשה עם נשיא פינלנד"
    assert r.subheadline is None  # the time stamp is not a title
    assert r.issuer == "לשכת שרת החוץ"
    assert r.event_date == dt.date(2014, 3, 12)
    assert r.place == "חיפה"  # "בחיפה" without its prefix
    assert "(נמסר" not in r.body
    people = {p.name: (p.title, p.role) for p in r.participants}
    assert people["דנה לוי"] == ("שרת החוץ", "participant")
    assert people["מיקו סאלו"] == ("נשיא פינלנד", "participant")
    assert people["אבי כהן"] == ("שגריר ישראל בפינלנד", "participant")
    assert people["אנגלה שמידט"][1] == "mentioned"  # an earlier meeting
    assert [(s.caption, s.credit) for s in r.photos] == [
        ("שרת החוץ לוי ונשיא פינלנד סאלו", 'יוסי מזרחי/לע"מ')
    ]


def test_russian_release_is_read_in_the_nominative() -> None:
    r = parse_release_text(RUSSIAN)
    assert r.language == "ru"
    assert r.headline == "Министр иностранных дел Израиля провёл переговоры в Хельсинки"
    assert r.issuer == "пресс-служба Министерства иностранных дел"
    assert r.event_date == dt.date(2014, 3, 12)  # not the "updated" stamp
    assert r.place == "Хельсинки"
    people = {p.name: (p.title, p.role) for p in r.participants}
    assert people["Давид Леви"] == ("министр иностранных дел Израиля", "participant")
    assert people["Микко Сало"] == ("Президент Финляндии", "participant")
    assert people["Авраам Коган"] == ("посол Израиля в Финляндии", "participant")
    assert people["Анна Шмидт"] == ("канцлер Германии", "mentioned")
    assert not any("Новости" in name or "Политика" in name for name in people)
    assert [(s.caption, s.credit) for s in r.photos] == [(None, "Иван Петров/ТАСС")]


def test_hebrew_prefixes_are_stripped_only_to_known_words() -> None:
    assert he.strip_prefix("בירושלים", lambda w: w == "ירושלים") == "ירושלים"
    assert he.strip_prefix("ולנשיא", lambda w: w == "נשיא") == "נשיא"
    # a name beginning with a prefix letter is not cut when the whole word is known
    assert he.strip_prefix("משה", lambda w: w in {"משה", "שה"}) == "משה"
    people = he.find_people(["ולשר החוץ משה ברק נמסר כי הביקור יתקיים."])
    assert [(p.name, p.title) for p in people] == [("משה ברק", "שר החוץ")]


def test_hebrew_issuer_lines() -> None:
    assert he.issuer_of("(נמסר מלשכת ראש הממשלה)") == "לשכת ראש הממשלה"
    assert he.issuer_of("(נמסר מדוברות בית הנשיא)") == "דוברות בית הנשיא"
    assert he.issuer_of('דוברות צה"ל') == 'דוברות צה"ל'
    assert he.issuer_of("ראש הממשלה נפגש היום עם השגריר.") is None


def test_russian_issuer_and_titles_in_the_nominative() -> None:
    assert ru.issuer_of("(Сообщение пресс-службы Президента)") == "пресс-служба Президента"
    assert ru.nominative("Москве", "Loc", "Geox") == "Москва"
    people = ru.find_people(
        ["Президент Израиля Ицхак Герцог встретился с Премьер-министром Японии Таро Ямадой."]
    )
    names = {p.name: p.title for p in people}
    assert names["Ицхак Герцог"] == "Президент Израиля"  # the genitive country is the title's


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Shimon Peres", True),
        ("Herzog Hosts", False),
        ("Home News", False),
        ("B. Netanyahu", True),
        ("Новости Политика Экономика", False),
        ("Владимир Путин", True),
        ("ראש הממשלה", False),
        ("בנימין נתניהו", True),
        # everyday words with no name among them (common-word lists, tools/build_wordlists)
        ("Useful Links", False),
        ("Event Notices", False),
        ("Mad-Logic Internet Solutions", False),
        ("Barack Obama", True),
        ("Ban Ki-moon", True),
        ("Condoleezza Rice", True),
        ("פגישה מדינית", False),
        ("ראלף פטר קינג", True),  # foreign names frequent in Hebrew text stay names
        ("Израиля Ицхак Герцог", False),  # a genitive country glued to a name
        ("Ицхак Герцог", True),
        ("Израиль Кац", True),
        ("О.А.Коновалов", True),
        ("Bin Laden", True),  # a name particle  # initials glued to the surname
        ("Benjamin (Benny) Gantz", True),  # a nickname in parentheses
        ("ראובן (רובי) ריבלין", True),
        ("ששוחח", False),  # ש + a verb: a prefix left on
        ("ודן", False),  # ו + Dan
        ("משה", True),  # a first name that starts like a prefix
    ],
)
def test_only_strings_that_look_like_names_are_people(name: str, ok: bool) -> None:
    assert looks_like_name(name) is ok


def test_navigation_bylines_file_names_and_datelines_are_never_the_headline() -> None:
    text = """Skip to main content
Home | About | News | Contact
Press Room
IMG_2041.jpg DSC_0013.JPG
By Ruth Adler
Haifa, 3 May 2001
Mayor opens the new harbour museum in Haifa
(Communicated by the Mayor's Office)
Mayor Tomas Berg opened the harbour museum in Haifa today, 3 May 2001.
"""
    r = parse_release_text(text)
    assert r.headline == "Mayor opens the new harbour museum in Haifa"
    assert r.event_date == dt.date(2001, 5, 3)
    assert [p.name for p in r.participants] == ["Tomas Berg"]


def test_an_update_stamp_is_the_date_only_when_nothing_else_is() -> None:
    with_date = "Minister visits school\n\nUpdated: 30.06.2015 14:02\n\nThe minister visited a school on 28 June 2015.\n"
    stamp_only = "Minister visits school\n\nUpdated: 30.06.2015 14:02\n\nThe minister visited a school today.\n"
    assert parse_release_text(with_date).event_date == dt.date(2015, 6, 28)
    assert parse_release_text(stamp_only).event_date == dt.date(2015, 6, 30)
    assert parse_release_text(stamp_only).confidence["event_date"] < 0.5


def test_english_names_keep_verbs_and_honorifics_out_and_initials_resolve() -> None:
    text = """President Adler Hosts Chilean President Rosa Vidal

President Daniel Adler and First Lady Miriam Adler hosted Chilean President Rosa Vidal in her Haifa office on 4 April 2016. Vidal was accompanied by Ambassador Jorge Ruiz.
Later, D. Adler said he had conveyed a message from Prime Minister Leah Stern.
"""
    r = parse_release_text(text)
    names = {p.name: p for p in r.participants}
    assert "Adler Hosts" not in " ".join(names)
    assert names["Daniel Adler"].role == "participant"
    assert "D. Adler" not in names  # the initial is Daniel Adler
    assert names["Miriam Adler"].title == "First Lady"
    assert names["Jorge Ruiz"].role == "participant"  # accompanied by: a delegation member
    assert names["Leah Stern"].role == "mentioned"  # a message sent, not a participant
    assert r.place == "Haifa"


def test_place_in_the_body_only_and_venue_patterns() -> None:
    body_only = "Foreign Minister visits\n\nThe minister held talks. Later she flew to Paris for a dinner.\n"
    assert parse_release_text(body_only).place == "Paris"
    venue = "Speaker meets students\n\nThe Speaker met students at the Knesset today.\n"
    assert parse_release_text(venue).place == "Knesset"


def test_numeric_dates_are_day_first_unless_the_day_cannot_be_a_month() -> None:
    from pressdesk.core.releases.dates import iter_dates

    assert [f.date for f in iter_dates("נערך ב-4.7.2016")] == [dt.date(2016, 7, 4)]
    assert [f.date for f in iter_dates("held on 7/28/2013")] == [dt.date(2013, 7, 28)]
    assert [f.date for f in iter_dates("5 мая 2017 года")] == [dt.date(2017, 5, 5)]


def test_russian_news_page_byline_and_agency_credit() -> None:
    text = """Главная / Новости / В мире
Премьер встретился с министром в Хайфе
3 февраля 2019, 11:20
Автор: Ольга Смирнова
Фото: РИА Новости
Премьер-министр Израиля Давид Коэн в среду принял в Хайфе министра иностранных дел Норвегии Эрика Ларсена.
Ларсен передал Коэну послание от президента Норвегии Ханса Ольсена.
"""
    r = parse_release_text(text)
    assert [(s.caption, s.credit) for s in r.photos] == [(None, "РИА Новости")]
    people = {p.name: (p.title, p.role) for p in r.participants}
    assert "Ольга Смирнова" not in people  # a journalist's byline
    assert people["Эрик Ларсен"] == ("министр иностранных дел Норвегии", "participant")
    assert people["Ханс Ольсен"] == ("президент Норвегии", "mentioned")


def test_hebrew_news_page_byline_compound_first_name_and_spouse() -> None:
    text = """חדשות | פוליטי | ביטחוני
הנשיא אירח את נשיא אוסטריה
מאת: רונית לוי
10:05 07.11.2021
נשיא המדינה משה ברק אירח היום בבית הנשיא בירושלים את נשיא אוסטריה קרל-היינץ מאייר ורעייתו.
"""
    r = parse_release_text(text)
    assert r.headline == "הנשיא אירח את נשיא אוסטריה" and r.subheadline is None
    assert r.event_date == dt.date(2021, 11, 7)  # only the stamp gives a full date
    people = {p.name: p.title for p in r.participants}
    assert people == {"משה ברק": "נשיא המדינה", "קרל-היינץ מאייר": "נשיא אוסטריה"}


def test_one_name_has_one_skeleton_in_three_scripts() -> None:
    from pressdesk.core.releases.translit import name_skeleton, skeleton

    assert skeleton("Rivlin") == skeleton("ריבלין") == skeleton("Ривлин")
    assert skeleton("Nechama") == skeleton("נחמה") == skeleton("Нехама")  # final ה a vowel
    assert name_skeleton("Barack Obama") == name_skeleton("Барак Обама")
    assert name_skeleton("Barack Obama") != name_skeleton("Barack Abrams")
