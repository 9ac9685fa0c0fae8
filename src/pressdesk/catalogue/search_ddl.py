"""Names of the database objects that live outside the ORM models: full-text search, and
PostgreSQL's sort indexes for the release list.

SQLite keeps FTS5 external-content tables filled by triggers; PostgreSQL keeps tsvector
documents with GIN indexes: those of releases and photos in narrow tables of their own (id and
document, written by triggers: migration 0015), those of people's names in ``person_alias``.
All are created by migrations; autogenerate leaves them alone.
"""

from __future__ import annotations

from typing import Any

FTS_TABLES = ("release_fts", "photo_fts", "person_fts")

# PostgreSQL's search documents: this column of person_alias (stored, generated: migration
# 0006) and of the narrow tables below (migration 0015), each with a GIN index.
PG_DOC_COLUMN = "search_doc"
# The tables holding the search documents of releases and photos (id, search_doc), whose
# ids are those of the rows they index.
PG_DOC_TABLES = {"release": "release_search", "photo": "photo_search"}
# The printed text of a release's photo slots, kept in each release row by triggers on
# photo_slot (migration 0009) for both databases' search indexes; the ORM does not map it.
SLOT_TEXT_COLUMN = "slot_text"
PG_SEARCH_INDEXES = (
    "ix_release_search",
    "ix_photo_search",
    "ix_person_alias_search",
    "ix_release_search_doc",
    "ix_photo_search_doc",
    "ix_person_alias_search_doc",
)


# PostgreSQL indexes in the release list's orders, NULLs last both ways, ties by id
# (migration 0008; SQLite's column indexes, which end with the rowid, serve them already).
PG_SORT_INDEXES = tuple(
    f"ix_release_{column}_{way}_sort"
    for column in ("event_date", "issuer")
    for way in ("desc", "asc")
)


def is_search_object(name: str | None, type_: str) -> bool:
    """True for FTS5 tables (and their shadow tables), PostgreSQL's search document tables
    and search indexes."""
    if not name:
        return False
    if type_ == "table":
        if name in PG_DOC_TABLES.values():
            return True
        return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)
    if type_ == "index":
        return name in PG_SEARCH_INDEXES
    if type_ == "column":
        return name in (PG_DOC_COLUMN, SLOT_TEXT_COLUMN)
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: leave the search objects and the PostgreSQL sort indexes out of
    autogenerate and ``check``."""
    if type_ == "index" and name in PG_SORT_INDEXES:
        return False
    return not is_search_object(name, type_)
