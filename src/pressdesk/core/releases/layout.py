"""Page layout: which lines are titles, summary, photo blocks, issuer line and body
(photo blocks in ``slots``, the page's head in ``head``, the line model in ``lines``)."""

from __future__ import annotations

import itertools
import re

from . import lang
from .clutter import is_stamp
from .dates import is_date_line
from .gazetteer import is_city
from .head import after_letterhead, after_standfirst, find_body_start, late_title, preamble
from .lines import SENTENCE_END, URL_LINE, Layout, Line, Slot, is_artefact, issuer_of, split_lines
from .photos import unglue_credits
from .slots import find_slots
from .text import collapse_spaces, detect_language

__all__ = ["Layout", "Line", "Slot", "analyse", "split_lines"]

_INLINE_ISSUER = re.compile(
    r"\(\s*(?:communicated|contributed)\s+by\s*:?\s+(?:the\s+)?(?P<who>[^()\n]{2,150}?)\s*\)\s*\.?$",
    re.I,
)
_ARTICLE_END = re.compile(r"(?i)^(?:previous|next)\s+(?:article|post|story)")
# A release's end mark: "ENDS", "-END-", "###", "- 30 -" (what follows is the office's
# address, notes to editors, the site's footer).
_END_MARK = re.compile(r"[-–—*\s]*(?:ENDS?|#\s*#\s*#)[-–—*\s]*|[-–—]\s*30\s*[-–—]")
# A heading over other stories' titles ("Related News", "Читайте также:", "כתבות נוספות").
_RELATED = lang.pattern(lambda: r"(?i)(?:" + lang.alternatives("RELATED_HEADINGS") + r")\s*[:.]?")
# The search tool's own stamp glued to the first line: " date 2023-08-18 Title ...".
_TOOL_STAMP = re.compile(r"^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+(.*))?$")  # or "date 2021-12"


def analyse(text: str) -> Layout:
    """Locate headline, summary, issuer, photo blocks and body paragraphs in a release."""
    lines = split_lines(unglue_credits(text))
    _join_drop_caps(lines)
    _join_split_dates(lines)
    _join_dateline_city(lines)
    layout = Layout(lines)
    _tool_stamp(layout)
    content_idx = [ln.index for ln in lines if not ln.blank]
    if not content_idx:
        return layout
    first_content = content_idx[0]
    slots, used = find_slots(lines, first_content)
    layout.slots = slots
    issuer_idx = next((ln.index for ln in lines if issuer_of(ln.content) is not None), None)
    if issuer_idx is None:
        layout.issuer, layout.issuer_line = _inline_issuer(lines, used)
    if issuer_idx is not None:
        layout.issuer = issuer_of(lines[issuer_idx].content)
        prose_after = any(
            ln.index not in used and len(ln.content.split()) >= 3 and not is_artefact(ln)
            for ln in lines[issuer_idx + 1 :]
        )
        body_start = (
            after_letterhead(lines, used, issuer_idx)
            if prose_after
            else find_body_start(lines, used)
        )
    else:
        body_start = after_standfirst(lines, used, find_body_start(lines, used))
    skip = set(used)
    if issuer_idx is not None:
        skip.add(issuer_idx)
    preamble(layout, [ln for ln in lines[:body_start] if ln.index not in skip])
    if layout.headline is None and issuer_idx is not None and body_start == issuer_idx + 1:
        # nothing above the office line was a title (a banner, a search box): the title is
        # below it ("The White House" / "Office of the Press Secretary" / label / title)
        below = after_letterhead(lines, used, issuer_idx, titled=False)
        preamble(layout, [ln for ln in lines[body_start:below] if ln.index not in skip])
        body_start = below
    if layout.headline is None:
        layout.headline = late_title(lines, skip, body_start)
    layout.headline = _without_site_name(layout.headline, lines)
    titles = {collapse_spaces(t) for t in (layout.headline, layout.subheadline) if t}
    for ln in lines[body_start:]:
        if ln.index in skip or ln.blank:
            continue
        if (
            _ARTICLE_END.match(ln.content)
            or _RELATED.fullmatch(ln.content)
            or _END_MARK.fullmatch(ln.content)
            or _glued_heading(ln.content)
        ):
            break  # "Previous article ...": the page's own furniture and the author's bio
        if issuer_of(ln.content) is not None:
            continue  # a second issuer line ("The below is attributable to ...")
        if is_stamp(ln.content):
            layout.stamps.append(ln.content)
            continue
        if is_artefact(ln):
            continue
        url = URL_LINE.fullmatch(ln.content)
        if url:
            layout.source_url = layout.source_url or url.group(1)
            continue
        if collapse_spaces(ln.content) in titles:
            continue
        layout.body.append(collapse_spaces(ln.content))
    layout.body = _without_other_titles(_join_wrapped(layout.body))
    return layout


def _glued_heading(content: str) -> bool:
    """A related-stories heading glued to the first story's title ("Читайте такжеМеркель и
    Олланд прибыли ...", "Read alsoMinister ...")."""
    m = _RELATED.match(content)
    return (
        m is not None
        and content[m.end() - 1 : m.end()].islower()
        and content[m.end() :][:1].isupper()
    )


_OTHER_TITLES = 3  # a run of this many title lines closing the page: other stories' titles


def _without_other_titles(body: list[str]) -> list[str]:
    """Other stories' titles listed under the article without a heading ("Fire brigade holds
    group wedding" / "Tourists enjoy ice sculptures" / ...): three or more lines of four or
    more words closing the page, none a sentence, after the article's prose."""
    k = len(body)
    while k > 0 and _other_title(body[k - 1]):
        k -= 1
    run = len(body) - k
    if run >= _OTHER_TITLES and k > 0 and SENTENCE_END.search(body[k - 1]):
        return body[:k]
    return body


def _other_title(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        2 <= len(words) <= 20 and not SENTENCE_END.search(paragraph) and ":" not in paragraph[-2:]
    )


_SITE_SEPARATOR = re.compile(r"\s+[|•]\s+")


# A section label in another script glued before an English title ("国内英语新闻:Title").
_FOREIGN_LABEL = re.compile(r"^[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+\s*[:：]\s*(?=[A-Za-z])")


def _without_site_name(headline: str | None, lines: list[Line]) -> str | None:
    """A browser title's "Title | Site Name": the title alone when the page prints it again
    on a line of its own; a news-section word glued after a title the page prints again
    ("Title News"); a label in another script glued before it ("国内英语新闻:Title")."""
    if headline is None:
        return None
    headline = _FOREIGN_LABEL.sub("", headline)
    last = headline.split()[-1] if headline.split() else ""
    if last.casefold() in lang.section_words() and len(headline.split()) >= 4:
        head = headline[: -len(last)].rstrip()
        if any(head in ln.content and ln.content != headline for ln in lines):
            return head
    if not _SITE_SEPARATOR.search(headline):
        return headline
    head = collapse_spaces(_SITE_SEPARATOR.split(headline)[0])
    if len(head.split()) >= 3 and any(collapse_spaces(ln.content) == head for ln in lines):
        return head
    return headline


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


def _join_drop_caps(lines: list[Line]) -> None:
    """A drop cap the page printed as a line of its own ("I" / "SLAMABAD, Jan 31 (APP): ...",
    "T" / "he minister said ...") is the first letter of the next line's first word."""
    content = [ln for ln in lines if not ln.blank]
    for cap, nxt in itertools.pairwise(content):
        first = nxt.content.split()[0] if nxt.content.split() else ""
        if (
            len(cap.content) == 1
            and cap.content.isupper()
            and nxt.index - cap.index <= 2
            and (first[:1].islower() or (len(first) > 2 and first.rstrip(",.:").isupper()))
        ):
            nxt.content = cap.content + nxt.content
            cap.content = ""


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


def _join_dateline_city(lines: list[Line]) -> None:
    """A dateline printed as a city's line above a date's line ("New York" / "23 September
    2012") becomes one dateline ("New York, 23 September 2012"): the city is no title."""
    content = [ln for ln in lines if not ln.blank]
    for city, date in itertools.pairwise(content):
        name = city.content.rstrip(",").strip()
        joined = f"{name}, {date.content}"
        if (
            date.index - city.index <= 3
            and len(name.split()) <= 3
            and is_date_line(date.content)
            and is_date_line(joined)
            and is_city(name, detect_language(name))
        ):
            date.content = joined
            city.content = ""


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


def _join_wrapped(paragraphs: list[str]) -> list[str]:
    """Re-join hard-wrapped lines: a line continues when the next starts in lower case, or
    when a title is cut at the line's end ("the PNG Prime" / "Minister Peter O'Neill")."""
    from .titles import cut_title

    out: list[list[str]] = []  # each paragraph's lines, joined once at the end
    for p in paragraphs:
        last = out[-1][-1] if out else ""
        if (
            out
            and (p[:1].islower() or last.endswith(",") or cut_title(last, p))
            and not SENTENCE_END.search(last)
        ):
            out[-1].append(p)
        else:
            out.append([p])
    return [" ".join(parts) for parts in out]
