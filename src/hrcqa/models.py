"""The data types every stage passes along: Document, Statement, Passage, Hit, Citation, Answer.

All are pydantic v2 models, frozen and JSON-serialisable. Every piece of text the system shows
leads back to a character span of a source file: statements keep a piecewise map from their
clean text to source offsets (`segments`), and passages, hits and citations carry `start`/`end`
source offsets. This module holds types only; no parsing or I/O.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["panel", "concerned_country", "group", "state", "ngo"]
KINDS: tuple[Kind, ...] = ("panel", "concerned_country", "group", "state", "ngo")
KIND_LABELS: dict[str, str] = {
    "panel": "Panel",
    "concerned_country": "Concerned country",
    "group": "Group",
    "state": "State",
    "ngo": "NGO",
}
# Kinds that are one body however many statements it makes (the panel of experts, the country
# under review): a heading such as "Panel (3)" counts statements, so its label stays singular.
COLLECTIVE_KINDS: frozenset[str] = frozenset({"panel", "concerned_country"})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open character range `[start, end)` of a source file."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Segment(_Frozen):
    """A run of `length` characters copied from `source_start` to `text_start` of clean text.

    A statement's clean text is its source with markup deleted and page breaks folded into one
    space, so the text-to-source map is piecewise linear; segments are its pieces.
    """

    text_start: int = Field(ge=0)
    source_start: int = Field(ge=0)
    length: int = Field(ge=1)


class Document(_Frozen):
    """One summary in `corpus/`, with its metadata and the blocks that are not statements."""

    id: str
    path: str
    sha256: str
    title: str = ""
    body: str = ""
    session: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    headings: list[Span] = []
    footnotes: dict[str, str] = {}
    metadata_blocks: list[Span] = []
    title_page: list[str] = []  # the text blocks before the first heading, markup removed
    participation: dict[str, int] = {}


class Statement(_Frozen):
    """What one speaker said, in order, under one heading of one document."""

    id: str
    document_id: str
    section: str
    speaker: str
    name: str
    kind: Kind
    acronym: str | None = None
    role: str | None = None
    representative: str | None = None
    on_behalf_of: str | None = None
    members: list[str] = []
    joint_with: list[str] = []
    text: str
    paragraphs: list[Span]
    segments: list[Segment]

    def source_spans(self, text_start: int, text_end: int) -> list[Span]:
        """Map a range of `text` to the source ranges it was copied from (markup excluded).

        >>> uk = statements["united-kingdom"]  # source: "The **United Kingdom** remains ..."
        >>> [summary[span.start:span.end] for span in uk.source_spans(0, len("The United Kingdom"))]
        ['The ', 'United Kingdom']
        """
        spans: list[Span] = []
        for seg in self.segments:
            lo = max(text_start, seg.text_start)
            hi = min(text_end, seg.text_start + seg.length)
            if lo < hi:
                start = seg.source_start + lo - seg.text_start
                end = seg.source_start + hi - seg.text_start
                if spans and spans[-1].end == start:
                    spans[-1] = Span(start=spans[-1].start, end=end)
                else:
                    spans.append(Span(start=start, end=end))
        return spans

    @property
    def label(self) -> str:
        """Human label, e.g. "Czechia (State)"."""
        return f"{self.speaker} ({KIND_LABELS[self.kind]})"


class Passage(_Frozen):
    """A window of consecutive sentences of one statement: the unit that is indexed."""

    id: str
    statement_id: str
    document_id: str
    speaker: str
    kind: Kind
    text: str
    start: int
    end: int
    paragraph: int = Field(ge=0, description="0-based paragraph of the statement it starts in")
    text_start: int = Field(ge=0, description="offset of the passage in Statement.text")
    spans: list[Span] = []


class Hit(_Frozen):
    """One search result: a passage, its rank and score, and a short citation string."""

    rank: int = Field(ge=1)
    score: float
    passage_id: str
    statement_id: str
    document_id: str = Field(description="the summary the passage comes from (Document.id)")
    speaker: str
    kind: Kind
    text: str
    start: int
    end: int
    citation: str
    spans: list[Span] = []
    group_member: str | None = Field(
        default=None,
        description="set when a member State was asked for and this is its group's statement",
    )


class Citation(_Frozen):
    """A numbered source of an answer: `[n]` in the answer text resolves to this quote."""

    n: int = Field(ge=1)
    speaker: str
    kind: Kind
    quote: str
    statement_id: str
    passage_id: str
    document_id: str = Field(description="the summary quoted (Document.id); start/end are its offsets")
    start: int
    end: int
    spans: list[Span] = []
    jointly_with: list[str] = Field(
        default=[], description="the co-presenters of a joint statement (Statement.joint_with)")


class Answer(_Frozen):
    """A grounded answer: markdown with `[n]` markers, and the citations they resolve to."""

    question: str
    resolved_question: str
    answer: str
    answerable: bool
    question_type: str
    citations: list[Citation] = []
    # Each cited statement's speaker, then its co-presenters (a joint statement's), each once.
    speakers: list[str] = []
    related: list[Hit] = []
    notes: list[str] = []
    # What the question was taken to mean: spelling corrections, the speaker filter, names read
    # as topic (`hrcqa.question.reading.Reading.understood`); the app's "Understood as" line.
    understood: list[str] = []
