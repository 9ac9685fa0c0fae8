"""``house``: the house list (agencies, photographers) and credit presets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag
from pressdesk.core.wording import count

if TYPE_CHECKING:
    from pressdesk.services.house.lists import AgencyRecord, PresetRecord


def register(sub: Any) -> None:
    """Add ``house`` to the top-level commands."""
    h = sub.add_parser("house", help="the house list (agencies, photographers) and credit presets")
    hsub = h.add_subparsers(dest="house_command", metavar="ACTION", parser_class=type(h))
    hsub.required = True
    a = hsub.add_parser("list", help="list agencies and photographers with their variants")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_list)
    a = hsub.add_parser("add", help="add an agency or photographer")
    a.add_argument("name", help="canonical credit form, e.g. 'GPO' or 'Amos Ben Gershom'")
    a.add_argument("--photographer", action="store_true", help="a photographer, not an agency")
    a.add_argument("--copyright", metavar="TEXT", help="copyright notice its photos must carry")
    a.add_argument("--variant", metavar="TEXT", action="append", default=[], help="(repeat)")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_add)
    a = hsub.add_parser("variant", help="add another written form of an entry")
    a.add_argument("name", help="the entry (any of its forms, or its id)")
    a.add_argument("variant", help="the other form, e.g. 'Government Press Office'")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_variant)
    a = hsub.add_parser("remove", help="remove an entry (with its variants) or one variant")
    a.add_argument("name", help="the entry or variant")
    a.add_argument("--variant", action="store_true", help="remove only this written form")
    a.set_defaults(func=cmd_house_remove)
    a = hsub.add_parser("presets", help="list credit presets")
    add_json_flag(a)
    a.set_defaults(func=cmd_presets)
    a = hsub.add_parser("preset", help="create or change a credit preset")
    a.add_argument("name")
    for name in ("credit", "copyright", "source"):
        a.add_argument(f"--{name}", metavar="TEXT", help=f"the {name} it applies ('' clears)")
    a.add_argument("--remove", action="store_true", help="delete the preset")
    add_json_flag(a)
    a.set_defaults(func=cmd_preset)
    a = hsub.add_parser("apply", help="apply a credit preset to photos (one step)")
    a.add_argument("preset", help="preset name or id")
    a.add_argument("photos", nargs="+", metavar="PHOTO_ID")
    add_json_flag(a)
    a.set_defaults(func=cmd_apply)
    register_templates(hsub)


def _print_agency(ctx: CommandContext, r: AgencyRecord) -> None:
    rule = f"  (copyright: {r.required_copyright})" if r.required_copyright else ""
    ctx.line(f"{r.id:>4}  {r.kind:<12} {r.canonical}{rule}")
    if r.variants:
        ctx.line(f"{'':<19}also: {'; '.join(r.variants)}")


def cmd_house_list(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    rows = house.list_house(ctx.catalogue)
    if ctx.json:
        ctx.emit_json([r.to_json() for r in rows])
    else:
        for r in rows:
            _print_agency(ctx, r)
    return EXIT_OK


def _emit_agency(ctx: CommandContext, record: AgencyRecord) -> int:
    if ctx.json:
        ctx.emit_json(record.to_json())
    else:
        _print_agency(ctx, record)
    return EXIT_OK


def cmd_house_add(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    a = ctx.args
    record = house.add_agency(
        ctx.catalogue,
        a.name,
        kind="photographer" if a.photographer else "agency",
        required_copyright=a.copyright,
        variants=a.variant,
    )
    return _emit_agency(ctx, record)


def cmd_house_variant(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    return _emit_agency(ctx, house.add_variant(ctx.catalogue, ctx.args.name, ctx.args.variant))


def cmd_house_remove(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    if ctx.args.variant:
        record = house.remove_variant(ctx.catalogue, ctx.args.name)
        ctx.line(f"Removed '{ctx.args.name}' from {record.canonical}.")
    else:
        house.remove_agency(ctx.catalogue, ctx.args.name)
        ctx.line(f"Removed '{ctx.args.name}' from the house list.")
    return EXIT_OK


def _print_preset(ctx: CommandContext, p: PresetRecord) -> None:
    values = ", ".join(
        f"{k} {v!r}"
        for k, v in (("credit", p.credit), ("copyright", p.copyright), ("source", p.source))
        if v
    )
    ctx.line(f"{p.id:>4}  {p.name:<28} {values}")


def cmd_presets(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    rows = house.list_presets(ctx.catalogue)
    if ctx.json:
        ctx.emit_json([p.to_json() for p in rows])
    else:
        for p in rows:
            _print_preset(ctx, p)
    return EXIT_OK


def cmd_preset(ctx: CommandContext) -> int:
    from pressdesk.services.house import lists as house

    a = ctx.args
    values = {"credit": a.credit, "copyright": a.copyright, "source": a.source}
    if a.remove:
        house.remove_preset(ctx.catalogue, a.name)
        ctx.line(f"Removed the preset '{a.name}'.")
        return EXIT_OK
    existing = {p.name.casefold() for p in house.list_presets(ctx.catalogue)}
    if a.name.strip().casefold() in existing:
        record = house.update_preset(ctx.catalogue, a.name, **values)
    else:
        record = house.add_preset(ctx.catalogue, a.name, **values)
    if ctx.json:
        ctx.emit_json(record.to_json())
    else:
        _print_preset(ctx, record)
    return EXIT_OK


def cmd_apply(ctx: CommandContext) -> int:
    from pressdesk.services.house.presets import apply_preset

    a = ctx.args
    applied = apply_preset(ctx.catalogue, a.preset, a.photos, actor="cli")
    if ctx.json:
        ctx.emit_json(applied.to_json())
    else:
        photos = len(applied.changes.photos)
        ctx.line(
            f"Applied '{a.preset}': {count(len(applied.fields), 'change')} to "
            f"{count(photos, 'photo')}."
        )
    return EXIT_OK


def register_templates(hsub: Any) -> None:
    """Add ``house template add|apply|list|remove``."""
    t = hsub.add_parser(
        "template",
        help="templates: field values with variables, applied to many photos",
        description="A template sets photo fields to values that may hold variables, filled "
        "from each photo and its release: {release.date} (a date takes a format: "
        "{release.date:%d %B %Y}), {release.place}, {release.issuer}, {release.headline}, "
        "{release.subheadline}, {release.uid}, {slot.caption}, {slot.credit}, "
        "{photo.date_taken}, {photo.creator}, {photo.credit}, {photo.file}, {today}; and "
        "\\code\\ replacements. List fields (creator, persons_shown, keywords) split at ';'.",
    )
    tsub = t.add_subparsers(dest="template_command", metavar="ACTION", parser_class=type(t))
    tsub.required = True
    a = tsub.add_parser("add", help="create a template (or replace what it sets)")
    a.add_argument("name")
    a.add_argument(
        "--set",
        dest="values",
        metavar="FIELD=VALUE",
        action="append",
        required=True,
        help="a field and its value (repeat), e.g. --set 'caption={release.headline}'",
    )
    add_json_flag(a)
    a.set_defaults(func=cmd_template_add)
    a = tsub.add_parser("apply", help="apply a template to photos (one step)")
    a.add_argument("name", help="template name")
    a.add_argument("photos", nargs="+", metavar="PHOTO_ID")
    a.add_argument("--release", metavar="ID", help="fill {release.*} from this release")
    add_json_flag(a)
    a.set_defaults(func=cmd_template_apply)
    a = tsub.add_parser("list", help="list templates")
    add_json_flag(a)
    a.set_defaults(func=cmd_template_list)
    a = tsub.add_parser("remove", help="delete a template")
    a.add_argument("name")
    a.set_defaults(func=cmd_template_remove)


def _fields(values: list[str]) -> dict[str, str]:
    from pressdesk.services.errors import InvalidInputError

    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInputError(f"--set {item!r} is not FIELD=VALUE, e.g. 'credit=GPO'.")
        out[name.strip().replace("-", "_")] = value
    return out


def cmd_template_add(ctx: CommandContext) -> int:
    from pressdesk.services.house.templates import save_template

    record = save_template(ctx.catalogue, ctx.args.name, _fields(ctx.args.values))
    if ctx.json:
        ctx.emit_json(record.to_json())
    else:
        ctx.line(f"Template {record.name!r} sets {', '.join(record.fields)}.")
    return EXIT_OK


def cmd_template_apply(ctx: CommandContext) -> int:
    from pressdesk.services.house.templates import apply_template

    applied = apply_template(
        ctx.catalogue, ctx.args.name, ctx.args.photos, release=ctx.args.release, actor="cli"
    ).value
    photos, warnings = applied.photos, applied.warnings
    for warning in warnings:
        ctx.warn(f"pressdesk: {warning}")
    if ctx.json:
        ctx.emit_json([p.to_json() for p in photos])
    else:
        ctx.line(f"Applied {ctx.args.name!r} to {count(len(photos), 'photo')}.")
    return EXIT_OK


def cmd_template_list(ctx: CommandContext) -> int:
    from pressdesk.services.house.templates import list_templates

    rows = list_templates(ctx.catalogue)
    if ctx.json:
        ctx.emit_json([r.to_json() for r in rows])
        return EXIT_OK
    for r in rows:
        ctx.line(r.name)
        for name, value in r.fields.items():
            ctx.line(f"    {name} = {value}")
    if not rows:
        ctx.line("No templates yet; 'pressdesk house template add NAME --set FIELD=VALUE'.")
    return EXIT_OK


def cmd_template_remove(ctx: CommandContext) -> int:
    from pressdesk.services.house.templates import remove_template

    remove_template(ctx.catalogue, ctx.args.name)
    ctx.line(f"Removed template {ctx.args.name!r}.")
    return EXIT_OK
