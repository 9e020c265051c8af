"""The positions table: who said what on one topic, one row per speaker, each quote cited.

    table = compare(answerer, "Which delegations called for abolishing the death penalty?")
    [(row.speaker, row.addressed) for row in table.rows]   # grouped by kind, in speaking order
    compare(answerer, "death penalty", include_not_addressed=True)   # every speaker, with a verdict

The table is the who-said answer laid out as data: it reads the question as the answerer does
(`Retriever.read`), scores every sentence with the answering stage's own scores
(`Answerer.scored`), and asks the answering strategy (`who_said`, or `figure` for a figure
question) which statements address the topic and which sentence of each says so; so its rows
are exactly the speakers the answer lists, quoted with the same sentences. A figure question adds
the figure each speaker gives. Speakers who did not address the topic are rows too when asked
for (`include_not_addressed`): "not addressed" is information. A topic with no question frame
("death penalty") is read as "who said it".

It does not answer questions about the meeting itself (who spoke, in what order): those raise
`QueryError`. Exporting a table (CSV, Markdown) is `hrcqa.answer.exporting`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.answer.calibration import Calibration
from hrcqa.answer.composing import KIND_ORDER, Quote, cite, display_name, passage_for
from hrcqa.answer.scoring import Scored
from hrcqa.answer.strategies import allowed_statements, figure, support_rows, who_said
from hrcqa.errors import QueryError
from hrcqa.models import Citation, Kind, Passage, Statement
from hrcqa.question.reading import Reading
from hrcqa.text.figures import answers

if TYPE_CHECKING:
    from hrcqa.answer.answerer import Answerer

TableType = Literal["who_said", "figure"]
ParagraphNumber = Callable[[str, int], int | None]  # (statement id, paragraph) -> its ¶ number


class PositionRow(BaseModel):
    """One speaker's position: whether it addresses the topic, and the sentence that says so.

    `support` is the answering stage's score of the statement on the topic (a who-said list takes
    it at `Calibration.support`); `citation` and `paragraph` (the ¶ number in the summary) are
    set only when `addressed`; `figure` only for a figure question.
    """

    model_config = ConfigDict(frozen=True)

    kind: Kind
    speaker: str
    statement_id: str
    order: int
    addressed: bool
    support: float
    figure: str | None = None
    paragraph: int | None = None
    citation: Citation | None = None


class PositionsTable(BaseModel):
    """Who said what on one topic: rows grouped by kind (`KIND_ORDER`), in speaking order."""

    model_config = ConfigDict(frozen=True)

    question: str
    resolved_question: str
    topic: str
    question_type: TableType
    speakers: int  # the statements the question is about (after its speaker and kind filters)
    rows: list[PositionRow]
    understood: list[str] = []

    @property
    def addressed(self) -> list[PositionRow]:
        """The rows of the speakers who address the topic."""
        return [row for row in self.rows if row.addressed]


def table_reading(reading: Reading) -> Reading:
    """The reading a table is built from: a figure question stays one, any other content
    question becomes "who said it" (a bare topic, "What did the NGOs say about X?"), listing
    every speaker. QueryError for a question about the meeting or a speaker who did not speak.
    """
    if reading.meeting:
        raise QueryError("that asks about the meeting itself; give a topic (e.g. \"the death "
                         "penalty\") or a who-said question to compare speakers")
    if reading.unknown_speaker and not reading.speakers:
        raise QueryError(f"{reading.unknown_speaker} did not take the floor in this dialogue; give a "
                         "topic to compare the speakers who did")
    kind = "figure" if reading.type == "figure" else "who_said"
    return reading.model_copy(update={"type": kind, "singular": False})


def positions_table(reading: Reading, scored: Scored, statements: Mapping[str, Statement],
                    calibration: Calibration, passages_of: Mapping[str, Sequence[Passage]],
                    paragraph_number: ParagraphNumber, include_not_addressed: bool = False
                    ) -> PositionsTable:
    """The table for a reading (see `table_reading`) from its sentence scores: the rows the
    answering strategy quotes, cited in row order, and with `include_not_addressed` the other
    speakers the question is about, marked not addressed."""
    restrict, followup = _restriction(reading, statements)
    allowed = set(allowed_statements(reading, statements, restrict))
    quoted = _quoted(reading, scored, statements, calibration, restrict, followup)
    allowed |= quoted.keys()  # a follow-up widened to all speakers quotes beyond its restriction
    support = {sid: score for sid, _index, score in support_rows(reading, scored, allowed, calibration)}
    order = {sid: number for number, sid in enumerate(statements, 1)}
    rows: list[PositionRow] = []
    for kind in KIND_ORDER:
        for sid in [sid for sid in statements if sid in allowed and statements[sid].kind == kind]:
            quote = quoted.get(sid)
            if quote is None and not include_not_addressed:
                continue
            row = PositionRow(kind=kind, speaker=display_name(statements[sid]), statement_id=sid,
                              order=order[sid], addressed=quote is not None,
                              support=round(support.get(sid, -1.0), 4))
            if quote is not None:
                n = sum(r.addressed for r in rows) + 1
                row = _cited(row, n, quote, scored, statements[sid], passages_of, paragraph_number, reading)
            rows.append(row)
    return PositionsTable(question=reading.asked, resolved_question=reading.question,
                          topic=reading.topic or reading.question, question_type=reading.type,
                          speakers=len(allowed), rows=rows, understood=reading.understood())


def _restriction(reading: Reading, statements: Mapping[str, Statement]) -> tuple[list[str], bool]:
    """The statements the answer may draw on, as `Answerer.ask` restricts them: a follow-up's
    list ("Which of them ...?", then `followup` is True), less those a "who else" question or
    a who-said question's addressee ("urged the Belarusian authorities") leaves out."""
    restrict = list(reading.followup.restrict_to) if reading.followup else []
    exclude = (list(reading.followup.exclude) if reading.followup else []) + \
        (reading.addressed if reading.type == "who_said" else [])
    followup = bool(restrict)
    if exclude and not restrict:
        restrict = [sid for sid in statements if sid not in exclude]
    return restrict, followup


def _quoted(reading: Reading, scored: Scored, statements: Mapping[str, Statement],
            calibration: Calibration, restrict: Sequence[str], followup: bool) -> dict[str, Quote]:
    """The first quote of each statement the strategy's answer quotes (none if it refuses)."""
    strategy = figure if reading.type == "figure" else who_said
    draft = strategy(reading, scored, statements, calibration, restrict, followup)
    return {} if not draft.answerable else {q.statement_id: q for q in reversed(draft.quotes)}


def _cited(row: PositionRow, n: int, quote: Quote, scored: Scored, statement: Statement,
           passages_of: Mapping[str, Sequence[Passage]], paragraph_number: ParagraphNumber,
           reading: Reading) -> PositionRow:
    """The row with its quote's citation `[n]`, ¶ number and (figure question) figure."""
    index = next(int(i) for i in scored.bank.of_statement(statement.id)
                 if scored.bank.sentences[int(i)].start == quote.start)
    citation = cite(n, quote, statement, passage_for(quote, passages_of.get(statement.id, [])))
    paragraph = paragraph_number(statement.id, scored.bank.sentences[index].paragraph)
    found = _figure(scored, index, reading) if reading.type == "figure" else None
    return row.model_copy(update={"citation": citation, "paragraph": paragraph, "figure": found})


def _figure(scored: Scored, index: int, reading: Reading) -> str | None:
    """The figure of the kind asked that bank sentence `index` gives, the one whose words share
    most of the topic (as the `figure` strategy picks it); the first of equals."""
    figures = [(float(scored.figure_match[number]), -number, found.text)
               for number, (at, found) in enumerate(scored.bank.figures)
               if at == index and answers(found, reading.figure or "count")]
    return max(figures)[2] if figures else None


def compare(answerer: Answerer, question: str, history: Sequence[Sequence[str]] | None = None,
            include_not_addressed: bool = False) -> PositionsTable:
    """The positions table for a topic or a who-said (or figure) question, in a conversation
    `history` as `Answerer.ask` takes it; built from the answerer's own scores and thresholds.

    >>> from hrcqa.answer.answerer import Answerer
    >>> table = compare(Answerer(retriever), "Which delegations called for abolishing the death penalty?")
    >>> [row.speaker for row in table.rows][:2], table.rows[0].citation.n
    (['Malta', 'New Zealand'], 1)
    """
    reading = table_reading(answerer.retriever.read(question, history))
    topic = reading.topic or reading.question
    scored, _put = answerer.scored(topic)
    passages_of: dict[str, list[Passage]] = {}
    for passage in answerer.retriever.passages:
        passages_of.setdefault(passage.statement_id, []).append(passage)
    return positions_table(reading, scored, answerer.statements, answerer.calibration, passages_of,
                           answerer.retriever.paragraph_number, include_not_addressed)
