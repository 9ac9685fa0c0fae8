"""Language knowledge lives in one module per language: each gives every name the shared
parts read, and the shared modules hold no Hebrew or Russian words of their own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pressdesk.core.releases import lang

REQUIRED = (
    "CODE",
    "NAV_WORDS",
    "SECTION_WORDS",
    "SOURCE_LABELS",
    "PAGE_LABELS",
    "PAGE_LABELS",
    "issuer_of",
    "find_people",
    "find_place",
    "looks_like_name",
    "prefixed_form",
    "MONTHS",
    "MONTH_PREFIXES",
    "DATE_ANCHORS",
    "DATE_JOINERS",
    "SHORT_DATE_LEADS",
    "WEEKDAY_PATTERNS",
    "TODAY",
    "YESTERDAY",
    "YEAR_WORDS",
    "RELATED_HEADINGS",
    "SKIP_LINES",
    "BUTTON_WORDS",
    "BYLINES",
    "STAMP_WORDS",
    "AND_WORDS",
    "DOMAINS",
    "CAPITALS",
    "PHOTO_LABELS",
    "RUN_IN_LABELS",
    "AGENCIES",
    "PRESS_OFFICES",
    "CAPTION_LABELS",
    "COURTESY",
    "SOURCE_FORMS",
    "GALLERY_COUNTER",
    "OFFICIAL_PHOTO",
    "SOUND_DIGRAPHS",
    "SILENT_FINALS",
    "SOUND_RULES",
    "SOUNDS",
)
SHARED = Path(lang.__file__).resolve().parent.parent
# Telling legacy 8-bit encodings apart is about scripts and code pages, not languages.
SCRIPT_LEVEL = {"encoding.py"}
_FOREIGN = re.compile(r"[\u05d0-\u05ea\u0400-\u04ff]")  # letters, not punctuation


@pytest.mark.parametrize("module", lang.kits(), ids=lambda m: m.CODE)
def test_each_language_module_gives_what_the_shared_parts_read(module) -> None:
    missing = [name for name in REQUIRED if not hasattr(module, name)]
    assert missing == []
    assert len(module.WEEKDAY_PATTERNS) == 7


def _literals(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module's code (docstrings left out: examples may quote)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize(
    "path",
    sorted(p for p in SHARED.glob("*.py") if p.name not in SCRIPT_LEVEL),
    ids=lambda p: p.name,
)
def test_shared_modules_hold_no_hebrew_or_russian_words_of_their_own(path: Path) -> None:
    foreign = [(n, s) for n, s in _literals(path) if _FOREIGN.search(s)]
    assert foreign == []
