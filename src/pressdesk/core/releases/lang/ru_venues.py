"""Russian venues: a named building or hall after "в"/"во"/"на", put into the nominative
("в Большом Кремлевском дворце" -> "Большой Кремлевский дворец", "в Александровском зале
Большого Кремлевского дворца" -> "Александровский зал Большого Кремлевского дворца",
"в международном аэропорту имени Бен-Гуриона" -> "международный аэропорт имени
Бен-Гуриона"), read by ``ru_places``."""

from __future__ import annotations

from collections.abc import Sequence

from .. import gazetteer, lexicon
from .ru_morph import CODE, _morph, _Tok, nominative

# Nouns of buildings, halls and sites an official event is held in (lemmas).
VENUE_NOUNS = lexicon.words(
    """зал дворец аэропорт резиденция дом здание особняк музей театр гостиница отель усадьба
    мемориал собор храм павильон замок парк кабинет палата"""
)
_LOCATIVE = ("loct", "loc2", "loc1")


def venue_after(toks: Sequence[_Tok], k: int) -> tuple[str, int] | None:
    """The venue that starts at ``toks[k]`` (after a preposition), in the nominative, and the
    index after it; None unless it is named: a capitalised first word ("Большом Кремлевском
    дворце") or a named complement ("зале Большого ...", "аэропорту имени Бен-Гуриона")."""
    j = k
    while j < len(toks) and toks[j].pos == "ADJ" and toks[j].case == "Loc":
        j += 1
    if j >= len(toks) or toks[j].pos not in ("NOUN", "PROPN") or toks[j].lemma not in VENUE_NOUNS:
        return None
    head = list(toks[k : j + 1])
    tail = _complement(toks, j + 1, named=head[0].text[:1].isupper())
    if not head[0].text[:1].isupper() and not tail:
        return None  # "в зале": a hall, unnamed
    words = [*_nominative_phrase(head), *(t.text for t in tail)]
    return " ".join(words), j + 1 + len(tail)


def _complement(toks: Sequence[_Tok], i: int, *, named: bool = False) -> list[_Tok]:
    """A named genitive complement: "имени Бен-Гуриона", "Большого Кремлевского дворца"; a
    lower-case one only after a named head ("Доме правительства", "Дворце независимости")."""
    if i < len(toks) and toks[i].text == "имени":
        names = [t for t in toks[i + 1 : i + 4] if t.text[:1].isupper()]
        run = list(toks[i + 1 : i + 1 + len(names)])
        return [toks[i], *run] if run and run == names else []
    out: list[_Tok] = []
    while i < len(toks) and toks[i].case == "Gen" and toks[i].pos in ("ADJ", "NOUN", "PROPN"):
        out.append(toks[i])
        i += 1
        if out[-1].pos != "ADJ":
            break  # one noun phrase: "Большого Кремлевского дворца"
    if not out or not (named or out[0].text[:1].isupper()):
        return []
    country = gazetteer.lookup(nominative(out[-1].text, "Gen", "Geox"), CODE)
    return [] if country is not None and country.kind == "country" else out  # "аэропорту Израиля"


def _nominative_phrase(words: Sequence[_Tok]) -> list[str]:
    """A prepositional noun phrase in the nominative, the adjectives agreeing with the noun."""
    noun = words[-1]
    parse = next(
        (p for p in _morph().parse(noun.text) if p.tag.case in _LOCATIVE and "NOUN" in p.tag),
        None,
    )
    if parse is None:
        return [t.text for t in words]
    gender = parse.tag.gender
    out: list[str] = []
    for t in words[:-1]:
        adj = next((p for p in _morph().parse(t.text) if p.tag.POS == "ADJF"), None)
        form = adj.inflect({"nomn", "sing", gender}) if adj is not None and gender else None
        out.append(_as_written(t.text, form.word) if form is not None else t.text)
    nominative = parse.inflect({"nomn", "sing"})
    out.append(_as_written(noun.text, nominative.word) if nominative is not None else noun.text)
    return out


def _as_written(original: str, word: str) -> str:
    """``word`` with the capital and the е/ё spelling of ``original``."""
    if "ё" not in original.casefold():
        word = word.replace("ё", "е")
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
