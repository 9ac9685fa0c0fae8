"""index.html: dates in the release's language, long words wrap, warned photos marked."""

from __future__ import annotations

from dataclasses import replace

from pressdesk.services.bundles.page import CSS, render_index
from pressdesk.services.bundles.page_fields import local_date
from pressdesk.services.bundles.schema import (
    BundleCatalogue,
    BundlePhoto,
    BundleRelease,
    BundleSlot,
)


def test_dates_are_written_in_the_release_s_language() -> None:
    assert local_date("2012-11-08", "he") == "8 בנובמבר 2012"
    assert local_date("2012-11-08", "ru") == "8 ноября 2012\u202fг."  # (CLDR: a narrow space)
    assert local_date("2012-11-08", "en") == "November 8, 2012"
    assert local_date("2012-11-08T14:30:00+02:00", "xx-unknown") == "November 8, 2012, 14:30"
    assert local_date("2012-11-08T14:30:05.72", "he") == "8 בנובמבר 2012, 14:30"
    assert local_date("sometime", "en") == "sometime"


def _catalogue(language: str, caption: str, warnings: tuple[str, ...]) -> BundleCatalogue:
    photo = BundlePhoto(
        uid="1f0e6d2a-0000-4000-8000-000000000001", sha256="a" * 64, original_name="p.jpg",
        format="JPEG", width=10, height=10, bytes=100, taken_at="2012-11-08T09:15:00", camera_make=None,
        camera_model=None, caption=caption, headline=None, credit="GPO", copyright="GPO",
        creator=(), source=None, persons_shown=(), keywords=(), embedded={}, file="photos/p.jpg",
        file_sha256="b" * 64, file_bytes=100, thumbnail=None, warnings=warnings,
        extra={"date_created": "2012-11-08", "city": "ירושלים", "captions": {"en": "Caption"}},
    )  # fmt: skip
    release = BundleRelease(
        uid="1f0e6d2a-0000-4000-8000-000000000002", headline="כותרת", subheadline=None,
        summary=None, body="", issuer=None, event_date="2012-11-08", place=None,
        language=language, source_url=None, status="draft", source_sha256=None, keywords=(),
        created_at=None, updated_at=None,
        slots=(BundleSlot(0, caption, "GPO", "GPO", photo.uid),),
    )  # fmt: skip
    return BundleCatalogue((release,), (photo,), ())


def test_a_hebrew_release_page_has_hebrew_dates_marks_and_wrapping() -> None:
    long_word = "א" * 400  # a caption without a single space
    page = render_index(_catalogue("he", long_word, ("Photo 1 (p.jpg): the credit is cut",)))
    assert "8 בנובמבר 2012" in page  # event date and date created, in Hebrew
    assert "8 בנובמבר 2012, 09:15" in page and "2012-11-08T09:15" not in page  # taken
    assert "November" not in page
    assert ".caption{" in CSS and "overflow-wrap:anywhere" in CSS.split(".caption{")[1][:120]
    assert 'class="card warned-card"' in page and "the credit is cut" in page
    assert "⚠ 1" in page  # counted in the page's header
    assert 'lang="en"' in page and "ירושלים" in page


def test_a_photo_without_warnings_is_not_marked() -> None:
    cat = _catalogue("en", "A caption", ())
    page = render_index(cat)
    assert 'class="card warned-card"' not in page and "November 8, 2012" in page
    assert render_index(replace(cat)) == page
