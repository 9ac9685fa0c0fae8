"""A small, bounds-checked reader for TIFF structures (TIFF files and EXIF blocks).

Only what the photo reader needs: the entries of an IFD, the raw bytes of a tag, the
chain of IFDs. Every offset is checked against the buffer; nothing here raises on a
malformed structure except :class:`TiffError`, which callers turn into a warning.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass

#: what the walker reads from: bytes in memory, or a memory-mapped file
Buffer = bytes | mmap.mmap

# TIFF field types -> size in bytes of one value
TYPE_SIZES: dict[int, int] = {
    1: 1,  # BYTE
    2: 1,  # ASCII
    3: 2,  # SHORT
    4: 4,  # LONG
    5: 8,  # RATIONAL
    6: 1,  # SBYTE
    7: 1,  # UNDEFINED
    8: 2,  # SSHORT
    9: 4,  # SLONG
    10: 8,  # SRATIONAL
    11: 4,  # FLOAT
    12: 8,  # DOUBLE
    13: 4,  # IFD
}

MAX_ENTRIES = 1000  # no real IFD has more; a larger count is a corrupt directory
MAX_IFDS = 16


class TiffError(ValueError):
    """The TIFF structure is malformed."""


@dataclass(frozen=True)
class Entry:
    """One IFD entry: its field type, count and where its value lives in the buffer."""

    tag: int
    type: int
    count: int
    value_offset: int  # offset of the value bytes inside the buffer
    size: int  # count * type size


class TiffBuffer:
    """A TIFF byte structure held in memory (an EXIF block or the head of a TIFF file)."""

    def __init__(self, data: Buffer) -> None:
        if len(data) < 8:
            raise TiffError("the TIFF header is shorter than 8 bytes")
        order = data[:2]
        if order == b"II":
            self.endian = "<"
        elif order == b"MM":
            self.endian = ">"
        else:
            raise TiffError("the TIFF header has no byte-order mark (II or MM)")
        magic = struct.unpack(self.endian + "H", data[2:4])[0]
        if magic != 42:
            raise TiffError(f"the TIFF header has magic number {magic}, not 42")
        self.data = data
        self.first_ifd = struct.unpack(self.endian + "I", data[4:8])[0]

    def u16(self, offset: int) -> int:
        """Read an unsigned 16-bit integer at ``offset``."""
        if offset < 0 or offset + 2 > len(self.data):
            raise TiffError(f"offset {offset} is outside the TIFF data")
        return int(struct.unpack_from(self.endian + "H", self.data, offset)[0])

    def u32(self, offset: int) -> int:
        """Read an unsigned 32-bit integer at ``offset``."""
        if offset < 0 or offset + 4 > len(self.data):
            raise TiffError(f"offset {offset} is outside the TIFF data")
        return int(struct.unpack_from(self.endian + "I", self.data, offset)[0])

    def entries(self, ifd_offset: int) -> dict[int, Entry]:
        """Return the entries of the IFD at ``ifd_offset`` (tag -> entry)."""
        count = self.u16(ifd_offset)
        if count > MAX_ENTRIES:
            raise TiffError(f"the IFD at offset {ifd_offset} claims {count} entries")
        if ifd_offset + 2 + 12 * count > len(self.data):
            raise TiffError(f"the IFD at offset {ifd_offset} runs past the end of its data")
        result: dict[int, Entry] = {}
        for i in range(count):
            pos = ifd_offset + 2 + 12 * i
            tag, ftype, n = struct.unpack_from(self.endian + "HHI", self.data, pos)
            unit = TYPE_SIZES.get(ftype)
            if unit is None:
                continue  # unknown type: skip the entry, as readers must
            size = unit * n
            value_offset = pos + 8 if size <= 4 else self.u32(pos + 8)
            result.setdefault(tag, Entry(tag, ftype, n, value_offset, size))
        return result

    def next_ifd(self, ifd_offset: int) -> int:
        """Return the offset of the IFD that follows the one at ``ifd_offset`` (0 = none)."""
        count = self.u16(ifd_offset)
        return self.u32(ifd_offset + 2 + 12 * count)

    def ifd_chain(self) -> list[int]:
        """Offsets of IFD0, IFD1, ... (loops and runaway chains are cut)."""
        seen: list[int] = []
        offset = self.first_ifd
        while offset and offset not in seen and len(seen) < MAX_IFDS:
            seen.append(offset)
            try:
                offset = self.next_ifd(offset)
            except TiffError:
                break
        return seen

    def raw(self, entry: Entry) -> bytes:
        """The value bytes of ``entry``; raises TiffError when they lie outside the data."""
        end = entry.value_offset + entry.size
        if entry.value_offset < 0 or end > len(self.data):
            raise TiffError(f"the value of tag {entry.tag} lies outside the TIFF data")
        return self.data[entry.value_offset : end]

    def ints(self, entry: Entry) -> list[int]:
        """The values of a BYTE/SHORT/LONG entry as integers."""
        codes = {1: "B", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i", 13: "I"}
        code = codes.get(entry.type)
        if code is None:
            raise TiffError(f"tag {entry.tag} is not an integer field")
        if entry.count > 1 << 20:
            raise TiffError(f"tag {entry.tag} has an absurd count ({entry.count})")
        return list(struct.unpack(f"{self.endian}{entry.count}{code}", self.raw(entry)))

    def first_int(self, entries: dict[int, Entry], tag: int) -> int | None:
        """The first integer value of ``tag`` in ``entries``, or None when absent/broken."""
        entry = entries.get(tag)
        if entry is None or entry.count < 1:
            return None
        try:
            unit = TYPE_SIZES[entry.type]
            values = self.ints(Entry(entry.tag, entry.type, 1, entry.value_offset, unit))
        except (TiffError, struct.error):
            return None
        return values[0] if values else None


def parse_tiff(data: Buffer) -> TiffBuffer:
    """Return a :class:`TiffBuffer` for ``data`` (raises :class:`TiffError`)."""
    return TiffBuffer(data)
