"""Where a Hebrew name ends: everyday words, relations and a monarch's number (made-up texts)."""

from __future__ import annotations

from pressdesk.core.releases.lang import he


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in he.find_people([text])}


def test_a_prefixed_verb_after_a_title_is_not_a_name() -> None:
    assert people("שר החוץ נפגש הערב עם נשיא פינלנד, ששוחח עם ראש הממשלה בשבוע שעבר.") == {}
    assert people("השר נפגש עם מלך ירדן ודן עמו בנושאים אזוריים.") == {}


def test_a_verb_after_a_full_name_ends_it_and_a_spouse_has_no_title() -> None:
    found = people("ראש הממשלה ורעייתו מיכל כהן קיבלו את פני האורחים בנמל התעופה.")
    assert found == {"מיכל כהן": None}


def test_a_monarchs_number_belongs_to_the_name() -> None:
    # the title in base form, its article dropped (the annotation convention)
    assert people("השר נפגש עם המלך עבדאללה השני בעמאן.") == {"עבדאללה השני": "מלך"}


def test_short_name_words_that_are_also_words_stay() -> None:
    found = people("בפגישה השתתף גם הרב לאו די, שמונה לאחרונה לשליח המיוחד.")
    assert "לאו די" in found


def test_a_recollection_or_the_last_time_makes_a_person_only_mentioned() -> None:
    found = {
        p.name: p.role
        for p in he.find_people(
            [
                "שר החוץ נפגש היום עם שר החוץ של נורווגיה, אנדרס ברג, בירושלים.",
                "אני זוכר היטב את ביקורו של השגריר הנורווגי קנוט הנסן, בשנות השישים.",
                "הפעם האחרונה שבה נערכה פגישה כזו הייתה בחודש מאי, כאשר הגיע יאיר לפיד.",
            ]
        )
    }
    assert found["אנדרס ברג"] == "participant"
    assert found["קנוט הנסן"] == "mentioned"
    assert found["יאיר לפיד"] == "mentioned"


def test_a_country_completes_a_title_and_spouses_are_named_in_full() -> None:
    found = people(
        "נשיא המדינה, משה (מושיקו) לוי, ורעייתו, רחל לוי, אירחו היום את נשיא אוסטריה "
        "פרנץ הובר ובת זוגו אנה מאייר במסגרת ביקורם הרשמי."
    )
    assert found == {
        "משה (מושיקו) לוי": "נשיא המדינה",
        "רחל לוי": None,
        "פרנץ הובר": "נשיא אוסטריה",
        "אנה מאייר": None,
    }


def test_a_spouse_named_by_first_name_before_a_plural_verb() -> None:
    assert people("ראש הממשלה ורעייתו רחל שוחחו עם האורחים.") == {"רחל": None}


def test_a_noun_with_a_possessive_ending_is_not_a_name_word() -> None:
    assert people("השר אמר: בלב סיפוריהם של שני העמים מצוי מכנה משותף.") == {}
