"""Score answers against the hand-labelled eval set.

- who-said: speaker precision, recall and F1 of the cited statements against the gold list
  (macro-averaged over the questions that have one: who-said questions and list follow-ups);
- facts: share of labelled facts (figures, names) that appear in the answer or its quotes,
  figures normalised ("nine" = "9", "1,100" = "1100");
- refusals: precision and recall of `answerable=false` against the `unanswerable` questions;
- follow-ups: share answered with the right statements (cited statements cover a gold one and
  at least half of what is cited is relevant);
- citation validity: every `[n]` resolves, every quote is verbatim in its statement and maps
  back onto the source file (must be 100%);
- latency of `ask`, p50/p95.
"""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path
from typing import Any

from hrcqa.evaluation.retrieval import EvalQuestion, latency_summary
from hrcqa.models import Answer, Citation, Statement
from hrcqa.text.markers import marker_numbers
from hrcqa.text.markup import SUPERSCRIPTS, strip_markup_fragment
from hrcqa.text.numbers import words_to_digits


def bare(text: str) -> str:
    """Text without markup (`strip_markup_fragment`: a source span may cut a link) and without
    whitespace, which page breaks fold differently in the source and in the clean statement text."""
    return re.sub(r"\s+", "", strip_markup_fragment(text))


def _without_footnotes(text: str) -> str:
    return re.sub(rf"^[{SUPERSCRIPTS}]+ .*$", "", text, flags=re.M)


def unresolved_markers(answer: Answer) -> list[int]:
    """The `[n]` markers of the answer text (repeats included) that no citation resolves."""
    numbers = {c.n for c in answer.citations}
    return [n for n in marker_numbers(answer.answer) if n not in numbers]


def is_verbatim(citation: Citation, statements: dict[str, Statement]) -> bool:
    """Whether the citation's quote is a verbatim substring of the statement it names."""
    statement = statements.get(citation.statement_id)
    return statement is not None and citation.quote in statement.text


def citation_problems(answer: Answer, statements: dict[str, Statement], sources: dict[str, str]
                      ) -> list[str]:
    """Why an answer's citations are invalid ([] when every marker and quote checks out):
    every `[n]` resolves, every quote is verbatim in its statement, `source[start:end]` holds
    it, and its `spans` spell it exactly (markup aside)."""
    problems = [f"[{n}] resolves to no citation" for n in unresolved_markers(answer)]
    for citation in answer.citations:
        if not is_verbatim(citation, statements):
            problems.append(f"[{citation.n}] quote is not verbatim in {citation.statement_id}")
            continue
        source = sources.get(statements[citation.statement_id].document_id, "")
        if bare(citation.quote) not in bare(_without_footnotes(source[citation.start:citation.end])):
            problems.append(f"[{citation.n}] source[{citation.start}:{citation.end}] lacks the quote")
        if bare("".join(source[s.start:s.end] for s in citation.spans)) != bare(citation.quote):
            problems.append(f"[{citation.n}] source spans do not spell the quote")
    return problems


def normalise_figures(text: str) -> str:
    """"1,100" -> "1100", "nine" -> "9", lower case: so "nine" and "9" count as the same fact."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return words_to_digits(text, up_to=10).lower()


def speaker_scores(predicted: set[str], gold: set[str]) -> tuple[float, float, float]:
    """(precision, recall, F1); an empty prediction has precision 1 only if gold is empty too."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else float(not gold)
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fact_share(answer: Answer, facts: list[str]) -> float:
    """Share of the facts in the answer or its quotes (figures normalised)."""
    text = normalise_figures(answer.answer + " " + " ".join(c.quote for c in answer.citations))
    return sum(normalise_figures(fact) in text for fact in facts) / len(facts) if facts else 1.0


def followup_correct(answer: Answer, question: EvalQuestion) -> bool:
    cited = {c.statement_id for c in answer.citations}
    gold = {s for s, g in question.relevant.items() if g == 2}
    relevant = set(question.relevant)
    return answer.answerable and bool(cited & gold) and len(cited & relevant) >= len(cited) / 2


def sources_of(retriever: Any) -> dict[str, str]:
    documents = retriever.index.manifest.get("documents", [])
    return {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in documents
            if Path(d["path"]).exists()}


def evaluate_answers(retriever: Any, questions: list[EvalQuestion]) -> dict[str, Any]:
    """Answer every question and score the answers (see module docstring)."""
    from hrcqa.answer.answerer import Answerer

    answerer = Answerer(retriever)
    statements = retriever.statements
    sources = sources_of(retriever)
    rows: list[dict[str, Any]] = []
    latencies: list[float] = []
    for question in questions:
        started = time.perf_counter()
        answer = answerer.ask(question.question, history=[tuple(h[:2]) for h in question.history])
        latencies.append(time.perf_counter() - started)
        rows.append(score_answer(question, answer, statements, sources))
    return aggregate(rows, latencies)


def score_answer(question: EvalQuestion, answer: Answer, statements: dict[str, Statement],
                 sources: dict[str, str]) -> dict[str, Any]:
    """One answer's row: what it cited, its citation problems, fact share, and the who-said
    and follow-up scores where the question has them."""
    cited = {c.statement_id for c in answer.citations}
    row: dict[str, Any] = {
        "id": question.id, "type": question.type, "question": question.question,
        "answerable": answer.answerable, "question_type": answer.question_type,
        "cited": sorted(cited), "problems": citation_problems(answer, statements, sources),
        "facts": fact_share(answer, question.facts), "n_facts": len(question.facts),
    }
    if question.speakers:  # who-said questions, and follow-ups such as "Which of them are NGOs?"
        row["speaker_prf"] = speaker_scores(cited, set(question.speakers))
        row["gold"] = sorted(question.speakers)
    if question.type == "followup":
        row["followup_ok"] = followup_correct(answer, question)
        row["resolved"] = answer.resolved_question
    return row


def mean(values: list[float]) -> float:
    return round(statistics.fmean(values), 4) if values else 0.0


def aggregate(rows: list[dict[str, Any]], latencies: list[float]) -> dict[str, Any]:
    """The metrics of the module docstring over scored rows (see `score_answer`)."""
    who = [r["speaker_prf"] for r in rows if "speaker_prf" in r]
    refused = [r for r in rows if not r["answerable"]]
    unanswerable = [r for r in rows if r["type"] == "unanswerable"]
    correct_refusals = [r for r in refused if r["type"] == "unanswerable"]
    with_facts = [r for r in rows if r["n_facts"]]
    followups = [r for r in rows if "followup_ok" in r]
    return {
        "questions": len(rows),
        "who_said": {"precision": mean([p for p, _, _ in who]), "recall": mean([r for _, r, _ in who]),
                     "f1": mean([f for _, _, f in who]), "questions": len(who)},
        "facts": {"containment": mean([r["facts"] for r in with_facts]), "questions": len(with_facts)},
        "refusal": {"precision": round(len(correct_refusals) / len(refused), 4) if refused else 1.0,
                    "recall": round(len(correct_refusals) / len(unanswerable), 4) if unanswerable else 1.0,
                    "false_refusals": len(refused) - len(correct_refusals),
                    "answered_unanswerable": len(unanswerable) - len(correct_refusals)},
        "followup": {"accuracy": mean([float(r["followup_ok"]) for r in followups]),
                     "questions": len(followups)},
        "citation_validity": mean([float(not r["problems"]) for r in rows]),
        "latency": latency_summary(latencies),
        "rows": rows,
    }


def answer_report(answers: dict[str, Any]) -> list[str]:
    """Markdown sections: the answer metrics and the questions that failed."""
    from hrcqa.evaluation.report import table

    who, refusal = answers["who_said"], answers["refusal"]
    metrics = table(["measure", "value"], [
        [f"who-said speaker precision ({who['questions']} questions with a gold list)",
         who["precision"]],
        ["who-said speaker recall", who["recall"]], ["who-said speaker F1", who["f1"]],
        [f"fact containment ({answers['facts']['questions']} questions)",
         answers["facts"]["containment"]],
        ["refusal precision", refusal["precision"]], ["refusal recall", refusal["recall"]],
        ["answerable questions refused", refusal["false_refusals"]],
        ["unanswerable questions answered", refusal["answered_unanswerable"]],
        [f"follow-up accuracy ({answers['followup']['questions']} questions)",
         answers["followup"]["accuracy"]],
        ["citation validity", answers["citation_validity"]],
        ["ask latency p50 ms", answers["latency"]["p50_ms"]],
        ["ask latency p95 ms", answers["latency"]["p95_ms"]],
    ])
    return ["## Answers", metrics, "## Answer failures", "\n".join(_failures(answers["rows"]))
            or "None."]


def _failures(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        reasons = list(row["problems"])
        reasons += speaker_and_refusal_reasons(row)
        if row["n_facts"] and row["facts"] < 1.0:
            reasons.append(f"only {row['facts']:.0%} of the facts")
        if row.get("followup_ok") is False:
            reasons.append(f"follow-up resolved as {row['resolved']!r}, cited {short_ids(row['cited'])}")
        if reasons:
            lines.append(f"- `{row['id']}` ({row['type']}) {row['question']} — " + "; ".join(reasons))
    return lines


def speaker_and_refusal_reasons(row: dict[str, Any]) -> list[str]:
    """Why a scored row fails on speakers or on answering at all, for the failure lists of
    both slices' reports.

    >>> speaker_and_refusal_reasons({"type": "unanswerable", "answerable": True})
    ['answered, but the summary does not say']
    """
    reasons = []
    if "speaker_prf" in row and row["speaker_prf"][2] < 1.0:
        missing = sorted(set(row["gold"]) - set(row["cited"]))
        extra = sorted(set(row["cited"]) - set(row["gold"]))
        reasons.append(f"speakers missing: {short_ids(missing)}; wrongly included: {short_ids(extra)}")
    if (row["type"] == "unanswerable") == row["answerable"]:
        reasons.append("answered, but the summary does not say" if row["answerable"]
                       else "refused an answerable question")
    return reasons


def short_ids(ids: list[str]) -> str:
    """Statement ids without their document prefix, comma-separated ("none" if empty)."""
    return ", ".join(i.split("/")[-1] for i in ids) or "none"
