"""Score retrieval against the hand-labelled eval set (`eval/questions.jsonl`).

Retrieval is scored at statement level (a statement is relevant with grade 1 or 2) with
ir-measures: R@1/5/10, RR@10 (MRR@10), nDCG@10, and Success@1/5 (hit@k). Retrievers are
compared with a paired t-test (scipy) on per-question values. Follow-up questions are scored on
their labelled `resolved` form (retrieval does not see history); unanswerable questions have no
relevant statements and are left out of retrieval metrics. Answer metrics live in
`hrcqa.evaluation.answers`. This module computes numbers; `hrcqa.evaluation.report` formats them.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

import ir_measures
from ir_measures import RR, R, Success, nDCG
from pydantic import BaseModel, ConfigDict

from hrcqa.errors import HrcqaError

MEASURES = [R @ 1, R @ 5, R @ 10, RR @ 10, nDCG @ 10, Success @ 1, Success @ 5]
TYPES = ("single", "who_said", "figure", "asked_panel", "speaker_filter", "unanswerable", "followup")


class EvalQuestion(BaseModel):
    """One labelled question (see eval/README.md for the labelling guide)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    split: str
    type: str
    question: str
    relevant: dict[str, int] = {}
    speakers: list[str] = []
    facts: list[str] = []
    paraphrase: bool = False
    history: list[list[str]] = []
    resolved: str | None = None
    supporting: dict[str, str] = {}  # natural slice: gold speaker -> its supporting sentence
    note: str = ""  # natural slice: the labeller's note

    @property
    def retrieval_query(self) -> str:
        return self.resolved or self.question


def load_questions(path: Path, split: str | None = None) -> list[EvalQuestion]:
    """Questions of one split ("dev", "test") or all (None)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise HrcqaError(f"{path}: cannot read the eval set ({error.strerror})") from None
    questions = [EvalQuestion.model_validate(json.loads(line)) for line in lines if line.strip()]
    if split not in (None, "all"):
        questions = [q for q in questions if q.split == split]
    if not questions:
        raise HrcqaError(f"{path}: no questions in split {split!r}; splits are dev, test, all")
    return questions


def qrels(questions: list[EvalQuestion]) -> dict[str, dict[str, int]]:
    return {q.id: dict(q.relevant) for q in questions if q.relevant}


def run_retrieval(retriever: Any, questions: list[EvalQuestion], mode: str
                  ) -> tuple[dict[str, dict[str, float]], list[float]]:
    """Statement rankings per question (as ir-measures runs) and per-query latency in seconds."""
    run: dict[str, dict[str, float]] = {}
    latencies: list[float] = []
    for question in questions:
        if not question.relevant:
            continue
        started = time.perf_counter()
        ranked = retriever.rank_statements(question.retrieval_query, mode=mode)
        latencies.append(time.perf_counter() - started)
        # scores decreasing with rank, so ties in fused scores cannot reorder the ranking
        run[question.id] = {sid: float(len(ranked) - i) for i, (sid, _) in enumerate(ranked[:100])}
    return run, latencies


def per_query(qrel: dict[str, dict[str, int]], run: dict[str, dict[str, float]]
              ) -> dict[str, dict[str, float]]:
    """measure name -> {question id: value}; questions with no retrieved statement score 0."""
    values: dict[str, dict[str, float]] = {str(m): {qid: 0.0 for qid in qrel} for m in MEASURES}
    for metric in ir_measures.iter_calc(MEASURES, qrel, run):
        values[str(metric.measure)][metric.query_id] = float(metric.value)
    return values


def summarise(values: dict[str, dict[str, float]], ids: list[str] | None = None) -> dict[str, float]:
    return {name: round(statistics.fmean([v for q, v in by_q.items() if ids is None or q in ids])
                        if by_q else 0.0, 4) for name, by_q in values.items()}


def paired_pvalues(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]]) -> dict[str, float]:
    """Two-sided paired t-test p-value per measure (1.0 where the values are identical)."""
    from scipy.stats import ttest_rel

    out: dict[str, float] = {}
    for name in a:
        ids = sorted(a[name])
        x, y = [a[name][i] for i in ids], [b[name][i] for i in ids]
        out[name] = 1.0 if x == y else round(float(ttest_rel(x, y).pvalue), 4)
    return out


def latency_summary(seconds: list[float]) -> dict[str, float]:
    """p50/p95 in milliseconds."""
    if not seconds:
        return {"p50_ms": 0.0, "p95_ms": 0.0}
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


CURVE_KS = [1, 2, 3, 5, 10, 15, 20]


def recall_curve(qrel: dict[str, dict[str, int]], run: dict[str, dict[str, float]],
                 ks: list[int] = CURVE_KS) -> list[float]:
    """Mean statement recall@k for each k."""
    measures = [R @ k for k in ks]
    totals = ir_measures.calc_aggregate(measures, qrel, run)
    return [round(float(totals[m]), 4) for m in measures]


def evaluate_retrieval(retriever: Any, questions: list[EvalQuestion], modes: list[str]
                       ) -> dict[str, Any]:
    """Metrics per retriever, per question type, paired p-values vs hybrid, and latency."""
    qrel = qrels(questions)
    results: dict[str, Any] = {"questions": len(qrel), "retrievers": {}}
    per_mode: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        run, latencies = run_retrieval(retriever, questions, mode)
        per_mode[mode] = per_query(qrel, run)
        by_type = {t: summarise(per_mode[mode], [q.id for q in questions if q.type == t])
                   for t in TYPES if any(q.type == t and q.relevant for q in questions)}
        results["retrievers"][mode] = {"overall": summarise(per_mode[mode]), "by_type": by_type,
                                       "latency": latency_summary(latencies),
                                       "recall_curve": recall_curve(qrel, run),
                                       "per_query": per_mode[mode], "run": run}
    if "hybrid" in per_mode:
        results["pvalues_vs_hybrid"] = {m: paired_pvalues(per_mode["hybrid"], per_mode[m])
                                        for m in per_mode if m != "hybrid"}
    return results
