"""Problems in the window's language: the rule each problem breaks and where it is.

The checks (``core/checks``) write their messages in English, with the values quoted; in
another language the problems panel shows the place and the rule in that language instead,
and keeps the English sentence in the tooltip. ``tests/app/test_language.py`` checks that
every rule code of the core has a text here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pressdesk.app.field_names import field_label
from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill
from pressdesk.core.checks.model import Problem
from pressdesk.core.photos.fields import FIELDS

CONTEXT = "Problems"

#: Rule code -> what the rule checks (``core.checks.rules.CODES``), except the codes made
#: per field (see :func:`rule_text`).
RULES = {
    "missing-caption": QT_TRANSLATE_NOOP("Problems", "a photo used in a release has no caption"),
    "missing-credit": QT_TRANSLATE_NOOP("Problems", "a photo used in a release has no credit line"),
    "missing-copyright": QT_TRANSLATE_NOOP(
        "Problems", "a photo used in a release has no copyright notice"
    ),
    "unattached-missing-caption": QT_TRANSLATE_NOOP(
        "Problems", "a photo in no release has no caption"
    ),
    "unattached-missing-credit": QT_TRANSLATE_NOOP(
        "Problems", "a photo in no release has no credit line"
    ),
    "unattached-missing-copyright": QT_TRANSLATE_NOOP(
        "Problems", "a photo in no release has no copyright notice"
    ),
    "slot-credit-mismatch": QT_TRANSLATE_NOOP(
        "Problems", "the credit printed in the release contradicts the photo's"
    ),
    "not-in-house-list": QT_TRANSLATE_NOOP(
        "Problems", "the photo's credit names no agency the desk accepts"
    ),
    "photographer-not-in-house-list": QT_TRANSLATE_NOOP(
        "Problems", "a photographer is not in the house list"
    ),
    "house-style": QT_TRANSLATE_NOOP(
        "Problems", "the credit is not written in the house list's canonical form"
    ),
    "copyright-agency-rule": QT_TRANSLATE_NOOP(
        "Problems", "the copyright breaks the credited agency's rule"
    ),
    "person-named-not-tagged": QT_TRANSLATE_NOOP(
        "Problems", "the caption names a person not tagged as shown"
    ),
    "shown-not-participant": QT_TRANSLATE_NOOP(
        "Problems", "a person shown is not a participant of the release"
    ),
    "empty-slot": QT_TRANSLATE_NOOP(
        "Problems", "a photo slot of the release has no photo attached"
    ),
    "credited-differently": QT_TRANSLATE_NOOP(
        "Problems", "one photo is credited differently in two releases"
    ),
}
DIFFERS = QT_TRANSLATE_NOOP("Problems", "the %1 differs from the file's own")
OVER_LIMIT = QT_TRANSLATE_NOOP("Problems", "the %1 exceeds the IIM limit of %2 bytes")

_BY_CODE = {f.code: f for f in FIELDS}
_DIFFERS = re.compile(r"embedded-(.+)-differs")
_OVER = re.compile(r"(.+)-over-limit")
_PHOTO_NAME = re.compile(r"photo \d+ \(([^)]*)\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_text(code: str) -> str | None:
    """What the rule ``code`` checks, translated (None for a code this table lacks)."""
    if code in RULES:
        return _tr(RULES[code])
    if (m := _DIFFERS.fullmatch(code)) and m[1] in _BY_CODE:
        return fill(_tr(DIFFERS), field_label(_BY_CODE[m[1]].name))
    if (m := _OVER.fullmatch(code)) and m[1] in _BY_CODE:
        f = _BY_CODE[m[1]]
        return fill(_tr(OVER_LIMIT), field_label(f.name), f.iim.limit if f.iim else "?")
    return None


def where_text(problem: Problem) -> str:
    """Release, slot and photo of a problem (with the photo's file name), translated."""
    bits = []
    if problem.release_id is not None:
        bits.append(fill(_tr(QT_TRANSLATE_NOOP("Problems", "release %1")), problem.release_id))
        if problem.position is not None:
            bits.append(fill(_tr(QT_TRANSLATE_NOOP("Problems", "slot %1")), problem.position + 1))
    if problem.photo_id is not None:
        name = _PHOTO_NAME.search(problem.message)
        photo = fill(_tr(QT_TRANSLATE_NOOP("Problems", "photo %1")), problem.photo_id)
        bits.append(f"{photo} ({name[1]})" if name else photo)
    return ", ".join(bits) or _tr(QT_TRANSLATE_NOOP("Problems", "catalogue"))


def problem_text(problem: Problem) -> str:
    """The problem in the window's language: where, and the rule it breaks (the English
    message when the rule is unknown here)."""
    rule = rule_text(problem.code)
    return f"{where_text(problem)}: {rule}" if rule else problem.message
