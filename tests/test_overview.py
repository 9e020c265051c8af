"""The meeting overview (`hrcqa.answer.overview.meeting_overview`): its themes come from the corpus
it is run on, on the real summary and on the second fixture summary indexed alone; each cell is
the who-said verdict of the theme's positions table and carries the sentence behind it; it is
computed once per answerer.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hrcqa.answer.overview import meeting_overview
from hrcqa.answer.positions import compare

from .conftest import SOURCE_FILE
from .test_second_document import FIXTURE


@pytest.fixture(scope="module")
def second_settings(settings, tmp_path_factory):
    """Settings of an index of the second fixture summary alone (built once)."""
    from hrcqa.index.build import build_index

    root = tmp_path_factory.mktemp("second-alone")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus)
    shutil.copy(FIXTURE.with_suffix(".meta.json"), corpus)
    alone = settings.model_copy(update={"corpus_dir": corpus, "index_dir": root / "index"})
    build_index(alone, show_progress=False)  # reuses settings.cache_dir: no new ONNX export
    return alone


def words(path: Path) -> str:
    return " ".join(re.sub(r"\*\*|__", "", path.read_text(encoding="utf-8")).lower().split())


def test_themes_of_the_real_summary_are_its_phrases_and_cells_agree_with_tables(answerer):
    overview = meeting_overview(answerer)
    labels = [theme.label for theme in overview.themes]
    text = words(SOURCE_FILE)
    assert 4 <= len(labels) <= 12 and len(set(labels)) == len(labels)
    assert all(label.lower() in text for label in labels)
    assert {"political prisoners", "the death penalty"} <= set(labels)
    assert len(overview.rows) == len(answerer.statements)
    for column, label in enumerate(labels[:3]):
        table = compare(answerer, label)
        addressed = {row.statement_id for row in overview.rows if row.cells[column].addressed}
        assert addressed == {row.statement_id for row in table.rows}


def test_every_filled_cell_carries_the_sentence_behind_it(answerer):
    overview = meeting_overview(answerer)
    column = [t.label for t in overview.themes].index("the death penalty")
    filled = {row.speaker: row.cells[column] for row in overview.rows if row.cells[column].addressed}
    assert {"Malta", "New Zealand"} <= set(filled)
    for row in overview.rows:
        for cell in row.cells:
            assert bool(cell.citations) == cell.addressed
            for cited in cell.citations:
                assert cited.statement_id == row.statement_id
                assert cited.quote in answerer.statements[row.statement_id].text
    assert "death penalty" in filled["Malta"].citations[0].quote
    matrix = overview.matrix()
    assert matrix.shape == (len(overview.rows), len(overview.themes))


def test_the_overview_is_computed_once_per_answerer(answerer):
    assert meeting_overview(answerer) is meeting_overview(answerer)


def test_themes_of_the_second_summary_come_from_it(second_settings):
    from hrcqa.answer.answerer import Answerer

    answerer = Answerer.load(second_settings)
    overview = meeting_overview(answerer)
    labels = [theme.label for theme in overview.themes]
    fixture, real = words(FIXTURE), words(SOURCE_FILE)
    assert labels and all(label.lower() in fixture for label in labels)
    assert any(label.lower() not in real for label in labels)  # not the real summary's themes
    assert {row.statement_id.split("/")[0] for row in overview.rows} == {"hrc61-examplestan"}
    assert overview.title == "Interactive Dialogue with the Commission of Inquiry on Examplestan"
