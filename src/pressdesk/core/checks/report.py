"""Check reports for the desk: CSV for spreadsheets, a self-contained HTML page to read.

Every value in the HTML is escaped (captions and credits are hostile input like any
other); CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from typing import TextIO

from pressdesk.core.checks.model import ERROR, CheckReport, Problem
from pressdesk.core.wording import count

CSV_COLUMNS = (
    "severity",
    "code",
    "release_id",
    "slot",
    "photo_id",
    "field",
    "message",
    "suggestion",
    "fix",
)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text  # a spreadsheet would evaluate it
    return text


def _row(p: Problem) -> list[str]:
    return [
        _cell(v)
        for v in (
            p.severity,
            p.code,
            p.release_id,
            None if p.position is None else p.position + 1,
            p.photo_id,
            p.field,
            p.message,
            p.suggestion,
            p.fix.label if p.fix else None,
        )
    ]


def write_csv(report: CheckReport, out: TextIO) -> None:
    """Write the problems as CSV (one header row, one row per problem; slots counted from 1),
    a problem at a time."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in report.problems:
        writer.writerow(_row(p))


def report_csv(report: CheckReport) -> str:
    """The problems as CSV text."""
    out = io.StringIO()
    write_csv(report, out)
    return out.getvalue()


_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}
.meta{color:#666;margin-bottom:1.2em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:start;vertical-align:top}
th{background:#f4f4f4;position:sticky;top:0}
td.n{text-align:end;white-space:nowrap}
.error{color:#a40000;font-weight:600}.warning{color:#8a5a00}
.sug{color:#555;font-size:.92em}
code{font-size:.92em}
td,th{unicode-bidi:plaintext}
"""


def _html_row(p: Problem) -> str:
    e = html.escape
    slot = "" if p.position is None else str(p.position + 1)
    fix = f"<div class='sug'>One-click fix: {e(p.fix.label)}</div>" if p.fix else ""
    sug = f"<div class='sug'>{e(p.suggestion)}</div>" if p.suggestion else ""
    return (
        f"<tr><td class='{e(p.severity)}'>{e(p.severity)}</td><td><code>{e(p.code)}</code>"
        f"</td><td class='n'>{e(str(p.release_id or ''))}</td><td class='n'>{e(slot)}</td>"
        f"<td class='n'>{e(str(p.photo_id or ''))}</td><td>{e(p.field or '')}</td>"
        f"<td dir='auto'>{e(p.message)}{sug}{fix}</td></tr>\n"
    )


def write_html(
    report: CheckReport, out: TextIO, *, title: str = "Photo-desk check", source: str = ""
) -> None:
    """Write a self-contained HTML page (no scripts, no external files) listing every
    problem, a problem at a time."""
    e = html.escape
    counts = report.tally("severity")
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    scope = f"release {report.release_id}" if report.release_id is not None else "whole catalogue"
    summary = (
        f"{count(counts.get(ERROR, 0), 'error')}, {count(counts.get('warning', 0), 'warning')}; "
        f"{scope}" + (f"; {source}" if source else "") + f"; {when}"
    )
    by_code = ", ".join(f"{e(code)} {n}" for code, n in report.by_code().items())
    out.write(
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{e(title)}</title><style>{_STYLE}</style></head><body>\n"
        f"<h1>{e(title)}</h1><div class='meta'>{e(summary)}<br>{by_code}</div>\n"
        "<table><thead><tr><th>Severity</th><th>Rule</th><th>Release</th><th>Slot</th>"
        "<th>Photo</th><th>Field</th><th>Problem</th></tr></thead><tbody>\n"
    )
    empty = True
    for p in report.problems:
        out.write(_html_row(p))
        empty = False
    if empty:
        out.write("<tr><td colspan='7'>No problems found.</td></tr>\n")
    out.write("</tbody></table></body></html>\n")


def report_html(report: CheckReport, *, title: str = "Photo-desk check", source: str = "") -> str:
    """The HTML page as text."""
    out = io.StringIO()
    write_html(report, out, title=title, source=source)
    return out.getvalue()
