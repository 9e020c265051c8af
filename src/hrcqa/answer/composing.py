"""Turn chosen sentences into an answer: markdown with `[n]` markers and the citations they
resolve to. Pure functions over statements and passages; no scoring, no model.

A `Draft` is what an answering strategy decides: a lead sentence, sections of lines, each line
a speaker label and verbatim quotes (offsets into `Statement.text`). `render` numbers the quotes
in order of appearance and maps each to its source span with `Statement.source_spans`, so every
citation leads back to the source file:

    5 speakers raised the death penalty in Belarus:

    **Groups (1)**
    - **European Union**: “The EU continues to urge ... moratorium.” [1]

A joint statement is listed once, under the organisation that delivered it, with its
co-presenters in the label (`credited_name`: "OMCT, jointly with FIDH and Viasna"), and its
citations carry them (`Citation.jointly_with`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict

from hrcqa.models import Citation, Hit, Kind, Passage, Statement
from hrcqa.text.grammar import kind_heading, series

KIND_ORDER: tuple[Kind, ...] = ("state", "group", "ngo", "panel", "concerned_country")


class Quote(BaseModel):
    """A verbatim span of a statement's text: `start`/`end` are offsets in `Statement.text`."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    start: int
    end: int
    score: float = 0.0


class Line(BaseModel):
    """One line of an answer: an optional bold label and the quotes that follow it."""

    model_config = ConfigDict(frozen=True)

    label: str = ""
    quotes: list[Quote]


class Section(BaseModel):
    """Lines under an optional heading (e.g. "States (7)")."""

    model_config = ConfigDict(frozen=True)

    heading: str = ""
    lines: list[Line]


class Draft(BaseModel):
    """An answer before numbering: what a strategy decided to say."""

    model_config = ConfigDict(frozen=True)

    question_type: str
    answerable: bool = True
    preface: str = ""  # said before the lead, e.g. that a follow-up's restriction was widened
    lead: str
    sections: list[Section] = []
    closing: str = ""
    notes: list[str] = []
    understood: list[str] = []  # what answering assumed, shown after the reading's ("Understood as")
    related: list[Hit] = []

    @property
    def quotes(self) -> list[Quote]:
        """Every quote of the sections, in order."""
        return [q for section in self.sections for line in section.lines for q in line.quotes]


def display_name(statement: Statement) -> str:
    """"Lithuania, on behalf of the Nordic-Baltic states" for a group statement, else the speaker."""
    if statement.on_behalf_of:
        return f"{statement.name}, on behalf of the {statement.on_behalf_of}"
    return statement.speaker


def jointly(statement: Statement) -> str:
    """"jointly with A and B" for a joint statement's co-presenters; "" for any other statement.

    The co-presenters are named as the parser read them (`Statement.joint_with`); they are not
    speakers of their own, so answers name them with the statement but never count them.
    """
    return f"jointly with {series(statement.joint_with)}" if statement.joint_with else ""


def credited_name(statement: Statement) -> str:
    """The speaker as a list labels it: `display_name` and, for a joint statement, its
    co-presenters: "World Organization Against Torture (OMCT), jointly with International
    Federation for Human Rights (FIDH) and Human Rights Center 'Viasna'"."""
    together = jointly(statement)
    return f"{display_name(statement)}, {together}" if together else display_name(statement)


def running_name(statement: Statement, start: bool = False) -> str:
    """The speaker's name for running text, with "the" where the summary uses it ("the United
    Kingdom", "the Law Society of England and Wales"); capitalised at a sentence `start`."""
    name = display_name(statement)
    if statement.text.lstrip().startswith(f"The {statement.name}"):
        name = f"the {name}"
    return name[:1].upper() + name[1:] if start else name


def short_name(statement: Statement) -> str:
    """A short name for running text: the acronym, the quoted name or the group's name.

    "OMCT", "Belarusian Helsinki Committee", "the Nordic-Baltic states", "Czechia".
    """
    if statement.acronym:
        return statement.acronym
    quoted = re.search(r"['‘]([^'’]{3,})['’]", statement.name)
    if quoted:
        return quoted.group(1)
    if statement.on_behalf_of:
        return f"the {statement.on_behalf_of}"
    return statement.name


def by_kind(quotes: Sequence[Quote], statements: Mapping[str, Statement]) -> list[Section]:
    """One section per kind (States, Groups, NGOs, Panel, Concerned country), one line per
    statement (labelled by `credited_name`), in document order within a kind."""
    order = {sid: i for i, sid in enumerate(statements)}
    sections = []
    for kind in KIND_ORDER:
        ids = sorted({q.statement_id for q in quotes if statements[q.statement_id].kind == kind},
                     key=order.__getitem__)
        if ids:
            lines = [Line(label=credited_name(statements[sid]),
                          quotes=[q for q in quotes if q.statement_id == sid]) for sid in ids]
            heading = f"{kind_heading(kind, len(ids))} ({len(ids)})"
            sections.append(Section(heading=heading, lines=lines))
    return sections


def passage_for(quote: Quote, passages: Sequence[Passage]) -> str:
    """The id of the first passage of the quote's statement that contains the quote."""
    for passage in passages:
        end = passage.text_start + len(passage.text)
        if passage.statement_id == quote.statement_id and passage.text_start <= quote.start \
                and quote.end <= end:
            return passage.id
    return next((p.id for p in passages if p.statement_id == quote.statement_id
                 and p.text_start <= quote.start < p.text_start + len(p.text)), "")


def cite(n: int, quote: Quote, statement: Statement, passage_id: str) -> Citation:
    """Citation `[n]` for a quote, with the source spans it was copied from."""
    spans = statement.source_spans(quote.start, quote.end)
    return Citation(n=n, speaker=statement.speaker, kind=statement.kind,
                    quote=statement.text[quote.start:quote.end], statement_id=statement.id,
                    passage_id=passage_id, document_id=statement.document_id,
                    start=spans[0].start, end=spans[-1].end, spans=spans,
                    jointly_with=list(statement.joint_with))


def render(draft: Draft, statements: Mapping[str, Statement],
           passages_of: Mapping[str, Sequence[Passage]]) -> tuple[str, list[Citation]]:
    """Markdown and numbered citations for a draft.

    No sentence is quoted twice: a quote that overlaps one already cited of the same statement,
    or repeats its words (a summary may repeat a sentence), is left out, and a line left without
    quotes points to the earlier citation ("see [1]") when it has a label, or is dropped.
    """
    citations: list[Citation] = []
    cited: dict[str, list[tuple[int, int, int]]] = {}  # statement id -> (start, end, n)
    said: dict[tuple[str, str], int] = {}  # (statement id, words) -> n
    blocks = [draft.preface, draft.lead]
    for section in draft.sections:
        rows = [f"**{section.heading}**"] if section.heading else []
        for line in section.lines:
            marked, earlier = [], []
            for quote in line.quotes:
                statement = statements[quote.statement_id]
                words = (quote.statement_id, " ".join(statement.text[quote.start:quote.end].split()))
                seen = next((n for start, end, n in cited.get(quote.statement_id, [])
                             if quote.start < end and start < quote.end), said.get(words))
                if seen is not None:
                    earlier.append(seen)
                    continue
                citation = cite(len(citations) + 1, quote, statement,
                                passage_for(quote, passages_of.get(quote.statement_id, [])))
                citations.append(citation)
                cited.setdefault(quote.statement_id, []).append((quote.start, quote.end, citation.n))
                said[words] = citation.n
                marked.append(f"“{citation.quote}” [{citation.n}]")
            if not marked and not (earlier and line.label):
                continue
            if not marked:
                marked = [f"see {' '.join(f'[{n}]' for n in dict.fromkeys(earlier))}"]
            label = f"**{line.label}**: " if line.label else ""
            rows.append(f"- {label}{' '.join(marked)}")
        if len(rows) > bool(section.heading) or not section.lines:  # not emptied by the above
            blocks.append("\n".join(rows))
    if draft.closing:
        blocks.append(draft.closing)
    return "\n\n".join(b for b in blocks if b), citations
