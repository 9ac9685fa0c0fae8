"""Decoding a release file's bytes: UTF-8 and UTF-16 (by their byte-order marks), the
charset an HTML page declares, or one of the legacy 8-bit encodings releases were saved in
before UTF-8: windows-1252 (Western), windows-1255 and ISO-8859-8 (Hebrew), windows-1251 and
KOI8-R (Russian).

The same bytes decode without error in almost every 8-bit encoding, so a legacy file is
judged on what each decoding says. charset-normalizer ranks the candidates by how messy
and how coherent their text is; the words of each decoding are then checked against the
rules of their script, so that a ranking fooled by a short text is overruled:

* a word never mixes Latin letters with Hebrew or Cyrillic ones;
* in Hebrew the final letters (ך ם ן ף ץ) end words and only they do;
* a Russian word is in pymorphy3's dictionary or is a name (a capital first and only
  there); Russian read in the other Cyrillic encoding has its capitals inside words;
* a Western word is mostly plain letters with a few accented ones.

A file none of whose decodings reads as text in its script, or two of which do equally
well, is refused (:class:`ReleaseParseError`, naming the file).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .models import ReleaseParseError

# Tried in this order: the first of two decodings that read equally well is not preferred;
# they are refused as undecidable unless their texts are the same.
LEGACY = ("cp1252", "cp1255", "iso8859_8", "cp1251", "koi8_r")
NAMES = {
    "cp1252": "windows-1252",
    "cp1255": "windows-1255",
    "iso8859_8": "ISO-8859-8",
    "cp1251": "windows-1251",
    "koi8_r": "KOI8-R",
}
PLAUSIBLE = 0.8  # share of a decoding's non-ASCII words that must read as words
_CHARSET = re.compile(rb"(?i)<meta[^>]{0,200}?charset\s*=\s*[\"']?([a-z0-9_-]{2,30})")
_WORD = re.compile(r"[^\W\d_]+")
_HEBREW_FINALS = set("ךםןףץ")
_HEBREW_NON_FINALS = set("כמנפצ")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in (a Python codec name)."""

    text: str
    encoding: str


def decode_release(data: bytes, name: str) -> Decoded:
    """Decode the bytes of the release file ``name`` (see the module's rules)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                raise ReleaseParseError(
                    f"{name} starts as {codec.upper()} text but is not valid {codec.upper()}."
                ) from None
    if b"\x00" in data:
        raise ReleaseParseError(f"{name} is a binary file, not a release text.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared is not None:
        return declared
    return _legacy(data, name)


def _declared(data: bytes) -> Decoded | None:
    """The text in the charset an HTML page declares, if it is one and decodes."""
    found = _CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        codec = codecs.lookup(found.group(1).decode("ascii")).name
        return Decoded(data.decode(codec), codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _legacy(data: bytes, name: str) -> Decoded:
    texts: dict[str, str] = {}  # text -> first encoding giving it
    for codec in LEGACY:
        try:
            texts.setdefault(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    if not texts:
        raise _undecidable(name)
    if _binary(next(iter(texts))):
        raise ReleaseParseError(f"{name} is a binary file, not a release text.")
    shares = {text: word_share(text) for text in texts}
    readable = [t for t, (share, words) in shares.items() if words and share >= PLAUSIBLE]
    if len(readable) > 1:
        readable = _best_ranked(data, readable, texts)
    if len(readable) == 1:
        return Decoded(readable[0], texts[readable[0]])
    if not readable and all(words == 0 for _share, words in shares.values()):
        # Only punctuation beyond ASCII (dashes, quotes): the ranking's choice.
        chosen = _best_ranked(data, list(texts), texts)
        if len(chosen) == 1:
            return Decoded(chosen[0], texts[chosen[0]])
    raise _undecidable(name)


def _best_ranked(data: bytes, candidates: list[str], texts: dict[str, str]) -> list[str]:
    """The candidate charset-normalizer ranks first, or all of them when it ranks none."""
    from charset_normalizer import from_bytes

    for match in from_bytes(data, cp_isolation=list(LEGACY)):
        text = str(match)
        if text in candidates:
            return [text]
    return candidates


def word_share(text: str) -> tuple[float, int]:
    """(share of the words holding a letter beyond ASCII that read as words of their
    script, how many such words there are), over the first 2,000 of them."""
    words = [w for w in _WORD.findall(text) if not w.isascii()][:2000]
    if not words:
        return 1.0, 0
    good = sum(1 for w in words if _reads(w))
    return good / len(words), len(words)


def _reads(word: str) -> bool:
    scripts = {_script(ch) for ch in word if not ch.isascii()}
    if len(scripts) != 1 or (scripts != {"latin"} and not _one_script(word)):
        return False
    script = scripts.pop()
    if script == "hebrew":
        return _hebrew_word(word)
    if script == "cyrillic":
        return _russian_word(word)
    if script == "latin":
        return sum(1 for ch in word if not ch.isascii()) * 2 <= len(word)
    return False


def _one_script(word: str) -> bool:
    """A Hebrew or Cyrillic word has no Latin letter in it."""
    return not any(ch.isascii() for ch in word)


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x05D0 <= code <= 0x05EA:
        return "hebrew"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


def _hebrew_word(word: str) -> bool:
    if any(ch in _HEBREW_FINALS for ch in word[:-1]):
        return False
    return len(word) == 1 or word[-1] not in _HEBREW_NON_FINALS


def _russian_word(word: str) -> bool:
    """A known word, or a name (capital first: a name the dictionary lacks); the other
    Cyrillic encoding turns case round (a word read wrongly has its capitals inside)."""
    if word.istitle():
        return True
    if not (word.islower() or word.isupper()):
        return False
    return len(word) <= 2 or bool(_morph().word_is_known(word.lower()))


@lru_cache(maxsize=1)
def _morph() -> Any:
    from .lang.ru_morph import _morph as russian

    return russian()


def _binary(text: str) -> bool:
    """Mostly characters no text holds (controls other than line ends and tabs)."""
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return printable < 0.95 * len(text)


def _undecidable(name: str) -> ReleaseParseError:
    names = ", ".join(NAMES[c] for c in LEGACY)
    return ReleaseParseError(
        f"{name} is not UTF-8 and its encoding cannot be told for sure (it reads as none, or "
        f"as more than one, of {names}); save it as UTF-8 and import it again."
    )
