"""The positions table on the real summary (`hrcqa.answer.positions.compare`): it agrees with the
who-said answer, row for row and quote for quote; it lists the speakers who did not address the
topic when asked; its citations lead back to the source file; a figure question gets a figure
column.
"""

from __future__ import annotations

import pytest

from hrcqa.answer.composing import KIND_ORDER
from hrcqa.answer.positions import compare
from hrcqa.errors import QueryError

from .conftest import SOURCE_FILE
from .test_app_api import WHO_SAID

QUESTIONS = [WHO_SAID, "Which delegations called for abolishing the death penalty?",
             "Which NGOs mentioned lawyers?", "How many political prisoners remain?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_table_lists_exactly_the_speakers_and_quotes_of_the_answer(answerer, question):
    answer, table = answerer.ask(question), compare(answerer, question)
    assert answer.answerable and table.question_type == answer.question_type
    quoted = {c.statement_id: c.quote for c in answer.citations}
    assert {row.statement_id: row.citation.quote for row in table.rows} == quoted
    assert all(row.addressed for row in table.rows)
    assert [row.citation.n for row in table.rows] == list(range(1, len(table.rows) + 1))


def test_rows_are_grouped_by_kind_in_speaking_order(answerer):
    table = compare(answerer, WHO_SAID, include_not_addressed=True)
    kinds = [row.kind for row in table.rows]
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
    for kind in set(kinds):
        orders = [row.order for row in table.rows if row.kind == kind]
        assert orders == sorted(orders)


def test_not_addressed_rows_on_request(answerer):
    question = "Which delegations called for abolishing the death penalty?"
    short, full = compare(answerer, question), compare(answerer, question, include_not_addressed=True)
    # "Which delegations": every State, group and the country concerned is a row, no NGO.
    assert table_speakers(full) == len(full.rows) == full.speakers == 21
    assert {row.kind for row in full.rows} == {"state", "group", "concerned_country"}
    missing = [row for row in full.rows if not row.addressed]
    assert len(missing) == 21 - len(short.rows) > 0
    assert all(row.citation is None and row.paragraph is None for row in missing)
    assert "France" in {row.speaker for row in missing}
    assert [row for row in full.rows if row.addressed] == short.rows  # numbered alike
    # the bar a row must reach: the support, and a share of the clearest row's (relative_support)
    calibration = answerer.calibration
    bar = max(calibration.support, calibration.relative_support * max(row.support for row in short.rows))
    assert max(row.support for row in missing) < bar <= min(row.support for row in short.rows)


def table_speakers(table) -> int:
    return len({row.statement_id for row in table.rows})


def test_citations_lead_back_to_the_source_and_its_paragraph(answerer, retriever):
    source = SOURCE_FILE.read_text(encoding="utf-8")
    passages = {p.id: p for p in retriever.passages}
    for row in compare(answerer, WHO_SAID).rows:
        cited = row.citation
        copied = "".join(source[s.start:s.end] for s in cited.spans)  # a page break is one space
        assert "".join(copied.split()) == "".join(cited.quote.split())
        assert (cited.start, cited.end) == (cited.spans[0].start, cited.spans[-1].end)
        assert cited.quote in passages[cited.passage_id].text
        assert retriever.citation(passages[cited.passage_id]).endswith(f"¶{row.paragraph}")


def test_a_figure_question_gives_each_speakers_figure(answerer):
    table = compare(answerer, "How many political prisoners remain?")
    figures = {row.speaker: row.figure for row in table.rows}
    assert figures["Czechia"] == "1168" and figures["United Kingdom"] == "around 1,100"
    assert all(row.figure and row.figure in row.citation.quote for row in table.rows)


def test_a_bare_topic_is_read_as_who_said_it(answerer):
    table = compare(answerer, "death penalty")
    assert table.question_type == "who_said" and table.topic == "death penalty"
    who = answerer.ask("Which speakers mentioned the death penalty?")
    assert {row.statement_id for row in table.rows} >= {c.statement_id for c in who.citations} >= {
        "hrc60-belarus/malta", "hrc60-belarus/new-zealand"}


def test_a_follow_up_is_read_from_the_conversation(answerer):
    first = answerer.ask(WHO_SAID)
    table = compare(answerer, "Which of them are NGOs?", history=[(WHO_SAID, first.answer)])
    assert table.resolved_question != "Which of them are NGOs?" and table.rows
    assert {row.kind for row in table.rows} == {"ngo"}


@pytest.mark.parametrize("question", ["Who spoke?", "What did Atlantis say about torture?"])
def test_questions_that_compare_nothing_are_refused(answerer, question):
    with pytest.raises(QueryError):
        compare(answerer, question)
