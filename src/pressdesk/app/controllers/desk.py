"""What every controller works with: the catalogue, the job runner, the workbench (writes,
undo), the thumbnail cache, and the window for dialogs and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow, QMessageBox

from pressdesk.app.jobs import JobRunner
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.app.workbench import Workbench
from pressdesk.catalogue import Catalogue


@dataclass
class Desk:
    catalogue: Catalogue
    jobs: JobRunner
    bench: Workbench
    thumbs: ThumbnailCache
    window: QMainWindow

    def status(self, text: str, msecs: int = 10000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, "pressdesk", message)

    def on_error(self, exc: Exception, _tb: str) -> None:
        """A background job failed: say why."""
        self.show_error(str(exc) or exc.__class__.__name__)
