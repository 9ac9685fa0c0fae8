"""PostgreSQL: search folds accents and Hebrew points

The 'simple' text search configuration keeps accents, so on PostgreSQL "Zurich" did not
find "Zürich" (SQLite's FTS5 folds Latin diacritics). Each ``search_doc`` column is rebuilt
on ``pressdesk_search_fold(text)``: an immutable SQL function (no extension needed) that
decomposes the text (NFD), drops the accents of Latin letters and the Hebrew points and
cantillation marks, and recomposes the rest (NFC), so Cyrillic й and ё stay themselves
(no compatibility folding: "Acme™" stays a word of its own, as in SQLite's FTS5).
Queries are folded the same way (``pressdesk.catalogue.search.fold_for_search``). SQLite
is unchanged.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (kept here as they were at this revision; search.py folds queries with the same rules).
# E'' strings read the same whatever standard_conforming_strings says.
LATIN_MARKS = r"E'([A-Za-z])[\\u0300-\\u036f]+'"
HEBREW_MARKS = r"E'[\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7]'"
FOLD = (
    "CREATE FUNCTION pressdesk_search_fold(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT normalize(regexp_replace("
    f"regexp_replace(normalize($1, NFD), {LATIN_MARKS}, E'\\\\1', 'g'), "
    f"{HEBREW_MARKS}, '', 'g'), NFC) $$"
)

TEXTS = {
    "release": "coalesce(headline, '') || ' ' || coalesce(subheadline, '') "
    "|| ' ' || coalesce(summary, '') || ' ' || coalesce(body, '')",
    "photo": "coalesce(caption, '') || ' ' || coalesce(headline, '') "
    "|| ' ' || coalesce(credit, '') || ' ' || coalesce(creator::text, '')",
    "person_alias": "alias",
}


def _rebuild(table: str, doc: str) -> None:
    op.execute(f"ALTER TABLE {table} DROP COLUMN search_doc")  # (its index goes with it)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN search_doc tsvector GENERATED ALWAYS AS ({doc}) STORED"
    )
    op.execute(f"CREATE INDEX ix_{table}_search_doc ON {table} USING gin (search_doc)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FOLD)
    for table, source in TEXTS.items():
        _rebuild(table, f"to_tsvector('simple', pressdesk_search_fold({source}))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, source in TEXTS.items():
        _rebuild(table, f"to_tsvector('simple', {source})")
    op.execute("DROP FUNCTION pressdesk_search_fold(text)")
