"""A read-only rendering of one release as HTML (every value escaped)."""

from __future__ import annotations

from html import escape

from pressdesk.services.records import ReleaseRecord


def _dir(text: str | None) -> str:
    """``dir="auto"`` lets Hebrew and Arabic paragraphs run right to left."""
    return ' dir="auto"'


def release_html(r: ReleaseRecord) -> str:
    """HTML for a QTextBrowser: headline, facts, photo slots, participants, body."""
    parts = [f"<h2{_dir(r.headline)}>{escape(r.headline or '(no headline)')}</h2>"]
    if r.subheadline:
        parts.append(f"<h3{_dir(r.subheadline)}>{escape(r.subheadline)}</h3>")
    if r.summary:
        parts.append(f"<p{_dir(r.summary)}><i>{escape(r.summary)}</i></p>")
    facts = [
        ("Issuer", r.issuer),
        ("Date", r.event_date.isoformat() if r.event_date else None),
        ("Place", r.place),
    ]
    rows = "".join(
        f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in facts
        if value
    )
    if rows:
        parts.append(f"<table>{rows}</table>")
    if r.photos:
        parts.append("<h4>Photos</h4><ol>")
        for s in r.photos:
            state = "attached" if s.photo_id else "no file yet"
            parts.append(
                f"<li{_dir(s.caption)}>{escape(s.caption or '(no caption)')}<br>"
                f"<small>Credit: {escape(s.credit or '—')} · Copyright: "
                f"{escape(s.copyright or '—')} · {state}</small></li>"
            )
        parts.append("</ol>")
    if r.participants:
        people = ", ".join(
            escape(p.name) + (f" <small>({escape(p.title)})</small>" if p.title else "")
            for p in r.participants
            if p.role == "participant"
        )
        mentioned = ", ".join(escape(p.name) for p in r.participants if p.role == "mentioned")
        if people:
            parts.append(f"<p><b>Participants:</b> {people}</p>")
        if mentioned:
            parts.append(f"<p><b>Mentioned:</b> {mentioned}</p>")
    for para in (r.body or "").split("\n\n"):
        if para.strip():
            parts.append(f"<p{_dir(para)}>{escape(para)}</p>")
    return "\n".join(parts)
