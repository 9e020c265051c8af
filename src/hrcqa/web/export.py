"""An answer as clean Markdown, for "Copy as Markdown", the `.md` download and sharing.

    answer_markdown(answer, {meta["id"]: meta}, retriever.statements, retriever.paragraph_number)
    # '## Which delegations ...?\\n\\nCzechia and France ... [1][2]\\n\\n**Quotes**\\n\\n- [1] Czechia
    #  (State), ¶12: "..."\\n...\\n\\nSource: HRC60 Interactive Dialogue ..., 19 September 2025.'

The Markdown holds the question, how it was understood and the filters applied, the answer (or
the refusal) with its `[n]` markers, then the numbered quotes with speaker, kind and paragraph,
and the source document's title and date. It never holds HTML: the text is the library's
(`Answer.answer` is Markdown already), with `<` and `>` backslash-escaped so no renderer reads a
tag. Paragraphs are numbered by the caller's `paragraph_number` (`Retriever.paragraph_number`,
as `Hit.citation` shows them: "¶12"). Pure functions; `hrcqa.web.render` embeds the text in the
answer and the page's script copies or downloads it (`static/chat.js`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from hrcqa.models import KIND_LABELS, Answer, Citation, Hit, Statement
from hrcqa.text.dates import long_date

ParagraphNumber = Callable[[str, int], int | None]  # (statement id, paragraph) -> its ¶ number
QUOTES_HEADING = "**Quotes**"
RELATED_HEADING = "**Related passages (not an answer)**"
_ANGLE = re.compile(r"([<>])")


def plain(text: str) -> str:
    """Text on one line with `<` and `>` escaped, so Markdown never reads it as HTML.

    >>> plain("a <b>\\n  c")
    'a \\\\<b\\\\> c'
    """
    return _ANGLE.sub(r"\\\1", " ".join(str(text).split()))


def share_query(question: str) -> str:
    """The query string of a link that opens the app and asks `question`.

    >>> share_query("Who said 'free all'?")
    '?q=Who+said+%27free+all%27%3F'
    """
    return "?" + urlencode({"q": " ".join(question.split())})


def paragraph_of(statements: Mapping[str, Statement], statement_id: str, offset: int,
                 paragraph_number: ParagraphNumber) -> int | None:
    """The ¶ number of the paragraph holding source `offset` (`paragraph_number` numbers a
    statement's paragraphs: `Retriever.paragraph_number`); None if unknown."""
    statement = statements.get(statement_id)
    if statement is None:
        return None
    index = next((i for i, p in enumerate(statement.paragraphs) if p.start <= offset < p.end), 0)
    return paragraph_number(statement_id, index)


def _speaker(speaker: str, kind: str, jointly_with: Sequence[str] = ()) -> str:
    joint = f", jointly with {', '.join(jointly_with)}" if jointly_with else ""
    return f"{plain(speaker)} ({KIND_LABELS.get(kind, kind)}{plain(joint)})"


def quote_line(item: Citation | Hit, statements: Mapping[str, Statement],
               paragraph_number: ParagraphNumber, label: str) -> str:
    """`- [1] Czechia (State), ¶12: "…"`: one quote of the list under an answer."""
    number = paragraph_of(statements, item.statement_id, item.start, paragraph_number)
    where = f", ¶{number}" if number else ""
    text = item.quote if isinstance(item, Citation) else item.text
    joint = item.jointly_with if isinstance(item, Citation) else ()
    return f'- {label}{_speaker(item.speaker, item.kind, joint)}{where}: "{plain(text)}"'


def source_line(documents: Mapping[str, Mapping[str, Any]], ids: Sequence[str]) -> str:
    """`Source: HRC60 Interactive Dialogue …, 19 September 2025 (summary by …).` for the
    documents quoted (every document when none is)."""
    chosen = [documents[i] for i in dict.fromkeys(ids) if i in documents] or list(documents.values())
    names = []
    for meta in chosen:
        title = " ".join(v for v in (meta.get("session"), meta.get("title")) if v)
        day = str(meta.get("date") or "")
        named = ", ".join(v for v in (title, long_date(day) or day) if v)
        by = f" (summary by {meta['source']})" if meta.get("source") else ""
        names.append(plain(named + by))
    return f"Source: {'; '.join(names)}." if names else ""


def scope_line(speakers: Sequence[str] = (), kinds: Sequence[str] = ()) -> str:
    """`Filters: speakers Czechia, France; kinds State` ("" when no filter was applied)."""
    parts = ([f"speakers {', '.join(speakers)}"] if speakers else []) + (
        [f"kinds {', '.join(KIND_LABELS.get(k, k) for k in kinds)}"] if kinds else [])
    return plain("Filters: " + "; ".join(parts)) if parts else ""


def answer_markdown(answer: Answer, documents: Mapping[str, Mapping[str, Any]],
                    statements: Mapping[str, Statement], paragraph_number: ParagraphNumber,
                    speakers: Sequence[str] = (), kinds: Sequence[str] = ()) -> str:
    """The answer as Markdown: question, "Understood as" and filters, the answer text, the
    numbered quotes (speaker, kind, paragraph), and the source document's title and date.

    A refusal lists its related passages under a heading that says they are not an answer.
    """
    parts = [f"## {plain(answer.question)}"]
    if " ".join(answer.resolved_question.split()) != " ".join(answer.question.split()) or answer.understood:
        parts.append(f"*Understood as: {plain(' · '.join([answer.resolved_question, *answer.understood]))}*")
    parts.append(scope_line(speakers, kinds))
    parts.append(_ANGLE.sub(r"\\\1", answer.answer.strip()))
    if answer.answerable and answer.citations:
        lines = [quote_line(c, statements, paragraph_number, f"[{c.n}] ") for c in answer.citations]
        parts += [QUOTES_HEADING, "\n".join(lines)]
    elif not answer.answerable and answer.related:
        lines = [quote_line(h, statements, paragraph_number, "") for h in answer.related]
        parts += [RELATED_HEADING, "\n".join(lines)]
    quoted = [c.document_id for c in answer.citations] or [h.document_id for h in answer.related]
    parts.append(source_line(documents, quoted))
    return "\n\n".join(p for p in parts if p) + "\n"
