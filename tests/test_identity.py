"""Who holds a title, and who a named person is (`hrcqa.answer.identity`, `Intent.title`):
"Who is X?" is a question of fact about the topic, never a who-said list ("5 speakers are
Lukashenko"), and a title is answered only with a name the summary gives it.

Expected values were read off the summary by hand: it says "President Lukashenko" several
times, mentions the Special Rapporteur and the High Commissioner without naming them, and names
no French office holder.
"""

from __future__ import annotations

import pytest

from hrcqa.question.intent import read_intent


@pytest.mark.parametrize(("question", "title"), [
    ("Who is the President of Belarus?", "President of Belarus"),
    ("who was the UN Special Rapporteur on Belarus", "UN Special Rapporteur on Belarus"),
    ("Who's the head of the KGB?", "head of the KGB"),
    ("What is the name of the Special Rapporteur about Belarus?", "Special Rapporteur about Belarus"),
    # a learner's "what is name of", "by name", the name asked last
    ("what is name of UN Special Rapporteur on Belarus?", "UN Special Rapporteur on Belarus"),
    ("Who is the Special Rapporteur on Belarus, by name?", "Special Rapporteur on Belarus"),
    ("Of the Special Rapporteur cited by France, what is the name?", "Special Rapporteur cited by France"),
    # keyword style; a speaker who cited the title-holder; a question after what the user knows
    ("name of UN special rapporteur for belarus", "UN special rapporteur for belarus"),
    ("the name of the rapporteur Germany quoted", "rapporteur Germany quoted"),
    ("Belarus calls the rapporteur illegitimate - who is the Special Rapporteur, by name?",
     "Special Rapporteur"),
    ("Germany quoted the rapporteur's figure: who is the rapporteur?", "rapporteur"),
])
def test_who_is_a_title_is_read_as_a_title_without_a_speaker_filter(speaker_directory, question,
                                                                     title):
    intent = read_intent(question, speaker_directory)
    assert (intent.type, intent.title, intent.speakers) == ("single", title, [])


def test_a_title_the_summary_gives_a_name_is_answered_with_that_name(answerer):
    answer = answerer.ask("Who is the President of Belarus?")
    assert answer.answerable and "“President Lukashenko”" in answer.answer
    assert answer.citations and all("president lukashenko" in c.quote.lower() for c in answer.citations)


@pytest.mark.parametrize("question", [
    "Who is the UN Special Rapporteur on Belarus?",  # mentioned, never named
    "What is the name of the Special Rapporteur about Belarus?",
    "Who is the High Commissioner?",
    "Who is the president of France?",  # "President Lukashenko" is not France's
    "who was the vice-president",  # nor a vice-president
    "Of the Special Rapporteur cited by France, what is the name?",
    "name of the special rapporteur that germany cited",
    "France quotes the rapporteur's figure - who is the rapporteur?",
])
def test_a_title_the_summary_names_no_one_for_is_refused(answerer, question):
    answer = answerer.ask(question)
    assert not answer.answerable and "names no one as the" in answer.answer
    assert not answer.citations and not answer.speakers


def test_who_is_a_person_quotes_what_the_summary_says_of_them(answerer):
    answer = answerer.ask("who is nasta loika")
    assert answer.answerable and answer.question_type == "single"
    assert "speakers" not in answer.answer.split(":")[0]  # not "N speakers are Nasta Loika"
    assert "Nasta Loika, a prominent human rights defender" in answer.citations[0].quote


def test_the_panel_s_own_roles_are_still_answered_from_the_records(answerer):
    answer = answerer.ask("Who is the chair of the Group of Experts?")
    assert answer.question_type == "meeting" and "Karinna Moskalenko" in answer.answer.split(":")[0]


def test_who_named_a_kind_of_person_is_answered_by_sentences_naming_one(answerer, speaker_directory):
    # "calls once more for the immediate release of lawyer Maxim Znak": IBAHRI; the NGOs that speak
    # of lawyers without naming one are not listed
    assert read_intent("Which NGOs named a jailed lawyer?", speaker_directory).names_people
    answer = answerer.ask("Which NGOs named a jailed lawyer?")
    quoted = {c.statement_id.split("/")[1] for c in answer.citations}
    assert "international-bar-associations-human-rights-institute" in quoted
    assert not quoted & {"law-society-of-england-and-wales", "international-commission-of-jurists",
                         "article-19-the-international-centre-against-censorship"}, quoted
    # of a named speaker, its sentences on the topic answer, names or not
    assert not read_intent("did czechia name any prisoners still inside", speaker_directory).names_people


def test_which_person_was_named_asks_for_a_sentence_naming_one(answerer, speaker_directory):
    # the passive: the person asked for is one a speaker named, so "the release of high-profile
    # political prisoners", which names none, is no answer (it was given as Ms. Bazilli's)
    question = "Which high-profile released prisoner was named when the report was presented?"
    assert read_intent(question, speaker_directory).names_people
    assert read_intent("which journalists were mentioned?", speaker_directory).names_people
    assert not read_intent("which prisoners were released?", speaker_directory).names_people
    answer = answerer.ask(question)
    assert "hrc60-belarus/susan-bazilli" not in {c.statement_id for c in answer.citations}


def test_the_name_of_a_person_needs_a_sentence_naming_someone_else(answerer, speaker_directory):
    """"the name of the person doing X": an answer must name a person; one the question itself
    names does not count."""
    intent = read_intent("whats the name of the person doing the chain of command work", speaker_directory)
    assert intent.names_people
    answer = answerer.ask("whats the name of the person doing the chain of command work")
    assert not answer.answerable
