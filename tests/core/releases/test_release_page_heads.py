"""The head and foot of a release page, as fresh pages print them: section labels a breadcrumb
names, news-section labels, archive date parts and view counters, stamps with abbreviated or
year-first dates and unrendered template fields, a site's banner of today's date and its
weather widget, logos, "Title | Site", closing issuer lines ("Issued by ...", "Distributed by
... on behalf of ..."), end marks and contact lines, and Russian issuer lines with no office.
Made-up pages in the shape of the genre."""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.clutter import is_clutter, is_stamp
from pressdesk.core.releases.dates import is_date_line, iter_dates
from pressdesk.core.releases.lang import en, ru
from pressdesk.core.releases.photos import caption_parts, credit_line


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_release_text(dedent(text).lstrip("\n"))


def test_a_section_the_breadcrumb_names_is_not_the_title() -> None:
    r = parse(
        """
        Home > Media > Leaders at Work > March 2019 > Talks with the Premier of Tonga
        Leaders at Work
        Talks with the Premier of Tonga
        March 3, 2019

        Prime Minister Ilse Varga held talks with Premier Tevita Lolo at her office in Vienna.
        """
    )
    assert r.headline == "Talks with the Premier of Tonga"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Главные новости Казани", "Министр Петров встретился с послом Венгрии"),
        ("Top News Today", "Minister Varga meets the ambassador of Chile"),
        ("חדשות היום", "שר החוץ נפגש עם שגריר צ'ילה בירושלים"),
    ],
)
def test_a_news_section_label_over_the_title_is_not_the_title(label: str, title: str) -> None:
    r = parse(
        f"{label}\nКазань\nИюль\n2023\n\n{title}\n\n0\n\nA sentence of the body follows here.\n"
    )
    assert r.headline == title


@pytest.mark.parametrize("line", ["372", "2024", "1,204", "Июль", "July", "Четверг", "Thursday"])
def test_counters_and_archive_date_parts_are_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize("line", ["Marsh", "Monday talks", "Sunday Times", "The Thursday meeting"])
def test_words_like_date_parts_are_not(line: str) -> None:
    assert not is_clutter(line)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("12 сентября ‘23", dt.date(2023, 9, 12)),
        ("Oct. 4 '19", dt.date(2019, 10, 4)),
        ("Окт. 4, 2019", dt.date(2019, 10, 4)),
        ("4 нояб. 2019", dt.date(2019, 11, 4)),
    ],
)
def test_abbreviated_months_and_apostrophe_years(line: str, day: dt.date) -> None:
    assert [f.date for f in iter_dates(line)] == [day]
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    ["2019-3-7 09:41 |", "09:41 Окт. 4, 2019", "Monday, 4 March 2019 09:41 - -", "2019/3/7 9:41"],
)
def test_stamps_with_year_first_or_abbreviated_dates(line: str) -> None:
    assert is_stamp(line)


def test_a_stamp_above_the_title_is_not_the_title() -> None:
    r = parse(
        """
        2019-3-7 09:41 |
        Посол Чили прибыл в Казань
        Посол Чили Хуан Перес прибыл в Казань, где встретится с министром Петровым.
        """
    )
    assert r.headline == "Посол Чили прибыл в Казань"


def test_template_fields_left_unrendered_are_dropped() -> None:
    r = parse(
        """
        Monday, 4 March 2019 09:41 - - {{counter.values.views}}
        Minister Varga meets the ambassador of Chile
        Minister Ilse Varga met the ambassador of Chile, Juan Perez, this week.
        """
    )
    assert r.headline == "Minister Varga meets the ambassador of Chile"


def test_the_sites_date_of_today_is_not_the_event_date() -> None:
    r = parse(
        """
        Tuesday Nov 12, 2024
        Monday, 4 March 2019 09:41
        Ambassador Juan Perez of Chile called on Minister Ilse Varga at the Ministry this week.
        """
    )
    assert r.event_date is None


def test_a_weather_widget_and_the_sites_date_are_not_the_head() -> None:
    r = parse(
        """
        24.5 C
        City of Suva
        Monday, November 11, 2024
        spot_img

        Minister Varga receives the envoy of Chile

        Minister Ilse Varga recently received the envoy of Chile, Juan Perez.
        """
    )
    assert r.headline == "Minister Varga receives the envoy of Chile"
    assert r.event_date is None


@pytest.mark.parametrize("line", ["Daily Courier Logo", "Логотип Вестей", "לוגו חדשות הערב"])
def test_logos_are_clutter(line: str) -> None:
    assert is_clutter(line)


def test_a_browser_title_loses_the_site_name_printed_after_it() -> None:
    r = parse(
        """
        Gallery: Minister Varga in Chile | Daily Courier

        World

        Gallery: Minister Varga in Chile

        Minister Ilse Varga arrived in Santiago on a state visit on Monday.
        """
    )
    assert r.headline == "Gallery: Minister Varga in Chile"


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Issued by the Press Unit of the Ministry of Foreign Affairs and Trade", "Press Unit of the Ministry of Foreign Affairs and Trade"),
        ("Distributed by Wire Group on behalf of The Presidency, Republic of Tonga.", "Presidency, Republic of Tonga"),
    ],
)  # fmt: skip
def test_closing_issuer_lines(line: str, office: str) -> None:
    assert en.issuer_of(line) == office


def test_a_sentence_opening_with_released_by_is_no_issuer_line() -> None:
    assert en.issuer_of("Released by the ministry, the statement said talks went well.") is None


@pytest.mark.parametrize("line", ["Сообщение отправлено", "Источник и фото - lenta.ru"])
def test_russian_issuer_words_with_no_office_after_them(line: str) -> None:
    assert ru.issuer_of(line) is None


def test_a_russian_issuer_line_still_names_its_office() -> None:
    assert ru.issuer_of("(Сообщение пресс-службы Министерства)") == "пресс-служба Министерства"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Источник фото: lenta.ru", "lenta.ru"),
        ("Источник и фото - lenta.ru", "lenta.ru"),
        ("Фото — Иван Петров / ТАСС", "Иван Петров / ТАСС"),
        ("Photo – AFP", "AFP"),
    ],
)
def test_photo_source_labels_and_a_dash_after_the_label(line: str, credit: str) -> None:
    parts = credit_line(line)
    assert parts is not None and parts.credit == credit


def test_a_run_in_credit_after_a_dash() -> None:
    parts = caption_parts("Министр Петров и посол Перес в Казани. Фото — Иван Петров / ТАСС")
    assert parts.caption == "Министр Петров и посол Перес в Казани."
    assert parts.credit == "Иван Петров / ТАСС"


def test_the_body_ends_at_the_end_mark_and_contact_lines_are_clutter() -> None:
    r = parse(
        """
        Minister Varga meets envoys of Chile and Peru

        Minister Ilse Varga met the ambassadors of Chile and Peru today in Vienna.

        ENDS

        Ministry of Foreign Affairs, Ring Building, Vienna | Tel Number: 0043 123-4567
        """
    )
    assert "Tel Number" not in r.body
    assert not any(p.name.startswith("Tel") for p in r.participants)
    assert is_clutter("Foreign Ministry, Vienna | Phone: +43 1 234 5678")
    assert not is_clutter("The phone call lasted an hour: 45 minutes on trade.")


def test_a_russian_phone_call_happens_nowhere() -> None:
    r = parse(
        """
        КАЗАНЬ, 1 апр - Вести. Министр Иван Петров провел телефонный разговор с послом Чили.
        """
    )
    assert r.place is None


def test_a_caption_credit_glued_to_the_next_paragraph_after_a_space() -> None:
    r = parse(
        """
        Minister Varga met the envoys of Chile and Peru on Monday in Vienna, her office said.

        Minister Ilse Varga greets Ambassador Juan Perez, Monday, March 4, 2019 (Credit: ANNA KOVACS/GPO) The talks were held at the Ministry in the morning.

        Varga said she hoped to visit Santiago next year.
        """
    )
    assert [(p.caption, p.credit) for p in r.photos] == [
        (
            "Minister Ilse Varga greets Ambassador Juan Perez, Monday, March 4, 2019",
            "ANNA KOVACS/GPO",
        )
    ]


def test_a_uk_agency_credit_in_brackets() -> None:
    parts = caption_parts("Minister Varga arrives at the palace (Anna Kovacs/PA)")
    assert (parts.caption, parts.credit) == (
        "Minister Varga arrives at the palace",
        "Anna Kovacs/PA",
    )


def test_an_acronym_spelt_out_before_its_bracket_is_no_credit() -> None:
    parts = caption_parts("He chairs the Danube River Commission (DRC)")
    assert parts.credit is None


@pytest.mark.parametrize(
    "line", ["Facebook Instagram Twitter Youtube", "תפריט כתבה", "Article menu"]
)
def test_social_rows_and_menu_buttons_are_clutter(line: str) -> None:
    assert is_clutter(line)


def test_a_tag_row_printed_twice_is_clutter() -> None:
    row = "Иван Петров Казань Россия Чили Переговоры"
    assert is_clutter(f"{row} политика {row}")
    assert not is_clutter("Petrov met Perez and then Petrov met the press")


def test_a_russian_line_closed_by_a_stop_is_no_title() -> None:
    r = parse(
        """

        REUTERS
        Об этом сообщает Вести.
        Министры обсуждали ситуацию в регионе без членов делегаций за закрытыми дверями.
        """
    )
    assert r.headline is None


def test_a_credit_with_an_illustrative_note() -> None:
    parts = credit_line("Фото: Kazan.ru / носит иллюстративный характер")
    assert parts is not None
    from pressdesk.core.releases.photos import normalise_credit

    assert normalise_credit(parts.credit) == "Kazan.ru"


def test_other_stories_titles_and_comments_end_the_article() -> None:
    r = parse(
        """
        Minister Varga meets the envoy of Chile

        Minister Ilse Varga met the ambassador of Chile, Juan Perez, in Vienna today.

        Farmers celebrate the harvest in Lower Austria
        Snow closes the Brenner pass for a day
        Jonas Brandt wins the city marathon
        """
    )
    assert not any(p.name == "Jonas Brandt" for p in r.participants)
    r = parse(
        """
        Министр Петров встретился с послом Чили

        Министр Иван Петров встретился с послом Чили Хуаном Пересом в Казани.
        Комментарии (0)
        Анна Смирнова
        Отличная новость для всех нас.
        """
    )
    assert not any(p.name == "Анна Смирнова" for p in r.participants)


def test_a_related_heading_glued_to_the_first_title_ends_the_article() -> None:
    r = parse(
        """
        Министр Петров встретился с послом Чили

        Министр Иван Петров встретился с послом Чили Хуаном Пересом в Казани.
        Читайте такжеАнна Смирнова посетила Казань
        """
    )
    assert not any(p.name == "Анна Смирнова" for p in r.participants)


def test_a_feeds_agency_name_after_the_bracketed_credit() -> None:
    parts = caption_parts(
        "Minister Varga waves as she boards her plane in Vienna, Monday, March 4, 2019. "
        "(AP Photo/Anna Kovacs) ASSOCIATED PRESS"
    )
    assert parts.credit == "Anna Kovacs/AP"
    assert parts.caption is not None and parts.caption.endswith("March 4, 2019.")


def test_a_one_word_line_is_never_the_title() -> None:
    r = parse(
        """
        General

        Minister Ilse Varga held a meeting with the ambassador of Chile on Thursday in Vienna.
        """
    )
    assert r.headline is None


def test_a_wire_dateline_with_the_country_in_square_brackets() -> None:
    r = parse(
        """
        Graz [Austria], March 7 (ANI): Minister Ilse Varga on Tuesday called on Juan Perez.
        """
    )
    assert r.place == "Graz"


def test_another_storys_title_run_into_the_article_is_clutter() -> None:
    assert is_clutter("Also Read | Jonas Brandt Wins the City Marathon in Record Time.")
    assert is_clutter("Читайте также: Анна Смирнова посетила Казань")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("made on 4 – 5 November 2014 an official visit", dt.date(2014, 11, 4)),
        ("a visit on May 4-5, 2014 to Chile", dt.date(2014, 5, 4)),
    ],
)
def test_a_day_range_gives_its_first_day(text: str, day: dt.date) -> None:
    assert [f.date for f in iter_dates(text)] == [day]


def test_a_feeds_relative_time_makes_a_stamp() -> None:
    assert is_stamp("Anna Kovacs (@annak) 4 minutes ago Thu 7th March 2019 | 01:50 AM")


def test_a_dateline_date_is_not_the_event_on_another_weekday() -> None:
    r = parse(
        """
        Ministers discuss trade

        VIENNA (Daily Wire - 7th March, 2019) Minister Ilse Varga and her Chilean counterpart discussed trade in a phone call on Wednesday, the ministry said.
        """
    )
    assert r.event_date is None  # 7 March 2019 was a Thursday


def test_a_section_word_or_a_foreign_label_glued_to_the_title() -> None:
    r = parse(
        """
        Minister Varga visits the Danube port News

        The minister arrived on Monday.Minister Varga visits the Danube port
        """
    )
    assert r.headline == "Minister Varga visits the Danube port"
    r = parse(
        "英语新闻:Minister Varga visits Chile\nVIENNA, March 7 -- Minister Ilse Varga left for Chile.\n"
    )
    assert r.headline == "Minister Varga visits Chile"


def test_month_first_when_the_text_writes_a_date_only_month_first() -> None:
    days = [f.date for f in iter_dates("Posted 3/5/2013. The visit of 7/28/2013 was later.")]
    assert days == [dt.date(2013, 3, 5), dt.date(2013, 7, 28)]
    assert [f.date for f in iter_dates("On 3/5/2013.")] == [dt.date(2013, 5, 3)]


def test_a_drop_cap_printed_on_its_own_line() -> None:
    r = parse(
        """
        Minister Varga receives the President of Chile

        G

        RAZ, March 7 (Wire): Minister Ilse Varga on Tuesday received President Juan Perez.
        """
    )
    assert r.place == "Graz"


def test_a_source_line_is_never_the_title() -> None:
    r = parse(
        """
        Minister Ilse Varga received President Juan Perez of Chile at the airport today.
        The two ministers held talks on trade and climate at the palace.
        Distributed by Wire Group on behalf of The Presidency, Republic of Tonga.
        Source: Wire-Opa
        """
    )
    assert r.headline is None
    assert r.issuer == "Presidency, Republic of Tonga"


def test_a_one_sentence_title_above_the_wire_dateline() -> None:
    r = parse(
        """
        Envoys of six countries to present credentials to President Perez.

        7/3 Wire 2

        SANTIAGO, March 7 (Wire) — The envoys of six countries will present their credentials to President Juan Perez on Thursday, the palace said.
        """
    )
    assert r.headline == "Envoys of six countries to present credentials to President Perez."


@pytest.mark.parametrize(
    "line", ["חיפה 17°c", "Graz 21°C", "לכל המבזקים ←", "All news →", "Read more »"]
)
def test_weather_rows_with_their_city_and_arrow_links_are_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize("line", ["The «Northern Stream» deal", "«Северный поток»"])
def test_quoted_names_are_not_arrow_links(line: str) -> None:
    assert not is_clutter(line)


def test_a_weather_header_and_a_section_with_a_plus_are_not_the_title() -> None:
    r = parse(
        """
        מבזקים +
        חיפה 17°c
        אילת 24°c
        כ"ב חשון התשפ"ה | 23.11.2024
        X
        לכל המבזקים ←

        השר נפגש עם שגריר צ'ילה בירושלים

        השר נפגש כעת עם שגריר צ'ילה חואן פרס בלשכתו בירושלים.
        """
    )
    assert r.headline == "השר נפגש עם שגריר צ'ילה בירושלים"
    assert r.event_date is None  # the site's banner of today, beside its weather
