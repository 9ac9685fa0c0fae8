"""Keywords shared by releases and photos."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Keyword


def keyword_text(word: str) -> str:
    """The stored form of a keyword: whitespace collapsed, at most 200 characters."""
    return " ".join(word.split())[:200]


def keyword_ids(session: Session, words: Iterable[str]) -> list[int]:
    """Ids of these keywords in order (created when new; blanks and repeats dropped)."""
    texts = list(dict.fromkeys(t for word in words if (t := keyword_text(word))))
    known = keyword_map(session, texts)
    return [known[text] for text in texts]


def keyword_map(session: Session, texts: Iterable[str]) -> dict[str, int]:
    """Keyword text (in stored form) -> id, creating the missing keywords; one query."""
    wanted = list(dict.fromkeys(t for t in texts if t))
    if not wanted:
        return {}
    rows = session.execute(select(Keyword.text, Keyword.id).where(Keyword.text.in_(wanted)))
    known: dict[str, int] = {text: kid for text, kid in rows}
    new = [Keyword(text=text) for text in wanted if text not in known]
    if new:
        session.add_all(new)
        session.flush()
        known.update((kw.text, kw.id) for kw in new)
    return known
