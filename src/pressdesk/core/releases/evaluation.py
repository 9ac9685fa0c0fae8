"""Scoring parsed releases against hand-checked expectations (the corpus's expected.json).

Records are plain dicts with the keys of ``expected.json``: ``headline``, ``issuer``,
``event_date`` (ISO string or None), ``place``, ``photos`` (list of ``caption``/``credit``/
``copyright`` dicts), ``participants`` (list of ``name``/``title`` dicts) and
``mentioned_only`` (list of names). Values are compared after Unicode NFC, curly-to-straight
quotes and whitespace collapsing, as the annotation guide suggests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .models import ParsedRelease
from .text import comparable

FIELDS = (
    "headline",
    "issuer",
    "date",
    "place",
    "photo_caption",
    "photo_credit",
    "photo_copyright",
    "participants",
    "titles",
    "mentioned",
)
_SCALARS = (
    ("headline", "headline"),
    ("issuer", "issuer"),
    ("date", "event_date"),
    ("place", "place"),
)
_SET_FIELDS = (("participants", "participants"), ("mentioned", "mentioned_only"))


@dataclass(frozen=True)
class Miss:
    """One disagreement: in ``file``, ``field`` should be ``expected`` but was ``got``."""

    file: str
    field: str
    expected: Any
    got: Any


@dataclass
class EvaluationResult:
    """Per-field scores (0..1), the counts behind them, and every miss."""

    scores: dict[str, float] = field(default_factory=dict)
    counts: dict[str, tuple[float, int]] = field(default_factory=dict)
    micro_f1: dict[str, float] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    by_language: dict[str, EvaluationResult] = field(default_factory=dict)

    def overall(self) -> float:
        """The mean of the field scores: one figure for a batch."""
        return sum(self.scores.values()) / len(self.scores) if self.scores else 0.0

    def below(self, threshold: float) -> dict[str, float]:
        """The fields scoring under ``threshold``."""
        return {k: v for k, v in self.scores.items() if v < threshold}


def release_to_record(parsed: ParsedRelease) -> dict[str, Any]:
    """The expected.json-shaped dict for a parsed release."""
    return {
        "headline": parsed.headline,
        "subheadline": parsed.subheadline,
        "issuer": parsed.issuer,
        "event_date": parsed.event_date.isoformat() if parsed.event_date else None,
        "place": parsed.place,
        "photos": [
            {"caption": s.caption, "credit": s.credit, "copyright": s.copyright}
            for s in parsed.photos
        ],
        "participants": [
            {"name": p.name, "title": p.title} for p in parsed.participants if p.role != "mentioned"
        ],
        "mentioned_only": [p.name for p in parsed.participants if p.role == "mentioned"],
    }


def _names(items: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for item in items or ():
        name = item.get("name") if isinstance(item, Mapping) else item
        key = comparable(str(name)) if name is not None else None
        if key and key not in out:
            out.append(key)
    return out


def _forms(items: Iterable[Any]) -> list[tuple[str, frozenset[str]]]:
    """Each result person as (name, every spelling accepted for it): the name as the text
    writes it and, under ``also``, the authority's spelling ("Reuven Rivin" is Rivlin)."""
    out: list[tuple[str, frozenset[str]]] = []
    seen: set[str] = set()
    for item in items or ():
        if isinstance(item, Mapping):
            names = [item.get("name"), *(item.get("also") or ())]
        else:
            names = [item]
        keys = [k for k in (comparable(str(n)) for n in names if n is not None) if k]
        if keys and keys[0] not in seen:
            seen.add(keys[0])
            out.append((keys[0], frozenset(keys)))
    return out


def _f1(
    expected: list[str], got: list[tuple[str, frozenset[str]]]
) -> tuple[float, int, int, int, list[str], list[str]]:
    """F1 of one release's names; also the expected names missed and the names got wrong."""
    unused = list(got)
    missed: list[str] = []
    for name in expected:
        match = next((g for g in unused if name in g[1]), None)
        if match is None:
            missed.append(name)
        else:
            unused.remove(match)
    hits = len(expected) - len(missed)
    extra = [g[0] for g in unused]
    if not expected and not got:
        return 1.0, 0, 0, 0, [], []
    precision = hits / len(got) if got else 0.0
    recall = hits / len(expected) if expected else 0.0
    f1 = 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)
    return f1, hits, len(got), len(expected), missed, extra


def _equal(a: Any, b: Any) -> bool:
    if (a is None or isinstance(a, str)) and (b is None or isinstance(b, str)):
        return comparable(a) == comparable(b)
    return bool(a == b)


class _Tally:
    def __init__(self) -> None:
        self.right: dict[str, float] = dict.fromkeys(FIELDS, 0.0)
        self.total: dict[str, int] = dict.fromkeys(FIELDS, 0)
        self.micro: dict[str, list[int]] = {"participants": [0, 0, 0], "mentioned": [0, 0, 0]}
        self.misses: list[Miss] = []

    def check(self, file: str, name: str, expected: Any, got: Any) -> None:
        self.total[name] += 1
        if _equal(expected, got):
            self.right[name] += 1
        else:
            self.misses.append(Miss(file, name, expected, got))


def _score_file(tally: _Tally, file: str, exp: Mapping[str, Any], got: Mapping[str, Any]) -> None:
    for name, key in _SCALARS:
        tally.check(file, name, exp.get(key), got.get(key))
    exp_photos = list(exp.get("photos") or [])
    got_photos = list(got.get("photos") or [])
    for i in range(max(len(exp_photos), len(got_photos))):
        e = exp_photos[i] if i < len(exp_photos) else {}
        g = got_photos[i] if i < len(got_photos) else {}
        for part in ("caption", "credit", "copyright"):
            tally.check(f"{file}#{i + 1}", f"photo_{part}", e.get(part), g.get(part))
    for name, key in _SET_FIELDS:
        e_names, g_forms = _names(exp.get(key) or []), _forms(got.get(key) or [])
        f1, hits, n_got, n_exp, missed, extra = _f1(e_names, g_forms)
        tally.right[name] += f1
        tally.total[name] += 1
        micro = tally.micro[name]
        micro[0], micro[1], micro[2] = micro[0] + hits, micro[1] + n_got, micro[2] + n_exp
        tally.misses.extend(Miss(file, name, n, None) for n in missed)
        tally.misses.extend(Miss(file, name, None, n) for n in extra)
    got_titles: dict[str | None, Any] = {}
    for p in got.get("participants") or []:
        for form in (p.get("name"), *(p.get("also") or ())):
            got_titles.setdefault(comparable(form), p.get("title"))
    for person in exp.get("participants") or []:
        person_key = comparable(person.get("name"))
        if person_key is not None and person_key in got_titles:
            title = got_titles[person_key]
            tally.check(f"{file}:{person_key}", "titles", person.get("title"), title)


def evaluate(
    got: Mapping[str, Mapping[str, Any]],
    expected: Mapping[str, Mapping[str, Any]],
    *,
    files: Iterable[str] | None = None,
) -> EvaluationResult:
    """Score ``got`` against ``expected`` (both keyed by file name).

    By default the files scored are those present in both mappings, and expected files with
    no result are listed in ``missing``; pass ``files`` to score a fixed list (a file with no
    result then counts as an empty record, so every field it should have is a miss).
    Set fields (participants, mentioned) score the F1 of each file averaged over files;
    ``micro_f1`` gives the pooled figure. Titles score over participants found in both.
    """
    chosen = list(files) if files is not None else [f for f in expected if f in got]
    tally = _Tally()
    for file in chosen:
        _score_file(tally, file, expected.get(file, {}), got.get(file, {}))
    result = EvaluationResult(files=chosen, missing=[f for f in expected if f not in got])
    for name in FIELDS:
        total = tally.total[name]
        result.counts[name] = (tally.right[name], total)
        result.scores[name] = tally.right[name] / total if total else 1.0
    for name, (hits, n_got, n_exp) in tally.micro.items():
        p = hits / n_got if n_got else 1.0
        r = hits / n_exp if n_exp else 1.0
        result.micro_f1[name] = 2 * p * r / (p + r) if p + r else 0.0
    result.misses = tally.misses
    return result


def language_of(record: Mapping[str, Any]) -> str:
    """The language an expected record declares (``"language"``), English when it is silent."""
    return str(record.get("language") or "en")


def evaluate_by_language(
    got: Mapping[str, Mapping[str, Any]],
    expected: Mapping[str, Mapping[str, Any]],
    *,
    files: Iterable[str] | None = None,
) -> EvaluationResult:
    """:func:`evaluate` over all files, with ``by_language`` holding one result per language."""
    chosen = list(files) if files is not None else [f for f in expected if f in got]
    result = evaluate(got, expected, files=chosen)
    languages = sorted({language_of(expected.get(f, {})) for f in chosen})
    for code in languages:
        mine = [f for f in chosen if language_of(expected.get(f, {})) == code]
        result.by_language[code] = evaluate(got, expected, files=mine)
    return result


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


def format_report(result: EvaluationResult) -> str:
    """A plain-text report: one line per field, then every miss."""
    lines = [f"{len(result.files)} file(s) scored"]
    if result.missing:
        lines.append("no result for: " + ", ".join(result.missing))
    if len(result.by_language) > 1:
        lines.append("")
        codes = list(result.by_language)
        counts = ", ".join(f"{c} {len(result.by_language[c].files)}" for c in codes)
        lines.append(f"per language ({counts})")
        lines.append(f"{'field':<16} {'all':>7}" + "".join(f" {c:>7}" for c in codes))
        for name in FIELDS:
            row = f"{name:<16} {result.scores.get(name, 0.0):>7.1%}"
            row += "".join(f" {result.by_language[c].scores.get(name, 0.0):>7.1%}" for c in codes)
            lines.append(row)
        row = f"{'overall':<16} {result.overall():>7.1%}"
        row += "".join(f" {result.by_language[c].overall():>7.1%}" for c in codes)
        lines.append(row)
    lines.append("")
    lines.append(f"{'field':<16} {'score':>7}   basis")
    for name in FIELDS:
        right, total = result.counts.get(name, (0.0, 0))
        basis = (
            f"{right:.2f}/{total}"
            if name in ("participants", "mentioned")
            else f"{right:.0f}/{total}"
        )
        extra = f"  (pooled F1 {result.micro_f1[name]:.3f})" if name in result.micro_f1 else ""
        lines.append(f"{name:<16} {result.scores.get(name, 0.0):>7.1%}   {basis}{extra}")
    lines.append(f"{'overall':<16} {result.overall():>7.1%}   mean of the fields")
    lines.append("")
    lines.append(f"{len(result.misses)} miss(es)")
    for miss in result.misses:
        lines.append(
            f"  {miss.file}  {miss.field}: expected {_short(miss.expected)}, got {_short(miss.got)}"
        )
    return "\n".join(lines)
