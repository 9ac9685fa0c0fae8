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
