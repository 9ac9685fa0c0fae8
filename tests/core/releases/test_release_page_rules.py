"""Rules of the genre for page furniture, photo blocks and dates (made-up texts)."""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

from pressdesk.core.releases import ParsedSlot, parse_release_text
from pressdesk.core.releases.clutter import is_clutter
from pressdesk.core.releases.photos import credit_line, split_credit


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_release_text(dedent(text).lstrip("\n"))


def test_caption_printed_twice_with_the_credit_glued_on_is_one_photo_not_a_title() -> None:
    r = parse(
        """
        Mayor Hartmann and Governor Lind
        Mayor Hartmann and Governor LindHarbour Press

        Mayor Lena Hartmann on Monday received Governor Ola Lind at the harbour office.
        """
    )
    assert r.headline is None
    assert r.photos == (ParsedSlot("Mayor Hartmann and Governor Lind", "Harbour Press", None),)


def test_credit_line_opening_the_page_takes_the_line_below_as_caption() -> None:
    r = parse(
        """
        Photo Credit: Tom Berg / GPO
        Mayor Hartmann at the new quay

        Mayor Lena Hartmann opened the new quay in Bergen on Monday.
        """
    )
    assert r.headline is None
    assert r.photos == (ParsedSlot("Mayor Hartmann at the new quay", "Tom Berg/GPO", None),)


def test_caption_between_two_copies_of_its_credit_is_one_photo() -> None:
    r = parse(
        """
        Photo: AFP
        Hartmann in Oslo
        Photo: AFP

        Hartmann in Oslo: the quay is open

        Mayor Lena Hartmann opened the quay on Tuesday.
        """
    )
    assert r.headline == "Hartmann in Oslo: the quay is open"
    assert r.photos == (ParsedSlot("Hartmann in Oslo", "AFP", None),)


def test_unlabelled_and_trailing_slashed_credits() -> None:
    assert credit_line("Tom Berg/GPO") == credit_line("Tom Berg/GPO")
    parts = credit_line("Tom Berg/GPO")
    assert parts is not None and parts.credit == "Tom Berg/GPO"
    assert credit_line("Harbour and quay/ferry") is None
    assert split_credit("Mayor Hartmann at the quay Tom Berg/GPO") == (
        "Mayor Hartmann at the quay",
        "Tom Berg/GPO",
    )
    assert split_credit("The mayor at the quay. Photo by Tom Berg/GPO.") == (
        "The mayor at the quay.",
        "Tom Berg/GPO",
    )


def test_hebrew_credit_labels_brackets_and_a_credit_printed_twice() -> None:
    assert credit_line('קרדיט צילום: דנה לוי, לע"מ') is not None
    assert credit_line('(תצלום:דנה לוי/לע"מ)') is not None
    assert split_credit("הראש סוקר משמר כבוד [צילום: AP]") == ("הראש סוקר משמר כבוד", "AP")
    twice = credit_line('(צילום: דנה לוי/לע"מ) (צילום: דנה לוי/לע')
    assert twice is not None and twice.credit == 'דנה לוי/לע"מ'


def test_two_credit_only_photos_separated_by_a_blank_line_stay_two() -> None:
    r = parse(
        """
        Harbour day

        Mayor Lena Hartmann opened the quay in Bergen on Tuesday.

        (Photo: AP)
        (Photo: AP)

        (Photo: AP)
        (Photo: AP)

        The quay cost a great deal.
        """
    )
    assert [p.credit for p in r.photos] == ["AP", "AP"]


def test_page_furniture_is_never_the_title() -> None:
    for line in ("|", "x", "Share this article on WhatsApp:", "שתף קטע נבחר", "Поделиться:",
                 "Версия для слабовидящих Вернуться на обычную версию", "Tribune Staff ,",
                 "Все новости Мир Экономика Наука и Культура Спорт Фото"):  # fmt: skip
        assert is_clutter(line), line
    assert not is_clutter("Mayor opens the quay")
    r = parse(
        """
        |
        Channels
        Бергенр:
        Осло:

        Mayor opens the quay

        Mayor Lena Hartmann opened the quay in Bergen on Tuesday, 3 May 2016.
        """
    )
    assert r.headline == "Mayor opens the quay"


def test_a_date_printed_one_part_a_line_and_an_indented_page() -> None:
    r = parse(
        """
        Размер шрифта:
            к списку

            9
            июня
            2016

            Мэр открыл новую набережную

            Сегодня мэр открыл новую набережную в присутствии гостей из других городов.
        """
    )
    assert r.event_date == dt.date(2016, 6, 9)
    assert r.headline == "Мэр открыл новую набережную"


def test_a_line_that_ended_with_the_issuer_is_the_summary_not_the_title() -> None:
    r = parse(
        """
        Annual harbour talks held between the two cities (Communicated by the Harbour Office)
        Mayor Lena Hartmann met on 3 May 2016 in Bergen with Mayor Ola Lind.
        """
    )
    assert r.issuer == "Harbour Office"
    assert r.headline is None


def test_a_caption_dates_the_event_only_when_the_body_names_its_weekday() -> None:
    text = """
        Mayors meet

        Mayor Hartmann and Mayor Lind at the quay on 3 May 2016. Photo by Tom Berg/GPO.

        Mayor Lena Hartmann met Mayor Ola Lind on {day}.
        """
    assert parse(text.format(day="Tuesday")).event_date == dt.date(2016, 5, 3)
    assert parse(text.format(day="Friday")).event_date is None


def test_a_two_digit_year_is_read_only_after_a_day_word() -> None:
    assert parse("הראש אמר (יום ד', 3.5.16) בעת ביקורו בעיר.").event_date == dt.date(2016, 5, 3)
    assert (
        parse("Mayor Hartmann installed version 3.5.16 of the harbour software.").event_date is None
    )


def test_a_readout_attribution_and_an_office_line_are_issuers() -> None:
    r = parse(
        """
        Mayor Hartmann's Meeting with Governor Lind

        The below is attributable to Spokesperson Tom Berg:

        Mayor Lena Hartmann met with Governor Ola Lind today in Bergen.
        """
    )
    assert r.issuer == "Spokesperson Tom Berg"
    assert r.headline == "Mayor Hartmann's Meeting with Governor Lind"
    assert "Tom Berg" not in {p.name for p in r.participants}
    assert parse("Office of the Spokesperson\n\nMayor Hartmann met Governor Lind.").issuer == (
        "Office of the Spokesperson"
    )


def test_sister_sites_and_a_one_word_section_label_are_not_titles() -> None:
    assert is_clutter("Вести Спорт.ру ГородНН.ру")
    r = parse(
        """
        Политика

        Мэр открыл новую набережную

        Сегодня мэр открыл новую набережную в присутствии гостей из других городов.
        """
    )
    assert r.headline == "Мэр открыл новую набережную"


def test_agency_credits_in_parentheses_and_before_a_label_and_a_press_office_line() -> None:
    assert split_credit("Mayor Hartmann at the quay, May 3, 2016. (GPO)") == (
        "Mayor Hartmann at the quay, May 3, 2016.",
        "GPO",
    )
    r = parse(
        """
        Мэр на набережной

        Мэр и губернатор на набережной. Берген, 3 мая 2016 года
        GPO/Flash90. Фото: И.Петров
        Мэр и гости. Берген, 3 мая 2016 года
        Пресс-служба мэрии Бергена

        Мэр 3 мая открыл набережную в присутствии гостей из других городов.
        """
    )
    assert [(p.caption, p.credit) for p in r.photos] == [
        ("Мэр и губернатор на набережной. Берген, 3 мая 2016 года", "И.Петров/GPO/Flash90"),
        ("Мэр и гости. Берген, 3 мая 2016 года", "Пресс-служба мэрии Бергена"),
    ]
    # the captions' date: the body names its day and month
    assert r.event_date == dt.date(2016, 5, 3)


def test_a_gallery_of_blocks_with_one_caption_is_one_photo_a_block() -> None:
    r = parse(
        """
        Мэр на набережной

        Мэр на набережной
        Пресс-служба мэрии
        Мэр на набережной
        Пресс-служба мэрии

        Мэр открыл набережную в присутствии гостей из других городов.
        """
    )
    assert len(r.photos) == 2


def test_a_glued_photographer_starts_at_the_last_first_name() -> None:
    assert split_credit("The mayor with Governor Ola Lind Tom Berg/GPO") == (
        "The mayor with Governor Ola Lind",
        "Tom Berg/GPO",
    )
    assert split_credit("The mayor in his garden Amos Ben Gershom/GPO")[1] == "Amos Ben Gershom/GPO"
