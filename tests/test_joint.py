"""Joint statements credited: a joint statement's co-presenters are named with it wherever
speakers are listed (who-said lists, meeting lists, a named speaker's answer), carried by its
citations (`Citation.jointly_with`) and `Answer.speakers` (lead speaker first), accepted as
speaker filters, and never counted as speakers of their own.

Expected values read off the summaries by hand: in the real summary IBAHRI, Lawyers for Lawyers
and Lawyers Rights' Watch Canada co-delivered the Law Society's statement (IBAHRI also made its
own), FIDH and Viasna co-delivered OMCT's, Human Constanta co-delivered Article 19's, Connection
e.V. WRI's and the Belarusian Coalition the Advocates'; in the second (synthetic) summary ISHR
and Front Line Defenders co-delivered the Examplestan Lawyers' Network's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hrcqa.answer.answerer import cited_speakers
from hrcqa.answer.composing import Draft, Quote, by_kind, credited_name, render
from hrcqa.answer.meeting import answer_meeting
from hrcqa.corpus.reading import parse_file
from hrcqa.models import Citation
from hrcqa.question.followups import resolve_followup, speakers_named
from hrcqa.question.meeting import read_meeting
from hrcqa.question.query import SpeakerDirectory

REAL = "hrc60-belarus"
OMCT = f"{REAL}/world-organization-against-torture"
LAW_SOCIETY = f"{REAL}/law-society-of-england-and-wales"
IBAHRI = f"{REAL}/international-bar-associations-human-rights-institute"
ARTICLE_19 = f"{REAL}/article-19-the-international-centre-against-censorship"
OMCT_NAME = "World Organization Against Torture (OMCT)"
FIDH = "International Federation for Human Rights (FIDH)"
VIASNA = "Human Rights Center 'Viasna'"
IBAHRI_NAME = "International Bar Association's Human Rights Institute (IBAHRI)"
OMCT_JOINTLY = f"{OMCT_NAME}, jointly with {FIDH} and {VIASNA}"
SECOND_FIXTURE = Path(__file__).parent / "fixtures" / "second" / \
    "hrc61-examplestan-interactive-dialogue-2026-03-24.txt"


@pytest.fixture(scope="module")
def directory(parsed):
    return SpeakerDirectory(parsed.statements)


def quote(statement, text: str) -> Quote:
    start = statement.text.index(text)
    return Quote(statement_id=statement.id, start=start, end=start + len(text))


def meeting(question: str, directory, statements, documents=()) -> tuple[str, list[Citation]]:
    """A meeting question answered from the records and rendered, as the answerer would."""
    draft = answer_meeting(read_meeting(question, directory), statements, list(documents))
    text, citations = render(draft, statements, {})
    return text, citations


# --- composing: labels, citations, Answer.speakers (pure, no model) ----------------------------

def test_a_joint_statements_label_names_its_co_presenters(by_id):
    assert credited_name(by_id[OMCT]) == OMCT_JOINTLY
    assert credited_name(by_id[ARTICLE_19]) == ("Article 19 - The International Centre Against "
                                                "Censorship, jointly with Human Constanta")
    assert credited_name(by_id[IBAHRI]) == IBAHRI_NAME  # its own statement is not joint
    assert credited_name(by_id[f"{REAL}/france"]) == "France"


def test_a_who_said_list_shows_the_lead_jointly_with_its_co_presenters(by_id):
    quotes = [quote(by_id[OMCT], "Torture and ill-treatment persist, including deaths in custody."),
              quote(by_id[IBAHRI], "IBAHRI calls once more for the immediate release of lawyer "
                                   "Maxim Znak")]
    statements = {sid: by_id[sid] for sid in (LAW_SOCIETY, IBAHRI, OMCT)}
    draft = Draft(question_type="who_said", lead="2 NGOs said so:", sections=by_kind(quotes, statements))
    text, citations = render(draft, statements, {})
    assert "**NGOs (2)**" in text  # a joint statement is one speaker, however many presented it
    assert f"- **{IBAHRI_NAME}**: “IBAHRI calls" in text
    assert f"- **{OMCT_JOINTLY}**: “Torture and ill-treatment" in text
    omct, ibahri = sorted(citations, key=lambda c: c.statement_id != OMCT)
    assert omct.jointly_with == [FIDH, VIASNA] and ibahri.jointly_with == []


def test_answer_speakers_list_the_lead_then_its_co_presenters_each_once(by_id):
    statements = {sid: by_id[sid] for sid in (LAW_SOCIETY, IBAHRI, OMCT)}
    quotes = [quote(by_id[LAW_SOCIETY], "This harassment also extends beyond the border to lawyers "
                                        "who fled Belarus."),
              quote(by_id[IBAHRI], "IBAHRI calls once more for the immediate release of lawyer "
                                   "Maxim Znak"),
              quote(by_id[OMCT], "Torture and ill-treatment persist, including deaths in custody.")]
    draft = Draft(question_type="who_said", lead="3 NGOs said so:", sections=by_kind(quotes, statements))
    text, citations = render(draft, statements, {})
    assert cited_speakers(text, citations) == [
        "Law Society of England and Wales", IBAHRI_NAME, "Lawyers for Lawyers",
        "Lawyers Rights' Watch Canada", OMCT_NAME, FIDH, VIASNA]  # IBAHRI once, not twice


def test_jointly_with_is_additive_json():
    old = {"n": 1, "speaker": "Malta", "kind": "state", "quote": "…", "statement_id": "d/malta",
           "passage_id": "d/malta#0", "document_id": "d", "start": 0, "end": 1, "spans": []}
    assert Citation.model_validate(old).jointly_with == []
    joint = Citation.model_validate(old | {"jointly_with": ["FIDH"]})
    assert joint.model_dump()["jointly_with"] == ["FIDH"]


# --- meeting answers from the records (pure, no model) ----------------------------------------

def test_who_spoke_marks_joint_statements_but_counts_them_once(parsed, directory, by_id):
    text, citations = meeting("Which NGOs spoke?", directory, by_id, [parsed.document])
    assert text.startswith("10 NGOs took the floor, in this order:")
    assert "This matches the summary's FACTS & FIGURES (10 Non-Governmental Organizations)." in text
    assert f"- **{OMCT_JOINTLY}**:" in text
    assert f"- **{IBAHRI_NAME}**:" in text  # its own statement, listed and counted on its own
    assert "- **Law Society of England and Wales, jointly with " + IBAHRI_NAME in text
    assert text.endswith("Joint statements count once, under the organization that delivered "
                         "them; their co-presenters are named with them.")
    assert len({c.statement_id for c in citations}) == 10
    assert len(cited_speakers(text, citations)) == 17  # 10 NGOs and 7 co-presenters (IBAHRI once)
    count, _ = meeting("How many NGOs spoke?", directory, by_id, [parsed.document])
    assert count.startswith("10 NGOs took the floor. This matches the summary's FACTS & FIGURES")


def test_did_a_co_presenter_speak_names_the_lead_statement_and_says_jointly(directory, by_id):
    text, citations = meeting("Did Viasna speak?", directory, by_id)
    assert text.startswith(f"Yes, jointly: {VIASNA} co-presented the joint statement of the "
                           f"{OMCT_NAME}, with {FIDH}:")
    assert [c.statement_id for c in citations] == [OMCT]
    assert citations[0].jointly_with == [FIDH, VIASNA]
    assert cited_speakers(text, citations) == [OMCT_NAME, FIDH, VIASNA]


def test_the_lead_of_a_joint_statement_is_said_to_speak_jointly(directory, by_id):
    text, _ = meeting("Did OMCT speak?", directory, by_id)
    assert text.startswith(f"Yes: the {OMCT_NAME} took the floor jointly with {FIDH} and {VIASNA}, "
                           "4th of 10 NGOs")
    role, _ = meeting("Who is OMCT?", directory, by_id)
    assert role.startswith(f"The {OMCT_NAME} took the floor as a non-governmental organization, "
                           f"jointly with {FIDH} and {VIASNA}:")


def test_the_second_summary_credits_its_joint_statement_too():
    second = parse_file(SECOND_FIXTURE)
    statements = {s.id: s for s in second.statements}
    directory = SpeakerDirectory(second.statements)
    text, citations = meeting("Which NGOs spoke?", directory, statements, [second.document])
    assert text.startswith("4 NGOs took the floor")
    assert ("- **Examplestan Lawyers' Network (ELN), jointly with International Service for Human "
            "Rights (ISHR) and Front Line Defenders**:") in text
    assert "Front Line Defenders" in cited_speakers(text, citations)
    partner, _ = meeting("Did Front Line Defenders speak?", directory, statements)
    assert partner.startswith("Yes, jointly: Front Line Defenders co-presented the joint statement")


# --- filters and follow-ups (pure, no model) --------------------------------------------------

def test_a_co_presenter_is_a_speaker_filter(directory):
    assert [r.statement_id for r in directory.resolve(["Viasna"])] == [OMCT]
    assert [r.statement_id for r in directory.resolve([VIASNA])] == [OMCT]
    assert [r.statement_id for r in directory.resolve(["Human Constanta"])] == [ARTICLE_19]
    # The summary misplaces the apostrophe ("Lawyers Rights' Watch Canada"): either spelling works.
    assert [r.statement_id for r in directory.resolve(["Lawyers' Rights Watch Canada"])] == [LAW_SOCIETY]
    # A co-presenter that also spoke alone keeps both its statements.
    assert [r.statement_id for r in directory.resolve(["IBAHRI"])] == [IBAHRI, LAW_SOCIETY]


def test_the_filter_list_offers_co_presenters_without_repeating_a_speaker(directory):
    names = directory.names()
    assert {VIASNA, FIDH, "Human Constanta", "Lawyers for Lawyers"} <= set(names)
    assert names.count(IBAHRI_NAME) == 1 and len(names) == len(set(names))
    assert names.index(VIASNA) > names.index("Conscience and Peace Tax International (CPTI)")


def test_which_of_them_does_not_take_a_co_presenter_for_its_own_statement(directory):
    answer = (f"2 NGOs said so:\n\n- **Law Society of England and Wales, jointly with {IBAHRI_NAME}, "
              "Lawyers for Lawyers and Lawyers Rights' Watch Canada**: “…” [1]\n"
              f"- **{OMCT_JOINTLY}**: “…” [2]")
    assert speakers_named(answer, directory) == [LAW_SOCIETY, OMCT]


# --- with the real model and index --------------------------------------------------------------

def test_did_viasna_speak_credits_the_omct_joint_statement(answerer):
    answer = answerer.ask("Did Viasna speak?")
    assert answer.question_type == "meeting" and answer.answerable
    assert answer.answer.startswith(f"Yes, jointly: {VIASNA} co-presented the joint statement of "
                                    f"the {OMCT_NAME}")
    assert {c.statement_id for c in answer.citations} == {OMCT}
    assert answer.speakers == [OMCT_NAME, FIDH, VIASNA]
    assert all(c.jointly_with == [FIDH, VIASNA] for c in answer.citations)


def test_what_did_viasna_say_answers_from_omct_and_says_it_was_joint(answerer):
    answer = answerer.ask("What did Viasna say?")
    assert answer.question_type == "speaker" and answer.citations
    assert {c.statement_id for c in answer.citations} == {OMCT}
    assert answer.answer.startswith(f"This is the statement the {OMCT_NAME} delivered jointly with "
                                    f"{FIDH} and {VIASNA}:")
    assert answer.speakers[0] == OMCT_NAME and VIASNA in answer.speakers


def test_a_viasna_filter_restricts_to_the_omct_statement(answerer):
    filtered = answerer.ask("What was said about political prisoners?", speakers=["Viasna"])
    assert filtered.answerable and {c.statement_id for c in filtered.citations} == {OMCT}
    who = answerer.ask("Which NGOs mentioned torture?", speakers=["Viasna"])
    assert {c.statement_id for c in who.citations} <= {OMCT}


def test_a_who_said_answer_credits_joint_statements_and_counts_statements(answerer):
    answer = answerer.ask("Which NGOs talked about lawyers being persecuted?")
    assert answer.question_type == "who_said"
    cited = {c.statement_id for c in answer.citations}
    assert {LAW_SOCIETY, IBAHRI, OMCT, ARTICLE_19} <= cited
    assert answer.answer.startswith(f"{len(cited)} NGOs")  # statements, not presenters
    assert f"- **{OMCT_JOINTLY}**:" in answer.answer
    assert answer.speakers.count(IBAHRI_NAME) == 1
    assert answer.speakers.index(VIASNA) == answer.speakers.index(OMCT_NAME) + 2
    assert all(c.jointly_with == [FIDH, VIASNA] for c in answer.citations if c.statement_id == OMCT)


@pytest.mark.parametrize("question", [
    "With whom did the Advocates for Human Rights make the declaration?",
    "with whom did the law society deliver its speech",
    "With who Advocates for Human Rights made the declaration",  # a learner's: no "did"
])
def test_with_whom_a_statement_was_made_asks_for_its_co_presenters(directory, question):
    request = read_meeting(question, directory)
    assert request is not None and request.asks == "joint" and len(request.speakers) == 1


def test_and_with_whom_after_a_question_is_a_question_of_its_own(directory, by_id):
    # "and with who they made the declaration" is no "And X?" of the question before it
    previous = "How many NGOs closed since 2020 according to the Advocates for Human Rights"
    followup = resolve_followup("and with who they made the declaration", [(previous, "…")], directory)
    request = read_meeting(followup.question, directory)
    assert request.asks == "joint" and [n.statement_id for n in request.speakers] == [
        "hrc60-belarus/advocates-for-human-rights"]
    text, _ = meeting(followup.question, directory, by_id)
    assert "Belarusian Coalition" in text
