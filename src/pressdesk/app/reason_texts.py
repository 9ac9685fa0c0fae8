"""The match's reasons in the window's language: each :class:`Reason` of the scoring
(``core/matching.py``) carries its template and values, translated here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill
from pressdesk.core import matching as m

CONTEXT = "Match"

#: The scoring's templates ("{}" per value) -> the same sentence with %1, %2 for Qt.
REASONS = {
    m.SAME_DAY_REASON: QT_TRANSLATE_NOOP("Match", "taken on the event date (%1)"),
    m.NEXT_DAY_REASON: QT_TRANSLATE_NOOP("Match", "taken a day from the event date (%1)"),
    m.NEAR_DAYS_REASON: QT_TRANSLATE_NOOP("Match", "taken %1 days from the event date"),
    m.FAR_REASON: QT_TRANSLATE_NOOP("Match", "taken on %1, %2 days from the event date"),
    m.NOBODY_REASON: QT_TRANSLATE_NOOP("Match", "nobody shown takes part in the release"),
    m.SHOWS_ONE_REASON: QT_TRANSLATE_NOOP("Match", "shows %1, who takes part"),
    m.SHOWS_MANY_REASON: QT_TRANSLATE_NOOP("Match", "shows %1, who take part"),
    m.CAPTION_REASON: QT_TRANSLATE_NOOP("Match", "caption %1 alike"),
    m.CREDIT_AGREES_REASON: QT_TRANSLATE_NOOP("Match", "credit %1 agrees with the release"),
    m.CREDIT_DIFFERS_REASON: QT_TRANSLATE_NOOP("Match", "credit %1 differs from %2"),
}


def reason_text(reason: str) -> str:
    """A reason in the window's language (as given, when it carries no template)."""
    template = getattr(reason, "template", None)
    if template not in REASONS:
        return reason
    args = getattr(reason, "args", ())
    return fill(QCoreApplication.translate(CONTEXT, REASONS[template]), *args)
