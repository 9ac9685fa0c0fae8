"""Templates and code replacements for the text a photo desk types again and again.

A template value may hold variables: ``{release.date}``, ``{release.place}``,
``{release.headline}``, ``{photo.creator}``, … (a date also takes a format:
``{release.date:%d %B %Y}``); ``{{`` and ``}}`` are literal braces. A code written between
backslashes, ``\\bn\\``, expands to a person's current title and name ("Prime Minister
Benjamin Netanyahu"), the way Photo Mechanic's code replacements do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# name -> what it holds (shown in the app and in ``--help``).
VARIABLES: dict[str, str] = {
    "release.date": "the release's event date",
    "release.place": "the release's place",
    "release.issuer": "the office that issued the release",
    "release.headline": "the release's headline",
    "release.subheadline": "the release's subheadline",
    "release.uid": "the release's uid (the IPTC Job Id)",
    "slot.caption": "the caption printed in the release for this photo",
    "slot.credit": "the credit printed in the release for this photo",
    "photo.date_taken": "when the photo was taken",
    "photo.creator": "the photographer(s)",
    "photo.credit": "the photo's credit line",
    "photo.file": "the photo's original file name",
    "today": "today's date",
}
DATE_VARIABLES = frozenset({"release.date", "photo.date_taken", "today"})

Value = str | dt.date | dt.datetime | None

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}|[{}]")
_CODE = re.compile(r"\\([^\\\s]{1,40})\\")
_VALID_CODE = re.compile(r"[^\W_][\w.\-]{0,39}")


class TemplateError(ValueError):
    """A template or code that cannot be used (the message says which and why)."""


@dataclass(frozen=True)
class Expansion:
    """Expanded text, with the variables that had no value (left empty) or the codes that
    named nobody (left as typed)."""

    text: str
    missing: tuple[str, ...] = ()


def check_template(text: str) -> tuple[str, ...]:
    """The variables ``text`` uses; TemplateError for an unknown one or a stray brace."""
    used: list[str] = []
    for match in _PLACEHOLDER.finditer(text):
        token, (name, fmt) = match.group(0), match.groups()
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            raise TemplateError(
                f"A lone {token!r} in {text!r}: write {token * 2!r} for a brace, or "
                "{release.date} and the like for a value."
            )
        name = (name or "").strip()
        if name not in VARIABLES:
            known = ", ".join("{" + v + "}" for v in VARIABLES)
            raise TemplateError(f"Unknown variable {{{name}}} in {text!r}; known: {known}.")
        if fmt is not None and name not in DATE_VARIABLES:
            raise TemplateError(f"Only dates take a format; {{{name}:{fmt}}} in {text!r}.")
        used.append(name)
    return tuple(used)


def _render(value: Value, fmt: str | None) -> str:
    if isinstance(value, dt.date):  # (datetime too)
        return value.strftime(fmt) if fmt else value.isoformat()
    return value or ""


def _tidy(text: str) -> str:
    """Spaces and separators left over by empty values: ``"{release.place}, 8 Nov"`` with
    no place is ``"8 Nov"``, not ``", 8 Nov"``; ``"GPO / {release.issuer}"`` is ``"GPO"``;
    ``"{release.place}. Peres"`` is ``"Peres"``."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,;:.])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]\s*\.", ".", text)  # "Moscow, ." -> "Moscow."
    # a sentence never starts with a separator or a full stop ("{release.place}. Peres")
    return text.strip().strip(",;:/|-–—").strip().lstrip(".,;:/|-–— ").strip()


def expand_template(text: str, values: Mapping[str, Value]) -> Expansion:
    """``text`` with its variables replaced by ``values`` (missing or empty ones left out
    and reported)."""
    check_template(text)
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name, fmt = match.group(1).strip(), match.group(2)
        rendered = _render(values.get(name), fmt)
        if not rendered:
            missing.append(name)
        return rendered

    expanded = _PLACEHOLDER.sub(replace, text)
    return Expansion(_tidy(expanded) if missing else expanded, tuple(dict.fromkeys(missing)))


def normalise_code(code: str) -> str:
    """A code as it is stored (lower case, no backslashes); TemplateError if unusable."""
    bare = code.strip().strip("\\").strip().lower()
    if not _VALID_CODE.fullmatch(bare):
        raise TemplateError(
            f"{code!r} cannot be a code: use 1 to 40 letters or digits (also . and -), "
            "starting with a letter or digit."
        )
    return bare


def uses_codes(text: str) -> bool:
    """Whether ``text`` holds something written like a code (``\\xx\\``)."""
    return bool(_CODE.search(text))


def expand_codes(text: str, lookup: Mapping[str, str]) -> Expansion:
    """``text`` with every ``\\code\\`` that ``lookup`` (code -> replacement) knows
    replaced; unknown codes stay as typed and are reported."""
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        code = match.group(1).lower()
        if code in lookup:
            return lookup[code]
        unknown.append(match.group(1))
        return match.group(0)

    return Expansion(_CODE.sub(replace, text), tuple(dict.fromkeys(unknown)))


def codes_in(text: str) -> tuple[str, ...]:
    """The codes ``text`` uses, lower case, in order."""
    return tuple(dict.fromkeys(m.group(1).lower() for m in _CODE.finditer(text)))


TitleSeen = tuple[str, dt.date | None, dt.date | None]
"""A title a person held: (title, first seen, last seen)."""


def current_title(titles: Sequence[TitleSeen]) -> str | None:
    """The title seen most recently (by last, then first sighting; undated ones last)."""
    if not titles:
        return None

    def key(t: TitleSeen) -> tuple[dt.date, dt.date]:
        return (t[2] or t[1] or dt.date.min, t[1] or dt.date.min)

    return max(titles, key=key)[0]


def person_label(name: str, titles: Sequence[TitleSeen]) -> str:
    """What a person's code expands to: current title and name ("President Reuven
    Rivlin"), or the name alone when no title is known."""
    title = current_title(titles)
    return f"{title} {name}" if title else name
