"""Page furniture around a release's title and date: breadcrumbs, gallery file rows, stamps
with a poster's name, a dateline's city on its own line, long genre titles, a title below the
office line, and "yesterday" in the lead. Made-up pages in the shape of the genre."""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.clutter import is_breadcrumb, is_clutter, is_file_row, is_stamp


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_release_text(dedent(text).lstrip("\n"))


@pytest.mark.parametrize(
    "line",
    [
        "Daily Courier > World > Minister Varga meets Austrian counterpart in Vienna",
        "Home » Press Room » Statements",
        "Главная › Новости › Политика",
        "ראשי > חדשות > מדיני",
        "News > Minister Varga opens the Danube bridge",
        "Home / News / Minister Varga opens the Danube bridge",
        "Главная | Новости | Министр открыл мост",
    ],
)
def test_breadcrumb_trails_are_clutter(line: str) -> None:
    assert is_breadcrumb(line)
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Prices > wages, the minister says",
        "The minister said growth > 3% was in reach",
        "«Нафтогаз» » заявил министр",
        "Photo: Dan Levi / GPO / Flash90",
        "Vienna / Graz / Linz: mayors meet",
    ],
)
def test_one_comparison_sign_in_a_sentence_is_no_breadcrumb(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "IMG-20190301-WA0012|IMG-20190301-WA0013",
        "DSC_0042.jpg, DSC_0043.jpg",
        "P1010123 P1010124 P1010125",
    ],
)
def test_a_row_of_gallery_file_names_is_clutter(line: str) -> None:
    assert is_file_row(line)
    assert is_clutter(line)


def test_a_title_line_is_no_file_row() -> None:
    assert not is_file_row("Minister opens IMG gallery 2019")


@pytest.mark.parametrize(
    "line",
    ["14-03-2019, 08:45. Posted: admin", "03.05.2018 12:10 | editor", "21/11/2017 19:02"],
)
def test_a_numeric_date_and_time_with_a_posters_name_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


def test_breadcrumb_above_the_repeated_title_leaves_the_title() -> None:
    found = parse(
        """
        Baltic Wire > Politics > Foreign ministers of Latvia and Chile meet in Riga

        Foreign ministers of Latvia and Chile meet in Riga

        14-03-2019, 08:45. Posted: editor

        Latvian Foreign Minister Anna Ozola received her Chilean counterpart Pablo Rojas in Riga on Thursday. They discussed trade.
        """
    )
    assert found.headline == "Foreign ministers of Latvia and Chile meet in Riga"
    assert found.subheadline is None


def test_gallery_file_names_above_the_article_are_no_title() -> None:
    found = parse(
        """
        IMG-20190301-WA0012|IMG-20190301-WA0013

        Mayor Dana Levi opened the new library in Haifa on Sunday. Hundreds of pupils came.
        """
    )
    assert found.headline is None


@pytest.mark.parametrize(
    ("city", "date", "iso"),
    [
        ("Geneva", "4 March 2015", "2015-03-04"),
        ("Nairobi", "July 9, 2016", "2016-07-09"),
        ("Brussels", "Tuesday, 3 May 2011", "2011-05-03"),
    ],
)
def test_a_city_line_over_a_date_line_is_the_dateline_not_the_title(
    city: str, date: str, iso: str
) -> None:
    found = parse(
        f"""
        {city}

        {date}

        Readout of the Director-General's meeting with the Minister of Health of Kenya

        The Director-General met the Minister of Health. They discussed vaccines.
        """
    )
    assert found.headline == (
        "Readout of the Director-General's meeting with the Minister of Health of Kenya"
    )
    assert found.place == city
    assert found.event_date == dt.date.fromisoformat(iso)


def test_a_word_over_a_date_line_that_is_no_city_stays_a_title() -> None:
    found = parse(
        """
        Ministers agree

        4 March 2015

        The ministers agreed on a new treaty in a meeting that lasted all night.
        """
    )
    assert found.headline == "Ministers agree"


def test_a_long_title_opened_by_a_genre_label_is_still_the_title() -> None:
    title = (
        "Readout of the Secretary-General's meeting with H.E. Mr. Tomas Berg, Minister for "
        "Foreign Affairs and Trade of the Kingdom of Norway, on the margins of the annual "
        "session of the General Assembly"
    )
    found = parse(
        f"""
        {title}

        The Secretary-General met with H.E. Mr. Tomas Berg, Minister for Foreign Affairs of Norway. They discussed the Arctic.
        """
    )
    assert len(title.split()) > 25
    assert found.headline == title


def test_a_long_unlabelled_line_is_still_no_title() -> None:
    found = parse(
        """
        The minister of agriculture and the visiting delegation of farmers from the northern provinces walked through the fields of the experimental station near the river for most of the day

        They spoke about water. They also spoke about seeds.
        """
    )
    assert found.headline is None


def test_the_title_below_the_office_line_when_nothing_above_it_is_a_title() -> None:
    found = parse(
        """
        This page is an archive. It is no longer updated and some links may not work.

        Search form

        Office of the Press Secretary

        For Immediate Release

        Statement by the Press Secretary on the Visit of President Adeyemi of Nigeria

        The President will welcome President Adeyemi of Nigeria to the White House next week. They will discuss trade.
        """
    )
    assert found.headline == (
        "Statement by the Press Secretary on the Visit of President Adeyemi of Nigeria"
    )
    assert found.issuer == "Office of the Press Secretary"


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("In a telephone call yesterday, the Director-General thanked Minister Ito.", "2013-02-18"),
        ("The Director-General and Minister Ito spoke by telephone yesterday.", "2013-02-18"),
        ("The Director-General met Minister Ito today. Yesterday she was in Rome.", "2013-02-19"),
        ("The Director-General met Minister Ito this morning.", "2013-02-19"),
    ],
)
def test_yesterday_in_the_lead_sentence_is_the_day_before_the_dateline(lead: str, iso: str) -> None:
    found = parse(
        f"""
        Readout of the Director-General's call with Foreign Minister Ito

        Geneva, 19 February 2013

        {lead}

        They discussed health. Readouts on 19 February 2013
        """
    )
    assert found.event_date == dt.date.fromisoformat(iso)


def test_yesterday_does_not_move_a_date_the_body_states() -> None:
    found = parse(
        """
        Minister Ito visits Geneva

        Geneva, 19 February 2013

        Minister Ito arrived yesterday. On 17 February 2013 she met the Director-General.
        """
    )
    assert found.event_date == dt.date(2013, 2, 17)


@pytest.mark.parametrize(
    "line",
    ["Search form", "Search this site", "חיפוש באתר", "חיפוש באינדקס עסקים", "Поиск по сайту"],
)
def test_a_search_boxs_label_is_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line", ["Search for survivors goes on in the mountains", "חיפוש אחר הנעדרים נמשך בהרים"]
)
def test_a_title_about_a_search_is_no_clutter(line: str) -> None:
    assert not is_clutter(line)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "ביקור השר בחיפה\n\nחיפה, 19 בפברואר 2013\n\nהשר דן לוי ביקר אתמול בנמל חיפה ונפגש עם העובדים.",
            "2013-02-18",
        ),
        (
            "Визит министра в Казань\n\nКазань, 19 февраля 2013 года\n\nМинистр Иван Петров вчера посетил завод в Казани.",
            "2013-02-18",
        ),
    ],
)
def test_yesterday_in_hebrew_and_russian_leads(text: str, iso: str) -> None:
    assert parse_release_text(text).event_date == dt.date.fromisoformat(iso)


def test_a_stamps_short_date_is_the_events_date_when_the_text_says_today() -> None:
    found = parse(
        """
        השר נפגש עם שגריר צ'ילה
        מאת: דנה לוי | פורסם: 14.03.19 , 09:15
        שר החוץ דן לוי נפגש היום בירושלים עם שגריר צ'ילה. השניים שוחחו על הסחר.
        """
    )
    assert found.event_date == dt.date(2019, 3, 14)


def test_a_stamps_short_date_without_today_is_no_event_date() -> None:
    found = parse(
        """
        Minister meets Chilean ambassador
        Posted: 14.03.19, 09:15
        Foreign Minister Dan Levi met the Chilean ambassador. They discussed trade.
        """
    )
    assert found.event_date is None


@pytest.mark.parametrize(
    "line",
    [
        'מבזקים - יום רביעי 14.03.2018 / כ"ז אדר התשע"ח',
        'יום שלישי, 24 בינואר 2017, כ"ו בטבת התשע"ז',
    ],
)
def test_a_date_banner_with_the_hebrew_year_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


def test_a_news_flash_title_under_its_stamp_at_the_page_end() -> None:
    found = parse(
        """
        שר החוץ דן לוי נפגש היום בחיפה עם שגריר צ'ילה. השניים שוחחו על הסחר ועל התיירות.
        מבזקים - יום רביעי 14.03.2018 / כ"ז אדר התשע"ח
        09:15
        שר החוץ נפגש עם שגריר צ'ילה
        רון כהן
        """
    )
    assert found.headline == "שר החוץ נפגש עם שגריר צ'ילה"


def test_a_paragraph_after_a_time_line_is_no_title() -> None:
    found = parse(
        """
        The minister met the ambassador in Haifa today. They discussed trade.
        09:15
        Later the minister visited the port and spoke with the workers about the new pier.
        """
    )
    assert found.headline is None


@pytest.mark.parametrize(
    ("standfirst", "title", "prose"),
    [
        (
            'The mayor\'s office said that "this is the first step towards a new partnership"',
            "Mayor sends envoy to talks in Graz",
            "The mayor of Vienna sent an envoy to Graz on Monday. The talks are about trains.",
        ),
        (
            'בלשכת ראש העירייה נמסר כי "מדובר בצעד ראשון לשיתוף פעולה בין הערים"',
            "ראש העירייה שלח נציג לשיחות בגראץ",
            "ראש העירייה שלח היום נציג לשיחות בגראץ. השיחות עוסקות ברכבות.",
        ),
    ],
)
def test_a_standfirst_printed_above_the_title(standfirst: str, title: str, prose: str) -> None:
    found = parse_release_text(f"{standfirst}\n{title}\n{prose}\n")
    assert found.headline == title


def test_a_first_paragraph_with_its_stop_leaves_no_title_below() -> None:
    found = parse_release_text(
        "The mayor of Vienna sent an envoy to Graz on Monday to discuss the trains.\n"
        "The talks in Graz\n"
        "They lasted two days and ended with an agreement on timetables.\n"
    )
    assert found.headline is None


@pytest.mark.parametrize(
    ("heading", "other_story"),
    [
        ("Related News", "Senator Mark Oduya opens a school in Kisumu"),
        ("Read also:", "Minister Ilse Brandt visits the port of Hamburg"),
        ("Читайте также:", "Министр Ольга Смирнова посетила Казань"),
        ("כתבות נוספות", "השר אבי כהן ביקר בנמל אשדוד"),
    ],
)
def test_a_related_stories_list_ends_the_article(heading: str, other_story: str) -> None:
    found = parse_release_text(
        "Mayor meets teachers\n\n"
        "Mayor Lena Hartmann met the teachers of Graz today in Vienna. They spoke about schools.\n"
        f"{heading}\n{other_story}\n"
    )
    assert other_story not in found.body
    assert "Lena Hartmann" in found.body
    names = " ".join(p.name for p in found.participants)
    assert all(w not in names for w in ("Oduya", "Brandt", "Смирнова", "כהן"))


def test_a_sentence_about_related_news_is_no_heading() -> None:
    found = parse_release_text(
        "Mayor meets teachers\n\n"
        "Mayor Lena Hartmann met the teachers of Graz today in Vienna.\n"
        "Related news about the schools will follow next week, the office said.\n"
        "Minister Ilse Brandt joined them later.\n"
    )
    assert "Ilse Brandt" in found.body
