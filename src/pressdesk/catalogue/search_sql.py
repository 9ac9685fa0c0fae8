"""The statements of a search, built once and reused: ids of the matching releases, photos
and people, best first, or newest first past the rank cap.

Each statement is a ``text()`` built once per shape (the table, whether there are excluded
words), so a search pays neither for building SQL nor for SQLAlchemy's compilation; the
query words and the caps are bound parameters.

SQLite: one FTS5 pass gives the newest ``cap + 1`` matches and their count together (FTS5
merges the full doclists of every word a prefix term matches before it returns a row, on each
MATCH, so a separate count would double the cost of "mi*"); bm25 ranks only when the query
is under the cap.

PostgreSQL: one statement answers the whole search. Per table, the newest ``cap + 1``
matches are taken once (with their search documents); their number says whether to rank,
and the ranking, when there is one, is computed over those same rows, which are then all the
matches. Releases, photos and people come back together, so a search is one round trip to
the server (each costs a wake-up of two processes, many milliseconds on a loaded machine).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import TextClause, text

from pressdesk.catalogue.search_ddl import PG_DOC_COLUMN, PG_DOC_TABLES

_FTS5 = {
    "releases": ("release_fts", "bm25(release_fts, 10.0, 6.0, 3.0, 1.0, 2.0)"),
    "photos": ("photo_fts", "bm25(photo_fts, 4.0, 3.0, 2.0, 2.0, 1.0, 1.0)"),
}
# The narrow tables of search documents (id, search_doc), not the wide rows: testing a row
# there reads no TOAST pages (migration 0015).
_PG_TABLES = {"releases": PG_DOC_TABLES["release"], "photos": PG_DOC_TABLES["photo"]}
PG_KINDS = ("releases", "photos", "people")


@cache
def sqlite_newest(kind: str) -> TextClause:
    """``(rowid, capped count)`` of the newest ``:cap`` matches of ``:q``, ``:n`` of them."""
    fts, _rank = _FTS5[kind]
    return text(
        f"SELECT rowid, count(*) OVER () FROM (SELECT rowid FROM {fts} WHERE {fts} "
        "MATCH :q ORDER BY rowid DESC LIMIT :cap) ORDER BY rowid DESC LIMIT :n"
    )


@cache
def sqlite_ranked(kind: str) -> TextClause:
    """Rowids of the ``:n`` best matches of ``:q`` (bm25)."""
    fts, rank = _FTS5[kind]
    return text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY {rank} LIMIT :n")


@cache
def sqlite_people(limited: bool) -> TextClause:
    """Ids of people with an alias matching ``:q``, best alias first (``:n`` of them)."""
    sql = (
        "SELECT a.person_id FROM person_fts JOIN person_alias a ON a.id = person_fts.rowid "
        "WHERE person_fts MATCH :q GROUP BY a.person_id ORDER BY min(person_fts.rank)"
    )
    return text(sql + (" LIMIT :n" if limited else ""))


def _pg_matches(kind: str) -> str:
    # Any ``cap + 1`` matches, in whatever order is cheapest: how many there are (up to the
    # cap) decides between ranking them all and taking the newest.
    table = _PG_TABLES[kind]
    return (
        f"{kind}_m AS MATERIALIZED (SELECT id FROM {table} WHERE {PG_DOC_COLUMN} @@ "
        "to_tsquery('simple', :q) LIMIT :cap), "
        f"{kind}_n AS (SELECT count(*) AS n FROM {kind}_m)"
    )


def _pg_hits(number: int, kind: str) -> str:
    # Past the cap, the newest matches (an index-order scan that stops after ``n``); under
    # it, every match was taken: rank those (ties newest first). Only one of the two runs
    # (the other's condition is false before it starts).
    table = _PG_TABLES[kind]
    newest = (
        f"SELECT id, NULL::real AS rank FROM (SELECT id FROM {table} WHERE {PG_DOC_COLUMN} "
        "@@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT :n) newest "
        f"WHERE (SELECT n FROM {kind}_n) > :rank_cap"
    )
    ranked = (
        f"SELECT t.id, ts_rank(t.{PG_DOC_COLUMN}, to_tsquery('simple', :q)) AS rank "
        f"FROM {table} t WHERE t.id IN (SELECT id FROM {kind}_m) "
        f"AND (SELECT n FROM {kind}_n) <= :rank_cap"
    )
    return (
        f"SELECT {number} AS kind, id, (SELECT n FROM {kind}_n) AS n, row_number() OVER "
        f"(ORDER BY rank DESC NULLS LAST, id DESC) AS pos FROM (SELECT id, rank FROM "
        f"(({newest}) UNION ALL ({ranked})) both_ ORDER BY rank DESC NULLS LAST, id DESC "
        f"LIMIT :n) {kind}_h"
    )


# People: any ``people_cap + 1`` aliases matching the words (the GIN index for rare words, a
# scan that stops early for frequent ones); when there are no more than the cap, the people
# are those aliases' (sorted, a few hundred at most), else the lowest ids are found by
# walking the aliases in person order, which finds them quickly only when matches are
# frequent (a person's aliases sit together: "Netan" walked 49,000 aliases for 176).
_PG_PEOPLE_MATCHES = (
    f"people_m AS MATERIALIZED (SELECT a.person_id FROM person_alias a WHERE a.{PG_DOC_COLUMN} "
    "@@ to_tsquery('simple', :words) LIMIT :people_cap + 1), "
    "people_n AS (SELECT count(*) AS n FROM people_m)"
)


def _pg_people(excluded: bool) -> str:
    def left_out(ref: str) -> str:
        # None of a person's names may match an excluded word ("Peres -Shimon").
        if not excluded:
            return ""
        return (
            f" AND NOT EXISTS (SELECT 1 FROM person_alias x WHERE x.person_id = {ref} "
            f"AND x.{PG_DOC_COLUMN} @@ to_tsquery('simple', :excluded))"
        )

    few = (
        "SELECT person_id FROM (SELECT DISTINCT m.person_id FROM people_m m WHERE true"
        f"{left_out('m.person_id')} ORDER BY m.person_id LIMIT :n) few "
        "WHERE (SELECT n FROM people_n) <= :people_cap"
    )
    walk = (
        f"SELECT person_id FROM (SELECT a.person_id FROM person_alias a WHERE a.{PG_DOC_COLUMN} "
        f"@@ to_tsquery('simple', :words){left_out('a.person_id')} GROUP BY a.person_id "
        "ORDER BY a.person_id LIMIT :n) walk WHERE (SELECT n FROM people_n) > :people_cap"
    )
    return (
        "SELECT 2 AS kind, person_id AS id, 0 AS n, row_number() OVER (ORDER BY person_id) "
        f"AS pos FROM (({few}) UNION ALL ({walk})) p"
    )


@cache
def pg_search(kinds: tuple[str, ...], excluded: bool = False) -> TextClause:
    """One statement for a search of ``kinds`` (of :data:`PG_KINDS`): rows ``(kind, id,
    capped count, position)``, kind the index in ``PG_KINDS``, in order. Parameters:
    ``q`` (the whole query), ``cap`` (the rank cap + 1), ``rank_cap``, ``n`` (the limit),
    and for people ``words`` (the query without its excluded words), ``people_cap`` and,
    when ``excluded``, ``excluded`` (any of them)."""
    tables = [k for k in kinds if k in _PG_TABLES]
    parts = [_pg_hits(PG_KINDS.index(k), k) for k in tables]
    if "people" in kinds:
        parts.append(_pg_people(excluded))
    ctes = [_pg_matches(k) for k in tables]
    if "people" in kinds:
        ctes.append(_PG_PEOPLE_MATCHES)
    with_ = f"WITH {', '.join(ctes)} " if ctes else ""
    union = " UNION ALL ".join(f"({p})" for p in parts)
    return text(f"{with_}SELECT kind, id, n FROM ({union}) hits ORDER BY kind, pos")
