"""What every command gets: the parsed arguments, the catalogue (opened on demand), output."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pressdesk.core.wording import printable
from pressdesk.paths import default_catalogue, default_library, library_beside
from pressdesk.storage.leftovers import sweep_leftovers

if TYPE_CHECKING:
    from pressdesk.catalogue import Catalogue
    from pressdesk.services.jobs import JobContext

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

_gc_held = False


def hold_gc() -> None:
    """Start-up makes tens of thousands of long-lived objects (modules, mappers, parsers)
    and no garbage: collecting during it only walks them again and again (about 7% of a
    short command's CPU). :func:`release_gc` ends this."""
    global _gc_held
    gc.disable()
    _gc_held = True


def release_gc() -> None:
    """Start-up is over: keep what it made out of every later full collection (which would
    otherwise walk it again and again during a long command such as a large ingest), and
    collect again. Does nothing unless :func:`hold_gc` was called."""
    global _gc_held
    if _gc_held:
        _gc_held = False
        gc.freeze()
        gc.enable()


@dataclass
class CommandContext:
    """The catalogue location and the output streams of one command-line run."""

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _catalogue: Catalogue | None = None

    @property
    def target(self) -> str:
        return str(self.args.catalogue or default_catalogue())

    @property
    def library(self) -> Path | None:
        if self.args.library:
            return Path(self.args.library).expanduser()
        return default_library()

    def library_root(self) -> Path | None:
        """The photo library the catalogue will have, known without opening it (a named
        library, or one beside a catalogue file); None for a server URL without one."""
        if self.library is not None:
            return self.library
        if "://" in self.target:
            return None
        return library_beside(Path(self.target).expanduser().resolve())

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue, opened (created or migrated) the first time it is needed."""
        if self._catalogue is None:
            from pressdesk.catalogue.open import open_catalogue  # SQLAlchemy: only when used

            self._catalogue = open_catalogue(self.target, self.library, on_wait=self._waiting)
            sweep_leftovers(self._catalogue.library)  # what a killed command left
            release_gc()
        return self._catalogue

    def _waiting(self) -> None:
        self.end_progress()
        self.warn(f"pressdesk: waiting for {self.where}: another pressdesk command is writing.")
        self.err.flush()

    @property
    def where(self) -> str:
        """The catalogue's location as it may be shown (a URL without its password)."""
        return self._catalogue.location if self._catalogue else _shown(self.target)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def show(self, record: Any, printer: Callable[[CommandContext, Any], None]) -> None:
        """A record as JSON with --json, else in the command's human-readable form."""
        if self.json:
            self.emit_json(record.to_json())
        else:
            printer(self, record)

    def job(self) -> JobContext:
        """The job context of a long command: progress as a line rewritten in place on a
        terminal; with ``--progress`` one line ``DONE/TOTAL NAME`` a step on stderr, for
        scripts to follow."""
        from pressdesk.services.jobs import JobContext

        release_gc()  # a long command is under way
        lines = bool(getattr(self.args, "progress", False))
        interactive = not lines and not self.json and self.err.isatty()

        def report(done: int, total: int, name: str) -> None:
            name = printable(name)
            if lines:
                self.err.write(f"{done}/{total} {name}\n")
            elif interactive:
                self.err.write(f"\r{done}/{total} {name[:50]:<50}")
            else:
                return
            self.err.flush()

        return JobContext(on_progress=report)

    def end_progress(self) -> None:
        """Clear the progress line from a terminal."""
        if not getattr(self.args, "progress", False) and not self.json and self.err.isatty():
            self.err.write("\r" + " " * 60 + "\r")

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def warn(self, text: str) -> None:
        """One message on stderr; control characters and bidi marks (from a file name)
        are escaped (:func:`~pressdesk.core.wording.printable`)."""
        self.err.write(printable(text) + "\n")

    def close(self) -> None:
        if self._catalogue is not None:
            self._catalogue.close()


def _shown(target: str) -> str:
    """A catalogue location as it may be shown: a URL without its password."""
    if "://" not in target:
        return target
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        return "the catalogue"


Handler = Callable[[CommandContext], int]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
