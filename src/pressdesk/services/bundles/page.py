"""index.html of a bundle: one self-contained offline review page.

No scripts, no network: the style sheet is inline and the thumbnails are relative files
(``thumbs/``) beside the page. Every text from the catalogue is HTML-escaped; every text
element has ``dir="auto"`` and a release in a right-to-left language is laid out
right-to-left, so Hebrew and Arabic read correctly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from urllib.parse import quote

from pressdesk.core.wording import count
from pressdesk.services.bundles.page_fields import field_rows, local_date, rows_html, warnings_html
from pressdesk.services.bundles.schema import BundleCatalogue, BundlePhoto, BundleRelease

RTL_LANGUAGES = {"he", "iw", "ar", "fa", "ur", "yi", "ps", "dv"}

CSS = """
:root{--bg:#f4f2ee;--paper:#fff;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e0da;--accent:#0b5cad;
--chip:#eef3fa;--chip-ink:#0b4a8a;--warn:#8a5300;--warn-bg:#fff6e5}
@media (prefers-color-scheme:dark){:root{--bg:#17181a;--paper:#222326;--ink:#ececee;
--muted:#a1a1a8;--line:#35363a;--accent:#7ab4ff;--chip:#2a3442;--chip-ink:#b9d7ff;
--warn:#ffcf80;--warn-bg:#3a3020}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif}
.wrap{max-width:1120px;margin:0 auto;padding:32px 24px 64px}
header.top{border-bottom:1px solid var(--line);padding-bottom:20px;margin-bottom:28px}
.eyebrow{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 6px}
h1{font:600 30px/1.2 Georgia,"Noto Serif","Noto Serif Hebrew","Times New Roman",serif;margin:0 0 10px}
.stats{display:flex;flex-wrap:wrap;gap:8px 20px;color:var(--muted);font-size:14px;margin:0;padding:0;list-style:none}
.stats b{color:var(--ink);font-weight:600}
nav.toc{margin:18px 0 0;font-size:14px}
nav.toc ol{margin:6px 0 0;padding-inline-start:20px}
nav.toc a{color:var(--accent);text-decoration:none}
article.release{background:var(--paper);border:1px solid var(--line);border-radius:14px;
padding:28px 32px 32px;margin:0 0 28px;box-shadow:0 1px 2px rgba(0,0,0,.04),0 8px 24px rgba(0,0,0,.04)}
.meta{color:var(--muted);font-size:13px;margin:0 0 8px}
.meta span+span::before{content:"·";margin:0 8px;color:var(--line)}
h2{font:600 26px/1.25 Georgia,"Noto Serif","Noto Serif Hebrew","Times New Roman",serif;margin:0 0 6px}
.sub{font:italic 18px/1.4 Georgia,"Noto Serif","Noto Serif Hebrew",serif;color:var(--muted);margin:0 0 14px}
.summary{font-size:17px;font-weight:500;margin:0 0 16px}
.body{font:16.5px/1.65 Georgia,"Noto Serif","Noto Serif Hebrew","Times New Roman",serif;max-width:72ch}
.body p{margin:0 0 12px}
h3{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:26px 0 10px;font-weight:600}
.columns{display:grid;grid-template-columns:minmax(0,1fr) 270px;gap:36px;align-items:start}
aside{border-inline-start:1px solid var(--line);padding-inline-start:24px}
aside h3:first-child{margin-top:2px}
ul.people{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:9px}
ul.people li{display:flex;flex-direction:column;line-height:1.3}
ul.people .name{font-weight:600}
ul.people .title{color:var(--muted);font-size:13px}
ul.people.mentioned .name{font-weight:400}
ul.keywords{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
ul.keywords li{background:var(--chip);color:var(--chip-ink);border-radius:999px;padding:2px 10px;font-size:12.5px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:18px}
figure.card{margin:0;border:1px solid var(--line);border-radius:12px;overflow:hidden;background:var(--paper);
display:flex;flex-direction:column}
.thumb{display:flex;align-items:center;justify-content:center;background:#1b1c1f;aspect-ratio:3/2}
.thumb img{width:100%;height:100%;object-fit:contain;display:block}
.thumb.none{background:repeating-linear-gradient(45deg,var(--bg),var(--bg) 8px,var(--paper) 8px,var(--paper) 16px);
color:var(--muted);font-size:13px}
figcaption{padding:12px 14px 14px;display:flex;flex-direction:column;gap:8px;flex:1}
.caption{margin:0;font-size:14.5px;line-height:1.45;overflow-wrap:anywhere}
h1,h2,.sub,.summary,.body,.published,ul.people,ul.keywords li{overflow-wrap:anywhere}
figure.card.warned-card{border-color:var(--warn)}
.warned{background:var(--warn-bg);color:var(--warn);border-radius:8px;padding:8px 10px;font-size:12.5px;
overflow-wrap:anywhere}
.warned ul{margin:4px 0 0;padding-inline-start:18px}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:3px 10px;font-size:13px}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.published{background:var(--warn-bg);color:var(--warn);border-radius:8px;padding:8px 10px;font-size:12.5px}
.published p{margin:2px 0 0}
.file{margin-top:auto;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.file a{color:var(--accent)}
.empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);padding-top:16px}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
@media (max-width:820px){.columns{grid-template-columns:1fr}aside{border:0;padding:0}}
@media (max-width:640px){.wrap{padding:20px 12px}article.release{padding:20px 18px}}
@media print{body{background:#fff;color:#000;font-size:11pt}.wrap{max-width:none;padding:0}
article.release{box-shadow:none;border:0;border-radius:0;padding:0;margin:0 0 24pt;break-before:page}
article.release:first-of-type{break-before:auto}nav.toc{display:none}
figure.card{break-inside:avoid;border-color:#ccc}.thumb{background:#fff}
a{color:inherit;text-decoration:none}ul.keywords li{border:1px solid #ccc;background:none;color:#000}}
"""


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def _dir(language: str | None) -> str:
    lang = (language or "").split("-")[0].lower()
    if not lang:
        return ""
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    return f' lang="{_t(lang)}" dir="{direction}"'


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "".join(f'<p dir="auto">{"<br>".join(_t(x) for x in p.splitlines())}</p>' for p in parts)


def _href(path: str) -> str:
    return quote(path, safe="/")


def _rows(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(
        f'<dt>{_t(label)}</dt><dd dir="auto">{_t(value)}</dd>' for label, value in pairs if value
    )


def _photo_card(
    photo: BundlePhoto | None, slot_caption: str | None, published: str, language: str | None
) -> str:
    if photo is None:
        caption = f'<p class="caption" dir="auto">{_t(slot_caption)}</p>' if slot_caption else ""
        return (
            '<figure class="card"><div class="thumb none">No photo attached yet</div>'
            f"<figcaption>{caption}{published}</figcaption></figure>"
        )
    alt = photo.caption or photo.original_name
    thumb = (
        f'<a class="thumb" href="{_href(photo.file)}"><img src="{_href(photo.thumbnail)}" '
        f'alt="{_t(alt)}" loading="lazy"></a>'
        if photo.thumbnail
        else f'<a class="thumb none" href="{_href(photo.file)}">Open photo</a>'
    )
    caption = (
        f'<p class="caption" dir="auto">{_t(photo.caption)}</p>'
        if photo.caption
        else '<p class="caption empty">No caption</p>'
    )
    rows = _rows(
        [
            ("Headline", photo.headline),
            ("Credit", photo.credit or "— missing —"),
            ("Copyright", photo.copyright or "— missing —"),
            ("Photographer", "; ".join(photo.creator) or None),
            ("Source", photo.source),
            ("People", ", ".join(name for _uid, name in photo.persons_shown) or None),
            ("Keywords", ", ".join(photo.keywords) or None),
            ("Taken", local_date(photo.taken_at, language)),
        ]
    ) + rows_html(field_rows(photo, language))
    size = f"{photo.width}×{photo.height} · " if photo.width and photo.height else ""
    sidecar = f' · <a href="{_href(photo.sidecar)}">XMP</a>' if photo.sidecar else ""
    file_line = (
        f'<div class="file"><a href="{_href(photo.file)}" dir="auto">{_t(photo.original_name)}'
        f"</a> · {_t(photo.format)} · {size}{photo.file_bytes / 1e6:.1f} MB{sidecar}</div>"
    )
    warned = " warned-card" if photo.warnings else ""
    return (
        f'<figure class="card{warned}" id="photo-{_t(photo.uid)}">{thumb}<figcaption>{caption}'
        f"<dl>{rows}</dl>{warnings_html(photo)}{published}{file_line}</figcaption></figure>"
    )


def _published(
    slot_caption: str | None, credit: str | None, cr: str | None, photo: BundlePhoto | None
) -> str:
    """What the release text printed for the photo, when it differs from the photo's fields."""
    if photo is not None and (slot_caption or None, credit or None, cr or None) in (
        (photo.caption, photo.credit, photo.copyright),
        (None, None, None),
    ):
        return ""
    if photo is None and not (credit or cr):
        return ""
    lines = []
    if photo is not None and slot_caption and slot_caption != photo.caption:
        lines.append(f'<p dir="auto">“{_t(slot_caption)}”</p>')
    parts = [f"Credit: {credit}" if credit else "", f"Copyright: {cr}" if cr else ""]
    if any(parts):
        lines.append(f'<p dir="auto">{_t(" · ".join(p for p in parts if p))}</p>')
    if not lines:
        return ""
    return (
        f'<div class="published"><strong>As printed in the release</strong>{"".join(lines)}</div>'
    )


def _release(r: BundleRelease, photos: dict[str, BundlePhoto], index: int) -> str:
    meta = "".join(
        f'<span dir="auto">{_t(v)}</span>'
        for v in (r.issuer, local_date(r.event_date, r.language), r.place)
        if v
    )
    out = [f'<article class="release" id="release-{index}"{_dir(r.language)}>']
    if meta:
        out.append(f'<p class="meta">{meta}</p>')
    out.append(f'<h2 dir="auto">{_t(r.headline or "Untitled release")}</h2>')
    if r.subheadline:
        out.append(f'<p class="sub" dir="auto">{_t(r.subheadline)}</p>')
    if r.summary:
        out.append(f'<p class="summary" dir="auto">{_t(r.summary)}</p>')
    main = f'<div class="body">{_paragraphs(r.body)}</div>' if r.body.strip() else ""
    aside = _aside(r)
    if main or aside:
        out.append(f'<div class="columns">{main}{aside}</div>')
    if r.slots:
        cards = []
        for s in r.slots:
            photo = photos.get(s.photo_uid) if s.photo_uid else None
            published = _published(s.caption, s.credit, s.copyright, photo)
            cards.append(_photo_card(photo, s.caption, published, r.language))
        out.append(f'<h3>Photos ({len(r.slots)})</h3><div class="grid">{"".join(cards)}</div>')
    out.append("</article>")
    return "".join(out)


def _aside(r: BundleRelease) -> str:
    """People (participants, then those only mentioned) and keywords beside the text."""
    groups = []
    for role, label in (("participant", "Taking part"), ("mentioned", "Mentioned")):
        items = [
            f'<li dir="auto"><span class="name">{_t(p.name)}</span>'
            + (f'<span class="title">{_t(p.title)}</span>' if p.title else "")
            + "</li>"
            for p in r.participants
            if p.role == role
        ]
        if items:
            groups.append(f'<h3>{label}</h3><ul class="people {role}">{"".join(items)}</ul>')
    if r.keywords:
        words = "".join(f'<li dir="auto">{_t(k)}</li>' for k in r.keywords)
        groups.append(f'<h3>Keywords</h3><ul class="keywords">{words}</ul>')
    return f"<aside>{''.join(groups)}</aside>" if groups else ""


def render_index(cat: BundleCatalogue, *, title: str | None = None) -> str:
    """The complete index.html of a bundle."""
    photos = {p.uid: p for p in cat.photos}
    first = cat.releases[0].headline if cat.releases else None
    heading = title or (
        "Release for review"
        if len(cat.releases) == 1
        else f"{count(len(cat.releases), 'release')} for review"
    )
    page_title = first if len(cat.releases) == 1 and first else heading
    made = cat.created_at[:16].replace("T", " ")
    stats = [
        f"<li><b>{len(cat.releases)}</b> release{'s' if len(cat.releases) != 1 else ''}</li>",
        f"<li><b>{len(cat.photos)}</b> photo{'s' if len(cat.photos) != 1 else ''}</li>",
        f"<li><b>{len(cat.people)}</b> people</li>",
    ]
    warned = sum(1 for p in cat.photos if p.warnings)
    if warned:
        stats.append(f'<li class="warned-count"><b>⚠ {warned}</b> marked: not all in the file</li>')
    if made:
        stats.append(f"<li>Exported {_t(made)} UTC</li>")
    if cat.organization:
        stats.append(f'<li dir="auto">by {_t(cat.organization)}</li>')
    toc = ""
    if len(cat.releases) > 1:
        items = "".join(
            f'<li><a href="#release-{i}" dir="auto">{_t(r.headline or "Untitled release")}</a></li>'
            for i, r in enumerate(cat.releases, 1)
        )
        toc = f'<nav class="toc"><strong>Contents</strong><ol>{items}</ol></nav>'
    body = "".join(_release(r, photos, i) for i, r in enumerate(cat.releases, 1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src 'self' data:; style-src 'unsafe-inline'\">"
        f"<title>{_t(page_title)} — review bundle</title><style>{CSS}</style></head>"
        '<body><div class="wrap"><header class="top"><p class="eyebrow">Review bundle</p>'
        f'<h1 dir="auto">{_t(heading)}</h1><ul class="stats">{"".join(stats)}</ul>{toc}</header>'
        f"<main>{body}</main>"
        "<footer>Every photo here is a copy whose IPTC and XMP metadata carry the caption, "
        "credit and copyright shown. The originals stay in the archive. To check that nothing "
        "in this bundle was changed or lost, run <code>pressdesk bundle verify</code> on it "
        "(or any BagIt validator); <code>pressdesk bundle import</code> adds it to a catalogue."
        "</footer></div></body></html>\n"
    )
