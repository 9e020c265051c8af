"""The document view: the whole summary as HTML, statements marked by speaker, with source offsets.

Each paragraph of a statement carries `id="hrc-src-<start>"` and its runs their source offsets,
so the page's script can highlight the spans a citation names. Headings, speaker lines and
title-page text between statements are shown as they are, markup removed; footnotes come last.
Pure functions over the source text, the statements and the document's metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from hrcqa.models import Statement
from hrcqa.text.dates import long_date
from hrcqa.text.markup import SUPERSCRIPTS, strip_markup
from hrcqa.web.render import chip, macros, one_line, statement_runs


def meeting_date(meta: Mapping[str, Any]) -> str:
    """`"2025-09-19"` -> `"19 September 2025"` (other values unchanged)."""
    value = str(meta.get("date", ""))
    return long_date(value) or value


def page_title(meta: Mapping[str, Any]) -> str:
    """The browser tab title: the meeting, its date and "who said what"."""
    return f"{meta.get('session', '')} {meta.get('title', '')}, {meeting_date(meta)}: who said what".strip()


def header_html(meta: Mapping[str, Any]) -> str:
    """The page header naming the meeting and the source of the summary."""
    where = [v for v in (meta.get("body"), meeting_date(meta)) if v]
    return str(macros("document.html").header(meta.get("session", ""), meta.get("title", ""), where,
                                              meta.get("source", "unknown")))


def other_lines(text: str) -> list[tuple[str, str]]:
    """(css class, text) of the headings, speaker lines and title-page text between statements,
    markup removed; upper-case lines are headings.

    Footnote lines are left out here: `document_html` lists all footnotes at the end.
    >>> other_lines("STATE DELEGATIONS\\n\\n**Chile**, by Ms. Ruiz")
    [('hrc-doc-heading', 'STATE DELEGATIONS'), ('hrc-doc-other', 'Chile, by Ms. Ruiz')]
    """
    rows = []
    for line in text.splitlines():
        if line.lstrip()[:1] in SUPERSCRIPTS:
            continue
        clean = one_line(strip_markup(line))
        if clean:
            css = "hrc-doc-heading" if clean.upper() == clean and len(clean) > 3 else "hrc-doc-other"
            rows.append((css, clean))
    return rows


def statement_section(statement: Statement) -> Markup:
    """One statement of the document view; each paragraph has `id="hrc-src-<start>"`."""
    anchor = re.sub(r"[^A-Za-z0-9_-]+", "-", statement.id)
    paragraphs = [(p.start, statement_runs(statement, p.start, p.end)) for p in statement.paragraphs]
    return macros("document.html").statement(anchor, statement.kind, chip(statement.speaker, statement.kind),
                                             paragraphs)


def document_html(source: str, statements: Iterable[Statement], meta: Mapping[str, Any]) -> str:
    """The whole summary: statements marked by speaker, other text as headings, footnotes last."""
    document = macros("document.html")
    ordered = sorted(statements, key=lambda s: s.paragraphs[0].start)
    parts: list[Markup] = []
    cursor = 0
    for statement in ordered:
        parts.append(document.lines(other_lines(source[cursor:statement.paragraphs[0].start])))
        parts.append(statement_section(statement))
        cursor = max(cursor, statement.paragraphs[-1].end)
    parts.append(document.lines(other_lines(source[cursor:])))
    footnotes = [(mark, one_line(text)) for mark, text in (meta.get("footnotes") or {}).items()]
    if footnotes:
        parts.append(document.footnotes(footnotes))
    title = [v for v in (meta.get("session"), meta.get("title"), meeting_date(meta)) if v]
    return str(document.document(title, meta.get("source"), parts))
