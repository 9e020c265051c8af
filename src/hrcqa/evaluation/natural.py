"""Score answers on the natural slice (`eval/natural.jsonl`, `eval/dialogues.jsonl`).

The metrics (eval/README.md, "How the natural slice is scored", says the same for labellers):

- who-said: speaker precision/recall/F1 of `hrcqa.evaluation.answers`, over the questions with
  a gold `speakers` list;
- single speaker: a `speaker_filter`, `asked_panel`, `single` or `figure` question whose
  `relevant` has exactly one grade-2 statement is right when the answer is not a refusal and the
  set of statements it cites is exactly that one (`cites_only`);
- refusals: answerable questions (every type but `unanswerable`) the bot refused, as a rate;
  unanswerable questions it answered, as a count out of N;
- meeting: right when the answer is not a refusal and contains every fact (`fact_share` = 1,
  figures normalised); yes/no: right when the answer's opening word is the first fact ("yes" or
  "no") and it contains the other facts (`yes_no_correct`);
- quotes: citations not verbatim in their statement, `[n]` markers no citation resolves, and
  sentences quoted by two citations of one answer (`repeated_sentences`), over every answer of
  the slice (questions and dialogue turns); supporting: the share of the gold speakers of
  who-said questions with `supporting` whose cited quotes include one that says the same as
  their supporting sentence (`says_the_same`: token F1 >= 0.5);
- dialogues: a turn is right by the same rule as its type above (`turn_correct`).

Pure functions over `Answer`s and labels, and `evaluate_natural`, which asks the questions and
the dialogues (`hrcqa.evaluation.dialogues`) and aggregates per split.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from typing import Any

from hrcqa.evaluation.answers import (
    aggregate,
    fact_share,
    followup_correct,
    is_verbatim,
    mean,
    score_answer,
    sources_of,
    unresolved_markers,
)
from hrcqa.evaluation.dialogues import Dialogue, ask_dialogue
from hrcqa.evaluation.retrieval import EvalQuestion, latency_summary
from hrcqa.models import Answer, Statement
from hrcqa.text.markup import strip_markup_fragment
from hrcqa.text.sentences import split_sentences
from hrcqa.text.tokenize import tokenize

SINGLE_SPEAKER_TYPES = ("speaker_filter", "asked_panel", "single", "figure")
SAME_F1 = 0.5  # fixed before any run; not calibrated
_WORD = re.compile(r"[^\W\d_]+")


def single_speaker(question: EvalQuestion) -> str | None:
    """The one grade-2 statement of a single-speaker question, else None.

    >>> single_speaker(EvalQuestion(id="n1", split="dev", type="single", question="?",
    ...                             relevant={"d/malta": 2, "d/france": 1}))
    'd/malta'
    """
    gold = [sid for sid, grade in question.relevant.items() if grade == 2]
    return gold[0] if question.type in SINGLE_SPEAKER_TYPES and len(gold) == 1 else None


def cites_only(cited: set[str], gold: str) -> bool:
    """Whether the cited statements are the gold one and nothing of another speaker.

    >>> cites_only({"d/malta"}, "d/malta"), cites_only({"d/malta", "d/eu"}, "d/malta")
    (True, False)
    """
    return cited == {gold}


def opening_word(text: str) -> str:
    """The answer's first word (letters only, markup skipped), lower-cased; "" if none.

    >>> opening_word("**No.** France asked nothing."), opening_word("Not recorded"), opening_word("")
    ('no', 'not', '')
    """
    found = _WORD.search(text)
    return found.group().lower() if found else ""


def yes_no_correct(answer: Answer, facts: list[str]) -> bool:
    """The opening word is the first fact ("yes"/"no") and the other facts are in the answer.

    >>> yes_no_correct(_answer("Yes: Estonia is a Nordic-Baltic state."), ["yes", "Estonia"])
    True
    >>> yes_no_correct(_answer("The summary records Estonia."), ["yes", "Estonia"])
    False
    """
    return bool(facts) and opening_word(answer.answer) == facts[0].lower() and \
        fact_share(answer, facts[1:]) == 1.0


def meeting_correct(answer: Answer, facts: list[str]) -> bool:
    """Not a refusal, and every fact is in the answer or its quotes (figures normalised).

    >>> meeting_correct(_answer("Ten NGOs took the floor."), ["10"])
    True
    >>> meeting_correct(_answer("Ten NGOs took the floor.", answerable=False), ["10"])
    False
    """
    return answer.answerable and fact_share(answer, facts) == 1.0


def token_f1(quote: str, sentence: str) -> float:
    """F1 of the stemmed content words (`tokenize`, markup stripped) of two texts, as bags.

    >>> token_f1("urges Belarus to abolish the death penalty", "Abolishing the death penalty")
    0.75
    """
    a, b = (Counter(tokenize(strip_markup_fragment(t))) for t in (quote, sentence))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return round(2 * precision * recall / (precision + recall), 4)


def says_the_same(quote: str, sentence: str) -> bool:
    """Whether a cited quote says the same as a supporting sentence: token F1 >= 0.5.

    >>> says_the_same("The EU urges Belarus to abolish the death penalty.",
    ...               "The EU continues to urge the Belarusian authorities to abolish the death penalty.")
    True
    >>> says_the_same("The EU thanks the Group.", "The EU urges Belarus to abolish the death penalty.")
    False
    """
    return token_f1(quote, sentence) >= SAME_F1


def supported_speakers(quotes: dict[str, list[str]], supporting: dict[str, str]) -> list[str]:
    """The gold speakers (keys of `supporting`) one of whose cited quotes says the same as their
    supporting sentence; `quotes` maps statement id -> the answer's quotes of it.

    >>> supported_speakers({"d/malta": ["Malta urges abolition of the death penalty."]},
    ...                    {"d/malta": "Malta urges abolition of the death penalty.", "d/eu": "EU too."})
    ['d/malta']
    """
    return [sid for sid, sentence in supporting.items()
            if any(says_the_same(quote, sentence) for quote in quotes.get(sid, []))]


def repeated_sentences(quotes: list[tuple[str, str]]) -> list[str]:
    """Sentences (whitespace folded) that occur in two or more of one answer's quotes of one
    statement, given as (statement id, quote). The same words in two statements (the panel's
    members share some sentences) are two sentences of the source, each quoted once.

    >>> repeated_sentences([("d/malta", "Malta agrees. It urges abolition."),
    ...                     ("d/malta", "It urges  abolition."), ("d/eu", "Malta agrees.")])
    ['It urges abolition.']
    """
    seen: Counter[tuple[str, str]] = Counter()
    for statement_id, quote in quotes:
        seen.update({(statement_id, " ".join(quote[s:e].split())) for s, e in split_sentences(quote)})
    return [sentence for (_, sentence), count in seen.items() if count > 1]


def turn_correct(answer: Answer, question: EvalQuestion) -> bool:
    """A dialogue turn by its type: refused if unanswerable; the meeting and yes/no rules; else
    `followup_correct` (cites a grade-2 statement, at least half of what it cites relevant)."""
    if question.type == "unanswerable":
        return not answer.answerable
    if question.type == "meeting":
        return meeting_correct(answer, question.facts)
    if question.type == "yes_no":
        return yes_no_correct(answer, question.facts)
    return followup_correct(answer, question)


def natural_row(question: EvalQuestion, answer: Answer, statements: dict[str, Statement]
                ) -> dict[str, Any]:
    """The natural-slice scores of one answer (merged into `score_answer`'s row)."""
    facts = question.facts[1:] if question.type == "yes_no" else question.facts  # [0]: yes/no
    quotes: dict[str, list[str]] = {}
    for citation in answer.citations:
        quotes.setdefault(citation.statement_id, []).append(citation.quote)
    row: dict[str, Any] = {
        "answer": answer.answer,
        "non_verbatim": sum(not is_verbatim(c, statements) for c in answer.citations),
        "unresolved": len(unresolved_markers(answer)),
        "repeated": repeated_sentences([(c.statement_id, c.quote) for c in answer.citations]),
        "missing_facts": [f for f in facts if not fact_share(answer, [f])],
    }
    gold = single_speaker(question)
    if gold is not None:
        row["single_gold"] = gold
        row["single_ok"] = answer.answerable and cites_only(set(quotes), gold)
    if question.type == "meeting":
        row["meeting_ok"] = meeting_correct(answer, question.facts)
    if question.type == "yes_no":
        row["yes_no_ok"] = yes_no_correct(answer, question.facts)
        row["opening_word"] = opening_word(answer.answer)
    if question.supporting:
        row["supporting_gold"] = sorted(question.supporting)
        row["supported"] = supported_speakers(quotes, question.supporting)
    return row


def evaluate_natural(retriever: Any, questions: list[EvalQuestion], dialogues: list[Dialogue]
                     ) -> dict[str, Any]:
    """Answer every question (no history) and every dialogue turn (with the chat so far), and
    score them (see the module docstring)."""
    from hrcqa.answer.answerer import Answerer

    answerer = Answerer(retriever)
    asked: list[tuple[EvalQuestion, Answer, float]] = []
    for question in questions:
        started = time.perf_counter()
        answer = answerer.ask(question.question)
        asked.append((question, answer, time.perf_counter() - started))
    turns = [(dialogue, *turn) for dialogue in dialogues for turn in ask_dialogue(answerer, dialogue)]
    return score_natural(asked, turns, retriever.statements, sources_of(retriever))


def score_natural(asked: list[tuple[EvalQuestion, Answer, float]],
                  turns: list[tuple[Dialogue, EvalQuestion, Answer, float]],
                  statements: dict[str, Statement], sources: dict[str, str]) -> dict[str, Any]:
    """The slice's metrics from (question, answer, seconds) and (dialogue, turn, answer, seconds)."""
    rows = [score_answer(question, answer, statements, sources) | natural_row(question, answer, statements)
            for question, answer, _ in asked]
    turn_rows = [score_answer(turn, answer, statements, sources) | natural_row(turn, answer, statements)
                 | {"dialogue": dialogue.id, "long": dialogue.long,
                    "resolved": answer.resolved_question, "gold_resolved": turn.resolved,
                    "turn_ok": turn_correct(answer, turn),
                    "gold_statements": sorted(s for s, g in turn.relevant.items() if g == 2)}
                 for dialogue, turn, answer, _ in turns]
    latencies = [seconds for *_, seconds in asked] + [seconds for *_, seconds in turns]
    return aggregate_natural(rows, turn_rows, latencies)


def _share(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


def aggregate_natural(rows: list[dict[str, Any]], turns: list[dict[str, Any]], latencies: list[float]
                      ) -> dict[str, Any]:
    """The slice's metrics from the question rows and dialogue-turn rows `evaluate_natural` scores."""
    answers = rows + turns
    answerable = [r for r in rows if r["type"] != "unanswerable"]
    unanswerable = [r for r in rows if r["type"] == "unanswerable"]
    refused = sum(not r["answerable"] for r in answerable)
    answered = sum(r["answerable"] for r in unanswerable)
    with_facts = [r for r in rows if r["n_facts"] and r["type"] not in ("meeting", "yes_no")]
    gold = sum(len(r.get("supporting_gold", [])) for r in rows)
    supported = sum(len(r.get("supported", [])) for r in rows)
    by_dialogue: dict[str, dict[str, Any]] = {}
    for turn in turns:
        entry = by_dialogue.setdefault(turn["dialogue"], {"right": 0, "turns": 0, "long": turn["long"]})
        entry["right"] += turn["turn_ok"]
        entry["turns"] += 1
    long_turns = [t for t in turns if t["long"]]
    return {
        "questions": len(rows), "turns": len(turns),
        "who_said": aggregate(rows, [])["who_said"],
        "single_speaker": _accuracy(rows, "single_ok"),
        "refusal": {"answerable_refused_rate": _share(refused, len(answerable)),
                    "answerable_refused": refused, "answerable": len(answerable),
                    "unanswerable_answered": answered, "unanswerable": len(unanswerable)},
        "meeting": _accuracy(rows, "meeting_ok"), "yes_no": _accuracy(rows, "yes_no_ok"),
        "facts": {"containment": mean([r["facts"] for r in with_facts]), "questions": len(with_facts)},
        "quotes": {"non_verbatim": sum(r["non_verbatim"] for r in answers),
                   "unresolved_markers": sum(r["unresolved"] for r in answers),
                   "repeated_sentences": sum(len(r["repeated"]) for r in answers),
                   "answers": len(answers),
                   "supporting": {"share": _share(supported, gold), "supported": supported,
                                  "gold_speakers": gold}},
        "citation_validity": mean([float(not r["problems"]) for r in answers]),
        "followups": {"accuracy": mean([float(t["turn_ok"]) for t in turns]), "turns": len(turns),
                      "long": {"accuracy": mean([float(t["turn_ok"]) for t in long_turns]),
                               "turns": len(long_turns),
                               "dialogues": sorted({t["dialogue"] for t in long_turns})},
                      "by_dialogue": by_dialogue},
        "latency": latency_summary(latencies),
        "rows": rows, "turn_rows": turns,
    }


def _accuracy(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Share of the rows that have `key` with a true value, and how many have it."""
    scored = [r[key] for r in rows if key in r]
    return {"accuracy": mean([float(v) for v in scored]), "questions": len(scored)}


def _answer(text: str, answerable: bool = True) -> Answer:
    """A bare answer for the examples above."""
    return Answer(question="?", resolved_question="?", answer=text, answerable=answerable,
                  question_type="test")

