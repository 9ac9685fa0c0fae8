"""Rebuild the common-word lists the language modules use to tell a name from a phrase.

``python -m pressdesk.tools.build_wordlists [LANG...]`` (needs ``pip install wordfreq``,
a 57 MB package that pressdesk does not need at run time) writes
``core/releases/data/common_words_LANG.txt``: the words of the language used at least
about 3 times in a million words (Zipf frequency 3.5 or more) in wordfreq's sources
(Wikipedia, subtitles, news, books, the web), less the first names and surnames that
pressdesk already knows for that language. Hebrew has no capital letters to set a foreign
name apart, and foreign names are frequent in its texts (ראלף, פטר): a Hebrew word that
sounds like a first name in Latin script (the same consonant skeleton, three consonants or
more) is left out too. A phrase made only of such words ("Useful
Links", "פגישה מדינית") is not a person's name. Data: wordfreq (Robyn Speer), whose word
lists are CC BY-SA 4.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pressdesk.core.releases.lang.names import first_names, surnames
from pressdesk.core.releases.translit import skeleton
from pressdesk.core.text_keys import fold

DATA = Path(__file__).resolve().parents[1] / "core" / "releases" / "data"
ZIPF = 3.5
HEADER = (
    "# Common words of the language (wordfreq, Zipf frequency >= {zipf}; CC BY-SA 4.0), less\n"
    "# the first names and surnames pressdesk knows for it (and, in Hebrew, words that sound\n"
    "# like a Latin-script first name). Rebuilt by\n"
    "# python -m pressdesk.tools.build_wordlists. One a line.\n"
)


def common_words(lang: str, zipf: float = ZIPF) -> list[str]:
    """The folded common words of ``lang``, most frequent first, names left out."""
    from wordfreq import top_n_list, zipf_frequency

    names = first_names(lang) | surnames(lang)
    sounds: set[str] = set()
    if lang == "he":  # no capitals: a transliterated foreign first name looks like a word
        sounds = {k for k in map(skeleton, first_names("en")) if len(k) >= 3}
    out: list[str] = []
    seen: set[str] = set()
    for word in top_n_list(lang, 200_000):
        if zipf_frequency(word, lang) < zipf:
            break
        key = fold(word)
        if not key.isalpha() or len(key) < 2 or key in names or key in seen:
            continue
        if sounds and skeleton(key) in sounds:
            continue
        seen.add(key)
        out.append(key)
    return out


def main(argv: list[str] | None = None) -> int:
    langs = (argv if argv is not None else sys.argv[1:]) or ["en", "he"]
    for lang in langs:
        words = common_words(lang)
        path = DATA / f"common_words_{lang}.txt"
        path.write_text(HEADER.format(zipf=ZIPF) + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{path}: {len(words):,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
