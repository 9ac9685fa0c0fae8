"""Galleries: several photos whose credit lines stand alone between blank lines, each next
to one caption paragraph ("Official X Photo by Y" / caption / "Official X Photo by Y" /
caption ...). Such a page prints every credit on the same side of its caption; which side is
read from the paragraphs at the two ends of the run: the one beyond the first credit or the
one beyond the last is the extra, and the extra is the page's prose (an introduction above
the gallery, the article below it), never a caption."""

from __future__ import annotations

from collections.abc import Callable

from .clutter import is_clutter
from .dates import is_date_line
from .lines import INNER_STOP, Line, Slot, issuer_of
from .photos import CaptionParts, caption_parts, credit_line

_MAX_WORDS = 80  # a caption is a sentence or two, never a page
_MAX_LINES = 3
_MIN_PHOTOS = 3  # two credits a paragraph apart are as often an article's two photos
Block = tuple[int, int]  # first and last line of a run of non-blank lines


def read_galleries(lines: list[Line], used: set[int], is_head: Callable[[int], bool]) -> list[Slot]:
    """The photos of each gallery on the page: credit blocks alternating with single
    caption paragraphs, at least three credits. ``is_head(k)`` tells a line of the page's
    head (the title and what stands above it), which is never a caption."""
    blocks = _blocks(lines)
    credits = [_credit_block(lines, b, used) for b in blocks]
    slots: list[Slot] = []
    k = 0
    while k < len(blocks):
        run = [k] if credits[k] is not None else []
        while run and run[-1] + 2 < len(blocks) and credits[run[-1] + 2] is not None:
            if credits[run[-1] + 1] is not None:
                break
            run.append(run[-1] + 2)
        if len(run) < _MIN_PHOTOS:
            k += 1
            continue
        k = run[-1] + 1
        inner = [blocks[c + 1] for c in run[:-1]]
        if not all(_caption_like(lines, b, used, is_head) for b in inner):
            continue
        before = blocks[run[0] - 1] if run[0] > 0 and credits[run[0] - 1] is None else None
        after = (
            blocks[run[-1] + 1]
            if run[-1] + 1 < len(blocks) and credits[run[-1] + 1] is None
            else None
        )
        captions: list[Block | None] = list(inner)
        if after is not None and _captions_below(lines, before, after, used, is_head):
            captions.append(after)
        elif before is not None and _caption_like(lines, before, used, is_head):
            captions.insert(0, before)
        else:
            captions.insert(0, None)  # the first photo has no caption
        for c, cap in zip(run, captions, strict=True):
            slots.append(_slot(lines, blocks[c], cap, credits[c]))
    for slot in slots:
        used.update(slot.lines)
    return slots


def _captions_below(
    lines: list[Line],
    before: Block | None,
    after: Block,
    used: set[int],
    is_head: Callable[[int], bool],
) -> bool:
    """Does each credit stand above its caption? Only when the paragraph after the last
    credit reads as a caption and the one before the first does not, or reads as prose
    (two sentences more than the other)."""
    if not _caption_like(lines, after, used, is_head):
        return False
    if before is None or not _caption_like(lines, before, used, is_head):
        return True
    return _sentences(lines, before) >= _sentences(lines, after) + 2


def captioned_blocks(lines: list[Line]) -> int:
    """How many blocks of the page are a caption with its credit line under it and nothing
    else (blank lines around): two or more make the page a gallery of such blocks."""
    count = 0
    for first, last in _blocks(lines):
        if last > first and credit_line(lines[last].content) is not None:
            count += all(credit_line(lines[k].content) is None for k in range(first, last))
    return count


def _blocks(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    start = None
    for ln in lines:
        if ln.blank:
            if start is not None:
                out.append((start, ln.index - 1))
            start = None
        elif start is None:
            start = ln.index
    if start is not None:
        out.append((start, lines[-1].index))
    return out


def _credit_block(lines: list[Line], block: Block, used: set[int]) -> CaptionParts | None:
    """The credit of a block that is nothing but one credit line (printed once or twice)."""
    texts = {lines[k].content for k in range(block[0], block[1] + 1)}
    if len(texts) != 1 or any(k in used for k in range(block[0], block[1] + 1)):
        return None
    parts = credit_line(texts.pop())
    return parts if parts is not None and (parts.credit or parts.copyright) else None


def _caption_like(
    lines: list[Line], block: Block, used: set[int], is_head: Callable[[int], bool]
) -> bool:
    """A paragraph that may be a photo's caption: short, not furniture, not the head."""
    span = range(block[0], block[1] + 1)
    if len(span) > _MAX_LINES or is_head(block[0]):
        return False
    for k in span:
        ln = lines[k]
        if k in used or ln.bullet or issuer_of(ln.content) is not None:
            return False
        if is_clutter(ln.content) or is_date_line(ln.content):
            return False
    return sum(len(lines[k].content.split()) for k in span) <= _MAX_WORDS


def _sentences(lines: list[Line], block: Block) -> int:
    text = " ".join(lines[k].content for k in range(block[0], block[1] + 1))
    return 1 + sum(1 for _ in INNER_STOP.finditer(text))


def _slot(
    lines: list[Line], credit: Block, caption: Block | None, parts: CaptionParts | None
) -> Slot:
    assert parts is not None
    own = list(range(credit[0], credit[1] + 1))
    if caption is None:
        return Slot(own, None, parts.credit, parts.copyright)
    text = " ".join(lines[k].content for k in range(caption[0], caption[1] + 1))
    read = caption_parts(text)
    return Slot(
        sorted([*own, *range(caption[0], caption[1] + 1)]),
        read.caption,
        parts.credit or read.credit,
        parts.copyright or read.copyright,
    )
