"""The CLI: JSON contracts, batch mode, and one-line errors with exit code 2."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from hrcqa.cli import app

from .conftest import CORPUS_DIR

runner = CliRunner()


@pytest.fixture(scope="module")
def index_args(settings, retriever):
    return ["--corpus-dir", str(CORPUS_DIR), "--index-dir", str(settings.index_dir)]


def test_statements_json_fields():
    result = runner.invoke(app, ["statements", "--json", "--kind", "group"])
    assert result.exit_code == 0
    groups = json.loads(result.stdout)
    assert [g["speaker"] for g in groups][1] == "Lithuania on behalf of the Nordic-Baltic states"
    assert {"id", "document_id", "speaker", "kind", "section", "role", "representative",
            "on_behalf_of", "members", "joint_with", "text", "paragraphs"} <= set(groups[0])


def test_statements_table():
    result = runner.invoke(app, ["statements"])
    assert result.exit_code == 0 and "Czechia" in result.stdout and "concerned_country" in result.stdout


def test_search_json(index_args):
    result = runner.invoke(app, ["search", "What did Switzerland ask the experts?", "-k", "3",
                                 "--json", *index_args])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["query"] == "What did Switzerland ask the experts?"
    assert len(payload["hits"]) == 3 and {h["speaker"] for h in payload["hits"]} == {"Switzerland"}
    assert {"rank", "score", "passage_id", "statement_id", "speaker", "kind", "text", "start", "end",
            "citation"} <= set(payload["hits"][0])


def test_search_filters(index_args):
    result = runner.invoke(app, ["search", "lawyers", "--kind", "ngo", "--json", *index_args])
    assert {h["kind"] for h in json.loads(result.stdout)["hits"]} == {"ngo"}


def test_search_batch(tmp_path, index_args):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "a", "query": "death penalty"}\n\nnot json\n'
                     '{"id": "b", "query": "Maxim Znak"}\n{"id": "c", "query": ""}\n')
    result = runner.invoke(app, ["search", "--batch", str(batch), "-k", "2", *index_args])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "b", "c"]
    assert len(lines[0]["hits"]) == 2 and "error" in lines[1] and "empty" in lines[3]["error"]
    assert "Znak" in lines[2]["hits"][0]["text"]


@pytest.mark.parametrize("args", [
    ["search", ""], ["search", "x", "-k", "0"], ["search", "x", "--kind", "bogus"],
    ["search", "x", "--speaker", "Atlantis"], ["search", "x", "--retriever", "magic"],
    ["search"], ["statements", "--kind", "nope"],
])
def test_errors_are_one_line_exit_2(args, index_args):
    result = runner.invoke(app, [*args, *index_args] if args[0] == "search" else args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_missing_corpus_dir_is_one_line(tmp_path):
    result = runner.invoke(app, ["statements", "--corpus-dir", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "corpus directory not found" in result.stderr


def test_build_skips_a_fresh_index(index_args):
    result = runner.invoke(app, ["build", *index_args])
    assert result.exit_code == 0 and "fresh" in result.stderr
