"""Typed access to the app's persistent settings (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Window geometry, splitter state, the last catalogue and the language, in one place."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings("pressdesk", "pressdesk")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", value)

    @property
    def last_catalogue(self) -> str | None:
        value = self._s.value("catalogue/last")
        return str(value) if value else None

    @last_catalogue.setter
    def last_catalogue(self, value: str) -> None:
        self._s.setValue("catalogue/last", value)

    @property
    def language(self) -> str | None:
        """The app's language ("en", "he"); None follows the system locale."""
        value = self._s.value("ui/language")
        return str(value) if value else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value:
            self._s.setValue("ui/language", value)
        else:
            self._s.remove("ui/language")

    def sync(self) -> None:
        self._s.sync()
