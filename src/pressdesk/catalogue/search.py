"""One search over releases, photos and people, on SQLite FTS5 and PostgreSQL full text.

The index is kept in sync by the database itself (FTS5 triggers on SQLite, GIN expression
indexes on PostgreSQL), so every write path updates it. Ranking is bounded: when a query
matches more than ``RANK_CAP`` rows, relevance over a quarter of the catalogue means little
and costs much, so the newest matches are returned instead (an index-order scan that stops
after ``limit`` rows).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from pressdesk.catalogue.search_ddl import PG_DOC_COLUMN

RANK_CAP = 2000
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


@dataclass(frozen=True)
class Term:
    """A word or phrase of a query; ``prefix`` matches words that begin with it."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: every term must match (AND)."""

    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)


@dataclass
class SearchHits:
    """Ids of the matching records, best (or, past the rank cap, newest) first."""

    releases: list[int] = field(default_factory=list)
    photos: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    ranked: bool = True


def parse_query(raw: str, *, prefix_last: bool = False) -> Query:
    """Parse user text: ``"two words"`` is a phrase, ``word*`` a prefix, the rest words.

    With ``prefix_last`` (search as you type) the last bare word also matches as a prefix.
    Words are lower-cased letter by letter, as both databases' indexes do (``casefold``
    would turn "straße" into "strasse", which neither index holds).
    """
    terms: list[Term] = []
    parts = re.split(r'("[^"]*"?)', raw)
    last_bare: int | None = None
    for part in parts:
        if part.startswith('"'):
            words = tuple(w.lower() for w in _TOKEN.findall(part))
            if words:
                terms.append(Term(words))
            continue
        for chunk in part.split():
            words = tuple(w.lower() for w in _TOKEN.findall(chunk))
            if not words:
                continue
            # "GPO/Milner" or "Ben-Gershom" become a phrase of their pieces.
            terms.append(Term(words, prefix=chunk.endswith("*")))
            last_bare = len(terms) - 1
    if prefix_last and last_bare is not None and last_bare == len(terms) - 1:
        terms[-1] = Term(terms[-1].words, prefix=True)
    return Query(tuple(terms))


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression for a query (every token quoted, so nothing is syntax)."""
    out = []
    for term in query.terms:
        phrase = " ".join(term.words).replace('"', '""')
        out.append(f'"{phrase}"' + ("*" if term.prefix else ""))
    return " ".join(out)


def pg_tsquery(query: Query) -> str:
    """The text for ``to_tsquery('simple', …)``: words folded (:func:`fold_for_search`) and
    quoted, phrases joined by ``<->``."""
    out = []
    for term in query.terms:
        words = [fold_for_search(w) for w in term.words]
        lexemes = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words]
        if term.prefix:
            lexemes[-1] += ":*"
        out.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(out)


_SQLITE = {
    "releases": ("release_fts", "bm25(release_fts, 10.0, 6.0, 3.0, 1.0)"),
    "photos": ("photo_fts", "bm25(photo_fts, 4.0, 3.0, 2.0, 2.0)"),
}
_PG = {
    "releases": ("release", PG_DOC_COLUMN),
    "photos": ("photo", PG_DOC_COLUMN),
}


def _sqlite_ids(session: Session, kind: str, expr: str, limit: int) -> tuple[list[int], bool]:
    fts, rank = _SQLITE[kind]
    # One FTS5 pass both decides whether the query is over the rank cap and gives the newest
    # matches: FTS5 merges the full doclists of every word a prefix term matches before it
    # returns a row, on each MATCH, so a separate count would double the cost of "mi*".
    newest = session.execute(
        text(
            f"SELECT rowid, count(*) OVER () FROM (SELECT rowid FROM {fts} WHERE {fts} "
            "MATCH :q ORDER BY rowid DESC LIMIT :cap) ORDER BY rowid DESC LIMIT :n"
        ),
        {"q": expr, "cap": RANK_CAP + 1, "n": limit},
    ).all()
    if not newest:
        return [], True
    if newest[0][1] > RANK_CAP:
        return [row[0] for row in newest], False
    rows = session.execute(
        text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY {rank} LIMIT :n"),
        {"q": expr, "n": limit},
    ).scalars()
    return list(rows), True


def _pg_ids(session: Session, kind: str, tsq: str, limit: int) -> tuple[list[int], bool]:
    table, doc = _PG[kind]
    cond = f"{doc} @@ to_tsquery('simple', :q)"
    matches = session.execute(
        text(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {cond} LIMIT :cap) m"),
        {"q": tsq, "cap": RANK_CAP + 1},
    ).scalar_one()
    ranked = matches <= RANK_CAP
    order = f"ts_rank({doc}, to_tsquery('simple', :q)) DESC, id DESC" if ranked else "id DESC"
    rows = session.execute(
        text(f"SELECT id FROM {table} WHERE {cond} ORDER BY {order} LIMIT :n"),
        {"q": tsq, "n": limit},
    ).scalars()
    return list(rows), ranked


def _people_ids(session: Session, query: Query, limit: int) -> list[int]:
    if session.get_bind().dialect.name == "sqlite":
        sql = (
            "SELECT a.person_id FROM person_fts JOIN person_alias a ON a.id = person_fts.rowid "
            "WHERE person_fts MATCH :q GROUP BY a.person_id ORDER BY min(person_fts.rank) "
            "LIMIT :n"
        )
        params = {"q": fts5_expression(query), "n": limit}
    else:
        sql = (
            f"SELECT person_id FROM person_alias WHERE {PG_DOC_COLUMN} @@ "
            "to_tsquery('simple', :q) GROUP BY person_id ORDER BY person_id LIMIT :n"
        )
        params = {"q": pg_tsquery(query), "n": limit}
    return list(session.execute(text(sql), params).scalars())


def search_ids(
    session: Session, raw: str, *, limit: int = 50, prefix_last: bool = False
) -> SearchHits:
    """Search releases (headline, subheadline, summary, body), photos (caption, headline,
    credit, creator) and people (names and aliases) for ``raw``."""
    query = parse_query(raw, prefix_last=prefix_last)
    hits = SearchHits()
    if not query:
        return hits
    sqlite = session.get_bind().dialect.name == "sqlite"
    for kind in ("releases", "photos"):
        if sqlite:
            ids, ranked = _sqlite_ids(session, kind, fts5_expression(query), limit)
        else:
            ids, ranked = _pg_ids(session, kind, pg_tsquery(query), limit)
        setattr(hits, kind, ids)
        hits.ranked = hits.ranked and ranked
    hits.people = _people_ids(session, query, limit)
    return hits


def release_ids_matching(
    session: Session, raw: str, *, limit: int, prefix_last: bool = True
) -> list[int]:
    """Ids of releases matching ``raw`` (for the release list's search-as-you-type)."""
    query = parse_query(raw, prefix_last=prefix_last)
    if not query:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_ids(session, "releases", fts5_expression(query), limit)[0]
    return _pg_ids(session, "releases", pg_tsquery(query), limit)[0]
