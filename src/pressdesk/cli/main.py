"""The ``pressdesk`` command line: a thin layer over the services."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from typing import NoReturn

from pressdesk import __version__
from pressdesk.catalogue.errors import CatalogueBusyError, CatalogueError
from pressdesk.cli import (
    browse_commands,
    bundle_commands,
    check_commands,
    history_commands,
    house_commands,
    match_commands,
    people_commands,
    photo_commands,
    photo_list_commands,
    release_commands,
    undo_commands,
)
from pressdesk.cli.context import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CommandContext,
    hold_gc,
    release_gc,
)
from pressdesk.services.errors import InvalidInputError, NotFoundError, ServiceError


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one sentence and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}. See '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = _Parser(
        prog="pressdesk",
        description="Catalogue press releases with their photos, captions, credits and people.",
    )
    parser.add_argument("--version", action="version", version=f"pressdesk {__version__}")
    parser.add_argument(
        "--catalogue",
        metavar="URL_OR_PATH",
        help="catalogue file or SQLAlchemy URL (default: $PRESSDESK_CATALOGUE, else a file "
        "in your data folder)",
    )
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="photo library folder (default: $PRESSDESK_LIBRARY, else beside a SQLite file)",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo catalogue")
    parser.add_argument(
        "--json",
        dest="json_first",
        action="store_true",
        help="print the result as JSON (also accepted after the command)",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="report progress of long commands as lines 'DONE/TOTAL NAME' on stderr",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and exit")
    gui.add_argument("--select", metavar="RELEASE_ID", help="select this release")

    release = sub.add_parser("release", help="import, list and show releases")
    rsub = release.add_subparsers(dest="release_command", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    release_commands.register(rsub)
    release_commands.register_set(rsub)
    browse_commands.register_release(rsub)

    photo = sub.add_parser("photo", help="add, show and edit photos")
    psub = photo.add_subparsers(dest="photo_command", metavar="ACTION", parser_class=_Parser)
    psub.required = True
    photo_commands.register(psub, sub)
    photo_list_commands.register(psub)

    browse_commands.register_search(sub)
    check_commands.register(sub)
    house_commands.register(sub)
    bundle_commands.register(sub)
    history_commands.register(sub)
    match_commands.register(sub)
    people_commands.register(sub, _Parser)
    undo_commands.register(sub)
    return parser


def _no_display() -> bool:
    """True on a Unix desktop-less session where Qt would abort for want of a screen."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display() and not args.screenshot:
        sys.stderr.write(
            "pressdesk: no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set); run it in a desktop session, or use a command such as 'pressdesk --help'.\n"
        )
        return EXIT_USAGE
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    from pressdesk.app.launch import run  # Qt is imported only here

    release_gc()
    return run(args)


_SEARCH_OPTIONS = {"--json": 0, "--limit": 1, "-h": 0, "--help": 0}


def search_words_last(argv: Sequence[str]) -> list[str]:
    """``search Peres -Putin``: the words of a search, ``-word`` among them, are words, not
    options (argparse would refuse ``-Putin`` as an unknown option). The search's own
    options are kept wherever they stand (and an unknown ``--option`` is left to be refused);
    everything else after ``search`` goes after ``--``.
    """
    args = list(argv)
    i = 0
    while i < len(args) and args[i].startswith("-"):  # global options and their values
        i += 2 if args[i] in ("--catalogue", "--library") else 1
    if i >= len(args) or args[i] != "search" or "--" in args[i + 1 :]:
        return args
    options: list[str] = []
    words: list[str] = []
    rest = args[i + 1 :]
    while rest:
        token = rest.pop(0)
        name = token.split("=", 1)[0]
        if name in _SEARCH_OPTIONS:
            options.append(token)
            if "=" not in token and _SEARCH_OPTIONS[name] and rest:
                options.append(rest.pop(0))
        elif token.startswith("--"):  # never a word: argparse names the unknown option
            options.append(token)
        else:
            words.append(token)
    return [*args[: i + 1], *options, *(["--", *words] if words else [])]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 problems found, 2 bad input)."""
    warnings.filterwarnings("ignore", module=r"PIL(\..*)?")  # damaged files are reported
    parser = build_parser()
    args = parser.parse_args(search_words_last(sys.argv[1:] if argv is None else argv))
    if args.json_first:
        if not hasattr(args, "json"):
            parser.error(f"'{args.command or 'gui'}' has no JSON output")
        args.json = True
    if args.command in (None, "gui"):
        for name in ("screenshot", "select"):
            if not hasattr(args, name):
                setattr(args, name, None)
        return _run_gui(args)
    ctx = CommandContext(args)
    try:
        return int(args.func(ctx))
    except CatalogueBusyError as exc:
        ctx.end_progress()
        ctx.warn(f"pressdesk: {exc}")
        return EXIT_PROBLEMS
    except (CatalogueError, NotFoundError, InvalidInputError) as exc:
        ctx.warn(f"pressdesk: {exc}")
        return EXIT_USAGE
    except ServiceError as exc:
        ctx.warn(f"pressdesk: {exc}")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        ctx.warn("pressdesk: interrupted; nothing half-written was kept.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not _database_error(exc):
            raise
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        ctx.warn(f"pressdesk: the catalogue {ctx.where} failed ({reason}); the command stopped.")
        return EXIT_PROBLEMS
    finally:
        ctx.close()


def _database_error(exc: Exception) -> bool:
    """A database failure nothing else foresaw (SQLAlchemy is loaded only by commands that
    open the catalogue, so it is looked for, not imported)."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.SQLAlchemyError)


def run() -> int:
    """The ``pressdesk`` program: :func:`main`, with no garbage collection during start-up;
    the objects it made (modules, mappers, parsers) are then kept out of the collector's full
    passes (see :func:`pressdesk.cli.context.release_gc`)."""
    hold_gc()
    try:
        return main()
    finally:
        release_gc()


if __name__ == "__main__":
    sys.exit(run())
