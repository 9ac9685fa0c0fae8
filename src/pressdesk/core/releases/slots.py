"""Photo blocks: which lines of a page are a photo's caption, credit and copyright."""

from __future__ import annotations

from itertools import pairwise

from .clutter import is_clutter
from .credits import better_credit, file_name, gallery_counter
from .dates import is_date_line
from .galleries import captioned_blocks, read_galleries
from .lines import Line, Slot, is_sentence, issuer_of, several_sentences
from .photo_labels import join_numbered_blocks
from .photos import (
    CaptionParts,
    bare_label,
    caption_parts,
    credit_line,
    dated_copyright,
    fold_agency,
    has_trailing_credit,
    is_press_office,
)


def find_slots(lines: list[Line], first_content: int) -> tuple[list[Slot], set[int]]:
    slots: list[Slot] = []
    used: set[int] = set()
    n = len(lines)
    _join_bare_labels(lines)
    join_numbered_blocks(lines)
    slots.extend(
        read_galleries(lines, used, lambda k: k <= first_content or _first_real_line(lines, k))
    )
    gallery = captioned_blocks(lines) >= 2
    i = 0
    while i < n:
        line = lines[i]
        if i in used or line.blank:
            i += 1
            continue
        if "icon_zoom" in line.content:
            slot = Slot([i], zoom=True)
            used.add(i)
            j = i + 1
            while j < n and j - i <= 3 and lines[j].blank:
                j += 1
            nxt = lines[j] if j < n else None
            if (
                nxt is not None
                and not nxt.bullet
                and issuer_of(nxt.content) is None
                and (len(nxt.content) <= 1000 or "copyright" in nxt.content.casefold())
            ):
                text, j = _caption_block(lines, j)
                parts = caption_parts(text)
                slot.caption, slot.copyright = parts.caption, parts.copyright
                slot.credit = parts.credit
                slot.lines.extend(range(slot.lines[0] + 1, j))
                while j < n and (cl := credit_line(lines[j].content)) is not None:
                    slot.credit = better_credit(slot.credit, cl.credit)
                    slot.copyright = slot.copyright or cl.copyright
                    slot.lines.append(j)
                    j += 1
            used.update(slot.lines)
            slots.append(slot)
            i = max(j, i + 1)
            continue
        glued = _glued_credit(lines, i)
        if glued is not None:
            slots.append(glued)
            used.update(glued.lines)
            i = glued.lines[-1] + 1
            continue
        dated = dated_copyright(line.content)
        if dated is not None and len(dated[0].split()) > 3 and len(line.content) > 200:
            # a paragraph closed by a photo's "date © holder": the photo has no caption and
            # the paragraph stays in the body without the notice
            slots.append(Slot([i], None, dated[1], dated[1]))
            line.content = dated[0]
            i += 1
            continue
        cl = credit_line(line.content) or _credit_only(lines, i)
        if cl is not None:
            slot = Slot([i], None, cl.credit, cl.copyright)
            prev = _above_furniture(lines, slot)
            if (
                prev is not None
                and not prev.blank
                and prev.index not in used
                and prev.index > first_content
                and not _first_real_line(lines, prev.index)
                and not prev.bullet
                and issuer_of(prev.content) is None
                and (
                    (gallery and _set_apart(lines, prev.index, i))
                    or (
                        len(prev.content.split()) <= 40
                        and not _in_prose_run(lines, prev.index)
                        and not several_sentences(prev.content)
                    )
                )
                and len(prev.content.split()) <= _MAX_CAPTION_WORDS
                and not is_clutter(prev.content)
            ):
                slot.caption, slot.credit = fold_agency(
                    caption_parts(prev.content).caption, slot.credit
                )
                slot.lines.insert(0, prev.index)
                twice = lines[prev.index - 1] if prev.index > 0 else None
                if twice is not None and twice.content == prev.content:
                    slot.lines.insert(0, twice.index)  # the caption printed twice
            else:
                _caption_below(lines, slot, first_content, used)
            used.update(slot.lines)
            slots.append(slot)
            i = slot.lines[-1]
        elif len(line.content) <= 600 and has_trailing_credit(line.content):
            parts = caption_parts(line.content)
            if parts.credit is not None or parts.copyright is not None:
                slots.append(Slot([i], parts.caption, parts.credit, parts.copyright))
                used.add(i)
        i += 1
    slots.sort(key=lambda slot: slot.lines[0])
    return _merge_slots(slots, lines), used


_MAX_CAPTION_WORDS = 80  # a caption of two sentences (an agency's), never a page


def _set_apart(lines: list[Line], caption: int, credit: int) -> bool:
    """A caption line directly above its credit line, the two set apart from the text by
    blank lines: on a page of such blocks (a gallery) a photo block whatever the caption's
    length (an agency's caption often has a second sentence of background)."""
    return (
        credit == caption + 1
        and (caption == 0 or lines[caption - 1].blank)
        and (credit + 1 >= len(lines) or lines[credit + 1].blank)
    )


def _join_bare_labels(lines: list[Line]) -> None:
    """A label alone on its line ("Photo credit:") takes the short line under it as its value:
    pages often print the label and the credit in two elements."""
    for ln, nxt in pairwise(lines):
        if (
            bare_label(ln.content)
            and not nxt.blank
            and len(nxt.content.split()) <= 8
            and not is_sentence(nxt.content)
        ):
            ln.content = f"{ln.content} {nxt.content}"
            nxt.content = ""


def _credit_only(lines: list[Line], i: int) -> CaptionParts | None:
    """A line that is all credit once read ("GPO/Flash90. Фото: А.Охайон": agencies before the
    label), or a press office on its own line under a caption line."""
    content = lines[i].content
    if len(content) <= 200 and has_trailing_credit(content):
        parts = caption_parts(content)
        if parts.caption is None and parts.credit is not None:
            return parts
    if is_press_office(content) and i > 0 and not lines[i - 1].blank:
        above = lines[i - 1].content
        if len(above.split()) <= 30 and issuer_of(above) is None:
            return CaptionParts(None, content, None)
    return None


def _glued_credit(lines: list[Line], i: int) -> Slot | None:
    """A caption printed twice, the second copy with its credit glued on
    ("Rivlin and Herzog" / "Rivlin and HerzogGPO"): one photo."""
    cap = lines[i].content
    if i + 1 >= len(lines) or len(cap.split()) > 40 or len(cap) < 8:
        return None
    nxt = lines[i + 1].content
    if not nxt.startswith(cap) or len(nxt) == len(cap):
        return None
    rest = nxt[len(cap) :].strip(" .,;-–|")
    if not rest or len(rest.split()) > 5 or rest[-1:] in "!?" or issuer_of(nxt) is not None:
        return None
    labelled = credit_line(rest)
    caption = caption_parts(cap).caption
    return Slot([i, i + 1], caption, labelled.credit if labelled else rest, None)


def _caption_below(lines: list[Line], slot: Slot, first_content: int, used: set[int]) -> None:
    """A credit line that opens the page, one printed again below the next line, or one set
    apart above a short line set apart, takes that next line as its caption ("Photo: AFP" /
    "Rivlin in India" / "Photo: AFP")."""
    i = slot.lines[0]
    j = i + 1
    if j >= len(lines) or lines[j].blank or j in used:
        return
    below = lines[j].content
    if len(below.split()) > 30 or is_sentence(below) or credit_line(below) is not None:
        return
    if issuer_of(below) is not None or is_clutter(below) or is_date_line(below):
        return
    again = j + 1 < len(lines) and lines[j + 1].content == lines[i].content
    # a credit set apart above one short line that is itself set apart: the photo's caption
    # printed under its credit ("(Photo: GPO)" / "Mayor greets the teachers" / blank)
    apart = (i == 0 or lines[i - 1].blank) and (j + 1 >= len(lines) or lines[j + 1].blank)
    if i != first_content and not again and not apart:
        return
    slot.caption = caption_parts(below).caption
    slot.lines.append(j)
    if again:
        slot.lines.append(j + 1)


def _above_furniture(lines: list[Line], slot: Slot) -> Line | None:
    """The line above a credit line, past a gallery's counter or an image's file name printed
    between the caption and its credit (those join the photo block)."""
    k = slot.lines[0] - 1
    while (
        k > 0
        and not lines[k].blank
        and (gallery_counter(lines[k].content) or file_name(lines[k].content))
    ):
        slot.lines.insert(0, k)
        k -= 1
    return lines[k] if k >= 0 else None


def _first_real_line(lines: list[Line], k: int) -> bool:
    """Only page furniture above line ``k`` (menus, "skip to content", labels, dates): the
    line is the page's title, and a credit under it belongs to a photo with no caption."""
    return all(ln.blank or is_clutter(ln.content) or is_date_line(ln.content) for ln in lines[:k])


def _in_prose_run(lines: list[Line], k: int) -> bool:
    """A sentence that continues the prose just above it (no blank line between) is body
    text, not the caption of the credit line below it."""
    above = lines[k - 1] if k > 0 else None
    return (
        above is not None
        and not above.blank
        and is_sentence(above.content)
        and is_sentence(lines[k].content)
    )


def _caption_block(lines: list[Line], j: int) -> tuple[str, int]:
    """The caption text under a zoom icon, with a copyright value broken over lines joined."""
    text = lines[j].content
    j += 1
    if "copyright" not in text.casefold() and j < len(lines):
        nxt = lines[j].content
        if nxt.casefold().startswith("copyright"):
            text, j = f"{text} {nxt}", j + 1
    while j < len(lines) and "copyright" in text.casefold():
        nxt = lines[j].content
        if not nxt or len(nxt.split()) > 4 or issuer_of(nxt) is not None:
            break
        if text.rstrip().endswith(("/", "-", "&", ",")) or nxt.startswith("/"):
            text = text.rstrip() + ("" if text.rstrip().endswith("/") or nxt[0] == "/" else " ")
            text, j = text + nxt, j + 1
        else:
            break
    return text, j


def _merge_slots(slots: list[Slot], lines: list[Line]) -> list[Slot]:
    """Fold a credit-only line next to a zoom-icon photo block into that photo, and a
    caption printed twice on neighbouring lines into one photo."""
    merged: list[Slot] = []
    for slot in slots:
        prev = merged[-1] if merged else None
        if prev is not None and _adjacent(prev, slot, lines):
            if (prev.caption, prev.credit, prev.copyright) == (
                slot.caption,
                slot.credit,
                slot.copyright,
            ) and (
                (prev.caption is not None and min(len(prev.lines), len(slot.lines)) == 1)
                or slot.lines[0] == prev.lines[-1] + 1 == prev.lines[0] + 1
            ):
                # the same caption printed twice, as alt text and as caption (a bare credit
                # only on the very next line: after a blank line it is the next photo's)
                prev.lines.extend(slot.lines)
                continue
            if (
                slot.caption is None
                and slot.credit == prev.credit
                and slot.lines[0] == prev.lines[-1] + 1
            ):  # the credit printed again on the next line
                prev.lines.extend(slot.lines)
                continue
            lone, host = (slot, prev) if prev.zoom and not slot.zoom else (prev, slot)
            if lone.caption is None and host.zoom and not lone.zoom:
                host.credit = better_credit(host.credit, lone.credit)
                host.copyright = host.copyright or lone.copyright
                host.lines = sorted(set(host.lines) | set(lone.lines))
                merged[-1] = host
                continue
        merged.append(slot)
    return merged


def _adjacent(a: Slot, b: Slot, lines: list[Line]) -> bool:
    gap = range(a.lines[-1] + 1, b.lines[0])  # slot lines are kept in ascending order
    return all(lines[k].blank for k in gap)
