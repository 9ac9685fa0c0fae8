"""One search over releases, photos and people, on SQLite FTS5 and PostgreSQL full text.

The index is kept in sync by the database itself (FTS5 triggers on SQLite; on PostgreSQL,
triggers writing tsvector documents into narrow tables with GIN indexes), so every write path
updates it. Ranking is bounded: when a query
matches more than ``RANK_CAP`` rows, relevance over a quarter of the catalogue means little
and costs much, so the newest matches are returned instead (an index-order scan that stops
after ``limit`` rows).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from pressdesk.catalogue import search_sql

RANK_CAP = 2000
# PostgreSQL: up to this many aliases matching a query, people are found from all of them;
# past it, by walking the aliases in person order (search_sql._pg_people).
PEOPLE_CAP = 500
_LATIN_ACCENTS = "\u0300-\u036f"
_HEBREW_POINTS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # (not the maqaf, 05be)
_OTHER_MARKS = "\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670"  # Cyrillic, Arabic
# Words, with the combining marks inside them (Python's \w leaves those out, which would
# cut a pointed Hebrew word, or a word typed with combining accents, into pieces).
_TOKEN = re.compile(f"(?:\\w|[{_LATIN_ACCENTS}{_HEBREW_POINTS}{_OTHER_MARKS}])+")
# The rules of the database function pressdesk_search_fold (migration 0007), for queries.
_LATIN_MARKS = re.compile(f"([A-Za-z])[{_LATIN_ACCENTS}]+")
_HEBREW_MARKS = re.compile(f"[{_HEBREW_POINTS}]")


def fold_for_search(word: str) -> str:
    """A query word as PostgreSQL's search documents hold it: accents of Latin letters and
    Hebrew points dropped, the rest recomposed (so Cyrillic й and ё stay themselves, and
    "Acme™" stays as it is, as in SQLite's FTS5)."""
    decomposed = unicodedata.normalize("NFD", word)
    stripped = _HEBREW_MARKS.sub("", _LATIN_MARKS.sub(r"\1", decomposed))
    return unicodedata.normalize("NFC", stripped)


class SearchQueryError(ValueError):
    """A query that cannot be searched as written (the message says what to change)."""


@dataclass(frozen=True)
class Term:
    """A word or phrase of a query; ``prefix`` matches words that begin with it."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (AND), a group when any of its terms does
    (``OR``), and no excluded term may (``-word``)."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        """The terms a match must or may contain, in order."""
        return tuple(t for group in self.groups for t in group)

    def __bool__(self) -> bool:
        return bool(self.groups)


@dataclass
class SearchHits:
    """Ids of the matching records, best (or, past the rank cap, newest) first."""

    releases: list[int] = field(default_factory=list)
    photos: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    ranked: bool = True


# A quoted phrase (its closing quote may be missing while typing), or a bare chunk;
# either may carry a leading minus.
_CHUNK = re.compile(r'(-?)("[^"]*"?|[^\s"]+)')


def _term(chunk: str) -> Term | None:
    words = tuple(w.lower() for w in _TOKEN.findall(chunk))
    if not words:
        return None
    # "GPO/Milner" or "Ben-Gershom" become a phrase of their pieces.
    return Term(words, prefix=not chunk.startswith('"') and chunk.endswith("*"))


def parse_query(raw: str, *, prefix_last: bool = False, strict: bool = True) -> Query:
    """Parse user text: ``"two words"`` is a phrase, ``word*`` a prefix, ``-word`` (or
    ``-"a phrase"``, or ``NOT word``) excludes, ``a OR b`` matches either, ``AND`` is
    what words do anyway; the rest are words that must all match (``and``, ``or`` and
    ``not`` in lower case are words).

    With ``prefix_last`` (search as you type) the last bare word also matches as a prefix.
    Words are lower-cased letter by letter, as both databases' indexes do (``casefold``
    would turn "straße" into "strasse", which neither index holds). ``strict`` raises
    :class:`SearchQueryError` for a query that only excludes or an ``OR`` with nothing on
    one side; otherwise those parts are dropped (half-typed queries).
    """
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    last_bare = False
    negate_next = False
    for match in _CHUNK.finditer(raw):
        minus, chunk = match.groups()
        if chunk in ("NOT", "AND") and not minus:  # AND is what words do anyway
            if negate_next and strict:
                raise SearchQueryError(f"'NOT' needs a word after it: {raw.strip()!r}.")
            negate_next = chunk == "NOT"
            continue
        if negate_next:
            minus, negate_next = "-", False
        if chunk == "OR" and not minus:
            if (not groups or pending_or) and strict:
                raise SearchQueryError(f"'OR' needs a word on each side: {raw.strip()!r}.")
            pending_or = bool(groups)
            continue
        term = _term(chunk)
        if term is None:
            continue
        if minus:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
        last_bare = not minus and not chunk.startswith('"')
    if strict and negate_next:
        raise SearchQueryError(f"'NOT' needs a word after it: {raw.strip()!r}.")
    if strict and pending_or:
        raise SearchQueryError(f"'OR' needs a word on each side: {raw.strip()!r}.")
    if strict and excluded and not groups:
        raise SearchQueryError(
            "A search needs at least one word to find; '-word' only leaves out what "
            f"matches it: {raw.strip()!r}."
        )
    if prefix_last and last_bare and groups:
        groups[-1][-1] = Term(groups[-1][-1].words, prefix=True)
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts5_term(term: Term) -> str:
    phrase = " ".join(term.words).replace('"', '""')
    return f'"{phrase}"' + ("*" if term.prefix else "")


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression for a query (every token quoted, so nothing is syntax)."""
    if all(len(g) == 1 for g in query.groups) and not query.excluded:
        return " ".join(_fts5_term(g[0]) for g in query.groups)
    groups = [
        _fts5_term(g[0]) if len(g) == 1 else "(" + " OR ".join(map(_fts5_term, g)) + ")"
        for g in query.groups
    ]
    expr = " AND ".join(groups)
    if query.excluded:
        expr = f"({expr}) NOT (" + " OR ".join(map(_fts5_term, query.excluded)) + ")"
    return expr


def _pg_term(term: Term) -> str:
    words = [fold_for_search(w) for w in term.words]
    lexemes = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words]
    if term.prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def pg_tsquery(query: Query) -> str:
    """The text for ``to_tsquery('simple', …)``: words folded (:func:`fold_for_search`) and
    quoted, phrases joined by ``<->``, alternatives by ``|``, exclusions by ``& !``."""
    out = [
        _pg_term(g[0]) if len(g) == 1 else "(" + " | ".join(map(_pg_term, g)) + ")"
        for g in query.groups
    ]
    out += ["!" + _pg_term(t) for t in query.excluded]
    return " & ".join(out)


def _sqlite_ids(session: Session, kind: str, expr: str, limit: int) -> tuple[list[int], bool]:
    newest = session.execute(
        search_sql.sqlite_newest(kind), {"q": expr, "cap": RANK_CAP + 1, "n": limit}
    ).all()
    if not newest:
        return [], True
    if newest[0][1] > RANK_CAP:
        return [row[0] for row in newest], False
    rows = session.execute(search_sql.sqlite_ranked(kind), {"q": expr, "n": limit}).scalars()
    return list(rows), True


def _sqlite_people(session: Session, query: Query, limit: int | None) -> list[int]:
    params: dict[str, object] = {"q": fts5_expression(query)}
    if limit is not None:
        params["n"] = limit
    return list(session.execute(search_sql.sqlite_people(limit is not None), params).scalars())


def _sqlite_people_ids(session: Session, query: Query, limit: int) -> list[int]:
    """People with a name matching the query's words, none of whose names matches an
    excluded word ("Peres -Shimon" leaves out Shimon Peres, found by "Peres")."""
    ids = _sqlite_people(session, Query(query.groups), limit if not query.excluded else None)
    if query.excluded and ids:
        # (one group of every excluded term: a name matching any of them)
        left_out = set(_sqlite_people(session, Query((query.excluded,)), None))
        ids = [i for i in ids if i not in left_out][:limit]
    return ids


def _pg_search(
    session: Session, query: Query, kinds: tuple[str, ...], limit: int
) -> tuple[dict[str, list[int]], bool]:
    """Ids per kind and whether every kind was ranked, in one statement."""
    params: dict[str, object] = {
        "q": pg_tsquery(query),
        "cap": RANK_CAP + 1,
        "rank_cap": RANK_CAP,
        "n": limit,
    }
    excluded = "people" in kinds and bool(query.excluded)
    if "people" in kinds:
        params["words"] = pg_tsquery(Query(query.groups))
        params["people_cap"] = PEOPLE_CAP
    if excluded:
        params["excluded"] = pg_tsquery(Query((query.excluded,)))
    found: dict[str, list[int]] = {kind: [] for kind in kinds}
    ranked = True
    for kind, id_, n in session.execute(search_sql.pg_search(kinds, excluded), params):
        name = search_sql.PG_KINDS[kind]
        found[name].append(id_)
        ranked = ranked and (name == "people" or n <= RANK_CAP)
    return found, ranked


def search_ids(
    session: Session,
    raw: str,
    *,
    limit: int = 50,
    prefix_last: bool = False,
    strict: bool = True,
) -> SearchHits:
    """Search releases (headline, subheadline, summary, body, and the captions, credits and
    copyright lines printed in them), photos (the fields ``core.photos.fields`` marks
    ``search``) and people (names and aliases) for ``raw``.

    Raises :class:`SearchQueryError` for a query that cannot be searched as written (unless
    not ``strict``: see :func:`parse_query`)."""
    query = parse_query(raw, prefix_last=prefix_last, strict=strict)
    hits = SearchHits()
    if not query:
        return hits
    if session.get_bind().dialect.name != "sqlite":
        found, ranked = _pg_search(session, query, search_sql.PG_KINDS, limit)
        return SearchHits(found["releases"], found["photos"], found["people"], ranked)
    for kind in ("releases", "photos"):
        ids, ranked = _sqlite_ids(session, kind, fts5_expression(query), limit)
        setattr(hits, kind, ids)
        hits.ranked = hits.ranked and ranked
    hits.people = _sqlite_people_ids(session, query, limit)
    return hits


def release_ids_matching(
    session: Session, raw: str, *, limit: int, prefix_last: bool = True
) -> list[int]:
    """Ids of releases matching ``raw`` (for the release list's search-as-you-type: a
    half-typed ``OR`` or a query that only excludes so far finds nothing, without error)."""
    query = parse_query(raw, prefix_last=prefix_last, strict=False)
    if not query:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_ids(session, "releases", fts5_expression(query), limit)[0]
    return _pg_search(session, query, ("releases",), limit)[0]["releases"]


def photo_ids_matching(session: Session, raw: str, *, limit: int) -> list[int]:
    """Ids of photos matching ``raw`` (for the photo browser's text filter), best first
    (newest first past the rank cap)."""
    query = parse_query(raw)
    if not query:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_ids(session, "photos", fts5_expression(query), limit)[0]
    return _pg_search(session, query, ("photos",), limit)[0]["photos"]
