"""Hebrew titles: as written before the name in base form (the one-letter preposition or
conjunction and the article of the first word gone), military ranks inside the title, the first full-name mention's title
(made-up sentences in the shape of the genre)."""

from __future__ import annotations

from pressdesk.core.releases.lang import could_be_person, he


def titles(*paragraphs: str) -> dict[str, str | None]:
    return {p.name: p.title for p in he.find_people(list(paragraphs))}


def test_the_article_of_a_title_and_a_preposition_go() -> None:
    found = titles(
        "בפגישה השתתפו השר דנה כהן, השרה לשוויון חברתי מיכל לוי ושר האוצר יוסף מזרחי.",
        "לאחר מכן נפגש ראש העיר עם הנספח הצבאי אבי פרץ.",
    )
    assert found["דנה כהן"] == "שר"
    assert found["מיכל לוי"] == "שרה לשוויון חברתי"
    assert found["יוסף מזרחי"] == "שר האוצר"
    assert found["אבי פרץ"] == "נספח הצבאי"


def test_military_ranks_between_the_office_and_the_name_are_part_of_the_title() -> None:
    found = titles(
        'אל הנשיא יצטרף הרמטכ"ל רב אלוף יוסף לוי, ובטקס נכח גם מפקד חיל הים אלוף דנה כהן.',
        "הנשיא אירח את ראש המוסד הנכנס אלוף (מיל') אבי פרץ ובני משפחתו.",
    )
    assert found["יוסף לוי"] == 'רמטכ"ל רב אלוף'
    assert found["אבי פרץ"] == "ראש המוסד הנכנס אלוף (מיל')"


def test_a_title_does_not_reach_over_a_verb_to_the_next_title() -> None:
    found = titles('אל ראש הממשלה יתלווה הרמטכ"ל רב אלוף יוסף לוי.')
    assert found["יוסף לוי"] == 'רמטכ"ל רב אלוף'
    assert all("יתלווה" not in (t or "") for t in found.values())
    # a future verb after the title is its predicate, never a person
    assert not could_be_person("יתלווה", "ראש הממשלה")
    assert not could_be_person("יתארח", "הנשיא")
    assert could_be_person("נתניהו", "ראש הממשלה")


def test_a_title_with_gershayim_from_the_lexicon() -> None:
    found = titles("בפגישה השתתפו ראש המל״ל דנה כהן ומבקר המדינה יוסף לוי.")
    assert found["דנה כהן"] == "ראש המל״ל"  # the source's gershayim kept
    assert found["יוסף לוי"] == "מבקר המדינה"


def test_the_title_comes_from_the_first_full_name_in_the_body() -> None:
    found = titles(
        "ביום חמישי יושבע יוסף לוי לנשיא השמיני של המועצה.",
        'במכתב נכתב: "לכבוד ראש המועצה מר יוסף לוי, ברכות".',
    )
    assert found["יוסף לוי"] is None


def test_only_a_title_word_of_the_lexicon_loses_its_article() -> None:
    from pressdesk.core.releases.lang.he_lexicon import without_article

    assert without_article("השגרירה") == "שגרירה"
    assert without_article("הרב הראשי של חיפה") == "רב הראשי של חיפה"
    assert without_article("המפכ״ל") == "מפכ״ל"
    # a title that does not open with a definite lexicon word keeps its first letter
    assert without_article("שר החוץ") == "שר החוץ"
    assert without_article("ראש הממשלה") == "ראש הממשלה"
    assert without_article("הוועד המנהל") == "הוועד המנהל"
    found = titles("בטקס נכחו הקונסולית הכללית נועה פרץ והשגרירה רותם לוי.")
    assert found["נועה פרץ"] == "קונסולית הכללית"
    assert found["רותם לוי"] == "שגרירה"
