"""Credit lines and the house list: normalising, splitting and resolving credits.

A credit such as ``Photo by Amos Ben-Gershom (GPO)`` is split into parts
(``Amos Ben-Gershom``, ``GPO``); each part gets a key (case, diacritics, quotes, dots and
hyphens folded) and is looked up in the house list, whose variants map it to a canonical
entry. Two credits name the same source when their sets of canonical keys agree, so
``Amos Ben Gershom/GPO``, ``Amos Ben Gershom, GPO`` and ``GPO/Amos Ben Gershom`` are one
credit, and ``Government Press Office`` is ``GPO``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from pressdesk.core.text_keys import fold

AGENCY = "agency"
PHOTOGRAPHER = "photographer"
KINDS = (AGENCY, PHOTOGRAPHER)

# Separators between the parts of a credit line.
_SPLIT = re.compile(r"\s*(?:[/\\,;|()\[\]{}&+]|\s[-–—]\s)\s*")
# Labels in front of a part: "Photo:", "Photo by", "Photos by:", "Credit:", "Courtesy of", "©".
_LABEL = re.compile(
    r"^(?:(?:©|\(c\)|℗|copyright\b\s*:?|(?:photo(?:graph)?s?|pictures?|images?|credit)"
    r"\s*(?:by\b)?\s*:|(?:photo(?:graph)?s?|pictures?|images?)\s+by\b|courtesy(?:\s+of)?\b"
    r"\s*:?)\s*)+",
    re.IGNORECASE,
)
_NOISE = re.compile(r"\b(?:19|20)\d\d\b|\ball rights reserved\b|©", re.IGNORECASE)
_KEY_DROP = str.maketrans({c: None for c in "'\"`´\u05f3\u05f4.\u200e\u200f"})
_KEY_SPACE = re.compile(r"[\s\-‐‑–—_]+")


def part_key(text: str) -> str:
    """The matching key of one credit part ("Ben-Gershom" and "ben gershom" share one)."""
    return _KEY_SPACE.sub(" ", fold(text).translate(_KEY_DROP)).strip()


def clean_part(text: str) -> str:
    """One part without labels ("Photo:", "©"), years and surrounding punctuation."""
    text = _LABEL.sub("", text.strip())
    text = _NOISE.sub(" ", text)
    return " ".join(text.split()).strip(" .:-–—'\"")


def split_credit(text: str | None) -> tuple[str, ...]:
    """The parts of a credit line, cleaned, in the order written."""
    if not text:
        return ()
    parts = (clean_part(p) for p in _SPLIT.split(text))
    return tuple(p for p in parts if p and part_key(p))


def credit_key(text: str | None) -> str:
    """One key for a whole credit: its part keys, sorted ("GPO/Moshe Milner" and
    "Moshe Milner, GPO" give the same key). Used where no house list is at hand."""
    return "/".join(sorted({part_key(p) for p in split_credit(text)}))


@dataclass(frozen=True)
class HouseEntry:
    """An agency or photographer the desk accepts: its canonical form and variants.

    ``required_copyright`` is the copyright notice photos credited to it must carry (for a
    GPO photographer, "GPO"); for a photographer it also names the agency they work for.
    """

    canonical: str
    kind: str = AGENCY
    required_copyright: str | None = None
    variants: tuple[str, ...] = ()

    @cached_property
    def key(self) -> str:  # (cached: a check asks for it once per credit part compared)
        return part_key(self.canonical)


@dataclass(frozen=True)
class CreditPart:
    """One part of a credit, with the house entry it resolved to (None when unknown)."""

    text: str
    key: str
    entry: HouseEntry | None


@dataclass(frozen=True)
class Credit:
    """A credit line resolved against the house list."""

    raw: str
    parts: tuple[CreditPart, ...]
    implied: frozenset[str] = field(default=frozenset())

    @cached_property
    def identity(self) -> frozenset[str]:
        """Canonical keys of the parts: equal identities are the same credit."""
        return frozenset(p.entry.key if p.entry else p.key for p in self.parts)

    @cached_property
    def expanded(self) -> frozenset[str]:
        """The identity plus the agencies the named photographers work for."""
        return self.identity | self.implied

    @property
    def unknown(self) -> tuple[CreditPart, ...]:
        return tuple(p for p in self.parts if p.entry is None)

    @property
    def entries(self) -> tuple[HouseEntry, ...]:
        return tuple(p.entry for p in self.parts if p.entry is not None)

    @property
    def house_form(self) -> str | None:
        """The credit written in house style (canonical forms joined by '/'), or None when
        a part is not in the house list."""
        if not self.parts or self.unknown:
            return None
        return "/".join(dict.fromkeys(p.entry.canonical for p in self.parts if p.entry))

    @property
    def is_empty(self) -> bool:
        return not self.parts


class HouseList:
    """The desk's agencies and photographers; resolves credits (results are cached)."""

    def __init__(self, entries: Iterable[HouseEntry] = ()) -> None:
        self.entries = tuple(entries)
        self._by_key: dict[str, HouseEntry] = {}
        for entry in self.entries:
            for text in (entry.canonical, *entry.variants):
                key = part_key(clean_part(text) or text)
                if key:
                    self._by_key.setdefault(key, entry)
        self._cache: dict[str, Credit] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, text: str) -> HouseEntry | None:
        """The entry a written form (of one part) belongs to."""
        return self._by_key.get(part_key(clean_part(text) or text))

    def credit(self, text: str | None) -> Credit:
        """The credit ``text`` resolved against the house list."""
        raw = text or ""
        found = self._cache.get(raw)
        if found is None:
            found = self._resolve(raw)
            if len(self._cache) < 200_000:
                self._cache[raw] = found
        return found

    def _resolve(self, raw: str) -> Credit:
        whole = self._by_key.get(part_key(clean_part(raw))) if raw else None
        if whole is not None:
            parts: tuple[CreditPart, ...] = (CreditPart(clean_part(raw), whole.key, whole),)
        else:
            parts = tuple(
                CreditPart(p, part_key(p), self._by_key.get(part_key(p))) for p in split_credit(raw)
            )
        implied: set[str] = set()
        for part in parts:
            entry = part.entry
            if entry is not None and entry.kind == PHOTOGRAPHER and entry.required_copyright:
                for req in split_credit(entry.required_copyright):
                    owner = self._by_key.get(part_key(req))
                    implied.add(owner.key if owner else part_key(req))
        return Credit(raw, parts, frozenset(implied))

    def same(self, a: str | None, b: str | None) -> bool:
        """True when two credits name exactly the same sources."""
        return self.credit(a).identity == self.credit(b).identity

    def compatible(self, published: str | None, catalogue: str | None) -> bool:
        """True when neither credit contradicts the other: equal, or one names a subset of
        the other's sources ("GPO" agrees with "GPO/Moshe Milner" and with "Moshe Milner",
        a GPO photographer), but "GPO" disagrees with "Reuters"."""
        a, b = self.credit(published), self.credit(catalogue)
        if a.is_empty or b.is_empty:
            return True
        return a.identity <= b.expanded or b.identity <= a.expanded

    def required_copyrights(self, credit: str | None) -> tuple[str, ...]:
        """The copyright notices the house rules demand for photos with this credit."""
        rules = (e.required_copyright for e in self.credit(credit).entries)
        return tuple(dict.fromkeys(r for r in rules if r))

    def copyright_satisfies(self, copyright: str | None, required: str) -> bool:
        """True when ``copyright`` names every source ``required`` names ("GPO/Moshe
        Milner" satisfies "GPO"; "© Reuters" does not)."""
        have = self.credit(copyright).identity
        return bool(have) and self.credit(required).identity <= have
