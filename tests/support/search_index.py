"""What a catalogue's search index finds at whatever revision the catalogue is (for tests
of migrations, which stop at older revisions)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from pressdesk.catalogue.search import SearchHits, parse_query, pg_tsquery, search_ids


def found(s: Session, raw: str) -> SearchHits:
    """The search itself, or on PostgreSQL before revision 0015 (the documents in the wide
    rows) the same words matched on the ``search_doc`` columns of ``release``, ``photo``
    and ``person_alias``, in id order."""
    if s.get_bind().dialect.name != "postgresql" or s.scalar(
        text("SELECT to_regclass('release_search') IS NOT NULL")
    ):
        return search_ids(s, raw)
    q = {"q": pg_tsquery(parse_query(raw))}
    match = "search_doc @@ to_tsquery('simple', :q)"

    def ids(sql: str) -> list[int]:
        return list(s.execute(text(sql), q).scalars())

    return SearchHits(
        ids(f"SELECT id FROM release WHERE {match} ORDER BY id"),
        ids(f"SELECT id FROM photo WHERE {match} ORDER BY id"),
        ids(f"SELECT DISTINCT person_id FROM person_alias WHERE {match} ORDER BY person_id"),
    )
