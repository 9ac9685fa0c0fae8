"""Keywords shared by releases and photos."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Keyword


def keyword_ids(session: Session, words: Iterable[str]) -> list[int]:
    """Ids of these keywords in order (created when new; blanks and repeats dropped)."""
    out: list[int] = []
    for word in words:
        text = " ".join(word.split())[:200]
        if not text:
            continue
        kid = session.scalar(select(Keyword.id).where(Keyword.text == text))
        if kid is None:
            kw = Keyword(text=text)
            session.add(kw)
            session.flush()
            kid = kw.id
        if kid not in out:
            out.append(kid)
    return out
