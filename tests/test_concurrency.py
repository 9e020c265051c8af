"""One Retriever and one Answerer shared by 8 threads give the serial results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from .test_load import QUESTIONS


def test_answerer_hammered_from_8_threads_equals_serial(retriever):
    from hrcqa.answer.answerer import Answerer

    fresh = Answerer(retriever)  # its lazy caches are first filled by 8 threads at once
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda q: fresh.ask(q).model_dump(), QUESTIONS * 3))
    serial_answerer = Answerer(retriever)
    serial = [serial_answerer.ask(q).model_dump() for q in QUESTIONS * 3]
    assert parallel == serial


def test_retriever_hammered_from_8_threads_equals_serial(retriever):
    questions = QUESTIONS * 4
    serial = [[h.passage_id for h in retriever.search(q, k=5)] for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda q: [h.passage_id for h in retriever.search(q, k=5)],
                                 questions))
    assert parallel == serial
