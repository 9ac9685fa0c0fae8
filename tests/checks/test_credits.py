"""Credit normalisation, the house list and IIM byte limits (pure Python)."""

from __future__ import annotations

import pytest

from pressdesk.core.checks.credits import (
    PHOTOGRAPHER,
    HouseEntry,
    HouseList,
    credit_key,
    part_key,
    split_credit,
)
from pressdesk.core.checks.limits import cut_utf8, over_limit, utf8_size

HOUSE = HouseList(
    [
        HouseEntry("GPO", "agency", "GPO", ("Government Press Office", 'לע"מ')),
        HouseEntry("Amos Ben Gershom", PHOTOGRAPHER, "GPO"),
        HouseEntry("Moshe Milner", PHOTOGRAPHER, "GPO"),
        HouseEntry("Kobi Gideon", PHOTOGRAPHER, "GPO", ("Koby Gideon",)),
        HouseEntry("Israel MFA", "agency", None, ("MFA",)),
    ]
)


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Photo: GPO", ("GPO",)),
        ("(Photo: GPO)", ("GPO",)),
        ("Photo by Mark Neiman (GPO)", ("Mark Neiman", "GPO")),
        ("Photo by: Kobi Gideon, GPO ", ("Kobi Gideon", "GPO")),
        ("Copyright: GPO/Amos Ben-Gershom", ("GPO", "Amos Ben-Gershom")),
        ("© 2012 Government Press Office", ("Government Press Office",)),
        ("Photos: Reuters", ("Reuters",)),
        ("  ", ()),
        (None, ()),
    ],
)
def test_split_strips_labels_years_and_brackets(written: str | None, parts: tuple) -> None:
    assert split_credit(written) == parts


def test_equivalent_credits_share_one_key() -> None:
    same = [
        "Amos Ben Gershom/GPO",
        "Amos Ben Gershom, GPO",
        "GPO/Amos Ben Gershom",
        "Photo: Amos Ben-Gershom (GPO)",
        "photo by AMOS BEN GERSHOM / gpo",
    ]
    assert len({credit_key(c) for c in same}) == 1
    assert credit_key("GPO") != credit_key("Reuters")
    assert part_key("Ben-Gershom") == part_key("ben  gershom") == "ben gershom"
    assert part_key('לע"מ') == part_key("לע״מ")  # ASCII quote and Hebrew gershayim


def test_house_list_maps_variants_to_the_canonical_entry() -> None:
    assert HOUSE.same("Government Press Office", "GPO")
    assert HOUSE.same("Photo: GPO", 'לע"מ')
    assert HOUSE.same("GPO/Koby Gideon", "Kobi Gideon, GPO")
    assert not HOUSE.same("GPO", "GPO/Moshe Milner")
    assert HOUSE.credit("Reuters").unknown[0].text == "Reuters"


def test_compatible_allows_a_less_specific_credit_but_not_another_source() -> None:
    assert HOUSE.compatible("Photo: GPO", "GPO/Moshe Milner")
    assert HOUSE.compatible("GPO", "Moshe Milner")  # a GPO photographer
    assert HOUSE.compatible("Moshe Milner/GPO", "Government Press Office")
    assert not HOUSE.compatible("Photo: GPO", "Getty Images")
    assert not HOUSE.compatible("GPO/Amos Ben Gershom", "GPO/Kobi Gideon")
    assert not HOUSE.compatible("Israel MFA", "GPO")


def test_house_form_and_copyright_rules() -> None:
    assert HOUSE.credit("Government Press Office/Koby Gideon").house_form == "GPO/Kobi Gideon"
    assert HOUSE.credit("Moshe Milner/GPO").house_form == "Moshe Milner/GPO"
    assert HOUSE.credit("Reuters/GPO").house_form is None  # a part the desk does not know
    assert HOUSE.required_copyrights("Photo by Kobi Gideon") == ("GPO",)
    assert HOUSE.required_copyrights("Israel MFA") == ()
    assert HOUSE.copyright_satisfies("© Government Press Office", "GPO")
    assert HOUSE.copyright_satisfies("GPO/Moshe Milner", "GPO")
    assert not HOUSE.copyright_satisfies("© Reuters", "GPO")
    assert not HOUSE.copyright_satisfies(None, "GPO")


def test_iim_limits_count_utf8_bytes() -> None:
    hebrew = "לשכת העיתונות הממשלתית"  # 22 characters, 42 bytes
    assert len(hebrew) < 32 and utf8_size(hebrew) == 42
    assert over_limit("credit", hebrew) == 42
    assert over_limit("credit", "GPO/Amos Ben Gershom") is None
    assert over_limit("copyright", "x" * 128) is None
    assert over_limit("copyright", "x" * 129) == 129
    assert over_limit("caption", "ש" * 1001) == 2002
    cut = cut_utf8(hebrew, 32)
    assert hebrew.startswith(cut) and utf8_size(cut) == 32 and len(cut) == 17
