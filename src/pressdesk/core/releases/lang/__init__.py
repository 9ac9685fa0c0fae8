"""Language knowledge, one module per language beside the shared layout analysis.

Each module (``en``, ``he``, ``ru``) gives: ``CODE``; ``issuer_of(line)`` (the office of an
issuer line, or None); ``find_people(body, headline=, subheadline=, summary=, captions=)``
(a tuple of :class:`ParsedPerson`, names and titles in base form); ``find_place(headline=,
subheadline=, summary=, body=)`` (the place in base form and a confidence); ``NAV_WORDS``
(menu and section words that are never a title or a person); ``SECTION_WORDS`` (the word of
a news section's label, "news"); ``SOURCE_LABELS`` ("Source:"); ``PAGE_LABELS`` (a regex of
genre labels and site greetings printed above the title); and the words the shared
date reader composes: ``MONTHS`` (stems of inflected month names), ``MONTH_PREFIXES``,
``DATE_ANCHORS``, ``DATE_JOINERS``, ``SHORT_DATE_LEADS``, ``WEEKDAY_PATTERNS`` (Monday first)
``TODAY``, ``YESTERDAY`` and ``YEAR_WORDS``; ``RELATED_HEADINGS`` (a list of other
stories that ends the article); the page furniture and credit words the shared ``clutter``, ``photos`` and
``layout`` compose (``SKIP_LINES``, ``BUTTON_WORDS``, ``BYLINES``, ``STAMP_WORDS``,
``AND_WORDS``, ``DOMAINS``, ``CAPITALS``, ``PHOTO_LABELS``, ``RUN_IN_LABELS``, ``AGENCIES``,
``PRESS_OFFICES``, ``CAPTION_LABELS``, ``COURTESY``, ``SOURCE_FORMS``, ``PHOTO_KINDS``,
``GALLERY_COUNTER``); and the script's sounds for ``translit`` (``SOUND_DIGRAPHS``,
``SILENT_FINALS``, ``SOUND_RULES``, ``SOUNDS``). Adding a language (Arabic) is adding a
module with these names and listing it in ``_MODULES``;
``tests/core/releases/test_release_language_modules.py`` checks both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import import_module
from types import ModuleType

from pressdesk.core.text_keys import fold

_MODULES = {"en": "en", "he": "he", "ru": "ru"}


def kit(language: str) -> ModuleType:
    """The module for ``language``; English for a language without one."""
    return import_module(f"{__name__}.{_MODULES.get(language, 'en')}")


def languages() -> list[str]:
    """The codes of the languages with a module ("en", "he", "ru")."""
    return list(_MODULES)


def kits() -> list[ModuleType]:
    return [kit(code) for code in _MODULES]


def issuer_of(line: str) -> str | None:
    """The office of an issuer line in any known language, or None."""
    for module in kits():
        found = module.issuer_of(line)
        if found:
            return str(found)
    return None


def is_page_label(line: str) -> bool:
    """A genre label or site greeting in any known language ("For Immediate Release",
    "Readout", "Welcome to ...", "הודעה לעיתונות", "Пресс-релиз")."""
    s = line.strip().strip(".:!")
    return any(module.PAGE_LABELS.fullmatch(s) for module in kits())


def source_line(line: str) -> bool:
    """A line naming the text's source ("Source: Apo-Opa", "Источник: ТАСС"): each language
    module's ``SOURCE_LABELS``."""
    return _SOURCE.fullmatch(line.strip()) is not None


@lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    """The word of a news section's label in every known language ("news", "новости")."""
    return frozenset(w.casefold() for module in kits() for w in module.SECTION_WORDS)


@lru_cache(maxsize=1)
def nav_words() -> frozenset[str]:
    """Menu, section and accessibility words of every known language (case-folded)."""
    out: set[str] = set()
    for module in kits():
        out.update(w.casefold() for w in module.NAV_WORDS)
    return frozenset(out)


_NICKNAME = re.compile(r"\s+(?:\([^()\s]{1,20}\)|[“\"‘'][^“”\"‘’'\s]{1,20}[”\"’'])\s+")


def without_nickname(name: str) -> str:
    """A name without the nickname written inside it ("Isaac ‘Bougie’ Herzog" -> "Isaac
    Herzog", "Benjamin (Benny) Gantz" -> "Benjamin Gantz", "ראובן (רובי) ריבלין")."""
    return _NICKNAME.sub(" ", f" {name} ").strip() if _NICKNAME.search(name) else name


def nickname_form(name: str) -> str | None:
    """The nickname with the surname ("Bougie Herzog", "Benny Gantz"), or None."""
    m = _NICKNAME.search(name)
    if m is None:
        return None
    nick = m.group().strip()[1:-1]
    return f"{nick} {name.split()[-1]}"


def looks_like_name(name: str) -> bool:
    """Does ``name`` look like a personal name in the language of its script?"""
    from ..text import detect_language

    bare = re.sub(r"\s*\([^()]{1,30}\)", "", name).strip()  # a nickname: "Benjamin (Benny) Gantz"
    if not bare or ends_in_particle(bare):
        return False
    return bool(kit(detect_language(bare)).looks_like_name(bare))


# Particles that bind the next word and never close a name, capitalised or not ("Al
# Khalifa", "Bin Zayed", "Abu Mazen").
_BONDS = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ben", "van", "von"})


def ends_in_particle(name: str) -> bool:
    """Does ``name`` end in a nobiliary particle ("van", "der", "ון דר", "фон")? A name is
    never cut there: such a string is a name cut short ("Alexander van der")."""
    words = name.split()
    last = words[-1] if words else ""
    if last.lower() != last and last.casefold() not in _BONDS:
        return False  # "Raghubar Das": a capitalised particle is a surname; "Al" is not
    return len(words) > 1 and last.casefold() in word_set("NAME_PARTICLES")


def alternatives(name: str) -> str:
    """The regex alternatives every language module gives under ``name``, joined with "|"
    ("photo(?:graph)?s?|…|צילום|…|фото"): how a shared pattern takes each language's words."""
    return "|".join(str(getattr(m, name)) for m in kits() if getattr(m, name))


def characters(name: str) -> str:
    """The character-class ranges every language module gives under ``name``, together."""
    return "".join(str(getattr(m, name)) for m in kits())


def word_set(name: str) -> frozenset[str]:
    """The words every language module gives under ``name``, as one set."""
    out: set[str] = set()
    for module in kits():
        out.update(getattr(module, name))
    return frozenset(out)


def word_map(name: str) -> dict[str, str]:
    """The word-to-word maps every language module gives under ``name``, as one map."""
    out: dict[str, str] = {}
    for module in kits():
        out.update(getattr(module, name))
    return out


class LazyPattern:
    """A regular expression built from the language modules' words and compiled on first
    use, so importing the parser does not load every language (``pattern``)."""

    __slots__ = ("_build", "_flags", "_rx")

    def __init__(self, build: Callable[[], str], flags: int = 0) -> None:
        self._build = build
        self._flags = flags
        self._rx: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self._build(), self._flags)
        return self._rx

    def match(self, s: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(s, pos)

    def fullmatch(self, s: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(s)

    def search(self, s: str) -> re.Match[str] | None:
        return self.compiled.search(s)

    def finditer(self, s: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(s)

    def sub(self, repl: str | Callable[[re.Match[str]], str], s: str, count: int = 0) -> str:
        return self.compiled.sub(repl, s, count=count)


def pattern(build: Callable[[], str], flags: int = 0) -> LazyPattern:
    """``re.compile(build(), flags)`` on first use; ``build`` reads the language modules."""
    return LazyPattern(build, flags)


def could_be_person(name: str, title: str | None) -> bool:
    """May import make a person of ``name`` (written with ``title``)? A name that looks like
    one in its language, or a titled single word (a surname after a title: "President
    Trump") that is not a known word behind a prefix ("הנשיא הצרפתי ששוחח")."""
    from ..text import detect_language

    single = len(name.split()) == 1 and name[:1].isalpha()
    module = kit(detect_language(name))
    if title and single and (module.verb_form(name) or module.first_name_cut(name, title)):
        return False  # "הנשיא ימריא": a verb; "נשיא גואטמלה ג'ימי": the surname cut off
    if looks_like_name(name):
        return True
    if not title or not single:
        return False
    return not module.prefixed_form(name)  # "הנשיא הצרפתי ששוחח"


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    out: dict[str, str] = {}
    for k in kits():
        for short, full in getattr(k, "TITLE_ABBREVIATIONS", {}).items():
            out[_title_word(short)] = fold(full)
    return out


def _title_word(word: str) -> str:
    return fold(word).replace("״", '"').replace("׳", "'").strip(".,")


def expand_title(title: str) -> str:
    """A title with its abbreviations written out and its office in English words, folded
    ("PM" -> "prime minister", "Pres." -> "president", "רה\"מ" and "ראש הממשלה" -> "prime
    minister", "Министр иностранных дел" -> "foreign minister"), by each language's lexicon
    (``TITLE_ABBREVIATIONS``, ``TITLE_EQUIVALENTS``): a title in one language then agrees
    with the same office in another."""
    table = _abbreviations()
    words = " ".join(table.get(_title_word(w), fold(w)) for w in title.split()).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, english in _equivalents():
            if tuple(words[i : i + len(phrase)]) == phrase:
                out.append(english)
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def _equivalents() -> list[tuple[tuple[str, ...], str]]:
    """Each language's title phrases (folded words) and their English, longest first."""
    out = [
        (tuple(" ".join(_title_word(w) for w in phrase.split()).split()), fold(english))
        for k in kits()
        for phrase, english in getattr(k, "TITLE_EQUIVALENTS", {}).items()
    ]
    return sorted(out, key=lambda item: -len(item[0]))


@lru_cache(maxsize=1)
def _diminutives() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for k in kits():
        for short, fulls in getattr(k, "DIMINUTIVES", {}).items():
            out.setdefault(fold(short), set()).update(fold(f) for f in fulls)
    return {k: frozenset(v) for k, v in out.items()}


def first_name_forms(word: str) -> frozenset[str]:
    """A first name with every form the lexicons link to it, folded ("Isaac": "isaac",
    "yitzhak", "itzhak"; "Bibi": "bibi", "benjamin", "binyamin")."""
    table = _diminutives()
    x = fold(word)
    out = {x, *table.get(x, ())}
    out.update(short for short, fulls in table.items() if x in fulls)
    return frozenset(out)


def same_first_name(a: str, b: str) -> bool:
    """Are two first names one name, or one a known diminutive of the other ("Ruvi" and
    "Reuven", "Bibi" and "Benjamin"), by each language's lexicon?"""
    x, y = fold(a), fold(b)
    table = _diminutives()
    return x == y or y in table.get(x, ()) or x in table.get(y, ())


def is_spokesperson(title: str) -> bool:
    """Is ``title`` a spokesperson's or press secretary's ("Kremlin Spokesman",
    "пресс-секретарь президента", "דובר צה\"ל"), by each language's ``SPOKESPERSON``?"""
    return any(
        rx.search(title) for m in kits() if (rx := getattr(m, "SPOKESPERSON", None)) is not None
    )


_SOURCE = pattern(lambda: r"(?i)(?:" + alternatives("SOURCE_LABELS") + r")\s*:\s*\S.{0,60}")
