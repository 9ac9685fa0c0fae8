"""Hebrew: what the parser gives as a person is what import would catalogue; a verb or an
adverb after a title is no name (made-up sentences)."""

from __future__ import annotations

from pressdesk.core.releases.lang import he


def names(*paragraphs: str) -> list[str]:
    return [p.name for p in he.find_people(list(paragraphs))]


def test_a_short_verb_after_a_title_is_not_a_person() -> None:
    found = names(
        "ראש העיר משה לוי ביקר היום בבית הספר. בין האורחים בטקס של הנשיא נכחו גם תלמידים."
    )
    assert found == ["משה לוי"]


def test_an_adverb_after_a_title_is_not_a_person() -> None:
    found = names("השר יוסי כהן נפגש עם שגריר קנדה. לדבריו, שגריר קנדה משם יצא לסיור.")
    assert found == ["יוסי כהן"]


def people(*paragraphs: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.title, p.role) for p in he.find_people(list(paragraphs))}


def test_a_nifal_past_verb_after_a_title_is_not_a_person() -> None:
    found = names("השר דני כהן ביקר בעיר. אמו של ראש העיר נקברה אתמול בבית העלמין.")
    assert found == ["דני כהן"]


def test_a_feast_is_not_a_person() -> None:
    found = names("השר דני כהן בירך את ראש הקהילה לכבוד עיד אל-אדחא.")
    assert "עיד אל-אדחא" not in found


def test_a_kunya_opens_a_name_after_a_title() -> None:
    found = people("ראש הרשות הפלסטינית אבו עלי התקשר היום לשר.")
    assert found.get("אבו עלי") == ("ראש הרשות הפלסטינית", "participant")


def test_an_honorific_spelt_out_before_a_name() -> None:
    found = people("מחבר הספר דוקטור עמרם גלבוע העניק לשר את ספרו.")
    assert found.get("עמרם גלבוע", (None, ""))[1] == "participant"


def test_a_foreign_name_set_off_by_commas_after_a_title() -> None:
    found = people("לאחר מכן הגיש שגריר יפן הנכנס, בונתונג ויסאלקון, את כתב ההאמנה לנשיא.")
    assert "בונתונג ויסאלקון" in found
    found = people("לאחר מכן הגיש שגריר יפן הנכנס בונתונג ויסאלקון, את כתב ההאמנה לנשיא.")
    assert "בונתונג ויסאלקון" in found


def test_a_name_right_before_as_ambassador() -> None:
    found = people("עם קבלת כתב ההאמנה של קאלוני טבואה כשגריר טונגה בישראל, בירך הנשיא.")
    assert "קאלוני טבואה" in found


def test_a_spouse_named_by_first_name_is_the_one_named_in_full() -> None:
    found = people(
        "השר דני כהן ורעייתו מיכל כהן אירחו את השגריר. בסוף הערב נפרדו השר ורעייתו מיכל מהאורחים."
    )
    assert "מיכל" not in found
    assert "מיכל כהן" in found


def test_the_speaker_the_lead_opens_with_takes_part() -> None:
    found = people('השר החדש, ח"כ דני כהן, אמר היום בנאומו הראשון: "אני שמח להיות כאן".')
    assert found.get("דני כהן", (None, ""))[1] == "participant"


def test_a_possessive_noun_is_no_small_foreign_town() -> None:
    place, _ = he.find_place(
        headline=None,
        subheadline=None,
        summary=None,
        body=["השר קיבל היום מבקרים, ביומה הראשון של התערוכה."],
    )
    assert place is None


def test_a_future_passive_and_a_prefixed_title_are_no_name() -> None:
    found = names("השר דני כהן הגיע לטקס. במהלך הטקס עיטור הנשיא יוצג לשגרירה בפני האורחים.")
    assert found == ["דני כהן"]


def test_a_letter_numeral_is_no_surname() -> None:
    found = names("השר דני כהן אמר כי שלב ג' של ההסכם יתחיל מחר.")
    assert found == ["דני כהן"]
