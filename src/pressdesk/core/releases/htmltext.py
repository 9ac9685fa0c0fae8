"""HTML release pages to plain text with the standard library's tolerant parser."""

from __future__ import annotations

from html.parser import HTMLParser

from .lexicon import words

_DROP = words(
    "script style noscript template svg iframe object embed canvas nav footer aside form "
    "button select textarea head video audio map"
)
_VOID = words("area base br col embed hr img input link meta param source track wbr")
_BLOCK = words(
    "address article blockquote body dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header "
    "hr html li main ol p pre section table tbody td tfoot th thead tr ul br caption"
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.url: str | None = None
        self._drop = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "link" and "canonical" in attr.get("rel", "").split():
            self.url = self.url or attr.get("href") or None
        if tag == "meta" and attr.get("property") == "og:url":
            self.url = self.url or attr.get("content") or None
        if tag == "title":
            self._in_title = True
            return
        if tag in _DROP and tag not in _VOID:
            self._drop += 1
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li" and not self._drop:
            self.parts.append("• ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in _DROP and tag not in _VOID:
            self._drop = max(0, self._drop - 1)
            return
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._drop:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The visible text of a page, one block per line (page title first), and its URL."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines: list[str] = []
    title = " ".join("".join(parser.title).split())
    for line in "".join(parser.parts).split("\n"):
        text = " ".join(line.split())
        if text or (lines and lines[-1]):
            lines.append(text)
    if title and (not lines or lines[0] != title):
        lines = [title, "", *lines]
    return "\n".join(lines).strip(), parser.url
