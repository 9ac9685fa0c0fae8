"""``photo add``, ``photo show``, ``photo set`` and ``verify``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandContext, add_json_flag
from pressdesk.cli.release_commands import warn_unknown_codes
from pressdesk.core.wording import count, printable

if TYPE_CHECKING:
    from pressdesk.services.reads.records import PhotoRecord

from pressdesk.core.photos.fields import EDITABLE, FIELDS, Field

# The one-text fields ``photo set`` edits, from the field schema (the same as
# ``services.photos.edit.TEXT_FIELDS``, checked by a test; the schema loads no SQLAlchemy).
TEXT_FIELDS = tuple(f.name for f in EDITABLE if f.value in ("text", "date"))
_METAVARS = {"date": "DATE", "web_statement": "URL", "country_code": "CC"}


def _flag_help(f: Field) -> str:
    return f"set the {f.label.lower()}" + (f" ({f.hint})" if f.hint else "") + "; '' clears it"


def register(photo_sub: Any, top_sub: Any) -> None:
    """Add the ``photo`` actions and the top-level ``verify``."""
    p = photo_sub.add_parser(
        "add",
        help="ingest photo files or folders",
        description="Copy photos into the catalogue's library (named by checksum, never "
        "modified), read their EXIF/IPTC/XMP metadata and make thumbnails. The same file "
        "twice is one photo.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders")
    p.add_argument("--release", metavar="ID", help="attach to this release's empty slots")
    add_json_flag(p)
    p.set_defaults(func=cmd_photo_add)

    p = photo_sub.add_parser("show", help="show one photo")
    p.add_argument("id", help="photo id or uid")
    add_json_flag(p)
    p.set_defaults(func=cmd_photo_show)

    p = photo_sub.add_parser("set", help="edit a photo's catalogue fields")
    p.add_argument("id", help="photo id or uid")
    for f in EDITABLE:
        if f.name in TEXT_FIELDS:
            metavar = _METAVARS.get(f.name) or _METAVARS.get(f.value, "TEXT")
            p.add_argument(f.flag, dest=f.name, metavar=metavar, help=_flag_help(f))
    p.add_argument(
        "--caption-in",
        nargs=2,
        action="append",
        metavar=("LANG", "TEXT"),
        help="the caption in one language, e.g. --caption-in he 'טקסט' (repeat; '' clears it)",
    )
    p.add_argument("--creator", metavar="NAME", action="append", help="photographer (repeat)")
    p.add_argument(
        "--person", metavar="NAME", action="append", help="person shown, left to right (repeat)"
    )
    p.add_argument("--keyword", metavar="WORD", action="append", help="keyword (repeat)")
    add_json_flag(p)
    p.set_defaults(func=cmd_photo_set)

    p = top_sub.add_parser(
        "verify",
        help="re-hash the photo library against the catalogue",
        description="Re-hash every stored original against the catalogue: missing and changed "
        "files, and stored files no photo record points to (orphans, left by a killed import).",
    )
    p.add_argument(
        "--repair", action="store_true", help="remove the orphans (files no record points to)"
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_verify)


def print_photo(ctx: CommandContext, p: PhotoRecord) -> None:
    """Human-readable view of one photo."""
    ctx.line(f"Photo {p.id}  ({p.uid})  {printable(p.original_name)}")
    ctx.line(f"{'File:':<13}{p.format} {p.width}×{p.height}, {p.bytes:,} bytes, sha256 {p.sha256}")
    rows: list[tuple[str, Any]] = [
        ("Taken", p.taken_at),
        ("Camera", " ".join(x for x in (p.camera_make, p.camera_model) if x) or None),
    ]
    for f in FIELDS:
        if not f.editable:
            continue
        value = getattr(p, f.name)
        if f.value == "langs":
            rows += [(f"Caption ({lang})", text) for lang, text in value.items()]
        else:
            rows.append((f.label, "; ".join(value) if f.is_list else value))
    rows.append(("Releases", ", ".join(map(str, p.releases)) or None))
    for label, value in rows:
        if value:
            ctx.line(f"{label + ':':<17}{value}")


def cmd_photo_add(ctx: CommandContext) -> int:
    from pressdesk.services.photos.head_start import head_start

    paths = [Path(x).expanduser() for x in ctx.args.paths]
    root = ctx.library_root()
    head = head_start(paths, root) if root is not None else None  # before the catalogue opens
    try:
        from pressdesk.services.photos.ingest import ingest_photos

        result = ingest_photos(
            ctx.catalogue, paths, release=ctx.args.release, ctx=ctx.job(), head=head
        )
    finally:
        if head is not None:
            head.close()
    ctx.end_progress()
    for err in result.errors:
        ctx.warn(f"pressdesk: {err.error}")
    if result.skipped:
        ctx.warn(f"pressdesk: {skipped_summary([Path(e.path) for e in result.skipped])}")
    if ctx.json:
        ctx.emit_json(result.to_json())
    else:
        for photo in result.added:
            ctx.line(f"{photo.id:>6}  added      {printable(photo.original_name)}")
        for photo in result.duplicates:
            ctx.line(f"{photo.id:>6}  duplicate  {printable(photo.original_name)}")
        ctx.line(
            f"{len(result.added)} added, {count(len(result.duplicates), 'duplicate')}, "
            f"{len(result.errors)} failed."
        )
    if result.errors:
        return EXIT_PROBLEMS if (result.added or result.duplicates) else EXIT_USAGE
    return EXIT_OK


def skipped_summary(paths: list[Path], shown: int = 5) -> str:
    """ "3 files skipped: not a supported photo (b.gif, c.psd, d.dng)", the first few named."""
    from pressdesk.services.photos.head_start import SKIPPED

    names = ", ".join(p.name for p in paths[:shown]) + (", …" if len(paths) > shown else "")
    return f"{count(len(paths), 'file')} skipped: {SKIPPED} ({names})."


def cmd_photo_show(ctx: CommandContext) -> int:
    from pressdesk.services.reads.browse import show_photo

    record = show_photo(ctx.catalogue, ctx.args.id)
    ctx.show(record, print_photo)
    return EXIT_OK


def cmd_photo_set(ctx: CommandContext) -> int:
    from pressdesk.services.photos.edit import update_photo

    a = ctx.args
    fields: dict[str, Any] = {
        name: getattr(a, name) for name in TEXT_FIELDS if getattr(a, name) is not None
    }
    version = None
    if a.caption_in:
        from pressdesk.services.reads.browse import show_photo

        current = show_photo(ctx.catalogue, a.id)
        version = current.version  # the captions merged here are not lost to another edit
        fields["captions"] = {**current.captions, **dict(a.caption_in)}
    record = update_photo(
        ctx.catalogue,
        a.id,
        fields=fields,
        creator=a.creator,
        persons_shown=a.person,
        keywords=a.keyword,
        actor="cli",
        expected_version=version,
    ).value
    lists = {"creator": a.creator, "persons_shown": a.person, "keywords": a.keyword}
    given = {**fields, **{n: v for n, v in lists.items() if v is not None}}
    if a.caption_in:
        given["captions"] = dict(a.caption_in)
    warn_unknown_codes(ctx, f"photo {record.id}", record.to_json(), given)
    ctx.show(record, print_photo)
    return EXIT_OK


def cmd_verify(ctx: CommandContext) -> int:
    from pressdesk.services.photos.verify import verify_library

    result = verify_library(ctx.catalogue, repair=ctx.args.repair)
    if ctx.json:
        ctx.emit_json(result.to_json())
        return EXIT_PROBLEMS if result.damaged else EXIT_OK
    ctx.line(f"Checked {count(result.checked, 'photo')}.")
    for entry in result.missing:
        ctx.line(f"MISSING  photo {entry['photo_id']} ({_name(entry)}): {entry['path']}")
    for entry in result.changed:
        ctx.line(f"CHANGED  photo {entry['photo_id']} ({_name(entry)}): {entry['path']}")
    for entry in result.removed or ():
        ctx.line(f"REMOVED  orphan (no photo record): {entry['path']}")
    for entry in result.orphans:
        why = f" (kept: {entry['reason']})" if entry.get("reason") else ""
        ctx.line(f"ORPHAN   no photo record: {entry['path']}{why}")
    if result.orphans and not ctx.args.repair:
        ctx.line(
            f"{count(len(result.orphans), 'stored file')} no photo record points to "
            "(left by an interrupted import); 'pressdesk verify --repair' removes them."
        )
    if not result.damaged:
        ctx.line("Every stored original is present and unchanged.")
    return EXIT_PROBLEMS if result.damaged else EXIT_OK


def _name(entry: dict[str, Any]) -> str:
    return printable(str(entry["original_name"]))
