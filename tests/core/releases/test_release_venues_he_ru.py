"""Named venues in Hebrew and Russian, in their base form, on made-up texts of the genre."""

from __future__ import annotations

import pytest

from pressdesk.core.releases.lang import he, ru


def _ru(*body: str, headline: str | None = None) -> str | None:
    return ru.find_place(headline=headline, subheadline=None, summary=None, body=list(body))[0]


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("Церемония состоится в Георгиевском зале Большого Кремлевского дворца.",
         "Георгиевский зал Большого Кремлевского дворца"),
        ("Переговоры прошли в Большом Кремлевском дворце.", "Большой Кремлевский дворец"),
        ("Министра встретили в аэропорту имени Шереметьева.", "аэропорт имени Шереметьева"),
        ("Прием прошел в Зимнем дворце.", "Зимний дворец"),
    ],
)  # fmt: skip
def test_russian_named_venue_is_put_into_the_nominative(sentence: str, venue: str) -> None:
    assert _ru(sentence) == venue


def test_russian_unnamed_hall_or_a_countrys_airport_is_no_venue() -> None:
    assert _ru("Встреча прошла в зале для переговоров.") is None
    assert _ru("Гостей встретили в аэропорту Италии.") is None


def test_russian_city_of_an_appointment_is_no_place() -> None:
    assert _ru("Министр встретился с назначенным в Москву послом Чили Хуаном Пересом.") is None


def test_russian_post_before_a_verb_does_not_hide_the_place() -> None:
    body = "Вручение грамот, которым завершается аккредитация посла, пройдет в Зимнем дворце."
    assert _ru(body) == "Зимний дворец"


def test_hebrew_building_named_after_a_city_is_a_venue_not_the_city() -> None:
    body = ["שר החוץ חתם על ההסכם שנערך בלנקסטר האוס לזכר המלך."]
    place, _ = he.find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "לנקסטר האוס"
    body = ["שר החוץ נפגש עם ראש העיר בלנקסטר ביום שני."]
    place, _ = he.find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "לנקסטר"


def test_hebrew_settlement_after_a_visit_word_is_the_place() -> None:
    captions = ["שר החינוך יואב כהן בביקורו בכפר תפוח. צילום: דנה לוי"]
    place, _ = he.find_place(
        headline="השר ביקר בבנימין", subheadline=None, summary=None, body=[], captions=captions
    )
    assert place == "כפר תפוח"
    captions = ["שר החינוך יואב כהן בביקורו בבית הספר. צילום: דנה לוי"]
    place, _ = he.find_place(
        headline=None, subheadline=None, summary=None, body=[], captions=captions
    )
    assert place is None


def test_russian_named_head_takes_its_lower_case_complement() -> None:
    assert _ru("Министр встретился с коллегой в Доме правительства.") == "Дом правительства"
    assert _ru("Встреча прошла во Дворце независимости.") == "Дворец независимости"
    assert _ru("Встреча прошла в доме.") is None


def _he(*body: str) -> str | None:
    return he.find_place(headline=None, subheadline=None, summary=None, body=list(body))[0]


def test_hebrew_building_noun_and_its_name_is_a_venue() -> None:
    assert _he("ראש הממשלה נפגש עם הנשיא במלון המלך דוד.") == "מלון המלך דוד"
    assert _he("הטקס נערך במוזיאון רוקפלר ביום שני.") == "מוזיאון רוקפלר"
    assert _he("בעת ביקורו בבריטניה נפגש השר עם המלך בארמון בקינגהאם.") == "ארמון בקינגהאם"
    assert _he("הנשיא נפגש עם נשיא גרמניה בארמון בלוויו בברלין.") == "ברלין"  # the city
