"""Format evaluation results: markdown tables, failure lists and the recall@k plot.

Pure formatting over the dicts `hrcqa.evaluation.retrieval`, `hrcqa.evaluation.answers` and
`hrcqa.evaluation.natural` return, plus one function that writes the PNG plot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hrcqa.evaluation.answers import short_ids, speaker_and_refusal_reasons

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


def natural_report(results: dict[str, Any]) -> list[str]:
    """Markdown sections of the natural slice: its metrics, the dialogues, and what failed."""
    answers = results["answers"]
    who, refusal, quotes = answers["who_said"], answers["refusal"], answers["quotes"]
    supporting, followups = quotes["supporting"], answers["followups"]
    long = followups["long"]
    metrics = table(["measure", "value"], [
        [f"who-said speaker precision ({who['questions']} questions with a gold list)", who["precision"]],
        ["who-said speaker recall", who["recall"]], ["who-said speaker F1", who["f1"]],
        [f"single-speaker questions citing exactly the gold speaker "
         f"({answers['single_speaker']['questions']})", answers["single_speaker"]["accuracy"]],
        [f"answerable questions refused ({refusal['answerable_refused']} of {refusal['answerable']})",
         refusal["answerable_refused_rate"]],
        ["unanswerable questions answered",
         f"{refusal['unanswerable_answered']} of {refusal['unanswerable']}"],
        [f"meeting questions with every fact ({answers['meeting']['questions']})",
         answers["meeting"]["accuracy"]],
        [f"yes/no questions right ({answers['yes_no']['questions']})", answers["yes_no"]["accuracy"]],
        [f"fact containment, other types ({answers['facts']['questions']} questions)",
         answers["facts"]["containment"]],
        [f"non-verbatim quotes (over {quotes['answers']} answers, questions and turns)",
         quotes["non_verbatim"]],
        ["unresolved [n] markers", quotes["unresolved_markers"]],
        ["sentences quoted twice in one answer", quotes["repeated_sentences"]],
        [f"gold speakers quoted saying the same as their supporting sentence "
         f"({supporting['supported']} of {supporting['gold_speakers']})", supporting["share"]],
        ["citation validity (all answers)", answers["citation_validity"]],
        [f"dialogue turns right ({followups['turns']} turns)", followups["accuracy"]],
        [f"... in the long dialogues ({', '.join(long['dialogues']) or 'none'}: {long['turns']} turns)",
         long["accuracy"]],
        ["ask latency p50 ms", answers["latency"]["p50_ms"]],
        ["ask latency p95 ms", answers["latency"]["p95_ms"]],
    ])
    dialogues = table(["dialogue", "turns", "right"], [
        [name + (" (long)" if d["long"] else ""), d["turns"], d["right"]]
        for name, d in followups["by_dialogue"].items()])
    return ["## Answers", metrics, "### Dialogues", dialogues,
            "## Question failures", "\n".join(_natural_failures(answers["rows"])) or "None.",
            "## Dialogue turn failures", "\n".join(_turn_failures(answers["turn_rows"])) or "None."]


def _answered(row: dict[str, Any]) -> str:
    text = " ".join(row["answer"].split())
    return f"Answered: “{text[:300]}{'…' if len(text) > 300 else ''}” (cited: {short_ids(row['cited'])})"


def _natural_reasons(row: dict[str, Any]) -> list[str]:
    reasons = list(row["problems"])
    reasons += speaker_and_refusal_reasons(row)
    if row.get("single_ok") is False:
        reasons.append(f"expected only {short_ids([row['single_gold']])}")
    if row.get("yes_no_ok") is False:
        reasons.append(f"opens with {row['opening_word']!r}")
    if row["missing_facts"]:
        reasons.append(f"missing facts: {', '.join(row['missing_facts'])}")
    unsupported = sorted(set(row.get("supporting_gold", [])) - set(row.get("supported", [])))
    if unsupported:
        reasons.append(f"no quote saying the same as the supporting sentence: {short_ids(unsupported)}")
    if row["repeated"]:
        reasons.append(f"{len(row['repeated'])} sentence(s) quoted twice")
    return reasons


def _natural_failures(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        if reasons := _natural_reasons(row):
            lines.append(f"- `{row['id']}` ({row['type']}) {row['question']} — " + "; ".join(reasons)
                         + f". {_answered(row)}")
    return lines


def _turn_reasons(turn: dict[str, Any]) -> list[str]:
    """Why a dialogue turn failed, by the rule of its type."""
    reasons = list(turn["problems"])
    if turn["repeated"]:
        reasons.append(f"{len(turn['repeated'])} sentence(s) quoted twice")
    if turn["turn_ok"]:
        return reasons
    if turn["type"] == "unanswerable":
        return [*reasons, "answered, but the summary does not say"]
    if not turn["answerable"]:
        reasons.append("refused")
    if turn.get("yes_no_ok") is False:
        reasons.append(f"opens with {turn['opening_word']!r}")
    if turn["type"] in ("meeting", "yes_no"):
        return reasons + ([f"missing facts: {', '.join(turn['missing_facts'])}"]
                          if turn["missing_facts"] else [])
    return [*reasons, f"expected {short_ids(turn['gold_statements'])} "
                      "(and at least half of what is cited relevant)"]


def _turn_failures(turns: list[dict[str, Any]]) -> list[str]:
    lines = []
    for turn in turns:
        if reasons := _turn_reasons(turn):
            lines.append(f"- `{turn['id']}` ({turn['type']}) {turn['question']} — means "
                         f"{turn['gold_resolved']!r}, read as {turn['resolved']!r}; " + "; ".join(reasons)
                         + f". {_answered(turn)}")
    return lines
