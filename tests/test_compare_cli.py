"""`hrcqa compare` (CSV, Markdown, JSON; --not-addressed) and `hrcqa overview --out FILE.png`:
the same content as the library, one-line errors with exit code 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from hrcqa.cli import app

from .conftest import CORPUS_DIR
from .test_overview import second_settings, words  # noqa: F401  (a fixture and a helper)
from .test_second_document import FIXTURE

runner = CliRunner()
DEATH_PENALTY = "Which delegations called for abolishing the death penalty?"


@pytest.fixture(scope="module")
def index_args(settings, retriever):
    return ["--corpus-dir", str(CORPUS_DIR), "--index-dir", str(settings.index_dir)]


@pytest.fixture(scope="module")
def answer(retriever):
    from hrcqa.answer.answerer import Answerer

    return Answerer(retriever).ask(DEATH_PENALTY)


def test_compare_json_is_the_positions_table(index_args, answer):
    result = runner.invoke(app, ["compare", DEATH_PENALTY, "--format", "json", *index_args])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)
    assert table["question_type"] == "who_said" and table["speakers"] == 21
    assert [row["statement_id"] for row in table["rows"]] == [c.statement_id for c in answer.citations]
    cited = table["rows"][0]["citation"]
    assert {"n", "speaker", "kind", "quote", "statement_id", "passage_id", "document_id", "start", "end",
            "spans"} <= set(cited)
    assert cited["quote"] == answer.citations[0].quote and table["rows"][0]["paragraph"] > 0


def test_compare_csv_with_not_addressed_speakers(index_args, answer):
    result = runner.invoke(app, ["compare", DEATH_PENALTY, "--format", "csv", "--not-addressed", *index_args])
    assert result.exit_code == 0, result.output
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(records) == 21 and {"speaker", "kind", "paragraph", "start", "end", "spans"} <= set(records[0])
    addressed = [r for r in records if r["addressed"] == "True"]
    assert [r["quote"] for r in addressed] == [c.quote for c in answer.citations]
    assert all(r["start"].isdigit() and r["paragraph"].isdigit() for r in addressed)
    assert {r["speaker"] for r in records if r["addressed"] == "False"} >= {"France", "Belarus"}


def test_compare_markdown(index_args, answer):
    result = runner.invoke(app, ["compare", DEATH_PENALTY, *index_args])  # md is the default
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# Who said what: abolishing the death penalty")
    assert "## States (2)" in text and "## Group (1)" in text and "not addressed" not in text
    for citation in answer.citations:
        assert f"“{citation.quote}” [{citation.n}]" in text
        assert f"{citation.document_id} ¶" in text and f"{citation.start}–{citation.end}" in text


def test_overview_writes_the_png_and_lists_the_themes(index_args, tmp_path):
    out = tmp_path / "overview.png"
    result = runner.invoke(app, ["overview", "--out", str(out), "--json", *index_args])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f"wrote {out}" in result.stderr
    overview = json.loads(result.stdout)
    assert "the death penalty" in [theme["label"] for theme in overview["themes"]]
    cells = [cell for row in overview["rows"] for cell in row["cells"] if cell["addressed"]]
    assert cells and all(cell["citations"][0]["quote"] for cell in cells)
    table = runner.invoke(app, ["overview", "--out", str(out), *index_args])
    assert "political prisoners" in table.stdout and "of 34" in table.stdout


def test_overview_of_the_second_summary_names_its_themes(second_settings, tmp_path):  # noqa: F811
    out = tmp_path / "second.png"
    where = ["--corpus-dir", str(second_settings.corpus_dir), "--index-dir", str(second_settings.index_dir)]
    result = runner.invoke(app, ["overview", "--out", str(out), "--json", *where])
    assert result.exit_code == 0, result.output
    labels = [theme["label"] for theme in json.loads(result.stdout)["themes"]]
    assert labels and all(label.lower() in words(FIXTURE) for label in labels) and out.stat().st_size > 0


@pytest.mark.parametrize(("args", "message"), [
    (["compare", "Who spoke?"], "meeting itself"),
    (["compare", "torture", "--format", "xml"], "'xml' is not one of"),
    (["compare", ""], "empty"),
    (["overview", "--out", "overview.txt"], "ending in .png"),
    (["overview", "--out", "/nonexistent/dir/overview.png"], "cannot write"),
])
def test_errors_are_one_line_exit_2(args, message, index_args):
    result = runner.invoke(app, [*args, *index_args])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.output
