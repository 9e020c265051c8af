"""The app's example questions (`hrcqa.web.examples`): drawn from whichever summary is loaded.

On the second fixture summary (parsed, no model) the examples name only its speakers and quote
only its words; on the real summary the real answerer answers each one as its label says.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hrcqa.corpus.reading import parse_file
from hrcqa.models import Statement
from hrcqa.text.phrases import noun_phrases, phrase_table, salient
from hrcqa.web.examples import QUESTION_TYPES, example_questions

SECOND = Path(__file__).parent / "fixtures" / "second" / \
    "hrc61-examplestan-interactive-dialogue-2026-03-24.txt"
# (label, pattern): the named groups are a speaker (`who`), a member of a group (`member`), a
# phrase of the summary (`topic`), or a person it names (`person`).
SHAPES = {
    "Who said": r"Which delegations mentioned (?P<topic>.+)\?",
    "Speaker and topic": r"What did (?:the )?(?P<who>.+) say about (?P<topic>.+)\?",
    "Follow-up": r"What about (?:the )?(?P<who>.+)\?",
    "Figure": r"How many (?P<topic>.+) are there\?",
    "Asked the panel": r"What did (?:the )?(?P<who>.+) ask the experts\?",
    "Kind of speaker": r"Which NGOs mentioned (?P<topic>.+)\?",
    "Group member": r"What did (?:the )?(?P<member>.+) say\?",
    "Fact": r"What happened to (?P<person>.+)\?",
    "Not in the summary": r"What has happened to (?P<topic>.+) since the meeting\?",
}


@pytest.fixture(scope="module")
def second() -> list[Statement]:
    return parse_file(SECOND).statements


def test_second_summary_examples_are_its_own(second):
    examples = example_questions(second)
    assert examples == [
        ("Who said", "Which delegations mentioned the families of the disappeared?"),
        ("Speaker and topic", "What did Brazil say about the importance of dialogue?"),
        ("Figure", "How many detainees are there?"),
        ("Asked the panel", "What did Canada ask the experts?"),  # Korea asked none
        ("Kind of speaker", "Which NGOs mentioned the dam?"),
        ("Group member", "What did Papua New Guinea say?"),
        ("Fact", "What happened to Idris Vantu?"),
        ("Not in the summary", "What has happened to the families of the disappeared since the meeting?"),
    ]


def test_examples_are_the_same_on_every_start(second):
    """Another process, with another string-hash seed, picks the same examples."""
    script = ("from pathlib import Path; from hrcqa.corpus.reading import parse_file; "
              "from hrcqa.web.examples import example_questions; "
              f"print(example_questions(parse_file(Path({str(SECOND)!r})).statements))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == repr(example_questions(second))


def test_examples_name_only_the_loaded_summary(second, parsed):
    text = " ".join(s.text for s in second)
    speakers = {s.speaker for s in second}
    members = {m for s in second for m in s.members}
    others = {name for s in parsed.statements for name in (s.speaker, *s.members)} - speakers - members
    for label, question in example_questions(second):
        found = re.fullmatch(SHAPES[label], question)
        assert found, (label, question)
        parts = {name: value for name, value in found.groupdict().items() if value}
        assert parts.get("who", "") in speakers | {""}, question
        assert parts.get("member", "") in (members - speakers) | {""}, question
        assert parts.get("topic", "") in text and parts.get("person", "") in text, question
        assert not any(re.search(rf"\b{re.escape(name)}\b", question) for name in others), question


def test_noun_phrases_are_verbatim_runs_after_a_determiner_or_preposition():
    assert noun_phrases("Chile condemns the death penalty and calls for a moratorium.") == [
        "the death penalty", "moratorium"]
    assert noun_phrases("Mexico supports the families of the disappeared.") == [
        "the families", "the families of the disappeared", "the disappeared"]
    assert noun_phrases("for the immediately released") == []  # an adverb is not a noun phrase


def test_salient_prefers_a_shared_multi_word_topic_and_its_longest_form(second):
    table = phrase_table(second)
    delegations = [s.id for s in second if s.kind in ("state", "group", "concerned_country")]
    topic = salient(table, delegations, class_words=500, min_statements=2)
    assert topic.text == "the families of the disappeared" and len(topic.counts) == 2
    assert salient(table, delegations, class_words=500, min_statements=2, avoid=[topic]).text != topic.text


def test_every_example_on_the_real_summary_is_answered_as_labelled(retriever):
    from hrcqa.answer.answerer import Answerer

    answerer = Answerer(retriever)
    examples = example_questions(retriever.statements.values())
    assert [label for label, _ in examples] == list(QUESTION_TYPES)  # every kind of question
    previous: tuple[str, str] | None = None
    for label, question in examples:
        history = [previous] if label == "Follow-up" and previous else None
        answer = answerer.ask(question, history=history)
        assert answer.question_type == QUESTION_TYPES[label], (label, question, answer.answer)
        if label == "Not in the summary":
            assert not answer.answerable and not answer.citations
            continue
        assert answer.answerable and answer.citations, (label, question)
        named = re.fullmatch(SHAPES[label], question).groupdict().get("who")
        if named:  # a question about a speaker quotes that speaker only
            assert {c.speaker for c in answer.citations} == {named}, (label, question)
        previous = (question, answer.answer)
