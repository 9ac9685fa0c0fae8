"""The app's language: the Hebrew translation, read from its ``.ts`` source at start-up, and
the right-to-left layout that goes with it.

Why the ``.ts`` and no compiled ``.qm``: the translation kept in the repository is the one
the app reads, so there is nothing to build or ship besides it (a clean clone and the wheel
work alike, and a ``.qm`` cannot go stale behind its source); reading ~400 messages of XML
takes a few milliseconds. Qt's own texts (standard buttons, context menus) come from the
``qtbase_*.qm`` files that PySide6 ships.

The language is chosen in Preferences (``Settings.language``); without a choice it follows
the system locale. It takes effect when the windows are built (at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "he": "עברית"}  # code -> its own name
RTL = {"he"}

Key = tuple[str, str, str]  # context, source text, disambiguation


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"pressdesk_{language}.ts"


def system_language(locale: QLocale | None = None) -> str:
    """The app language the system locale asks for (English unless it is one we have)."""
    name = (locale or QLocale.system()).name()  # "he_IL"
    code = name.split("_")[0]
    code = "he" if code == "iw" else code
    return code if code in LANGUAGES else "en"


def read_ts(path: Path) -> dict[Key, list[str]]:
    """The finished translations of a ``.ts`` file: (context, source, comment) -> forms
    (one, or the plural forms of a ``%n`` message). Unfinished and obsolete ones are left
    out, so the English text shows instead of an empty one."""
    found: dict[Key, list[str]] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    return found


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt's rules pick for ``n`` (Hebrew: one, many)."""
    return 0 if n == 1 or n == -1 else 1


class TsTranslator(QTranslator):
    """A translator over the messages of a ``.ts`` file."""

    def __init__(self, language: str, messages: dict[Key, list[str]]) -> None:
        super().__init__()
        self._language = language
        self.messages = messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self.messages.get((context, source, disambiguation or ""))
        if not forms:
            return None
        return forms[min(plural_form(self._language, n), len(forms) - 1)]

    def isEmpty(self) -> bool:
        return not self.messages


@dataclass
class Installed:
    language: str
    translators: list[QTranslator]


_installed: Installed | None = None


def install(app: QApplication, language: str) -> str:
    """Use ``language`` for the windows built from now on: its translation, Qt's own
    translation and, for Hebrew, a right-to-left layout. Returns the language in use
    (English when the requested one has no translation)."""
    global _installed
    if _installed is not None:
        for t in _installed.translators:
            app.removeTranslator(t)
        _installed = None
    if language not in LANGUAGES:
        language = "en"
    translators: list[QTranslator] = []
    if language != "en" and ts_file(language).is_file():
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            translators.append(qt_own)
        translators.append(TsTranslator(language, read_ts(ts_file(language))))
    else:
        language = "en"
    for t in translators:
        app.installTranslator(t)
    _installed = Installed(language, translators)
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL else Qt.LayoutDirection.LeftToRight
    )
    return language


def current() -> str:
    return _installed.language if _installed else "en"
