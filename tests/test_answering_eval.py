"""Every question of `eval/questions.jsonl` through the answerer (follow-ups with their history),
scored by `hrcqa.evaluation.answers`, the same code `hrcqa eval` reports with.

Citations must be valid for every answer, 100%. The floors are set just under what the test
split measured with the thresholds tuned on dev (see `hrcqa.answer.strategies.Calibration` and
eval/README.md "CI floors"), so a regression fails; lowering one needs a reason in the commit.
"""

from __future__ import annotations

import pytest

from hrcqa.evaluation.answers import evaluate_answers
from hrcqa.evaluation.retrieval import load_questions

from .test_evaluation import QUESTIONS

TEST_FLOORS = {("who_said", "precision"): 0.78, ("who_said", "recall"): 0.73,
               ("who_said", "f1"): 0.74, ("facts", "containment"): 0.97,
               ("refusal", "precision"): 0.80, ("refusal", "recall"): 0.99,
               ("followup", "accuracy"): 0.97}


@pytest.fixture(scope="module")
def scores(retriever):
    return {split: evaluate_answers(retriever, load_questions(QUESTIONS, split))
            for split in ("dev", "test")}


def test_every_citation_of_every_eval_answer_is_valid(scores):
    for split, result in scores.items():
        problems = {row["id"]: row["problems"] for row in result["rows"] if row["problems"]}
        assert problems == {}, split
        assert result["citation_validity"] == 1.0
        assert all(row["cited"] for row in result["rows"] if row["answerable"])


def test_answer_quality_floors_on_test(scores):
    for split, result in scores.items():
        print(f"\n{split}: " + " · ".join(f"{group} {name} {result[group][name]:.3f}"
                                         for group, name in TEST_FLOORS))
    for (group, name), floor in TEST_FLOORS.items():
        assert scores["test"][group][name] >= floor, (group, name, scores["test"][group][name])


def test_unanswerable_questions_get_no_plausible_answer_on_dev(scores):
    wrong = [row["id"] for row in scores["dev"]["rows"]
             if row["type"] == "unanswerable" and row["answerable"]]
    assert wrong == []
