"""The launched app's API through `gradio_client`: `/ask` and `/search`, with the real answerer
and retriever, and the README snippet (`docs/api_snippet.py`) run against the live server
(the `app` and `app_url` fixtures in conftest serve one app per test session).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WHO_SAID = "Which delegations called for the release of all political prisoners?"


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


def verbatim(citation: dict, source: str) -> bool:
    """A quote is verbatim when its source spans, joined, are the quote (but for the spaces the
    parser put where a page break cut a sentence, which have no source span)."""
    joined = "".join(source[s["start"]:s["end"]] for s in citation["spans"])
    return re.sub(r"\s+", "", joined) == re.sub(r"\s+", "", citation["quote"])


def test_only_ask_and_search_are_public_endpoints(client):
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert set(endpoints) == {"/ask", "/search"}
    assert [p["parameter_name"] for p in endpoints["/search"]["parameters"]] == [
        "query", "k", "speakers", "kinds"]


def test_answers_share_one_concurrency_limit(app):
    from hrcqa.web.app import BUSY, CONCURRENCY

    answering = [fn for fn in app.fns.values() if fn.concurrency_id == BUSY]
    assert {fn.api_name for fn in answering} >= {"ask", "search"} and len(answering) >= 3
    assert app._queue.default_concurrency_limit == CONCURRENCY == 2


def test_ask_who_said_returns_grounded_answer_json(client, source_text, retriever):
    answer = client.predict(question=WHO_SAID, api_name="/ask")
    assert answer["answerable"] is True and answer["question"] == WHO_SAID
    assert len(answer["citations"]) >= 3
    for citation in answer["citations"]:
        assert verbatim(citation, source_text)
        statement = retriever.statements[citation["statement_id"]]
        assert citation["quote"] in statement.text
        assert citation["speaker"] == statement.speaker and citation["kind"] == statement.kind
        assert f"[{citation['n']}]" in answer["answer"]
    assert "political prisoners" in " ".join(c["quote"] for c in answer["citations"])


def test_ask_follow_up_uses_history(client, source_text):
    first = client.predict(question="What did Germany say about political prisoners?", api_name="/ask")
    assert first["answerable"] and {c["speaker"] for c in first["citations"]} == {"Germany"}
    follow = client.predict(question="What about France?",
                            history=[[first["question"], first["answer"]]], api_name="/ask")
    assert "France" in follow["resolved_question"] and "prisoners" in follow["resolved_question"]
    assert follow["answerable"] and {c["speaker"] for c in follow["citations"]} == {"France"}
    assert all(verbatim(c, source_text) for c in follow["citations"])


def test_ask_with_a_200_turn_history_answers_from_the_recent_turns(client):
    names = ["Malta", "Germany", "Austria", "Poland"]
    history = [[f"What did {names[i % 4]} say about detention?", "x" * 2_000] for i in range(200)]
    answer = client.predict(question="And France?", history=history, api_name="/ask")
    assert answer["resolved_question"] == "What did France say about detention?"
    assert answer["answerable"] and {c["speaker"] for c in answer["citations"]} == {"France"}
    assert any(note.startswith("history: kept the last") for note in answer["notes"])


def test_ask_refuses_what_the_summary_does_not_say(client):
    answer = client.predict(question="What did China say about the report?", api_name="/ask")
    assert answer["answerable"] is False and answer["citations"] == []


def test_ask_errors_are_messages(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="the limit is 2,000"):
        client.predict(question="x" * 2001, api_name="/ask")
    with pytest.raises(AppError, match="empty"):
        client.predict(question="   ", api_name="/ask")


def test_search_returns_filtered_hit_dicts(client, source_text):
    hits = client.predict(query="death penalty", k=3, speakers=[], kinds=["state"], api_name="/search")
    assert [h["rank"] for h in hits] == [1, 2, 3] and {h["kind"] for h in hits} == {"state"}
    assert all("death penalty" in h["text"].lower() for h in hits[:1])
    assert all(source_text[s["start"]:s["end"]] in h["text"] for h in hits for s in h["spans"])
    france = client.predict(query="detainees", k=2, speakers=["France"], kinds=[], api_name="/search")
    assert france and {h["speaker"] for h in france} == {"France"}


def test_search_unknown_speaker_is_an_error_message(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="unknown speaker 'Atlantis'"):
        client.predict(query="torture", k=3, speakers=["Atlantis"], kinds=[], api_name="/search")


def test_readme_snippet_runs_against_the_app(app_url):
    done = subprocess.run([sys.executable, str(ROOT / "docs" / "api_snippet.py"), app_url],
                          capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "[1] " in done.stdout and "Understood as:" in done.stdout and "France" in done.stdout
