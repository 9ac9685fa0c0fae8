"""Translation helpers: every user-visible string goes through Qt's translation
(``self.tr`` in widgets, ``QCoreApplication.translate`` elsewhere); the Hebrew translation
lives in ``app/translations/pressdesk_he.ts`` and is read by :mod:`pressdesk.app.language`
when the app starts (no compiled ``.qm`` to build or ship)."""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """A translated text with ``%n`` and a ``(s)`` plural mark, as in
    ``plural(self.tr("%n photo(s)", "", n), n)``: a translation gives its own plural forms;
    in English (no translation loaded) the mark becomes the plural ending ("person(s)"
    becomes "people"). Counts of a thousand or more get thousands separators."""
    many = n != 1
    text = text.replace("person(s)", "people" if many else "person")
    text = text.replace("(s)", "s" if many else "")
    return text.replace(str(n), f"{n:,}", 1) if n >= 1000 else text


def fill(text: str, *args: object) -> str:
    """A translated text with its ``%1``, ``%2``… filled in (from the highest, so that %1
    never eats the start of %10)."""
    for n in range(len(args), 0, -1):
        text = text.replace(f"%{n}", str(args[n - 1]))
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for module-level code; lupdate reads these calls (a
    function named ``translate`` with the context first)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for translation (lupdate finds it under ``context``); the text is
    translated where it is shown, with ``self.tr(CONSTANT)`` or :func:`translate`."""
    return text
