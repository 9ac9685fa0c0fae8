"""Hebrew word knowledge for names and titles: adjectives of nationality ("ישראלי", "מצרי",
"האמריקני") made from the gazetteer's countries, and a ministry's portfolio written without
the article ("שר חוץ ישראלי"). Read by ``he_people``."""

from __future__ import annotations

from functools import lru_cache

from .. import gazetteer
from ..lexicon import words as _wordset

CODE = "he"
_FINALS = str.maketrans("כמנפצ", "ךםןףץ")
_ENDINGS = ("יות", "ית", "ים", "י")
# Portfolios a minister's title takes, as written without the article ("שר חוץ").
PORTFOLIOS = _wordset(
    """חוץ ביטחון אוצר פנים משפטים חינוך בריאות תחבורה כלכלה תיירות אנרגיה תקשורת תרבות
    ספורט רווחה חקלאות מודיעין קליטה הסברה מדע שיכון עלייה תעשייה מסחר"""
)


def _country(word: str) -> bool:
    place = gazetteer.lookup(word, CODE)
    return place is not None and place.kind == "country"


@lru_cache(maxsize=4096)
def nationality_adjective(word: str) -> bool:
    """Is ``word`` an adjective of nationality, with or without the article: a country's name
    with its ending changed to -י/-ית/-ים/-יות ("ישראל" -> "ישראלי", "מצרים" -> "מצרי",
    "יפן" -> "יפני", "אמריקה" -> "אמריקני", "רוסיה" -> "הרוסית")?"""
    if word.startswith("ה") and len(word) > 4 and nationality_adjective(word[1:]):
        return True
    for end in _ENDINGS:
        stem = word[: -len(end)]
        if not word.endswith(end) or len(stem) < 2:
            continue
        final = stem[:-1] + stem[-1].translate(_FINALS)
        forms = {stem, final, stem + "ה", stem + "ים", stem + "יה", stem + "ו"}
        if stem[-1] in "אנ":  # "אמריקאי", "אמריקני"
            forms |= {stem[:-1] + "ה", stem[:-1]}
        if any(_country(f) for f in forms):
            return True
    return False
