"""Pure formatting for the Gradio app: escaping, quotes, chips, answers and source boxes, the
filters applied (as removable chips and in each answer), and each answer's actions.

Everything here takes library types (`Answer`, `Citation`, `Hit`, `Statement`) and returns
strings or plain message dicts in the Gradio messages format
(`{"role", "content", "metadata"}`); a message whose metadata has a title is a source box. No
gradio import and no I/O but reading the templates, so it is all unit-tested without a server or
a browser.

The HTML comes from the Jinja2 macros in `templates/` (`chat.html`, `document.html`), rendered
with autoescaping: every value is escaped by the template engine. The only markup passed in
unescaped is a `Markup` that a macro rendered, or text `escape_markdown` escaped (the answer
text, whose `[n]` markers `link_markers` turns into rendered links).

Citations point at source-file character spans: a link `href="#hrc-src-45092-45169.45171-45458"`
names them, and the page's script highlights those spans in the document view
(`hrcqa.web.document`), whose text carries its source offsets. Reading chat history back is
`hrcqa.web.history`. `Answer.notes` are internal (the API returns them) and never shown. This
module does not answer or search; it only shows what `hrcqa.answer.answerer` returns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from markupsafe import escape as _escape

from hrcqa.corpus.roster import speakers_by_kind
from hrcqa.models import KIND_LABELS, Answer, Citation, Hit, Span, Statement
from hrcqa.text.grammar import kind_heading
from hrcqa.text.markers import MARKER
from hrcqa.web.export import share_query

REFUSAL_LABEL = "Not in the summary"
RELATED_LABEL = "Related, not an answer"
ROSTER_LABEL = "Speakers who took the floor"
# The answerer's note on a question about a speaker who did not take the floor; its refusal then
# lists every speaker after this phrase, which the app shows as a collapsible list instead.
ABSENT_NOTE, ROSTER_PHRASE = "absent speaker:", " Speakers who did: "
EMPTY_QUESTION = "Type a question first, e.g. “Who called for the release of political prisoners?”"
Message = dict[str, Any]
Run = tuple[int | None, str]  # (source offset of the first character, or None if inserted; text)



def escape(text: object) -> Markup:
    """HTML-escape any value, as the templates do: `escape('<b>')` -> `Markup('&lt;b&gt;')`."""
    return _escape(text)


def escape_markdown(text: str) -> Markup:
    """Escape text that will be rendered as markdown: no HTML, no links or images.

    A `>` opening a line stays a blockquote; `](` is broken so `[x](javascript:...)` shows as text.
    >>> str(escape_markdown("<img src=x> [a](b)"))
    '&lt;img src=x&gt; [a]&#40;b)'
    """
    escaped = str(escape(text)).replace("](", "]&#40;")
    # Safe: everything was escaped above; only a line's leading "&gt;" becomes ">" again.
    return Markup(re.sub(r"^((?:&gt; ?)+)", lambda m: m.group(1).replace("&gt;", ">"), escaped,
                         flags=re.M))


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def kind_class(kind: str) -> str:
    """CSS class of a speaker kind: `kind_class("concerned_country")` -> `'hrc-kind-concerned-country'`."""
    return "hrc-kind-" + re.sub(r"[^a-z0-9]+", "-", str(kind).lower())


def kind_label(kind: str) -> str:
    """`kind_label("ngo")` -> `'NGO'`; an unknown kind is shown as it is."""
    return KIND_LABELS.get(kind, kind)


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("hrcqa.web", "templates"), autoescape=True,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              auto_reload=False)
    environment.filters.update(kind_class=kind_class, kind_label=kind_label)
    return environment


def macros(template: str) -> Any:
    """The macros of a template in `templates/`: `macros("chat.html").note("hi")` -> Markup."""
    return _environment().get_template(template).module


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


def marked_pieces(runs: Sequence[Run], spans: Sequence[Span]) -> list[tuple[str, bool]]:
    """The runs' text cut into (text, inside a span) pieces, neighbours with the same flag merged.

    An inserted character (offset None) is inside when both its neighbours are.
    >>> marked_pieces([(10, "abcdef"), (None, " "), (16, "gh")], [Span(start=12, end=17)])
    [('ab', False), ('cdef g', True), ('h', False)]
    """
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
    merged: list[tuple[str, bool]] = []
    for i, (text, inside) in enumerate(pieces):
        if inside is None:
            inside = 0 < i < len(pieces) - 1 and bool(pieces[i - 1][1]) and bool(pieces[i + 1][1])
        if merged and merged[-1][1] == inside:
            merged[-1] = (merged[-1][0] + text, inside)
        else:
            merged.append((text, inside))
    return merged


def highlight_runs(runs: Sequence[Run], spans: Sequence[Span]) -> Markup:
    """The runs' text, escaped, with every character inside a span wrapped in `<mark>`."""
    return macros("chat.html").marked(marked_pieces(runs, spans))


def quote_spans(item: Citation | Hit) -> list[Span]:
    return list(item.spans) or [Span(start=item.start, end=item.end)]


def quote_html(statement: Statement, spans: Sequence[Span]) -> Markup:
    """The paragraphs of a statement that hold the spans, escaped, with the spans marked."""
    paragraphs = [p for p in statement.paragraphs
                  if any(s.start < p.end and p.start < s.end for s in spans)]
    return macros("chat.html").quotes([highlight_runs(statement_runs(statement, p.start, p.end), spans)
                                       for p in paragraphs])


def whole_quote_html(quote: str) -> Markup:
    """A quote all marked, for when its statement is not at hand."""
    chat = macros("chat.html")
    return chat.quotes([chat.marked([(quote, True)])])


def cite_href(spans: Sequence[Span]) -> str:
    """`#hrc-src-<start>-<end>[.<start>-<end>...]`: the page script highlights these spans."""
    return "#hrc-src-" + ".".join(f"{s.start}-{s.end}" for s in spans)


def cite_link(label: str, spans: Sequence[Span]) -> Markup:
    return macros("chat.html").cite_link(label, cite_href(spans))


def link_markers(text: Markup, citations: Sequence[Citation]) -> Markup:
    """Turn each `[n]` of escaped text that has a citation into a link to its span."""
    by_n = {c.n: c for c in citations}

    def link(match: re.Match[str]) -> str:
        citation = by_n.get(int(match.group(1)))
        return cite_link(match.group(), quote_spans(citation)) if citation else match.group()

    # Safe: the text was escaped, and each `[n]` (digits only) becomes a rendered link.
    return Markup(MARKER.sub(link, str(text)))


def chip(speaker: str, kind: str) -> Markup:
    """A speaker's name in the colours of its kind, the kind spelled out after it."""
    return macros("chat.html").chip(speaker, kind)


def speaker_chips(speakers: Iterable[tuple[str, str]]) -> Markup:
    """One line of chips, coloured by kind, for distinct (speaker, kind) pairs in order."""
    unique = list(dict.fromkeys(speakers))
    return macros("chat.html").chips(unique) if unique else Markup()


# --- chat messages --------------------------------------------------------------------------

def scope_filters(speakers: Sequence[str] = (), kinds: Sequence[str] = ()) -> list[str]:
    """The filters applied, in words: `["speakers: Czechia, France", "kinds: State"]`."""
    return ([f"speakers: {', '.join(speakers)}"] if speakers else []) + (
        [f"kinds: {', '.join(kind_label(k) for k in kinds)}"] if kinds else [])


def filter_chips(speakers: Sequence[str] = (), kinds: Sequence[str] = (),
                 kind_of: Mapping[str, str] | None = None) -> str:
    """The active filters as removable chips (speakers in their kind's colours); "" for none."""
    chips = [("speaker", name, name, kind_class((kind_of or {}).get(name, ""))) for name in speakers or ()]
    chips += [("kind", kind, kind_label(kind), kind_class(kind)) for kind in kinds or ()]
    return str(macros("chat.html").filter_chips(chips)) if chips else ""


def roster(statements: Iterable[Statement]) -> Markup:
    """Who took the floor, by kind, in a collapsible box (closed)."""
    groups = [(f"{kind_heading(kind, len(names))} ({len(names)})", names)
              for kind, names in speakers_by_kind(statements).items()]
    total = sum(len(names) for _, names in groups)
    return macros("chat.html").roster(f"{ROSTER_LABEL} ({total})", groups) if groups else Markup()


def refusal_parts(answer: Answer, statements: Mapping[str, Statement] | None) -> list[Markup]:
    """The refusal notice; a refusal about a speaker who did not take the floor says so in one
    sentence, with the speakers who did in a collapsible list (not one long paragraph)."""
    chat = macros("chat.html")
    text = one_line(answer.answer)
    absent = any(note.startswith(ABSENT_NOTE) for note in answer.notes)
    if not statements or not absent or ROSTER_PHRASE not in text:
        return [chat.refusal(REFUSAL_LABEL, text)]
    return [chat.refusal(REFUSAL_LABEL, text.partition(ROSTER_PHRASE)[0]), roster(statements.values())]


def answer_content(answer: Answer, statements: Mapping[str, Statement] | None = None,
                   speakers: Sequence[str] = (), kinds: Sequence[str] = (), markdown: str = "") -> str:
    """The answer bubble: how the question was understood (resolved from the conversation,
    corrected, the speaker it names, names read as topic), the filters applied (with a link to
    the unfiltered answer), answer or refusal notice, speaker chips, and, given its `markdown`
    (`hrcqa.web.export`), the copy, download and share actions.

    `Answer.notes` are internal (the API returns them) and are not shown. Parts are separated by
    blank lines, so the markdown answer and the HTML lines stay apart.
    """
    chat = macros("chat.html")
    parts: list[Markup] = []
    if one_line(answer.resolved_question) != one_line(answer.question) or answer.understood:
        parts.append(chat.resolved(one_line(answer.resolved_question),
                                   [one_line(item) for item in answer.understood]))
    if filters := scope_filters(speakers, kinds):
        parts.append(chat.scope_note(filters, share_query(answer.resolved_question)))
    if answer.answerable:
        parts.append(link_markers(escape_markdown(answer.answer), answer.citations))
        # A joint statement's co-presenters get chips after its lead speaker.
        parts.append(speaker_chips((name, c.kind) for c in answer.citations
                                   for name in (c.speaker, *c.jointly_with)))
    else:
        parts += refusal_parts(answer, statements)
        if answer.related:
            parts.append(chat.related_note(RELATED_LABEL.lower()))
    if markdown:
        parts.append(chat.actions(markdown, share_query(answer.resolved_question)))
    return "\n\n".join(p for p in parts if p)


def source_box(title: str, body: Markup, spans: Sequence[Span], css: str = "hrc-source") -> Message:
    """A collapsible chat message: the quote in its paragraph (`body`, rendered HTML) and a link
    to the document."""
    content = macros("chat.html").source(body, cite_href(spans), css)
    return {"role": "assistant", "content": str(content),
            "metadata": {"title": str(escape(title)), "status": "done"}}


def citation_box(citation: Citation, statement: Statement | None) -> Message:
    """`[2] Czechia (State)`: the verbatim quote, highlighted inside its paragraph."""
    spans = quote_spans(citation)
    body = (quote_html(statement, spans) if statement else "") or whole_quote_html(citation.quote)
    return source_box(f"[{citation.n}] {citation.speaker} ({KIND_LABELS[citation.kind]})", body, spans)


def related_box(hit: Hit, statement: Statement | None) -> Message:
    """A passage shown beside a refusal, titled so nobody takes it for an answer."""
    spans = quote_spans(hit)
    body = (quote_html(statement, spans) if statement else "") or whole_quote_html(hit.text)
    return source_box(f"{RELATED_LABEL}: {hit.speaker} ({KIND_LABELS[hit.kind]})", body, spans,
                      css="hrc-source hrc-related")


def answer_messages(answer: Answer, statements: Mapping[str, Statement], speakers: Sequence[str] = (),
                    kinds: Sequence[str] = (), markdown: str = "") -> list[Message]:
    """The assistant messages for one answer: the answer, then its source boxes. With the
    answer's `markdown` (`hrcqa.web.export.answer_markdown`) it offers copy, download and share."""
    boxes = ([citation_box(c, statements.get(c.statement_id)) for c in answer.citations]
             if answer.answerable else
             [related_box(h, statements.get(h.statement_id)) for h in answer.related])
    return [{"role": "assistant", "content": answer_content(answer, statements, speakers, kinds, markdown)},
            *boxes]


def notice_message(text: str, css: str = "hrc-error") -> Message:
    """An error or refusal of input, shown in the chat (never a traceback)."""
    return {"role": "assistant", "content": str(macros("chat.html").notice(one_line(text), css))}


def pending_message() -> Message:
    """The placeholder shown while an answer is computed."""
    return {"role": "assistant", "content": str(macros("chat.html").pending())}


def user_message(question: str) -> Message:
    return {"role": "user", "content": str(escape_markdown(question))}


def too_long(question: str, limit: int) -> str | None:
    """The message refusing a question over `limit` characters, or None if it fits."""
    if len(question) <= limit:
        return None
    return (f"Your question is {len(question):,} characters long; the limit is {limit:,}. "
            "Please shorten it.")
