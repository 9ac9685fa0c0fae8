"""house list: GPO, its photographers and credit presets

Pre-fills the house list (agencies and photographers the desk accepts, with the variants
their credits are written in) and credit presets. Only rows that are not there yet are
added, so running it over a catalogue whose desk already entered some of them is safe;
nothing an editor typed is changed. The data and the key folding are frozen copies: later
changes to the application do not change what this revision writes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GPO = "GPO"

# canonical, kind, required copyright, variants (other written forms)
HOUSE_LIST: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    (
        GPO,
        "agency",
        GPO,
        (
            "Government Press Office",
            "Israel Government Press Office",
            "Israeli Government Press Office",
            "Government Press Office Israel",
            "IGPO",
            'לע"מ',
            "לשכת העיתונות הממשלתית",
        ),
    ),
    (
        "Israel MFA",
        "agency",
        None,
        (
            "MFA",
            "Israeli MFA",
            "Ministry of Foreign Affairs",
            "Israel Ministry of Foreign Affairs",
            "Israeli Ministry of Foreign Affairs",
        ),
    ),
    ("Amos Ben Gershom", "photographer", GPO, ("עמוס בן גרשום",)),
    ("Moshe Milner", "photographer", GPO, ("משה מילנר",)),
    ("Kobi Gideon", "photographer", GPO, ("Koby Gideon", "קובי גדעון")),
    ("Mark Neiman", "photographer", GPO, ("Mark Neyman", "מארק ניימן")),
    ("Haim Zach", "photographer", GPO, ("Chaim Zach", "חיים צח")),
    ("Avi Ohayon", "photographer", GPO, ("Avi Ohayun", "אבי אוחיון")),
    ("Yaakov Saar", "photographer", GPO, ("Yaacov Saar", "Yakov Saar")),
    ("Ohad Zwigenberg", "photographer", GPO, ()),
)

# name, credit, copyright, source
PRESETS: tuple[tuple[str, str, str, str], ...] = (
    (GPO, GPO, GPO, GPO),
    *(
        (f"GPO/{name}", f"GPO/{name}", GPO, GPO)
        for name, kind, _req, _v in HOUSE_LIST
        if kind == "photographer"
    ),
    ("Israel MFA", "Israel MFA", "Israel MFA", "Israel Ministry of Foreign Affairs"),
)

agency = sa.table(
    "agency",
    sa.column("id", sa.Integer),
    sa.column("canonical", sa.String),
    sa.column("kind", sa.String),
    sa.column("required_copyright", sa.String),
)
agency_variant = sa.table(
    "agency_variant",
    sa.column("id", sa.Integer),
    sa.column("agency_id", sa.Integer),
    sa.column("variant", sa.String),
    sa.column("key", sa.String),
)
credit_preset = sa.table(
    "credit_preset",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("credit", sa.String),
    sa.column("copyright", sa.String),
    sa.column("source", sa.String),
)

_DROP = str.maketrans({c: None for c in "'\"`´\u05f3\u05f4.\u200e\u200f"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def variant_key(text: str) -> str:
    """Matching key of a written form: case, diacritics, quotes, dots, hyphens folded
    (a frozen copy of pressdesk.core.checks.credits.part_key for these plain names)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", stripped).casefold().translate(_DROP)
    return re.sub(r"[\s\-‐‑–—_]+", " ", folded).strip()


def upgrade() -> None:
    conn = op.get_bind()
    taken = set(conn.execute(sa.select(agency_variant.c.key)).scalars())
    for canonical, kind, required, variants in HOUSE_LIST:
        agency_id = conn.execute(
            sa.select(agency.c.id).where(agency.c.canonical == canonical)
        ).scalar()
        if agency_id is None:
            if variant_key(canonical) in taken:
                continue  # the desk files this name under another entry
            conn.execute(
                agency.insert().values(canonical=canonical, kind=kind, required_copyright=required)
            )
            agency_id = conn.execute(
                sa.select(agency.c.id).where(agency.c.canonical == canonical)
            ).scalar_one()
        for text in (canonical, *variants):
            key = variant_key(text)
            if key in taken:
                continue
            conn.execute(agency_variant.insert().values(agency_id=agency_id, variant=text, key=key))
            taken.add(key)
    names = set(conn.execute(sa.select(credit_preset.c.name)).scalars())
    for name, credit, copyright_, source in PRESETS:
        if name not in names:
            conn.execute(
                credit_preset.insert().values(
                    name=name, credit=credit, copyright=copyright_, source=source
                )
            )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(credit_preset.delete().where(credit_preset.c.name.in_([p[0] for p in PRESETS])))
    canonicals = [entry[0] for entry in HOUSE_LIST]
    ids = list(
        conn.execute(sa.select(agency.c.id).where(agency.c.canonical.in_(canonicals))).scalars()
    )
    if ids:
        conn.execute(agency_variant.delete().where(agency_variant.c.agency_id.in_(ids)))
        conn.execute(agency.delete().where(agency.c.id.in_(ids)))
