"""The photo-desk rules: each turns plain values into findings with a stable code.

:class:`Rules` holds the house list and caches findings per distinct value (credits repeat
across hundreds of thousands of photos), so a full check costs a dictionary look-up per
photo for most rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pressdesk.core.checks.credits import AGENCY, HouseList
from pressdesk.core.checks.limits import LIMITED, cuts, utf8_size
from pressdesk.core.checks.model import (
    ADD_PARTICIPANT,
    ERROR,
    SET_PHOTO_FIELD,
    TAG_PERSON,
    WARNING,
    Finding,
    Fix,
)
from pressdesk.core.photos.fields import FIELDS, Field

#: The fields compared with what the file itself embeds.
EMBEDDED: tuple[Field, ...] = tuple(f for f in FIELDS if "embedded" in f.checks)

#: code -> (severity, what the rule checks). Codes are stable: scripts filter on them.
CODES: dict[str, tuple[str, str]] = {
    "missing-caption": (ERROR, "a photo used in a release has no caption"),
    "missing-credit": (ERROR, "a photo used in a release has no credit line"),
    "missing-copyright": (ERROR, "a photo used in a release has no copyright notice"),
    "unattached-missing-caption": (WARNING, "a photo in no release has no caption"),
    "unattached-missing-credit": (WARNING, "a photo in no release has no credit line"),
    "unattached-missing-copyright": (WARNING, "a photo in no release has no copyright notice"),
    "slot-credit-mismatch": (ERROR, "the credit printed in the release contradicts the photo's"),
    "not-in-house-list": (WARNING, "the photo's credit names no agency the desk accepts"),
    "photographer-not-in-house-list": (WARNING, "a photographer is not in the house list"),
    "house-style": (WARNING, "the credit is not written in the house list's canonical form"),
    "copyright-agency-rule": (WARNING, "the copyright breaks the credited agency's rule"),
    **{
        f"embedded-{f.code}-differs": (
            WARNING,
            f"the {f.label.lower()} differs from the file's own",
        )
        for f in EMBEDDED
    },
    **{
        f"{f.code}-over-limit": (
            WARNING,
            f"the {f.label.lower()} exceeds the IIM limit of {f.iim.limit} bytes",
        )
        for f in LIMITED
        if f.iim is not None
    },
    "person-named-not-tagged": (WARNING, "the caption names a person not tagged as shown"),
    "shown-not-participant": (WARNING, "a person shown is not a participant of the release"),
    "empty-slot": (WARNING, "a photo slot of the release has no photo attached"),
    "credited-differently": (WARNING, "one photo is credited differently in two releases"),
}

LABELS = {f.name: f.label.lower() for f in FIELDS}
HOUSE_HINT = (
    "Add it to the house list ('pressdesk house add') if the desk accepts it, or apply a "
    "credit preset."
)


def quote(value: Any, width: int = 60) -> str:
    """A value for a message: quoted, on one line, shortened."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"'{text}'"


def _finding(code: str, field: str | None, text: str, **kw: Any) -> Finding:
    return Finding(CODES[code][0], code, field, text, **kw)


def _same_text(a: Any, b: Any) -> bool:
    if isinstance(a, list | tuple) or isinstance(b, list | tuple):
        return [" ".join(str(x).split()) for x in a or ()] == [
            " ".join(str(x).split()) for x in b or ()
        ]
    return " ".join(str(a or "").split()) == " ".join(str(b or "").split())


class Rules:
    """Every rule, for one house list; results are cached per distinct value."""

    def __init__(self, house: HouseList) -> None:
        self.house = house
        self._slot: dict[tuple[Any, ...], tuple[Finding, ...]] = {}
        self._photo: dict[tuple[Any, ...], tuple[Finding, ...]] = {}

    # ------------------------------------------------------------------ slot rules

    def slot(
        self,
        published: tuple[str | None, str | None, str | None],
        photo: tuple[str | None, str | None, str | None],
    ) -> tuple[Finding, ...]:
        """Findings for a slot with a photo: missing fields, slot-vs-photo credit.

        ``published`` and ``photo`` are (caption, credit, copyright) of slot and photo.
        """
        no_caption = not (photo[0] or "").strip()
        no_copyright = not (photo[2] or "").strip()
        key = (
            published[0] if no_caption else None,
            no_caption,
            published[1],
            photo[1],
            published[2] if no_copyright else None,
            no_copyright,
        )
        found = self._slot.get(key)
        if found is None:
            found = self._slot_findings(published, photo)
            if len(self._slot) < 100_000:
                self._slot[key] = found
        return found

    def _slot_findings(
        self,
        published: tuple[str | None, str | None, str | None],
        photo: tuple[str | None, str | None, str | None],
    ) -> tuple[Finding, ...]:
        out = []
        pub_credit, cat_credit = published[1], photo[1]
        mismatch = bool(pub_credit and cat_credit) and not self.house.compatible(
            pub_credit, cat_credit
        )
        for n, name in enumerate(("caption", "credit", "copyright")):
            if not (photo[n] or "").strip():
                # a photo whose credit contradicts the slot may be the wrong photo: the
                # slot's values are then no fix for it
                offered = None if mismatch else published[n]
                out.append(self._missing(name, offered, cat_credit or offered))
        if mismatch:
            out.append(
                _finding(
                    "slot-credit-mismatch",
                    "credit",
                    f"the credit printed in the release, {quote(pub_credit)}, does not match "
                    f"the photo's credit, {quote(cat_credit)}",
                    suggestion="Check that the right photo is attached to this slot; if it "
                    "is, correct the photo's credit or the release's.",
                )
            )
        return tuple(out)

    def _missing(self, name: str, published: str | None, credit: str | None) -> Finding:
        candidates: list[str] = []
        if name == "credit" and published:
            c = self.house.credit(published)
            form = c.house_form or "/".join(p.text for p in c.parts)
            candidates = [form] if form else []
        elif name == "copyright":
            candidates = [
                *([published] if published else []),
                *self.house.required_copyrights(credit),
            ]
            distinct = {self.house.credit(c).identity for c in candidates}
            candidates = candidates[:1] if len(distinct) == 1 else []
        elif published:
            candidates = [published]
        fix = None
        suggestion = f"Type the {LABELS[name]} in the photo inspector."
        if candidates:
            value = " ".join(candidates[0].split())
            label = f"Set the photo's {LABELS[name]} to {quote(value)}"
            fix = Fix(SET_PHOTO_FIELD, label, name, value, None)
            suggestion = label + (" (as printed in the release)." if published else ".")
        return _finding(
            f"missing-{name}",
            name,
            f"the photo has no {LABELS[name]}",
            suggestion=suggestion,
            fix=fix,
        )

    # ----------------------------------------------------------------- photo rules

    def unattached(
        self, no_caption: bool, credit: str | None, copyright: str | None
    ) -> tuple[Finding, ...]:
        """Missing caption, credit or copyright of a photo in no release (warnings: it is
        not published yet, but it will be short of them when it is)."""
        out = []
        for name, missing in (
            ("caption", no_caption),
            ("credit", not (credit or "").strip()),
            ("copyright", not (copyright or "").strip()),
        ):
            if not missing:
                continue
            fix = None
            suggestion = (
                f"Type the {LABELS[name]} in the photo browser or inspector, apply a template "
                "or preset, or attach the photo to its release ('pressdesk match')."
            )
            required = self.house.required_copyrights(credit) if name == "copyright" else ()
            if len(required) == 1:
                label = f"Set the photo's {LABELS[name]} to {quote(required[0])}"
                fix = Fix(SET_PHOTO_FIELD, label, name, required[0], None)
                suggestion = label + " (the house rule for its credit)."
            out.append(
                _finding(
                    f"unattached-missing-{name}",
                    name,
                    f"the photo (in no release) has no {LABELS[name]}",
                    suggestion=suggestion,
                    fix=fix,
                )
            )
        return tuple(out)

    def photo(
        self,
        credit: str | None,
        copyright: str | None,
        creator: Sequence[str],
        attached: bool,
    ) -> tuple[Finding, ...]:
        """House-list findings for one photo's credit, copyright and photographers."""
        key = (credit, copyright, tuple(creator), attached)
        found = self._photo.get(key)
        if found is None:
            found = self._photo_findings(credit, copyright, creator, attached)
            if len(self._photo) < 100_000:
                self._photo[key] = found
        return found

    def _photo_findings(
        self, credit: str | None, copyright: str | None, creator: Sequence[str], attached: bool
    ) -> tuple[Finding, ...]:
        out: list[Finding] = []
        c = self.house.credit(credit)
        if c.is_empty:
            return ()
        if not c.entries:
            out.append(
                _finding(
                    "not-in-house-list",
                    "credit",
                    f"the credit {quote(credit)} names no agency or photographer in the house list",
                    suggestion=HOUSE_HINT,
                )
            )
        else:
            for part in c.unknown:
                out.append(
                    _finding(
                        "photographer-not-in-house-list",
                        "credit",
                        f"{quote(part.text)} in the credit {quote(credit)} is not in the house "
                        "list",
                        suggestion=HOUSE_HINT,
                    )
                )
            form = c.house_form
            if form and form != " ".join((credit or "").split()):
                label = f"Write the credit as {quote(form)}"
                out.append(
                    _finding(
                        "house-style",
                        "credit",
                        f"the credit {quote(credit)} is not in house style, {quote(form)}",
                        suggestion=label + ".",
                        fix=Fix(SET_PHOTO_FIELD, label, "credit", form, credit),
                    )
                )
            if any(e.kind == AGENCY for e in c.entries):
                for name in creator:
                    if name.strip() and self.house.entry(name) is None:
                        out.append(
                            _finding(
                                "photographer-not-in-house-list",
                                "creator",
                                f"the photographer {quote(name)} is not in the house list",
                                suggestion=HOUSE_HINT,
                            )
                        )
        out.extend(self._copyright_rule(credit, copyright, attached))
        return tuple(out)

    def _copyright_rule(
        self, credit: str | None, copyright: str | None, attached: bool
    ) -> list[Finding]:
        required = self.house.required_copyrights(credit)
        if not required or (not copyright and attached):
            return []  # no rule, or "missing-copyright" already says it
        broken = [r for r in required if not self.house.copyright_satisfies(copyright, r)]
        if not broken:
            return []
        fix = None
        if len(required) == 1:
            label = f"Set the copyright notice to {quote(required[0])}"
            fix = Fix(SET_PHOTO_FIELD, label, "copyright", required[0], copyright)
        return [
            _finding(
                "copyright-agency-rule",
                "copyright",
                f"photos credited {quote(credit)} must carry the copyright notice "
                f"{' and '.join(quote(r) for r in broken)}, but it is {quote(copyright)}",
                suggestion=(fix.label + ".") if fix else "Correct the copyright notice.",
                fix=fix,
            )
        ]

    def limits(self, values: Mapping[str, Any]) -> list[Finding]:
        """Values export would cut at their IIM byte limit (UTF-8: Hebrew counts double)."""
        out = []
        for cut in cuts(values):
            name, text, size, limit = cut.field.name, cut.value, cut.size, cut.limit
            dataset = cut.field.iim.label if cut.field.iim else ""
            fix = None
            suggestion = f"Shorten the {LABELS[name]} to {limit} bytes or less."
            if name == "credit":
                form = self.house.credit(text).house_form
                if form and utf8_size(form) <= limit and form != text:
                    label = f"Write the credit as {quote(form)}"
                    fix = Fix(SET_PHOTO_FIELD, label, "credit", form, text)
                    suggestion = label + f" ({utf8_size(form)} bytes)."
            out.append(
                _finding(
                    f"{cut.field.code}-over-limit",
                    name,
                    f"the {LABELS[name]} {quote(text, 40)} is {size} bytes in UTF-8; IPTC "
                    f"IIM {dataset} holds {limit}, so export would cut it",
                    suggestion=suggestion,
                    fix=fix,
                )
            )
        return out

    def embedded(self, values: Mapping[str, Any], embedded: Mapping[str, Any]) -> list[Finding]:
        """Catalogue values that differ from what the file itself embeds (both present)."""
        out = []
        for f in EMBEDDED:
            name = f.name
            mine, theirs = values.get(name), embedded.get(name)
            if not mine or not theirs:
                continue
            if name == "credit":
                if self.house.same(mine, theirs):
                    continue
            elif _same_text(mine, theirs):
                continue
            out.append(
                _finding(
                    f"embedded-{name}-differs",
                    name,
                    f"the catalogue's {LABELS[name]} {quote(mine)} differs from the file's "
                    f"own, {quote(theirs)}",
                    suggestion="Keep the catalogue's value (export writes it into the copies) "
                    "or type the file's value back.",
                )
            )
        return out

    # ---------------------------------------------------------------- people rules

    @staticmethod
    def not_tagged(person_id: int, name: str) -> Finding:
        """The caption names a participant who is not tagged as shown."""
        label = f"Tag {name} as shown in the photo"
        return _finding(
            "person-named-not-tagged",
            "persons_shown",
            f"the caption names {name}, who is not tagged as shown in the photo",
            suggestion=label + " (or correct the caption).",
            fix=Fix(TAG_PERSON, label, "persons_shown", person_id=person_id),
        )

    @staticmethod
    def not_participant(person_id: int, name: str) -> Finding:
        """A person shown in the photo is not among the release's participants."""
        label = f"Add {name} to the release's participants"
        return _finding(
            "shown-not-participant",
            "participants",
            f"{name} is shown in the photo but is not a participant of the release",
            suggestion=label + " (or untag the person).",
            fix=Fix(ADD_PARTICIPANT, label, "participants", person_id=person_id),
        )

    @staticmethod
    def empty_slot(caption: str | None) -> Finding:
        """A slot of the release has no photo."""
        return _finding(
            "empty-slot",
            "photo",
            f"no photo is attached to this slot (caption {quote(caption)})",
            suggestion="Attach the photo file ('pressdesk photo add FILE --release ID').",
        )

    def credited_differently(self, credits: Sequence[tuple[int, str]]) -> Finding | None:
        """One photo, several releases, credits that contradict each other."""
        for i, (_rid, a) in enumerate(credits):
            for _rid2, b in credits[i + 1 :]:
                if not self.house.compatible(a, b):
                    listed = ", ".join(f"release {r} {quote(c, 40)}" for r, c in credits)
                    return _finding(
                        "credited-differently",
                        "credit",
                        f"the photo is credited differently in its releases: {listed}",
                        suggestion="Make the releases agree on the photo's credit.",
                    )
        return None
