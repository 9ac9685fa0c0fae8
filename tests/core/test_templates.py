"""Templates with variables and code replacements (pure functions, no catalogue)."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.core.templates import (
    TemplateError,
    check_template,
    codes_in,
    current_title,
    expand_codes,
    expand_template,
    normalise_code,
    person_label,
)

VALUES = {
    "release.date": dt.date(2012, 11, 8),
    "release.place": "Moscow",
    "release.headline": "Pres Peres meets Russian President Putin in Moscow",
    "photo.creator": "Kobi Gideon",
}


def test_variables_are_replaced() -> None:
    out = expand_template("{release.place}, {release.date}: {release.headline}", VALUES)
    assert out.text == "Moscow, 2012-11-08: Pres Peres meets Russian President Putin in Moscow"
    assert out.missing == ()


def test_dates_take_a_format_and_braces_can_be_written() -> None:
    out = expand_template("{release.date:%d.%m.%Y} {{GPO}} Photo: {photo.creator}", VALUES)
    assert out.text == "08.11.2012 {GPO} Photo: Kobi Gideon"


def test_empty_values_leave_no_stray_separators() -> None:
    out = expand_template("{release.issuer}, {release.place}, {release.date}", VALUES)
    assert out.text == "Moscow, 2012-11-08"
    assert out.missing == ("release.issuer",)
    assert expand_template("Seen in {release.issuer}.", {}).text == "Seen in."
    assert expand_template("GPO / {release.issuer}", {}).text == "GPO"
    text = "{release.headline}, {release.place}, {release.issuer}. Prime Minister Netanyahu"
    assert expand_template(text, {}).text == "Prime Minister Netanyahu"
    text = "{release.place}, {release.issuer}. Photo: {photo.creator}"
    assert expand_template(text, VALUES).text == "Moscow. Photo: Kobi Gideon"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{release.dat}", "Unknown variable {release.dat}"),
        ("{release.place:%Y}", "Only dates take a format"),
        ("GPO }", "A lone '}'"),
        ("{release.place", "A lone '{'"),
    ],
)
def test_bad_templates_are_refused_with_the_reason(text: str, says: str) -> None:
    with pytest.raises(TemplateError, match=says.replace("{", r"\{").replace("}", r"\}")):
        check_template(text)


def test_codes_expand_and_unknown_ones_stay() -> None:
    lookup = {"bn": "Prime Minister Benjamin Netanyahu", "rr": "President Reuven Rivlin"}
    out = expand_codes(r"\bn\ meets \RR\ and \xx\ in C:\temp", lookup)
    assert (
        out.text
        == r"Prime Minister Benjamin Netanyahu meets President Reuven Rivlin and \xx\ in C:\temp"
    )
    assert out.missing == ("xx",)
    assert codes_in(r"\bn\ and \Bn\ and \rr\ ") == ("bn", "rr")
    assert (
        expand_codes("ראש הממשלה \\בנ\\", {"בנ": "בנימין נתניהו"}).text
        == "ראש הממשלה בנימין נתניהו"
    )


def test_codes_are_normalised_or_refused() -> None:
    assert normalise_code(" \\BN\\ ") == "bn"
    assert normalise_code("פרס") == "פרס"
    for bad in ("", "a b", "_x", "x" * 41):
        with pytest.raises(TemplateError):
            normalise_code(bad)


def test_current_title_is_the_latest_seen() -> None:
    titles = [
        ("Foreign Minister", dt.date(2001, 3, 7), dt.date(2002, 11, 2)),
        ("President", dt.date(2007, 7, 15), dt.date(2014, 7, 24)),
        ("Prime Minister", dt.date(1995, 11, 4), dt.date(1996, 6, 18)),
        ("Nobel laureate", None, None),
    ]
    assert current_title(titles) == "President"
    assert person_label("Shimon Peres", titles) == "President Shimon Peres"
    assert person_label("Shimon Peres", []) == "Shimon Peres"
