"""Russian morphology: natasha's tagger and pymorphy3 loaded once on first use, words put
into the nominative (declined foreign surnames included), and tokens with their tags."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CODE = "ru"
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any, Any]:
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb)


@lru_cache(maxsize=16)
def _doc(text: str) -> Any:
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    return doc


def _cap_like(original: str, word: str) -> str:
    parts = word.split("-")
    orig = original.split("-")
    out = []
    for n, part in enumerate(parts):
        o = orig[n] if n < len(orig) else orig[-1]
        if o.isupper() and len(o) > 1:
            out.append(part.upper())
        elif o[:1].isupper():
            out.append(part[:1].upper() + part[1:])
        else:
            out.append(part)
    return "-".join(out)


def nominative(word: str, case: str | None = None, prefer: str | None = None) -> str:
    """``word`` put into the nominative (its parse chosen by the case the tagger saw and,
    when given, a pymorphy grammeme such as "Name", "Surn" or "Geox")."""
    if "\u2011" in word:  # a non-breaking hyphen ("Санкт‑Петербурге"): inflect, then restore
        return nominative(word.replace("\u2011", "-"), case, prefer).replace("-", "\u2011")
    if not re.fullmatch(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", word):
        return word
    if "-" in word and prefer in ("Name", "Surn"):  # "Франком-Вальтером": each part declines
        return "-".join(nominative_whole(p, case, prefer) for p in word.split("-"))
    return nominative_whole(word, case, prefer)


def nominative_whole(word: str, case: str | None, prefer: str | None) -> str:
    parses = _morph().parse(word)
    want = _CASES.get(case or "")

    def score(p: Any) -> tuple[int, int, float]:
        return (
            int(want is not None and p.tag.case == want),
            int(prefer is not None and prefer in p.tag),
            p.score,
        )

    best = max(parses, key=score)
    if "Fixd" in best.tag or best.tag.case in (None, "nomn"):
        return word
    if want is not None and best.tag.case != want:
        return word
    form = best.inflect({"nomn"})
    if form is None:
        return word
    base = _cap_like(word, form.word)
    if "ё" not in word.casefold():
        base = base.replace("ё", "е").replace("Ё", "Е")  # the dictionary's ё the text did not write
    return base


def _parse(word: str, case: str | None) -> Any:
    """The likeliest parse of ``word`` in the case the tagger saw."""
    want = _CASES.get(case or "")
    return max(_morph().parse(word), key=lambda p: (int(p.tag.case == want), p.score))


def gender_of(word: str, case: str | None) -> str | None:
    """The gender of a noun ("канцлера" -> "masc"): the adjectives before it agree with it."""
    gender = _parse(word, case).tag.gender
    return str(gender) if gender else None


def plural_noun(word: str, case: str | None) -> str | None:
    """The nominative singular of a plural noun ("президентов" -> "президент"), else None."""
    p = _parse(word, case)
    if p.tag.number != "plur":
        return None
    form = p.inflect({"nomn", "sing"})
    return _cap_like(word, form.word) if form is not None else None


# A man's foreign surname the dictionary does not know declines like a noun: genitive
# "Милея" -> "Милей", "Штайна" -> "Штайн"; dative "Милею", "Штайну"; instrumental "Милеем",
# "Штайном"; prepositional "Милее", "Штайне" (a woman's does not decline: "Софы Ландвер").
_SURNAME_ENDINGS = {
    "Gen": (("я", "й"), ("а", "")),
    "Acc": (("я", "й"), ("а", "")),
    "Dat": (("ю", "й"), ("у", "")),
    "Ins": (("ем", "й"), ("ом", ""), ("ем", "")),
    "Loc": (("е", "й"), ("е", "")),
}
_VOWELS = "аеёиоуыэюя"


def masculine_surname(word: str, case: str | None) -> str:
    """The nominative of a man's surname by its ending, when the dictionary gave none."""
    for ending, base in _SURNAME_ENDINGS.get(case or "", ()):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        after_vowel = stem[-1].casefold() in _VOWELS
        if (base == "й") == after_vowel:
            return stem + base
    return word


def without_fleeting_vowel(word: str, guess: str, case: str | None) -> str:
    """A surname the dictionary does not know keeps its stem: "Фридрихом Мерцем" is Мерц,
    not the "Мерец" a fleeting vowel would give (foreign names have none)."""
    if _morph().word_is_known(word.casefold()):
        return guess
    plain = masculine_surname(word, case)
    if plain == word or len(guess) != len(plain) + 1 or guess[-1] != plain[-1]:
        return guess
    if guess[:-2] == plain[:-1] and guess[-2].casefold() in "еёо":
        return plain
    return guess


def indeclinable(word: str) -> bool:
    """Does the dictionary know ``word`` as a surname that never declines ("Нетаньяху",
    "Шойгу")? Its form in any case is its base form."""
    return any("Fixd" in p.tag and "Surn" in p.tag for p in _morph().parse(word))


def masculine_reading(word: str) -> bool:
    """Can ``word`` in the nominative be a man's surname (a masculine or common-gender
    noun, a surname reading, or a word the dictionary does not know)? A man's surname put
    into the nominative as a neuter or feminine noun ("Левено" from "Левеном") is wrong."""
    parses = [p for p in _morph().parse(word) if p.tag.case == "nomn"]
    if not parses:
        return True
    return any("Surn" in p.tag or "masc" in p.tag or "ms-f" in p.tag for p in parses)


def is_masculine_name(word: str) -> bool:
    """Is ``word`` a man's first name (any case) in the dictionary?"""
    return any("Name" in p.tag and p.tag.gender == "masc" for p in _morph().parse(word))


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    stop: int
    pos: str
    case: str | None
    lemma: str


def _tokens(doc: Any) -> list[_Tok]:
    morph = _morph()
    out = []
    for t in doc.tokens:
        lemma = morph.parse(t.text)[0].normal_form if t.text[:1].isalpha() else t.text
        out.append(_Tok(t.text, t.start, t.stop, t.pos or "", (t.feats or {}).get("Case"), lemma))
    return out


_WORDS = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|\S")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)
