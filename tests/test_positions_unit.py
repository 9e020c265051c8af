"""The positions table's exports, the overview's themes and picture, and the Compare panel's
formatting, on hand-made tables and sentences (no model, no index): `hrcqa.answer.exporting`,
`hrcqa.answer.overview` (`cluster_themes`, `sentence_clusters`), `hrcqa.web.compare`.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from hrcqa.answer.exporting import CSV_FIELDS, overview_png, table_csv, table_markdown
from hrcqa.answer.overview import (
    Overview,
    OverviewCell,
    OverviewRow,
    Theme,
    cluster_themes,
    sentence_clusters,
)
from hrcqa.answer.positions import PositionRow, PositionsTable, table_reading
from hrcqa.corpus.chunking import Sentence
from hrcqa.errors import QueryError
from hrcqa.models import Citation, Span
from hrcqa.web.compare import cell_rows, lead_html, table_rows

HOSTILE = "<script>alert(1)</script> | death penalty"


def citation(n: int, speaker: str, quote: str, start: int) -> Citation:
    return Citation(n=n, speaker=speaker, kind="state", quote=quote, statement_id=f"doc/{speaker.lower()}",
                    passage_id=f"doc/{speaker.lower()}#0-2", document_id="doc", start=start,
                    end=start + len(quote), spans=[Span(start=start, end=start + 4),
                                                   Span(start=start + 5, end=start + len(quote))])


@pytest.fixture
def table() -> PositionsTable:
    rows = [
        PositionRow(kind="state", speaker="Malta", statement_id="doc/malta", order=3, addressed=True,
                    support=0.71, paragraph=35,
                    citation=citation(1, "Malta", 'It urges | "abolition".', 100)),
        PositionRow(kind="state", speaker="France", statement_id="doc/france", order=4, addressed=False,
                    support=0.1),
        PositionRow(kind="ngo", speaker="Amnesty", statement_id="doc/amnesty", order=9, addressed=True,
                    support=0.4, paragraph=50, citation=citation(2, "Amnesty", "Abolish it\nnow.", 900)),
    ]
    return PositionsTable(question=HOSTILE, resolved_question=HOSTILE, topic=HOSTILE,
                          question_type="who_said", speakers=3, rows=rows)


def test_csv_has_every_citation_field_and_reads_back(table):
    records = list(csv.DictReader(io.StringIO(table_csv(table))))
    assert list(records[0]) == CSV_FIELDS
    assert [r["speaker"] for r in records] == ["Malta", "France", "Amnesty"]
    malta, france = records[0], records[1]
    assert (malta["n"], malta["kind"], malta["paragraph"], malta["start"], malta["end"]) == (
        "1", "state", "35", "100", str(100 + len('It urges | "abolition".')))
    assert malta["quote"] == 'It urges | "abolition".' and malta["spans"] == "100-104;105-123"
    assert (france["addressed"], france["quote"], france["start"]) == ("False", "", "")


def test_markdown_groups_by_kind_quotes_verbatim_and_escapes_cells(table):
    text = table_markdown(table)
    assert "## States (2)" in text and "## NGO (1)" in text
    assert text.index("## States") < text.index("Malta") < text.index("## NGO") < text.index("Amnesty")
    assert '“It urges \\| "abolition".” [1]' in text  # a pipe in a quote does not split the cell
    assert "“Abolish it now.” [2]" in text  # one line per row
    assert "| France | not addressed |  |" in text
    assert "doc ¶35, 100–123" in text
    assert "2 of 3 speakers address it" in text


def test_the_page_shows_rows_as_text_and_escapes_the_lead(table):
    headers, rows = table_rows(table)
    assert headers[:2] == ["Kind", "Speaker"] and "Figure" not in headers
    assert rows[1] == ["State", "France", "not addressed", ""]
    lead = lead_html(table)
    assert "<script>" not in lead and "&lt;script&gt;" in lead
    assert lead.startswith('<p class="hrc-compare-lead">')


def test_a_figure_table_has_a_figure_column(table):
    figures = table.model_copy(update={"question_type": "figure", "rows": [
        table.rows[0].model_copy(update={"figure": "more than 1,100"})]})
    headers, rows = table_rows(figures)
    assert headers[2] == "Figure" and rows[0][2] == "more than 1,100"
    assert "| Speaker | Figure | Says |" in table_markdown(figures)


def sentence(statement: str, index: int, text: str) -> Sentence:
    return Sentence(statement_id=statement, paragraph=0, index=index, start=0, end=len(text), text=text)


def test_themes_are_each_clusters_most_distinctive_shared_phrase():
    sentences = [sentence("a", 0, "Malta condemns the death penalty."),
                 sentence("b", 0, "Chile opposes the death penalty in all cases."),
                 sentence("c", 0, "Peru recalls the death penalty."),
                 sentence("a", 1, "Malta urges the release of political prisoners."),
                 sentence("b", 1, "Chile recalls the plight of political prisoners."),
                 sentence("d", 0, "Kenya thanks the experts.")]
    vectors = np.array([[1, 0, 0], [0.9, 0.1, 0], [1, 0, 0.1], [0, 1, 0], [0.1, 1, 0], [0, 0, 1]], float)
    clusters = sentence_clusters(vectors, 3)
    assert clusters.tolist() == [0, 0, 0, 1, 1, 2]  # numbered in order of appearance
    themes = cluster_themes(sentences, clusters)
    # The biggest cluster first; Kenya's lone sentence names no theme.
    assert [(t.label, t.sentences, t.statements) for t in themes] == [
        ("the death penalty", 3, 3), ("political prisoners", 2, 2)]


def test_a_cluster_repeating_a_bigger_clusters_theme_adds_none():
    sentences = [sentence(speaker, 0, f"{speaker} spoke of political prisoners.") for speaker in "abc"]
    sentences += [sentence(speaker, 1, f"{speaker} spoke of political prisoners, of political prisoners "
                                       "and of the curfew.") for speaker in "ab"]
    clusters = np.array([0, 0, 0, 1, 1])  # the second cluster's best phrase is the first's theme
    assert [t.label for t in cluster_themes(sentences, clusters)] == ["political prisoners"]


def test_overview_picture_is_a_png_and_cells_list_their_sentences(tmp_path):
    themes = [Theme(label="the death penalty", sentences=3, statements=3),
              Theme(label="political prisoners", sentences=2, statements=2)]
    cited = citation(1, "Malta", "Malta condemns the death penalty.", 10)
    rows = [OverviewRow(kind="state", speaker="Malta", statement_id="doc/malta", order=1, cells=[
                OverviewCell(theme="the death penalty", addressed=True, support=0.7, paragraph=3,
                             citations=[cited]),
                OverviewCell(theme="political prisoners", addressed=False, support=0.0)]),
            OverviewRow(kind="ngo", speaker="Amnesty", statement_id="doc/amnesty", order=2, cells=[
                OverviewCell(theme="the death penalty", addressed=False, support=0.1),
                OverviewCell(theme="political prisoners", addressed=True, support=0.4)])]
    overview = Overview(title="A meeting", themes=themes, rows=rows)
    assert np.isnan(overview.matrix()).tolist() == [[False, True], [True, False]]
    path = overview_png(overview, tmp_path / "overview.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5000
    assert cell_rows(overview) == [["the death penalty", "State", "Malta",
                                    "“Malta condemns the death penalty.” [1]", "doc ¶3, 10–43"]]
    assert cell_rows(overview, "political prisoners") == []  # addressed, but no sentence given here


def test_a_meeting_question_is_no_table():
    from hrcqa.question.meeting import MeetingRequest
    from hrcqa.question.reading import Reading

    reading = Reading(question="Who spoke?", asked="Who spoke?", type="meeting",
                      meeting=MeetingRequest.model_construct(asks="speakers"))
    with pytest.raises(QueryError, match="meeting itself"):
        table_reading(reading)
    topic = Reading(question="death penalty", asked="death penalty", type="single", topic="death penalty",
                    singular=True)
    assert (table_reading(topic).type, table_reading(topic).singular) == ("who_said", False)
