"""Numbered photo blocks: "Picture 1: caption ... - Picture by X, The Daily" printed over
several lines. The label opens the caption and the run-in credit closes it; the block is
joined into one caption line for the photo-block reader (``slots``)."""

from __future__ import annotations

from . import lang
from .lines import Line
from .photos import has_trailing_credit

# "Picture 1:", "Photo 2 -", "Фото 3.", "Image No. 4:": a photo's number opening its caption.
_NUMBERED = lang.pattern(
    lambda: (
        r"(?i)^(?:" + lang.alternatives("PHOTO_LABELS") + r")\s*(?:no\.?\s*)?\d{1,2}\s*[:.–-]\s*"
    )
)
_MAX_LINES = 8  # a caption runs over a few lines, never a page
_MAX_CHARS = 1200


def numbered_label(content: str) -> int:
    """Where the caption starts after a photo's number label ("Picture 1: ..."); 0 if none."""
    m = _NUMBERED.match(content)
    return m.end() if m else 0


def join_numbered_blocks(lines: list[Line]) -> None:
    """A numbered label's caption and the lines after it up to the one that closes with a
    credit become one line, without the label; a block with no credit within a few lines
    loses only its label (the photo's caption is then the label's line)."""
    i = 0
    while i < len(lines):
        start = numbered_label(lines[i].content)
        if not start:
            i += 1
            continue
        parts = [lines[i].content[start:].strip()]
        end = None
        for k in range(i, min(len(lines), i + _MAX_LINES)):
            if k > i:
                if lines[k].blank or numbered_label(lines[k].content):
                    break
                parts.append(lines[k].content)
            if sum(len(p) for p in parts) > _MAX_CHARS:
                break
            if has_trailing_credit(" ".join(parts)):
                end = k
                break
        if end is None:
            lines[i].content = parts[0]
            i += 1
            continue
        lines[i].content = " ".join(p for p in parts if p)
        for k in range(i + 1, end + 1):
            lines[k].content = ""
        i = end + 1
