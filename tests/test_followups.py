"""Follow-up resolution (`hrcqa.question.followups`): pure rewrites of elliptical questions, no model."""

from __future__ import annotations

import re

import pytest

from hrcqa.question.followups import previous_question, resolve_followup, speakers_named
from hrcqa.question.framing import unframed
from hrcqa.question.intent import read_intent
from hrcqa.question.meeting import read_meeting
from hrcqa.question.query import SpeakerDirectory
from hrcqa.question.reading import read_question

NGO_SUMMARY = ("The Benelux countries, Austria, Czechia, Poland, Romania, the UK, the Law Society "
               "of England and Wales coalition, IBAHRI, OMCT, Article 19 and the ICJ.")


@pytest.fixture(scope="module")
def directory(parsed):
    return SpeakerDirectory(parsed.statements)


@pytest.fixture
def resolutions(monkeypatch) -> list[str]:
    """The questions resolved against a previous turn, in order (counted, not timed)."""
    import hrcqa.question.followups as followups

    calls: list[str] = []
    original = followups._resolve
    monkeypatch.setattr(followups, "_resolve", lambda *a: calls.append(a[0]) or original(*a))
    followups._resolve_once.cache_clear()  # earlier tests' turns are remembered
    return calls


def ids(*slugs: str) -> list[str]:
    return [f"hrc60-belarus/{slug}" for slug in slugs]


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    ("What did France say about detention conditions?", "And Germany?",
     "What did Germany say about detention conditions?"),
    ("What did Malta say about the death penalty?", "And New Zealand?",
     "What did New Zealand say about the death penalty?"),
    ("What did IBAHRI say about lawyers in Belarus?", "And the ICJ?",
     "What did the ICJ say about lawyers in Belarus?"),
    ("What did Malta say about Ukrainian children?", "What about Estonia?",
     "What did Estonia say about Ukrainian children?"),
    ("What did France say about detention conditions?", "And the death penalty?",
     "What did France say about the death penalty?"),
    ("Which speakers raised the death penalty?", "And Malta?",
     "What did Malta say about the death penalty?"),
    # several names, with "too"
    ("What did France say about detention conditions?", "germany and austria too?",
     "What did germany and austria say about detention conditions?"),
    # a name takes the place of every name listed before it, a list's acronym in brackets too
    ("What did the Law Society and International Commission of Jurists (ICJ) say about the special "
     "rapporteur?", "and Minsk?", "What did Minsk say about the special rapporteur?"),
    ("What did France, Germany and the UK say about torture?", "and the french?",
     "What did the french say about torture?"),
    # agreeing takes the previous topic as its object
    ("What did Malta say about the death penalty?", "did any NGO echo it",
     "did any NGO echo the death penalty"),
    # a topic that is a clause stays one: what happened, the things done
    ("What happened to Nasta Loika?", "and the ICJ?",
     "What did the ICJ say about what happened to Nasta Loika?"),
    ("What sanctions were imposed?", "and the UK?", "What did the UK say about the sanctions imposed?"),
    ("Which prisoners were released?", "and Poland?", "What did Poland say about the prisoners released?"),
])
def test_and_speaker_swaps_the_speaker_or_the_topic(directory, previous, question, resolved):
    followup = resolve_followup(question, [(previous, "…")], directory)
    assert followup.question == resolved
    assert followup.changed


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    ("What did Romania say about the release of political prisoners?", "What did it ask?",
     "What did Romania ask?"),
    ("What did the Benelux countries say about transnational repression?",
     "What did they ask the experts?", "What did the Benelux countries ask the experts?"),
    ("What did the Human Rights House Foundation say about the report?",
     "And what did it ask the experts?",
     "What did the Human Rights House Foundation ask the experts?"),
    ("What did Slovenia say about children?", "What was its question to the Chair?",
     "What was Slovenia's question to the Chair?"),
])
def test_pronouns_take_the_previous_speaker(directory, previous, question, resolved):
    assert resolve_followup(question, [(previous, "…")], directory).question == resolved


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    # a kind after a question about one speaker asks the kind about the same topic
    ("what did germany say about the death penalty", "what about the ngos?",
     "Which NGOs spoke about the death penalty?"),
    # "who else did?": did what the previous turn asked about
    ("did the EU mention the ICC", "who else did?", "who else mentioned the ICC?"),
    # the other extreme of the same figures
    ("Who gave the lowest figure for political prisoners?", "and the highest?",
     "Who gave the highest figure for political prisoners?"),
    # agreeing is saying the same: the previous question of that speaker
    ("what did ireland say about lukashenko", "did germany agree", "what did germany say about lukashenko"),
    ("did the EU call for abolishing the death penalty", "did malta say the same",
     "did malta call for abolishing the death penalty"),
    # a count without its noun counts the previous topic
    ("what did poland say about political prisoners", "how many did it say are held",
     "How many political prisoners did poland say are held"),
    ("who mentioned political prisoners", "how many are still held",
     "how many political prisoners are still held"),
    # with no verb of its own, the whole previous topic is counted, by whoever it names
    ("which speakers said political prisoners are still held", "how many, according to albania?",
     "how many political prisoners are still held, according to albania?"),
    # only a kind, however it is put
    ("Which speakers called for the release of political prisoners?", "just the ngos please",
     "Which NGOs called for the release of political prisoners?"),
    ("Which speakers called for the release of political prisoners?", "states only",
     "Which States called for the release of political prisoners?"),
    ("Which speakers called for the release of political prisoners?", "only the NGO please",
     "Which NGOs called for the release of political prisoners?"),  # a learner's singular
    # a speaker the question itself names first is the pronoun's: the lead-in goes
    ("Which States mentioned dialogue?", "going back to malta - did it also push for dialogue",
     "Did malta also push for dialogue"),
    # "one of those": the group statement the previous answer named
    ("What did the Benelux say about perpetrators?", "is belgium one of those",
     "Is belgium part of the Benelux countries?"),
    # a meeting fact about "them" is asked of the speakers named
    ("Which speakers mentioned the ICJ?", "which one of them chairs the group", "Who chairs the group?"),
    ("Which speakers mentioned the ICJ?", "which of them are civil society orgs",
     "Which NGOs mentioned the ICJ?"),
    ("Which speakers mentioned the ICJ?", "which of them is on the expert panel",
     "Which experts mentioned the ICJ?"),
    # the person an answer quoted, when the question named none
    ("what happened to the defender they talked about", "who else brought her up",
     "who else brought up Nasta Loika"),
    # a count of a person is no count: nothing is carried over
    ("who mentioned Nasta Loika", "how many are still locked up", "how many are still locked up"),
    # bare "who else?": the previous question without those named
    ("Which States mentioned the death penalty?", "anyone else?", "Who else mentioned the death penalty?"),
    # "their figure" names no topic of its own: the previous one, as a figure question
    ("what did poland say about political prisoners", "what was their figure?",
     "What was poland's figure for political prisoners?"),
    ("what did poland say about political prisoners", "same question for the EU",
     "what did the EU say about political prisoners"),
    # a topic after "and on" when the previous turn had none
    ("what did germany say", "and on the death penalty?", "What did germany say about the death penalty?"),
    # "that kind of thing" is the previous topic; "that sort of pressure" is pressure
    ("what did bazilli say about targeted measures", "which states imposed that kind of thing themselves",
     "which states imposed targeted measures themselves"),
    ("what did bazilli say about targeted measures", "how did belarus describe that sort of pressure",
     "how did belarus describe that sort of pressure"),
    # a figure asked again: the previous topic without the previous figure
    ("which speakers put the number still behind bars at roughly 1,100?",
     "What exact figure did Prague give?", "What exact figure did Prague give for still behind bars?"),
    # "what were they?" after a count: the ones counted
    ("how many groups spoke?", "what were they?", "Which groups spoke?"),
    ("how many NGOs took the floor", "can you name them", "Which NGOs took the floor?"),
    # a person the statements name is a topic, not an absent speaker
    ("Which NGOs named Ales Bialiatsky?", "and Nasta Loika?", "Which NGOs named Nasta Loika?"),
    # a particle after the pronoun that stands for the topic: "brought her up"
    ("who mentioned Nasta Loika", "who else brought her up", "who else brought up Nasta Loika"),
])
def test_elliptical_follow_ups_take_what_the_previous_turn_asked(directory, previous, question, resolved):
    answer = ("- **European Union**: “…” [1]\n- **Human Rights House Foundation**: “…” [2]\n"
              "- **Netherlands, on behalf of the Benelux countries**: “…” [3]\n"
              "- **Article 19**: “Nasta Loika, a prominent human rights defender, continues …” [4]")
    assert resolve_followup(question, [(previous, answer)], directory).question == resolved


@pytest.mark.parametrize(("question", "resolved"), [
    ("What did the former ask the experts?", "What did Czechia ask the experts?"),
    ("What did the latter ask?", "What did World Organization Against Torture (OMCT) ask?"),
])
def test_the_former_and_the_latter_are_the_first_and_last_named(directory, question, resolved):
    answer = ("2 speakers put questions to the experts:\n- **Czechia**: “…” [1]\n"
              "- **World Organization Against Torture (OMCT)**: “…” [2]")
    followup = resolve_followup(question, [("Which speakers asked the experts about deportation?", answer)],
                                directory)
    assert followup.question == resolved


def test_among_them_after_the_questions_own_plural_is_of_those(directory):
    answer = "Belarus said:\n- “…” [1]"
    for question in ("How many groups took the floor, and which spoke last among them?",
                     "How many regional and cross-regional groups spoke, and which spoke last among them?"):
        assert resolve_followup(question, [("what did belarus say", answer)], directory).question == question
    # a plural that is no kind of speaker leaves "them" to the previous turn
    followup = resolve_followup("which topics came first among them?", [("what did belarus say", answer)],
                                directory)
    assert followup.changed


def test_that_before_a_preposition_is_not_the_previous_topic(directory):
    """"who did they deliver that with": "that" is the statement, not "fleeing Belarusians"."""
    answer = "- **World Resisters International (WRI), jointly with Connection e.V.**: “…” [1]"
    asked = "Which NGOs asked countries not to send fleeing Belarusians back?"
    followup = resolve_followup("who did they deliver that with", [(asked, answer)], directory)
    assert followup.question == "Who did World Resisters International (WRI) deliver that with"


def test_which_of_them_keeps_the_ngos_the_previous_answer_named(directory):
    history = [("Who raised the persecution of lawyers in Belarus?", NGO_SUMMARY)]
    followup = resolve_followup("Which of them are NGOs?", history, directory)
    assert followup.question == "Which NGOs raised the persecution of lawyers in Belarus?"
    # All 11 speakers named; the answer keeps those of the kind asked and says if none are.
    assert len(followup.restrict_to) == 11 and set(ids(
        "law-society-of-england-and-wales", "international-bar-associations-human-rights-institute",
        "world-organization-against-torture",
        "article-19-the-international-centre-against-censorship",
        "international-commission-of-jurists")) <= set(followup.restrict_to)
    assert "11 speakers named in the previous answer" in followup.note


def test_which_of_those_without_names_reruns_the_question_for_the_kind(directory):
    history = [("Which speakers raised the repression of independent media or journalists?",
                "Several did.")]
    followup = resolve_followup("Which of those were States?", history, directory)
    assert followup.question == ("Which States raised the repression of independent media or "
                                 "journalists?")
    assert followup.restrict_to == []


def test_speakers_named_skips_quoted_text(directory):
    answer = "- **Conscience and Peace Tax International (CPTI)**: “… in particular Lithuania …” [1]"
    assert speakers_named(answer, directory) == ids("conscience-and-peace-tax-international")


def test_speakers_named_leaves_out_a_co_presenter_that_has_its_own_statement(directory):
    """IBAHRI spoke on its own and with the Law Society: its own header names only its own."""
    answer = "- **International Bar Association's Human Rights Institute (IBAHRI)**: “…” [1]"
    assert speakers_named(answer, directory) == ids("international-bar-associations-human-rights-institute")


def test_them_after_a_preposition_stands_for_the_speakers_listed(directory):
    answer = ("- **Ms. Monika Płatek**: “…” [1]\n- **Ms. Susan Bazilli**: “…” [2]")
    followup = resolve_followup("who spoke right before them", [("Which speakers mentioned UNCAT?", answer)],
                                directory)
    assert followup.question == "Who spoke right before Ms. Monika Płatek and Ms. Susan Bazilli"


def test_they_after_two_experts_is_the_group_unless_a_meeting_fact_is_asked(directory):
    """"When will they report?" after an answer quoting Płatek and Bazilli: the experts, as a Group
    (it was "When will Ms. Monika Płatek and Ms. Susan Bazilli report"); not so for their places
    in the speaking order (above)."""
    answer = ("- **Ms. Monika Płatek**: “…” [1]\n- **Ms. Susan Bazilli**: “…” [2]")
    history = [("Which speakers mentioned targeted measures?", answer)]
    assert resolve_followup("Did they endorse targeted measures without qualification?", history,
                            directory).question == \
        "Did the experts endorse targeted measures without qualification?"


def test_a_chain_of_follow_ups_resolves_turn_by_turn(directory):
    history = [("What did France say about detention?", "…"), ("And Germany?", "…")]
    assert previous_question(history, directory) == "What did Germany say about detention?"
    assert resolve_followup("And Austria?", history, directory).question == \
        "What did Austria say about detention?"


@pytest.mark.parametrize("question", ["Who mentioned Nasta Loika?", "What did Slovenia ask?",
                                      "How many political prisoners remain?"])
def test_standalone_questions_are_left_alone(directory, question):
    followup = resolve_followup(question, [("What did France say about detention?", "…")],
                                directory)
    assert followup.question == question
    assert not followup.changed


def test_no_history_means_no_change_but_and_a_speaker(directory):
    assert resolve_followup("What about torture?", [], directory).question == "What about torture?"
    assert resolve_followup("Which of them are NGOs?", None, directory).changed is False


def test_a_long_chain_resolves_each_turn_once(directory, resolutions):
    """Follow-ups cost linear time in the history (they were exponential: each turn re-read
    every earlier one, recursively)."""
    names = ["Germany", "Austria", "Poland", "Romania", "Czechia", "Malta", "Ireland", "Albania"]
    history = [("What did France say about detention?", "…")]
    history += [(f"And {names[i % len(names)]}?", "…") for i in range(49)]
    resolved = resolve_followup("And Bulgaria?", history, directory)
    assert resolved.question == "What did Bulgaria say about detention?"
    # 49 earlier follow-ups + this one, each resolved at most once (the same turn in the same
    # context, as the names come round again, only once)
    assert 8 <= len(resolutions) <= len(history)
    # a chat sends the same turns again with its next question: only the new one is read
    resolutions.clear()
    history.append(("And Bulgaria?", "…"))
    malta = resolve_followup("And Malta?", history, directory)
    assert malta.question == "What did Malta say about detention?"
    assert resolutions == ["And Bulgaria?", "And Malta?"]


def test_resolution_starts_at_the_last_self_contained_turn(directory, resolutions):
    history = [("And Germany?", "…")] * 30 + [("What did Malta say about the death penalty?", "…")]
    assert resolve_followup("And New Zealand?", history, directory).question == \
        "What did New Zealand say about the death penalty?"
    assert resolutions == ["And New Zealand?"]


def test_history_is_capped_by_turns_and_characters_without_error():
    from hrcqa.question.followups import cap_history

    turns = [(f"Q{i}", "A" * 100) for i in range(200)]
    kept, note = cap_history(turns, max_turns=20, max_chars=1_000)
    assert kept == turns[-9:]  # 9 turns of 103 characters fit in 1,000
    assert note == "history: kept the last 9 of 200 turns"
    huge, note = cap_history([("Q", "x" * 100_000)], max_turns=20, max_chars=20_000)
    assert huge == [("Q", "x" * 20_000)] and note == ""  # one item is cut, never refused
    assert cap_history(turns, max_turns=0, max_chars=1_000) == ([], "history: kept the last 0 of 200 turns")
    assert cap_history(None, 20, 1_000) == ([], "")
    assert cap_history([1, "ab", None, ("Q", "A")], 20, 1_000) == ([("Q", "A")], "")  # not turns


def test_a_resolved_question_carried_in_the_history_is_used_as_is(directory, resolutions):
    history = [("What did France say about detention?", "…")] + [("And Germany?", "…")] * 30
    history[-1] = ("And Austria?", "…", "What did Austria say about detention?")
    assert resolve_followup("And Malta?", history, directory).question == \
        "What did Malta say about detention?"
    assert resolutions == ["And Malta?"]


def test_a_new_speaker_replaces_the_old_one_with_its_article(directory):
    history = [("What did the UK say about detention?", "…")]
    assert resolve_followup("And the EU?", history, directory).question == \
        "What did the EU say about detention?"
    assert resolve_followup("And Czechia?", history, directory).question == \
        "What did Czechia say about detention?"


def test_pronouns_after_a_who_question_stand_for_the_speakers_its_answer_named(directory):
    history = [("Who spoke right after France?", "Germany spoke right after France: …")]
    assert resolve_followup("What did they ask the experts?", history, directory).question == \
        "What did Germany ask the experts?"
    assert resolve_followup("and who came after them", history, directory).question == \
        "Who came after Germany"


@pytest.mark.parametrize("question", ["Belarus has answered to this?", "did Belarus respond to that?",
                                      "did anyone reply to it"])
def test_what_is_answered_to_is_the_previous_topic(directory, question):
    history = [("who raised gender-based violence", "4 speakers raised gender-based violence: …")]
    resolved = resolve_followup(question, history, directory).question
    assert resolved.rstrip("?").endswith("gender-based violence")


def test_a_speaker_answered_is_no_topic(directory):
    history = [("what did Belarus say about the experts", "Belarus said: …")]
    assert "the experts" not in resolve_followup("who answered them?", history, directory).question


def test_a_topic_pronoun_after_a_meeting_question_is_the_topic_before_it(directory):
    """"who spoke after Moldova?" has no topic: "did they bring it up too" after it is about the
    topic of the turn before ("did Moldova bring after moldova up too" it was, with "and who ..."
    read as no who-question), and its particle goes before the phrase put in."""
    history = [("What did Malta say about executions?", "Malta said: …"),
               ("and who spoke after moldova", "New Zealand spoke right after Moldova: …")]
    assert resolve_followup("did they bring it up too", history, directory).question == \
        "Did New Zealand bring up executions too"
    # the app's history carries each turn's resolved question: the same
    carried = [(*history[0], "What did Malta say about executions?"),
               (*history[1], "and who spoke after moldova")]
    assert resolve_followup("did they bring it up too", carried, directory).question == \
        "Did New Zealand bring up executions too"
    # a topic of the turn before a meeting question, not of one further back than a question with its own
    history = [("What did Malta say about executions?", "…"), ("What did France say about detention?", "…"),
               ("who spoke after France", "Germany spoke right after France: …")]
    assert resolve_followup("did they mention it", history, directory).question == \
        "Did Germany mention detention"


@pytest.mark.parametrize(("question", "resolved"), [
    # a kind of several words, then its own verb: a question of its own (it was merged into the
    # previous one: "what figure did the swiss give for rights group put a number on releases?")
    ("any rights group put a number on releases", "any rights group put a number on releases"),
    ("did any human rights group raise the war?", "did any human rights group raise the war?"),
    # a kind and a topic: which of them spoke on it
    ("any rights group on that?", "Which NGOs spoke on releases?"),
    ("and any states on the death penalty?", "Which States spoke on the death penalty?"),
])
def test_any_kind_of_speaker_with_its_own_verb_or_topic(directory, question, resolved):
    history = [("what figure did the swiss give for releases?", "Switzerland: more than 400 …")]
    assert resolve_followup(question, history, directory).question == resolved


def test_a_question_with_its_own_speaker_or_subject_keeps_its_pronouns(directory):
    history = [("What did Czechia say about detention?", "Czechia said: …")]
    assert not resolve_followup("did France ask them anything", history, directory).changed
    history = [("What did the Chair say about Lukashenko?", "…")]
    assert not resolve_followup("which state said it agreed with the experts", history,
                                directory).changed
    # "one of the experts said X, what number did she give": she is that expert, not Article 19
    history = [("and article 19 how many did they say got released",
                "The figure given: over 300 (Article 19 …)")]
    assert not resolve_followup("one of the experts said some got rearrested what is the number she gave",
                                history, directory).changed
    # "its" after a singular thing the question names stands for that thing ("the Bar"), not for the
    # speaker the answer before quoted
    history = [("who said the bar is controlled by the state", "1 speaker said so: … ICJ …")]
    resolved = resolve_followup("Who else faulted the Bar for failing its members?", history, directory)
    assert "its members" in resolved.question
    # with no such thing before it, "its" still leans on the answer before
    history = [("What did the ICJ say about the Bar?", "The ICJ said: …")]
    assert resolve_followup("what did its statement call for", history, directory).question == \
        "What did the ICJ's statement call for about the Bar?"


def test_who_else_leaves_out_the_speakers_already_named(directory):
    history = [("Which States mentioned incommunicado detention?", "Czechia and Albania did.")]
    followup = resolve_followup("who else mentioned incommunicado detention", history, directory)
    assert followup.exclude == ids("czechia", "albania") and "leaving out the 2" in followup.note
    followup = resolve_followup("does anyone else mention incommunicado detention", history, directory)
    assert followup.exclude == ids("czechia", "albania")


@pytest.mark.parametrize(("question", "resolved"), [
    ("anyone else moratorium", "Who else mentioned moratorium?"),  # keywords
    ("Other speakers have spoken of the journalists?",
     "Which other speakers have spoken of the journalists?"),
    ("other countries have made sanctions also?", "Which other countries have made sanctions?"),
])
def test_who_else_typed_as_keywords_or_in_a_learners_order_leaves_out_those_named(directory, question,
                                                                                   resolved):
    history = [("Which States mentioned the death penalty?",
                "- **Czechia**: “…” [1]\n- **Albania**: “…” [2]")]
    followup = resolve_followup(question, history, directory)
    assert (followup.question, followup.exclude) == (resolved, ids("czechia", "albania"))


def test_a_name_or_kind_put_first_then_a_bare_figure_question(directory):
    history = [("Which speakers said 1,100 political prisoners remain?", "- **Germany**: “…” [1]")]
    albania = resolve_followup("And Albania, which number?", history, directory).question
    assert albania.startswith("Which number did Albania give for") and "political prisoners" in albania
    # keywords: a figure of a speaker
    history = [("who reported the death of Padniabenny", "- **OMCT**: “…” [1]")]
    assert resolve_followup("date per omct", history, directory).question == \
        "What date did omct give for the death of Padniabenny?"
    # a second speaker's figure compared with it, as keywords; read again as history
    history.append(("date per omct", "The figure given: 8 September (OMCT)."))
    assert resolve_followup("cpti same date?", history, directory).question == \
        "Did cpti and OMCT give the same date for the death of Padniabenny?"
    # a kind of speaker as the lead-in, and a learner's order with no auxiliary
    history = [("Who has spoken of the forced exile for the prisoners released", "- **Germany**: “…” [1]")]
    experts = resolve_followup("and the experts, which number of exiled they give", history, directory)
    assert experts.question == "Which number of exiled did the experts give"


@pytest.mark.parametrize(("question", "name"), [
    ("is that the same as Poland's figure?", "Poland"),
    ("does that match what Poland said?", "Poland"),
    ("does Poland agree?", "Poland"),
    # a speaker named by some words of its name and a noun
    ("does that match what the peace tax people said", "Conscience and Peace Tax International (CPTI)"),
])
def test_that_compared_with_another_speaker_asks_whether_they_give_the_same_figure(directory, question,
                                                                                    name):
    """After one speaker's figure, "does that match what X said?" was read as a question to X about
    "that match what said", and answered with a wrong "No: ... does not address"."""
    history = [("How many political prisoners did Czechia say there are?",
                "The figure given: 1168 (Czechia).")]
    assert resolve_followup(question, history, directory).question == \
        f"Did {name} and Czechia give the same figure for political prisoners there are?"


def test_consistent_with_is_not_read_as_the_same_figure(directory):
    """"hundreds of thousands" is consistent with "up to 600,000", though not the same figure."""
    history = [("How many people did the HRHF say had been driven into exile?", "The figure given: up to "
                                                                             "600,000 (HRHF).")]
    assert "same figure" not in resolve_followup("Is that consistent with what the Chair said?", history,
                                                 directory).question


def test_a_speaker_too_after_a_who_question_asks_whether_it_said_it_as_well(directory):
    history = [("Which speakers mentioned the instrumentalization of migrants?", "- **Poland**: “…” [1]")]
    assert resolve_followup("australia too?", history, directory).question == \
        "Did australia mention the instrumentalization of migrants?"
    # without "too", what it said on that topic
    assert resolve_followup("and Australia?", history, directory).question == \
        "What did Australia say about the instrumentalization of migrants?"


def test_since_when_asks_a_date_of_the_previous_speakers_topic(directory):
    history = [("Did Ukraine say anything about airspace?", "Yes. Ukraine said: …")]
    assert resolve_followup("since when", history, directory).question == \
        "Since when, according to Ukraine, airspace?"
    # the speaker the previous answer named, when the question named none
    history = [("who mentioned airspace", "1 speaker mentioned airspace:\n- **Ukraine**: “…” [1]")]
    assert resolve_followup("and since when?", history, directory).question == \
        "Since when, according to Ukraine, airspace?"
    # "in which year?": the year of the figure that speaker just gave
    history = [("How many political prisoners did france say were convicted",
                "The figure given: 1,724 (France). …")]
    assert resolve_followup("in which year", history, directory).question == \
        "In which year, according to France, political prisoners were convicted?"


def test_a_bare_superlative_after_a_figure_asks_who_gave_it(directory):
    history = [("how many political prisoners remain", "Speakers give different figures: …")]
    assert resolve_followup("highest?", history, directory).question == \
        "Who gave the highest figure for political prisoners remain?"


def test_a_pronoun_after_and_stands_for_the_one_the_question_asks_for(directory):
    history = [("what did hrhf say about exile", "Human Rights House Foundation said …")]
    for question in ("which ngo spoke last and what were they asking states to do",
                     "who spoke first and what did they say"):
        assert not resolve_followup(question, history, directory).changed
    assert resolve_followup("what did they ask", history, directory).changed


def test_a_topic_put_first_is_what_its_pronoun_stands_for(directory):
    history = [("which speakers raised sexual violence in detention", "Lithuania and Switzerland did.")]
    followup = resolve_followup("and LGBTQ+ persons - who mentioned them?", history, directory)
    assert "sexual violence" not in followup.question and "Switzerland" not in followup.question
    # a pointer put first still leans on the chat
    assert resolve_followup("the first one - what did it ask?", history, directory).changed


def test_who_else_after_a_refused_turn_leaves_out_the_speakers_named_before_it(directory):
    history = [("what date did france give for the election", "The figure given: January 2025 (France). …"),
               ("whose data was that", "The summary does not say this: none of its statements answers "
                                       "this question closely enough.")]
    followup = resolve_followup("who else called the elections fraudulent", history, directory)
    assert followup.exclude == ids("france")


def test_which_of_them_did_something_restricts_to_the_previous_answer(directory):
    history = [("Who mentioned the ICC?", "OMCT and the Human Rights House Foundation did.")]
    followup = resolve_followup("which of them asked the experts about it", history, directory)
    assert followup.question == "Which speakers asked the experts about the ICC?"
    assert followup.restrict_to == ids("world-organization-against-torture",
                                       "human-rights-house-foundation")
    # a question of its own put to them, which the previous answer does not vouch for
    assert followup.asks_anew
    assert resolve_followup("did any of those put a question to the experts?", history, directory).asks_anew
    assert not resolve_followup("Which of them are NGOs?", history, directory).asks_anew


def test_a_pronoun_in_the_topic_stands_for_the_previous_topic_not_a_speaker(directory):
    history = [("Did the ICJ mention the death penalty?", "Yes. The ICJ said: …")]
    assert resolve_followup("who called for abolishing it?", history, directory).question == \
        "who called for abolishing the death penalty?"
    history = [("What did the Chair say about Lukashenko?", "Ms. Karinna Moskalenko said: …")]
    followup = resolve_followup("which state said it agreed with the experts on that", history,
                                directory)
    assert followup.changed and followup.question == \
        "which state said it agreed with the experts on Lukashenko"
    history = [("who initiated the ICC examination", "Ms. Monika Płatek said: …")]
    assert resolve_followup("did anyone else mention it?", history, directory).question == \
        "did anyone else mention the ICC examination?"
    # a deed done to "it" ("brokered it", "opposed it") is done to the topic; delivering or
    # following "it" is a speaker's
    history = [("Did the ICJ mention the death penalty?", "Yes. The ICJ said: …")]
    assert resolve_followup("who else opposed it", history, directory).question == \
        "who else opposed the death penalty"
    history = [("who mentioned the release of the 52 prisoners", "7 speakers …")]
    assert resolve_followup("who said the americans brokered it", history, directory).question == \
        "who said the americans brokered the release of the 52 prisoners"
    history = [("What did Lithuania say about the ICC?", "Lithuania said: …")]
    assert "release" not in resolve_followup("who delivered it", history, directory).question
    assert "ICC" not in resolve_followup("who delivered it", history, directory).question


def test_a_pronoun_spoken_to_or_speaking_still_stands_for_a_speaker(directory):
    history = [("What did Czechia say about detention?", "Czechia said: …")]
    assert resolve_followup("what did it ask them", history, directory).question == \
        "What did Czechia ask them"
    assert resolve_followup("did they mention that?", history, directory).question == \
        "Did Czechia mention detention?"


def test_who_else_said_so_carries_the_previous_topic(directory):
    history = [("What did they say about Padniabenny?", "OMCT said: …")]
    followup = resolve_followup("did anyone else mention him?", history, directory)
    assert followup.question == "did anyone else mention Padniabenny?"
    assert followup.exclude == ids("world-organization-against-torture")


def test_a_singular_pronoun_after_a_who_question_takes_the_first_speaker_named(directory):
    history = [("Which NGO raised gender-based violence?",
                "Advocates for Human Rights did; the Nordic-Baltic states did not.")]
    assert resolve_followup("what did it say about NGOs", history, directory).question == \
        "What did Advocates for Human Rights say about NGOs"


def test_a_demonstrative_closing_the_question_stands_for_the_previous_topic(directory):
    history = [("did France say anything about this year's presidential election?", "Yes. …")]
    assert resolve_followup("who else brought that vote up?", history, directory).question == \
        "who else brought up this year's presidential election?"
    # a speaker noun is not the topic but the speaker, and "that" opening a clause is no demonstrative
    assert resolve_followup("what did that country say", history, directory).question == "what did France say"
    assert resolve_followup("who else said that Belarus lies?", history, directory).question == \
        "who else said that Belarus lies?"


def test_a_turn_with_only_a_topic_anaphor_is_resolved_when_it_is_history(directory):
    history = [("did France mention the death penalty?", "No: …"),
               ("who else mentioned it?", "Malta and the EU did.")]
    assert resolve_followup("did New Zealand raise it too?", history, directory).question == \
        "did New Zealand raise the death penalty too?"


def test_which_of_them_after_an_anyone_question(directory):
    history = [("anyone mention the special rapporteur?", "Belarus, France and the Law Society …")]
    assert resolve_followup("which of them are NGOs", history, directory).question == \
        "Which NGOs mention the special rapporteur?"


def test_which_of_them_in_other_words(directory):
    history = [("who said civic space is shrinking", "Bulgaria, Romania and Ms. Susan Bazilli said …")]
    actual = resolve_followup("how many of them are actual countries?", history, directory)
    assert actual.question == "Which countries said civic space is shrinking"
    assert actual.restrict_to == ids("bulgaria", "romania", "susan-bazilli")
    among = resolve_followup("any ngos among those?", [("Which speakers mentioned lawyers?",
                                                         "IBAHRI and Poland …")], directory)
    assert among.question == "Which NGOs mentioned lawyers?"
    assert among.restrict_to == ids("international-bar-associations-human-rights-institute", "poland")


def test_did_any_of_them_after_a_long_list_is_asked_of_that_list(directory):
    """"any of them" of up to three speakers asks each by name; of more, it was left as it was and
    answered across every speaker ("did any of them mention lawyers?" after eleven States quoted
    three NGOs)."""
    states = ["Albania", "Austria", "Czechia", "Ireland", "Poland", "Switzerland"]
    history = [("Which States mentioned torture?", " ".join(f"- **{s}**: “…”" for s in states))]
    actual = resolve_followup("did any of them mention lawyers?", history, directory)
    assert actual.question == "Did anyone mention lawyers?"
    assert actual.restrict_to == ids(*(s.lower() for s in states))
    few = [("Which States mentioned torture?", "- **Albania**: “…” - **Austria**: “…”")]
    assert resolve_followup("did any of them mention lawyers?", few, directory).restrict_to == []


def test_a_topic_with_a_question_in_it_takes_no_other_topic(directory):
    """"anything on the justice ministry" after "the bar association one - what exactly" was "the
    the justice ministry exactly": the previous topic ("bar association one - what") is no phrase
    to put the new one in."""
    history = [("the bar association one - what exactly", "IBAHRI said: …")]
    assert "the the" not in resolve_followup("anything on the justice ministry", history, directory).question


def test_how_many_of_the_n_just_counted_asks_which_of_them(directory):
    """"how many of the 17 mentioned the death penalty" after "how many states spoke": which of the
    States counted did (it was asked of no one, and the turns after it lost their topic)."""
    history = [("how many states spoke in total",
                "17 States took the floor. **States (17)** - **Albania**: … - **Australia**: … - "
                "**Austria**: …")]
    for question in ("how many of the 17 mentioned the death penalty",
                     "how many of them mentioned the death penalty"):
        followup = resolve_followup(question, history, directory)
        assert followup.question == "Which speakers mentioned the death penalty?", question
        assert followup.restrict_to == ids("albania", "australia", "austria")
    # and the turn after it reads it resolved
    history.append(("how many of the 17 mentioned the death penalty",
                    "2 speakers mentioned the death penalty: **States (2)** - **Malta**: … - "
                    "**New Zealand**: …"))
    assert resolve_followup("and the groups?", history, directory).question == \
        "Which groups mentioned the death penalty?"


def test_that_one_stands_for_the_speaker_named_first(directory):
    history = [("Which NGOs mentioned the rule of law?", "IBAHRI and the ICJ …")]
    assert resolve_followup("what did that one say about the judges", history, directory).question \
        == "What did International Bar Association's Human Rights Institute (IBAHRI) say about the judges"


def test_a_personal_pronoun_stands_for_a_person_not_an_organisation(directory):
    history = [("who mentioned Nasta Loika", "OMCT, Article 19 and HRHF mentioned her …")]
    assert resolve_followup("what is her sentence?", history, directory).question == \
        "What is Nasta Loika's sentence?"
    history = [("What is Nasta Loika's sentence?", "Article 19 …")]
    assert resolve_followup("who else talked about her?", history, directory).question == \
        "who else talked about Nasta Loika?"
    # a panel member is a person: "she" is the Chair
    history = [("what did the chair say about accountability", "Ms. Karinna Moskalenko said: …")]
    assert resolve_followup("did she mention the ICC?", history, directory).question == \
        "Did the chair mention the ICC?"
    # never an organisation or a State when the answer named no one of the panel
    history = [("Which NGOs gave a number of deaths in custody?",
                "2 speakers give the same figure: 9 / nine (CPTI, Belarusian Helsinki Committee). "
                "**NGOs (2)** - **National Human Rights Civic Association 'Belarusian Helsinki Committee'**: "
                "… - **Conscience and Peace Tax International (CPTI)**: …")]
    assert resolve_followup("what did he say about torture?", history, directory).question == \
        "what did he say about torture?"
    # but a State through the person the answer named delivering its statement
    history = [("speaking of lithuania, who took the floor for them",
                "Lithuania, on behalf of the Nordic-Baltic states, took the floor through H. E. Mr. Kęstutis "
                "Budrys, Minister of Foreign Affairs of the Republic of Lithuania.")]
    assert "Lithuania" in resolve_followup("which countries was he speaking for", history, directory).question


def test_he_after_a_refused_turn_is_the_person_quoted_before_it(directory):
    """The turn before could not be answered: "he" is the person quoted in the answer before that,
    not the organisation the refused question named ("Where did Conscience and Peace Tax ... die")."""
    cpti = "Conscience and Peace Tax International (CPTI)"
    history = [("what is the name of the man who died this month",
                "The summary records: - **World Organization Against Torture (OMCT)**: “On 8 September, "
                "another political prisoner, Andrey Padniabenny, died in prison No. 15 in Mahileu.” [1]"),
               (f"Was {cpti} the third or the eighth",
                f"The summary does not say this: the statement of {cpti} does not address “third or the "
                "eighth”.")]
    assert resolve_followup("where did he die", history, directory).question == \
        "Where did Andrey Padniabenny die"


def test_and_a_kind_of_speaker_asks_the_same_of_them(directory):
    history = [("Which delegations raised torture?", "11 delegations raised torture: …")]
    assert resolve_followup("what about the NGOs?", history, directory).question == \
        "Which NGOs raised torture?"


def test_the_it_of_is_it_true_is_no_ones(directory):
    history = [("where did Padniabenny die?", "The summary records: - **World Organization Against Torture "
                                               "(OMCT)**: “On 8 September, ...”")]
    assert "Organization" not in resolve_followup("Is it true that the toll was nine?", history,
                                                  directory).question
    assert "Organization" in resolve_followup("did it give a figure?", history, directory).question


@pytest.mark.parametrize("question", ["no, I meant any speaker, not just states", "what about all speakers?",
                                      "everyone, not only the NGOs"])
def test_every_kind_of_speaker_after_a_question_about_one(directory, question):
    history = [("Which NGOs raised torture?", "2 NGOs raised torture: …")]
    assert resolve_followup(question, history, directory).question == "Which speakers raised torture?"


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    ("Which delegations raised torture?", "did Belarus respond to that?",
     "did Belarus respond to torture?"),
    ("who called for a moratorium?", "and who wants it abolished?",
     "and who wants a moratorium abolished?"),
    ("how many political prisoners are there according to the EU?", "and according to Viasna?",
     "how many political prisoners are there according to Viasna?"),
])
def test_more_topic_anaphora_and_other_names(directory, previous, question, resolved):
    assert resolve_followup(question, [(previous, "…")], directory).question == resolved


def test_a_speaker_follow_up_without_a_topic_keeps_the_previous_one(directory):
    history = [("did germany mention transnational repression?", "Yes. Germany said: …")]
    assert resolve_followup("what exactly did they say?", history, directory).question == \
        "What exactly did germany say about transnational repression?"
    # not after a refusal: "what did it say then?" asks what it said instead
    refused = [("What did Luxembourg say about ethnic minorities?", "The summary does not say this: …")]
    assert "minorities" not in resolve_followup("what did it say then", refused, directory).question
    # nor for the questions put to the panel
    assert "repression" not in resolve_followup("what did it ask?", history, directory).question


def test_the_first_one_and_did_any_kind(directory):
    history = [("Which NGOs spoke?", "10 NGOs took the floor: the Law Society of England and Wales, "
                                     "the ICJ, … and Conscience and Peace Tax International (CPTI).")]
    assert resolve_followup("what did the first one say?", history, directory).question == \
        "What did Law Society of England and Wales say?"
    assert resolve_followup("what did the last one say?", history, directory).question == \
        "What did Conscience and Peace Tax International (CPTI) say?"
    # "the first of those two": the count goes with the pointer
    history = [("who imposed sanctions", "- **United Kingdom**: “…” [1]\n- **New Zealand**: “…” [2]")]
    assert resolve_followup("the first of those two - what did it say", history, directory).question == \
        "United Kingdom - what did it say"
    history = [("who mentioned in absentia trials", "Czechia, Switzerland, …")]
    assert resolve_followup("did any NGOs?", history, directory).question == \
        "Which NGOs mentioned in absentia trials"


def test_which_of_them_is_an_ngo_after_a_topic_first_question(directory):
    # the singular "an NGO" names NGOs (it once matched the experts' pattern), and a question
    # that puts its who-phrase after the topic gets the kind in that phrase
    history = [("gender based violence who raised it", "Switzerland and the Advocates for Human Rights …")]
    actual = resolve_followup("which of them is an NGO", history, directory)
    assert actual.question == "gender based violence which NGOs raised it"
    assert actual.restrict_to == ids("switzerland", "advocates-for-human-rights")


def test_who_else_said_so_keeps_a_verb_that_is_the_claim(directory):
    # "so" stands for what was said: that someone "brokered the release", not just "the release"
    history = [("Who brokered the release of the 52 prisoners?", "Poland said …")]
    assert resolve_followup("who else said so", history, directory).question == \
        "who else said that someone brokered the release of the 52 prisoners"
    # after a yes/no question, with its subject: "that" is the experts offering help
    history = [("did the experts offer to help the government at all?", "Yes. Ms. Monika Płatek …")]
    assert resolve_followup("who said that?", history, directory).question == \
        "who said that the experts would offer to help the government?"
    # but after "did Ukraine say anything about X?", "that" is X
    history = [("Did Ukraine say anything about the kids that got deported", "Yes …")]
    assert "would" not in resolve_followup("who else said that?", history, directory).question


@pytest.mark.parametrize(("history", "question", "resolved"), [
    # an acknowledgement before the follow-up is chatter, not part of the question
    ([("what did sweden say", "Sweden did not speak separately …")], "oh ok, and norway?",
     "what did norway say"),
    # "on the same", "too": the same question of another speaker
    ([("What did the UK say about journalists?", "The UK said …")], "and france on the same",
     "What did france say about journalists?"),
    ([("What did the UK say about journalists?", "The UK said …")], "and Malta too?",
     "What did Malta say about journalists?"),
    # "and about X?" takes the place of the previous "about" phrase, not of its topic alone
    ([("what did poland say about lawyers", "Poland said …")], "and about the judiciary?",
     "what did poland say about the judiciary"),
])
def test_chatter_and_same_again_in_and_follow_ups(directory, history, question, resolved):
    from hrcqa.question.words import without_chatter

    assert resolve_followup(without_chatter(question), history, directory).question == resolved


def test_chatter_in_an_earlier_turn_is_read_as_the_question(directory):
    history = [("what did sweden say", "Sweden did not speak separately …"),
               ("oh ok, and norway?", "Norway did not speak separately …")]
    assert resolve_followup("what about denmark", history, directory).question == "what did denmark say"


def test_they_after_a_question_about_the_panel_are_the_experts(directory):
    """"they" after "Which avenues did the mandate holders put forward?" is the panel the question
    asked about, not the one expert its answer quoted; nor is "them" one expert an answer named."""
    history = [("Which avenues did the mandate holders put forward for prosecuting perpetrators abroad?",
                "1 speaker in the summary addresses this: Panel (1) - Ms. Susan Bazilli: “…”")]
    resolved = resolve_followup("Which State triggered the ICC examination they welcomed?", history,
                                directory)
    assert resolved.question == "Which State triggered the ICC examination the experts welcomed?"
    history = [("Which State triggered the ICC examination?", "Other speakers do: - Ms. Monika Płatek: “…”")]
    assert resolve_followup("Did any NGO ask them about referrals?", history, directory).question == \
        "Did any NGO ask the experts about referrals?"
    # "she" is still the one expert named
    assert "Płatek" in resolve_followup("what did she say about it?", history, directory).question


def test_a_new_topic_after_who_else_takes_the_verb_not_the_else(directory):
    """"who else brought up X" - "ok switching gears, anything on lgbt people?": who brought up
    the new topic ("else" was of X's speakers, and "brought up" takes no "on")."""
    history = [("who else brought up the migrants being used as a weapon", "2 speakers …")]
    assert resolve_followup("anything on lgbt people?", history, directory).question == \
        "who brought up lgbt people"
    history = [("what did poland say about lawyers", "Poland said …")]
    assert resolve_followup("and about the judiciary?", history, directory).question == \
        "what did poland say about the judiciary"


def test_that_one_after_a_speaker_put_first_is_its_statement(directory):
    for question in ("what about benelux, who read that one", "and the benelux - who delivered this one?"):
        resolved = resolve_followup(question, [], directory).question
        assert re.match(r"Who (?:read|delivered) (?:the )?benelux's statement", resolved), resolved


def test_a_remark_after_an_interjection_is_chatter_in_earlier_turns_too(directory):
    """"ok numbers time. how many political prisoners did albania say" then "and czechia?": the
    remark is not part of the question the follow-up takes its topic from."""
    history = [("ok numbers time. how many political prisoners did albania say", "The figure given: …")]
    assert resolve_followup("and czechia?", history, directory).question == \
        "how many political prisoners did czechia say"
    # a name, a phrase of the question or a topic pointed back to is no remark
    from hrcqa.question.words import without_chatter

    for kept in ("right after belarus, who spoke?", "ok poland, what did it say", "ok omct, what did it say",
                 "ok death penalty, who raised it?"):
        assert without_chatter(kept) == kept
    history = [("hmm weird, who said 1100", "3 speakers …")]
    assert resolve_followup("ok and did the EU put a number on it", history, directory).question != \
        "ok and did the EU put a number on hmm weird, who said 1100"


def test_a_speakers_figure_asked_with_no_verb(directory):
    history = [("what figure did the germans give for political prisoners still inside",
                "The figure given: more than 1,100 (Germany).")]
    followup = resolve_followup("tirana's number?", history, directory)
    assert followup.question == "What was tirana's number for political prisoners still inside?"
    # a possessive that names no speaker is no such follow-up
    assert resolve_followup("the regime's line?", history, directory).question == "the regime's line?"
    # nor one whose "name" runs on past the speaker's, with a verb ("What was the swiss had a
    # bigger release figure?" it was)
    assert resolve_followup("the swiss had a bigger release figure?", history, directory).question == \
        "the swiss had a bigger release figure?"
    # but a speaker's noun after its name is the speaker's: "the German delegation's figure"
    assert resolve_followup("And the German delegation's figure?", history, directory).question == \
        "What was the German delegation's figure for political prisoners still inside?"


def test_a_figure_asked_of_a_kind_with_no_topic_is_of_the_previous_topic(directory):
    history = [("who said political prisoners were rearrested after release",
                "2 speakers said political prisoners were rearrested after release: …")]
    followup = resolve_followup("what number did the experts give", history, directory)
    assert followup.changed
    assert followup.question == ("what number did the experts give for political prisoners were rearrested "
                                 "after release?")
    # one with a topic of its own keeps it
    assert resolve_followup("what number did the experts give for deaths in custody", history,
                            directory).question == "what number did the experts give for deaths in custody"


def test_which_of_the_other_experts_leaves_out_those_named(directory):
    history = [("what did the chair say about the courts", "Ms. Karinna Moskalenko said: …")]
    followup = resolve_followup("which of the other experts talked about the world court", history, directory)
    assert followup.exclude == ids("karinna-moskalenko")


@pytest.mark.parametrize(("question", "resolved"), [
    ("can victims get justice, according to her?", "Can victims get justice, according to Moskalenko?"),
    ("what is her view on the courts", "What is Moskalenko's view on the courts"),
])
def test_her_is_possessive_only_before_a_noun(directory, question, resolved):
    history = [("what did Moskalenko say about the courts", "Ms. Karinna Moskalenko said: …")]
    assert resolve_followup(question, history, directory).question == resolved


def test_him_and_his_stand_for_the_person_asked_about_even_in_a_who_else_question(directory):
    history = [("who mentioned Maxim Znak", "1 speaker mentioned Maxim Znak: IBAHRI: “… Maxim Znak …”")]
    assert resolve_followup("what happened to him", history, directory).question == \
        "What happened to Maxim Znak"
    history.append(("what happened to him", "IBAHRI: “… since 2020 …”", "What happened to Maxim Znak"))
    followup = resolve_followup("who else called for his release", history, directory)
    assert followup.question == "Who else called for Maxim Znak's release"
    assert followup.exclude == ids("international-bar-associations-human-rights-institute")


def test_anything_about_a_topic_asks_the_previous_speaker(directory):
    history = [("what did poland say", "Poland said: …")]
    assert resolve_followup("anything about lawyers?", history, directory).question == \
        "What did poland say about lawyers?"


def test_how_many_was_that_asks_the_previous_question_whose_answer_counts(directory):
    history = [("who called for accountability", "20 speakers called for accountability: …")]
    followup = resolve_followup("how many was that?", history, directory)
    assert followup.question == "who called for accountability" and followup.changed
    # after "which of them ...", the count is of those the answer named, not the question again
    history = [("which of them mentioned deaths in custody?",
                "2 speakers mentioned deaths in custody: the World Organization Against Torture (OMCT) [1] "
                "and Conscience and Peace Tax International (CPTI) [2]")]
    followup = resolve_followup("how many is that?", history, directory)
    assert set(followup.restrict_to) == {"hrc60-belarus/world-organization-against-torture",
                                         "hrc60-belarus/conscience-and-peace-tax-international"}


def test_the_expert_stands_for_the_one_expert_the_previous_answer_named(directory):
    history = [("who said freed prisoners get arrested again",
                "3 speakers: the European Union, Ms. Susan Bazilli and Article 19 …")]
    assert resolve_followup("what number did the expert give", history, directory).question == \
        "what number did Ms. Susan Bazilli give"
    # two States named: "the country" is not one of them
    history = [("who mentioned Lukashenko", "Ireland and Ukraine …")]
    assert resolve_followup("what did the country say", history, directory).question == \
        "what did the country say"
    # after a preposition "the country" is where things happen, not a speaker
    history = [("what did France say about detention", "France said: …")]
    assert resolve_followup("what is happening in the country", history, directory).question == \
        "what is happening in the country"


def test_any_of_those_an_ngo_rather_than_a_government(directory):
    history = [("who raised the repression of independent media", "Austria and OMCT …")]
    actual = resolve_followup("any of those an ngo rather than a government?", history, directory)
    assert actual.question == "Which NGOs raised the repression of independent media"


@pytest.mark.parametrize(("question", "plural"), [
    ("which of those are groups not single countries", "groups"),
    ("which of them are ngos rather than states?", "NGOs"),
])
def test_which_of_those_are_a_kind_with_its_contrast(directory, question, plural):
    history = [("who told belarus to stop backing russia's war", "Australia, the EU and WRI …")]
    actual = resolve_followup(question, history, directory)
    assert actual.question == f"Which {plural} told belarus to stop backing russia's war"
    assert actual.restrict_to == ids("australia", "european-union", "world-resisters-international")


def test_their_after_a_kind_subject_is_that_subject(directory):
    # "their replies" are the experts' own, not the previous answer's NGO's
    history = [("what did omct ask the experts", "The World Organization Against Torture (OMCT) asked …")]
    question = "did any of the experts talk about the ICC in their replies"
    assert resolve_followup(question, history, directory).question == question


def test_them_in_a_clause_reported_by_a_kind_is_that_kind(directory):
    # "them" is the experts who report the clause, not Belarus, the clause's own subject
    history = [("what did belarus say about the group of experts", "Belarus said: …")]
    for question in ("did the experts say belarus ever answered them",
                     "what do the experts say about belarus answering them?"):
        assert resolve_followup(question, history, directory).question == question
    # the object of the kind's own verb is someone else: the one of the turn before
    assert resolve_followup("did the experts answer them", history, directory).question == \
        "Did the experts answer belarus"


@pytest.mark.parametrize("question", ["did france say something like that",
                                      "did france say anything along the lines of this",
                                      "Did France say anything similar to that?"])
def test_something_like_that_is_the_previous_topic(directory, question):
    history = [("who mentioned the death penalty", "Malta, New Zealand and the EU …")]
    resolved = resolve_followup(question, history, directory).question
    assert resolved.lower().startswith("did france say anything about the death penalty")


def test_was_that_a_question_to_the_panel_asks_about_the_previous_speaker(directory):
    history = [("what did the germans say about the victims", "Germany said: …")]
    assert resolve_followup("was that a question to the panel?", history, directory).question == \
        "Did the germans ask the experts a question?"
    listed = [("who mentioned the death penalty", "Malta, New Zealand and the EU …")]
    assert not resolve_followup("was that a question to the panel?", listed, directory).changed


@pytest.mark.parametrize("question", ["who did they deliver that with",
                                      "were any of those joint statements with other orgs? which",
                                      "did any of them speak jointly with others"])
def test_a_joint_statement_question_about_a_list_restricts_to_it(directory, question):
    history = [("who said lawyers are being disbarred", "The Law Society, Article 19, IBAHRI and the ICJ …")]
    actual = resolve_followup(question, history, directory)
    assert actual.question == "Who delivered joint statements?"
    assert actual.restrict_to == ids("law-society-of-england-and-wales",
                                     "article-19-the-international-centre-against-censorship",
                                     "international-bar-associations-human-rights-institute",
                                     "international-commission-of-jurists")


def test_by_whom_asks_for_the_agent_of_the_previous_passive_question(directory):
    history = [("and when was the human rights lawyers' association branded extremist", "18 August …"),
               ("by whom?", "The summary records: …")]
    assert previous_question(history, directory) == \
        "By whom was the human rights lawyers' association branded extremist?"
    assert not resolve_followup("by whom?", [("What did France say?", "…")], directory).changed


def test_and_a_question_of_its_own_is_read_as_it_stands(directory):
    history = [("did anybody name a jailed lawyer", "Yes. …")]
    assert resolve_followup("and ibahri's take on the bar?", history, directory).question == \
        "ibahri's take on the bar"
    detention = [("what did france say about detention", "France said: …")]
    assert resolve_followup("and about malta's figure", detention, directory).question == \
        "What was malta's figure for detention?"


def test_and_a_remark_about_a_topic_asks_the_previous_speaker(directory):
    history = [("what was belarus's main line on the experts", "Belarus said: …")]
    assert resolve_followup("and the jab about attendance?", history, directory).question == \
        "What did belarus say about attendance?"


def test_did_x_too_asks_the_previous_question_of_another_speaker(directory):
    history = [("did france mention ill-treatment", "Yes. France said: …")]
    assert resolve_followup("did germany too", history, directory).question == \
        "did germany mention ill-treatment"
    assert resolve_followup("did the EU as well?", history, directory).question == \
        "did the EU mention ill-treatment"


def test_a_name_after_who_did_is_the_speaker_a_pronoun_then_stands_for(directory):
    history = [("Who did the law society speak with", "The Law Society … jointly with IBAHRI …")]
    assert resolve_followup("what penalty did it mention", history, directory).question == \
        "What penalty did the law society mention"


def test_who_else_gave_a_number_asks_for_the_previous_topic(directory):
    history = [("how many political prisoners are there according to czechia", "1168 (Czechia).")]
    actual = resolve_followup("who else gave a figure", history, directory)
    assert actual.question == "who else gave a figure for political prisoners are there?"
    assert actual.exclude == ids("czechia")


def test_was_x_one_of_them_asks_the_previous_question_of_that_speaker(directory):
    history = [("which states called for the release of political prisoners", "19 States …")]
    actual = resolve_followup("was ireland one of them", history, directory)
    assert (actual.question, actual.restrict_to) == (history[0][0], ids("ireland"))
    benelux = [("what did the netherlands say", "Netherlands spoke on behalf of the Benelux countries …")]
    assert resolve_followup("is belgium one of those", benelux, directory).question == \
        "Is belgium part of the Benelux countries?"


def test_that_group_is_the_group_the_previous_answer_named_and_and_x_asks_of_another_member(directory):
    benelux = [("who read out the benelux statement",
                "The Netherlands, on behalf of the Benelux countries, …")]
    assert resolve_followup("and which countries are in that group", benelux, directory).question == \
        "which countries are in the Benelux countries"
    assert resolve_followup("which countries are in that group", [("who spoke first", "Ms. …")],
                            directory).question == "which countries are in that group"  # no group named
    nordic = [("what did vilnius say", "Lithuania spoke on behalf of the Nordic-Baltic states: …"),
              ("is finland part of that group", "Yes: Finland is one of the Nordic-Baltic states …")]
    # the membership turn is itself resolved first ("that group"), then "and poland?" swaps the member
    assert resolve_followup("and poland?", nordic, directory).question == \
        "Is poland part of the Nordic-Baltic states?"


def test_the_other_two_experts_leaves_out_the_one_just_named(directory):
    history = [("what did the chair say about lukashenko", "Ms. Karinna Moskalenko said: …")]
    actual = resolve_followup("and what did the other two experts say about him", history, directory)
    assert actual.question == "and what did the other two experts say about lukashenko"
    assert actual.exclude == ids("karinna-moskalenko")


def test_which_of_them_is_the_highest_after_figures(directory):
    history = [("how many political prisoners remain", "Speakers give different figures: …")]
    assert resolve_followup("which of them is the highest", history, directory).question == \
        "Who gave the highest figure for political prisoners remain?"
    assert "figure" not in resolve_followup("which of them is the highest", [("what did France say", "…")],
                                            directory).question


@pytest.mark.parametrize(("question", "which"), [
    ("did anyone give a higher number", "highest"), ("was there a lower figure?", "lowest"),
    ("anyone higher?", "highest"),
])
def test_a_higher_figure_after_figures_asks_for_the_highest(directory, question, which):
    history = [("how many political prisoners does prague say are still locked up", "The figure given: 1168")]
    assert resolve_followup(question, history, directory).question == \
        f"Who gave the {which} figure for political prisoners are still locked up?"


def test_which_of_the_two_compares_the_speakers_of_the_last_two_answers(answerer):
    """"Which of the two cited the higher number?" after two turns that each named one speaker:
    the higher of those two figures, not a list of whoever cited "a number"."""
    history = []
    for question in ("What number of political prisoners still held was put forward by Tirana?",
                     "And the German delegation's figure?"):
        history.append((question, answerer.ask(question, history=history).answer))
    for question in ("Which of the two cited the higher number?",
                     "so who gives the bigger number of the two?"):
        answer = answerer.ask(question, history=history)
        assert answer.answer.startswith("The highest figure given is more than 1,200 (Albania)"), \
            answer.answer
        assert {c.statement_id.split("/")[1] for c in answer.citations} <= {"albania", "germany"}
    lower = answerer.ask("and which of the two gave the lower figure", history=history)
    assert "lowest" in lower.resolved_question


def test_which_of_three_needs_three_speakers_named(directory):
    history = [("how many political prisoners does prague say are still locked up", "The figure given: 1168 "
                "(Czechia). **State (1)** - **Czechia**: …")]
    resolved = resolve_followup("which of the three gave the higher number", history, directory)
    assert "previous answers" not in resolved.note  # one speaker named: not three to compare


def test_said_exactly_is_resolved_before_the_next_turn_leans_on_it(directory):
    # "what did malta say exactly" took the list's topic; "and new zealand?" keeps it
    history = [("who raised the death penalty", "Malta, New Zealand and the EU …"),
               ("what did malta say exactly", "Malta said: …")]
    assert resolve_followup("and new zealand?", history, directory).question == \
        "What did new zealand say about the death penalty?"


def test_what_about_a_topic_with_its_own_who_is_a_new_question(directory):
    history = [("who raised the death penalty", "Malta, New Zealand and the EU …")]
    assert resolve_followup("what about torture - which ngos", history, directory).question == \
        "torture - which ngos"
    # and another kind after it asks that kind, not those just named
    swapped = resolve_followup("and the states?", [("torture - which ngos", "OMCT and WRI …")], directory)
    assert swapped.question == "torture - which States" and not swapped.restrict_to


@pytest.mark.parametrize(("question", "resolved"), [
    # a name, the end of a lead-in, then its question: the pronoun is the name
    ("and ukraine itself, did it mention the children", "Did Ukraine mention the children"),
    # a marked lead-in takes an object pronoun too
    ("speaking of lithuania, who took the floor for them", "Who took the floor for lithuania"),
    # "did any NGO ..." with its own verb is a question of its own, not "and did any NGO?"
    ("did any NGO appeal to vilnius directly", "did any NGO appeal to vilnius directly"),
])
def test_lead_ins_and_questions_of_their_own(directory, question, resolved):
    history = [("what did WRI say about the war", "World Resisters International (WRI) said: …")]
    assert resolve_followup(question, history, directory).question == resolved


@pytest.mark.parametrize(("question", "resolved"), [
    ("no i meant the icj, what about the bar association", "What did the icj say about the bar association?"),
    ("sorry, i meant malta", "what did malta say about lawyers"),
    ("sorry, i meant Malta not Poland", "what did Malta say about lawyers"),  # the name meant
])
def test_a_correction_swaps_the_speaker(directory, question, resolved):
    history = [("what did warsaw say about lawyers", "Poland said: …")]
    assert resolve_followup(question, history, directory).question == resolved


def test_what_other_things_is_no_who_else(directory):
    # "what other routes" asks about things: no speaker is left out, and the lead-in keeps "the"
    history = [("what did minsk say about sanctions", "Belarus said: …")]
    actual = resolve_followup("the chair - what other routes did she list", history, directory)
    assert actual.question == "What other routes did the chair list" and not actual.exclude
    assert read_intent(actual.question, directory).speakers == ["hrc60-belarus/karinna-moskalenko"]


def test_do_that_stands_for_the_previous_topic(directory):
    history = [("which ngos raised the lawyers' association being branded extremist", "The Law Society …")]
    assert resolve_followup("when did the kgb do that", history, directory).question == \
        "when did the kgb do the lawyers' association being branded extremist"


def test_a_name_alone_asks_the_previous_question_of_it(directory):
    history = [("how many political prisoners did albania say are still locked up", "The figure given: …")]
    assert resolve_followup("the germans?", history, directory).question == \
        "how many political prisoners did the germans say are still locked up"
    # a word that names no speaker is no such question
    assert resolve_followup("torture?", history, directory).question == "torture?"


def test_their_angle_is_their_position_on_the_previous_topic(directory):
    history = [("did any ngo bring up the war at all", "Yes. 1 NGO … World Resisters International (WRI)")]
    assert resolve_followup("what was their angle", history, directory).question == \
        "What was World Resisters International (WRI)'s angle about the war?"


def test_a_speakers_question_asked_in_chat_shorthand(directory):
    history = [("did the swiss ask the experts anything", "Yes. Switzerland asked the experts: …")]
    assert resolve_followup("and omct's question was?", history, directory).question == \
        "What did omct ask the experts?"


def test_figure_follow_ups_in_a_long_chat(directory):
    asked = "who gave a number for how many political prisoners are still locked up"
    history = [(asked, "Speakers give different figures: …")]
    assert resolve_followup("whose was highest", history, directory).question == \
        "Who gave the highest figure for how many political prisoners are still locked up?"
    assert resolve_followup("and the czech figure?", history, directory).question.startswith(
        "What was the czech figure")
    brits = [("What was the brits figure about how many political prisoners are still locked up?", "…")]
    assert resolve_followup("any ngos give a number too", brits, directory).question == \
        "Which NGOs give a number for political prisoners are still locked up?"
    ngos = [("Which NGOs give a number for political prisoners are still locked up?", "…")]
    assert resolve_followup("how many did the swiss say had been let out", ngos, directory).question == \
        "how many political prisoners did the swiss say had been let out"
    states = [("how many states spoke altogether", "17 States took the floor. …")]
    assert resolve_followup("was moldova one of them", states, directory).question == \
        "Did moldova take the floor?"


def test_a_new_topic_then_anyone_besides_them_leaves_out_those_named(directory):
    history = [("who else did omct name", "The World Organization Against Torture (OMCT) … said: …")]
    for question in ("bialiatski - anyone besides them", "bialiatski - anyone else"):
        actual = resolve_followup(question, history, directory)
        assert (actual.question, actual.exclude) == ("Who else mentioned bialiatski?",
                                                     ids("world-organization-against-torture"))


def test_and_another_kind_after_a_kind_asks_that_kind_not_those_named(directory):
    ngos = [("which ngos raised torture", "6 NGOs raised torture: …")]
    swapped = resolve_followup("and states?", ngos, directory)
    assert (swapped.question, swapped.restrict_to) == ("Which States raised torture", [])
    everyone = [("who raised torture", "Albania, Austria … OMCT, the ICJ …")]
    assert resolve_followup("and the ngos?", everyone, directory).restrict_to  # those named, of that kind


def test_and_another_kind_after_a_meeting_question_asks_it_of_that_kind(directory):
    """"and regional groups?" after a count of State delegations is the count of groups, not a
    restriction to the States just listed; the same for an order question."""
    counted = [("how many state delegations spoke finally?", "17 State delegations took the floor. …")]
    groups = resolve_followup("and regional groups?", counted, directory)
    assert (groups.question, groups.restrict_to) == ("how many regional groups spoke finally?", [])
    assert read_meeting(groups.question, directory).kinds == ["group"]
    first = [("which State spoke first?", "The first State to take the floor was Albania: …")]
    assert resolve_followup("and which NGO?", first, directory).question == "which NGO spoke first?"
    assert resolve_followup("what about the experts", first, directory).question == \
        "which experts spoke first?"
    # a chain: each turn is read as resolved
    chain = [("how many NGOs spoke?", "10 NGOs took the floor. …"), ("and the States?", "17 States …")]
    assert resolve_followup("and groups?", chain, directory).question == "how many groups spoke?"
    # after a question on what was said, "and the States?" stays that question's follow-up
    ngos = [("which ngos raised torture", "6 NGOs raised torture: …")]
    assert resolve_followup("and states?", ngos, directory).question == "Which States raised torture"


def test_follow_ups_in_a_learners_english(directory):
    groups = [("what countries are in Nordic-Baltic group?", "Lithuania spoke on behalf of the "
               "Nordic-Baltic states: “Denmark, …” (8 countries …):\n\n- **Lithuania, on behalf of the "
               "Nordic-Baltic states**: “…” [1]")]
    assert read_question("and Poland is in it?", groups, directory).followup.question == \
        "Is Poland part of the Nordic-Baltic states?"
    # a meeting question of its own after "and": not "and X?" of the previous question
    assert resolve_followup("and Benelux, who is inside?", groups, directory).question == \
        "and Benelux, who is inside?"
    deaths = [("who raised deaths in custody", "11 speakers …: **NGOs (1)** - **World Organization "
               "Against Torture (OMCT)**: “…” [1]")]
    assert resolve_followup("which of them ngos", deaths, directory).question == \
        "Which NGOs raised deaths in custody"
    platek = [("what did Płatek say about the ICC", "Ms. Monika Płatek said: …")]
    assert resolve_followup("and her colleague Bazilli, about deportations?", platek, directory).question == \
        "What did Bazilli say about deportations?"


def test_a_figure_asked_as_keywords_carries_to_and_x_and_the_highest(answerer):
    history = []
    for question, expected in (("political prisoners still held - germany figure",
                                "more than 1,100 (Germany)"),
                               ("and albania", "more than 1,200 (Albania)"),
                               ("who gave the highest number", "The highest figure given is more than 1,200 "
                                                               "(Albania)")):
        answer = answerer.ask(question, history=history)
        assert expected in answer.answer, (question, answer.answer)
        history.append((question, answer.answer))


def test_dates_compared_in_follow_ups_are_of_the_previous_topic(answerer):
    """"do they give the same date", "did anybody give a different date" after a turn on a death:
    the dates given for that death, compared; "different" is yes when they differ."""
    history = []
    for question, expected in (("who mentioned the death of Padniabenny", "2 speakers"),
                               ("do they give the same date", "No. Speakers give different figures: "
                                                              "3 September (CPTI), 8 September (OMCT)"),
                               ("did anybody give a different date", "Yes. Speakers give different "
                                                                     "figures: 3 September (CPTI), 8 "
                                                                     "September (OMCT)")):
        answer = answerer.ask(question, history=history)
        assert answer.answer.startswith(expected), (question, answer.answer)
        history.append((question, answer.answer))


def test_a_figure_compared_with_another_speakers_in_a_follow_up(answerer):
    """"is that higher than albania's figure?" after the UK's figure: the UK's figure for that
    topic against Albania's (around 1,100 against more than 1,200), and "it" again after it."""
    history = []
    for question, expected in (("How many political prisoners did the UK say remain?",
                                "The figure given: around 1,100 (United Kingdom)"),
                               ("is that higher than albania's figure",
                                "No. Speakers give different figures: around 1,100 (United Kingdom), "
                                "more than 1,200 (Albania)"),
                               ("and was it lower than Czechia's?",
                                "Yes. Speakers give different figures: around 1,100 (United Kingdom), "
                                "1168 (Czechia)")):
        answer = answerer.ask(question, history=history)
        assert answer.answer.startswith(expected), (question, answer.answer)
        history.append((question, answer.answer))


def test_what_did_x_say_exactly_after_a_list_naming_x_keeps_the_topic(directory):
    history = [("who mentioned transnational repression", "3 speakers …: Germany: “…” OMCT …")]
    assert resolve_followup("what did germany say exactly", history, directory).question == \
        "What did germany say about transnational repression?"
    assert not resolve_followup("what did france say exactly", history, directory).changed
    # typed as keywords
    assert resolve_followup("germany exact wording", history, directory).question == \
        "What did germany say about transnational repression?"
    assert resolve_followup("Germany's quote", history, directory).question == \
        "What did Germany say about transnational repression?"
    assert not resolve_followup("france exact wording", history, directory).changed
    # after a figure question, a speaker's exact figure
    history = [("who gave the highest number of political prisoners",
                "Speakers give different figures: more than 1,200 (Albania), 1168 (Czechia)")]
    assert resolve_followup("czechia exact", history, directory).question == \
        "What exact figure did czechia give for political prisoners?"


def test_and_a_speaker_with_no_turn_before_asks_what_it_said(directory):
    assert resolve_followup("And Moldova?", None, directory).question == "What did Moldova say?"
    assert resolve_followup("what about the UK too?", [], directory).question == "What did the UK say?"
    # a topic is read as it is
    assert resolve_followup("and the death penalty?", None, directory).question == "and the death penalty?"


def test_and_the_second_after_the_first_one_takes_the_next_speaker_of_the_list_before(directory):
    listed = ("which ngos raised the death penalty",
              "2 NGOs raised the death penalty: World Resisters International (WRI) … International "
              "Commission of Jurists (ICJ) …")
    first = ("what did the first one say about it", "World Resisters International (WRI) said: …")
    second = resolve_followup("and the second?", [listed, first], directory)
    assert second.question == "What did International Commission of Jurists (ICJ) say about the death penalty"
    # with a topic of its own, on that topic
    other = resolve_followup("and the second, on the deportations?", [listed, first], directory)
    assert other.question == "What did International Commission of Jurists (ICJ) say about the deportations"
    # "the last of them", and the first of a list as a pronoun
    joint = ("which ngos spoke jointly",
             "5 NGOs delivered joint statements: Law Society of England and Wales … World Organization "
             "Against Torture (OMCT) … Article 19 - The International Centre Against Censorship …")
    assert resolve_followup("who did the first of those speak with", [joint], directory).question == \
        "Who did Law Society of England and Wales speak with"
    lsew = ("who did the first of those speak with", "The Law Society of England and Wales delivered …")
    assert resolve_followup("and the last of them?", [joint, lsew], directory).question == \
        "Who did Article 19 - The International Centre Against Censorship speak with"
    # "and before france?": who spoke there, whatever came before
    assert resolve_followup("and before france?", [first], directory).question == "Who spoke before france?"
    # with no list before, "the second" is read as it is
    assert resolve_followup("and the second?", [first], directory).question != second.question


def test_which_of_them_chairs_it_is_the_chair_of_the_group_just_listed(directory):
    panel = [("who sits on the expert group", "3 experts took the floor: Ms. Karinna Moskalenko, …")]
    assert resolve_followup("which of them chairs it", panel, directory).question == "Who chairs it?"
    assert read_meeting("Who chairs it?", directory).asks == "chair"


def test_after_a_no_a_pronoun_question_asks_what_the_speaker_said_instead(directory):
    history = [("did ukraine itself bring up the kids",
                "No: the statement of Ukraine does not address “the kids”. …")]
    assert resolve_followup("what did it focus on then", history, directory).question == \
        "What did ukraine focus on then"


def test_pronouns_after_a_question_for_co_presenters_and_in_object_questions(directory):
    # "they" after a question for a statement's co-presenters: what they said is that joint statement
    joint = [("Which organisations co-presented the OMCT statement?",
              "The World Organization Against Torture (OMCT) delivered a joint statement with International "
              "Federation for Human Rights (FIDH) and Human Rights Center 'Viasna':")]
    assert resolve_followup("what did they say about torture?", joint, directory).question == \
        "What did the OMCT statement say about torture?"
    # "the expert" is the subject of an object question, so the expert named before
    expert = [("what did Bazilli say about deportations", "Ms. Susan Bazilli said:\n- “…” [1]")]
    assert resolve_followup("which organisation did the expert name?", expert, directory).question == \
        "which organisation did Ms. Susan Bazilli name?"
    # "mentioned it first": it is the previous topic
    listed = [("who mentioned the UPR", "- **Human Rights House Foundation**: “…” [1]")]
    assert resolve_followup("which organisation mentioned it first", listed, directory).question == \
        "which organisation mentioned the UPR first"


def test_a_lead_in_naming_members_of_a_group_and_states_that_did_not_speak(directory):
    # "eu members" are not the EU: "they" are the States named, which did not speak
    assert resolve_followup("other eu members e.g. spain or italy - did they speak individually", None,
                            directory).question == "Did spain or italy speak individually"


def test_that_org_is_the_one_the_previous_answer_added(directory):
    # the question asked about WRI; its answer named OMCT: "that org" is OMCT, not WRI
    history = [("whose turn was just before wri",
                "The World Organization Against Torture (OMCT) spoke right before World Resisters "
                "International (WRI):\n\n- **28. World Organization Against Torture (OMCT), jointly with …**:"
                " “…” [1]")]
    assert resolve_followup("did that org say anything on lgbtq rights", history, directory).question == \
        "did World Organization Against Torture (OMCT) say anything on lgbtq rights"
    # with two of the kind and none asked about, it is not guessed
    listed = [("who spoke about lawyers", "- **IBAHRI**: “…” [1]\n- **Article 19**: “…” [2]")]
    assert resolve_followup("did that org say anything on lgbtq rights", listed, directory).question == \
        "did that org say anything on lgbtq rights"


def test_which_kind_did_asks_the_previous_yes_no_question_as_a_who_question(directory):
    history = [("did they ask the experts anything", "No. The summary records no question from WRI …",
                "Did World Resisters International (WRI) ask the experts anything")]
    assert resolve_followup("which ngos did", history, directory).question == \
        "Which NGOs ask the experts anything"
    assert resolve_followup("which group did", history, directory).question == \
        "Which groups ask the experts anything"
    anyone = [("did any state mention the icc", "Yes. …")]
    assert resolve_followup("who did", anyone, directory).question == "Who mention the icc"
    assert resolve_followup("ok so who did", anyone, directory).question == "Who mention the icc"
    # a previous question that asked no yes or no of a speaker, or a noun for a thing
    assert resolve_followup("which ngos did", [("what did malta say", "Malta said: …")],
                            directory).question == "which ngos did"
    assert resolve_followup("which report did", history, directory).question == "which report did"


def test_which_of_the_two_is_which_of_them(directory):
    history = [("who else on the panel floated the world court",
                "2 experts: Ms. Karinna Moskalenko … Ms. Susan Bazilli …")]
    actual = resolve_followup("which of the 2 presented the report", history, directory)
    assert actual.question == "Who presented the report?"


def test_and_after_swaps_the_side_of_a_neighbour_question(directory):
    history = [("who spoke right before them", "World Resisters International (WRI) spoke right before …",
                "Who spoke right before Human Rights House Foundation")]
    assert resolve_followup("and right after", history, directory).question == \
        "Who spoke right after Human Rights House Foundation"


def test_and_on_behalf_of_which_countries_asks_of_the_speaker_just_named(directory):
    history = [("who read out the lithuanian statement",
                "Lithuania, on behalf of the Nordic-Baltic states, took the floor through …")]
    question = resolve_followup("and on behalf of which countries", history, directory).question
    assert question.startswith("On behalf of which countries did ")
    assert read_meeting(question, directory).asks == "members"


def test_a_pronoun_takes_the_speaker_not_a_capital_its_words_also_name(directory):
    # "the helsinki" alone is Finland's capital; in "the helsinki people" it was the Committee
    history = [("what laws do the helsinki ppl want scrapped", "The National …",
                "what laws do the helsinki people want scrapped")]
    actual = resolve_followup("do they say freed prisoners should get to choose to stay", history, directory)
    assert "finland" not in read_intent(actual.question, directory).speakers[0]
    assert read_intent(actual.question, directory).speakers == ids(
        "national-human-rights-civic-association-belarusian-helsinki-committee")


def test_a_lead_in_sentence_or_a_bare_name_before_a_pronoun_question(directory):
    # "the belarus guy" is the concerned country as a speaker; a name alone before "did they"
    assert resolve_followup("ok now the belarus guy. does he accept the experts at all", None,
                            directory).question == "Does the belarus accept the experts at all"
    assert resolve_followup("icj did they speak together with other groups", None, directory).question == \
        "Did icj speak together with other groups"
    omct = resolve_followup("OMCT - who did they speak with", None, directory)
    assert omct.question == "Who did OMCT speak with"
    assert resolve_followup("did Malta say it agreed", None, directory).question == "did Malta say it agreed"


def test_did_any_other_delegation_asks_the_others_about_the_previous_topic(directory):
    history = [("What did the Polish delegation say about the recent release of 52 prisoners?",
                "Poland said: “Poland acknowledges the recent release of 52 prisoners …”")]
    actual = resolve_followup("Did any other delegation credit Washington for that?", history, directory)
    assert actual.question == \
        "Did any other delegation credit Washington for the recent release of 52 prisoners"
    assert actual.exclude == ids("poland")


def test_a_pronoun_for_a_demonym_takes_the_noun_it_qualifies(directory):
    history = [("How did the Belarusian delegation characterise that sort of pressure?", "Belarus said: …")]
    assert resolve_followup("Did it signal any willingness to work with the experts?", history,
                            directory).question == \
        "Did the Belarusian delegation signal any willingness to work with the experts?"


def test_after_a_question_about_the_document_a_bare_field_and_it_are_the_document(directory):
    history = [("and which session of the council", "The Interactive Dialogue … took place at the 60th …")]
    assert resolve_followup("what day", history, directory).question == "When was this dialogue held?"
    assert resolve_followup("and when was it", history, directory).question == "When was this dialogue held?"
    assert resolve_followup("how many country groups does it say took part", history, directory).question == \
        "how many country groups does the summary say took part"
    # after a question about a speaker, "what day" is no question about the document
    assert resolve_followup("what day", [("what did omct say about the death", "OMCT said: …")],
                            directory).question != "When was this dialogue held?"


def test_did_any_of_the_groups_is_a_question_of_its_own(directory):
    history = [("which countries was the second one speaking for", "Lithuania spoke on behalf of …")]
    question = "did any of the groups ask the experts something"
    assert resolve_followup(question, history, directory).question == question


def test_and_the_other_two_asks_the_rest_of_the_list_of_the_kind_asked(answerer):
    history = []
    for question in ("who were the judges", "whats the first ones title"):
        history.append((question, answerer.ask(question, history=history).answer))  # no resolved questions
    answer = answerer.ask("and the other two", history=history)
    assert answer.resolved_question == "What is Ms. Monika Płatek and Ms. Susan Bazilli's title"
    assert "Ms. Monika Płatek took the floor as Member" in answer.answer
    assert "Ms. Susan Bazilli took the floor as Member" in answer.answer


def test_earlier_turns_are_read_as_the_current_one_is(directory):
    # "whats" and "ones" are written out in an earlier turn too, so "and the second" finds its speaker
    history = [("who were the experts", "3 experts: Ms. Karinna Moskalenko … Ms. Monika Płatek …"),
               ("whats the first ones title", "Ms. Karinna Moskalenko took the floor as Chair …")]
    assert previous_question(history, directory) == "What is Ms. Karinna Moskalenko's title"


def test_ask_her_is_a_question_to_the_experts(directory):
    history = [("Did Slovenia address its question to a particular member of the Group?",
                "Yes. Slovenia said: “Addressing a question to the Chair of the Group, Slovenia …”")]
    assert resolve_followup("What did it ask her?", history, directory).question == \
        "What did Slovenia ask the experts?"


def test_among_a_kind_then_any_of_them_is_of_that_kind(directory):
    reading = read_question("And among the regional groups - did any of them ask something?", None, directory)
    assert reading.followup.question == "did any of the regional groups ask something?"
    assert reading.type == "meeting"


def test_which_of_the_ones_listed_after_a_turn_about_one_speaker_is_of_the_list_before(directory):
    """A turn naming one speaker ("and Poland? did they mention unions") between a list and "which
    of the ones you listed are NGOs": the list is the one before, and so is its question."""
    listed = ("4 speakers said something about trade unions: Austria [1], Germany [2], the Belarusian "
              "Helsinki Committee [3] and the World Organization Against Torture (OMCT) [4].")
    history = [("who said something about trade unions", listed),
               ("and poland? did they mention unions", "No: the statement of Poland does not address it.")]
    resolved = resolve_followup("which of the ones you listed are ngos", history, directory)
    assert resolved.question == "Which NGOs said something about trade unions"
    assert set(resolved.restrict_to) >= {"hrc60-belarus/austria", "hrc60-belarus/germany",
                                         "hrc60-belarus/world-organization-against-torture"}
    assert "hrc60-belarus/poland" not in resolved.restrict_to
    # right after the list, "them" is that list
    assert resolve_followup("which of them are NGOs?", history[:1], directory).question == \
        "Which NGOs said something about trade unions"


def test_which_ones_after_a_count_is_the_counted_list(directory):
    """"how many regional groups spoke?" - "which ones?": which of them spoke."""
    history = [("how many regional groups spoke", "3 regional groups took the floor.")]
    for question in ("which ones", "who were they?", "and which ones?"):
        assert resolve_followup(question, history, directory).question == "Which regional groups spoke?"
    # a question of its own after "which ones" is no such follow-up
    assert resolve_followup("which ones asked the experts", history, directory).question != \
        "Which regional groups spoke?"


def test_which_of_them_after_a_who_question_led_by_and(directory):
    """"okay and who said X" - "which of them were NGOs": which NGOs said X."""
    history = [("and who said 52 prisoners were released", "7 speakers said 52 prisoners were released: ...")]
    assert resolve_followup("which of them were ngos", history, directory).question == \
        "Which NGOs said 52 prisoners were released"


def test_a_bare_how_many_after_a_who_question_counts_its_list(directory):
    """"Who called for X?" - "how many?": the count of the speakers listed (the who-question
    again, among them), not a figure question about X; and a later turn leans on it as on the list."""
    listed = ("3 speakers called for the release of political prisoners: the European Union [1], "
              "Albania [2] and Poland [3].")
    history = [("Who called for the release of political prisoners?", listed)]
    counted = resolve_followup("how many?", history, directory)
    assert counted.question == "Who called for the release of political prisoners?"
    assert len(counted.restrict_to) == 3
    history.append(("how many?", listed))
    assert resolve_followup("which of them are groups?", history, directory).question == \
        "Which groups called for the release of political prisoners?"
    # after a question that is no who-question, "how many?" is read as it is
    other = [("What did Poland say about political prisoners?", "Poland said: ... 1,100 ...")]
    assert resolve_followup("how many?", other, directory).question != \
        "What did Poland say about political prisoners?"


def test_according_to_a_speaker_asks_the_previous_question_of_it(directory):
    """"How many political prisoners remain?" - "according to Czechia?" - "and the UK?": the same
    question as each speaker answers it (a previous "according to" replaced, not stacked)."""
    history = [("How many political prisoners remain?", "Speakers give different figures: ...")]
    first = resolve_followup("according to Czechia?", history, directory)
    assert first.question == "How many political prisoners remain according to Czechia?"
    history.append(("according to Czechia?", "The figure given: 1168 (Czechia)."))
    assert resolve_followup("and the UK?", history, directory).question == \
        "How many political prisoners remain according to the UK?"
    # put first in the question before, it is replaced too
    fronted = [("According to OMCT, when did Andrei Padniabenny die?", "On 8 September ... (OMCT).")]
    assert resolve_followup("And according to CPTI?", fronted, directory).question == \
        "When did Andrei Padniabenny die according to CPTI?"
    # a name that is no speaker is no such follow-up
    assert resolve_followup("according to reports?", history[:1], directory).question == \
        "according to reports?"


@pytest.mark.parametrize(("previous", "question", "resolved"), [
    # a kind after a yes/no question about a kind: the same question of the other kind
    ("Did any State delegations endorse the finding on President Lukashenko?", "And among the NGOs?",
     "Did any NGOs endorse the finding on President Lukashenko?"),
    ("Which State delegations echoed the finding?", "And among the NGOs?", "Which NGOs echoed the finding?"),
    # a finding, a claim: what was said on the topic, not the topic
    ("What did Ms. Karinna Moskalenko say about President Lukashenko?",
     "Did any State delegations endorse that finding?",
     "Did any State delegations endorse the finding on President Lukashenko?"),
    ("Did Belarus say the experts are biased?", "who else made that claim",
     "who else made the claim that the experts are biased"),
    # "what else": other things than the topic before
    ("How many political prisoners have died?", "and the helsinki committee one, what else did they want",
     "What else did the helsinki committee one want"),
])
def test_kinds_claims_and_what_else_after_a_turn(directory, previous, question, resolved):
    assert resolve_followup(question, [(previous, "…")], directory).question == resolved


@pytest.mark.parametrize(("history", "question", "resolved"), [
    # the comma left out after "the X one"
    ([("How many political prisoners have died?", "…")],
     "and the helsinki committee one what else did they want",
     "What else did the helsinki committee one want"),
    # "same question?" after "and X??": what "and X" asks already
    ([("what did germany ask the panel", "…")], "and ireland?? same kinda q?",
     "what did ireland ask the panel"),
])
def test_a_turn_read_whole_with_its_framing(directory, history, question, resolved):
    assert read_question(question, history, directory).question == resolved


def test_she_after_a_question_that_named_the_expert_is_that_expert(answerer):
    # "who is the chair?" names the Chair itself, and its answer names Belarus ("Experts on Belarus")
    chair = answerer.ask("who is the chair")
    history = [(chair.question, chair.answer, chair.resolved_question)]
    followup = answerer.ask("did she name anyone who'd been freed", history=history)
    assert followup.resolved_question == "Did Ms. Karinna Moskalenko name anyone who'd been freed"


def test_a_group_led_by_a_country_is_its_group_statement(answerer):
    answer = answerer.ask("the dutch-led group - what did they ask the experts")
    assert answer.answer.startswith("Netherlands spoke on behalf of the Benelux countries")
    assert {c.statement_id for c in answer.citations} == {
        "hrc60-belarus/netherlands-on-behalf-of-the-benelux-countries"}


@pytest.mark.parametrize(("previous", "question"), [
    ("what did the nordics say", "who read it out for them"),
    ("what did the nordics say", "who delivered it"),
])
def test_who_delivered_it_asks_for_the_statements_representative(directory, previous, question):
    answer = "**Lithuania, on behalf of the Nordic-Baltic states** said …"
    resolved = resolve_followup(question, [(previous, answer)], directory).question
    assert resolved == "Who delivered the statement of the nordics?"
    assert read_meeting(resolved, directory).asks == "representative"


def test_chat_that_drops_the_did_of_a_who_else_question(directory):
    history = [("what did the french want for the sick prisoners", "France said: …")]
    followup = resolve_followup("any other country say the sick ones should go first", history, directory)
    assert followup.question == "Did any other country say the sick ones should go first"
    assert followup.exclude == ["hrc60-belarus/france"]


def test_a_question_set_right_or_checked_is_read_on_its_own(directory):
    # "no i meant the countries which ones ...": the kind put first, no comma, after the correction
    history = [("who talked about violence against women", "- **Advocates for Human Rights**: “…” [1]")]
    read = read_question("no i meant the countries which ones brought up sexual violence", history, directory)
    assert (read.question, read.type) == ("which countries brought up sexual violence", "who_said")
    assert read.kinds == ["state", "group", "concerned_country"]
    # "Is that borne out - did any ... take the floor?": a meeting question, not "and X?" of the last turn
    history = [("what did Belarus say about non-Western participation?", "Belarus said: …")]
    read = read_question("Is that borne out — did any African or Asian State take the floor?", history,
                         directory)
    assert (read.type, read.meeting.where) == ("meeting", "from Africa or Asia")


def test_a_dictated_lead_in_names_the_speaker_its_pronoun_stands_for(directory):
    # no comma after "and the belarus side"; "there" dictated for "their"; "the belarus side" speaks
    history = [("what did the chair one say about lukashenko", "Ms. Karinna Moskalenko said: …")]
    read = read_question("and the belarus side whats there answer to all this", history, directory)
    assert (read.type, read.speakers) == ("speaker", ["hrc60-belarus/belarus"])
    # a question of its own with a comma before "its" is no lead-in
    history = [("what did new zealand say", "New Zealand said: …")]
    question = "How many individuals and entities has the United Kingdom sanctioned, per its statement?"
    read = read_question(question, history, directory)
    assert read.speakers == ["hrc60-belarus/united-kingdom"]
    assert read.question.startswith("How many individuals")


def test_all_of_what_was_said_is_no_topic(answerer):
    history = [("what did the chair one say about lukashenko", "Ms. Karinna Moskalenko said: …")]
    answer = answerer.ask("and the belarus side whats there answer to all this", history=history)
    assert answer.answerable and {c.statement_id for c in answer.citations} == {"hrc60-belarus/belarus"}


def test_that_country_is_the_state_the_previous_answer_named(answerer):
    history = [("Which State did Ms Płatek credit with initiating the ICC examination?",
                answerer.ask("Which State did Ms Płatek credit with initiating the ICC examination?").answer)]
    read = answerer.retriever.read("Did CPTI mention that country as well?", history)
    assert read.question == "Did CPTI mention Lithuania as well?"
    # with a title before the name, it is still the speaker asked about
    assert answerer.retriever.read(history[0][0]).speakers == ["hrc60-belarus/monika-platek"]


def test_the_names_a_speaker_mentioned_and_its_partner(answerer):
    names = answerer.ask("what names did they mention",
                         history=[("whose the partner group with WRI", "World Resisters International (WRI) "
                                   "delivered a joint statement with Connection e.V.")])
    assert "Olga Karatch" in names.answer and "Hleb Smirnou" in names.answer
    partner = answerer.ask("whose the partner group with WRI")  # "whose" typed for "who's"
    assert partner.question_type == "meeting" and "Connection e.V." in partner.answer


def test_that_statement_is_the_previous_speakers_and_a_question_of_its_own_stays(answerer):
    """"Which organisations co-sponsored that statement?" after a turn about OMCT: OMCT's; a yes/no
    question naming its own speaker ("ukraine asked experts some question?") is no "X's question"
    follow-up; "and which were they" after "how many groups" is those groups."""
    omct = [("What did OMCT ask the experts?", answerer.ask("What did OMCT ask the experts?").answer)]
    partners = answerer.ask("Which organisations co-sponsored that statement?", history=omct)
    assert partners.question_type == "meeting" and "FIDH" in partners.answer and "Viasna" in partners.answer
    own = answerer.retriever.read("ukraine asked experts some question?", [
        ("who else say americans made this deal", "2 speakers say so: Ukraine, Poland")])
    assert own.question == "Did ukraine ask experts some question?"
    assert own.speakers == ["hrc60-belarus/ukraine"]
    belarus = [("What did Belarus say?", answerer.ask("What did Belarus say?").answer)]
    groups = answerer.ask("How many regional or cross-regional groups took the floor, and which were they?",
                          history=belarus)
    assert groups.answer.startswith("3 regional or cross-regional groups took the floor.")


def test_who_else_signed_a_named_statement_asks_for_its_partners(answerer):
    """"who else signed onto the law society one" after an answer quoting the Law Society: its
    partners, not a refusal for leaving out the speaker the question names."""
    question = "which ngos talked about the lawyers association being labelled extremist"
    history = [(question, answerer.ask(question).answer)]
    answer = answerer.ask("who else signed onto the law society one", history=history)
    assert answer.question_type == "meeting" and answer.answerable
    assert "Lawyers for Lawyers" in answer.answer and "IBAHRI" in answer.answer


@pytest.mark.parametrize(("question", "resolved"), [
    # what the asker is doing, then the question: the question
    ("I would like to describe in my paper how much civil society took part. How many "
     "non-governmental organisations actually took the floor?",
     "How many non-governmental organisations actually took the floor?"),
    ("Another part of my paper is about companies. Which speakers mentioned businesses?",
     "Which speakers mentioned businesses?"),
    # thanks before a question go
    ("Thank you so much. Which delegations raised the death penalty?",
     "Which delegations raised the death penalty?"),
    ("That is very helpful, thank you. Which delegations raised the death penalty?",
     "Which delegations raised the death penalty?"),
])
def test_sentences_about_the_asker_before_the_question_are_left_out(directory, question, resolved):
    assert read_question(question, [], directory).question == resolved


@pytest.mark.parametrize("question", [
    # what the asker has read is part of what is asked
    "I have read that prisoners died in detention. Did anyone name one who died?",
    # a name before, or a pronoun pointing back into it
    "I know that Malta spoke. What did it say about the death penalty?",
    # "ok now the belarus guy": a lead-in naming the speaker, not thanks
    "ok now the belarus guy. does he accept the experts at all",
])
def test_sentences_that_carry_the_question_are_kept(directory, question):
    assert unframed(question, directory) == question


def test_the_same_expert_is_the_one_the_answer_before_named(directory):
    history = [("What did the experts say about the chain of command?",
                "1 speaker in the summary addresses this: **Panel (1)** - **Ms. Susan Bazilli**: “…”")]
    assert resolve_followup("Did the same expert also say something about detention facilities?",
                            history, directory).question == \
        "Did Ms. Susan Bazilli also say something about detention facilities?"


def test_their_after_a_plural_noun_is_that_nouns(directory):
    history = [("Did Ms. Susan Bazilli say anything about detention facilities?",
                "Yes. Ms. Susan Bazilli said: …")]
    followup = resolve_followup("Which speakers said anything about businesses or companies and their "
                                "responsibility?", history, directory)
    assert not followup.changed


def test_according_to_a_pronoun_is_the_speaker_before_not_a_frame_to_drop(directory):
    history = [("What did Article 19 say about its report?", "Article 19 - The International Centre Against "
                "Censorship, jointly with Human Constanta, said: …")]
    assert read_question("According to them, what online actions can be turned into a crime?", history,
                         directory).question == \
        "According to Article 19, what online actions can be turned into a crime?"


def test_a_person_named_in_the_sentence_before_is_who_the_pronoun_stands_for(directory):
    history = [("How many political prisoners have died?", "Speakers give different figures: …")]
    reading = read_question("Moving on to a different topic: I know that Nasta Loika is still in prison. "
                            "Which organisations mentioned her?", history, directory)
    assert reading.question == "Which organisations mentioned Nasta Loika?"


def test_this_meeting_is_the_meeting_not_the_topic_before(directory):
    history = [("did anyone say how many ngos were closed", "The figure given: …")]
    assert read_question("whats the date and session of this meeting", history, directory).question == \
        "what is the date and session of this meeting"


def test_their_own_is_the_own_of_the_one_asked_about(directory):
    history = [("Which States referred to Russia's war?", "8 States referred to it: … **Poland**: “…”")]
    followup = resolve_followup("Of those, did any speak of attacks upon their own territory?", history,
                                directory)
    assert "their own territory" in followup.question


def test_a_kind_alone_after_a_who_question_asks_it_of_that_kind(directory):
    history = [("which states mentioned the death penalty?", "3 delegations mentioned the death penalty: …")]
    assert resolve_followup("ngos?", history, directory).question == "Which NGOs mentioned the death penalty?"
    # with no who-question before, "ngos?" is a question of its own (which NGOs spoke)
    assert not resolve_followup("ngos?", [("what did malta say?", "Malta said: …")], directory).changed


def test_did_any_of_those_asks_among_the_speakers_just_named(directory):
    history = [("Which delegations voiced support for the Group's work?",
                "3 delegations voiced support: **States (2)** - **Austria**: “…” - **Poland**: “…” "
                "**Group (1)** - **European Union**: “…”")]
    followup = resolve_followup("Did any of those put a question to the Experts?", history, directory)
    assert followup.question == "Did anyone put a question to the Experts?"
    assert followup.restrict_to == ids("austria", "poland", "european-union")
    # a kind of its own after "those" is that kind, not the speakers just named
    assert "anyone lawyer" not in resolve_followup("did any of those lawyer ngos ask the experts anything",
                                                   history, directory).question


DEATH_PENALTY_LIST = ("Which speakers mentioned the death penalty?",
                      "3 speakers:\n- **Malta**: “…” [1]\n- **New Zealand**: “…” [2]\n"
                      "- **European Union**: “…” [3]")


def test_an_ordinal_walking_through_a_list_counts_in_that_list(directory):
    # "the second one", then "the first": the list two turns back, not the one speaker just named
    walk = [DEATH_PENALTY_LIST, ("what did the second one say about it", "New Zealand said:\n- “…” [1]")]
    assert resolve_followup("and the first - did it call for a moratorium?", walk, directory).question == \
        "Did Malta call for a moratorium?"
    assert resolve_followup("the latter: anything on sanctions?", walk, directory).question == \
        "European Union: anything on sanctions?"
    # after a question of its own, an ordinal is of that question's answer
    own = [DEATH_PENALTY_LIST, ("which of them called it irreversible", "New Zealand said:\n- “…” [1]")]
    assert resolve_followup("the latter: anything on sanctions?", own, directory).question == \
        "New Zealand: anything on sanctions?"


def test_the_latter_of_those_is_one_speaker_and_those_no_topic(directory):
    # "of those" after a part of them is the speakers just named, not "those <noun>" of the topic
    latter = resolve_followup("What did the latter of those say?", [DEATH_PENALTY_LIST], directory)
    assert latter.question == "What did European Union say about the death penalty?"
    assert resolve_followup("What did the former of them say?", [DEATH_PENALTY_LIST], directory).question == \
        "What did Malta say about the death penalty?"


@pytest.mark.parametrize("question", ["and ngos?", "any ngo too?", "ngos too?", "what about the ngos?"])
def test_a_kind_after_a_named_speakers_question_asks_which_of_that_kind_spoke_on_it(directory, question):
    # not Malta restricted to NGOs, nor "ngo" as Malta's topic
    history = [("What did Malta say about the death penalty?", "Malta said:\n- “…” [1]")]
    assert resolve_followup(question, history, directory).question == \
        "Which NGOs spoke about the death penalty?"


def test_any_other_of_a_kind_is_who_else_of_that_kind(directory):
    history = [("which states mentioned the death penalty", "3 delegations mentioned the death penalty:\n"
                "- **Malta**: “…” [1]\n- **New Zealand**: “…” [2]\n- **European Union**: “…” [3]")]
    other = resolve_followup("any other countries?", history, directory)
    assert other.question == "Which other countries mentioned the death penalty?"
    assert set(other.exclude) == set(ids("malta", "new-zealand", "european-union"))
    assert resolve_followup("any others?", history, directory).question == \
        "Who else mentioned the death penalty?"


def test_a_pronoun_after_a_kind_that_says_something_stands_for_that_kind(directory):
    """"when did the experts say they will report?" after a question about Poland: "they" are the
    experts ("When did the experts say Poland will report?" before); "he" after "the NGOs say" is
    still the person named before."""
    history = [("did Poland mention transnational repression?",
                "No: the statement of Poland does not address “transnational repression”.")]
    assert resolve_followup("when did the experts say they will report?", history, directory).question == \
        "when did the experts say they will report?"
    history = [("who mentioned Padniabenny?", "2 speakers mentioned Padniabenny: - **OMCT**: “…” [1]")]
    assert resolve_followup("did the NGOs say he died in prison?", history, directory).question == \
        "Did the NGOs say Padniabenny died in prison?"


def test_the_other_experts_after_one_expert_are_the_rest_of_that_kind(directory):
    """"and the other experts?" after one expert's words on a topic asks the others on it; it was
    read as that expert's words about "the other experts". "the other two" are of the same kind."""
    history = [("What did Ms. Karinna Moskalenko say about accountability?",
                "Ms. Karinna Moskalenko said:\n\n- “Accountability …” [1]")]
    for question in ("and the other experts?", "what about the other two?"):
        followup = resolve_followup(question, history, directory)
        assert followup.question == "Which other experts mentioned accountability?", question
        assert followup.exclude == ["hrc60-belarus/karinna-moskalenko"]
    assert resolve_followup("and the others?", history, directory).question == \
        "Who else mentioned accountability?"
    states = [("What did Malta and Moldova say about torture?", "Malta said: … Moldova said: …")]
    assert resolve_followup("and the other states?", states, directory).question == \
        "Which other States mentioned torture?"
    # after a meeting fact, the others of the first one's kind who took the floor
    chair = [("who chaired the group of experts?", "Ms. Karinna Moskalenko chaired the Group of "
              "Independent Experts on Belarus: …")]
    for question in ("and the other two?", "and the others?"):
        followup = resolve_followup(question, chair, directory)
        assert followup.question == "Which other experts took the floor?", question
        assert "hrc60-belarus/karinna-moskalenko" in followup.exclude
    said = resolve_followup("what did the other experts say?", chair, directory)  # what they said
    assert said.question == "what did the other experts say?"
    assert "hrc60-belarus/karinna-moskalenko" in said.exclude


def test_a_short_which_or_what_question_is_about_the_topic_before(directory):
    # "under which instrument?" names nothing of its own: the instrument of what was just asked
    history = [("Which speakers proposed recourse to the International Court of Justice?",
                "5 speakers proposed recourse to the International Court of Justice: …")]
    assert resolve_followup("Under which instrument?", history, directory).question == \
        "Under which instrument, on recourse to the International Court of Justice?"
    # a bare "when" between them is itself a follow-up, so the topic carries through it
    history = [("which ngos talked about the lawyers association being labelled extremist", "3 NGOs …"),
               ("when", "The figure given: 18th of August (Law Society of England and Wales) …")]
    assert resolve_followup("what is the penalty", history, directory).question == \
        "what is the penalty, on the lawyers association being labelled extremist?"
    # one that names a speaker or a kind is a question of its own; after a refusal nothing carries
    assert not resolve_followup("which votes did France mean?", history, directory).changed
    refused = [("Which speakers proposed recourse to the ICJ?", "The summary does not say this: …")]
    assert not resolve_followup("Under which instrument?", refused, directory).changed


def test_the_one_of_a_kind_points_back_past_an_answer_with_none_of_it(directory):
    # the answer before names States only; "the ngo one" is the NGO of the answer before that,
    # and the question asks what it said on the topic still under discussion
    history = [("who brought up the war", "3 speakers: **States (2)** - **Malta**: “…” - **Poland**: “…” "
                "**NGO (1)** - **World Resisters International (WRI), jointly with Connection e.V.**: “…”"),
               ("Which countries brought up the war",
                "2 delegations brought up the war: **States (2)** - **Malta**: “…” - **Poland**: “…”")]
    assert resolve_followup("and the ngo one what did it say", history, directory).question == \
        "What did World Resisters International (WRI) say about the war?"
    # with several NGOs before, it is no one in particular
    several = [(history[0][0], history[0][1] + " - **Human Rights House Foundation**: “…”"), history[1]]
    assert "World Resisters" not in resolve_followup("and the ngo one what did it say", several,
                                                     directory).question


def test_a_person_named_in_a_list_is_never_two_names_run_together(directory):
    from hrcqa.question.followups import person_in

    # "Ales" is an English word ("ale"); the comma ends "Bialiatski" before "Valiantsin Stefanovich"
    assert person_in("defenders Ales Bialiatski, Valiantsin Stefanovich, Uladzimir Labkovich") == \
        "Bialiatski"
    history = [("which of those named a specific jailed lawyer",
                "1 speaker: - **World Organization Against Torture (OMCT), jointly with International "
                "Federation for Human Rights (FIDH) and Human Rights Center 'Viasna'**: “They further "
                "highlight the continued imprisonment of human rights defenders Ales Bialiatski, "
                "Valiantsin Stefanovich, Uladzimir Labkovich, Marfa Rabkova, and Nasta Loika.” [1]")]
    resolved = resolve_followup("since when has he been locked up", history, directory).question
    assert "Bialiatski Valiantsin" not in resolved


def test_and_a_state_typed_in_lower_case_asks_the_same_of_that_state(directory):
    # "and hungary" after a question about Austria: the same question of Hungary (which did not
    # speak, so the answer can say so), not whether Austria mentioned Hungary
    history = [("did austria mention a moratorium too", "No: the statement of Austria does not address it.")]
    assert resolve_followup("and hungary", history, directory).question == \
        "did hungary mention a moratorium too"
