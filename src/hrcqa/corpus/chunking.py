"""Cut statements into sentences and into passages (sentence windows) for indexing.

Sentences come from `hrcqa.text.sentences.split_sentences` (pysbd), run one paragraph at a
time. A passage is a window of `window` consecutive sentences of one paragraph, windows starting
every `stride` sentences; a passage never crosses a statement or a paragraph boundary, so its
source offsets form one citation. Passages keep the verbatim text; context for the indexes
(speaker name and kind) is added by `indexed_text`, never shown.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from hrcqa.models import KIND_LABELS, Passage, Statement
from hrcqa.text.sentences import split_sentences


class Sentence(BaseModel):
    """A sentence of a statement: offsets into `Statement.text`."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    paragraph: int
    index: int
    start: int
    end: int
    text: str


def sentences(statement: Statement) -> list[Sentence]:
    """All sentences of a statement, in order, numbered across its paragraphs."""
    out: list[Sentence] = []
    offset = 0
    for p_index, paragraph in enumerate(statement.text.split("\n\n")):
        for start, end in split_sentences(paragraph):
            out.append(Sentence(statement_id=statement.id, paragraph=p_index, index=len(out),
                                start=offset + start, end=offset + end,
                                text=paragraph[start:end]))
        offset += len(paragraph) + 2
    return out


def chunk_statement(statement: Statement, window: int = 3, stride: int = 2) -> list[Passage]:
    """Sentence windows of one statement, none crossing a paragraph boundary."""
    all_sentences = sentences(statement)
    passages: list[Passage] = []
    for paragraph in sorted({s.paragraph for s in all_sentences}):
        group = [s for s in all_sentences if s.paragraph == paragraph]
        starts = list(range(0, max(len(group) - window, 0) + 1, stride))
        if starts[-1] + window < len(group):
            starts.append(len(group) - window)
        for first in starts:
            chosen = group[first:first + window]
            start, end = chosen[0].start, chosen[-1].end
            spans = statement.source_spans(start, end)
            passages.append(Passage(
                id=f"{statement.id}#{chosen[0].index}-{chosen[-1].index}",
                statement_id=statement.id, document_id=statement.document_id,
                speaker=statement.speaker, kind=statement.kind, text=statement.text[start:end],
                start=spans[0].start, end=spans[-1].end, paragraph=paragraph, text_start=start,
                spans=spans,
            ))
    return passages


def chunk(statements: list[Statement], window: int = 3, stride: int = 2) -> list[Passage]:
    """Passages of all statements, in document order."""
    return [p for s in statements for p in chunk_statement(s, window, stride)]


def indexed_text(passage: Passage) -> str:
    """What the indexes see: the passage plus its speaker and kind as context."""
    return f"{passage.speaker} ({KIND_LABELS[passage.kind]}): {passage.text}"
