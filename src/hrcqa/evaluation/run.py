"""Run the whole evaluation and assemble its report (what `hrcqa eval` does).

Main slice (`run_eval`): retrieval metrics come from `hrcqa.evaluation.retrieval`; answer metrics
from `hrcqa.evaluation.answers` when the answering stage is available. Writes `report.md` and
`recall_at_k.png` when asked. Natural slice (`run_natural`): answer metrics only, from
`hrcqa.evaluation.natural`, over its questions and dialogues.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hrcqa.evaluation.dialogues import Dialogue
from hrcqa.evaluation.report import (
    by_type_table,
    natural_report,
    plot_recall_curves,
    pvalue_table,
    retrieval_failures,
    retrieval_table,
)
from hrcqa.evaluation.retrieval import CURVE_KS, EvalQuestion, evaluate_retrieval


def run_eval(retriever: Any, questions: list[EvalQuestion], modes: list[str], split: str,
             out: Path | None) -> tuple[dict[str, Any], str]:
    """(JSON-able results, markdown report); writes the report and plot if `out` is given."""
    retrieval = evaluate_retrieval(retriever, questions, modes)
    best = "hybrid" if "hybrid" in modes else modes[0]
    runs = retrieval["retrievers"][best]["run"]
    sections = [
        f"# hrcqa evaluation ({split} split, {len(questions)} questions)",
        f"## Retrieval (statement level, {retrieval['questions']} questions with relevant "
        "statements)", retrieval_table(retrieval),
    ]
    if "pvalues_vs_hybrid" in retrieval:
        sections += ["Paired t-test p-values, hybrid vs each retriever:", pvalue_table(retrieval)]
    sections += [f"### By question type ({best})", by_type_table(retrieval, best)]
    results: dict[str, Any] = {"split": split, "retrieval": _strip(retrieval)}
    if importlib.util.find_spec("hrcqa.answer.answerer") is not None:
        from hrcqa.evaluation.answers import answer_report, evaluate_answers

        answers = evaluate_answers(retriever, questions)
        results["answers"] = answers
        sections += answer_report(answers)
    failures = retrieval_failures(retrieval, questions, best, runs)
    sections += [f"## Retrieval failures ({best}: no relevant statement in the top 5)",
                 "\n".join(failures) or "None."]
    markdown = "\n\n".join(sections) + "\n"
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        curves = {m: d["recall_curve"] for m, d in retrieval["retrievers"].items()}
        plot = plot_recall_curves(curves, CURVE_KS, out.with_name("recall_at_k.png"))
        markdown += f"\n![recall@k]({plot.name})\n"
        out.write_text(markdown, encoding="utf-8")
    return results, markdown


def run_natural(retriever: Any, questions: list[EvalQuestion], dialogues: list[Dialogue], split: str,
                out: Path | None) -> tuple[dict[str, Any], str]:
    """(JSON-able results, markdown report) of the natural slice; writes the report if `out` is given."""
    from hrcqa.evaluation.natural import evaluate_natural

    results: dict[str, Any] = {"slice": "natural", "split": split, "dialogues": len(dialogues),
                               "answers": evaluate_natural(retriever, questions, dialogues)}
    turns = sum(len(d.turns) for d in dialogues)
    title = (f"# hrcqa evaluation, natural slice ({split} split, {len(questions)} questions, "
             f"{len(dialogues)} dialogues of {turns} turns)")
    markdown = "\n\n".join([title, *natural_report(results)]) + "\n"
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(markdown, encoding="utf-8")
    return results, markdown


def _strip(retrieval: dict[str, Any]) -> dict[str, Any]:
    """Drop per-query runs from the JSON output (they are large); keep per-query values."""
    stripped = dict(retrieval)
    stripped["retrievers"] = {m: {k: v for k, v in d.items() if k != "run"}
                              for m, d in retrieval["retrievers"].items()}
    return stripped
