"""The release editor and its participants: the selected release, read in the background,
shown and edited (each edit one undoable operation)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.participants import ParticipantsPanel
from pressdesk.app.release_editor import ReleaseEditor
from pressdesk.services.ops import Changes
from pressdesk.services.reads import desk as reads
from pressdesk.services.reads.desk import ReleaseView


class EditorController(QObject):
    """Shows the release the list selects; sends the editor's and the participants' edits."""

    view_shown = Signal(object)  # ReleaseView | None

    def __init__(self, desk: Desk, releases: ReleaseListController) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.releases = releases
        self.view: ReleaseView | None = None
        self.editor = ReleaseEditor(desk.window)
        self.editor.edit_requested.connect(
            lambda rid, _old, new: desk.bench.edit_release(rid, new, self.shown_version(rid))
        )
        self.editor.invalid.connect(lambda msg: desk.status(msg, 8000))
        self.people = ParticipantsPanel(desk.window)
        self.people.edit_requested.connect(
            lambda rid, _old, new: desk.bench.edit_participants(rid, new, self.shown_version(rid))
        )
        releases.selected.connect(self._on_selected)

    def _on_selected(self, release_id: int | None) -> None:
        self.editor.commit_pending()
        if release_id is None:
            self.show(None)
        elif self.view is None or self.view.release.id != release_id:
            self.load(release_id)

    def load(self, release_id: int) -> None:
        """Read the release with its photos in the background, then show it."""
        self.desk.jobs.query(
            reads.release_view,
            self.desk.catalogue,
            release_id,
            on_done=self.show,
            on_error=self.desk.on_error,
            priority=10,
        )

    def show(self, view: ReleaseView | None) -> None:
        if view is not None and view.release.id != self.releases.current_release_id():
            return  # another release was selected meanwhile
        self.view = view
        self.editor.show_release(view.release if view else None)
        self.people.show_release(view.release if view else None)
        self.view_shown.emit(view)
        if view is not None:
            self.desk.jobs.query(
                reads.suggestions, view.release.body, on_done=self.people.set_suggestions
            )

    def shown_version(self, release_id: int) -> int | None:
        """The version of the release as the window shows it (None if it shows another)."""
        if self.view is not None and self.view.release.id == release_id:
            return self.view.release.version
        return None

    def refresh(self, change: Changes) -> None:
        """Read the shown release again if a write touched it, its photos or its people."""
        view = self.view
        if view is None:
            return
        people = {p.person_id for p in view.release.participants}
        if (
            view.release.id in change.releases
            or set(view.photos) & change.photos
            or people & change.people
        ):
            self.load(view.release.id)

    def reload_shown(self) -> None:
        """Show the release as it is now (after a refused write)."""
        if self.view is not None:
            self.load(self.view.release.id)

    def focus_field(self, field: str | None) -> bool:
        """Put the cursor in one of the release's fields; False if it has no such field."""
        if field is not None and field in self.editor.lines:
            self.editor.lines[field].setFocus()
            return True
        return False
