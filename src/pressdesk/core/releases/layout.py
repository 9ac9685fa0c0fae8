"""Page layout: which lines are titles, summary, photo blocks, issuer line and body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lang
from .clutter import is_clutter, is_stamp
from .dates import is_date_line
from .lexicon import words
from .photos import (
    CaptionParts,
    better_credit,
    caption_parts,
    credit_line,
    dated_copyright,
    has_trailing_credit,
    is_press_office,
)
from .text import collapse_spaces, detect_language

_BULLETS = "•·▪◦●■►–-*"
_MAX_TITLE = 400  # a longer line is never a title
_INLINE_ISSUER = re.compile(
    r"\(\s*(?:communicated|contributed)\s+by\s*:?\s+(?:the\s+)?(?P<who>[^()\n]{2,150}?)\s*\)\s*\.?$",
    re.I,
)
_NAV = re.compile(
    r"(?i)(?:[\w’'&-]+\s+){0,3}(?:news|events|updates|press\s+releases?|press\s+room|"
    r"newsroom|live\s+streaming|share|print|back|home|menu|search|related\s+links?)"
)
_ARTEFACT = re.compile(r"(?i)^(?:<\s*/?\s*[a-z][a-z0-9]*\b|[\w-]+\s*=\s*\")|icon_\w+\.(?:png|gif)")
_ARTICLE_END = re.compile(r"(?i)^(?:previous|next)\s+(?:article|post|story)")
_URL_LINE = re.compile(r"(?i)(?:source|url|link)?\s*:?\s*(https?://\S{3,500})")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_INNER_STOP = lang.pattern(
    lambda: r"(?<![\w)])([\w)]+)[.!?;]\s+[\"“" + lang.characters("CAPITALS") + "]"
)
# The search tool's own stamp glued to the first line: " date 2023-08-18 Title ...".
_TOOL_STAMP = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$")
_ABBREVIATIONS = words(
    "mr mrs ms dr dep pres amb gen lt col st prof jr sr no vol sen rep gov maj capt sgt adm "
    "rev hon vs etc fm pm dfm sept jan feb mar apr jun jul aug sep oct nov dec inc ltd co "
    "sec dept govt univ corp intl assn ft mt ave"
)


@dataclass
class Line:
    """One line of the release with its layout features."""

    index: int
    raw: str
    content: str
    indent: int
    bullet: bool

    @property
    def blank(self) -> bool:
        return not self.content


@dataclass
class Slot:
    """A photo found on the page, before final clean-up."""

    lines: list[int]
    caption: str | None = None
    credit: str | None = None
    copyright: str | None = None
    zoom: bool = False


@dataclass
class Layout:
    """The parts of a release page, as located in its lines."""

    lines: list[Line]
    headline: str | None = None
    subheadline: str | None = None
    summary: str | None = None
    issuer: str | None = None
    body: list[str] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    stamps: list[str] = field(default_factory=list)  # publication/update time stamps
    source_url: str | None = None
    issuer_line: int | None = None  # a text line that ended with "(Communicated by ...)"
    labels: list[str] = field(default_factory=list)  # a person heading the page's section


def split_lines(text: str) -> list[Line]:
    """Split text into lines, noting indentation and a leading bullet."""
    out: list[Line] = []
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        bullet = bool(stripped) and stripped[0] in _BULLETS and stripped[1:2] in ("", " ", "\t")
        content = stripped[1:].strip() if bullet else stripped
        out.append(Line(i, raw, content, indent, bullet))
    return out


def issuer_of(content: str) -> str | None:
    """The issuing office when a line is an issuer line, in any known language
    ("(Communicated by the ...)", "(נמסר מלשכת ...)", "(Сообщение пресс-службы ...)")."""
    return lang.issuer_of(content)


def is_sentence(content: str) -> bool:
    """True for prose (a sentence ending in . ! or ?), as opposed to a title line."""
    count = len(content.split())
    if _SENTENCE_END.search(content) and count >= 5:
        return True
    if count < 8:
        return False
    if content.rstrip().endswith(":"):
        return True
    return any(
        len(m.group(1)) > 1 and m.group(1).casefold() not in _ABBREVIATIONS
        for m in _INNER_STOP.finditer(content)
    )


def _is_artefact(line: Line) -> bool:
    if len(line.content.split()) <= 12 and bool(_ARTEFACT.search(line.content)):
        return True
    return is_clutter(line.content)


def _find_slots(lines: list[Line], first_content: int) -> tuple[list[Slot], set[int]]:
    slots: list[Slot] = []
    used: set[int] = set()
    n = len(lines)
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
            prev = lines[i - 1] if i > 0 else None
            if (
                prev is not None
                and not prev.blank
                and prev.index not in used
                and prev.index > first_content
                and not prev.bullet
                and issuer_of(prev.content) is None
                and len(prev.content.split()) <= 40
                and not _in_prose_run(lines, prev.index)
                and not is_clutter(prev.content)
            ):
                slot.caption = caption_parts(prev.content).caption
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
    return _merge_slots(slots, lines), used


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
    rest = nxt[len(cap) :].strip(" .,;-–")
    if not rest or len(rest.split()) > 5 or rest[-1:] in "!?" or issuer_of(nxt) is not None:
        return None
    labelled = credit_line(rest)
    caption = caption_parts(cap).caption
    return Slot([i, i + 1], caption, labelled.credit if labelled else rest, None)


def _caption_below(lines: list[Line], slot: Slot, first_content: int, used: set[int]) -> None:
    """A credit line that opens the page, or one printed again below the next line, takes
    that next line as its caption ("Photo: AFP" / "Rivlin in India" / "Photo: AFP")."""
    i = slot.lines[0]
    j = i + 1
    if j >= len(lines) or lines[j].blank or j in used:
        return
    below = lines[j].content
    if len(below.split()) > 30 or is_sentence(below) or credit_line(below) is not None:
        return
    if issuer_of(below) is not None or is_clutter(below):
        return
    again = j + 1 < len(lines) and lines[j + 1].content == lines[i].content
    if i != first_content and not again:
        return
    slot.caption = caption_parts(below).caption
    slot.lines.append(j)
    if again:
        slot.lines.append(j + 1)


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


def analyse(text: str) -> Layout:
    """Locate headline, summary, issuer, photo blocks and body paragraphs in a release."""
    lines = split_lines(text)
    _join_split_dates(lines)
    layout = Layout(lines)
    _tool_stamp(layout)
    content_idx = [ln.index for ln in lines if not ln.blank]
    if not content_idx:
        return layout
    first_content = content_idx[0]
    slots, used = _find_slots(lines, first_content)
    layout.slots = slots
    issuer_idx = next((ln.index for ln in lines if issuer_of(ln.content) is not None), None)
    if issuer_idx is None:
        layout.issuer, layout.issuer_line = _inline_issuer(lines, used)
    if issuer_idx is not None:
        layout.issuer = issuer_of(lines[issuer_idx].content)
        prose_after = any(
            ln.index not in used and len(ln.content.split()) >= 3 and not _is_artefact(ln)
            for ln in lines[issuer_idx + 1 :]
        )
        body_start = (
            _after_letterhead(lines, used, issuer_idx) if prose_after else _body_start(lines, used)
        )
    else:
        body_start = _after_standfirst(lines, used, _body_start(lines, used))
    skip = set(used)
    if issuer_idx is not None:
        skip.add(issuer_idx)
    _preamble(layout, [ln for ln in lines[:body_start] if ln.index not in skip])
    if layout.headline is None:
        layout.headline = _late_title(lines, skip, body_start)
    titles = {collapse_spaces(t) for t in (layout.headline, layout.subheadline) if t}
    for ln in lines[body_start:]:
        if ln.index in skip or ln.blank:
            continue
        if _ARTICLE_END.match(ln.content):
            break  # "Previous article ...": the page's own furniture and the author's bio
        if issuer_of(ln.content) is not None:
            continue  # a second issuer line ("The below is attributable to ...")
        if is_stamp(ln.content):
            layout.stamps.append(ln.content)
            continue
        if _is_artefact(ln):
            continue
        url = _URL_LINE.fullmatch(ln.content)
        if url:
            layout.source_url = layout.source_url or url.group(1)
            continue
        if collapse_spaces(ln.content) in titles:
            continue
        layout.body.append(collapse_spaces(ln.content))
    layout.body = _join_wrapped(layout.body)
    return layout


def _late_title(lines: list[Line], skip: set[int], body_start: int) -> str | None:
    """A title the layout did not put first: a news flash's title line printed after its
    body, just above the "updated" stamp; else a page's first line, standing alone, that is
    one short sentence ("Forum hosted the President.")."""
    content = [ln for ln in lines if not ln.blank and ln.index not in skip]
    for before, above, ln in zip(content, content[1:], content[2:], strict=False):
        if (
            above.index >= body_start
            and is_stamp(ln.content)
            and _title_like(above.content)
            and (before.index < above.index - 1 or _SENTENCE_END.search(before.content))
        ):
            return above.content
    first = content[0] if content else None
    if first is None or first.index != body_start or _is_artefact(first):
        return None
    # the line stands alone above a photo block ("Title." / blank / "Photo: X")
    after = next((ln for ln in lines[first.index + 1 :] if not ln.blank), None)
    alone = after is not None and after.index in skip and not after.bullet
    one_sentence = not any(
        len(m.group(1)) > 1 and m.group(1).casefold() not in _ABBREVIATIONS
        for m in _INNER_STOP.finditer(first.content)
    )
    if alone and one_sentence and len(first.content.split()) <= 15 and not first.bullet:
        return first.content
    return None


def _title_like(content: str) -> bool:
    return len(content.split()) <= 25 and not _SENTENCE_END.search(content)


def _after_letterhead(lines: list[Line], used: set[int], issuer_idx: int) -> int:
    """Where the body starts after an issuer line. A letterhead's office line can come before
    the title ("Office of the Spokesperson" / "Readout" / date / the title): then the short
    lines up to the first prose are still the page's head."""
    start = issuer_idx + 1
    k, candidate = start, False
    while k < len(lines) and k - start < 12:
        ln = lines[k]
        if ln.blank or k in used or _is_artefact(ln) or is_date_line(ln.content):
            k += 1
            continue
        if is_sentence(ln.content) or issuer_of(ln.content) is not None or ln.bullet:
            break
        if len(ln.content.split()) > 25:
            break
        candidate = True
        k += 1
    return k if candidate and not _titled_before(lines, used, issuer_idx) else start


def _titled_before(lines: list[Line], used: set[int], end: int) -> bool:
    """Is there a title candidate above line ``end`` (not a letterhead, label or clutter)?"""
    for ln in lines[:end]:
        if ln.blank or ln.index in used or _is_artefact(ln) or is_date_line(ln.content):
            continue
        if _letterhead(ln.content, "a"):
            continue
        return True
    return False


def _after_standfirst(lines: list[Line], used: set[int], start: int) -> int:
    """A news page's standfirst: one sentence under the title, then a byline or a photo
    block, then the article. The sentence is the summary; the body starts after the block."""
    if start >= len(lines) or not _titled_before(lines, used, start):
        return start  # nothing above it: the sentence is the page's title, not a standfirst
    k = start + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    block = False
    while k < len(lines) and (lines[k].blank or k in used or is_clutter(lines[k].content)):
        block = block or not lines[k].blank
        k += 1
    if not block or k >= len(lines) or not is_sentence(lines[k].content):
        return start
    return k


def _tool_stamp(layout: Layout) -> None:
    """A stamp glued before the first line ("date 2023-08-18 Title") is a publication stamp;
    the rest of the line is read as a line of its own."""
    first = next((ln for ln in layout.lines if not ln.blank), None)
    m = _TOOL_STAMP.match(first.content) if first is not None else None
    if first is None or m is None:
        return
    layout.stamps.append(f"date {m.group(1)}")
    first.content = (m.group(2) or "").strip()
    first.indent = 0  # the stamp's leading space is the tool's, not the page's


def _join_split_dates(lines: list[Line]) -> None:
    """A date block printed one part a line ("9" / "июня" / "2016") becomes one dateline."""
    for i in range(len(lines) - 2):
        run = lines[i : i + 3]
        if any(ln.blank or len(ln.content.split()) > 1 or len(ln.content) > 12 for ln in run):
            continue
        joined = " ".join(ln.content for ln in run)
        if is_date_line(joined):
            run[0].content = joined
            run[1].content = run[2].content = ""


def _is_label(content: str) -> bool:
    """A short label ending in a colon ("Размер шрифта:", "Иерусалим:"): never a title."""
    return len(content.split()) <= 3 and content.endswith(":")


def _inline_issuer(lines: list[Line], used: set[int]) -> tuple[str | None, int | None]:
    """An issuer in parentheses at the end of a text line, which is then removed from it;
    with the index of that line (a summary sentence, never the title)."""
    for ln in lines:
        if ln.index in used or "(" not in ln.content:
            continue
        m = _INLINE_ISSUER.search(ln.content)
        if m:
            ln.content = (ln.content[: m.start()] + ln.content[m.end() :]).strip()
            return m.group("who").strip(), ln.index
    return None, None


def _body_start(lines: list[Line], used: set[int]) -> int:
    """Without an issuer line: the first prose line after the title and photo blocks."""
    titles = 0
    after_bullet = False
    for ln in lines:
        if ln.index in used or ln.blank:
            after_bullet = after_bullet and ln.blank and not ln.bullet
            if ln.bullet:
                after_bullet = True
            continue
        if ln.bullet:
            after_bullet = True
            continue
        if after_bullet or _is_artefact(ln) or is_date_line(ln.content) or _is_label(ln.content):
            after_bullet = False
            continue
        if ln.content.endswith(","):
            return ln.index  # "ראש הממשלה," / "בנימין נתניהו, ...": prose broken over lines
        if (
            not is_sentence(ln.content)
            and titles < 3
            and len(ln.content) <= _MAX_TITLE
            and len(ln.content.split()) <= 25
        ):
            titles += 1
            continue
        return ln.index
    return len(lines)


def _preamble(layout: Layout, pre: list[Line]) -> None:
    """Headline, subheadline and summary from the lines above the body."""
    kept: list[Line] = []
    for ln in pre:
        if ln.blank:
            continue
        if is_stamp(ln.content):
            layout.stamps.append(ln.content)
            continue
        if _is_artefact(ln):
            continue
        if is_date_line(ln.content):
            layout.datelines.append(ln.content)
            continue
        if not ln.bullet and len(ln.content.split()) <= 3 and _NAV.fullmatch(ln.content):
            continue
        if _is_label(ln.content):
            continue
        url = _URL_LINE.fullmatch(ln.content)
        if url:
            layout.source_url = url.group(1)
            continue
        kept.append(ln)
    if not kept:
        return
    indented_title = next(
        (
            ln
            for ln in kept
            if ln.indent == 1
            and not ln.bullet
            and len(ln.content) <= _MAX_TITLE
            and not is_sentence(ln.content)
        ),
        None,
    )
    summary: list[str] = []
    if indented_title is not None:
        layout.headline = indented_title.content
        summary = [ln.content for ln in kept if ln.index < indented_title.index and not ln.bullet]
    else:
        titles: list[str] = []
        base = _common_indent(kept)
        kept = _drop_labels(kept, layout.labels)
        for ln in kept:
            if ln.bullet or ln.indent - base > 1 or is_sentence(ln.content) or len(titles) == 2:
                break
            if ln.index == layout.issuer_line:
                break
            if len(ln.content.split()) == 1 and len(kept) > 1 and not titles:
                continue  # a one-word section label ("Израиль", "Channels"), not the title
            if len(ln.content) > _MAX_TITLE:
                break
            titles.append(ln.content)
        if titles:
            layout.headline = titles[0]
            if len(titles) > 1 and collapse_spaces(titles[1]) != collapse_spaces(titles[0]):
                layout.subheadline = titles[1]
        rest = [ln for ln in kept if ln.content not in titles]
        known = [collapse_spaces(t).casefold() for t in titles]
        plain = [ln.content for ln in rest if not ln.bullet]
        bullets = [
            ln.content
            for ln in rest
            if ln.bullet
            and not any(collapse_spaces(ln.content).casefold().startswith(k) for k in known)
        ]
        summary = plain or bullets
    if summary:
        layout.summary = collapse_spaces(" ".join(summary))


def _drop_labels(kept: list[Line], labels: list[str]) -> list[Line]:
    """Lines above the title that only label the page: a letterhead in capitals
    ("U.S. DEPARTMENT OF STATE"), a site's name ("Site Name" over a longer title), a person's
    title and name heading a section ("Secretary-General Ban Ki-moon" over another title).
    A label goes only when a title line that does not repeat it follows."""
    out = list(kept)
    while len(out) > 1:
        first, rest = out[0], out[1:]
        nxt = next((ln for ln in rest if not ln.bullet), None)
        if nxt is None or is_sentence(nxt.content) or len(nxt.content) > _MAX_TITLE:
            break
        head = collapse_spaces(first.content)
        if collapse_spaces(nxt.content).casefold().startswith(head.casefold()):
            break  # "President Peres" over "President Peres departs ...": a page title
        person = _only_a_person(head)
        if not (
            person
            or _letterhead(head, nxt.content)
            or (len(head.split()) <= 2 and len(nxt.content.split()) >= 5)
        ):
            break
        if person:
            labels.append(head)
        out = rest
    return out


def _letterhead(line: str, below: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return (
        len(line.split()) >= 2
        and bool(letters)
        and all(ch.isupper() for ch in letters)
        and any(ch.islower() for ch in below)
    )


def _only_a_person(line: str) -> bool:
    """A line that is a person's title and name and nothing else."""
    if len(line.split()) > 6 or is_sentence(line):
        return False
    people = lang.kit(detect_language(line)).find_people([line])
    if len(people) != 1:
        return False
    rest = line
    for part in (people[0].title, people[0].name):
        if part:
            rest = rest.replace(part, " ")
    return not re.sub(r"[\W_]", "", rest)


def _common_indent(kept: list[Line]) -> int:
    """The indent most lines share (a page indented as a whole, four spaces a line)."""
    indents = [ln.indent for ln in kept]
    common = max(set(indents), key=indents.count)
    return common if common > 1 and indents.count(common) * 2 > len(indents) else 0


def _join_wrapped(paragraphs: list[str]) -> list[str]:
    """Re-join hard-wrapped lines: a line continues when the next starts in lower case."""
    out: list[str] = []
    for p in paragraphs:
        if out and (p[:1].islower() or out[-1].endswith(",")) and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out
