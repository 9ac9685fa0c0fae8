"""What a path that is neither a regular file nor a folder is, for a message."""

from __future__ import annotations

import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file or walked as a folder, as the end of a
    sentence naming it ("does not exist", "is a FIFO (named pipe), not a file"), or None
    when it is a regular file or a folder (links followed)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "does not exist"
    except NotADirectoryError:
        return "does not exist (a part of its path is a file)"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc.__class__.__name__})"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    for test, what in _KINDS:
        if test(mode):
            return f"is {what}, not a file"
    return "is not a regular file"
