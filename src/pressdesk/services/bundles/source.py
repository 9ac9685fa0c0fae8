"""Reading a bundle, folder or zip, with hostile input refused before anything is used.

Refused (InvalidInputError, one sentence naming the bundle and the entry): symbolic links
and special files, absolute paths and paths with '..' (zip slip), zip members that are
links, repeated names, archives above the size, member-count or compression-ratio limits
(zip bombs), and anything that is neither a folder nor a zip. Reading a zip member never
yields more bytes than its header declared, so the checked sizes hold.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pressdesk.services.bundles.bag import unsafe_reason
from pressdesk.services.errors import InvalidInputError


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold before it is refused as a bomb."""

    max_total_bytes: int = 64 << 30
    max_file_bytes: int = 8 << 30
    max_files: int = 200_000
    max_ratio: float = 100.0  # uncompressed / compressed size of one zip member
    ratio_floor: int = 1 << 20  # members smaller than this are not ratio-checked
    max_tag_file_bytes: int = 256 << 20  # manifests and catalogue.json are read into memory


DEFAULT_LIMITS = Limits()


class BagSource:
    """The files of a bag: relative path -> size, and a way to read each."""

    def __init__(self, label: str, files: dict[str, int]) -> None:
        self.label = label
        self.files = files

    def open(self, relpath: str) -> IO[bytes]:
        """A binary stream of one file of the bag."""
        raise NotImplementedError

    def read_bytes(self, relpath: str, limit: int) -> bytes:
        """A whole (small) file; larger than ``limit`` is refused."""
        if self.files.get(relpath, 0) > limit:
            raise InvalidInputError(
                f"{self.label}: {relpath} is {self.files[relpath]:,} bytes, more than a "
                "bundle's tag file can be; it was refused."
            )
        with self.open(relpath) as fh:
            return fh.read(limit + 1)[:limit]

    def local_path(self, relpath: str) -> Path | None:
        """The file on disk, when the bag is a folder."""
        return None

    def close(self) -> None:
        """Release the underlying archive."""


class FolderSource(BagSource):
    def __init__(self, root: Path, limits: Limits) -> None:
        files: dict[str, int] = {}
        total = 0
        for folder, dirs, names in os.walk(root, followlinks=False):
            for name in [*dirs, *names]:
                path = Path(folder) / name
                rel = path.relative_to(root).as_posix()
                mode = path.lstat().st_mode
                if stat.S_ISLNK(mode):
                    raise InvalidInputError(
                        f"{root} contains a symbolic link ({rel}); bundles never hold links, "
                        "so it was refused."
                    )
                if stat.S_ISDIR(mode):
                    continue
                if not stat.S_ISREG(mode):
                    raise InvalidInputError(
                        f"{root} contains {rel}, which is not a regular file; it was refused."
                    )
                files[rel] = path.lstat().st_size
                total += files[rel]
                if len(files) > limits.max_files or total > limits.max_total_bytes:
                    raise InvalidInputError(
                        f"{root} holds more files or bytes than a bundle may; it was refused."
                    )
        super().__init__(str(root), files)
        self.root = root

    def open(self, relpath: str) -> IO[bytes]:
        return (self.root / relpath).open("rb")

    def local_path(self, relpath: str) -> Path | None:
        return self.root / relpath


class ZipSource(BagSource):
    def __init__(self, path: Path, limits: Limits) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InvalidInputError(f"{path} is not a readable zip file ({exc}).") from None
        self.members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        if len(infos) > limits.max_files:
            self._refuse(path, f"it has {len(infos):,} entries")
        for info in infos:
            name = info.filename
            reason = unsafe_reason(name.rstrip("/") if info.is_dir() else name)
            if reason:
                self._refuse(path, f"its entry '{name}' is {reason}")
            if stat.S_ISLNK(info.external_attr >> 16):
                self._refuse(path, f"its entry '{name}' is a symbolic link")
            if info.is_dir():
                continue
            if name in self.members:
                self._refuse(path, f"the entry '{name}' appears twice")
            size = info.file_size
            total += size
            if size > limits.max_file_bytes or total > limits.max_total_bytes:
                self._refuse(path, f"it unpacks to more than a bundle may hold (at '{name}')")
            compressed = max(info.compress_size, 1)
            if size > limits.ratio_floor and size / compressed > limits.max_ratio:
                self._refuse(
                    path,
                    f"its entry '{name}' is compressed {size / compressed:,.0f} to 1, "
                    "which only a zip bomb does",
                )
            self.members[name] = info
        names = set(self.members)
        if "bagit.txt" in names:
            prefix = ""
        else:
            tops = {n.split("/", 1)[0] for n in names}
            prefix = f"{tops.pop()}/" if len(tops) == 1 else ""
        files = {
            n[len(prefix) :]: i.file_size for n, i in self.members.items() if n.startswith(prefix)
        }
        super().__init__(str(path), files)
        self.prefix = prefix

    def _refuse(self, path: Path, why: str) -> None:
        self.zip.close()
        raise InvalidInputError(f"{path} was refused: {why}.")

    def open(self, relpath: str) -> IO[bytes]:
        return self.zip.open(self.members[self.prefix + relpath])  # bounded by file_size

    def close(self) -> None:
        self.zip.close()


@contextmanager
def open_bag(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[BagSource]:
    """Open a bundle folder or zip, refusing hostile input; closes it afterwards."""
    path = Path(path).expanduser()
    if path.is_symlink() and path.is_dir():
        raise InvalidInputError(f"{path} is a symbolic link; give the bundle folder itself.")
    if path.is_dir():
        source: BagSource = FolderSource(path, limits)
    elif path.is_file():
        if not zipfile.is_zipfile(path):
            raise InvalidInputError(f"{path} is neither a bundle folder nor a zip file.")
        source = ZipSource(path, limits)
    elif not path.exists():
        raise InvalidInputError(f"{path} does not exist.")
    else:
        raise InvalidInputError(f"{path} is neither a bundle folder nor a zip file.")
    if "bagit.txt" not in source.files:
        source.close()
        raise InvalidInputError(f"{path} is not a bundle: it has no bagit.txt.")
    try:
        yield source
    finally:
        source.close()
