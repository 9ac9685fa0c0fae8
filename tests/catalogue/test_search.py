"""Full-text search on both backends: kept in sync on writes, languages, bounded ranking."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pressdesk.catalogue import search as search_mod
from pressdesk.catalogue.models import PersonAlias, Photo, PhotoSlot, Release
from pressdesk.catalogue.search import (
    SearchQueryError,
    fold_for_search,
    fts5_expression,
    parse_query,
    pg_tsquery,
    release_ids_matching,
    search_ids,
)
from tests.support.rows import add_person, add_photo, add_release, add_slot


@pytest.fixture
def filled(cat):
    with cat.write() as s:
        add_release(
            s,
            headline="Pres Peres meets Russian President Putin in Moscow",
            summary="They discussed the Iranian threat",
            body="Lavrov attended.",
        )
        add_release(
            s,
            headline="Netanyahu speaks with world leaders",
            body="Prime Minister Netanyahu spoke with Chancellor Merkel.",
        )
        add_release(s, headline="נשיא המדינה נפגש עם נשיא רוסיה", body="בירושלים")
        add_release(s, headline="Президент Перес встретился с Путиным", body="в Москве")
        add_photo(
            s,
            "a.jpg",
            caption="President Peres meets with Putin",
            credit="GPO",
            creator=["Amos Ben Gershom"],
        )
        add_photo(s, "b.jpg", caption="Café meeting in Zürich", credit="Reuters")
        add_person(s, "Shimon Peres", "Peres", "שמעון פרס")
        add_person(s, "José Mourinho")
    return cat


def test_finds_each_kind(filled) -> None:
    with filled.read() as s:
        hits = search_ids(s, "Peres")
        assert len(hits.releases) == 1 and len(hits.photos) == 1 and len(hits.people) == 1
        assert len(search_ids(s, "Gershom").photos) == 1  # creator
        assert len(search_ids(s, "GPO").photos) == 1  # credit
        assert len(search_ids(s, "Iranian").releases) == 1  # summary
        assert len(search_ids(s, "Merkel").releases) == 1  # body


def test_all_words_must_match_and_phrases(filled) -> None:
    with filled.read() as s:
        assert len(search_ids(s, "Putin Moscow").releases) == 1
        assert search_ids(s, "Putin Merkel").releases == []
        assert len(search_ids(s, '"world leaders"').releases) == 1
        assert search_ids(s, '"leaders world"').releases == []


def test_prefix(filled) -> None:
    with filled.read() as s:
        assert len(search_ids(s, "Netan*").releases) == 1
        assert search_ids(s, "Netan").releases == []
        assert len(search_ids(s, "Netan", prefix_last=True).releases) == 1


def test_hebrew_and_russian(filled) -> None:
    with filled.read() as s:
        assert len(search_ids(s, "רוסיה").releases) == 1
        assert len(search_ids(s, "Путиным").releases) == 1
        assert len(search_ids(s, "פרס").people) == 1


def test_diacritics_folded(filled) -> None:
    with filled.read() as s:
        assert len(search_ids(s, "Zurich cafe").photos) == 1
        assert len(search_ids(s, "ZÜRICH Café").photos) == 1
        assert len(search_ids(s, "jose").people) == 1
        assert len(search_ids(s, "Jose\u0301").people) == 1  # (typed with a combining accent)
        assert len(search_ids(s, "Zur", prefix_last=True).photos) == 1


def test_hebrew_points_are_folded_on_postgresql(filled) -> None:
    if filled.dialect != "postgresql":
        pytest.skip("SQLite's FTS5 tokenizer splits words at Hebrew points")
    with filled.read() as s:
        assert len(search_ids(s, "רוּסְיָה").releases) == 1  # (the text is unpointed)
    with filled.write() as s:
        photo = s.query(Photo).filter_by(original_name="b.jpg").one()
        photo.caption = "הַנָּשִׂיא פֶּרֶס בְּמוֹסְקְבָה"
    with filled.read() as s:
        assert len(search_ids(s, "הנשיא פרס").photos) == 1


def test_words_are_lower_cased_as_the_indexes_do(filled) -> None:
    with filled.write() as s:
        add_photo(s, "c.jpg", caption="Straße in Köln, Acme™ banner", credit="GPO")
    with filled.read() as s:
        assert len(search_ids(s, "Straße").photos) == 1
        assert len(search_ids(s, "koln acme").photos) == 1


def test_search_folding_rules() -> None:
    assert fold_for_search("Zürich Café Nguyễn Ångström") == "Zurich Cafe Nguyen Angstrom"
    assert fold_for_search("פֶּרֶס") == "פרס"
    assert fold_for_search("בית־לחם") == "בית־לחם"  # (the maqaf joins two words: kept)
    assert fold_for_search("Дмитрий ёлка") == "Дмитрий ёлка"  # й and ё are letters
    assert fold_for_search("Acme™ ½ ﬁnance") == "Acme™ ½ ﬁnance"  # no compatibility folding
    assert parse_query("פֶּרֶס").terms[0].words == ("פֶּרֶס",)  # one word, points and all


FOLD_SAMPLES = [
    "José",
    "Jose\u0301",
    "Zürich",
    "Nguyễn",
    "ǅemal",
    "ﬁnance",
    "ＧＰＯ",
    "Acme™",
    "פֶּרֶס",
    "בית־לחם",
    "Путиным",
    "ёлка",
    "Дмитрий",
    "Ångström",
    "Ελλάδα",
    "O'Neill",
    "نَص",
]


def test_queries_fold_as_the_database_folds_text(filled) -> None:
    if filled.dialect != "postgresql":
        pytest.skip("the folding function is PostgreSQL's")
    with filled.read() as s:
        for word in FOLD_SAMPLES:
            folded = s.execute(text("SELECT pressdesk_search_fold(:w)"), {"w": word}).scalar_one()
            assert fold_for_search(word) == folded, word
        # the same in a session that reads backslashes the old way
        s.execute(text("SET LOCAL standard_conforming_strings = off"))
        assert s.execute(text("SELECT pressdesk_search_fold('Zürich')")).scalar_one() == "Zurich"


def test_index_follows_updates_and_deletes(filled) -> None:
    with filled.write() as s:
        photo = s.query(Photo).filter_by(original_name="b.jpg").one()
        photo.caption = "Replaced caption about Haifa"
        release = s.query(Release).filter_by(headline="Netanyahu speaks with world leaders").one()
        s.delete(release)
        alias = s.query(PersonAlias).filter_by(alias="José Mourinho").one()
        alias.alias = "Jose Mourinho Felix"
    with filled.read() as s:
        assert search_ids(s, "Zürich").photos == []
        assert len(search_ids(s, "Haifa").photos) == 1
        assert search_ids(s, "Merkel").releases == []
        assert len(search_ids(s, "Felix").people) == 1


def test_query_syntax_cannot_break_the_search(filled) -> None:
    with filled.read() as s:
        for raw in [
            '"',
            "a:b",
            "(((",
            "*",
            "NEAR(",
            "'; DROP TABLE release; --",
            "Peres\\",
            ":*",
            "&|!",
        ]:
            search_ids(s, raw)  # no exception
        assert search_ids(s, "   ").releases == []
    with filled.read() as s, pytest.raises(SearchQueryError):  # operators only: refused
        search_ids(s, "AND OR NOT")


def test_ranking_is_bounded(filled, monkeypatch) -> None:
    """Past the cap the newest matches come back, without ranking every match."""
    with filled.write() as s:
        for n in range(12):
            add_release(s, headline=f"Cabinet meeting {n}", body="cabinet " * (n % 3 + 1))
    monkeypatch.setattr(search_mod, "RANK_CAP", 5)
    with filled.read() as s:
        hits = search_ids(s, "cabinet", limit=4)
        assert not hits.ranked
        assert hits.releases == sorted(hits.releases, reverse=True)
        assert len(hits.releases) == 4
    monkeypatch.setattr(search_mod, "RANK_CAP", 1000)
    with filled.read() as s:
        hits = search_ids(s, "cabinet", limit=4)
        assert hits.ranked and len(hits.releases) == 4


def test_query_parsing() -> None:
    q = parse_query('Peres "world leaders" GPO/Milner Gersh*')
    assert [t.words for t in q.terms] == [
        ("peres",),
        ("world", "leaders"),
        ("gpo", "milner"),
        ("gersh",),
    ]
    assert [t.prefix for t in q.terms] == [False, False, False, True]
    assert fts5_expression(q) == '"peres" "world leaders" "gpo milner" "gersh"*'
    assert (
        pg_tsquery(q) == "('peres') & ('world' <-> 'leaders') & ('gpo' <-> 'milner') & ('gersh':*)"
    )
    assert not parse_query('"" * ()')


def test_or_and_minus(filled) -> None:
    with filled.read() as s:
        assert len(search_ids(s, "Merkel OR Lavrov").releases) == 2
        assert len(search_ids(s, "Prime Merkel OR Lavrov").releases) == 1  # AND binds groups
        assert search_ids(s, "Peres -Putin").photos == []
        assert len(search_ids(s, "GPO OR Reuters").photos) == 2
        assert len(search_ids(s, "GPO OR Reuters -zurich").photos) == 1
        assert len(search_ids(s, 'President -"world leaders"').releases) == 1
        assert len(search_ids(s, "Peres -José").people) == 1
        assert search_ids(s, "Peres -Shim*").people == []
        assert search_ids(s, "or").photos == []  # (lower case: a word, not the operator)
        # NOT word leaves out as -word does; AND is what words do anyway
        assert search_ids(s, "Peres NOT Putin") == search_ids(s, "Peres -Putin")
        assert search_ids(s, "GPO OR Reuters NOT zurich") == search_ids(s, "GPO OR Reuters -zurich")
        assert search_ids(s, "Putin AND Moscow") == search_ids(s, "Putin Moscow")
        assert len(search_ids(s, "Putin AND Moscow").releases) == 1


@pytest.mark.parametrize(
    "raw",
    ["-Putin", "-Putin -Merkel", "Putin OR", "OR Putin", "a OR OR b", "Putin NOT", "NOT Putin"],
)
def test_queries_that_cannot_be_searched_are_refused(filled, raw: str) -> None:
    with filled.read() as s, pytest.raises(SearchQueryError) as err:
        search_ids(s, raw)
    assert raw.strip() in str(err.value)
    with filled.read() as s:  # as you type, the half-written part finds nothing or is dropped
        assert isinstance(release_ids_matching(s, raw, limit=5), list)


def test_operators_in_both_query_languages() -> None:
    q = parse_query('Peres OR Rivlin Putin -"world leaders" -Gersh*')
    assert [[t.words for t in g] for g in q.groups] == [[("peres",), ("rivlin",)], [("putin",)]]
    assert fts5_expression(q) == (
        '(("peres" OR "rivlin") AND "putin") NOT ("world leaders" OR "gersh"*)'
    )
    assert pg_tsquery(q) == (
        "(('peres') | ('rivlin')) & ('putin') & !('world' <-> 'leaders') & !('gersh':*)"
    )
    assert parse_query("-x", strict=False).excluded and not parse_query("-x", strict=False)
    assert parse_query("Ben-Gershom").terms[0].words == ("ben", "gershom")


def test_photo_source_and_copyright_are_searched(filled) -> None:
    with filled.write() as s:
        add_photo(s, "d.jpg", caption="A harbour", source="Flash90", copyright="© Kobi Gideon")
        add_photo(s, "e.jpg", caption="www.gov.il", credit="GPO/Moshe Milner")
    with filled.read() as s:
        assert len(search_ids(s, "Flash90").photos) == 1
        assert len(search_ids(s, "Kobi Gideon").photos) == 1
        # (PostgreSQL's parser made "gpo/moshe" and "www.gov.il" one token each)
        assert len(search_ids(s, "Moshe").photos) == 1
        assert len(search_ids(s, "GPO/Moshe").photos) == 1
        assert len(search_ids(s, "gov").photos) == 1


def test_captions_and_credits_printed_in_a_release_find_it(filled) -> None:
    with filled.write() as s:
        release = s.query(Release).filter_by(headline="Netanyahu speaks with world leaders").one()
        add_slot(s, release, 0, caption="The prime minister at the Knesset podium", credit="GPO")
        slot = add_slot(s, release, 1, caption="Chaim Tzach greets guests", copyright="Knesset")
        other = add_release(s, headline="Unrelated", body="Nothing here.")
        release_id, slot_id, other_id = release.id, slot.id, other.id
    with filled.read() as s:
        assert search_ids(s, "podium").releases == [release_id]
        assert search_ids(s, "Tzach").releases == [release_id]
        assert search_ids(s, "Netanyahu Tzach").releases == [release_id]  # body AND caption
        assert search_ids(s, "Knesset -Tzach").releases == []
    with filled.write() as s:
        slot = s.get(PhotoSlot, slot_id)
        slot.caption = "Amir Ohana greets guests"
        slot.release_id = other_id
    with filled.read() as s:
        assert search_ids(s, "Tzach").releases == []
        assert search_ids(s, "Ohana").releases == [other_id]
        assert search_ids(s, "podium").releases == [release_id]
    with filled.write() as s:
        s.delete(s.get(PhotoSlot, slot_id))
        s.delete(s.get(Release, release_id))
    with filled.read() as s:
        assert search_ids(s, "Ohana").releases == []
        assert search_ids(s, "podium").releases == []
        assert search_ids(s, "Unrelated").releases == [other_id]
