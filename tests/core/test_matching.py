"""Scoring photos against empty slots (pure: no catalogue)."""

from __future__ import annotations

import datetime as dt

from pressdesk.core.matching import PhotoFacts, Rarity, Scored, SlotFacts, assign, score, words

DAY = dt.date(2013, 3, 21)
SLOT = SlotFacts(
    1, 0, "President Peres meets Barack Obama in Jerusalem", "GPO", DAY, frozenset({10, 11})
)


def _agree(a: str, b: str) -> bool:
    return a.split("/")[-1] == b.split("/")[-1]


def _score(photo: PhotoFacts, slot: SlotFacts = SLOT) -> Scored:
    rarity = Rarity([words(photo.caption), words(slot.caption), ["jerusalem"], ["meets"]])
    return score(slot, photo, rarity, _agree)


def test_every_kind_of_evidence_counts_and_is_explained() -> None:
    full = _score(
        PhotoFacts(
            5,
            "Peres and Obama meet in Jerusalem",
            None,
            DAY,
            "Kobi Gideon/GPO",
            frozenset({10}),
            {10: "Shimon Peres"},
        )
    )
    assert full.score > 0.95
    assert any("caption" in r for r in full.reasons)
    assert "taken on the event date (2013-03-21)" in full.reasons
    assert "shows Shimon Peres, who takes part" in full.reasons
    bare = _score(PhotoFacts(6, None, None, DAY, "GPO"))  # a camera original: date, credit
    assert 0.5 < bare.score < full.score
    nothing = _score(PhotoFacts(7, None, None, None, None))
    assert nothing.score < 0.2 and nothing.reasons == ()


def test_another_day_outweighs_the_same_caption() -> None:
    same = _score(PhotoFacts(5, SLOT.caption, None, DAY, "GPO"))
    other_day = _score(PhotoFacts(6, SLOT.caption, None, DAY + dt.timedelta(days=40), "GPO"))
    bare_same_day = _score(PhotoFacts(7, None, None, DAY, "GPO"))
    assert other_day.score < bare_same_day.score < same.score
    assert "40 days from the event date" in " ".join(other_day.reasons)


def test_contradicting_evidence_lowers_the_score() -> None:
    base = _score(PhotoFacts(5, None, None, DAY, None))
    assert _score(PhotoFacts(5, None, None, DAY, "Reuters")).score < base.score
    strangers = _score(PhotoFacts(5, None, None, DAY, None, frozenset({99})))
    assert strangers.score < base.score
    assert "nobody shown takes part in the release" in strangers.reasons


def test_a_date_in_the_printed_caption_is_the_photo_day() -> None:
    slot = SlotFacts(1, 0, "Obama and Peres. Jerusalem, 21 March 2013", None, None)
    assert slot.day == DAY
    assert (
        "taken on the event date (2013-03-21)"
        in _score(PhotoFacts(5, None, None, DAY, None), slot).reasons
    )


def test_rare_words_weigh_more_than_common_ones() -> None:
    rarity = Rarity([["meets", "jerusalem"], ["meets"], ["meets"], ["meets"]])
    assert rarity.weight("jerusalem") > rarity.weight("meets")
    assert words("The President of Israel, וגם של, и в Москве") == [
        "president",
        "israel",
        "וגם",
        "москве",
    ]


def test_assign_gives_each_slot_one_photo_and_each_photo_one_slot() -> None:
    found = {
        (1, 0): [Scored(5, 0.9, ()), Scored(6, 0.8, ())],
        (1, 1): [Scored(5, 0.95, ()), Scored(6, 0.7, ())],
        (2, 0): [Scored(5, 0.6, ())],  # another release may use the same photo
        (2, 1): [Scored(7, 0.3, ())],  # below the bar
    }
    picks = assign(found, 0.5)
    assert {k: c.photo_id for k, c in picks.items()} == {(1, 1): 5, (1, 0): 6, (2, 0): 5}
