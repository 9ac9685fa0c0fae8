"""Preferences: the app's language (English or Hebrew, by default the system's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from pressdesk.app.i18n import fill
from pressdesk.app.language import LANGUAGES, current, system_language
from pressdesk.app.settings import Settings


class PreferencesDialog(QDialog):
    """The language setting; it applies when the windows are built again (next start)."""

    def __init__(self, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        system = LANGUAGES[system_language()]
        self.language.addItem(fill(self.tr("System default (%1)"), system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or "")))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(lambda _i: self._changed())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.note)
        form.addRow(buttons)
        self._changed()

    def chosen(self) -> str:
        """The language that will be used (the system's when none is chosen)."""
        return str(self.language.currentData()) or system_language()

    def _changed(self) -> None:
        differs = self.chosen() != current()
        self.note.setText(
            self.tr("The new language applies when pressdesk starts again.") if differs else ""
        )

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData()) or None
        self.settings.sync()
        super().accept()
