"""The natural slice's scoring: each metric on hand-made answers with hand-computed values, the
dialogue history, the two label files, and `hrcqa eval --slice natural` once with the real model."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from hrcqa.cli import app
from hrcqa.evaluation.dialogues import Dialogue, ask_dialogue, load_dialogues
from hrcqa.evaluation.natural import (
    cites_only,
    meeting_correct,
    opening_word,
    repeated_sentences,
    says_the_same,
    score_natural,
    single_speaker,
    supported_speakers,
    token_f1,
    turn_correct,
    yes_no_correct,
)
from hrcqa.evaluation.retrieval import EvalQuestion, load_questions
from hrcqa.models import Answer, Citation, Statement

from .conftest import CORPUS_DIR, ROOT

NATURAL = ROOT / "eval" / "natural.jsonl"
DIALOGUES = ROOT / "eval" / "dialogues.jsonl"
EU, MALTA, NZ = "hrc60-belarus/european-union", "hrc60-belarus/malta", "hrc60-belarus/new-zealand"
MALTA_SAYS = ("Finally, Malta urges the Belarusian authorities to abolish the death penalty and as a "
              "first step establish a moratorium.")
EU_SAYS = ("The EU continues to urge the Belarusian authorities to abolish the death penalty, and as a "
           "first step, to introduce a moratorium.")
EU_PART = "The EU continues to urge the Belarusian authorities to abolish the death penalty"
NZ_SAYS = ("It calls upon Belarus to heed repeated calls to abolish the death penalty, an inherently "
           "cruel and irreversible punishment.")
NZ_CONCERNED = ("Finally, New Zealand remains deeply concerned by the continued use of the death penalty "
                "in Belarus, the only country in Europe that still actively uses capital punishment.")


def cite(n: int, statement: Statement, quote: str) -> Citation:
    """A valid citation of a verbatim quote (offsets from the statement's own source map)."""
    at = statement.text.index(quote)
    spans = statement.source_spans(at, at + len(quote))
    return Citation(n=n, speaker=statement.speaker, kind=statement.kind, quote=quote,
                    statement_id=statement.id, passage_id=f"{statement.id}#0",
                    document_id=statement.document_id, start=spans[0].start, end=spans[-1].end,
                    spans=spans)


def answer(text: str, citations: list[Citation] = (), answerable: bool = True) -> Answer:
    return Answer(question="?", resolved_question="?", answer=text, answerable=answerable,
                  question_type="test", citations=list(citations))


def question(qid: str, kind: str, relevant: dict[str, int] | None = None, **labels) -> EvalQuestion:
    return EvalQuestion(id=qid, split="dev", type=kind, question=f"{qid}?", relevant=relevant or {},
                        **labels)


def test_single_speaker_and_cites_only():
    assert single_speaker(question("a", "speaker_filter", {MALTA: 2, EU: 1})) == MALTA
    assert single_speaker(question("b", "figure", {MALTA: 2, EU: 2})) is None  # two grade-2
    assert single_speaker(question("c", "who_said", {MALTA: 2})) is None  # not a single type
    assert cites_only({MALTA}, MALTA) and not cites_only({MALTA, EU}, MALTA) and not cites_only(set(), MALTA)


def test_opening_word_and_yes_no():
    assert [opening_word(t) for t in ("**Yes**: it is.", "No, France did not.", "1 speaker", "")] == \
        ["yes", "no", "speaker", ""]
    assert yes_no_correct(answer("No. France put no question to the experts."), ["no"])
    assert not yes_no_correct(answer("The summary records no question from France."), ["no"])
    assert yes_no_correct(answer("Yes: Estonia is one of them."), ["yes", "Estonia"])
    assert not yes_no_correct(answer("Yes: Latvia is one of them."), ["yes", "Estonia"])  # fact missing
    assert not yes_no_correct(answer("Nothing."), ["no"])  # "nothing" is not "no"


def test_meeting_needs_every_fact_and_no_refusal():
    assert meeting_correct(answer("Ten NGOs and 1,100 prisoners."), ["10", "1100"])  # normalised
    assert not meeting_correct(answer("10 NGOs spoke."), ["10", "Viasna"])
    assert not meeting_correct(answer("10 NGOs spoke.", answerable=False), ["10"])


def test_says_the_same_is_token_f1_at_least_half():
    # [malta, urg, abolit] vs [malta, urg, moratorium]: 2 shared of 3 and 3 -> F1 2/3
    assert token_f1("Malta urges abolition", "Malta urges a moratorium") == 0.6667
    # the first 8 of the sentence's 12 content words: P 1, R 8/12 -> F1 0.8
    assert token_f1(EU_PART, EU_SAYS) == 0.8 and says_the_same(EU_PART, EU_SAYS)
    # 4 shared (death, penalti, belarus, punish) of 19 and 13 words -> F1 8/32
    assert token_f1(NZ_CONCERNED, NZ_SAYS) == 0.25 and not says_the_same(NZ_CONCERNED, NZ_SAYS)
    assert token_f1("*Quashing* [Dissent](#)", "Quashing Dissent") == 1.0  # markup is not a word
    supporting = {EU: EU_SAYS, MALTA: MALTA_SAYS, NZ: NZ_SAYS}
    quotes = {EU: [EU_PART], MALTA: ["Malta thanks the Group.", MALTA_SAYS], NZ: [NZ_CONCERNED]}
    assert supported_speakers(quotes, supporting) == [EU, MALTA]


def test_repeated_sentences_across_quotes_of_one_answer():
    malta, eu = "d/malta", "d/eu"
    assert repeated_sentences([(malta, MALTA_SAYS), (malta, f"Malta spoke. {MALTA_SAYS}"),
                               (eu, EU_SAYS)]) == [MALTA_SAYS]
    assert repeated_sentences([(malta, MALTA_SAYS), (eu, EU_SAYS)]) == []
    # the same words in two statements (the panel's members share sentences) are two sentences
    assert repeated_sentences([(malta, MALTA_SAYS), (eu, MALTA_SAYS)]) == []


def test_turn_correct_by_type(by_id):
    malta = cite(1, by_id[MALTA], MALTA_SAYS)
    eu = cite(2, by_id[EU], EU_SAYS)
    france = cite(3, by_id["hrc60-belarus/france"], by_id["hrc60-belarus/france"].text[:40])
    refused = answer("The summary does not say this.", answerable=False)
    assert turn_correct(refused, question("t", "unanswerable"))
    assert not turn_correct(answer("Malta [1]", [malta]), question("t", "unanswerable"))
    assert turn_correct(answer("No, it did not."), question("t", "yes_no", {MALTA: 2}, facts=["no"]))
    assert turn_correct(answer("17 States"), question("t", "meeting", facts=["17"]))
    listing = question("t", "who_said", {MALTA: 2, EU: 1})
    assert turn_correct(answer("[1][2]", [malta, eu]), listing)  # gold cited, 2 of 2 relevant
    assert turn_correct(answer("[1][3]", [malta, france]), listing)  # 1 of 2 relevant: half
    assert not turn_correct(answer("[2][3]", [eu, france]), listing)  # no grade-2 statement
    assert not turn_correct(refused, listing)


def test_ask_dialogue_carries_the_chat_so_far():
    class Scripted:
        def __init__(self):
            self.histories: list[list[tuple[str, str]]] = []

        def ask(self, text: str, history=None) -> Answer:
            self.histories.append(list(history))
            return answer(f"reply to {text}")

    dialogue = Dialogue(id="d", split="dev", turns=[question(f"d.t{n}", "single") for n in (1, 2, 3)])
    bot = Scripted()
    asked = ask_dialogue(bot, dialogue)
    assert [turn.id for turn, _, _ in asked] == ["d.t1", "d.t2", "d.t3"]
    assert bot.histories == [[], [("d.t1?", "reply to d.t1?")],
                             [("d.t1?", "reply to d.t1?"), ("d.t2?", "reply to d.t2?")]]


def test_score_natural_hand_computed(by_id, source_text):
    malta, eu_part = cite(1, by_id[MALTA], MALTA_SAYS), cite(2, by_id[EU], EU_PART)
    nz = cite(3, by_id[NZ], NZ_CONCERNED)
    invented = Citation(**(malta.model_dump() | {"quote": "Malta says hello."}))
    refused = answer("The summary does not say this.", answerable=False)
    asked = [
        (question("n1", "who_said", {EU: 2, MALTA: 2, NZ: 2}, speakers=[EU, MALTA, NZ],
                  supporting={EU: EU_SAYS, MALTA: MALTA_SAYS, NZ: NZ_SAYS}),
         answer("EU [2], Malta [1], New Zealand [3]", [malta, eu_part, nz]), 0.01),
        (question("n2", "speaker_filter", {MALTA: 2, EU: 1}), answer("Malta [1]", [malta]), 0.02),
        (question("n3", "asked_panel", {MALTA: 2}),  # also cites the EU, repeats a sentence, [4]
         answer("[1][2][3][4]", [malta, cite(2, by_id[MALTA], MALTA_SAYS), cite(3, by_id[EU], EU_PART)]),
         0.03),
        (question("n4", "meeting", facts=["10"]), answer("10 NGOs took the floor."), 0.04),
        (question("n5", "meeting", facts=["3"]), refused, 0.05),
        (question("n6", "yes_no", {MALTA: 2}, facts=["no"]), answer("No. It asked nothing."), 0.06),
        (question("n7", "yes_no", {MALTA: 2}, facts=["yes", "Estonia"]), answer("The summary..."), 0.07),
        (question("n8", "unanswerable"), answer("Malta [1]", [invented]), 0.08),
    ]
    long = Dialogue(id="d1", split="dev", turns=[question(f"d1.t{n}", "single", {MALTA: 2})
                                                 for n in range(1, 13)])
    short = Dialogue(id="d2", split="dev", turns=[question("d2.t1", "unanswerable")])
    turns = [(long, turn, answer("Malta [1]", [malta]) if n < 9 else refused, 0.1)
             for n, turn in enumerate(long.turns)] + [(short, short.turns[0], refused, 0.1)]
    sources = {"hrc60-belarus": source_text}
    scores = score_natural(asked, turns, by_id, sources)
    assert scores["who_said"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "questions": 1}
    assert scores["single_speaker"] == {"accuracy": 0.5, "questions": 2}  # n2 right, n3 cites the EU
    assert scores["refusal"] == {"answerable_refused_rate": round(1 / 7, 4), "answerable_refused": 1,
                                 "answerable": 7, "unanswerable_answered": 1, "unanswerable": 1}
    assert scores["meeting"] == {"accuracy": 0.5, "questions": 2}
    assert scores["yes_no"] == {"accuracy": 0.5, "questions": 2}
    assert scores["quotes"] == {"non_verbatim": 1, "unresolved_markers": 1, "repeated_sentences": 1,
                                "answers": 21, "supporting": {"share": 0.6667, "supported": 2,
                                                              "gold_speakers": 3}}
    assert scores["citation_validity"] == round(19 / 21, 4)  # n3 ([4]) and n8 (invented quote)
    followups = scores["followups"]
    assert followups["accuracy"] == round(10 / 13, 4) and followups["turns"] == 13  # 9 + the refusal
    assert followups["long"] == {"accuracy": 0.75, "turns": 12, "dialogues": ["d1"]}
    assert followups["by_dialogue"]["d2"] == {"right": 1, "turns": 1, "long": False}
    assert [r["id"] for r in scores["rows"] if r.get("yes_no_ok") is False] == ["n7"]


def test_load_dialogues_numbers_turns_and_filters_by_split(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "d1", "split": "dev", "turns": [{"question": "a", "type": "single"}]}\n'
                    '{"id": "d2", "split": "test", "turns": []}\n', encoding="utf-8")
    assert [d.id for d in load_dialogues(path, "dev")] == ["d1"]
    assert load_dialogues(path, "all")[0].turns[0].id == "d1.t1"


def test_natural_files_are_well_formed(parsed, source_text):
    ids = {s.id for s in parsed.statements}
    questions = load_questions(NATURAL)
    dialogues = load_dialogues(DIALOGUES)
    assert len(questions) == 1092 and len({q.id for q in questions}) == 1092
    assert len(dialogues) == 275 and {d.split for d in dialogues} == {"dev", "test"}
    for kind in {q.type for q in questions}:
        assert {q.split for q in questions if q.type == kind} == {"dev", "test"}, kind
    turns = [t for d in dialogues for t in d.turns]
    for item in [*questions, *turns]:
        assert set(item.relevant) | set(item.speakers) | set(item.supporting) <= ids, item.id
        facts = item.facts[1:] if item.type == "yes_no" else item.facts
        assert all(fact in source_text for fact in facts), item.id
        if item.type == "yes_no":
            assert item.facts[0] in ("yes", "no"), item.id
        if item.type == "unanswerable":
            assert not item.relevant, item.id
    for item in questions:
        assert all(sentence in source_text for sentence in item.supporting.values()), item.id
        if item.type == "who_said" and item.supporting:  # none for "which ... did NOT mention X"
            assert set(item.supporting) == set(item.speakers), item.id
    assert sum(len(q.supporting) > 0 for q in questions) == 566
    assert all(t.resolved for t in turns)
    assert sorted(len(d.turns) for d in dialogues if d.long) == \
        [12] * 28 + [13] * 31 + [14] * 28


def test_eval_natural_slice_on_the_real_index(settings, retriever, tmp_path):
    args = ["--corpus-dir", str(CORPUS_DIR), "--index-dir", str(settings.index_dir)]
    out = tmp_path / "natural.md"
    result = CliRunner().invoke(app, ["eval", "--slice", "natural", "--split", "dev", "--json",
                                      "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["answers"]
    assert (scores["questions"], scores["turns"]) == (997, 2002)
    assert scores["quotes"]["non_verbatim"] == 0 and scores["quotes"]["unresolved_markers"] == 0
    assert scores["citation_validity"] == 1.0
    report = out.read_text(encoding="utf-8")
    assert "## Question failures" in report and "## Dialogue turn failures" in report


# Just under what the natural slice's test half measured with everything tuned on its dev half
# (README "Answer quality"); a regression fails, and lowering one needs a reason in the commit.
# The test half grew once, by 20 questions and 4 dialogues written fresh by a labeller who had not
# seen the code (f001-f040, f-d01-f-d08, split before any tuning); the floors were measured again
# then. Since, only dev grew (g... to y...), and these floors were raised to the new test values
# (follow-ups 0.78 -> 0.80 when the test half reached 65 of 80 turns; who-said precision 0.79 -> 0.80
# and F1 0.75 -> 0.76 at 0.8005 and 0.7655; meeting facts 0.78 -> 0.85 at 12 of 14, 0.857;
# unanswerable answered at most 1 -> 0 when a vote of the Council was no longer answered;
# follow-ups 0.80 -> 0.82 at 66 of 80, 0.825, when a word sharing only its stem stopped counting,
# and 0.82 -> 0.83 at 67 of 80, 0.8375, when "that number" became the figure just given; single
# speaker 0.89 -> 0.91 at 34 of 37, 0.919, when a claim had to be said in its words).
NATURAL_TEST_FLOORS = {("who_said", "precision"): 0.80, ("who_said", "recall"): 0.78,
                       ("who_said", "f1"): 0.76, ("single_speaker", "accuracy"): 0.91,
                       ("meeting", "accuracy"): 0.85, ("yes_no", "accuracy"): 0.89,
                       ("facts", "containment"): 0.93, ("followups", "accuracy"): 0.83}
NATURAL_TEST_CEILINGS = {("refusal", "answerable_refused_rate"): 0.04,
                         ("refusal", "unanswerable_answered"): 0}


def test_natural_slice_test_half_stays_above_its_floors(settings, retriever):
    args = ["--corpus-dir", str(CORPUS_DIR), "--index-dir", str(settings.index_dir)]
    result = CliRunner().invoke(app, ["eval", "--slice", "natural", "--split", "test", "--json", *args])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["answers"]
    assert scores["quotes"]["non_verbatim"] == 0 and scores["quotes"]["repeated_sentences"] == 0
    assert scores["quotes"]["supporting"]["share"] >= 0.69
    for (group, name), floor in NATURAL_TEST_FLOORS.items():
        assert scores[group][name] >= floor, (group, name, scores[group][name])
    for (group, name), ceiling in NATURAL_TEST_CEILINGS.items():
        assert scores[group][name] <= ceiling, (group, name, scores[group][name])


def test_eval_rejects_an_unknown_slice():
    result = CliRunner().invoke(app, ["eval", "--slice", "nope"])
    assert result.exit_code == 2 and "main" in result.stderr and "natural" in result.stderr
