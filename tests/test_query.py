"""Speaker look-up and reading who a question names as speaker, on the real statements."""

from __future__ import annotations

import re

import pytest

from hrcqa.errors import QueryError
from hrcqa.question.query import SpeakerDirectory, validate_kinds
from hrcqa.question.reading import read_question

NORDIC = "hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"


@pytest.fixture(scope="module")
def directory(parsed):
    return SpeakerDirectory(parsed.statements)


@pytest.mark.parametrize(("name", "statement"), [
    ("UK", "hrc60-belarus/united-kingdom"),
    ("United Kingdom", "hrc60-belarus/united-kingdom"),
    ("EU", "hrc60-belarus/european-union"),
    ("Czech Republic", "hrc60-belarus/czechia"),
    ("Nordic-Baltic states", NORDIC),
    ("Lithuania", NORDIC),
    ("Benelux", "hrc60-belarus/netherlands-on-behalf-of-the-benelux-countries"),
    ("IBAHRI", "hrc60-belarus/international-bar-associations-human-rights-institute"),
    ("Bazilli", "hrc60-belarus/susan-bazilli"),
    ("the Chair".removeprefix("the "), "hrc60-belarus/karinna-moskalenko"),
    ("Aussies", "hrc60-belarus/australia"),  # informal names for a people, from general data
    ("Kiwis", "hrc60-belarus/new-zealand"),
])
def test_aliases_resolve(directory, name, statement):
    assert directory.lookup(name)[0].statement_id == statement


def test_a_one_word_short_name_counts_after_the_only_if_no_statement_uses_the_word(directory):
    """"the Advocates" is the Advocates for Human Rights; "Lawyers for Lawyers" gives no "the
    lawyers", a word the statements use (28 times)."""
    assert directory.lookup("the advocates")[0].statement_id == "hrc60-belarus/advocates-for-human-rights"
    assert directory.lookup("the lawyers") == [] and directory.lookup("Advocates") == []
    reading = read_question("what law did the advocates want belarus to pass", None, directory)
    assert reading.speakers == ["hrc60-belarus/advocates-for-human-rights"]


def test_an_organisation_is_found_as_its_own_statement_calls_itself(directory):
    """"The Committee urges ...", "the Foundation asks the Experts ...": the last word of the name
    after "the", when no other name has it and no other statement says it of something else."""
    assert directory.lookup("the Committee")[0].statement_id == \
        "hrc60-belarus/national-human-rights-civic-association-belarusian-helsinki-committee"
    assert directory.lookup("the foundation")[0].statement_id == "hrc60-belarus/human-rights-house-foundation"
    # "Wales" ends the Law Society's name, but its statement never says "the Wales"
    assert directory.lookup("the Wales") == [] and directory.lookup("Committee") == []
    reading = read_question("By whom was the Committee immediately preceded on the floor?", None, directory)
    assert reading.meeting and reading.meeting.asks == "neighbour"


def test_an_organisation_is_found_without_its_closing_foundation_or_institute(directory):
    assert directory.lookup("Human Rights House")[0].statement_id == \
        "hrc60-belarus/human-rights-house-foundation"


def test_a_negation_without_its_apostrophe_is_written_out_not_corrected(directory):
    from hrcqa.question.spelling import Speller

    speller = Speller.from_statements(directory.statements.values())
    reading = read_question("who said the releases dont change the picture", None, directory, speller)
    assert "do not change" in reading.topic and not reading.corrections  # not "done"


def test_a_who_phrase_after_the_topic_may_join_kinds(directory):
    reading = read_question("fair trial concerns - which delegations and ngos raised them", None, directory)
    assert reading.type == "who_said" and "ngo" in reading.kinds and "state" in reading.kinds
    assert reading.topic == "fair trial concerns"


def test_which_speakers_used_that_word_is_a_frame(directory):
    reading = read_question("reprisals - which speakers used that word", None, directory)
    assert reading.type == "who_said" and reading.topic == "reprisals"


def test_added_is_a_verb_of_saying(directory):
    reading = read_question("what did bazilli add", None, directory)
    assert reading.type == "speaker" and reading.speakers == ["hrc60-belarus/susan-bazilli"]
    assert not reading.topic


def test_member_state_finds_its_group_marked_as_member(directory):
    (estonia,) = directory.lookup("Estonia")
    assert estonia.statement_id == NORDIC and estonia.member == "Estonia"
    assert "member of the Nordic-Baltic states" in estonia.via


def test_co_presenter_finds_the_joint_statement_after_its_own(directory):
    found = [r.statement_id.split("/")[1] for r in directory.lookup("IBAHRI")]
    assert found == ["international-bar-associations-human-rights-institute",
                     "law-society-of-england-and-wales"]


def test_unknown_filters_list_the_valid_values(directory):
    with pytest.raises(QueryError, match="valid speakers: .*Czechia"):
        directory.resolve(["Narnia"])
    with pytest.raises(QueryError, match="valid kinds: panel, concerned_country"):
        validate_kinds(["states"])


@pytest.mark.parametrize(("question", "speakers", "kinds"), [
    ("What did France say about detention?", ["france"], []),
    ("What did the UK say about sanctions?", ["united-kingdom"], []),
    ("What did Switzerland ask the experts?", ["switzerland"], []),
    ("Which NGOs mentioned lawyers?", [], ["ngo"]),
    ("Which delegations called for abolishing the death penalty?", [],
     ["state", "group", "concerned_country"]),
    ("What did the experts recommend?", [], ["panel"]),
    ("Who called for support for NGOs?", [], []),
    ("What did France say about the situation in Belarus?", ["france"], []),
    ("Which speakers mentioned the European Union?", [], []),
    ("what did the uk say about sanctions", ["united-kingdom"], []),  # acronyms typed in lower case
    ("what did omct ask", ["world-organization-against-torture"], []),
    ("tell us what the EU said about torture", ["european-union"], []),  # "us" is not the US
])
def test_questions_restrict_themselves(directory, question, speakers, kinds):
    analysis = read_question(question, None, directory)
    assert [s.split("/")[1] for s in analysis.speakers] == speakers
    assert analysis.kinds == kinds


def test_member_state_question_and_absent_speaker(directory):
    estonia = read_question("What did Estonia say about torture?", None, directory)
    assert estonia.speakers == [NORDIC] and estonia.mentioned[0].member == "Estonia"
    china = read_question("What did China say about the death penalty?", None, directory)
    assert china.speakers == [] and china.unknown_speaker == "China"
    us = read_question("What did the United States say?", None, directory)
    assert us.unknown_speaker == "United States"
    assert read_question("What did the experts say?", None, directory).unknown_speaker is None


@pytest.mark.parametrize(("question", "speakers", "entities", "kinds"), [
    # A name filters only as the one speaking ...
    ("What did France ask Belarus to do?", ["france"], ["Belarus"], []),
    ("What number of political prisoners did Poland give?", ["poland"], [], []),
    ("According to Viasna, how many political prisoners are there?",
     ["world-organization-against-torture"], [], []),
    ("Poland's figure for political prisoners", ["poland"], [], []),
    ("What was the position of Malta on the death penalty?", ["malta"], [], []),
    ("Tell me about Switzerland", ["switzerland"], [], []),
    ("What did the UK and France say about sanctions?", ["united-kingdom", "france"], [], []),
    ("Is Belarus mentioned by France?", ["france"], ["Belarus"], []),
    # ... never as part of the topic, and never in a who-question.
    ("Which NGO said Belarus misuses extremism laws against lawyers?", [], ["Belarus"], ["ngo"]),
    ("Which States said the EU should keep up sanctions?", [], ["EU"],
     ["state", "group", "concerned_country"]),
    ("Which delegation noted that Belarus executes people?", [], ["Belarus"],
     ["state", "group", "concerned_country"]),
    ("Which speaker mentioned Poland?", [], ["Poland"], []),
    ("Who praised the Group of Experts for its report?", [], [], []),
    ("Does Belarus still carry out executions?", [], ["Belarus"], []),
    ("Belarus death penalty", [], ["Belarus"], []),
    ("Malta death penalty", ["malta"], [], []),
    # Other names of States, from general data (demonyms, people, capitals, official names).
    ("What did the Brits say about sanctions?", ["united-kingdom"], [], []),
    ("what did dublin want to know from the experts", ["ireland"], [], []),
    ("How did the Belarusian delegation respond?", ["belarus"], [], []),
    ("What did the Republic of Moldova say?", ["moldova"], [], []),
    # a State's name in French, Spanish or German (pycountry's translations)
    ("what did nouvelle zelande say about measures against people of lukashenko", ["new-zealand"], [], []),
    ("the journalists named by Tchéquie?", ["czechia"], [], []),
    ("what did Polonia say about hybrid attacks", ["poland"], [], []),
    # a non-native speaker's verb and word order: "what precised X" (préciser)
    ("what precised article 19 about Nasta Loika", ["article-19-the-international-centre-against-censorship"],
     [], []),
    # a number as spoken: "article nineteen" is Article 19
    ("ok and article nineteen how many did they say got released", [
        "article-19-the-international-centre-against-censorship"], [], []),
    ("Which NGOs urged the Belarusian authorities to free lawyers?", [], ["Belarusian"], ["ngo"]),
])
def test_names_filter_only_as_speakers(directory, question, speakers, entities, kinds):
    reading = read_question(question, None, directory)
    assert [s.split("/")[1] for s in reading.speakers] == speakers
    assert reading.entities == entities
    assert reading.kinds == kinds


def test_which_delegation_and_which_speaker_are_who_questions(directory):
    for question in ("Which delegation noted that Belarus executes people?",
                     "Which speaker raised conscientious objection?"):
        reading = read_question(question, None, directory)
        assert reading.type == "who_said" and reading.who_question


@pytest.mark.parametrize(("question", "absent"), [
    ("How did Beijing respond to the report?", "China"),
    ("What did the Chinese delegation say?", "China"),
    ("What did the US delegation say about Belarus?", "United States"),
    ("What did Amnesty International say?", "Amnesty International"),
    ("did the us speak", "United States"),  # an acronym that is an English word, after "the"
    # an office no speaker holds, and the State it is of is no speaker then
    ("what did the special rapporteur say", "the special rapporteur"),
    ("what did the UN Special Rapporteur on Belarus say during this dialogue",
     "the UN Special Rapporteur on Belarus"),
    ("what did the president of Belarus say about elections", "the president of Belarus"),
    # an acronym's possessive typed without its apostrophe, and a name in capitals whose letters
    # change under case mapping: both were matched, then not found (a KeyError and a traceback)
    ("what was the CARs position", "Central African Republic"),
    ("What did QAZAQSTAN RESPUBLÏKASI say?", "Kazakhstan"),
])
def test_states_that_did_not_speak_are_named_as_absent(directory, question, absent):
    reading = read_question(question, None, directory)
    assert reading.speakers == [] and reading.unknown_speaker == absent


def test_a_place_that_begins_the_name_of_a_thing_is_no_absent_state(directory):
    # "the Rome Statute" is a treaty, not Italy; "the Geneva Conventions" are not Switzerland's
    for text in ("the question on deportation as a Rome Statute crime", "who cited the Geneva Conventions"):
        assert directory.absent_countries(text) == []
    assert [name for *_span, name in directory.absent_countries("what did Rome say about it")] == ["Italy"]
    reading = read_question("And the question on deportation as a Rome Statute crime - who posed it?",
                            [("Did any NGO ask the experts a question?", "Yes. …")], directory)
    assert reading.unknown_speaker is None and "Rome" in reading.question


@pytest.mark.parametrize(("question", "speaker"), [
    ("what did the minister say", None),  # Lithuania's foreign minister delivered its statement
    ("what did the ambassador of Poland say", "hrc60-belarus/poland"),
    ("what did the head of the EU delegation say", "hrc60-belarus/european-union"),
    ("what did the minister of foreign affairs of Lithuania say",
     "hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"),
])
def test_an_office_that_a_speaker_holds_or_speaks_for_is_not_absent(directory, question, speaker):
    reading = read_question(question, None, directory)
    assert reading.unknown_speaker is None
    assert reading.speakers == ([speaker] if speaker else [])


def test_misspelt_names_and_words_are_corrected_and_shown(directory):
    from hrcqa.question.spelling import Speller

    speller = Speller.from_statements(directory.statements.values())
    reading = read_question("what did the helsinki comittee say about deaths in custody", None,
                            directory, speller)
    assert reading.speakers == ["hrc60-belarus/national-human-rights-civic-association-belarusian-"
                                "helsinki-committee"]
    assert 'corrected "comittee" to "committee"' in reading.understood()
    assert reading.asked.endswith("custody") and "committee" in reading.question


def test_earlier_turns_are_read_as_the_question_itself_is(directory):
    from hrcqa.question.spelling import Speller

    speller = Speller.from_statements(directory.statements.values())
    # the earlier turn's misspelling is corrected and its framing read away, as when it was asked
    history = [("As I'm new to this, which countries asked the experts a questoin?",
                "- **Australia**: “…” [1]")]
    assert read_question("what about the charities?", history, directory, speller).followup.question == \
        "Which NGOs asked the experts a question?"


@pytest.mark.parametrize("question", ["what did the country being talked about say?",
                                      "What did the State under review say?",
                                      "what did the concerned country say"])
def test_the_concerned_country_however_it_is_called(directory, question):
    assert read_question(question, None, directory).speakers == ["hrc60-belarus/belarus"]


def test_a_speaker_named_as_addressed_is_not_one_who_said_it(directory):
    reading = read_question("Which delegations urged the Belarusian authorities to free lawyers?",
                            None, directory)
    assert reading.type == "who_said" and reading.addressed == ["hrc60-belarus/belarus"]
    assert read_question("Which speakers mentioned Poland?", None, directory).addressed == []


def test_a_demonym_after_an_auxiliary_is_not_an_absent_speaker(directory):
    reading = read_question("How did Russian aggression affect Belarus?", None, directory)
    assert reading.unknown_speaker is None and reading.speakers == []


def test_retriever_read_takes_any_history_without_failing(retriever):
    reading = retriever.read("And Germany?", history=[123, None, ("What did France say about detention?",
                                                                  "…"), "x" * 10])
    assert reading.question == "What did Germany say about detention?"
    assert retriever.read("What did Malta say?", history=[("q", "a")] * 500).speakers == \
        ["hrc60-belarus/malta"]


def test_an_acknowledgement_before_a_question_word_is_chatter(directory):
    assert read_question("ok what about torture - which ngos", None, directory).question == \
        "what about torture - which ngos"
    assert read_question("ok", None, directory).question == "ok"


def test_a_who_question_leaves_out_the_speakers_it_sets_aside(directory):
    reading = read_question("Besides the EU, who called for abolishing the death penalty?", None,
                            directory)
    assert reading.type == "who_said" and reading.excluded == ["hrc60-belarus/european-union"]
    assert reading.question == "Who called for abolishing the death penalty?"
    assert "leaving out: European Union" in reading.understood()
    after = read_question("apart from lithuania's own statement, which speakers mentioned lithuania",
                          None, directory)
    assert after.excluded == ["hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"]
    assert after.topic == "lithuania" and after.speakers == []
    # setting aside a topic, not a speaker, leaves the question as it was
    assert read_question("What did France say, apart from sanctions?", None, directory).excluded == []
    # set aside mid-question, between commas: no comma left behind
    middle = read_question("who, apart from the EU, called for accountability", None, directory)
    assert middle.question == "Who called for accountability" and middle.topic == "accountability"


def test_a_who_question_leaves_out_the_kinds_it_sets_aside(directory):
    """"leaving out the EU and other groups", "Please leave out ..." said after the question, and
    "States, speaking in their national capacity": the kinds asked without the groups."""
    groups = read_question("which speakers called for abolishing the death penalty, leaving out the EU and "
                           "other groups", None, directory)
    assert groups.excluded == ["hrc60-belarus/european-union"]
    assert "group" not in groups.kinds and {"state", "ngo", "panel"} <= set(groups.kinds)
    after = read_question("Which speakers urged Belarus to stop supporting the war? Please leave out the "
                          "group statements.", None, directory)
    assert after.type == "who_said" and "group" not in after.kinds and "state" in after.kinds
    assert after.topic == "Belarus to stop supporting the war"
    national = read_question("Which Member States, speaking in their national capacity, urged Belarus to "
                             "abolish the death penalty?", None, directory)
    assert national.type == "who_said" and national.kinds == ["state", "concerned_country"]
    assert national.topic == "Belarus to abolish the death penalty"
    # a speaker's name holding a kind noun leaves out that speaker, not the kind
    nordic = read_question("Besides the Nordic-Baltic states, who called for the release of political "
                           "prisoners?", None, directory)
    assert nordic.excluded == ["hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"]
    assert nordic.kinds == []
    # the States that spoke in their own name are the ones asked about, in the meeting's records too
    spoke = read_question("which states, in their national capacity, took the floor", None, directory)
    assert spoke.meeting.asks == "speakers" and spoke.meeting.kinds == ["state"]


def test_a_bare_not_set_off_by_a_comma_bracket_or_dash_sets_aside(directory):
    # a kind set aside in brackets: the first State delegation, not a group's
    first = read_question("first state delegation to speak (not the groups)", None, directory)
    assert first.type == "meeting" and first.meeting.asks == "order" and first.meeting.position == 1
    assert first.meeting.excluding == "not the groups"
    listed = read_question("which delegations spoke, not the groups", None, directory)
    assert listed.meeting.asks == "speakers" and listed.meeting.excluding == "not the groups"
    dashed = read_question("who spoke first - not belarus", None, directory)
    assert dashed.meeting.excluded == ["hrc60-belarus/belarus"] and dashed.meeting.excluding == "not belarus"
    # a speaker after a bare "not" in a who-question is left out too
    ngo = read_question("which ngo said lawyers are persecuted, not the eu?", None, directory)
    assert ngo.excluded == ["hrc60-belarus/european-union"] and ngo.kinds == ["ngo"]
    # "not just", "not only" add to the topic; "or not" sets nothing aside
    assert read_question("who called for sanctions, not just words", None, directory).excluded == []
    assert read_question("did malta speak or not?", None, directory).meeting.excluded == []


def test_the_first_state_delegation_not_the_groups_is_the_first_state(answerer):
    answer = answerer.ask("first state delegation to speak (not the groups)")
    assert answer.answer.startswith("The first State delegation to take the floor was Albania")
    assert [c.statement_id for c in answer.citations] == ["hrc60-belarus/albania"]
    listed = answerer.ask("which delegations spoke, not the groups")
    assert listed.answer.startswith("18 delegations took the floor, not the groups")
    assert not {c.statement_id for c in listed.citations} & {
        sid for sid, s in answerer.statements.items() if s.kind == "group"}


def test_an_answer_leaves_out_the_speakers_set_aside(answerer):
    answer = answerer.ask("Besides the EU, who called for abolishing the death penalty?")
    assert answer.answerable and "hrc60-belarus/malta" in {c.statement_id for c in answer.citations}
    assert "hrc60-belarus/european-union" not in {c.statement_id for c in answer.citations}


@pytest.mark.parametrize(("question", "speaker"), [
    # some words of an NGO's name that no other name holds, and a noun for an organisation
    ("what did the peace tax ngo say about lithuania", "Conscience and Peace Tax International (CPTI)"),
    ("how many media workers are behind bars per the anti-torture ngo",
     "World Organization Against Torture (OMCT)"),
    # longer than Finland's capital, so the NGO and not the Nordic-Baltic statement
    ("what did the helsinki people say about deaths",
     "National Human Rights Civic Association 'Belarusian Helsinki Committee'"),
    # "the" and two or three words of one NGO's name, with no noun after them
    ("what did the house foundation ask", "Human Rights House Foundation"),
    ("what did the civic association say about lawyers",
     "National Human Rights Civic Association 'Belarusian Helsinki Committee'"),
    # with a possessive or a question mark after the run
    ("how many prisoners died by the peace tax's count", "Conscience and Peace Tax International (CPTI)"),
    ("and the house foundation?", "Human Rights House Foundation"),
    # a name of two nouns joined by "of", put the other way round
    ("Did the jurists' commission name any individual lawyer?", "International Commission of Jurists (ICJ)"),
    ("what did the jurists commission say?", "International Commission of Jurists (ICJ)"),
])
def test_an_ngo_named_by_some_of_its_words_and_a_noun_is_the_speaker(directory, question, speaker):
    reading = read_question(question, None, directory)
    assert [directory.statements[sid].speaker for sid in reading.speakers] == [speaker]


def test_the_initials_of_the_name_an_ngo_goes_by_name_it(directory):
    # the quoted part of "National Human Rights Civic Association 'Belarusian Helsinki Committee'"
    reading = read_question("what else did the bhc want repealed", None, directory)
    committee = "national-human-rights-civic-association-belarusian-helsinki-committee"
    assert reading.speakers == [f"hrc60-belarus/{committee}"]


def test_words_shared_by_several_names_name_no_one(directory):
    reading = read_question("which ngos mentioned the human rights people", None, directory)
    assert reading.speakers == [] and reading.kinds == ["ngo"]
    # a run that ends in a function word, or one several names hold, is no name
    assert read_question("what did the human rights say", None, directory).speakers == []
    # a whole name is never cut to the run it starts with
    question = "What did the World Organization Against Torture say about deaths in custody?"
    assert [(start, end) for start, end, _alias in directory.find_mentions(question)] == [(13, 47)]


@pytest.mark.parametrize("question", ["did the nordics give a number for closed ngos",
                                      "what did the Nordic states say", "what did the baltic countries say"])
def test_a_part_of_a_hyphenated_group_name_names_the_group(directory, question):
    # from the parsed "on behalf of the Nordic-Baltic states", not from a table
    group = "hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"
    assert read_question(question, None, directory).speakers == [group]


@pytest.mark.parametrize(("question", "asked"), [
    ("The bulgarians asked some question to the experts?",
     "Did the bulgarians ask some question to the experts?"),
    ("Iceland is part of the nordic-baltic group or not?", "Is Iceland part of the nordic-baltic group?"),
    ("the ICJ spoke also about the torture?", "Did the ICJ speak also about the torture?"),
    # a topic put first is not a statement: it stands in for the pronoun pointing back to it
    ("unionists - who raised the crackdown on them?", "who raised the crackdown on unionists?"),
    # no finite verb of its own: a keyword query or an order question, read as typed
    ("3rd state delegation to speak?", "3rd state delegation to speak?"),
    ("death penalty?", "death penalty?"),
    # "anyone" asking with no auxiliary, the verb in its base form or not
    ("anyone cite the special rapporteur?", "Did anyone cite the special rapporteur?"),
    ("any ngo bring up executions?", "Did any ngo bring up executions?"),
    ("anybody spoke about torture?", "Did anybody speak about torture?"),
    # a learner's perfect and "is" before a verb's base form
    ("Belarus has answered the experts?", "Did Belarus answer the experts?"),
    ("Poland is agree with the experts?", "Does Poland agree with the experts?"),
    ("Belarus is state party to the convention?", "Is Belarus state party to the convention?"),  # a noun
    # a typed yes/no mark
    ("eu ask for moratorium y/n", "Did eu ask for moratorium?"),

    ("did malta mention the death penalty y/n", "did malta mention the death penalty?"),
])
def test_a_statement_typed_as_a_question_is_the_yes_no_question_it_asks(directory, question, asked):
    assert read_question(question, None, directory).followup.question == asked


@pytest.mark.parametrize(("question", "asked"), [
    # a thing asked for before a verb that comes before its subject; not a kind of speaker
    ("which number gave the Human Rights House", "which number did the Human Rights House give"),
    ("which speakers gave a number", "which speakers gave a number"),
    ("which measure Nouvelle-Zélande has took against its officials",
     "which measure did Nouvelle-Zélande take against its officials"),
    # two questions, the second of a speaker with no topic of its own: about the first one's
    ("How much people are in exile? which number gave the Human Rights House",
     "which number did the Human Rights House give for people are in exile?"),
    ("How much people are in exile? which speakers spoke about it",
     "How much people are in exile? which speakers spoke about it"),
])
def test_a_learners_word_order_and_two_questions_in_one(directory, question, asked):
    assert read_question(question, None, directory).followup.question == asked


def test_two_questions_in_one_turn_read_the_same_when_they_come_back_as_history(directory):
    turn = "How much people are in exile? which number gave the Human Rights House"
    history = [(turn, "The figure given: up to 600,000 (HRHF).")]
    followup = read_question("and Germany?", history, directory).followup
    assert followup.question == "which number did Germany give for people are in exile?"


def test_anyone_without_an_auxiliary_keeps_the_verb_out_of_the_topic(directory):
    reading = read_question("anyone cite the special rapporteur?", None, directory)
    assert (reading.type, reading.topic) == ("who_said", "the special rapporteur")
    # "anyone else ..." is a follow-up of the previous answer, read there
    question = "anyone else raise it?"
    assert read_question(question, None, directory).followup.question == question


def test_a_statement_typed_as_a_question_is_answered_yes_or_no(answerer):
    assert answerer.ask("The bulgarians asked some question to the experts?").answer.startswith("No.")
    assert answerer.ask("Iceland is part of the nordic-baltic group or not?").answer.startswith("Yes")
    assert answerer.ask("eu ask for moratorium y/n").answer.startswith("Yes")


@pytest.mark.parametrize(("question", "asked"), [
    ("what said Poland about the lawyers?", "what did Poland say about the lawyers?"),
    ("what asked Bucharest to the experts?", "what did Bucharest ask to the experts?"),
    ("and Warsaw asked a question too?", "and did Warsaw ask a question too?"),
    ("what said the Advocates for HR about domestic violence?",
     "what did the Advocates for HR say about domestic violence?"),
    ("with who they made the statement?", "with who did they make the statement?"),
    ("what said lawyers were targeted?", "what said lawyers were targeted?"),  # no subject of its own
])
def test_a_what_question_with_no_auxiliary_gets_one(directory, question, asked):
    assert read_question(question, None, directory).followup.question == asked


def test_asking_to_the_experts_is_a_question_to_the_panel(answerer):
    answer = answerer.ask("what asked Bucharest to the experts?")
    assert answer.question_type == "asked_panel"
    assert "Romania asks the Experts to elaborate" in answer.answer


def test_a_speakers_own_name_in_the_topic_does_not_make_a_yes(answerer):
    answer = answerer.ask("Did Kiev mention the deportation of the ukrainian children?")
    assert answer.answer.startswith("No")


def test_someone_asked_about_is_anyone(answerer):
    answer = answerer.ask("did someone mention the death penalty?")
    assert answer.question_type == "who_said"
    assert answer.answer.startswith("Yes.")
    assert {"hrc60-belarus/malta", "hrc60-belarus/new-zealand"} <= {c.statement_id for c in answer.citations}


def test_the_x_one_names_the_organisation_x_names(directory):
    # "the helsinki one" is the Belarusian Helsinki Committee, not Finland's capital
    reading = read_question("what did the helsinki one say about it", None, directory)
    committee = "hrc60-belarus/national-human-rights-civic-association-belarusian-helsinki-committee"
    assert reading.speakers == [committee]
    assert read_question("what did the first one say", None, directory).speakers == []


@pytest.mark.parametrize(("question", "read_as"), [
    # a framing phrase before the question goes, unless it names a speaker
    ("Looking at the running order, which country spoke before Ireland?",
     "which country spoke before Ireland?"),
    ("According to the summary's figures, how many NGOs spoke?", "how many NGOs spoke?"),
    ("According to Poland, how many prisoners remain?", "According to Poland, how many prisoners remain?"),
    # a sentence saying what someone did, then "which one was that?"
    ("Some delegations called for a moratorium. Who were they?",
     "Which delegations called for a moratorium?"),
    ("One NGO raised drills for children - which organisation was that?",
     "Which NGO raised drills for children?"),
    # a topic put first, then pointed back to: the topic in place of the pronoun
    ("democracy in belarus - who actually spoke up for it", "who actually spoke up for democracy in belarus"),
    ("journalists in belarus, which speakers raised their persecution",
     "which speakers raised the persecution of journalists in belarus"),
    ("Poland: what was their figure?", "what was Poland's figure?"),
    # a speaker named first: "she" is that speaker; "anything about X", "what exactly" ask what it said
    ("moskalenko - did she rebut the internal affairs line",
     "did moskalenko rebut the internal affairs line"),
    ("kyiv - anything about airspace", "did kyiv say anything about airspace"),
    ("the helsinki one - what exactly", "what exactly did the helsinki one say?"),
    ("cpti - main points", "what did cpti say?"),
    # keywords for a speaker's figure; a learner's speaker after "say"
    ("political prisoners still held - germany figure",
     "what figure did germany give for political prisoners still held?"),
    ("how many trade union activists in prison say OMCT",
     "how many trade union activists in prison, according to OMCT"),
    ("what happen with Nasta Loika according Article 19?",
     "what happen with Nasta Loika according to Article 19?"),
    # a kind's speaker by its place in the speaking order, put first
    ("and the third group - did it ask the experts anything",
     "did Netherlands on behalf of the Benelux countries ask the experts anything"),
    ("the first NGO: what did it ask?", "what did Law Society of England and Wales ask?"),
    # abbreviations in organisations' names
    ("after the helsinki cttee who had the floor", "after the helsinki committee who had the floor"),
    # the passive and a formal register
    ("By whom was the practice of incommunicado detention denounced?",
     "who denounced the practice of incommunicado detention?"),
    ("Capital punishment: by which speakers was it raised in the course of the ID, Member States and CSOs "
     "alike?", "which speakers raised Capital punishment?"),
    ("Trade unions: whose statements made mention of them?", "which speakers mentioned Trade unions?"),
    ("Was the ICC mentioned, and by whom?", "who mentioned the ICC?"),
    ("What was put to the GoE by Bucharest?", "What did Bucharest put to the GoE?"),
    ("Was it taken up by any mandate holder?", "Was it taken up by any expert?"),
    # a yes-or-no question in the passive, with its agent: the agent does it
    ("Was the ICC touched upon by any of the mandate holders in the replies?",
     "Did any of the experts touch upon the ICC in the replies?"),
    # spoken: fillers, a number in words, a tag without its comma, a keyword query with "named by"
    ("so basically who said people are getting like tried in absentia",
     "so who said people are getting tried in absentia"),
    ("um which ngo talked about the fifty two released", "which ngo talked about the 52 released"),
    ("australia asked something to the panel yes or no", "Did australia ask something to the panel?"),
    ("the journalists named by Czechia?", "which journalists did Czechia name?"),
    # a non-native speaker's word order and words: "what has asked X", "demand to", "the president
    # of the group"
    ("what has asked the Suisse exactly", "what did the Suisse ask exactly"),
    # a journalist's: a confirmation asked for, the quotes asked for
    ("confirm: Poland mentioned hybrid attacks?", "Did Poland mention hybrid attacks?"),
    ("is it right that Malta called for a moratorium?", "Did Malta call for a moratorium?"),
    ("who called the elections a sham - exact words", "who called the elections a sham?"),
    ("the drones bit - quote it", "the drones bit?"),
    ("pol prisoners dying in custody - who raised it?", "who raised political prisoners dying in custody?"),
    ("what did Slovenia demand to the president of the group", "what did Slovenia ask the Chair"),
    ("Is the same toll reported by the Helsinki Committee?",
     "Does the Helsinki Committee report the same toll?"),
    # a move to another topic, then the question
    ("back to exile - which delegations complained about deportations",
     "which delegations complained about deportations"),
    ("switching topic - death penalty: did malta mention it", "did malta mention death penalty"),
    ("democracy - did she mention it", "democracy - did she mention it"),
    # a clause on why it is asked, then the question, however politely put
    ("As we are drafting a section on capital punishment for the ministry's note, could you tell me which "
     "delegations raised executions?", "which delegations raised executions?"),
    ("Because the ministry is weighing a referral, I need every speaker who brought up the ICC",
     "which speakers brought up the ICC"),
    ("Given the reports that freed detainees are driven to the border, who raised forced exile?",
     "who raised forced exile?"),
    ("For the 'strongest language' box in my note: who called it a crime against humanity?",
     "who called it a crime against humanity?"),
    # a part of the meeting put first narrows the question: kept, at its end
    ("For the NGO segment, who spoke first?", "who spoke first in the NGO segment?"),
    # a list asked for, and the kind the answer is restricted to, put first
    ("please list all the NGOs that mentioned the ICC", "which NGOs mentioned the ICC"),
    ("Only the NGOs please: who flagged the ban on the lawyers' association?",
     "which NGOs flagged the ban on the lawyers' association?"),
    ("States only - which of the NGOs raised torture?", "which of the NGOs raised torture?"),
    ("who on the panel dealt with releases", "which experts dealt with releases"),
    ("who else among the NGOs raised torture?", "which other NGOs raised torture?"),
    ("Restricting myself to individual State delegations, which ones referred to the 52?",
     "which State delegations referred to the 52?"),
    ("among individual State delegations only, which expressed concern about lawyers?",
     "which State delegations expressed concern about lawyers?"),
    # a sentence with a vague number of things, then "which ones?"
    ("Lithuania spoke for a bunch of countries - which ones?", "Which countries did Lithuania speak for?"),
    # not a topic: a framing preposition
    ("On refoulement: did anyone urge host States to protect them?",
     "On refoulement: did anyone urge host States to protect them?"),
])
def test_a_question_framed_by_what_comes_before_it(directory, question, read_as):
    assert read_question(question, None, directory).followup.question == read_as


def test_that_group_after_a_sentence_naming_its_speaker(answerer):
    answer = answerer.ask("The Netherlands took the floor on behalf of a group of countries - "
                          "which States made up that group?")
    assert answer.question_type == "meeting"
    assert "Belgium, Luxembourg and the Netherlands" in answer.answer


def test_before_and_after_one_speaker_in_one_question(answerer):
    answer = answerer.ask("Looking at the running order of the State delegations, which country spoke "
                          "immediately before Ireland and which one immediately after it?")
    assert answer.question_type == "meeting"
    assert "before Ireland was Germany" in answer.answer and "after Ireland was Malta" in answer.answer


@pytest.mark.parametrize(("question", "read_as"), [
    # a polite opening, a sentence about the asker's work (whose subject "those deaths" stands for),
    # a closing request that only repeats the question, "during the dialogue"
    ("Could you tell me which delegations called for a moratorium?",
     "which delegations called for a moratorium?"),
    ("I'm preparing a brief on political detainees who have died in custody in Belarus - which delegations "
     "or NGOs raised those deaths during the dialogue?",
     "which delegations or NGOs raised political detainees who have died in custody in Belarus?"),
    ("For a paper on lawfare I need to know who accused Minsk of misusing its laws - can you list every "
     "speaker who made that point?", "who accused Minsk of misusing its laws?"),
    ("who spoke in the dialogue", "who spoke in the dialogue"),  # no question about what was said
    # a purpose before a colon, a preposition before the question word; "anyway" closing it
    ("For citation purposes: on what date was the dialogue held?", "on what date was the dialogue held?"),
    ("how many states spoke anyway", "how many states spoke"),
    ("k diff topic, who chaired", "who chaired"),
    # "Did anyone ...? Which speakers?": the list asked for, as "... ? who" is
    ("Did anyone invoke non-refoulement? Which speakers?", "Did anyone invoke non-refoulement? who"),
    ("did any ngo mention the death penalty, and which ones?", "did any ngo mention the death penalty? who"),
    # "Turning to X:" goes when the question names its speaker again, and stays when X is the topic
    ("Turning to the State concerned: how did Belarus characterise the Group's reporting?",
     "how did Belarus characterise the Group's reporting?"),
    ("Switching to exile: who raised concerns about released prisoners?",
     "Switching to exile: who raised concerns about released prisoners?"),
])
def test_framing_around_a_question_goes(directory, question, read_as):
    assert read_question(question, None, directory).followup.question == read_as


def test_framing_guards_keep_what_narrows_the_question(directory):
    # a year or a part of the meeting before the question narrows it; "in the discussion of X" is a topic
    for question in ("In 2024, how many people were convicted on political grounds?",
                     "As of 2024, how many political prisoners were there?",
                     "Given the 52 releases, who still called for more?"):
        assert read_question(question, None, directory).followup.question == question
    assert read_question("In the NGO segment, who spoke first?", None, directory).followup.question == \
        "who spoke first in the NGO segment?"
    from hrcqa.question.words import without_framing

    assert without_framing("who raised torture in the discussion of accountability") == \
        "who raised torture in the discussion of accountability"


def test_words_after_the_question_mark_that_gloss_it_are_read_away(directory):
    repliers = read_question("which experts answered at the end? like the reply part", None, directory)
    assert repliers.type == "meeting" and repliers.meeting.asks == "repliers"
    # "was it just the EU?" checks what the list will show: no speaker filter, no topic
    listed = read_question("who mentioned the 52 prisoners getting released?? was it just the eu or more ppl",
                           None, directory)
    assert listed.type == "who_said" and listed.speakers == [] and "eu" not in listed.topic.lower()
    # a second question of its own is kept
    assert "which ngos" in read_question("who spoke about torture? like which ngos", None, directory).question
    # a remark after the question, about the asker or an aside, asks nothing
    for question, topic in (("who brought up russia's war in ukraine? feels like basically everyone did lol",
                             "russia's war in ukraine"),
                            ("who mentioned the death penalty? I need it for a brief.", "the death penalty")):
        reading = read_question(question, None, directory)
        assert (reading.type, reading.topic) == ("who_said", topic), question
    # a restriction or a question of its own after the question mark is no remark
    for question in ("which states spoke? I only want EU members", "who raised torture? i wonder which ngos"):
        assert question.split("? ")[1] in read_question(question, None, directory).question
    # "was it X or Y" after a comma: the candidates the answer tells apart
    repliers = read_question("who did the answers at the end, was it the chair again or other experts", None,
                             directory)
    assert repliers.type == "meeting" and repliers.meeting.asks == "repliers"


def test_a_plural_noun_after_a_singular_one_is_no_single_speaker_question(answerer):
    """"which State delegations ...": many, counted as delegations (groups are among them)."""
    answer = answerer.ask("which state delegations mentioned torture?")
    assert answer.question_type == "who_said"
    assert re.match(r"\d+ delegations mentioned torture:", answer.answer), answer.answer


def test_taking_up_a_topic_is_raising_it(directory):
    reading = read_question("Which NGO took up conscientious objectors?", None, directory)
    assert reading.topic == "conscientious objectors" and reading.kinds == ["ngo"]


def test_an_adverb_before_the_verb_of_a_membership_question(answerer):
    answer = answerer.ask("Did the Benelux statement also cover Luxembourg?")
    assert answer.answer.startswith("Yes: Luxembourg is one of the Benelux countries")


def test_a_speaker_compared_in_an_aside_is_not_asked_about(directory):
    reading = read_question("Did the EU, like France, refer to the presidential elections?", None, directory)
    assert reading.speakers == ["hrc60-belarus/european-union"]
    assert reading.topic == "the presidential elections"
    did = read_question("Did Germany, as France did, mention the elections?", None, directory)
    assert did.speakers == ["hrc60-belarus/germany"] and did.topic == "the elections"
    # "as cited by Prague" says whose figure it is: Prague stays the speaker
    cited = read_question("The number of political prisoners still in detention, as cited by Prague, "
                          "was what?", None, directory)
    assert cited.speakers == ["hrc60-belarus/czechia"]


@pytest.mark.parametrize(("question", "resolved"), [
    # the claimed figure may be wrong: the real one is asked, of the claim's topic
    ("Claim: the UK said it has sanctioned over 300 individuals over Belarus. What figure did the UK "
     "actually give?",
     "the UK said it has sanctioned individuals over Belarus. What figure did the UK actually give?"),
    # a question standing on its own: the claim's "only NGOs" is what is checked, not a filter
    ("Claim: only NGOs brought up the International Criminal Court. Who actually mentioned the ICC?",
     "Who actually mentioned the ICC?"),
    # a claim with its check: the claim asked as a yes/no question
    ("Claim: the Belarusian Helsinki Committee says more than 1,100 political prisoners remain. Correct?",
     "Did the Belarusian Helsinki Committee say more than 1,100 political prisoners remain?"),
    ("Is it true that the United States took the floor during this dialogue?",
     "Did the United States take the floor during this dialogue?"),
    # a check after a wh-question asks nothing more
    ("who spoke first, right?", "who spoke first?"),
    # who made the claim, without an article or with words qualifying it
    ("some outlet says germany put the number of political prisoners still held at 1,300. what did "
     "germany actually say?", "What figure did germany actually give for political prisoners still held?"),
    ("A blog post claims only Malta called for a moratorium on executions. Anyone else?",
     "Who called for a moratorium on executions?"),
    ("Claim doing the rounds - the UK sanctioned 500 people. What's the real number?",
     "the UK sanctioned people. What is the real number?"),
    # where the asker met the claim, after the question
    ("who brought up transnational repression? I've heard it attributed to France",
     "who brought up transnational repression?"),
    # whether one was the only one: who was
    ("Was Malta the only State that called for a moratorium?", "Which States called for a moratorium?"),
])
def test_a_claim_put_before_a_question_is_read_as_checked(directory, question, resolved):
    assert read_question(question, None, directory).question == resolved


def test_more_of_one_kind_or_another_lists_both_by_kind(answerer):
    answer = answerer.ask("did more states or NGOs raise the death penalty? list both")
    assert answer.resolved_question == "Which states and NGOs did raise the death penalty?"
    assert "**States (2)**" in answer.answer and "**NGOs (2)**" in answer.answer
    relative = answerer.ask("were there more NGOs than states that mentioned torture?")
    assert relative.resolved_question == "Which NGOs and states mentioned torture?"


@pytest.mark.parametrize("question", ["which source says 1,100 political prisoners remain?",
                                      "what report says that exile is weaponised?"])
def test_a_question_word_is_no_claims_source(directory, question):
    assert read_question(question, None, directory).question.lower().startswith(question.split()[0])


def test_someone_said_in_the_past_is_a_speaker_asked_for(directory):
    # not a claim made outside the dialogue: what it said is the topic
    reading = read_question("someone said a prisoner died in september. who", None, directory)
    assert reading.who_question and "prisoner died in september" in reading.topic


def test_claims_checked_against_the_summary(answerer):
    uk = answerer.ask("Claim: the UK said it has sanctioned over 300 individuals over Belarus. "
                      "What figure did the UK actually give?")
    assert uk.answer.startswith("The figure given: over 200 (United Kingdom)")
    france = answerer.ask("France reportedly cited 1,500 political convictions in Belarus in 2024. "
                          "What number did France actually give?")
    assert france.answer.startswith("The figure given: 1,724 (France)")
    committee = answerer.ask("Claim: the Belarusian Helsinki Committee says more than 1,100 political "
                             "prisoners remain. Correct?")
    assert committee.answer.startswith("Yes")  # it writes "more than 1100"
    absent = answerer.ask("Is it true that the United States took the floor during this dialogue?")
    assert absent.answer.startswith("No: the summary records no statement by the United States")
    # a misattributed claim: no, and who did say it; a plain question gets the no alone
    misattributed = answerer.ask("Is it true that France called for the abolition of the death penalty?")
    assert misattributed.answer.startswith("No: the statement of France does not address")
    assert "**Other speakers do:**" in misattributed.answer
    assert {"hrc60-belarus/malta", "hrc60-belarus/new-zealand", "hrc60-belarus/european-union"} <= \
        {c.statement_id for c in misattributed.citations}
    plain = answerer.ask("Did France call for the abolition of the death penalty?")
    assert plain.answer.startswith("No:") and "Other speakers" not in plain.answer
    # a claim asked word for word ("did X say that ...") that X comes near but does not clearly
    # make: not clearly, and who did say it in so many words
    worded = answerer.ask("Did Poland say that former political prisoners are never really free?")
    assert worded.answer.startswith("Not clearly:") and "**Other speakers do:**" in worded.answer
    assert "“Former political prisoners are never really free.”" in worded.answer
    assert "hrc60-belarus/germany" in {c.statement_id for c in worded.citations}
    # "other speakers do" holds only those who say it: not the Law Society and IBAHRI for a
    # sentence that thanks the Group and names the International Bar Association
    bar = answerer.ask("claim: the ICJ said belarus's bar association is independent. true?")
    assert bar.answer.startswith("No.") and "Other speakers" not in bar.answer, bar.answer
    assert {c.statement_id for c in bar.citations} == {"hrc60-belarus/international-commission-of-jurists"}
    eu = answerer.ask("Claim: Poland said the 52 prisoners were freed in a deal brokered by the EU. "
                      "Accurate?")
    assert "hrc60-belarus/european-union" not in {c.statement_id for c in eu.citations}
    quoted = answerer.ask("Is it true Poland said ex political prisoners are 'never truly free' once "
                          "they're out?")
    assert "hrc60-belarus/germany" in {c.statement_id for c in quoted.citations}  # "'never" negates too
    # "only X did Y. anyone else?", "was X the only one to ...?": the whole list
    only = answerer.ask("A blog post claims only Malta called for a moratorium on executions. Anyone else?")
    assert {c.statement_id for c in only.citations} == {"hrc60-belarus/malta", "hrc60-belarus/european-union"}
    lawyers = answerer.ask("Was the ICJ the only NGO to condemn the lawyers' association being labelled "
                           "extremist?")
    assert {f"hrc60-belarus/{slug}" for slug in ("international-commission-of-jurists",
                                                "law-society-of-england-and-wales",
                                                "international-bar-associations-human-rights-institute")} \
        <= {c.statement_id for c in lawyers.citations}


@pytest.mark.parametrize("question", ["What is WRI's main issue", "what was the gist of WRI's statement",
                                      "WRI key message?"])
def test_a_speakers_main_issue_or_gist_is_its_statement(directory, question):
    reading = read_question(question, None, directory)
    assert reading.speakers == ["hrc60-belarus/world-resisters-international"] and reading.topic == ""


@pytest.mark.parametrize("question", ["ok now the human rights orgs - which ones talked about lawyers",
                                      "the ngos - who talked about lawyers"])
def test_a_kind_put_first_then_which_ones_restricts_to_it(directory, question):
    reading = read_question(question, None, directory)
    assert reading.type == "who_said" and reading.kinds == ["ngo"] and reading.topic == "lawyers"


def test_mentioned_in_any_statement_of_a_kind_asks_whether_any_of_them_said_it(directory, answerer):
    reading = read_question("Was the International Criminal Court mentioned in any of the statements "
                            "delivered by States or regional groups?", None, directory)
    assert reading.type == "who_said" and reading.topic == "the International Criminal Court"
    assert set(reading.kinds) >= {"state", "group"} and "ngo" not in reading.kinds
    # no State or group mentions it (the experts and NGOs do): no, and who did instead
    answer = answerer.ask(reading.asked)
    assert answer.answer.startswith("No: none of the delegations in the summary addresses this")


def test_signal_and_echo_are_verbs_of_saying(directory):
    """"Did the concerned country signal X?" asks what Belarus said; "Which States echoed X?" who said it."""
    signal = read_question("Did the concerned country signal any openness to engagement?", None, directory)
    assert signal.type == "speaker" and signal.speakers == ["hrc60-belarus/belarus"]
    assert signal.topic == "any openness to engagement"
    echo = read_question("Which States echoed the call for a moratorium?", None, directory)
    assert echo.type == "who_said" and echo.topic == "the call for a moratorium"


def test_a_long_names_last_two_words_name_it_when_they_say_what_it_is(directory):
    """"the house foundation" is the Human Rights House Foundation; "domestic violence", the end of a
    co-presenter's name that says no kind of organisation, stays a topic."""
    house = read_question("the house foundation what ask?", None, directory)
    assert house.speakers == ["hrc60-belarus/human-rights-house-foundation"]
    violence = read_question("which speakers mentioned domestic violence", None, directory)
    assert violence.speakers == [] and violence.topic == "domestic violence"


@pytest.mark.parametrize("question", ["What did LITHUANIA say about the death penalty?",
                                      # dotted capitals: "İ" matches "i" case-insensitively, though
                                      # "LİTHUANİA".casefold() does not hold "lithuania"
                                      "What did LİTHUANİA say about the death penalty?"])
def test_a_speaker_typed_in_capitals_is_found_whatever_its_letters(directory, question):
    """Names are looked for only in questions that hold their letters; a question in letters
    outside ASCII is searched in full, as case mapping can change them."""
    reading = read_question(question, None, directory)
    assert reading.speakers == ["hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"]
