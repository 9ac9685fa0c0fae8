"""The head of a release page: where the body starts, and which lines above it are the
title, the subheadline and the summary (labels, letterheads and furniture left out)."""

from __future__ import annotations

import re

from . import lang
from .clutter import crumb_sections, is_clutter, is_stamp, is_weather
from .credits import agency_only
from .datelines import opening_dateline
from .dates import is_date_line, iter_dates
from .lines import (
    ABBREVIATIONS,
    INNER_STOP,
    MAX_TITLE,
    SENTENCE_END,
    URL_LINE,
    Layout,
    Line,
    is_artefact,
    is_sentence,
    issuer_of,
)
from .text import collapse_spaces, detect_language

_NAV = re.compile(
    r"(?i)(?:[\w’'&-]+\s+){0,3}(?:news|events|updates|press\s+releases?|press\s+room|"
    r"newsroom|live\s+streaming|share|print|back|home|menu|search|related\s+links?)"
)


def is_label(content: str) -> bool:
    """A short label ending in a colon ("Размер шрифта:", "Иерусалим:"): never a title."""
    return len(content.split()) <= 3 and content.endswith(":")


def find_body_start(lines: list[Line], used: set[int]) -> int:
    """Without an issuer line: the first prose line after the title and photo blocks."""
    titles = 0
    only_labels = True  # no title candidate so far but labels of a word or two
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
        if after_bullet or is_artefact(ln) or is_date_line(ln.content) or is_label(ln.content):
            after_bullet = False
            continue
        if ln.content.endswith(","):
            return ln.index  # "ראש הממשלה," / "בנימין נתניהו, ...": prose broken over lines
        if (
            (not is_sentence(ln.content) or (only_labels and question_title(ln.content)))
            and not stopped_line(ln.content)
            and titles < 3
            and len(ln.content) <= MAX_TITLE
            and (len(ln.content.split()) <= 25 or genre_title(ln.content))
        ):
            titles += 1
            only_labels = only_labels and len(ln.content.split()) <= 2
            continue
        return ln.index
    return len(lines)


_QUESTION_END = re.compile(r"\?[\"'”’»]*$")
_FULL_STOP = re.compile(r"(?<!\.)\.$")
_STOPLESS_TITLES = ("he", "ru")  # languages whose news titles never end in a full stop


def stopped_line(content: str) -> bool:
    """A Hebrew or Russian line closed by a full stop: a sentence, however short ("Об этом
    сообщает ТСН."), never a title (their press prints titles without a stop)."""
    s = content.strip()
    return bool(_FULL_STOP.search(s)) and detect_language(s) in _STOPLESS_TITLES


def question_title(content: str) -> bool:
    """A news title that asks ("What did the President write in the guest book?"): one short
    question, no other sentence in it. Taken as the title only when none stands above it."""
    return (
        bool(_QUESTION_END.search(content))
        and len(content.split()) <= 15
        and not any(
            len(m.group(1)) > 1 and m.group(1).casefold() not in ABBREVIATIONS
            for m in INNER_STOP.finditer(content)
        )
    )


_GENRE_OPENING = re.compile(r"(?P<label>\S.{0,40}?)\s+(?:of|by|on|from)\s")


def genre_title(content: str) -> bool:
    """A title opened by the genre's own label ("Readout of ...", "Statement by ..."): such
    a title may run long, naming every person with their office."""
    m = _GENRE_OPENING.match(content)
    return m is not None and lang.is_page_label(m.group("label"))


def after_standfirst(lines: list[Line], used: set[int], start: int) -> int:
    """A news page's standfirst: one sentence under the title, then a byline or a photo
    block, then the article. The sentence is the summary; the body starts after the block."""
    if start >= len(lines) or not titled_before(lines, used, start):
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


def after_letterhead(
    lines: list[Line], used: set[int], issuer_idx: int, *, titled: bool | None = None
) -> int:
    """Where the body starts after an issuer line. A letterhead's office line can come before
    the title ("Office of the Spokesperson" / "Readout" / date / the title): then the short
    lines up to the first prose are still the page's head (unless a title stands above the
    issuer line: ``titled``, looked up when not given)."""
    start = issuer_idx + 1
    k, candidate = start, False
    while k < len(lines) and k - start < 12:
        ln = lines[k]
        if ln.blank or k in used or is_artefact(ln) or is_date_line(ln.content):
            k += 1
            continue
        if is_sentence(ln.content) or issuer_of(ln.content) is not None or ln.bullet:
            break
        if len(ln.content.split()) > 25:
            break
        candidate = True
        k += 1
    if titled is None:
        titled = titled_before(lines, used, issuer_idx)
    return k if candidate and not titled else start


def titled_before(lines: list[Line], used: set[int], end: int) -> bool:
    """Is there a title candidate above line ``end`` (not a letterhead, label or clutter)?"""
    for ln in lines[:end]:
        if ln.blank or ln.index in used or is_artefact(ln) or is_date_line(ln.content):
            continue
        if _letterhead(ln.content, "a"):
            continue
        return True
    return False


def late_title(lines: list[Line], skip: set[int], body_start: int) -> str | None:
    """A title the layout did not put first: a news flash's title line printed after its
    body, just above the "updated" stamp, or under its stamp at the page's end with at most
    its author's name after it; else a page's first line, standing alone, that is one short
    sentence ("Forum hosted the President.")."""
    content = [ln for ln in lines if not ln.blank and ln.index not in skip]
    for before, above, ln in zip(content, content[1:], content[2:], strict=False):
        if (
            above.index >= body_start
            and is_stamp(ln.content)
            and _title_like(above.content)
            and not is_artefact(above)
            and (before.index < above.index - 1 or SENTENCE_END.search(before.content))
        ):
            return above.content
    for k in range(max(1, len(content) - 3), len(content) - 1):  # the page's last lines
        ln, title, tail = content[k], content[k + 1], content[k + 2 :]
        if (
            title.index >= body_start
            and is_stamp(ln.content)
            and _title_like(title.content)
            and not is_artefact(title)
            and len(tail) <= 1
            and all(
                len(t.content.split()) <= 3 and not SENTENCE_END.search(t.content) for t in tail
            )
        ):
            return title.content
    first = content[0] if content else None
    if first is None or first.index != body_start or is_artefact(first):
        return None
    if _agency_line(first.content):
        return None
    if _standfirst_first(content):
        return content[1].content
    # the line stands alone above a photo block ("Title." / blank / "Photo: X")
    after = next((ln for ln in lines[first.index + 1 :] if not ln.blank), None)
    alone = after is not None and after.index in skip and not after.bullet
    # or above the article's wire dateline ("Title." / blank / "MOSCOW, July 14 (Agency) — ...")
    wire = next((ln for ln in content[1:3] if opening_dateline(ln.content) is not None), None)
    alone = alone or (
        wire is not None
        and after is not None
        and after.index > first.index + 1
        and all(
            ln is wire or len(ln.content.split()) <= 4 for ln in content[1:3][: content.index(wire)]
        )
    )
    one_sentence = not any(
        len(m.group(1)) > 1 and m.group(1).casefold() not in ABBREVIATIONS
        for m in INNER_STOP.finditer(first.content)
    )
    if alone and one_sentence and len(first.content.split()) <= 15 and not first.bullet:
        return first.content
    return None


def _standfirst_first(content: list[Line]) -> bool:
    """A news page that prints its standfirst above its title: a sentence without a final
    stop (a page element, not a paragraph), then a title line, then the article's prose."""
    if len(content) < 3:
        return False
    lead, title, prose = content[0], content[1], content[2]
    return (
        is_sentence(lead.content)
        and not SENTENCE_END.search(lead.content)
        and _title_like(title.content)
        and len(title.content.split()) >= 3
        and not is_sentence(title.content)
        and not title.bullet
        and not is_artefact(title)
        and is_sentence(prose.content)
    )


def _title_like(content: str) -> bool:
    return len(content.split()) <= 25 and not SENTENCE_END.search(content)


def preamble(layout: Layout, pre: list[Line]) -> None:
    """Headline, subheadline and summary from the lines above the body. A line repeating a
    section that the page's breadcrumb trail names is that section's label, not the title."""
    kept: list[Line] = []
    sections = {
        collapse_spaces(part).casefold() for ln in pre for part in crumb_sections(ln.content)
    }
    widget = -9  # the weather widget's line: its city and the site's date of today follow
    for n, ln in enumerate(c for c in pre if not c.blank):
        if is_weather(ln.content):
            widget = n
            continue
        if n - widget <= 2 and len(ln.content.split()) <= 6:
            continue  # "29.2 C" / "City of Banjul" / "Saturday, November 16, 2024"
        if collapse_spaces(ln.content).casefold() in sections:
            continue
        if is_stamp(ln.content):
            layout.stamps.append(ln.content)
            continue
        source = lang.source_line(ln.content) and not URL_LINE.fullmatch(ln.content)
        if is_artefact(ln) or _agency_line(ln.content) or source:
            continue  # "REUTERS", "Source: X": a lost photo's credit, the text's source
        if is_date_line(ln.content):
            layout.datelines.append(ln.content)
            continue
        if not ln.bullet and len(ln.content.split()) <= 3 and _NAV.fullmatch(ln.content):
            continue
        if is_label(ln.content):
            speaker = ln.content.rstrip(":")
            if len(speaker.split()) >= 2 and _only_a_person(speaker):  # "Minister X:"
                layout.labels.append(speaker)
            continue
        url = URL_LINE.fullmatch(ln.content)
        if url:
            layout.source_url = url.group(1)
            continue
        kept.append(ln)
    _site_banner(layout, pre)
    if not kept:
        return
    indented_title = next(
        (
            ln
            for ln in kept
            if ln.indent == 1
            and not ln.bullet
            and len(ln.content) <= MAX_TITLE
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
            prose = is_sentence(ln.content) and not (not titles and question_title(ln.content))
            prose = prose or stopped_line(ln.content)
            if ln.bullet or ln.indent - base > 1 or prose or len(titles) == 2:
                break
            if ln.index == layout.issuer_line:
                break
            if _words(ln.content) <= 1 and not titles:
                continue  # a one-word section label ("Израиль", "General", "מבזקים +")
            if len(ln.content) > MAX_TITLE:
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


def _site_banner(layout: Layout, pre: list[Line]) -> None:
    """A bare date opening the page, with the article's own stamp (a date and a time) of
    another day below it, is the site's banner of today's date, not the release's dateline
    ("Friday Nov 15, 2024" / "Friday, 2 October 2015 00:37")."""
    first = next((ln for ln in pre if not ln.blank), None)
    if first is None or not layout.datelines or first.content != layout.datelines[0]:
        return
    banner = next(iter_dates(first.content), None)
    stamped = [d.date for s in layout.stamps for d in iter_dates(s)]
    if banner is not None and stamped and banner.date not in stamped:
        layout.datelines.pop(0)


def _agency_line(content: str) -> bool:
    """A line naming only news agencies, as written or in capitals ("Reuters", "REUTERS")."""
    s = content.strip()
    return agency_only(s) or (s.isupper() and agency_only(s.title()))


def _drop_labels(kept: list[Line], labels: list[str]) -> list[Line]:
    """Lines above the title that only label the page: a letterhead in capitals
    ("U.S. DEPARTMENT OF STATE"), a site's name ("Site Name" over a longer title), a person's
    title and name heading a section ("Secretary-General Ban Ki-moon" over another title).
    A label goes only when a title line that does not repeat it follows."""
    out = list(kept)
    dropped: Line | None = None
    while len(out) > 1:
        first, rest = out[0], out[1:]
        nxt = next((ln for ln in rest if not ln.bullet), None)
        if nxt is None or is_sentence(nxt.content) or len(nxt.content) > MAX_TITLE:
            break
        head = collapse_spaces(first.content)
        if collapse_spaces(nxt.content).casefold().startswith(head.casefold()):
            break  # "President Peres" over "President Peres departs ...": a page title
        person = _only_a_person(head)
        if not (
            person
            or _letterhead(head, nxt.content)
            or (_words(head) <= 2 and _words(_title_after(rest) or "") >= 5)
            or (_section_label(head) and _words(_title_after(rest) or "") >= 5)
            or _kicker(first, nxt, dropped)
        ):
            break
        if person:
            labels.append(head)
        out, dropped = rest, first
    return out


def _words(line: str) -> int:
    """Words with letters: a section path's separators ("Flashes / Politics") are none."""
    return sum(1 for w in line.split() if any(ch.isalpha() for ch in w))


def _section_label(line: str) -> bool:
    """A news section's label: up to four words, one of them the language's word for news
    ("Top News", "Главные новости Москвы", "חדשות היום")."""
    found = line.split()
    words_ = {w.casefold().strip(":|") for w in found}
    return len(found) <= 4 and bool(words_ & lang.section_words()) and not is_sentence(line)


def _title_after(rest: list[Line]) -> str | None:
    """The first line of five words or more under a site's short labels ("Site" / "Section" /
    title), when only lines of up to four words stand between."""
    for ln in rest:
        if question_title(ln.content):
            return ln.content
        if ln.bullet or is_sentence(ln.content) or len(ln.content) > MAX_TITLE:
            return None
        if _words(ln.content) >= 5:
            return ln.content
        if _words(ln.content) > 4:
            return None
    return None


def _kicker(first: Line, nxt: Line, dropped: Line | None) -> bool:
    """A news site's kicker: a line of up to four words printed with the site's label just
    dropped (the line under it), a blank line, then a title at least twice as long."""
    return (
        dropped is not None
        and first.index == dropped.index + 1
        and nxt.index > first.index + 1
        and _words(first.content) <= 4
        and _words(nxt.content) >= 2 * _words(first.content)
    )


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
