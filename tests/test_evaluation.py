"""The eval harness: metric plumbing on hand-computed cases, the label file, and the CI gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrcqa.evaluation.retrieval import (
    evaluate_retrieval,
    latency_summary,
    load_questions,
    paired_pvalues,
    per_query,
    summarise,
)

from .conftest import ROOT

QUESTIONS = ROOT / "eval" / "questions.jsonl"
# CI floors: set just under the values measured on the test split (see eval/README.md).
FLOORS = {"Success@1": 0.89, "Success@5": 0.98, "RR@10": 0.93, "nDCG@10": 0.86}


def test_metrics_hand_computed():
    qrel = {"q1": {"a": 2, "b": 1}, "q2": {"c": 2}}
    run = {"q1": {"x": 3.0, "a": 2.0, "b": 1.0}, "q2": {"y": 2.0, "z": 1.0}}
    values = per_query(qrel, run)
    assert values["RR@10"] == {"q1": 0.5, "q2": 0.0}
    assert values["R@1"] == {"q1": 0.0, "q2": 0.0}
    assert values["R@5"]["q1"] == 1.0 and values["Success@5"] == {"q1": 1.0, "q2": 0.0}
    assert summarise(values)["RR@10"] == 0.25
    assert latency_summary([0.001, 0.002, 0.003]) == {"p50_ms": 2.0, "p95_ms": 3.0}


def test_paired_pvalues_identical_and_different():
    a = {"m": {"q1": 1.0, "q2": 0.0, "q3": 1.0}}
    assert paired_pvalues(a, a) == {"m": 1.0}
    b = {"m": {"q1": 0.0, "q2": 0.0, "q3": 0.5}}
    assert 0 < paired_pvalues(a, b)["m"] < 1


def test_eval_set_is_well_formed(parsed, source_text):
    questions = load_questions(QUESTIONS)
    ids = {s.id for s in parsed.statements}
    assert len(questions) >= 120 and len({q.id for q in questions}) == len(questions)
    counts = {t: sum(q.type == t for q in questions) for t in {q.type for q in questions}}
    assert counts["who_said"] >= 20 and counts["unanswerable"] >= 15 and counts["followup"] >= 10
    assert sum(q.paraphrase for q in questions) >= 30
    gold = {sid for q in questions for sid, grade in q.relevant.items() if grade == 2}
    assert gold == ids  # every statement answers at least one question
    for question in questions:
        assert set(question.relevant) <= ids and set(question.speakers) <= ids, question.id
        assert all(fact in source_text for fact in question.facts), question.id
        assert question.split in ("dev", "test")
        if question.type == "followup":
            assert question.history and question.resolved
        if question.type == "unanswerable":
            assert not question.relevant


def test_unknown_split_is_an_error():
    from hrcqa.errors import HrcqaError

    with pytest.raises(HrcqaError, match="splits are dev, test"):
        load_questions(QUESTIONS, "train")
    with pytest.raises(HrcqaError, match="cannot read"):
        load_questions(Path("/nonexistent.jsonl"))


def test_ci_gate_retrieval_on_test_split(retriever):
    questions = load_questions(QUESTIONS, "test")
    results = evaluate_retrieval(retriever, questions, ["bm25", "dense", "hybrid"])
    overall = {m: d["overall"] for m, d in results["retrievers"].items()}
    print({m: {k: overall[m][k] for k in FLOORS} for m in overall})
    for measure, floor in FLOORS.items():
        assert overall["hybrid"][measure] >= floor, (measure, overall["hybrid"][measure])
    assert overall["hybrid"]["RR@10"] > max(overall["bm25"]["RR@10"], overall["dense"]["RR@10"])
