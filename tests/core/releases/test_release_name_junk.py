"""No person is made of a future-tense verb after a title, a name cut off at a nobiliary
particle, or a first name alone after an office title (its surname cut off)."""

from __future__ import annotations

from pressdesk.core.releases.lang import could_be_person, looks_like_name
from pressdesk.core.releases.parser import parse_release_text
from pressdesk.services.releases.import_ import acceptable

HE = (
    "הנשיא יוצא לביקור באירופה\n\n"
    "(נמסר מלשכת הנשיא)\n\n"
    "מחר ימריא הנשיא לרומא. הנשיא יגיע לארמון, ושם יקיים פגישה עם נשיא איטליה, "
    "קרלו ון דר בלן, ועם שגריר ישראל ג׳ק לו.\n"
)


def test_a_made_up_hebrew_release_yields_no_junk_person() -> None:
    people = [p.name for p in parse_release_text(HE).participants if acceptable(p)]
    assert people  # the release does name people ...
    assert not any(n.split()[-1] in {"ון", "דר"} for n in people)  # ... none cut at "ון דר"
    assert not {"ימריא", "יגיע", "יוצא"} & set(people)


def test_a_titled_future_verb_is_no_person() -> None:
    assert not could_be_person("ימריא", "הנשיא")
    assert not could_be_person("תקיים", "השרה")
    assert not could_be_person("יגיע", "הנשיא")
    assert not could_be_person("יוצא", "הנשיא")  # an everyday word, not a surname
    assert could_be_person("ריבלין", "הנשיא")  # a surname after a title stays


def test_a_name_never_ends_in_a_particle() -> None:
    assert not looks_like_name("Carl van der")
    assert not looks_like_name("Otto von")
    assert not looks_like_name("אלכסנדר ון דר")
    assert not looks_like_name("Отто фон")
    assert looks_like_name("Carl van der Berg")


def test_a_first_name_alone_after_an_office_title_is_cut_short() -> None:
    assert not could_be_person("ג'ימי", "נשיא גואטמלה")
    assert not could_be_person("ג׳ימי", "שגריר")  # the geresh for an apostrophe
    assert not could_be_person("Jimmy", "President")
    assert could_be_person("Charles", "Prince")  # royalty: a first name alone is the name
    assert could_be_person("Michal", "First Lady")
