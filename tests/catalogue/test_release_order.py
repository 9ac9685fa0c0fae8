"""The release list's orders: empty values last both ways, ties by id, and on PostgreSQL
read from an index rather than sorted."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import text

from pressdesk.catalogue.models import Release
from pressdesk.services.reads.browse import list_releases, release_id_query
from tests.support.rows import add_release


@pytest.fixture
def releases(cat):
    with cat.write() as s:
        ids = [
            add_release(s, headline="B", issuer="GPO", event_date=dt.date(2012, 5, 7)).id,
            add_release(s, headline="A", issuer=None, event_date=None).id,
            add_release(s, headline="C", issuer="MFA", event_date=dt.date(2018, 10, 24)).id,
            add_release(s, headline="D", issuer="GPO", event_date=dt.date(2012, 5, 7)).id,
        ]
    return cat, ids


def test_orders_put_empty_values_last_and_break_ties_by_id(releases) -> None:
    cat, (b, a, c, d) = releases

    def order(sort: str, descending: bool) -> list[int]:
        return [r.id for r in list_releases(cat, sort=sort, descending=descending)]

    assert order("date", True) == [c, d, b, a]
    assert order("date", False) == [b, d, c, a]
    assert order("issuer", True) == [c, d, b, a]
    assert order("issuer", False) == [b, d, c, a]
    assert order("created", True) == [d, c, a, b]
    assert order("id", False) == [b, a, c, d]


def test_postgresql_reads_each_order_from_an_index(releases) -> None:
    cat, _ids = releases
    if cat.dialect != "postgresql":
        pytest.skip("SQLite's plain column indexes serve these orders")
    for sort in ("created", "date", "issuer", "id"):
        for descending in (True, False):
            query = release_id_query(None, sort, descending).limit(100)
            sql = str(query.compile(cat.engine, compile_kwargs={"literal_binds": True}))
            with cat.read() as s:
                s.execute(text("SET LOCAL enable_sort = off"))  # (a tiny table: sorted anyway)
                s.execute(text("SET LOCAL enable_seqscan = off"))
                plan = "\n".join(s.execute(text(f"EXPLAIN {sql}")).scalars())
            # an index read in order, at most an incremental sort of ties: no full Sort node
            assert "Index" in plan, (sort, descending, plan)
            assert not re.search(r"(^|->\s+)Sort\s+\(", plan, re.M), (sort, descending, plan)
            way = "desc" if descending else "asc"
            expected = {
                "created": "ix_release_created_at",
                "date": f"ix_release_event_date_{way}_sort",
                "issuer": f"ix_release_issuer_{way}_sort",
                "id": "pk_release",
            }[sort]
            assert f"using {expected} on {Release.__tablename__}" in plan, (sort, way, plan)
