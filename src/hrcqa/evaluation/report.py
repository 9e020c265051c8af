"""Format evaluation results: markdown tables, failure lists and the recall@k plot.

Pure formatting over the dicts `hrcqa.evaluation.retrieval` and `hrcqa.evaluation.answers` return, plus one
function that writes the PNG plot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

RETRIEVAL_COLUMNS = [("hit@1", "Success@1"), ("hit@5", "Success@5"), ("MRR@10", "RR@10"),
                     ("R@1", "R@1"), ("R@5", "R@5"), ("R@10", "R@10"), ("nDCG@10", "nDCG@10")]


def table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def retrieval_table(results: dict[str, Any]) -> str:
    """One row per retriever: hit@k, MRR@10, recall and nDCG, and latency."""
    header = ["retriever", *[name for name, _ in RETRIEVAL_COLUMNS], "p50 ms", "p95 ms"]
    rows = []
    for mode, data in results["retrievers"].items():
        overall = data["overall"]
        rows.append([mode, *[overall[key] for _, key in RETRIEVAL_COLUMNS],
                     data["latency"]["p50_ms"], data["latency"]["p95_ms"]])
    return table(header, rows)


def pvalue_table(results: dict[str, Any]) -> str:
    """Paired t-test p-values of each retriever against hybrid, per measure."""
    pvalues = results.get("pvalues_vs_hybrid", {})
    header = ["hybrid vs", *[name for name, _ in RETRIEVAL_COLUMNS]]
    return table(header, [[mode, *[values[key] for _, key in RETRIEVAL_COLUMNS]]
                          for mode, values in pvalues.items()])


def by_type_table(results: dict[str, Any], mode: str = "hybrid") -> str:
    data = results["retrievers"].get(mode) or next(iter(results["retrievers"].values()))
    header = ["type", *[name for name, _ in RETRIEVAL_COLUMNS]]
    return table(header, [[kind, *[values[key] for _, key in RETRIEVAL_COLUMNS]]
                          for kind, values in data["by_type"].items()])


def retrieval_failures(results: dict[str, Any], questions: list[Any], mode: str = "hybrid",
                       runs: dict[str, dict[str, float]] | None = None) -> list[str]:
    """Questions whose first relevant statement is not in the top 5, with what came back."""
    per_query = results["retrievers"][mode]["per_query"]["Success@5"]
    lines = []
    for question in questions:
        if per_query.get(question.id, 1.0) < 1.0:
            got = ", ".join(s.split("/")[-1] for s in list((runs or {}).get(question.id, {}))[:5])
            gold = ", ".join(s.split("/")[-1] for s, g in question.relevant.items() if g == 2)
            lines.append(f"- `{question.id}` ({question.type}) {question.question} "
                         f"— expected: {gold}" + (f"; got: {got}" if got else ""))
    return lines


def plot_recall_curves(curves: dict[str, list[float]], ks: list[int], path: Path) -> Path:
    """Recall@k of each retriever, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 4), dpi=120)
    for mode, values in curves.items():
        axis.plot(ks, values, marker="o", label=mode)
    axis.set_xlabel("k (statements)")
    axis.set_ylabel("recall@k")
    axis.set_ylim(0, 1.02)
    axis.set_title("Statement-level recall@k (test split)")
    axis.grid(alpha=0.3)
    axis.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
