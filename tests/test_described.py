"""A speaker named by what it said ("the NGO about violence against women, what do they ask?"):
the question is split into the one that finds the speaker and the one asked of it
(`hrcqa.question.described`), and the answerer asks the second of the speaker the first finds.

Expected speakers read off the summary by hand: the only statement about violence against
women is the Advocates for Human Rights' (jointly with the Belarusian Coalition ...); the Human
Rights House Foundation calls forced exile "weaponised" and gives "up to 600,000" exiles; Bazilli
is the expert on deportations, whose findings come in the March 2026 report.
"""

from __future__ import annotations

import pytest

from hrcqa.question.described import described_speaker
from hrcqa.question.reading import read_question

ADVOCATES = "hrc60-belarus/advocates-for-human-rights"
HOUSE = "hrc60-belarus/human-rights-house-foundation"


@pytest.mark.parametrize(("question", "lookup", "rest", "kinds"), [
    ("the NGO about violence against women, what they ask", "Which NGO spoke about violence against women?",
     "what they ask", ["ngo"]),
    ("the ngo that called exile weaponised - what number of exiles did it give",
     "Which ngo called exile weaponised?", "what number of exiles did it give", ["ngo"]),
    ("The expert who dealt with deportations: by when are her findings expected?",
     "Which expert dealt with deportations?", "by when are her findings expected?", ["panel"]),
    # an opening word before it, and a noun for an NGO that is no kind noun
    ("switching - the rights group that tracks deaths: how many pol prisoners have died",
     "Which rights group tracks deaths?", "how many pol prisoners have died", ["ngo"]),
    # "gender-based" is one word, not a dash that sets the question off
    ("the state on gender-based violence - what did it say", "Which state spoke on gender-based violence?",
     "what did it say", ["state"]),
    # dictated: no comma before the question; "the group" is as often an organisation as States
    ("the group talking about guys refusing military service what did they say",
     "Which group spoke about guys refusing military service?", "what did they say", ["group", "ngo"]),
])
def test_a_described_speaker_splits_into_a_lookup_and_a_question(question, lookup, rest, kinds):
    described = described_speaker(question)
    assert (described.lookup, described.rest, described.kinds) == (lookup, rest, kinds)


@pytest.mark.parametrize("question", [
    "the NGOs that spoke about torture, which ones asked questions?",  # several: a list to ask about
    "The one that used the legal term - did it single out a country?",  # no kind: an earlier answer's
    "the death penalty, who mentioned it",  # a topic put first
    "the NGO about violence against women",  # no question asked of it
])
def test_other_frames_describe_no_speaker(question):
    assert described_speaker(question) is None


def test_a_described_speaker_is_not_resolved_from_the_conversation(speaker_directory):
    directory = speaker_directory
    # "it" is the NGO described, not Lithuania of the turn before
    history = [("What did Lithuania say about exile?", "**Lithuania** said ...",
                "What did Lithuania say about exile?")]
    reading = read_question("the ngo that called exile weaponised - what number of exiles did it give",
                            history, directory)
    assert reading.described is not None and reading.speakers == []
    assert not (reading.followup and reading.followup.changed)
    # a question that names its speaker needs no finding
    named = read_question("the ngo on torture - what did Malta say about it", None, directory)
    assert named.described is None


def test_the_described_speaker_is_asked(answerer):
    answer = answerer.ask("the NGO about violence against women, what they ask")
    assert answer.resolved_question == "What did Advocates for Human Rights ask"
    assert {c.statement_id for c in answer.citations} == {ADVOCATES}
    assert answer.notes[0].startswith(
        '"the NGO about violence against women" read as Advocates for Human Rights')
    assert answer.understood[0] == answer.notes[0]


def test_a_figure_of_the_described_speaker(answerer):
    history = [("What did Lithuania say about exile?", "**Lithuania** said ...")]
    answer = answerer.ask("the ngo that called exile weaponised - what number of exiles did it give",
                          history=history)
    assert answer.answer.startswith("The figure given: up to 600,000 (Human Rights House Foundation)")
    assert {c.statement_id for c in answer.citations} == {HOUSE}


def test_a_question_without_a_pronoun_is_asked_of_the_described_speaker(answerer):
    answer = answerer.ask("The expert who dealt with deportations: by when are her findings expected?")
    assert {c.statement_id for c in answer.citations} == {"hrc60-belarus/susan-bazilli"}
    assert "March 2026" in answer.answer


def test_a_description_no_statement_fits_is_refused_as_such(answerer):
    # no NGO speaks about the Olympics: no NGO's questions stand in for the answer
    answer = answerer.ask("the NGO about the Olympics, what did they ask")
    assert not answer.answerable and answer.citations == []
    assert answer.notes[0] == \
        'looked for "the NGO about the Olympics" first: Which NGO spoke about the Olympics?'
    assert answer.question == "the NGO about the Olympics, what did they ask"


def test_a_dictated_description_finds_the_organisation(answerer):
    answer = answerer.ask("the group talking about guys refusing military service what did they say")
    assert {c.statement_id for c in answer.citations} == {"hrc60-belarus/world-resisters-international"}


def test_two_questions_in_one_the_second_about_the_speaker_the_first_finds(answerer):
    # the first part finds the speaker from the records, the second is asked of it as a follow-up
    after = answerer.ask("Which NGO spoke first, and who came right after it?")
    assert after.answer.startswith("The National Human Rights Civic Association 'Belarusian Helsinki "
                                   "Committee' spoke right after the Law Society of England and Wales")
    last = answerer.ask("which state spoke last and what did it ask the experts")
    assert last.answer.startswith("The summary records no question from the United Kingdom to the experts")
    # what the records say of the speaker found is answered by the records, both parts at once
    opened = answerer.ask("who opened the hearing and what did she present")
    assert opened.question_type == "meeting" and "thematic report" in opened.answer
