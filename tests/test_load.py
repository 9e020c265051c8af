"""Load: 16 concurrent API clients x 10 real questions against the launched app (loopback).

Bounded in count (160 requests) and time (each call times out); answers under load must equal
the answers given one at a time, with zero errors and every citation valid.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from hrcqa.evaluation.answers import citation_problems
from hrcqa.models import Answer

QUESTIONS = [
    "Which delegations called for abolishing the death penalty?",
    "How many political prisoners remain?",
    "What did Switzerland ask the experts?",
    "Which NGOs mentioned lawyers?",
    "What did Estonia say?",
    "What did China say about the death penalty?",
    "What was the outcome of the vote on the resolution?",
    "Who raised the deportation of Ukrainian children?",
    "What did the UK say about sanctions?",
    "Which speakers mentioned Maxim Znak?",
    "How many prisoners were released recently?",
    "What did Germany ask?",
    "Who called for a moratorium?",
    "What did the Chair say about impunity?",
    "Which NGOs talked about conscientious objectors?",
    "What did Ireland ask the experts?",
]
CLIENTS = 16
PER_CLIENT = 10


def comparable(payload: dict) -> tuple:
    return payload["answer"], payload["answerable"], tuple(
        (c["n"], c["statement_id"], c["quote"]) for c in payload["citations"])


def test_sixteen_concurrent_clients_get_the_serial_answers(app_url, retriever, source_text):
    from gradio_client import Client

    serial_client = Client(app_url, verbose=False)
    serial = {q: serial_client.predict(q, [], api_name="/ask") for q in QUESTIONS}
    sources = {"hrc60-belarus": source_text}

    def worker(index: int) -> list[tuple[str, dict]]:
        client = Client(app_url, verbose=False)
        asked = [QUESTIONS[(index + j) % len(QUESTIONS)] for j in range(PER_CLIENT)]
        return [(q, client.predict(q, [], api_name="/ask")) for q in asked]

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = [pair for batch in pool.map(worker, range(CLIENTS), timeout=600) for pair in batch]
    assert len(results) == CLIENTS * PER_CLIENT
    for question, payload in results:
        assert comparable(payload) == comparable(serial[question]), question
        answer = Answer.model_validate(payload)
        assert citation_problems(answer, retriever.statements, sources) == [], question
        if answer.answerable:
            assert answer.citations, question
