"""Hebrew names and titles from knowledge (first-name and surname lists, the title lexicon),
with made-up sentences in the shape of the genre."""

from __future__ import annotations

from pressdesk.core.releases.lang import he
from pressdesk.core.releases.lang.names import is_first_name, is_surname


def people(*paragraphs: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.title, p.role) for p in he.find_people(list(paragraphs))}


def test_the_name_lists_know_names_and_leave_common_words_out() -> None:
    assert is_first_name("דנה", "he") and is_first_name("יוסף", "he")
    assert is_surname("כהן", "he") and is_surname("לוי", "he")
    for word in ("שלום", "היום", "אמר", "ארוך"):
        assert not is_surname(word, "he"), word


def test_a_title_is_completed_up_to_the_name_that_follows_it() -> None:
    found = people("בטקס השתתפו נשיאת איגוד הקהילות בצפון דנה כהן ושגריר ישראל באוסלו יוסף לוי.")
    assert found["דנה כהן"] == ("נשיאת איגוד הקהילות בצפון", "participant")
    assert found["יוסף לוי"][0] == "שגריר ישראל באוסלו"


def test_an_office_before_a_comma_and_a_rank_before_the_name() -> None:
    found = people('יו"ר הוועדה, ח"כ דנה כהן, אירחה היום את הנספח הצבאי בשגרירות, אל"מ יוסף לוי.')
    assert found["דנה כהן"][0] == 'יו"ר הוועדה'
    assert found["יוסף לוי"][0] == "נספח הצבאי בשגרירות"


def test_foreign_names_after_a_title_end_where_a_name_ends() -> None:
    found = people(
        "לאחר מכן הגיש שגריר צ'ילה הנכנס, מר חואן מנואל ריבס, את כתב ההאמנה.",
        "בסיום נפגש הנשיא עם השגריר פדרו מלונדו בלשכתו.",
    )
    assert found["חואן מנואל ריבס"][0] == "שגריר צ'ילה"
    assert "פדרו מלונדו" in found


def test_common_words_and_prefixed_words_are_never_names() -> None:
    found = people(
        "כמיטב המסורת, הנשיא לרגל החג קיבל את פני האורחים.",
        "אנו מאחלים שלום ארוך לכל ישראל בפורומים הבינלאומיים.",
    )
    assert found == {}


def test_the_spouse_a_mention_cue_and_a_known_surname_alone() -> None:
    found = people(
        "ראש העיר יוסף לוי ורעייתו מיכל קיבלו את האורחים.",
        "הדברים נאמרו על רקע הצהרות הנשיא אובמה בנוגע לאזור.",
    )
    assert found["מיכל"] == (None, "participant")
    assert found["אובמה"][1] == "mentioned"


def test_a_prefixed_place_or_a_definite_word_is_no_part_of_a_name() -> None:
    found = people(
        "שר החוץ יוסף לוי נפגש היום עם עמיתו שר החוץ הבריטי ג'ון סמית'רס בירושלים.",
        "השליח המיוחד נפגש עם הנשיא.",
    )
    assert "ג'ון סמית'רס" in found
    assert "המיוחד" not in found


def test_a_title_broken_over_two_lines_by_a_comma_is_prose() -> None:
    from pressdesk.core.releases import parse_release_text

    r = parse_release_text("ראש העיר,\nיוסף לוי, פתח היום את הנמל החדש בחיפה.")
    assert r.headline is None
    assert [p.name for p in r.participants] == ["יוסף לוי"]
