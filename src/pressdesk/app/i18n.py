"""Translation helpers: every user-visible string goes through Qt's translation
(``self.tr`` in widgets, ``QCoreApplication.translate`` elsewhere); the Hebrew translation
lives in ``translations/pressdesk_he.ts`` and is compiled when the app starts."""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """A translated text with ``%n`` and a ``(s)`` plural mark, as in
    ``plural(self.tr("%n photo(s)", "", n), n)``: a translation gives its own plural forms;
    in English (no translation loaded) the mark becomes the plural ending."""
    return text.replace("(s)", "" if n == 1 else "s")
