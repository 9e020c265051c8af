"""Answer quality: the quoted sentence supports the claim, no sentence is quoted twice, yes/no
questions open with "Yes"/"No", follow-ups restricted to the previous answer say when none of
its speakers qualifies, and a refusal caused by the caller's filters names what they exclude
(`hrcqa.answer.strategies`, `hrcqa.answer.composing`).

Unit tests use hand-made drafts over the parsed summary; integration tests the real answerer.
"""

from __future__ import annotations

import re

import pytest

from hrcqa.answer.approval import stance_taken
from hrcqa.answer.composing import Draft, Line, Quote, Section, render
from hrcqa.answer.strategies import (
    Calibration,
    asks_for_action,
    checks,
    filtered_out,
    is_yes_no,
    makes_request,
    names_topic,
    negated,
    none_of_them,
    quoted_statements,
    refusal,
    topical,
    verdict,
    who_said,
    widened,
)
from hrcqa.evaluation.natural import opening_word, repeated_sentences
from hrcqa.question.intent import Intent

DOC = "hrc60-belarus"
NZ_CALL = "It calls upon Belarus to heed repeated calls to abolish the death penalty"
NZ_CONCERN = "New Zealand remains deeply concerned by the continued use of the death penalty"


def sid(slug: str) -> str:
    return f"{DOC}/{slug}"


def cited(answer) -> set[str]:
    return {c.statement_id for c in answer.citations}


def intent(question: str, type_: str = "who_said", topic: str = "", **fields) -> Intent:
    return Intent(question=question, type=type_, topic=topic, **fields)


def quote_of(statement, text: str) -> Quote:
    start = statement.text.index(text)
    return Quote(statement_id=statement.id, start=start, end=start + len(text))


# --- 1. the quoted sentence supports the claim -------------------------------------------------


def test_request_frames_and_requests_are_told_from_mentions_and_questions():
    assert asks_for_action("Which delegations called for abolishing the death penalty?")
    assert asks_for_action("Who asked Belarus to release sick prisoners first?")
    assert asks_for_action("who wants belarus to scrap capital punishment")
    assert asks_for_action("Who said prisoners should be able to see their families?")
    assert not asks_for_action("Who asked the experts about deportations?")
    assert not asks_for_action("Which speakers wanted to know about accountability?")
    assert not asks_for_action("Which speakers mentioned the death penalty?")
    assert makes_request(NZ_CALL) and makes_request("Malta further calls for the end of it.")
    assert makes_request("Arbitrary arrest and misuse of anti-extremist laws must end.")
    assert not makes_request(NZ_CONCERN)
    assert not makes_request("Slovenia would like to know what steps can be taken.")  # a question


def test_who_called_for_quotes_each_speakers_call_not_its_mention(answerer):
    answer = answerer.ask("Which delegations called for abolishing the death penalty?")
    assert {sid("malta"), sid("new-zealand"), sid("european-union")} <= cited(answer)
    nz = [c.quote for c in answer.citations if c.statement_id == sid("new-zealand")]
    assert nz and NZ_CALL in nz[0] and NZ_CONCERN not in answer.answer
    assert all(makes_request(c.quote) for c in answer.citations)


def test_a_call_on_the_topic_counts_towards_who_called_for_it(answerer):
    answer = answerer.ask("Which States called for prisoners in poor health to be released first?")
    assert {sid("france"), sid("united-kingdom")} <= cited(answer)
    france = next(c.quote for c in answer.citations if c.statement_id == sid("france"))
    assert "give priority to pardoning political prisoners in poor health" in france


def test_a_named_speakers_call_is_among_its_quotes(answerer):
    answer = answerer.ask("Did New Zealand call for abolishing the death penalty?")
    assert any(NZ_CALL in c.quote for c in answer.citations)


# --- 2. no sentence quoted twice ---------------------------------------------------------------


def test_render_quotes_a_sentence_once_and_points_back_to_it(by_id):
    malta, eu = by_id[sid("malta")], by_id[sid("european-union")]
    sentence = "Finally, Malta urges the Belarusian authorities to abolish the death penalty"
    twice = quote_of(malta, sentence)
    inside = quote_of(malta, "Malta urges the Belarusian authorities")  # overlaps the first
    other = quote_of(eu, "The EU continues to urge the Belarusian authorities")
    draft = Draft(question_type="who_said", lead="Quotes:", sections=[
        Section(heading="States", lines=[Line(label="Malta", quotes=[twice, inside])]),
        Section(heading="Again", lines=[Line(label="Malta", quotes=[twice]),
                                        Line(quotes=[twice]), Line(label="EU", quotes=[other])])])
    text, citations = render(draft, by_id, {})
    assert [c.n for c in citations] == [1, 2]
    assert repeated_sentences([(c.statement_id, c.quote) for c in citations]) == []
    assert text.count(sentence) == 1
    assert "- **Malta**: see [1]" in text and f"“{other_text(eu, other)}” [2]" in text


def other_text(statement, quote: Quote) -> str:
    return statement.text[quote.start:quote.end]


def test_render_quotes_a_sentence_a_statement_repeats_once(by_id):
    omct = by_id[sid("world-organization-against-torture")]
    sentence = "Torture and ill-treatment persist, including deaths in custody."
    first = omct.text.index(sentence)
    second = omct.text.index(sentence, first + 1)  # the summary says it twice
    copies = [Quote(statement_id=omct.id, start=at, end=at + len(sentence)) for at in (first, second)]
    draft = Draft(question_type="single", lead="The summary records:",
                  sections=[Section(lines=[Line(label="OMCT", quotes=copies)])])
    text, citations = render(draft, by_id, {})
    assert len(citations) == 1 and text.count(sentence) == 1


def test_a_repeated_sentence_is_not_spent_twice(answerer):
    answer = answerer.ask("Which organisation said torture and ill-treatment persist, including deaths "
                          "in custody?")
    assert repeated_sentences([(c.statement_id, c.quote) for c in answer.citations]) == []


def test_render_keeps_a_heading_without_lines_and_drops_one_emptied(by_id):
    malta = by_id[sid("malta")]
    quote = quote_of(malta, "Finally, Malta urges")
    draft = Draft(question_type="meeting", lead="Lead", sections=[
        Section(heading="Kept", lines=[]), Section(heading="First", lines=[Line(quotes=[quote])]),
        Section(heading="Emptied", lines=[Line(quotes=[quote])])])
    text, _ = render(draft, by_id, {})
    assert "**Kept**" in text and "**First**" in text and "**Emptied**" not in text


def test_render_puts_the_preface_first(by_id):
    draft = Draft(question_type="who_said", preface="None of them are NGOs.", lead="Across all:")
    assert render(draft, by_id, {})[0] == "None of them are NGOs.\n\nAcross all:"


@pytest.mark.parametrize("question", [
    "What did France and the French delegation say about detention?",
    "Which delegations called for abolishing the death penalty?",
    "Did Malta and France mention the death penalty?",
    "What did Slovenia ask?",
])
def test_no_answer_quotes_a_sentence_twice(answerer, question):
    answer = answerer.ask(question)
    assert repeated_sentences([(c.statement_id, c.quote) for c in answer.citations]) == []
    assert len({(c.statement_id, c.quote) for c in answer.citations}) == len(answer.citations)


# --- 3. yes/no questions open with Yes or No ---------------------------------------------------


def test_yes_no_questions_are_those_opening_with_an_auxiliary():
    assert all(is_yes_no(q) for q in ("Did Malta mention the death penalty?", "does belarus recognise it",
                                      "Has anyone raised torture?", "Is there a figure?",
                                      "And were any NGOs worried?", "Have the experts replied?"))
    assert not any(is_yes_no(q) for q in ("Who raised torture?", "Do you know who spoke?",
                                          "What did France say?", "Which NGOs did?", "Didactic?"))


def test_a_yes_no_question_may_follow_a_lead_in_or_open_with_a_modal():
    assert all(is_yes_no(q) for q in ("Per the Chair, had the authorities responded?",
                                      "Separate point: did the ICJ regard the Bar as independent?",
                                      "According to her, can victims get justice at home?",
                                      "Will the experts report again?"))
    assert not any(is_yes_no(q) for q in ("Who spoke first, did France?", "Can you list the NGOs?",
                                          "Which NGOs, did any?"))


@pytest.mark.parametrize(("question", "first"), [
    # the Chair: "they have not yet responded" (about the authorities, not a response by the Chair)
    ("Per the Chair, had the authorities responded to the Group's requests to engage?", "no"),
    # the ICJ: "The Belarusian Bar Association is not independent"
    ("Separate point: did the Commission of Jurists regard the Belarusian Bar Association as independent?",
     "no"),
    # Bazilli: "it will be reporting on their findings in March 2026"
    ("Will the experts report again in December?", "no"),
    ("Will the experts report again in March?", "yes"),
])
def test_a_yes_no_question_after_a_lead_in_or_with_a_modal_is_answered_yes_or_no(answerer, question, first):
    answer = answerer.ask(question)
    assert answer.answerable and opening_word(answer.answer) == first, answer.answer[:200]


def test_a_modal_question_is_settled_only_by_a_sentence_with_that_modal():
    can = intent("can victims obtain justice in courts?", "speaker", "victims obtain justice in courts")
    assert verdict(can, ["Victims can obtain justice in courts."]) == "Yes"
    assert verdict(can, ["Victims cannot obtain justice in courts."]) == "No"
    assert verdict(can, ["Victims can't obtain justice in courts."]) == "No"
    # no "can": "calls", "case" begin as it does, but say nothing of what can be
    assert verdict(can, ["Victims call for justice in courts, case by case."]) is None
    will = intent("will the experts report in March?", "single", "experts report in March")
    assert verdict(will, ["The experts will report in March."]) == "Yes"
    assert verdict(will, ["The experts report in March."]) is None


def test_what_can_be_is_not_settled_by_a_sentence_without_the_modal(answerer):
    # "With no credible prospect of accountability within Belarus, victims are turning to the
    # international community": a no in other words, which a bare yes would get wrong
    answer = answerer.ask("According to Moskalenko, can victims obtain justice in Belarusian courts?")
    assert answer.answerable and opening_word(answer.answer) not in ("yes", "no"), answer.answer[:200]
    assert cited(answer) == {sid("karinna-moskalenko")}


def test_what_a_yes_no_question_checks():
    assert checks("Did NZ bring up the death penalty?") == "mention"
    assert checks("Did Germany use the term transnational repression?") == "mention"
    assert checks("Did France call for sanctions?") == "request"
    assert checks("Did Belarus say it is open to dialogue?") == "speech"
    assert checks("Does Belarus recognise the experts' mandate?") == "fact"
    # a verb of stance before a verb of request: whether it accepted, not whether it called for it
    assert checks("Did Belarus accept what the experts recommended?") == "fact"
    assert checks("Did France call for Belarus to accept the mandate?") == "request"
    # answering to something is taking it up, as responding to it is
    assert checks("Did Belarus answer to the concerns about gender-based violence?") == "mention"


def test_negation_near_the_topic_decides_a_claim():
    assert negated("Belarus does not recognise any country mandates.", "recognise the mandate")
    assert negated("They have limited or no access to medical care.", "access to medical care")
    assert not negated("Belarus is interested in dialogue.", "open to dialogue")
    assert not negated("Ales died in prison No. 15 in Mahileu.", "prison 15 Mahileu")
    asked = intent("Does Belarus recognise the experts' mandate?", "speaker", "the experts' mandate")
    assert verdict(asked, ["It calls on the initiators of the mandate to stop.",
                           "It does not recognise any country mandates."]) == "No"
    said = intent("Did Belarus say it is open to dialogue?", "speaker", "open to dialogue")
    assert verdict(said, ["Belarus is interested in dialogue."]) == "Yes"
    call = intent("Did the UK call for sanctions?", "speaker", "sanctions")
    assert verdict(call, ["The UK has sanctioned 200 individuals."]) is None
    assert verdict(call, ["The UK urges states to impose sanctions."]) == "Yes"
    assert verdict(intent("Which NGOs raised it?", topic="it"), ["They raised it."]) is None


def test_a_topic_of_nothing_and_the_head_of_a_topic():
    assert not topical(intent("Did France say anything?", "speaker", "anything"))
    assert topical(intent("Did France say anything about torture?", "speaker", "anything about torture"))
    assert names_topic("Transnational repression has worsened.", "use the term transnational repression")
    assert not names_topic("Two deaths in detention were documented.", "the death penalty")


@pytest.mark.parametrize(("question", "first"), [
    ("Did Malta mention the death penalty?", "yes"),
    ("did NZ bring up the death penalty", "yes"),
    ("Did any NGO talk about conscientious objectors?", "yes"),
    ("Did CPTI talk about conscientious objection?", "no"),
    ("Did France call for sanctions?", "no"),
    ("Did Norway mention the death penalty?", "no"),
    ("Did the UK ask the experts a question?", "no"),
    ("Did Slovenia ask the experts a question?", "yes"),
    ("Is Estonia part of the Nordic-Baltic group?", "yes"),  # membership: answered from the records
    ("Did Viasna speak?", "yes"),
])
def test_yes_no_answers_open_with_yes_or_no(answerer, question, first):
    answer = answerer.ask(question)
    assert answer.answerable and opening_word(answer.answer) == first, answer.answer[:200]
    assert answer.citations  # the quotes that support it, or what the speaker did say


def test_a_no_quotes_what_the_speaker_did_say(answerer):
    answer = answerer.ask("Did CPTI talk about conscientious objection?")
    assert answer.answer.startswith("No: the statement of Conscience and Peace Tax International")
    assert cited(answer) == {sid("conscience-and-peace-tax-international")}


def test_a_speaker_near_the_topic_but_not_on_it_is_not_a_yes(answerer):
    answer = answerer.ask("Did France mention the death penalty?")
    assert opening_word(answer.answer) != "yes"
    both = answerer.ask("Did Malta and France mention the death penalty?")
    assert both.answer.startswith("Yes for Malta;") and "for France" in both.answer.split("\n")[0]


def test_a_negated_claim_is_answered_no(answerer):
    answer = answerer.ask("Does Belarus recognise the Group of Experts' mandate?")
    assert opening_word(answer.answer) == "no" and "does not recognise" in answer.answer
    # in other words: the sentence that takes a stance on the mandate settles it, not one that
    # only names mandates ("in favour of non-consensual country mandates")
    accepted = answerer.ask("Did Belarus accept the mandate?")
    assert opening_word(accepted.answer) == "no" and "does not recognise" in accepted.answer


@pytest.mark.parametrize(("question", "word"), [
    # another year, another figure, another name in the same place: the claim is not confirmed
    ("Is it true France said 1,724 people were convicted on political grounds in 2022?", "no"),
    ("Did Switzerland say that more than 500 detainees were released?", "no"),
    ("Did Poland say the releases came in a deal brokered by Germany?", "no"),
    # the details as the statement gives them (the US spelt out there)
    ("Did France say 1,724 people were convicted on political grounds in 2024?", "yes"),
    ("Did Poland say the releases came in a deal brokered by the US?", "yes"),
])
def test_a_claim_with_a_wrong_detail_is_not_confirmed(answerer, question, word):
    assert opening_word(answerer.ask(question).answer) == word


@pytest.mark.parametrize(("question", "word"), [
    # a figure claimed of a named speaker: its own figure, compared ("1168", not Albania's 1,200)
    ("Czechia put the number of political prisoners at 1,200 - right?", "no"),
    ("Did Czechia put the number of political prisoners at 1,168?", "yes"),
    ("Poland reportedly demanded that Belarus free 'at least 1,300' detainees. Is that figure accurate?",
     "no"),
])
def test_a_figure_claimed_of_a_speaker_is_checked_against_its_own(answerer, question, word):
    answer = answerer.ask(question)
    assert opening_word(answer.answer) == word
    assert answer.citations and "hrc60-belarus/albania" not in {c.statement_id for c in answer.citations}


def test_of_sentences_sharing_the_topic_the_one_taking_a_stance_settles_it():
    asked = intent("Did Belarus accept the mandate?", "speaker", "accept the mandate")
    assert verdict(asked, ["Despite the bias in favour of non-consensual country mandates, Belarus is open.",
                           "It does not recognise any country mandates."]) == "No"


def test_a_stance_verb_is_what_a_yes_no_question_checks(answerer):
    # "recognise" stays in the topic, so the sentence saying it does not is found
    assert opening_word(answerer.ask("does belarus recognise the group of experts").answer) == "no"
    # asked as a refusal, the same sentence is a yes
    rejects = answerer.ask("did belarus reject the mandate")
    assert opening_word(rejects.answer) == "yes" and "does not recognise" in rejects.answer


def test_a_stance_question_is_not_a_yes_from_a_sentence_that_takes_no_stance():
    asked = intent("Does Belarus accept the experts?", "speaker", "the experts", speakers=[sid("belarus")])
    # no verb of stance and no negation: disapproval in other words is no yes
    assert verdict(asked, ["The monologue of the Group of Independent Experts shows the futility of it."]) \
        is None
    assert verdict(asked, ["Belarus accepts the experts."]) == "Yes"
    assert verdict(asked, ["While welcoming the experts, it urges more."]) == "Yes"
    assert verdict(asked, ["Neither the experts nor the rapporteur can be considered mechanisms."]) == "No"


@pytest.mark.parametrize("question", ["Did Belarus agree to work with the experts?",
                                      "Does Belarus accept the experts?"])
def test_belarus_is_not_said_to_accept_the_experts(answerer, question):
    """Belarus calls the Group "so-called" and its work futile: no verb of stance takes the experts,
    so there is no yes (it was a yes from "constructively accept justified criticism")."""
    answer = answerer.ask(question)
    assert cited(answer) == {sid("belarus")} and opening_word(answer.answer) != "yes", answer.answer[:200]


@pytest.mark.parametrize(("question", "word", "quoted"), [
    # the stance the statement takes on what is asked, wherever it says it, settles it
    ("Did Belarus agree to work with the experts?", "no", "Neither the so-called Group of Experts"),
    ("ok now the belarus guy. does he accept the judges at all", "no",
     "Neither the so-called Group of Experts"),
    ("Did the State under review accept the legitimacy of the Group of Independent Experts' mandate?", "no",
     "does not recognise any country mandates"),
    ("Did Austria support the experts' mandate?", "yes", "full support for the Expert's mandate"),
    # "being discussed" names the subject; it is no question of whether something was discussed
    ("Did the country being discussed agree to work with the experts?", "no",
     "Neither the so-called Group of Experts"),
])
def test_a_stance_question_is_settled_by_the_stance_the_statement_takes(answerer, question, word, quoted):
    answer = answerer.ask(question)
    assert opening_word(answer.answer) == word and quoted in answer.answer, answer.answer[:300]


def test_a_stance_reported_of_another_is_not_the_speakers_own(answerer):
    # Austria welcomes the Group's updates; whether Belarus accepts the experts is another matter
    answer = answerer.ask("Did Austria say that Belarus accepts the experts?")
    assert opening_word(answer.answer) != "yes", answer.answer[:200]


def test_a_statement_taking_both_stances_or_none_settles_nothing():
    assert stance_taken("Did Malta accept the report?", ["Malta welcomes the report.",
                                                         "Malta rejects the report."]) is None
    assert stance_taken("Did Malta accept the report?", ["Malta read the report."]) is None
    assert stance_taken("Did Malta mention the report?", ["Malta welcomes the report."]) is None


@pytest.mark.parametrize(("question", "lead"), [
    ("did anyone mention the olympics", "No: no statement in the summary mentions “the olympics”."),
    ("was climate change mentioned", "No: no statement in the summary mentions “climate change”."),
])
def test_a_mention_no_one_made_is_a_no_not_a_refusal(answerer, question, lead):
    answer = answerer.ask(question)
    assert answer.answerable and answer.answer == lead and not answer.citations


@pytest.mark.parametrize("question", ["who died in mahiliou prison no 15", "Who died in custody?"])
def test_a_list_lead_never_says_the_speakers_did_what_befell_others(answerer, question):
    """"1 speaker died in Mahileu prison": the lead said the speaker died; it says the speaker
    addresses it, and the quote names who died."""
    answer = answerer.ask(question)
    lead = answer.answer.split("\n")[0]
    assert answer.answerable and "died" not in lead and re.search(r"address(?:es)? this:$", lead)
    assert "Padniabenny" in answer.answer


def test_which_ones_after_a_copula_has_no_verb_to_report(answerer):
    """"Which journalists are in prison?" was refused as saying nothing "of what was in": "in" was
    read as the verb a sentence must report. The journalists Czechia names answer it."""
    answer = answerer.ask("Which journalists are in prison?")
    assert answer.answerable and "Ihar Iliyash" in answer.answer and "was in" not in answer.answer


def test_a_quantifier_says_how_many_not_which_ones(answerer):
    """Belarus says "most non-Western countries" stay away: how many, not which."""
    answer = answerer.ask("which non-western countries were staying away?")
    assert not answer.answerable and "gives only how many (“most non-Western countries”)" in answer.answer


def test_no_one_else_names_the_speakers_set_aside(answerer):
    """"anyone else?" searched only the other statements: the no says which were left out."""
    asked = "who mentioned Padniabenny"
    again = answerer.ask("did anyone else mention him?", history=[(asked, answerer.ask(asked).answer)])
    assert again.answer == ("No: besides World Organization Against Torture (OMCT) and Conscience and "
                            "Peace Tax International (CPTI), which the question leaves out, no statement "
                            "in the summary mentions “Padniabenny”.")


def test_who_else_with_no_one_left_says_so(answerer):
    asked = "who mentioned Padniabenny"
    again = answerer.ask("who else brought him up", history=[(asked, answerer.ask(asked).answer)])
    assert again.answer.startswith("No one else: besides World Organization Against Torture (OMCT) and")


def test_who_else_finds_what_the_speaker_set_aside_said_in_other_words(answerer):
    """Poland credits "a deal brokered by the United States"; Ukraine says the releases were
    "facilitated through US mediation". Asked who else credited Washington, the topic alone
    ("credit United States") is too weak for Ukraine's sentence; with Poland's sentence as the
    example of what is meant, it is found."""
    answer = answerer.ask("Besides Poland, did anyone credit Washington?")
    assert [c.speaker for c in answer.citations] == ["Ukraine"]
    assert "facilitated through US mediation" in answer.answer


def test_a_statement_far_weaker_than_the_clearest_is_left_out(answerer, monkeypatch):
    """The Nordic-Baltic statement's closest sentence (a demand to release political prisoners)
    clears the support bar but is far weaker than Malta's call to abolish the death penalty.
    (The Helsinki Committee's "repressive legislation" was the example before compound nouns
    counted only whole; it no longer clears the bar at all.)"""
    question = "who called for abolishing the death penalty"
    named = {c.speaker for c in answerer.ask(question).citations}
    assert {"European Union", "Malta", "New Zealand"} <= named
    assert "Lithuania on behalf of the Nordic-Baltic states" not in named
    loose = answerer.calibration.model_copy(update={"relative_support": 0})
    monkeypatch.setattr(answerer, "calibration", loose)
    assert {c.speaker for c in answerer.ask(question).citations} > named


@pytest.mark.parametrize(("question", "opening"), [
    # "accept justified criticism" shares only the verb with "accept the report": not settled
    ("did belarus accept the report", None),
    # a call on Belarus to cooperate does not say whether it did
    ("did belarus cooperate with the group of experts", None),
    # the sentence about the Special Rapporteur, not a longer one sharing only names
    ("does belarus accept the special rapporteur", "no"),
])
def test_a_yes_or_no_needs_a_sentence_that_settles_it(answerer, question, opening):
    word = opening_word(answerer.ask(question).answer)
    assert (word if word in ("yes", "no") else None) == opening


def test_a_negative_question_asks_what_the_positive_one_asks(answerer):
    """"didnt belarus reject the mandate" is answered as "did Belarus reject the mandate"."""
    assert opening_word(answerer.ask("didnt belarus reject the mandate").answer) == "yes"


def test_a_speaker_the_question_addresses_is_not_one_set_aside(answerer):
    """Belarus is left out of "who urged the Belarusian authorities ..." as the one urged, not by
    the user: an unsupported topic is refused, not answered "no one else"."""
    answer = answerer.ask("Who urged the Belarusian authorities to host the Olympics?")
    assert not answer.answerable and not answer.citations


def test_a_modifier_before_the_verb_is_not_topic(answerer):
    """"did she also bring up the world court": "also bring up" frames the question."""
    answer = answerer.ask("Did Ms. Monika Płatek also bring up the world court?")
    assert answer.answer.startswith("Yes.") and "International Court of Justice" in answer.answer


def test_they_after_asking_for_a_speakers_partners_is_that_joint_statement(answerer):
    partners = "who were OMCT's partners"
    first = answerer.ask(partners)
    then = answerer.ask("what did they say about Padniabenny", history=[(partners, first.answer)])
    assert [c.statement_id for c in then.citations] == ["hrc60-belarus/world-organization-against-torture"]


@pytest.mark.parametrize(("question", "opening"), [
    ("which countries mentioned the ICC", "None of the countries in the summary addresses this."),
    ("did any state mention conscientious objectors",
     "No: none of the delegations in the summary addresses this."),
    # a singular noun too: "group" is often said of an NGO coalition, not only of regional groups
    ("which group said going after belarusian lawyers breaches the UN's own standards for the legal "
     "profession", "None of the groups in the summary addresses this."),
])
def test_a_kind_no_one_of_which_answers_is_said_then_those_who_do(answerer, question, opening):
    answer = answerer.ask(question)  # only NGOs (and for the ICC the experts) did
    assert answer.answerable and answer.answer.startswith(opening)
    assert "Other speakers do:" in answer.answer
    kinds = {answerer.statements[c.statement_id].kind for c in answer.citations}
    assert kinds and kinds <= {"ngo", "panel"}


def test_a_callers_kind_filter_is_never_widened(answerer):
    # the question's own kinds are widened (above); a caller's filter is a contract
    answer = answerer.ask("Who mentioned conscientious objection?", kinds=["state"])
    assert not answer.answerable and answer.answer.startswith("No answer with these filters")
    assert not answer.citations


def test_a_yes_no_question_about_a_state_that_did_not_speak_is_a_no(answerer):
    answer = answerer.ask("did kazakhstan mention torture")
    assert answer.answerable and answer.answer.startswith("No: Kazakhstan did not take the floor")


def test_did_x_give_a_figure_is_a_figure_question(answerer):
    answer = answerer.ask("did the UK cite a number of political prisoners")
    assert answer.question_type == "figure" and "around 1,100" in answer.answer


def test_a_singular_who_question_presumes_one_speaker(answerer):
    # "which expert" presumes one did: the single-answer bar, not the who-said list's
    answer = answerer.ask("which expert said belarus doesnt even follow its own constitution")
    assert answer.answerable and {c.statement_id for c in answer.citations} == \
        {"hrc60-belarus/monika-platek"}


def test_a_passive_mention_names_its_topic_not_an_absent_speaker(answerer):
    answer = answerer.ask("is the ICC mentioned in the summary")
    assert answer.answerable and opening_word(answer.answer) == "yes"
    assert all("ICC" in c.quote or "International Criminal Court" in c.quote for c in answer.citations)


def test_content_questions_are_not_given_a_yes_or_no(answerer):
    for question in ("Which delegations called for abolishing the death penalty?",
                     "What did Malta say about the death penalty?", "What did Slovenia ask?"):
        assert opening_word(answerer.ask(question).answer) not in ("yes", "no")


# --- 4. "Which of them ..." when none qualify -------------------------------------------------


def test_none_of_them_says_why():
    statements = {}
    ngos = intent("Which NGOs called for it?", topic="it", kinds=["ngo"])
    assert none_of_them(ngos, statements, ["a", "b", "c"], of_kind=False) == \
        "None of the 3 speakers named in the previous answer are NGOs."
    assert none_of_them(ngos, statements, ["a", "b"], of_kind=True) == \
        "None of the 2 speakers named in the previous answer addresses this."


def test_widened_answers_within_first_and_labels_the_wider_answer(by_id):
    ngos = intent("Which NGOs raised it?", topic="it", kinds=["ngo"])
    states = [sid("malta"), sid("france")]
    asked = []

    def answer(ids):
        asked.append(list(ids))
        return Draft(question_type="who_said", lead="2 NGOs raised it:")

    draft = widened(ngos, by_id, states, answer)
    assert asked == [[]]  # no NGO among them: only the wider answer is asked
    assert draft.preface == "None of the 2 speakers named in the previous answer are NGOs."
    assert draft.lead == "Across all speakers: 2 NGOs raised it:"
    refused = widened(ngos, by_id, states, lambda ids: refusal("who_said", "none says this"))
    assert not refused.answerable and refused.lead.startswith("none of the 2 speakers named in the "
                                                              "previous answer are NGOs; across all")
    icj = [sid("international-commission-of-jurists")]
    kept = widened(ngos, by_id, icj, lambda ids: Draft(question_type="who_said", lead=f"{len(ids)}"))
    assert kept.lead == "1" and not kept.preface


@pytest.fixture(scope="module")
def death_penalty(answerer):
    question = "Which NGOs called for abolishing the death penalty?"
    reading = intent(question, topic="abolishing the death penalty", kinds=["ngo"])
    from hrcqa.answer.scoring import score_sentences

    vector = answerer.retriever.encoder.encode([reading.topic])[0]
    return reading, score_sentences(answerer.bank, vector, reading.topic, 0.5)


def test_which_of_them_with_no_ngo_among_them_says_so_and_answers_across_all(answerer, death_penalty):
    reading, scored = death_penalty
    states = [sid("malta"), sid("new-zealand"), sid("european-union")]
    draft = who_said(reading, scored, answerer.statements, Calibration(), states, followup=True)
    assert draft.answerable and draft.preface == \
        "None of the 3 speakers named in the previous answer are NGOs."
    text, citations = render(draft, answerer.statements, {})
    assert text.startswith("None of the 3 speakers named in the previous answer are NGOs.\n\n"
                           "Across all speakers: ")
    assert citations and {c.kind for c in citations} == {"ngo"}
    within = who_said(reading, scored, answerer.statements, Calibration(),
                      [*states, sid("international-commission-of-jurists")], followup=True)
    assert not within.preface and {q.statement_id for s in within.sections for line in s.lines
                                   for q in line.quotes} == {sid("international-commission-of-jurists")}


def test_a_filter_narrows_without_vouching(answerer, death_penalty):
    reading, scored = death_penalty
    ngos_only = [sid("law-society-of-england-and-wales")]  # an NGO silent on the death penalty
    filtered = who_said(reading, scored, answerer.statements, Calibration(), ngos_only)
    assert not filtered.answerable and not filtered.preface


# --- 5. a refusal caused by the caller's filters -----------------------------------------------


def test_filtered_out_names_the_excluded_speakers(by_id):
    refused = refusal("who_said", "none of its statements clearly says this", notes=["n"])
    draft = filtered_out(refused, [by_id[sid("france")], by_id[sid("poland")], by_id[sid("france")]])
    assert not draft.answerable and draft.question_type == "who_said"
    assert draft.lead == ("the filters exclude the speakers who address this (France, Poland); "
                          "clear the filters to see their statements")
    assert draft.notes == ["n", "filtered out: France, Poland"]
    assert filtered_out(refused, []) == refused
    omct = by_id[sid("world-organization-against-torture")]
    assert "(OMCT)" in filtered_out(refused, [omct]).lead


def test_quoted_statements_lists_each_quoted_statement_once_in_order(by_id):
    malta, eu = by_id[sid("malta")], by_id[sid("european-union")]
    draft = Draft(question_type="who_said", lead="x", sections=[
        Section(lines=[Line(quotes=[quote_of(eu, "The EU")]), Line(quotes=[quote_of(malta, "Malta")])]),
        Section(lines=[Line(quotes=[quote_of(eu, "EU")])])])
    assert [s.id for s in quoted_statements(draft, by_id)] == [eu.id, malta.id]


def test_filtered_refusal_from_a_real_unfiltered_answer(answerer, death_penalty):
    reading, scored = death_penalty
    everyone = who_said(reading, scored, answerer.statements, Calibration())
    silent = [sid("law-society-of-england-and-wales")]
    refused = who_said(reading, scored, answerer.statements, Calibration(), silent)
    draft = filtered_out(refused, quoted_statements(everyone, answerer.statements))
    assert not draft.answerable and "ICJ" in draft.lead and "clear the filters" in draft.lead


def test_a_named_speakers_own_figure_answers_its_figure_question(answerer):
    answer = answerer.ask("How many political prisoners does Albania say are still held?")
    assert answer.answerable and answer.speakers == ["Albania"]
    assert "1,200" in answer.answer


@pytest.mark.parametrize(("question", "opening"), [
    # it put a question to the experts, but not about that: no, and what it did ask
    ("did berlin ask the experts anything about the icc",
     "No. The summary records no question from Germany to the experts about “the icc”."),
    ("did germany ask the experts about accountability", "Yes. Germany asked the experts:"),
])
def test_a_yes_no_question_to_the_panel_about_a_topic_is_judged_on_the_topic(answerer, question, opening):
    answer = answerer.ask(question)
    assert answer.answer.startswith(opening)
    assert [c.statement_id for c in answer.citations] == ["hrc60-belarus/germany"]


# --- who did not: the speakers asked about, less those that did --------------------------------


def test_which_ngos_did_not_mention_a_topic_names_the_others_and_quotes_those_that_did(answerer):
    # the ICJ ("the use and expansion of the death penalty") and WRI (the "UN General Assembly
    # resolution on death penalty") did; the eight other NGOs did not
    answer = answerer.ask("Which NGOs did not mention the death penalty?")
    assert answer.answer.startswith(
        "8 of the 10 NGOs did not mention the death penalty: Law Society of England"), answer.answer[:200]
    assert cited(answer) == {sid("international-commission-of-jurists"),
                             sid("world-resisters-international")}
    lead = answer.answer.split("\n")[0]
    assert "International Commission of Jurists" not in lead and "World Resisters" not in lead
    assert any("did not" in item for item in answer.understood)


@pytest.mark.parametrize(("question", "opening"), [
    ("who never raised torture", "14 of the 34 speakers never raised torture: Belarus, Australia"),
    ("which states have not mentioned sanctions", "18 of the 21 delegations have not mentioned sanctions:"),
    ("Which experts did not talk about deportations?",
     "2 of the 3 experts did not talk about deportations: Ms. Karinna Moskalenko and Ms. Monika Płatek."),
    ("which NGOs didn't mention the Olympics?",
     "All 10 NGOs: none of their statements mentions “the Olympics”."),
])
def test_who_did_not_is_answered_in_the_questions_words(answerer, question, opening):
    answer = answerer.ask(question)
    assert answer.answer.startswith(opening), answer.answer[:200]


# --- two topics joined: both, or one but not the other --------------------------------------------


def test_both_of_two_topics_lists_those_in_both_lists_quoted_on_each(answerer):
    answer = answerer.ask("Which speakers mentioned both torture and the death penalty?")
    assert answer.answer.startswith("4 speakers addressed both “torture” and “the death penalty”:"), \
        answer.answer[:200]
    # the ICJ says both in one sentence; the EU, New Zealand and WRI in two
    assert cited(answer) == {sid("european-union"), sid("new-zealand"),
                             sid("international-commission-of-jurists"), sid("world-resisters-international")}
    # Malta calls for abolition, but says nothing of torture
    assert sid("malta") not in cited(answer)


def test_one_topic_but_not_another_leaves_out_those_that_address_the_second(answerer):
    answer = answerer.ask("Who mentioned torture but not the death penalty?")
    assert answer.answer.startswith(
        "16 speakers addressed “torture” but not “the death penalty”. Left out, as they address “the death "
        "penalty” too: European Union"), answer.answer[:200]
    assert not cited(answer) & {sid("european-union"), sid("new-zealand"),
                                sid("international-commission-of-jurists")}
    # no one on the first topic: that answer stands, not "every one of the 0 speakers ..."
    assert not answerer.ask("Who mentioned the Olympics but not the death penalty?").answerable


@pytest.mark.parametrize(("question", "read"), [
    ("Did the EU and Poland both mention political prisoners?",
     "Did the EU and Poland mention political prisoners?"),
    ("What did both France and Germany say about the death penalty?",
     "What did France and Germany say about the death penalty?"),
])
def test_both_of_the_speakers_asks_of_each(answerer, question, read):
    answer = answerer.ask(question)
    assert answer.resolved_question == read
    assert not answer.answer.startswith("No."), answer.answer[:200]  # "does not address 'both mention ...'"


def test_did_any_of_them_after_a_long_list_answers_among_them(answerer):
    """"did any of them mention lawyers?" after the eleven delegations that mentioned torture: those
    of them that did, said to be of those named before (it quoted NGOs that were not in the list)."""
    asked = "Which States mentioned torture?"
    before = answerer.ask(asked)
    listed = cited(before)
    assert len(listed) > 3
    answer = answerer.ask("did any of them mention lawyers?", history=[(asked, before.answer)])
    assert answer.answer.startswith(f"Yes. {len(cited(answer))} speakers of the {len(listed)} named before")
    assert cited(answer) and cited(answer) <= listed, answer.answer[:300]


def test_a_claim_is_attributed_to_those_who_say_it_in_its_words(answerer):
    # New Zealand says it; the EU and Malta, near the death penalty by their vectors, say nothing
    # of Europe (`hrcqa.answer.claims`)
    answer = answerer.ask("Who said Belarus is the only country in Europe that still uses the death penalty?")
    assert sid("new-zealand") in cited(answer), answer.answer[:300]
    assert not cited(answer) & {sid("european-union"), sid("malta")}, answer.answer[:300]
    # a topic raised is not a claim: every delegation that raises it is listed
    raised = answerer.ask("Which delegations raised the death penalty?")
    assert {sid("new-zealand"), sid("malta"), sid("european-union")} <= cited(raised)


@pytest.mark.parametrize("question", ["Who called Lukashenko a dictator?",
                                      "which delegation described lukashenko as a tyrant"])
def test_a_name_no_statement_uses_is_given_by_no_one(answerer, question):
    """Several speakers speak of Lukashenko, but none calls him a dictator or a tyrant (nor a
    word near either): listing them would put words in their mouths."""
    answer = answerer.ask(question)
    assert not answer.answerable and "no statement uses the word" in answer.answer, answer.answer


def test_a_name_the_summary_uses_is_attributed_to_who_used_it(answerer):
    answer = answerer.ask("who called the group of experts a monologue")
    assert answer.answerable and {c.statement_id for c in answer.citations} == {"hrc60-belarus/belarus"}
    sham = answerer.ask("which dels called the 2020 / Jan 2025 elections fraudulent or sham?")
    assert {c.statement_id for c in sham.citations} == {"hrc60-belarus/france", "hrc60-belarus/new-zealand"}


def test_praise_of_a_person_is_praise_of_that_person(answerer):
    """"Who praised Lukashenko?": Ireland "agrees with the Experts that President Lukashenko has
    methodically instrumentalized the state apparatus" approves of the Experts, not of him; no
    statement praises him. A finding about him is still what it is: Ireland backs that one."""
    praised = answerer.ask("who praised lukashenko")
    assert not praised.answerable, praised.answer
    finding = answerer.ask("which states backed the experts' finding about lukashenko")
    assert "hrc60-belarus/ireland" in {c.statement_id for c in finding.citations}, finding.answer


def test_a_noun_another_states_demonym_qualifies_is_not_the_topics(answerer):
    """"Belarusian children" are not "Ukrainian children": Malta, the EU and the Nordic-Baltic
    statement speak only of deported Ukrainian children; WRI of the militarization of children."""
    def cited(question: str) -> set[str]:
        return {c.statement_id.split("/")[1] for c in answerer.ask(question).citations}

    ukrainian_only = {"malta", "european-union", "lithuania-on-behalf-of-the-nordic-baltic-states"}
    belarusian = cited("did anyone talk about belarusian children")
    assert "world-resisters-international" in belarusian and not belarusian & ukrainian_only, belarusian
    assert ukrainian_only <= cited("who raised the deportation of ukrainian children")


def test_a_negation_that_is_the_criticism_asked_for_answers_yes(answerer):
    """"Did anyone criticise the Group of Experts?": Belarus's "Neither the so-called Group of
    Experts nor the Special Rapporteur can be considered mechanisms of ... cooperation" is the
    criticism, not a denial of it; the answer opened "No." over that very quote."""
    answer = answerer.ask("did anyone criticise the group of experts")
    assert answer.answer.startswith("Yes"), answer.answer
    assert [c.statement_id for c in answer.citations] == ["hrc60-belarus/belarus"]
