"""Pure formatting for the Gradio app: escaping, chat history, answers, source boxes, the document.

Everything here takes library types (`Answer`, `Citation`, `Hit`, `Statement`) or chat history
and returns strings or plain message dicts in the Gradio messages format
(`{"role", "content", "metadata"}`); a message whose metadata has a title is a source box. No
gradio import and no I/O, so it is all unit-tested without a server or a browser.

Every string that comes from the corpus or the user passes through `escape` (or
`escape_markdown`) before it is placed in HTML. Citations point at source-file character spans:
a link `href="#hrc-src-45092-45169.45171-45458"` names them, and the page's script highlights
those spans in the document view (`document_html`), whose text carries its source offsets.
This module does not answer or search; it only shows what `hrcqa.answering` returns.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from hrcqa.models import KIND_LABELS, KINDS, Answer, Citation, Hit, Span, Statement

REFUSAL_LABEL = "Not in the summary"
RELATED_LABEL = "Related, not an answer"
Message = dict[str, Any]
Run = tuple[int | None, str]  # (source offset of the first character, or None if inserted; text)

_TAG = re.compile(r"<[^>]*>")
# UI-only lines (chips, notes, errors) start like this and are dropped when history is rebuilt.
_UI_LINE = re.compile(r'^<div class="hrc-ui\b.*$', re.M)
_SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SOURCE_MARKUP = re.compile(rf"\*+|\[([^\]\n]*)\]\([^)\n]*\)|[{_SUPERSCRIPT}]")
_MARKER = re.compile(r"\[(\d+)\]")


def escape(text: object) -> str:
    """HTML-escape any value: `escape('<b>')` -> `'&lt;b&gt;'`."""
    return html.escape(str(text), quote=True)


def escape_markdown(text: str) -> str:
    """Escape text that will be rendered as markdown: no HTML, no links or images.

    A `>` opening a line stays a blockquote; `](` is broken so `[x](javascript:...)` shows as text.
    >>> escape_markdown("<img src=x> [a](b)")
    '&lt;img src=x&gt; [a]&#40;b)'
    """
    escaped = escape(text).replace("](", "]&#40;")
    return re.sub(r"^((?:&gt; ?)+)", lambda m: m.group(1).replace("&gt;", ">"), escaped, flags=re.M)


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def kind_class(kind: str) -> str:
    """CSS class of a speaker kind: `kind_class("concerned_country")` -> `'hrc-kind-concerned-country'`."""
    return "hrc-kind-" + re.sub(r"[^a-z0-9]+", "-", str(kind).lower())


# --- chat history ---------------------------------------------------------------------------

def flatten_content(content: object) -> str:
    """The text of a message's content, whether a string, a block, or a list of blocks.

    >>> flatten_content([{"type": "text", "text": "hi"}]), flatten_content("hi")
    ('hi', 'hi')
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):
        return str(content.get("text") or "") if content.get("type", "text") == "text" else ""
    if isinstance(content, list | tuple):
        return "\n".join(text for text in map(flatten_content, content) if text)
    text = getattr(content, "text", None)  # gradio's TextMessage and similar objects
    return text if isinstance(text, str) else ""


def plain_text(content: object) -> str:
    """What a rendered message says: UI-only lines and tags dropped, entities decoded."""
    text = _TAG.sub("", _UI_LINE.sub("", flatten_content(content)))
    return html.unescape(text).strip()


def _field(message: object, name: str) -> Any:
    return message.get(name) if isinstance(message, Mapping) else getattr(message, name, None)


def is_source_box(message: object) -> bool:
    """True for collapsible source boxes (messages whose metadata has a title)."""
    metadata = _field(message, "metadata")
    return bool(_field(metadata, "title")) if metadata else False


def history_pairs(history: Iterable[object] | None) -> list[tuple[str, str]]:
    """(question, answer) pairs from chat history, for `Answerer.ask(history=...)`.

    Takes Gradio messages (dicts or objects; content a string or a list of blocks) or plain
    `[question, answer]` pairs. Source boxes, and replies that were only errors, are skipped.
    >>> history_pairs([{"role": "user", "content": [{"type": "text", "text": "Who?"}]},
    ...                {"role": "assistant", "content": "Malta [1]"}])
    [('Who?', 'Malta [1]')]
    """
    pairs: list[tuple[str, str]] = []
    question: str | None = None
    for message in history or []:
        if isinstance(message, list | tuple) and len(message) == 2:
            question, answer = plain_text(message[0]), plain_text(message[1])
        elif is_source_box(message):
            continue
        elif _field(message, "role") == "user":
            question = plain_text(_field(message, "content"))
            continue
        else:
            answer = plain_text(_field(message, "content"))
        if question and answer:
            pairs.append((question, answer))
        question = None
    return pairs


# --- quotes and citations -------------------------------------------------------------------

def statement_runs(statement: Statement, lo: int, hi: int) -> list[Run]:
    """The statement's clean text within source range `[lo, hi)`, as runs with source offsets.

    Characters the parser inserted (a space for a page break) come as runs with offset None.
    """
    runs: list[Run] = []
    text_end: int | None = None
    for seg in statement.segments:
        start, end = max(lo, seg.source_start), min(hi, seg.source_start + seg.length)
        if start >= end:
            continue
        text_start = seg.text_start + start - seg.source_start
        if text_end is not None and text_start > text_end:
            runs.append((None, statement.text[text_end:text_start]))
        runs.append((start, statement.text[text_start:text_start + end - start]))
        text_end = text_start + end - start
    return runs


def highlight_runs(runs: Sequence[Run], spans: Sequence[Span]) -> str:
    """Escaped text of the runs with every character inside a span wrapped in `<mark>`."""
    pieces: list[tuple[str, bool | None]] = []
    for offset, text in runs:
        if offset is None:
            pieces.append((text, None))
            continue
        cuts = sorted({0, len(text)} | {c - offset for s in spans for c in (s.start, s.end)
                                         if 0 < c - offset < len(text)})
        for a, b in zip(cuts, cuts[1:], strict=False):
            pieces.append((text[a:b], any(s.start <= offset + a and offset + b <= s.end
                                          for s in spans)))
    out: list[str] = []
    for i, (text, inside) in enumerate(pieces):
        if inside is None:  # an inserted character is marked when both neighbours are
            inside = 0 < i < len(pieces) - 1 and bool(pieces[i - 1][1]) and bool(pieces[i + 1][1])
        out.append(f"<mark>{escape(text)}</mark>" if inside else escape(text))
    return "".join(out).replace("</mark><mark>", "")


def quote_spans(item: Citation | Hit) -> list[Span]:
    return list(item.spans) or [Span(start=item.start, end=item.end)]


def quote_html(statement: Statement, spans: Sequence[Span]) -> str:
    """The paragraphs of a statement that hold the spans, escaped, with the spans marked."""
    paragraphs = [p for p in statement.paragraphs
                  if any(s.start < p.end and p.start < s.end for s in spans)]
    return "".join(f'<p class="hrc-quote">{highlight_runs(statement_runs(statement, p.start, p.end), spans)}'
                   "</p>" for p in paragraphs)


def cite_href(spans: Sequence[Span]) -> str:
    """`#hrc-src-<start>-<end>[.<start>-<end>...]`: the page script highlights these spans."""
    return "#hrc-src-" + ".".join(f"{s.start}-{s.end}" for s in spans)


def cite_link(label: str, spans: Sequence[Span]) -> str:
    return (f'<a class="hrc-cite" href="{cite_href(spans)}" title="Show in the summary">'
            f"{escape(label)}</a>")


def link_markers(text: str, citations: Sequence[Citation]) -> str:
    """Turn each `[n]` of (already escaped) text that has a citation into a link to its span."""
    by_n = {c.n: c for c in citations}

    def link(match: re.Match[str]) -> str:
        citation = by_n.get(int(match.group(1)))
        return cite_link(match.group(), quote_spans(citation)) if citation else match.group()

    return _MARKER.sub(link, text)


def chip(speaker: str, kind: str) -> str:
    label = KIND_LABELS.get(kind, kind)
    return (f'<span class="hrc-chip {kind_class(kind)}" title="{escape(label)}">{escape(speaker)}'
            f'<span class="hrc-chip-kind"> · {escape(label)}</span></span>')


def speaker_chips(speakers: Iterable[tuple[str, str]]) -> str:
    """One line of chips, coloured by kind, for distinct (speaker, kind) pairs in order."""
    unique = list(dict.fromkeys(speakers))
    if not unique:
        return ""
    return '<div class="hrc-ui hrc-chips">' + "".join(chip(s, k) for s, k in unique) + "</div>"


# --- chat messages --------------------------------------------------------------------------

def answer_content(answer: Answer) -> str:
    """The answer bubble: resolved question, answer or refusal notice, speaker chips, notes."""
    parts: list[str] = []
    if one_line(answer.resolved_question) != one_line(answer.question):
        parts.append(f'<div class="hrc-ui hrc-resolved">Understood as: '
                     f"<em>{escape(one_line(answer.resolved_question))}</em></div>")
    if answer.answerable:
        parts.append(link_markers(escape_markdown(answer.answer), answer.citations))
        parts.append(speaker_chips((c.speaker, c.kind) for c in answer.citations))
    else:
        parts.append(f'<div class="hrc-refusal" role="note"><strong>{REFUSAL_LABEL}.</strong> '
                     f"{escape(one_line(answer.answer))}</div>")
        if answer.related:
            parts.append(f'<div class="hrc-ui hrc-related-note">The passages below are '
                         f"<strong>{RELATED_LABEL.lower()}</strong>.</div>")
    parts += [f'<div class="hrc-ui hrc-note">{escape(one_line(note))}</div>' for note in answer.notes]
    return "\n\n".join(p for p in parts if p)


def source_box(title: str, body: str, spans: Sequence[Span], css: str = "hrc-source") -> Message:
    """A collapsible chat message: the quote in its paragraph and a link to the document."""
    link = f'<p class="hrc-goto">{cite_link("Show in the summary", spans)}</p>'
    return {"role": "assistant", "content": f'<div class="{css}">{body}{link}</div>',
            "metadata": {"title": escape(title), "status": "done"}}


def citation_box(citation: Citation, statement: Statement | None) -> Message:
    """`[2] Czechia (State)`: the verbatim quote, highlighted inside its paragraph."""
    spans = quote_spans(citation)
    body = (quote_html(statement, spans) if statement else "") or (
        f'<p class="hrc-quote"><mark>{escape(citation.quote)}</mark></p>')
    return source_box(f"[{citation.n}] {citation.speaker} ({KIND_LABELS[citation.kind]})", body, spans)


def related_box(hit: Hit, statement: Statement | None) -> Message:
    """A passage shown beside a refusal, titled so nobody takes it for an answer."""
    spans = quote_spans(hit)
    body = (quote_html(statement, spans) if statement else "") or (
        f'<p class="hrc-quote"><mark>{escape(hit.text)}</mark></p>')
    return source_box(f"{RELATED_LABEL}: {hit.speaker} ({KIND_LABELS[hit.kind]})", body, spans,
                      css="hrc-source hrc-related")


def answer_messages(answer: Answer, statements: Mapping[str, Statement]) -> list[Message]:
    """The assistant messages for one answer: the answer, then its source boxes."""
    boxes = ([citation_box(c, statements.get(c.statement_id)) for c in answer.citations]
             if answer.answerable else
             [related_box(h, statements.get(h.statement_id)) for h in answer.related])
    return [{"role": "assistant", "content": answer_content(answer)}, *boxes]


def notice_message(text: str, css: str = "hrc-error") -> Message:
    """An error or refusal of input, shown in the chat (never a traceback)."""
    content = f'<div class="hrc-ui {css}" role="alert">{escape(one_line(text))}</div>'
    return {"role": "assistant", "content": content}


def user_message(question: str) -> Message:
    return {"role": "user", "content": escape_markdown(question)}


def too_long(question: str, limit: int) -> str | None:
    """The message refusing a question over `limit` characters, or None if it fits."""
    if len(question) <= limit:
        return None
    return (f"Your question is {len(question):,} characters long; the limit is {limit:,}. "
            "Please shorten it.")


# --- the document view ----------------------------------------------------------------------

def meeting_date(meta: Mapping[str, Any]) -> str:
    """`"2025-09-19"` -> `"19 September 2025"` (other values unchanged)."""
    try:
        day = date.fromisoformat(str(meta.get("date", "")))
    except ValueError:
        return str(meta.get("date", ""))
    return f"{day.day} {day:%B %Y}"


def page_title(meta: Mapping[str, Any]) -> str:
    """The browser tab title: the meeting, its date and "who said what"."""
    return f"{meta.get('session', '')} {meta.get('title', '')}, {meeting_date(meta)}: who said what".strip()


def header_html(meta: Mapping[str, Any]) -> str:
    """The page header naming the meeting and the source of the summary."""
    where = ", ".join(escape(v) for v in (meta.get("body"), meeting_date(meta)) if v)
    return (f"<h1>Who said what: {escape(meta.get('session', ''))} {escape(meta.get('title', ''))}</h1>"
            f"<p>{where}. Source: summary by {escape(meta.get('source', 'unknown'))}. Answers quote "
            "that summary verbatim; it is a summary, not a transcript.</p>")


def speakers_by_kind(statements: Iterable[Statement]) -> dict[str, list[str]]:
    """Speaker names grouped by kind (kinds in their canonical order, speakers as they spoke)."""
    ordered = sorted(statements, key=lambda s: (s.document_id, s.paragraphs[0].start))
    grouped = {kind: list(dict.fromkeys(s.speaker for s in ordered if s.kind == kind)) for kind in KINDS}
    return {kind: names for kind, names in grouped.items() if names}


def _other_html(text: str) -> str:
    """Headings, speaker lines and title-page text between statements, markup removed.

    Footnote lines are left out here: `document_html` lists all footnotes at the end.
    """
    out = []
    for line in text.splitlines():
        if line.lstrip()[:1] in _SUPERSCRIPT:
            continue
        clean = one_line(_SOURCE_MARKUP.sub(lambda m: m.group(1) or "", line))
        if clean:
            css = "hrc-doc-heading" if clean.upper() == clean and len(clean) > 3 else "hrc-doc-other"
            out.append(f'<p class="{css}">{escape(clean)}</p>')
    return "".join(out)


def _run_html(runs: Sequence[Run]) -> str:
    return "".join(escape(text) if offset is None else f'<span data-o="{offset}">{escape(text)}</span>'
                   for offset, text in runs)


def statement_section(statement: Statement) -> str:
    """One statement of the document view; each paragraph has `id="hrc-src-<start>"`."""
    anchor = re.sub(r"[^A-Za-z0-9_-]+", "-", statement.id)
    paragraphs = "".join(f'<p class="hrc-doc-p" id="hrc-src-{p.start}">'
                         f"{_run_html(statement_runs(statement, p.start, p.end))}</p>"
                         for p in statement.paragraphs)
    return (f'<section class="hrc-doc-st {kind_class(statement.kind)}" id="hrc-st-{anchor}">'
            f'<div class="hrc-doc-speaker">{chip(statement.speaker, statement.kind)}</div>'
            f"{paragraphs}</section>")


def document_html(source: str, statements: Iterable[Statement], meta: Mapping[str, Any]) -> str:
    """The whole summary: statements marked by speaker, other text as headings, footnotes last."""
    ordered = sorted(statements, key=lambda s: s.paragraphs[0].start)
    title = " · ".join(escape(v) for v in (meta.get("session"), meta.get("title"), meeting_date(meta)) if v)
    parts = [f'<div class="hrc-doc-title">{title}</div>' if title else ""]
    if meta.get("source"):
        parts.append(f'<div class="hrc-doc-source">Summary by {escape(meta["source"])}</div>')
    cursor = 0
    for statement in ordered:
        parts.append(_other_html(source[cursor:statement.paragraphs[0].start]))
        parts.append(statement_section(statement))
        cursor = max(cursor, statement.paragraphs[-1].end)
    parts.append(_other_html(source[cursor:]))
    footnotes = meta.get("footnotes") or {}
    if footnotes:
        items = "".join(f"<li><sup>{escape(k)}</sup> {escape(one_line(v))}</li>"
                        for k, v in footnotes.items())
        parts.append(f'<div class="hrc-doc-footnotes"><p class="hrc-doc-heading">Footnotes</p>'
                     f"<ul>{items}</ul></div>")
    return f'<div class="hrc-doc">{"".join(parts)}</div>'
