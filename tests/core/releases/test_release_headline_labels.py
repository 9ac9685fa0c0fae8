"""News pages above their title: a site's name, a section path, a kicker, skip links and
print-view links, a desk's byline, a question as the title. Made-up pages in the genre."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.clutter import is_clutter


def headline(text: str) -> str | None:
    return parse_release_text(dedent(text).lstrip("\n")).headline


HE_BODY = "ראש העירייה דנה לוי קיבלה היום את משלחת המורים מחיפה בבניין העירייה ושוחחה איתם על החינוך בעיר."
EN_BODY = "Mayor Lena Hartmann met the visiting teachers from Graz in the city hall today and spoke about schools."

CASES = {
    "he_site_and_kicker": (
        f"חדשות העמק\nבעקבות הביקור\n\nראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה\n\n{HE_BODY}",
        "ראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה",
    ),
    "he_site_and_four_word_kicker": (
        f"חדשות העמק\nביקור ראשון של המורים\n\nראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה | תיעוד\n\n{HE_BODY}",
        "ראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה | תיעוד",
    ),
    "he_glued_section_path": (
        f"חדשותמקומי / עירוני\n\nראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה\n\n{HE_BODY}",
        "ראש העירייה אירחה את משלחת המורים מחיפה בבניין העירייה",
    ),
    "he_glued_skip_link": (
        f"אזור ראשי בעמודדלג על אזור ראשי בעמוד\n\nביקור המורים\n\n{HE_BODY}",
        "ביקור המורים",
    ),
    "he_question_title": (
        f"ערוץ 9\nפרסומת\n\nמה אמרה ראש העירייה למורים מחיפה?\n\n{HE_BODY}",
        "מה אמרה ראש העירייה למורים מחיפה?",
    ),
    "en_wix_anchors": (
        f"top of page\n\nMayor Hosts Teachers from Graz\n\n{EN_BODY}\n\nbottom of page",
        "Mayor Hosts Teachers from Graz",
    ),
    "en_print_view": (
        f"Courier.com« Back to articlePrint this article\n\nMayor hosts teachers from Graz\n\n{EN_BODY}",
        "Mayor hosts teachers from Graz",
    ),
    "en_desk_byline_no_title": (f"N.C. Report\n\n{EN_BODY}", None),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_title_under_a_news_sites_furniture(case: str) -> None:
    text, expected = CASES[case]
    assert headline(text) == expected


def test_a_short_title_set_apart_from_the_sites_label_stays() -> None:
    text = f"Courier\n\nMayor in Graz\n\nThe mayor hosts teachers from Graz in the old city hall\n\n{EN_BODY}"
    assert headline(text) == "Mayor in Graz"


@pytest.mark.parametrize(
    "line",
    [
        "photo_2021-03-04_10-11-12|photo_2021-03-04_10-11-40 (2)|photo_2021-03-04_10-12-05",
        "Staff Report",
        "News Desk",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize("line", ["Annual Report on Trade", "The mayor did not skip the visit."])
def test_not_furniture(line: str) -> None:
    assert not is_clutter(line)
