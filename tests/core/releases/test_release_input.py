"""Input handling: normalisation, scripts, HTML, files and hostile input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pressdesk.core.releases import (
    ReleaseParseError,
    name_key,
    normalise_text,
    parse_release_file,
    parse_release_html,
    parse_release_text,
)

RELEASE = (
    "Mayor opens harbour\n\n(Communicated by the Office of the Mayor)\n\n"
    "Mayor Lena Hartmann opened the harbour in Bergen on 3 May 2015."
)


def test_normalise_text_is_nfc_keeps_quotes_and_drops_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Mesić’s “harbour”\r\nline\x00two\x07")
    assert normalise_text(decomposed) == "Mesić’s “harbour”\nlinetwo"


def test_name_key_folds_case_diacritics_spaces_and_quotes() -> None:
    assert name_key("  Jiří  DVOŘÁK ") == name_key("jiri dvorak") == "jiri dvorak"
    assert name_key("O’Brien") == name_key("O'Brien")


def test_hebrew_release_is_nfc_left_in_order_and_detected() -> None:
    text = "הנשיא נפגש עם ראש העיר\n\nהנשיא נפגש היום, 8 בנובמבר 2012, עם ראש העיר בירושלים."
    r = parse_release_text(unicodedata.normalize("NFD", text))
    assert r.language == "he"
    assert r.headline == "הנשיא נפגש עם ראש העיר"
    assert r.body == unicodedata.normalize("NFC", text.split("\n\n")[1])
    assert r.event_date is not None and r.event_date.isoformat() == "2012-11-08"


def test_russian_release_language_and_date() -> None:
    r = parse_release_text(
        "Президент встретился с мэром\n\nВстреча прошла 8 ноября 2012 года в Москве."
    )
    assert r.language == "ru"
    assert r.event_date is not None and r.event_date.isoformat() == "2012-11-08"


def test_arabic_and_latin_detection() -> None:
    assert parse_release_text("التقى الرئيس اليوم مع رئيس البلدية في القدس.").language == "ar"
    assert parse_release_text(RELEASE).language == "en"


def test_html_page_drops_scripts_styles_and_tags() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Mayor opens harbour</title>"
        "<style>p { color: red }</style><script>alert('x'); var s = '<p>fake</p>';</script>"
        '<link rel="canonical" href="https://example.org/harbour"></head><body>'
        "<nav><a href='/'>Home</a></nav><h1>Mayor opens harbour</h1>"
        "<p>(Communicated by the Office of the Mayor)</p>"
        "<p>Mayor Lena Hartmann opened the harbour in <b>Bergen</b> on 3 May 2015 &amp; "
        "spoke to residents.</p><iframe src='x'>frame text</iframe></body></html>"
    )
    r = parse_release_html(html)
    assert r.headline == "Mayor opens harbour"
    assert r.issuer == "Office of the Mayor"
    assert r.place == "Bergen"
    assert (
        r.body
        == "Mayor Lena Hartmann opened the harbour in Bergen on 3 May 2015 & spoke to residents."
    )
    assert r.source_url == "https://example.org/harbour"


def test_file_by_suffix_and_by_sniffing(tmp_path: Path) -> None:
    txt = tmp_path / "release.txt"
    txt.write_text(RELEASE, encoding="utf-8")
    assert parse_release_file(txt).headline == "Mayor opens harbour"
    disguised = tmp_path / "page.txt"
    disguised.write_text(f"<html><body><p>{RELEASE.replace(chr(10), '</p><p>')}</p></body></html>")
    assert parse_release_file(disguised).issuer == "Office of the Mayor"
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + RELEASE.encode())
    assert parse_release_file(bom).headline == "Mayor opens harbour"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "binary"),  # C1 controls in every 8-bit reading
    ],
)
def test_unreadable_files_raise_one_clear_sentence(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReleaseParseError) as info:
        parse_release_file(path)
    assert message in str(info.value) and "bad.txt" in str(info.value)


def test_missing_file_and_no_content(tmp_path: Path) -> None:
    with pytest.raises(ReleaseParseError, match=r"missing\.txt"):
        parse_release_file(tmp_path / "missing.txt")
    empty_page = tmp_path / "empty.html"
    empty_page.write_text("<html><script>var x = 1;</script></html>")
    with pytest.raises(ReleaseParseError, match="no recognisable release content"):
        parse_release_file(empty_page)


def test_files_over_two_megabytes_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (2 * 1024 * 1024 // 5 + 10))
    with pytest.raises(ReleaseParseError, match="too large"):
        parse_release_file(big)


def test_five_megabytes_of_text_is_refused_before_it_is_parsed() -> None:
    """Refused on its size alone (a hang would be stopped by the suite's pytest-timeout)."""
    with pytest.raises(ReleaseParseError, match="too large"):
        parse_release_text("President Peres met Putin. " * 200_000)


@pytest.mark.parametrize(
    "unit",
    [
        "a",
        "Abc ",
        "A. ",
        "Photo: ",
        "(",
        '"',
        "in Abc ",
        "President Minister of the ",
        "Mayor Lena Hartmann met Mayor Ole Berg in Bergen on 3 May 2015.\n",
        "  • icon_zoom.png\n    Cap Cap Copyright: GPO\n",
    ],
)
def test_large_adversarial_text_parses_to_the_end(unit: str) -> None:
    """No rule backtracks without end on repeated input: the parse finishes (the suite's
    pytest-timeout stops a runaway one)."""
    text = unit * (400_000 // len(unit))
    result = parse_release_text(text)
    assert isinstance(result.body, str)


def test_legacy_encodings(tmp_path: Path) -> None:
    hebrew = tmp_path / "page.html"
    hebrew.write_bytes(
        '<html><head><meta charset="windows-1255"><title>ראש העיר נפגש עם השגריר</title>'
        "</head><body><p>ראש העיר נפגש היום עם השגריר בירושלים.</p></body></html>".encode("cp1255")
    )
    r = parse_release_file(hebrew)
    assert r.language == "he" and r.headline == "ראש העיר נפגש עם השגריר"
    latin = tmp_path / "old.txt"
    latin.write_bytes(RELEASE.replace("Hartmann", "Hartmänn").encode("cp1252"))
    assert "Hartmänn" in parse_release_file(str(latin)).body
