"""Text normalisation helpers shared by the release parser: NFC, keys, language."""

from __future__ import annotations

import re
import unicodedata

from pressdesk.core.text_keys import name_key  # noqa: F401  (one key for people everywhere)

# Control characters other than tab and newline (C0, DEL, C1), plus BOM and the
# directional isolates' stray cousins that break display (LRM/RLM are kept: they matter).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe]")
_STRAIGHT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u05f3": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u05f4": '"',
    }
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ANY_SPACE = re.compile(r"\s+")


def normalise_text(s: str) -> str:
    """Return ``s`` in NFC with line ends unified and control characters removed.

    Quotes, dashes, spacing and line layout are otherwise left exactly as in the source.
    """
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    s = s.replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", s))


def straight_quotes(s: str) -> str:
    """Map curly and other typographic quotes to ASCII ``'`` and ``"``."""
    return s.translate(_STRAIGHT)


def collapse_spaces(s: str) -> str:
    """Reduce runs of horizontal whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", s).strip()


def comparable(s: str | None) -> str | None:
    """NFC, straight quotes and single spaces: the form used when comparing values."""
    if s is None:
        return None
    return _ANY_SPACE.sub(" ", straight_quotes(unicodedata.normalize("NFC", s))).strip()


_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("he", 0x0590, 0x05FF),
    ("ar", 0x0600, 0x06FF),
    ("ar", 0x0750, 0x077F),
    ("ru", 0x0400, 0x04FF),
    ("el", 0x0370, 0x03FF),
    ("hy", 0x0530, 0x058F),
    ("ka", 0x10A0, 0x10FF),
    ("am", 0x1200, 0x137F),
    ("th", 0x0E00, 0x0E7F),
    ("hi", 0x0900, 0x097F),
    ("ja", 0x3040, 0x30FF),
    ("zh", 0x4E00, 0x9FFF),
    ("ko", 0xAC00, 0xD7AF),
)


def detect_language(text: str, *, sample: int = 20000) -> str:
    """Guess the language code from the dominant script ("en" for Latin script)."""
    counts: dict[str, int] = {}
    latin = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if code < 0x0250:
            latin += 1
            continue
        for lang, low, high in _SCRIPTS:
            if low <= code <= high:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if "ja" in counts and "zh" in counts:
        counts["ja"] += counts.pop("zh")
    best = max(counts.items(), key=lambda kv: kv[1], default=("en", 0))
    return best[0] if best[1] > latin else "en"


# Quoted speech: a city a speaker names ("moving the embassy to Jerusalem") is not where
# the reported event is.
_QUOTED = re.compile(r"“[^”]{0,3000}”|\"[^\"\n]{0,3000}\"|«[^»]{0,3000}»|„[^“”]{0,3000}[“”]")


def unquoted(text: str) -> str:
    """``text`` with its quoted speech (four words or more: a short quote is a name, as
    «Яд ва-Шем») blanked out, offsets kept."""
    return _QUOTED.sub(
        lambda m: " " * len(m.group(0)) if len(m.group(0).split()) >= 4 else m.group(0), text
    )
