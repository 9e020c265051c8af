"""Questions about the meeting itself (`hrcqa.question.meeting`, `hrcqa.answer.meeting`): who
spoke, how many, in what order, roles, representatives, group members, joint statements, who
asked the experts, and the summary's date and author, answered from the parsed records.

Every expected value was read off the summaries by hand (tests/fixtures/second/ is a second,
synthetic summary, so nothing here is fitted to one document): the real summary has 3 panel
members, the concerned country, 3 groups, 17 States and 10 NGOs; the fixture 3, 1, 3, 8 and 4.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from hrcqa.answer.meeting import answer_meeting
from hrcqa.corpus.reading import parse_file
from hrcqa.question.asking import puts_question
from hrcqa.question.meeting import read_meeting
from hrcqa.question.query import SpeakerDirectory
from hrcqa.question.reading import read_question

from .conftest import SOURCE_FILE

FIXTURE = Path(__file__).parent / "fixtures" / "second" / \
    "hrc61-examplestan-interactive-dialogue-2026-03-24.txt"
REAL, SECOND = "hrc60-belarus", "hrc61-examplestan"
NB = "lithuania-on-behalf-of-the-nordic-baltic-states"
BENELUX = "netherlands-on-behalf-of-the-benelux-countries"
REAL_PANEL = ["karinna-moskalenko", "monika-platek", "susan-bazilli"]
REAL_GROUPS = ["european-union", NB, BENELUX]
REAL_STATES = ["albania", "australia", "austria", "bulgaria", "czechia", "france", "germany",
               "ireland", "malta", "moldova", "new-zealand", "poland", "romania", "slovenia",
               "switzerland", "ukraine", "united-kingdom"]
REAL_NGOS = ["law-society-of-england-and-wales",
             "national-human-rights-civic-association-belarusian-helsinki-committee",
             "international-bar-associations-human-rights-institute", "world-organization-against-torture",
             "world-resisters-international", "human-rights-house-foundation", "advocates-for-human-rights",
             "article-19-the-international-centre-against-censorship",
             "international-commission-of-jurists", "conscience-and-peace-tax-international"]
# Read off the summary: the delegations whose statements put a question to the experts.
REAL_ASKERS = [BENELUX, "australia", "czechia", "germany", "ireland", "moldova", "romania",
               "slovenia", "switzerland"]
CORE_GROUP = "chile-on-behalf-of-the-core-group-on-examplestan"
FORUM = "fiji-on-behalf-of-the-pacific-islands-forum"
SECOND_STATES = ["brazil", "canada", "japan", "kenya", "mexico", "norway", "republic-of-korea",
                 "sierra-leone"]
SECOND_NGOS = ["examplestan-lawyers-network", "minority-rights-group-international",
               "reporters-without-borders", "human-rights-watch"]
SECOND_ASKERS = [FORUM, CORE_GROUP, "canada", "mexico", "sierra-leone"]


def ids(document: str, slugs: list[str]) -> list[str]:
    return [f"{document}/{slug}" for slug in slugs]


def cited(answer) -> list[str]:
    return list(dict.fromkeys(c.statement_id for c in answer.citations))


@pytest.fixture(scope="module")
def directory(parsed):
    return SpeakerDirectory(parsed.statements)


@pytest.fixture(scope="module")
def second():
    return parse_file(FIXTURE)


@pytest.fixture(scope="module")
def second_directory(second):
    return SpeakerDirectory(second.statements)


# --- reading the question (pure, no model) ----------------------------------------------------

@pytest.mark.parametrize(("question", "asks", "kinds"), [
    ("Which NGOs spoke?", "speakers", ["ngo"]),
    ("List the States that took the floor", "speakers", ["state"]),
    ("Who spoke?", "speakers", []),
    ("Can you tell me which civil society organisations took part in the dialogue?", "speakers", ["ngo"]),
    ("Who sat on the panel?", "speakers", ["panel"]),
    ("who were the experts up on the panel", "speakers", ["panel"]),  # (it was a who-said list)
    ("How many States took the floor?", "count", ["state"]),
    ("How many speakers were there?", "count", []),
    ("how many speakers were there in all?", "count", []),  # "in all" as "in total" (it was refused)
    ("How many delegations took the floor?", "count", ["concerned_country", "group", "state"]),
    ("In what order did the NGOs speak?", "order", ["ngo"]),
    ("What was the speaking order?", "order", []),
    ("Which delegations asked the experts questions?", "askers",
     ["concerned_country", "group", "state"]),
    ("Who put questions to the panel?", "askers", []),
    ("Which NGOs delivered joint statements?", "joint", ["ngo"]),
    ("Who chaired the Group of Experts?", "chair", []),
    ("Who is the Chair?", "chair", []),
    ("Who presented the report?", "presenter", []),
])
def test_meeting_questions_without_names(directory, question, asks, kinds):
    request = read_meeting(question, directory)
    assert (request.asks, request.kinds, request.speakers) == (asks, kinds, [])


@pytest.mark.parametrize(("question", "asks", "kinds"), [
    # spoken: words that ask nothing, and an aside after a comma, are read past
    ("what even is this meeting", "document", []),
    ("and who's on the panel, names pls", "speakers", ["panel"]),
    ("which one's the chair", "chair", []),
    ("how many countries spoke just for themselves, not in a group", "joint", ["concerned_country", "state"]),
    ("which ngo went last", "order", ["ngo"]),
    # what countries said takes in the groups of countries that spoke as one (who spoke does not)
    ("which countries asked stuff", "askers", ["concerned_country", "group", "state"]),
    ("who was first?", "order", []),  # of the speakers, as nothing else is named (it was a quote list)
    ("who came last", "order", []),
    # the order of the countries that spoke alone (it was nothing, or a who-said list)
    ("which country spoke first on its own, not as a group", "order", ["state"]),
    ("first country alone, not group?", "order", ["state"]),
    ("Of the countries that spoke on their own, which one went first", "order", ["state"]),
    ("which ngo closed", "order", ["ngo"]),  # the meeting's, as nothing else is named
    ("how many took the floor", "count", []),
    ("who were the panelists", "speakers", ["panel"]),  # one "l" as the other
    ("who answered?", "repliers", ["panel"]),
    ("when was this?", "document", []),
    ("what is this meeting, which body and when", "document", []),
])
def test_spoken_meeting_questions(directory, question, asks, kinds):
    request = read_meeting(question, directory)
    assert request is not None and (request.asks, request.kinds) == (asks, kinds)


def test_kinds_listed_after_an_askers_question_add_to_its_own_noun(directory):
    # "delegation" is States, groups and the concerned country; "(states + ngos)" adds the NGOs
    every = read_meeting("every delegation that put a question to the experts (states + ngos)", directory)
    assert (every.asks, sorted(every.kinds)) == ("askers", ["concerned_country", "group", "ngo", "state"])
    # "speakers" names no kind of its own: the list says which
    speakers = read_meeting("which speakers put questions to the experts (states + ngos)", directory)
    assert sorted(speakers.kinds) == ["ngo", "state"]


def test_who_read_a_speakers_one_is_its_representative(directory):
    """"who read the benelux one": the person who delivered the Benelux statement."""
    for question in ("who read the benelux one", "who read benelux"):
        request = read_meeting(question, directory)
        assert request.asks == "representative", question
        assert [s.statement_id for s in request.speakers] == \
            ["hrc60-belarus/netherlands-on-behalf-of-the-benelux-countries"]
    assert read_meeting("who presented the report", directory).asks == "presenter"


def test_who_went_first_after_a_speaker_is_who_spoke_right_after_it(directory):
    request = read_meeting("who went first after belarus", directory)
    assert (request.asks, request.relation, [s.statement_id for s in request.speakers]) == \
        ("neighbour", "after", ["hrc60-belarus/belarus"])
    # an aside that is a question of its own is not read away: it is left for the answer
    assert read_meeting("which ngos spoke, and which of them mentioned lawyers", directory).left == \
        "which of them mentioned lawyers"


@pytest.mark.parametrize(("question", "position", "kinds"), [
    ("Who spoke first?", 1, []), ("Who spoke last?", -1, []), ("Which NGO spoke first?", 1, ["ngo"]),
    ("Who was the last NGO to speak?", -1, ["ngo"]), ("Who was the first speaker?", 1, []),
    ("Who took the floor third?", 3, []), ("Which State was the 2nd to speak?", 2, ["state"]),
    ("Who opened the dialogue?", 1, []),
    # a kind's part of the speakers' list: its first or last speaker
    ("who opened the ngo slot", 1, ["ngo"]), ("Which State closed the States segment?", -1, ["state"]),
])
def test_first_last_and_nth_are_orders(directory, question, position, kinds):
    request = read_meeting(question, directory)
    assert (request.asks, request.position, request.kinds) == ("order", position, kinds)


@pytest.mark.parametrize(("question", "asks", "slug", "via"), [
    ("Who spoke after France?", "neighbour", "france", "speaker"),
    ("Who spoke before the EU?", "neighbour", "european-union", "speaker"),
    ("who was just before Germany on the list", "neighbour", "germany", "speaker"),
    ("who was next after France", "neighbour", "france", "speaker"),
    ("When did France speak?", "position", "france", "speaker"),
    ("Who spoke for Lithuania?", "representative", NB, "speaker"),
    ("Who spoke on behalf of the Nordic-Baltic states?", "representative", NB, "speaker"),
    ("Who spoke for Estonia?", "representative", NB, "member"),
    ("Who is Susan Bazilli?", "role", "susan-bazilli", "speaker"),
    ("What is Monika Płatek's role?", "role", "monika-platek", "speaker"),
    ("Who is Kęstutis Budrys?", "role", NB, "representative"),
    ("Which countries does the Benelux statement speak for?", "members", BENELUX, "speaker"),
    ("On whose behalf did Lithuania speak?", "members", NB, "speaker"),
    # the same, with the verb of representing in the other forms users give it
    ("who did lithuania represent", "members", NB, "speaker"),
    ("for which countries did lithuania speak", "members", NB, "speaker"),
    ("who was the netherlands speaking for?", "members", BENELUX, "speaker"),
    ("who is on the nordic baltic group", "members", NB, "speaker"),
    ("Who delivered the joint statement with OMCT?", "joint", "world-organization-against-torture",
     "speaker"),
    ("Did Viasna speak?", "spoke", "world-organization-against-torture", "co-presenter"),
    ("Did France take the floor?", "spoke", "france", "speaker"),
])
def test_meeting_questions_about_a_named_speaker(directory, question, asks, slug, via):
    request = read_meeting(question, directory)
    assert request.asks == asks
    assert (request.speakers[0].statement_id, request.speakers[0].via) == (f"{REAL}/{slug}", via)


def test_a_proper_name_that_names_no_speaker_is_kept_only_to_say_no(directory):
    china = read_meeting("Did China speak?", directory)
    assert (china.asks, china.unknown, china.speakers) == ("spoke", "China", [])
    assert read_meeting("Who spoke after China?", directory) is None


def test_membership_reads_the_member_and_the_group(directory):
    request = read_meeting("Is Estonia part of the Nordic-Baltic group?", directory)
    assert (request.asks, request.member) == ("membership", "Estonia")
    assert [n.statement_id for n in request.speakers] == [f"{REAL}/{NB}"]
    anywhere = read_meeting("Which group does Estonia belong to?", directory)
    assert (anywhere.asks, anywhere.member, anywhere.speakers) == ("membership", "Estonia", [])


def test_document_questions_read_the_field(directory):
    fields = {q: read_meeting(q, directory).field for q in (
        "When was this dialogue held?", "Who wrote this summary?", "What session was this?",
        "What is the title of this summary?")}
    assert list(fields.values()) == ["date", "source", "session", "title"]
    # two question words sharing one predicate, and the dialogue named by its panel
    both = read_meeting("on what date and at which HRC session was this Interactive Dialogue with the "
                        "Group of Experts on Belarus held?", directory)
    assert both.asks == "document" and both.field in ("date", "all")
    assert read_meeting("at which session was this Interactive Dialogue with the Group of Experts on "
                        "Belarus held?", directory).field == "session"


@pytest.mark.parametrize("question", [
    "Which NGOs mentioned lawyers?",
    "Which States called for the release of political prisoners?",
    "Which speakers raised the death penalty in Belarus?",
    "Who said the first step should be a moratorium?",
    "What did the EU say about the first step?",
    "Who received a first sentence in absentia?",
    "Who was detained for the first time?",
    "Who spoke first about the death penalty?",
    "Which NGOs spoke about torture?",
    "When did France speak about torture?",
    "What did Slovenia ask?",
    "Which questions did States ask the experts?",
    "Who asked the experts about deported children?",
    "How many political prisoners remain?",
    "Who is Nasta Loika?",
    "Who heads the Belarusian Helsinki Committee?",
    "What did the Chair say about the release of political prisoners?",
])
def test_questions_about_what_was_said_are_not_meeting_questions(directory, question):
    assert read_meeting(question, directory) is None


def test_eval_questions_read_as_meeting_questions_are_answered_from_the_records(answerer):
    """A main-eval question is taken from sentence search only when the records answer it with
    every labelled fact ("Who delivered the Nordic-Baltic statement?" names Budrys)."""
    lines = (Path(__file__).parent.parent / "eval" / "questions.jsonl").read_text().splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    taken = [item for item in items if read_meeting(item["question"], answerer.retriever.directory)]
    assert len(taken) <= 3, [item["question"] for item in taken]
    for item in taken:
        answer = answerer.ask(item["question"])
        assert answer.question_type == "meeting" and item["facts"], item["id"]
        assert all(fact.lower() in answer.answer.lower() for fact in item["facts"]), item["id"]


def test_the_same_questions_read_the_second_summary(second_directory):
    def read(question: str):
        return read_meeting(question, second_directory)
    assert read("Which NGOs spoke?").kinds == ["ngo"]
    assert read("Who spoke after Canada?").speakers[0].statement_id == f"{SECOND}/canada"
    core = read("Which countries does the Core Group statement speak for?")
    assert (core.asks, core.speakers[0].statement_id) == ("members", f"{SECOND}/{CORE_GROUP}")
    partner = read("Did Front Line Defenders speak?").speakers[0]
    assert (partner.statement_id, partner.via) == (f"{SECOND}/examplestan-lawyers-network",
                                                  "co-presenter")
    assert read("Who chaired the Commission of Inquiry?").asks == "chair"
    assert read("Who chaired the Group of Experts?") is None  # its panel is a Commission
    assert read("Who heads the Human Rights Watch?") is None


# --- answering from the records (pure, no model) ----------------------------------------------

def test_a_count_that_disagrees_with_facts_and_figures_is_said(parsed, directory):
    request = read_meeting("How many States took the floor?", directory)
    agreeing = answer_meeting(request, {s.id: s for s in parsed.statements}, [parsed.document])
    assert agreeing.lead == ("17 States took the floor. This matches the summary's FACTS & "
                             "FIGURES (17 State Delegations).")
    miscounted = parsed.document.model_copy(update={"participation": {"State Delegations": 18}})
    disagreeing = answer_meeting(request, {s.id: s for s in parsed.statements}, [miscounted])
    assert disagreeing.lead == ("17 States took the floor. The summary's own FACTS & FIGURES "
                                "disagree: it counts 18 State Delegations, but records 17 States.")


def test_two_summaries_are_answered_side_by_side(parsed, second, directory):
    statements = {s.id: s for s in parsed.statements + second.statements}
    request = read_meeting("How many NGOs spoke?", directory)
    both = answer_meeting(request, statements, [parsed.document, second.document])
    assert both.lead == "The corpus holds 2 summaries:"
    assert [s.heading for s in both.sections] == [
        f"{parsed.document.title}: 10 NGOs took the floor. This matches the summary's FACTS & "
        "FIGURES (10 Non-Governmental Organizations).",
        f"{second.document.title}: 4 NGOs took the floor. This matches the summary's FACTS & "
        "FIGURES (4 Non-Governmental Organizations)."]
    assert [len(s.lines) for s in both.sections] == [10, 4]


# --- answers with the real model and index ----------------------------------------------------

def ask_meeting(answerer, question: str, **filters):
    answer = answerer.ask(question, **filters)
    assert answer.question_type == "meeting" and answer.answerable, (question, answer.answer)
    return answer


def assert_cites_openings(answer, source: str) -> None:
    """Every citation is a statement's opening sentence, verbatim, mapped to its source."""
    for citation in answer.citations:
        assert f"[{citation.n}]" in answer.answer and citation.passage_id
        mapped = "".join(source[s.start:s.end] for s in citation.spans)
        assert re.sub(r"\s+", "", mapped) == re.sub(r"\s+", "", citation.quote)


def test_which_ngos_spoke_lists_all_ten_in_speaking_order(answerer, source_text):
    answer = ask_meeting(answerer, "Which NGOs spoke?")
    assert answer.answer.startswith("10 NGOs took the floor, in this order:")
    assert cited(answer) == ids(REAL, REAL_NGOS)
    assert "This matches the summary's FACTS & FIGURES (10 Non-Governmental Organizations)." \
        in answer.answer
    assert answer.citations[3].quote.startswith("The World Organization Against Torture (OMCT) jointly")
    assert_cites_openings(answer, source_text)


def test_the_states_and_everyone_who_spoke(answerer, source_text):
    states = ask_meeting(answerer, "List the States that took the floor")
    assert cited(states) == ids(REAL, REAL_STATES)
    everyone = ask_meeting(answerer, "Who spoke?")
    assert cited(everyone) == ids(REAL, REAL_PANEL + ["belarus"] + REAL_GROUPS + REAL_STATES + REAL_NGOS)
    assert_cites_openings(everyone, source_text)


def test_counts_by_kind_are_checked_against_facts_and_figures(answerer):
    states = ask_meeting(answerer, "How many States took the floor?")
    assert states.answer.startswith("17 States took the floor. This matches the summary's FACTS & "
                                    "FIGURES (17 State Delegations).")
    speakers = ask_meeting(answerer, "How many speakers were there?")
    assert speakers.answer.startswith("34 speakers took the floor: 3 experts, 1 concerned country, "
                                      "3 groups, 17 States and 10 NGOs.")
    assert len(speakers.citations) == 34
    # "and which ones": the count lists them anyway; a kind put first, then "how many"
    for question in ("how many groups spoke and which ones?",
                     "the groups like the eu how many and which ones"):
        groups = ask_meeting(answerer, question)
        assert groups.answer.startswith("3 groups took the floor.")
        assert len(groups.citations) == 3
    # the NGOs however a lay reader calls them, and "got a turn" for took the floor
    charities = ask_meeting(answerer, "how many of the human-rights charities got a turn?")
    assert charities.answer.startswith("10 human-rights charities took the floor. This matches")
    csos = ask_meeting(answerer, "how many CSOs spoke?")
    assert csos.answer.startswith("10 civil society organizations took the floor. This matches")


def test_several_kinds_and_what_a_count_leaves_out(answerer, second_answerer):
    both = ask_meeting(answerer, "how many States and NGOs spoke")
    assert both.answer.startswith("27 States and NGOs took the floor: 17 States and 10 NGOs.")
    left_out = ask_meeting(answerer, "How many delegations and organisations took the floor in "
                                     "total, not counting the experts and Belarus?")
    assert left_out.answer.startswith("30 delegations and organisations took the floor, not "
                                      "counting the experts and Belarus: 3 groups, 17 States and "
                                      "10 NGOs.")
    assert len(left_out.citations) == 30
    second = ask_meeting(second_answerer, "How many speakers took the floor, excluding the experts?")
    assert second.answer.startswith("16 speakers took the floor, excluding the experts: 1 concerned "
                                    "country, 3 groups, 8 States and 4 NGOs.")


def test_who_spoke_between_two_speakers_and_who_replied_before_one(answerer):
    between = ask_meeting(answerer, "who spoke between malta and nz")
    assert between.answer.startswith("1 speaker spoke between Malta and New Zealand in the "
                                     "summary's order:")
    assert cited(between) == ids(REAL, ["malta", "moldova", "new-zealand"])
    none = ask_meeting(answerer, "Which NGOs spoke between the EU and Ukraine?")
    assert none.answer.startswith("No NGO spoke between the European Union and Ukraine")
    replied = ask_meeting(answerer, "who replied before bazilli")
    assert replied.answer.startswith("Ms. Monika Płatek spoke right before Ms. Susan Bazilli")
    # the names asked about are the speakers understood, not the topic
    assert between.understood == ["speaker: Malta; New Zealand (named as \"nz\")"]


def test_which_of_two_speakers_spoke_first(answerer, second_answerer):
    """Two speakers compared: "before or after" says which; "did X speak before Y" is a yes or no
    ("right after" means next to it); "who spoke first, X or Y" names the earlier one; a member
    State is answered through its group's statement. Places are 1-based in the summary's order."""
    either = ask_meeting(answerer, "did belarus speak before or after the EU?")
    assert either.answer.startswith("Belarus spoke right before the European Union (Belarus 4th, "
                                    "European Union 5th of 34 speakers in the summary's order):")
    assert cited(either) == ids(REAL, ["belarus", "european-union"])
    assert either.understood == ["speaker: Belarus; European Union"]
    no = ask_meeting(answerer, "Was Poland's statement before Germany's?")
    assert no.answer.startswith("No: Poland spoke after Germany (Poland 19th, Germany 14th of 34")
    assert cited(no) == ids(REAL, ["germany", "poland"])
    assert ask_meeting(answerer, "was the ICJ heard after OMCT").answer.startswith("Yes: the International "
                                                                                  "Commission of Jurists")
    not_next = ask_meeting(answerer, "Did Malta speak right after France?")
    assert not_next.answer.startswith("No: Malta spoke after France (Malta 16th, France 13th of 34 speakers "
                                      "in the summary's order), but not right after it: 2 speakers spoke "
                                      "between them:")
    first = ask_meeting(answerer, "Who spoke first, Poland or Germany?")
    assert first.answer.startswith("Germany spoke first, before Poland (Germany 14th, Poland 19th")
    last = ask_meeting(answerer, "Poland or Germany - who went last?")
    assert last.answer.startswith("Poland spoke later, after Germany (Germany 14th, Poland 19th")
    member = ask_meeting(answerer, "Did Estonia speak before Ireland?")
    assert member.answer.startswith("Estonia did not speak separately; it is one of the Nordic-Baltic states "
                                    "on whose behalf Lithuania spoke. Yes: Lithuania, on behalf of the "
                                    "Nordic-Baltic states, spoke before Ireland")
    assert "Estonia" not in member.understood[0]  # a member named is not "named as" the other speaker
    other = ask_meeting(second_answerer, "Did Kenya speak before Japan?")
    assert other.answer.startswith("No: Kenya spoke right after Japan (Kenya 11th, Japan 10th of 19")
    # a name that is no speaker, or the same speaker twice, is no comparison
    assert read_meeting("did belarus speak before the council?", answerer.retriever.directory) is None
    assert read_meeting("did the UK speak before the United Kingdom?", answerer.retriever.directory) is None


@pytest.mark.parametrize(("question", "lead"), [
    # "who was between", "in the country list", "had the floor", the side put first
    ("who was between austria and czechia in the country list", "1 speaker spoke between Austria and "
                                                                 "Czechia in the summary's order:"),
    ("who had the floor after the helsinki committee", "The International Bar Association's Human Rights "
                                                       "Institute (IBAHRI) spoke right after"),
    ("after the helsinki committee who had the floor", "The International Bar Association's Human Rights "
                                                       "Institute (IBAHRI) spoke right after"),
    ("right before the EU, which country spoke?", "The last country to speak before the European Union "
                                                  "was Belarus"),
    # "whose turn", "ahead of", a keyword query, "the whole thing", a kind opening it, "remind me"
    ("whose turn was just before wri", "The World Organization Against Torture (OMCT) spoke right before"),
    ("speaker just ahead of moldova?", "Malta spoke right before Moldova"),
    ("and which expert opened the whole thing", "The first expert to take the floor was Ms. Karinna "
                                                "Moskalenko"),
    ("remind me how many country delegations spoke", "18 country delegations took the floor: 1 concerned "
                                                     "country and 17 States."),
    # a formal register: the passive, what the answer gives anyway, the fields alone, "between" first
    # two questions: the last CSO from the records, then who preceded it, which names both
    ("Which CSO was the last to take the floor, and by which organisation was it preceded?",
     "The International Commission of Jurists (ICJ) spoke right before Conscience and Peace Tax "),
    ("The NB8 statement: by whom was it delivered, and with what title?", "Lithuania, on behalf of the "
     "Nordic-Baltic states, took the floor through H. E. Mr. Kęstutis Budrys, Minister of Foreign Affairs"),
    ("On whose behalf did the Dutch delegation speak, and which States are thereby covered?",
     "The Netherlands spoke on behalf of the Benelux countries: “Belgium, Luxembourg and the Netherlands"),
    ("Title of the meeting, the session and the date, please", "The summary is titled “Interactive "
                                                               "Dialogue with the Group of Independent"),
    ("Between the Irish and the Moldovan delegations, who took the floor?", "1 speaker spoke between "
                                                                           "Ireland and Moldova"),
    # "as a block" restates the kind; a group's line already names the State that read it
    ("which groups of countries talked as a block and in what order", "3 groups of countries took the "
                                                                      "floor, in this order:"),
    ("which regional groups spoke n which country read each one", "3 regional groups took the floor, in "
                                                                  "this order:"),
    # the floor given to a speaker, a side put first with "following" or "preceding"
    ("Following the Advocates, to which organisation was the floor given?", "The next organisation to "
                                                                            "speak after the Advocates"),
    ("preceding moldova, which country took the floor?", "The last country to speak before Moldova was "
                                                         "Malta"),
    # both ends with the words between kept, "and the last one"; a group's members called "ones"
    ("first state to take the floor and the last one ?", "The first State to take the floor was Albania; "
                                                         "the last State to take the floor was the United "
                                                         "Kingdom"),
    ("which ngo spoke first, and the last one", "The first NGO to take the floor was the Law Society"),
    ("who read the statement for the nordic baltic ones", "Lithuania, on behalf of the Nordic-Baltic "
                                                          "states, took the floor through H. E. Mr. "
                                                          "Kęstutis Budrys"),
])
def test_the_running_order_as_typed(answerer, question, lead):
    assert ask_meeting(answerer, question).answer.startswith(lead)


def test_the_body_and_a_list_of_the_documents_fields(answerer):
    body = ask_meeting(answerer, "which un body was this")
    assert "was held at the United Nations Human Rights Council" in body.answer
    fields = ask_meeting(answerer, "which un body was this, session no. and the date").answer
    assert all(fact in fields for fact in ("Human Rights Council", "HRC60", "19 September 2025"))


@pytest.mark.parametrize(("question", "lead"), [
    ("number of NGOs that spoke?", "10 NGOs took the floor."),
    ("how many people took the floor", "34 people took the floor:"),
    ("what came after Germany", "Ireland spoke right after Germany:"),
    ("who are the members of the group of experts", "3 experts took the floor, in this order:"),
    ("who co-sponsored the Article 19 statement", "Article 19 - The International Centre Against "
                                                  "Censorship delivered a joint statement with Human "
                                                  "Constanta"),
    ("did china take the floor", "No: the summary records no statement by China"),
    # a passive, and "among the <kind> taking the floor"
    ("Was the floor taken by the Russian Federation at any point of the ID?", "No: the summary records no "
                                                                              "statement by the Russian "
                                                                              "Federation"),
    ("Amnesty International: was it among the CSOs taking the floor?", "No: the summary records no "
                                                                       "statement by Amnesty International"),
    ("was ireland among the states that spoke", "Yes"),
    # a journalist's and a student's words: "the UN panel", a "joint statement", "in their own name",
    # "which one" for the first part's noun, the replies with an expert left out
    ("which rights groups spoke", "10 rights groups took the floor, in this order:"),
    ("belarus ID at HRC60 - who chaired the expert panel", "Ms. Karinna Moskalenko chaired"),
    ("how many states took the floor then", "17 States took the floor."),
    ("who chairs the UN panel on Belarus?", "Ms. Karinna Moskalenko chaired the Group of Independent "
                                            "Experts on Belarus"),
    ("Which countries were covered by the Nordic-Baltic joint statement?", "Lithuania spoke on behalf of "
                                                                          "the Nordic-Baltic states: "
                                                                          "“Denmark, Estonia, Finland"),
    ("Which NGO opened the civil-society segment and which one closed the dialogue?", "The first civil "
                                                                                      "society "
                                                                                      "organization to "
                                                                                      "take the floor "
                                                                                      "was the Law "
                                                                                      "Society"),
    ("Which members of the Group of Experts, other than the Chair, took the floor in the replies and "
     "concluding remarks?", "2 experts replied"),
    # "national delegations" are no groups; what is left out put first, "X excluded, ..."
    ("what was the number of national delegations heard in the ID", "18 national delegations took the "
                                                                   "floor: 1 concerned country and 17 "
                                                                   "States."),
    ("Group statements and the concerned State excluded, what was the number of national delegations "
     "heard in the ID?", "17 national delegations took the floor, group statements and the concerned "
                         "State excluded."),
    ("is latvia one of the countries lithuania spoke for", "Yes: Latvia is one of the Nordic-Baltic "
                                                           "states on whose behalf Lithuania spoke"),
    ("2nd ngo to speak?", "The second NGO to take the floor was the National Human Rights Civic "
                          "Association 'Belarusian Helsinki Committee'"),
    ("when was the hrc60 belarus ID held", "The Interactive Dialogue with the Group of Independent "
                                           "Experts on Belarus took place on 19 September 2025"),
    ("who was first to speak after the belarusian delegation",
     "The European Union spoke right after Belarus:"),
    ("which ngo came right after omct", "The next NGO to speak after the World Organization Against "
                                        "Torture (OMCT) was World Resisters International"),
    ("how many speakers did the dialogue have", "34 speakers took the floor:"),
    ("how many experts are on the panel", "3 experts took the floor."),
    ("who are the three experts", "3 experts took the floor, in this order:"),
    ("list every state that took the floor", "17 States took the floor, in this order:"),
    ("give me the list of speakers", "34 speakers took the floor, in this order:"),
    ("who spoke for the nordic baltic countries", "Lithuania, on behalf of the Nordic-Baltic states, "
                                                  "took the floor through H. E. Mr. Kęstutis Budrys"),
    ("which country delivered the nordic-baltic statement", "Lithuania, on behalf of the Nordic-Baltic "
                                                            "states, took the floor through"),
    ("how many ngos spoke jointly with others", "5 NGOs delivered joint statements, with co-presenters:"),
    ("which ngo statement had the most co-signers", "The Law Society of England and Wales delivered the "
                                                    "joint statement with the most co-presenters, 3 "
                                                    "co-presenters: International Bar Association's"),
    ("what was the last state to speak", "The last State to take the floor was the United Kingdom:"),
    ("who read out the statement of lithuania", "Lithuania, on behalf of the Nordic-Baltic states, took "
                                                "the floor through H. E. Mr. Kęstutis Budrys"),
    ("how many statements were made on behalf of groups", "3 groups took the floor."),
    ("is finland in the group lithuania spoke for", "Yes: Finland is one of the Nordic-Baltic states"),
    ("is poland part of the nordic-baltic states", "No: the summary lists the Nordic-Baltic states as "
                                                   "“Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, "
                                                   "Norway and Sweden.”; Poland is not among them"),
    ("did the danes get to speak at all", "Yes, through its group, not separately: Denmark is one of"),
    ("how many countries was lithuania speaking for", "Lithuania spoke on behalf of the Nordic-Baltic "
                                                      "states: “Denmark, Estonia, Finland"),
    ("who did WRI deliver that with", "World Resisters International (WRI) delivered a joint statement "
                                      "with Connection e.V."),
    ("who was WRI speaking with", "World Resisters International (WRI) delivered a joint statement "
                                  "with Connection e.V."),
    ("which organisations did OMCT partner with", "The World Organization Against Torture (OMCT) "
                                                  "delivered a joint statement with"),
    ("name the last three speakers", "The last 3 speakers to take the floor were:"),
    ("who were the first 2 NGOs to speak", "The first 2 NGOs to take the floor were:"),
    ("which was the penultimate speaker", "The second-to-last speaker to take the floor was the "
                                          "International Commission of Jurists (ICJ)"),
    ("who was the second to last state to speak", "The second-to-last State to take the floor was Ukraine"),
    ("when did this take place", "The Interactive Dialogue with the Group of Independent Experts on "
                                 "Belarus took place on 19 September 2025"),
    ("how many groups of states spoke", "3 groups of States took the floor."),
    ("is Bazilli on the panel", "Yes: Ms. Susan Bazilli took the floor as Member of the Group of "
                                "Independent Experts"),
    ("is poland on the panel", "No: Poland took the floor as a State delegation"),
    # an office asked about: yes or no from the recorded title; with none recorded, just what is
    ("is moskalenko the chair", "Yes: Ms. Karinna Moskalenko took the floor as Chair"),
    ("is bazilli the head of the group?", "No: Ms. Susan Bazilli took the floor as Member of the Group"),
    ("was budrys the foreign minister", "Yes: H. E. Mr. Kęstutis Budrys, Minister of Foreign Affairs"),
    ("is moskalenco the chair or just one of the members", "Ms. Karinna Moskalenko took the floor as Chair"),
    ("is the EU a member of the council", "The European Union took the floor as a group of States"),
    ("who is the lithuanian foreign minister", "Lithuania, on behalf of the Nordic-Baltic states, took the "
                                               "floor through H. E. Mr. Kęstutis Budrys"),
    ("how many people spoke in total including the experts", "34 people took the floor: 3 experts,"),
    ("were there more ngos or states", "27 NGOs and States took the floor: 17 States and 10 NGOs."),
    ("did more states than ngos speak", "27 States and NGOs took the floor: 17 States and 10 NGOs."),
    ("how many statements were delivered jointly", "5 NGOs delivered joint statements, with co-presenters:"),
    ("which ngos spoke alone", "5 NGOs spoke alone, with no co-presenters named:"),
    ("which individual states put questions to the experts?", "8 individual States put questions to the "
                                                              "experts:"),
    # the Benelux countries asked what their group's statement asks; nine delegations, not countries
    ("wich countries asked questions to the experts?", "9 delegations put questions to the experts:"),
    ("which individual countries asked questions to the experts?", "8 individual countries put questions "
                                                                   "to the experts:"),
    ("who sits on the expert group", "3 experts took the floor, in this order:"),
    ("who signed on to the law society statement", "The Law Society of England and Wales delivered a joint "
                                                   "statement with International Bar Association's"),
    ("law society statement - who else signed on to it?", "The Law Society of England and Wales delivered a "
                                                          "joint statement with"),
    ("who did omct speak alongside", "The World Organization Against Torture (OMCT) delivered a joint "
                                     "statement with"),
    ("who presented the thematic report and whats her title", "The report was presented by Ms. Karinna "
                                                              "Moskalenko, Chair, Group of Independent"),
    ("who were the co-presenters of the WRI statement", "World Resisters International (WRI) "
                                                        "delivered a joint statement with Connection e.V."),
    ("who gave the opening statement", "The first speaker to take the floor was Ms. Karinna Moskalenko"),
    ("what position did germany speak in", "Germany spoke 7th of 17 States"),
    ("who chaired", "Ms. Karinna Moskalenko chaired"),
    # keyword queries, as typed into a search box
    ("states that spoke", "17 States took the floor, in this order:"),
    ("ngo speakers", "10 NGOs took the floor, in this order:"),
    ("speaking order", "The 34 speakers spoke in this order:"),
    ("ireland position in speaking order", "Ireland spoke 8th of 17 States"),
    ("nordic baltic members", "Lithuania spoke on behalf of the Nordic-Baltic states: “Denmark"),
    ("omct partners", "The World Organization Against Torture (OMCT) delivered a joint statement"),
    ("joint ngo statements", "5 NGOs delivered joint statements"),
    ("date of the meeting", "The Interactive Dialogue with the Group of Independent Experts on Belarus "
                            "took place on 19 September 2025"),
    ("source of the summary", "The summary's author, as its metadata gives it:"),
    ("panel members", "3 panel members took the floor"),
    ("how mnay ngos spoke", "10 NGOs took the floor."),  # a swap of letters is corrected
    # a leading "so"/"and", an emphatic "did", other verbs of attending, an adverb before them
    ("so how many states did take the floor", "17 States took the floor."),
    ("and how many ngos", "10 NGOs took the floor."),
    ("did belarus actually show up for its own dialogue", "Yes: Belarus took the floor"),
    ("did canada attend", "No: the summary records no statement by Canada"),
    ("how many countries did the nordic-baltic statement cover", "Lithuania spoke on behalf of the "
                                                                 "Nordic-Baltic states: “Denmark"),
    ("list the co-sponsors of the omct statement", "The World Organization Against Torture (OMCT) "
                                                   "delivered a joint statement with"),
    ("what is the title of the person who spoke for lithuania", "Lithuania, on behalf of the "
                                                                "Nordic-Baltic states, took the floor "
                                                                "through H. E. Mr. Kęstutis Budrys, "
                                                                "Minister of Foreign Affairs"),
    ("how many NGOs vs states spoke", "27 NGOs and States took the floor: 17 States and 10 NGOs."),
    ("how many ngos spoke compared with individual state delegations",
     "27 NGOs and State delegations took the floor: 17 States and 10 NGOs."),
    ("which delegations spoke on behalf of a group of countries", "3 groups took the floor, in this order:"),
    ("who was second to speak", "The second speaker to take the floor was Ms. Monika Płatek"),
    # a plural noun without "right" or "just": every one on that side, not only the nearest
    ("which states spoke before france", "5 States spoke before France in the summary's order:"),
    ("which states spoke right before france", "The last State to speak before France was Czechia:"),
    ("what's the name of lithuania's FM", "Lithuania, on behalf of the Nordic-Baltic states, took the floor "
                                          "through H. E. Mr. Kęstutis Budrys"),
    ("which ngos read joint statements and with who",
     "5 NGOs delivered joint statements, with co-presenters:"),
    ("was iceland part of the nordic-baltic joint statement",
     "Yes: Iceland is one of the Nordic-Baltic states on whose behalf Lithuania spoke"),
    ("who closed the dialogue", "The last speaker to take the floor was"),
    ("which ngos asked the experts something", "2 NGOs put questions to the experts:"),
    # a holder asked for by name: who holds it
    ("what is the name of the chair", "Ms. Karinna Moskalenko chaired the Group"),
    ("what's the chair called", "Ms. Karinna Moskalenko chaired the Group"),
    ("the chair's name?", "Ms. Karinna Moskalenko chaired the Group"),
    ("what is the name of the person who read the nordic-baltic statement",
     "Lithuania, on behalf of the Nordic-Baltic states, took the floor through H. E. Mr. Kęstutis Budrys"),
    ("what's the name of the NGO that spoke last", "The last NGO to take the floor was Conscience and Peace"),
    # a part of a group's hyphenated name, with "group"
    ("the baltic group: which countries?", "Lithuania spoke on behalf of the Nordic-Baltic states: “Denmark"),
])
def test_meeting_questions_as_users_type_them(answerer, question, lead):
    assert ask_meeting(answerer, question).answer.startswith(lead)


def test_first_last_and_neighbours(answerer):
    first = ask_meeting(answerer, "Who spoke first?")
    assert cited(first) == ids(REAL, ["karinna-moskalenko"])
    last = ask_meeting(answerer, "Who spoke last?")
    assert cited(last) == ids(REAL, ["conscience-and-peace-tax-international"])
    assert "may have spoken later than this order shows" in last.answer  # replies are summarised early
    after = ask_meeting(answerer, "Who spoke after France?")
    assert after.answer.startswith("Germany spoke right after France:")
    assert cited(after) == ids(REAL, ["germany"])  # the answer, not the speaker named in the question
    before = ask_meeting(answerer, "Who spoke before the EU?")
    assert before.answer.startswith("Belarus spoke right before the European Union:")
    each = ask_meeting(answerer, "Who spoke right after France and Germany?")  # the neighbour of each
    assert each.answer.startswith("Germany spoke right after France. Ireland spoke right after Germany:")
    assert cited(each) == ids(REAL, ["germany", "ireland"])
    last = ask_meeting(answerer, "who spoke after CPTI")  # none did: the one named shows its place
    assert last.answer.startswith("No speaker spoke after Conscience and Peace Tax International (CPTI)")
    assert cited(last) == ids(REAL, ["conscience-and-peace-tax-international"])
    ngo_order = ask_meeting(answerer, "In what order did the NGOs speak?")
    assert cited(ngo_order) == ids(REAL, REAL_NGOS)
    assert "**10. Conscience and Peace Tax International (CPTI)**" in ngo_order.answer


def test_speakers_of_a_kind_before_or_after_another_kind(answerer):
    # the running order decides, speaker by speaker: every group spoke before the first State, no NGO did
    groups = ask_meeting(answerer, "which groups spoke before the state delegations?")
    assert groups.answer.startswith("3 groups took the floor before the state delegations, in this order:")
    assert cited(groups) == ids(REAL, ["european-union", "lithuania-on-behalf-of-the-nordic-baltic-states",
                                       "netherlands-on-behalf-of-the-benelux-countries"])
    none = ask_meeting(answerer, "did any NGO speak before the states")
    assert none.answer.startswith("No: none of the 10 NGOs that took the floor spoke before the states.")
    some = ask_meeting(answerer, "did any group speak before the states?")
    assert some.answer.startswith("Yes: 3 groups took the floor before the states")


@pytest.mark.parametrize(("question", "lead", "slug"), [
    # a side of a kind, not of a speaker: the edge of its block ("... after the experts": after the
    # last of them). These were who-said questions, answered with sentences near "the experts"
    ("who spoke right after the experts?", "The last of the experts to speak was Ms. Susan Bazilli. Belarus "
                                           "spoke right after Ms. Susan Bazilli:", "belarus"),
    ("which delegation opened the debate after the concerned country?",
     "The next delegation to speak after Belarus was the European Union:", "european-union"),
    ("who spoke first after the country concerned?", "The European Union spoke right after Belarus:",
     "european-union"),
    ("who spoke just before the NGOs?", "The first of the NGOs to speak was the Law Society of England and "
                                        "Wales. The United Kingdom spoke right before", "united-kingdom"),
    # the side put first as a clause, and kinds offered to choose from, which the answer settles
    ("Once the concerned State had spoken, by whom was the ID opened: a group or an individual State?",
     "The European Union, a group, spoke right after Belarus:", "european-union"),
    ("once the experts had finished, who took the floor?", "The last of the experts to speak was Ms. Susan "
                                                          "Bazilli. Belarus spoke right after", "belarus"),
])
def test_a_side_of_a_kind_of_speaker_is_the_edge_of_its_block(answerer, question, lead, slug):
    answer = ask_meeting(answerer, question)
    assert answer.answer.startswith(lead), answer.answer[:200]
    assert cited(answer) == ids(REAL, [slug])


@pytest.mark.parametrize(("question", "slug", "read"), [
    # a speaker named by its place among its kind: that speaker (these were sentence searches that
    # quoted others: Bazilli and Płatek for the second expert, the Nordic-Baltic group for the first NGO)
    ("what did the second expert say?", "monika-platek", 'read "the second expert" as "Ms. Monika Płatek"'),
    ("did the first group mention torture?", "european-union",
     'read "the first group" as "the European Union"'),
    ("what did the last State to speak say about sanctions?", "united-kingdom",
     'read "the last State to speak" as "the United Kingdom"'),
])
def test_a_speaker_named_by_its_place_among_its_kind(answerer, question, slug, read):
    answer = answerer.ask(question)
    assert {c.statement_id for c in answer.citations} == set(ids(REAL, [slug])), answer.answer[:200]
    assert read in answer.understood


def test_a_place_in_a_chat_is_of_the_order_only_when_it_says_so(directory):
    """In a chat, "the second NGO" may be the second of the list just given (a follow-up's to read);
    "the second NGO to speak" is of the order."""
    from hrcqa.question.meeting import by_place

    assert by_place("what did the second NGO say?", directory)[1] == []
    assert by_place("what did the second NGO to speak say?", directory)[1] == [
        ("the second NGO to speak", "National Human Rights Civic Association 'Belarusian Helsinki "
                                    "Committee'")]


def test_the_edge_of_a_kind_needs_one_block(directory):
    """A kind whose speakers do not all speak together has no one edge: "after the countries"
    (the concerned country, then the groups, then the States) names no one speaker."""
    assert read_meeting("who spoke right after the countries?", directory) is None
    assert read_meeting("who spoke after France: a State or an NGO?", directory).kind_choice


@pytest.mark.parametrize(("question", "lead", "count"), [
    # a kind in the plural, with no "any": it was read as a name no one spoke under ("No: the summary
    # records no statement by NGOs")
    ("did NGOs speak?", "Yes: 10 NGOs took the floor, in this order:", 10),
    ("Did the States take the floor?", "Yes: 17 States took the floor, in this order:", 17),
    ("did civil society organisations speak?", "Yes: 10 civil society organisations took the floor", 10),
    ("did the panel speak?", "Yes: 3 experts took the floor, in this order:", 3),
    # asked as a yes/no question, a list of those who did is a yes
    ("Did any group take the floor?", "Yes: 3 groups took the floor, in this order:", 3),
    ("did any of the groups ask the experts something", "Yes: 1 group put questions to the experts:", 1),
    ("which ngos asked the experts something", "2 NGOs put questions to the experts:", 2),
])
def test_a_yes_no_question_about_a_kind_of_speaker_is_a_yes_with_the_list(answerer, question, lead, count):
    answer = ask_meeting(answerer, question)
    assert answer.answer.startswith(lead) and len(cited(answer)) == count, answer.answer[:200]


@pytest.mark.parametrize(("question", "lead"), [
    # what a name stands for: the speaker, as "who is the ICJ?" says it
    ("what does ICJ stand for?", "The International Commission of Jurists (ICJ) took the floor as a "
                                 "non-governmental organization:"),
    ("IBAHRI = ?", "The International Bar Association's Human Rights Institute (IBAHRI) took the floor"),
    # a group's name: the countries it spoke for
    ("Benelux = ?", "The Netherlands spoke on behalf of the Benelux countries: “Belgium, Luxembourg and the "
                    "Netherlands.”"),
    ("what does Nordic-Baltic mean?", "Lithuania spoke on behalf of the Nordic-Baltic states: “Denmark, "),
])
def test_what_a_name_stands_for(answerer, question, lead):
    """These were read as questions to the speaker about "stand for" or "=" ("... does not address “=”")."""
    assert ask_meeting(answerer, question).answer.startswith(lead)


def test_a_name_that_did_not_speak_is_still_a_no(answerer):
    answer = ask_meeting(answerer, "did China speak?")
    assert answer.answer.startswith("No: the summary records no statement by China") and not answer.citations


def test_a_state_that_did_not_speak_is_told_with_the_states_that_did(answerer):
    """"Did Italy take the floor?": no, and the State delegations that did, as many as the
    summary's FACTS & FIGURES count; not for a name that is no State."""
    answer = ask_meeting(answerer, "italy - did it take the floor")
    assert answer.answer.startswith("No: the summary records no statement by Italy")
    assert "The summary's FACTS & FIGURES count 17 State Delegations: Albania, Australia, " in answer.answer
    assert answer.answer.endswith("Ukraine and United Kingdom.")
    other = ask_meeting(answerer, "Did Amnesty International take the floor?").answer
    assert "State Delegations" not in other


def test_a_country_first_is_the_concerned_country_and_the_first_state_too(answerer):
    # "country" takes in the concerned country, which spoke before every State: the answer gives
    # both readings, each from the running order
    first = ask_meeting(answerer, "which country spoke first")
    assert first.answer.startswith("The first country to take the floor was Belarus; leaving out Belarus, "
                                   "the concerned country, the first State was Albania:")
    assert cited(first) == ids(REAL, ["belarus", "albania"])
    second = ask_meeting(answerer, "which country spoke second")
    assert cited(second) == ids(REAL, ["albania", "australia"])
    # the last country is a State either way
    assert cited(ask_meeting(answerer, "which country spoke last")) == ids(REAL, ["united-kingdom"])


@pytest.mark.parametrize("question", [
    "Which State spoke first and which spoke last?",
    "first and last state to speak",
    "first and last individual country to speak in the state delegations segment",
    # "of the X, which one": which X; "countries that spoke on their own" are the States
    "Of the States, which one went first and which one went last?",
    "Of the countries that spoke on their own, which one went first and which one went last?",
    # the kinds put first, words after "last" that go with it, and the part of the dialogue where
    # they spoke; "individual countries" are the States, not the country concerned
    "Among the States, which one spoke first and which one was the last to speak?",
    "In the part of the dialogue where individual countries spoke (not the groups like the EU), which "
    "country went first and which one was the last to speak?",
])
def test_first_and_last_name_both_ends_of_the_order(answerer, question):
    answer = ask_meeting(answerer, question)
    assert cited(answer) == ids(REAL, ["albania", "united-kingdom"])
    assert "was Albania; the last" in answer.answer and "United Kingdom" in answer.answer


def test_kinds_put_first_restrict_the_order_to_them(directory):
    assert read_meeting("Among the NGOs, who spoke last?", directory).kinds == ["ngo"]
    assert read_meeting("Among the individual countries, which country spoke first?", directory).kinds == \
        ["state"]


def test_a_segment_named_by_a_kind_restricts_to_that_kind(directory):
    assert read_meeting("who spoke first in the NGO segment", directory).kinds == ["ngo"]
    during = read_meeting("which countries spoke during the State delegations part", directory)
    assert during.kinds == ["state"]


def test_how_many_of_the_and_the_present_perfect_are_meeting_questions(answerer):
    assert ask_meeting(answerer, "how many of the NGOs spoke?").answer.startswith("10 NGOs took the floor")
    assert ask_meeting(answerer, "how many state delegations spoke finally?").answer.startswith(
        "17 State delegations took the floor")
    after = ask_meeting(answerer, "which country has spoken just after the maltese delegation?")
    assert after.answer.startswith("The next country to speak after Malta was Moldova")


def test_a_lead_in_names_the_statement_a_meeting_question_asks_about(answerer):
    answer = ask_meeting(answerer, "Vilnius talked in the name of the nordic-baltic countries, but who "
                                   "exactly delivered the statement?")
    assert "Kęstutis Budrys" in answer.answer
    actually = ask_meeting(answerer, "who actually delivered the Lithuanian statement?")
    assert "Kęstutis Budrys" in actually.answer


def test_with_whom_did_they_make_the_statement_asks_for_co_presenters(answerer):
    answer = ask_meeting(answerer, "With who the Advocates made the statement?")
    assert answer.answer.startswith("The Advocates for Human Rights delivered a joint statement with "
                                    "Belarusian Coalition")


def test_a_lead_in_naming_one_kind_asks_about_that_part_of_the_list(answerer, directory):
    """"ngo slot: how many and who opened it": the NGOs' count and the first NGO; the pronoun is
    the slot, not a topic put first."""
    both = read_meeting("ngo slot: how many and who opened it", directory)
    assert (both.asks, both.kinds, both.also.asks, both.also.kinds, both.also.position) == \
        ("count", ["ngo"], "order", ["ngo"], 1)
    answer = ask_meeting(answerer, "ngo slot: how many and who opened it")
    assert answer.answer.startswith("10 NGOs took the floor.")
    assert "The first NGO to take the floor was the Law Society of England and Wales" in answer.answer
    first = read_meeting("the NGOs: who spoke first?", directory)
    assert (first.asks, first.kinds, first.position) == ("order", ["ngo"], 1)
    closed = read_meeting("the state delegations - who closed that part", directory)
    assert (closed.asks, closed.kinds, closed.position) == ("order", ["state"], -1)
    # a lead-in naming no kind is no part of the list
    assert read_meeting("prisoner releases: who opened it", directory) is None


def test_kinds_typed_without_commas_are_a_list(directory):
    counted = read_meeting("how many countries ngos and country groups spoke", directory)
    assert (counted.asks, sorted(counted.kinds)) == \
        ("count", sorted(["concerned_country", "state", "ngo", "group"]))
    # one noun of two words stays one kind
    assert read_meeting("which state delegations spoke", directory).kinds == ["state"]
    assert read_meeting("how many country groups spoke", directory).kinds == ["group"]


@pytest.mark.parametrize(("question", "asks", "kinds"), [
    ("how many states took floor", "count", ["state"]),
    ("how many ngos took the floor at belarus ID", "count", ["ngo"]),
    ("who were experts on panel?", "speakers", ["panel"]),
    ("ngos count", "count", ["ngo"]),
    ("groups? how many and which", "count", ["group"]),
])
def test_meeting_questions_typed_without_articles_or_as_keywords(directory, question, asks, kinds):
    """A learner's "took floor", "on panel", keywords ("ngos count") and a kind asked on its own
    ("groups? how many and which") read as the meeting questions they are."""
    request = read_meeting(question, directory)
    assert (request.asks, request.kinds) == (asks, kinds)


def test_the_chair_and_the_other_members_are_two_questions(answerer, directory):
    both = read_meeting("who is chair of Group of Experts and who are other members of panel?", directory)
    assert (both.asks, both.also.asks, both.also.kinds) == ("chair", "speakers", ["panel"])
    answer = ask_meeting(answerer, "who is chair of Group of Experts and who are other members of panel?")
    assert all(name in answer.answer for name in ("Karinna Moskalenko", "Monika Płatek", "Susan Bazilli"))


def test_what_is_this_meeting_and_when(answerer):
    answer = ask_meeting(answerer, "hi. what is this meeting and when it was?")
    assert "19 September 2025" in answer.answer
    assert "Interactive Dialogue with the Group of Independent Experts on Belarus" in answer.answer


@pytest.mark.parametrize(("question", "asks", "speaker"), [
    # a learner's word order and "X-led"
    ("the Benelux, it is which countries?", "members", "netherlands-on-behalf-of-the-benelux-countries"),
    ("Benelux, who is inside?", "members", "netherlands-on-behalf-of-the-benelux-countries"),
    ("Luxembourg was included in Dutch-led group statement or not?", "membership",
     "netherlands-on-behalf-of-the-benelux-countries"),
    # "- name & title" asks what the answer gives; "(NB8)" repeats the name
    ("who delivered the nordics statement (NB8) - name & title", "representative",
     "lithuania-on-behalf-of-the-nordic-baltic-states"),
    ("who speak right before Switzerland and who after?", "neighbour", "switzerland"),
])
def test_meeting_questions_in_a_learners_english(directory, question, asks, speaker):
    request = read_question(question, None, directory).meeting
    assert (request.asks, [n.statement_id for n in request.speakers]) == (asks, ids(REAL, [speaker]))


def test_a_group_answer_quotes_its_footnote(answerer):
    """The member list is the summary's footnote, quoted verbatim: the answer's source."""
    luxembourg = ask_meeting(answerer, "Luxembourg was included in Dutch-led group statement or not?")
    assert luxembourg.answer.startswith("Yes: Luxembourg is one of the Benelux countries")
    assert "“Belgium, Luxembourg and the Netherlands.”" in luxembourg.answer
    after = ask_meeting(answerer, "who speak right before Switzerland and who after?")
    assert "Slovenia" in after.answer and "Ukraine" in after.answer


def test_kinds_named_at_the_end_narrow_or_widen_those_asked(answerer, directory):
    among = read_meeting("Which country spoke first among the States?", directory)
    assert (among.asks, among.kinds, among.position) == ("order", ["state"], 1)
    including = read_meeting("how many delegations spoke in total, including groups?", directory)
    assert (including.asks, sorted(including.kinds)) == \
        ("count", sorted(["state", "group", "concerned_country"]))
    groups = read_meeting("What was the speaking order of the groups?", directory)
    assert (groups.asks, groups.kinds) == ("order", ["group"])
    # "of a group of countries" names what was spoken for, not a kind narrowing the answer
    behalf = read_meeting("which delegations spoke on behalf of a group of countries", directory)
    assert behalf is None or behalf.kinds != ["concerned_country", "state"]


def test_the_last_of_a_kind_before_another_kind(answerer, directory):
    """"the last State before the NGOs": the last State, as every State speaks before any NGO; a
    kind that does not come first as a block is not read so."""
    last = ask_meeting(answerer, "Who was the last State to speak before the NGOs?")
    assert last.answer.startswith("The last State to take the floor was the United Kingdom")
    group = read_meeting("last group statement before the single countries started", directory)
    assert (group.asks, group.kinds, group.position) == ("order", ["group"], -1)
    assert read_meeting("which NGO spoke last before the States", directory) is None
    # "immediately before" set off by a comma, and the kind's "segment" of the dialogue
    segment = ask_meeting(answerer, "Which State delegation took the floor last in the State delegations "
                                    "segment, immediately before the NGOs?")
    assert segment.answer.startswith("The last State delegation to take the floor was the United Kingdom")
    first = read_meeting("who spoke first in the NGO segment", directory)
    assert (first.asks, first.kinds, first.position) == ("order", ["ngo"], 1)
    # as a learner of English writes them: "who was first speaking after X", "who last ngo speaking"
    after = read_meeting("who was first speaking after belarus?", directory)
    assert (after.asks, after.relation) == ("neighbour", "after")
    assert after.speakers[0].statement_id == "hrc60-belarus/belarus"
    last = read_meeting("who last ngo speaking", directory)
    assert (last.asks, last.kinds, last.position) == ("order", ["ngo"], -1)
    state = read_meeting("which state spoke first after the EU", directory)
    assert (state.asks, state.kinds, state.relation) == ("neighbour", ["state"], "after")


def test_how_many_of_a_list_and_the_next_of_a_kind(answerer, directory):
    """"how many NGOs spoke before X" and "how many experts replied" are the lists, whose answers
    count them; "the first State to take the floor after Belarus" is the State right after it."""
    before = ask_meeting(answerer, "how many NGOs spoke before the Helsinki Committee")
    assert before.answer.startswith("1 NGO spoke before the National Human Rights Civic Association")
    replied = ask_meeting(answerer, "how many experts replied")
    assert replied.answer.startswith("2 experts replied")
    after = read_meeting("which was the first State to take the floor after Belarus", directory)
    assert (after.asks, after.kinds, after.relation) == ("neighbour", ["state"], "after")
    last = read_meeting("who was the last NGO to speak before the ICJ", directory)
    assert (last.asks, last.kinds, last.relation) == ("neighbour", ["ngo"], "before")


def test_first_step_is_not_an_order_question(answerer):
    answer = answerer.ask("Who said the first step should be a moratorium?")
    assert answer.question_type == "who_said"


def test_a_membership_question_needs_a_member(directory):
    """"is the death penalty still used in belarus" has the shape of "is X in Y" but no State as X."""
    assert read_meeting("is the death penalty still used in belarus", directory) is None
    assert read_meeting("is estonia in the nordic-baltic group", directory).asks == "membership"


def test_chair_and_roles(answerer):
    chair = ask_meeting(answerer, "Who chaired the Group of Experts?")
    assert chair.answer.startswith("Ms. Karinna Moskalenko chaired the Group of Independent Experts "
                                   "on Belarus:")
    assert cited(chair) == ids(REAL, ["karinna-moskalenko"])
    bazilli = ask_meeting(answerer, "Who is Susan Bazilli?")
    assert bazilli.answer.startswith("Ms. Susan Bazilli took the floor as Member of the Group of "
                                     "Independent Experts:")
    # "what organisation is X?": who X is
    icj = ask_meeting(answerer, "what organisation is the ICJ?")
    assert icj.answer.startswith("The International Commission of Jurists (ICJ) took the floor as a "
                                 "non-governmental organization")
    # "which one was the boss?", "in charge of" the group: its chair too
    boss = ask_meeting(answerer, "which expert was the boss?")
    assert boss.answer.startswith("Ms. Karinna Moskalenko chaired the Group of Independent Experts")
    experts = ask_meeting(answerer, "which UN experts spoke?")
    assert cited(experts) == ids(REAL, ["karinna-moskalenko", "monika-platek", "susan-bazilli"])
    in_charge = ask_meeting(answerer, "Who was in charge of the group of UN experts looking at Belarus?")
    assert in_charge.answer.startswith("Ms. Karinna Moskalenko chaired the Group of Independent Experts")
    # a newcomer's "the boss of the jury", and the head named in one sentence, asked for in the next
    for question in ("who was the boss of the jury?", "the jury had a boss right. whats her name",
                     "did the panel have a chair? who?", "the experts had a leader, what was her name?"):
        head = ask_meeting(answerer, question)
        assert head.answer.startswith("Ms. Karinna Moskalenko chaired the Group of Independent "
                                      "Experts"), question
    presided = answerer.ask("who presided")  # the meeting's president, whom the summary does not name
    assert presided.answer.startswith("The summary does not say this: it does not say who presided over "
                                      "the meeting itself (Ms. Karinna Moskalenko chaired the Group")
    platek = ask_meeting(answerer, "What is Monika Płatek's role?")
    assert "Member of the Group of Independent Experts" in platek.answer.split("\n")[0]
    assert platek.citations[0].quote.startswith("Ms. Monika Płatek, Member of the Group")


def test_who_delivered_a_statement(answerer):
    lithuania = ask_meeting(answerer, "Who spoke for Lithuania?")
    assert lithuania.answer.startswith(
        "Lithuania, on behalf of the Nordic-Baltic states, took the floor through H. E. Mr. "
        "Kęstutis Budrys, Minister of Foreign Affairs of the Republic of Lithuania:")
    assert cited(lithuania) == ids(REAL, [NB])
    france = answerer.ask("Who spoke for France?")  # took the floor, but no one is named
    assert not france.answerable and "France took the floor, but the summary does not name the " \
        "representative" in france.answer
    benelux = ask_meeting(answerer, "who represented the benelux countries")  # a State did
    assert benelux.answer.startswith("The Netherlands, on behalf of the Benelux countries, took "
                                     "the floor")
    # a group's statement is a joint one too
    joint = ask_meeting(answerer, "Who delivered the joint statement on behalf of the Nordic-Baltic States?")
    assert joint.answer.startswith("Lithuania, on behalf of the Nordic-Baltic states, took the floor through")


def test_the_members_of_the_group_of_experts_who_spoke_are_the_experts(answerer):
    answer = ask_meeting(answerer, "Which members of the GoE took the floor during the ID?")
    assert answer.answer.startswith("3 experts took the floor, in this order:")
    assert {c.statement_id for c in answer.citations} == {
        "hrc60-belarus/karinna-moskalenko", "hrc60-belarus/monika-platek", "hrc60-belarus/susan-bazilli"}


def test_group_members_are_said_and_the_footnoted_sentence_cited(answerer, source_text):
    benelux = ask_meeting(answerer, "Which countries does the Benelux statement speak for?")
    # the footnote quoted as the summary writes it
    assert benelux.answer.startswith("The Netherlands spoke on behalf of the Benelux countries: "
                                     "“Belgium, Luxembourg and the Netherlands.” (3 countries")
    citation = benelux.citations[0]
    assert "²" in source_text[citation.start:citation.end]  # the footnote marker's sentence
    estonia = ask_meeting(answerer, "Is Estonia part of the Nordic-Baltic group?")
    assert estonia.answer.startswith("Yes: Estonia is one of the Nordic-Baltic states on whose "
                                     "behalf Lithuania spoke")
    poland = ask_meeting(answerer, "Is Poland part of the Nordic-Baltic group?")
    assert poland.answer.startswith("No: the summary lists the Nordic-Baltic states as “Denmark, "
                                    "Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden")


def test_joint_statements_and_co_presenters(answerer):
    omct = ask_meeting(answerer, "Who delivered the joint statement with OMCT?")
    assert omct.answer.startswith("The World Organization Against Torture (OMCT) delivered a joint "
                                  "statement with International Federation for Human Rights (FIDH) "
                                  "and Human Rights Center 'Viasna':")
    viasna = ask_meeting(answerer, "Did Viasna speak?")
    assert viasna.answer.startswith("Yes, jointly: Human Rights Center 'Viasna' co-presented the "
                                    "joint statement of the World Organization Against Torture")
    assert cited(viasna) == ids(REAL, ["world-organization-against-torture"])
    # a speaker with its own statement that co-presented another's: both, and both cited
    ibahri = ask_meeting(answerer, "ibahri shows up twice - which other statement did it sign on to")
    assert "also co-presented the joint statement of the Law Society of England and Wales" in ibahri.answer
    assert cited(ibahri) == ids(REAL, ["international-bar-associations-human-rights-institute",
                                       "law-society-of-england-and-wales"])
    connection = ask_meeting(answerer, "connection e.v. - whose statement were they part of")
    assert connection.answer.startswith("Connection e.V. co-presented the joint statement of World "
                                        "Resisters International (WRI)")


def test_who_asked_the_experts(answerer):
    answer = ask_meeting(answerer, "Which delegations asked the experts questions?")
    assert answer.answer.startswith("9 delegations put questions to the experts:")
    assert set(cited(answer)) == set(ids(REAL, REAL_ASKERS))
    assert all(puts_question(c.quote) for c in answer.citations)
    everyone = ask_meeting(answerer, "Who asked questions?")
    assert set(cited(everyone)) == set(ids(REAL, REAL_ASKERS + ["world-organization-against-torture",
                                                               "human-rights-house-foundation"]))


def test_the_second_part_of_a_question_takes_the_first_parts_noun(answerer):
    both = ask_meeting(answerer, "Which NGO opened the civil-society segment and which one closed the "
                                 "dialogue?")
    assert "The last NGO to take the floor was Conscience and Peace Tax International" in both.answer
    counts = ask_meeting(answerer, "how many states spoke in their own name, and how many NGOs?")
    assert "17 States spoke alone" in counts.answer and "10 NGOs took the floor" in counts.answer


def test_did_they_speak(answerer):
    estonia = ask_meeting(answerer, "Did Estonia speak?")
    assert estonia.answer.startswith("Yes, through its group, not separately: Estonia is one of "
                                     "the Nordic-Baltic states on whose behalf Lithuania spoke")
    china = ask_meeting(answerer, "Did China speak?")
    assert china.answer.startswith("No: the summary records no statement by China")
    assert china.citations == []
    chair = ask_meeting(answerer, "Who asked the Chair a question?")
    assert cited(chair) == ids(REAL, ["slovenia"])  # "Addressing a question to the Chair ..."


@pytest.mark.parametrize("question", ["Who asked the Special Rapporteur a question?",
                                      "which states asked the commission of inquiry questions?"])
def test_no_one_asked_an_office_that_did_not_take_the_floor(answerer, question):
    """The Special Rapporteur did not speak here; the speakers put their questions to the Group of
    Experts. "Who asked the Special Rapporteur a question?" listed the 11 who asked the experts, as
    if the Rapporteur were the panel; an office none of the panel's recorded roles names is asked
    about as itself, and no statement puts a question to it."""
    answer = answerer.ask(question)
    assert not answer.answerable and not answer.citations, answer.answer[:300]
    office = "the Special Rapporteur" if "rapporteur" in question.lower() else "the Commission of Inquiry"
    assert f"it records no question put to {office} by " in answer.answer, answer.answer[:300]
    assert ask_meeting(answerer, "Who asked the experts a question?").answerable


def test_the_document_facts(answerer):
    held = ask_meeting(answerer, "When was this dialogue held?")
    assert held.answer == ("The Interactive Dialogue with the Group of Independent Experts on Belarus "
                           "took place on 19 September 2025, at the 60th session of the United "
                           "Nations Human Rights Council (HRC60). The title page reads: "
                           "“#HRC60 • 19 September 2025”.")
    author = ask_meeting(answerer, "Who wrote this summary?")
    assert "Geneva Centre for Human Rights Advancement and Global Dialogue" in author.answer
    # the title page's own line, as written, and the source's text has it
    assert "The title page reads: “GENEVA CENTRE FOR HUMAN RIGHTS ADVANCEMENT AND GLOBAL DIALOGUE”" \
        in author.answer
    assert any("metadata" in note for note in author.notes)


def test_the_title_page_is_parsed_and_indexed(parsed, answerer):
    assert parsed.document.title_page == [
        "GENEVA CENTRE FOR HUMAN RIGHTS ADVANCEMENT AND GLOBAL DIALOGUE",
        "UNITED NATIONS HUMAN RIGHTS COUNCIL",
        "Interactive Dialogue with the Group of Independent Experts on Belarus", "#HRC60 • 19 September 2025"]
    assert [d.title_page for d in answerer.documents] == [parsed.document.title_page]


@pytest.mark.parametrize(("question", "parts"), [
    # two meeting questions in one: both answered, the second under its own lead
    ("who spoke first and how many ngos spoke?",
     ["The first speaker to take the floor was Ms. Karinna Moskalenko", "**10 NGOs took the floor."]),
    ("which NGO spoke last, and which state spoke first?",
     ["The last NGO to take the floor was Conscience and Peace Tax International",
      "**The first State to take the floor was Albania:**"]),
    # "first and ... last" of two kinds is two questions, not one kind's two ends
    ("which state spoke first and which ngo spoke last?",
     ["The first State to take the floor was Albania", "**The last NGO to take the floor was Conscience"]),
    # two fields of the document: one sentence holds both
    ("which session n what date?", ["60th session", "19 September 2025"]),
    # a lead-in that names only the meeting or its speakers
    ("hrc belarus ID - which session and what date?", ["60th session", "19 September 2025"]),
    ("breakdown of participants - how many groups, states, ngos?", ["3 groups, 17 States and 10 NGOs"]),
    # "up", "straight after", a role "on the panel", "wrote up"
    ("first country up in the state delegations part?", ["The first country to take the floor was Albania"]),
    ("who took the floor straight after the french", ["Germany spoke right after France"]),
    ("whats bazilli's role on the panel", ["Member of the Group of Independent Experts"]),
    ("who wrote up this summary of the belarus dialogue", ["GENEVA CENTRE FOR HUMAN RIGHTS"]),
    ("who was right before and after czechia", ["Bulgaria", "France"]),
    ("who put this summary together", ["GENEVA CENTRE FOR HUMAN RIGHTS"]),
    ("did any of the groups ask the judges something", ["Benelux"]),
    ("who did omct come with", ["International Federation for Human Rights (FIDH)"]),
    ("how many ngos spoke. same as the number at the end?", ["10 NGOs took the floor. This matches"]),
])
def test_pairs_lead_ins_and_more_phrasings_of_meeting_questions(answerer, question, parts):
    answer = ask_meeting(answerer, question).answer
    assert all(part in answer for part in parts), answer


def test_a_lead_in_with_a_topic_is_no_meeting_question(directory):
    # "torture statements - which ngos" asks which NGOs raised torture, not which NGOs spoke
    assert read_meeting("torture statements - which ngos", directory) is None
    assert read_meeting("death penalty - which session", directory) is None


def test_orgs_and_who_delivered_a_named_statement_with_it(answerer):
    omct = ask_meeting(answerer, "which orgs delivered the OMCT statement together with it")
    assert omct.answer.startswith("The World Organization Against Torture (OMCT) delivered a joint statement "
                                  "with International Federation for Human Rights (FIDH)")
    assert ask_meeting(answerer, "which orgs spoke").answer.startswith("10 orgs took the floor")


def test_the_experts_who_replied_come_from_the_replies_heading(answerer):
    first = ask_meeting(answerer, "which expert replied first after the floor, and whats her position")
    assert first.answer.startswith("The first expert to reply was Ms. Monika Płatek, Member of the Group "
                                   "of Independent Experts")
    assert cited(first) == ids(REAL, ["monika-platek"])
    for question in ("Who responded to the questions from the floor?", "Which experts answered questions?",
                     "Who gave the concluding remarks?",
                     # for the experts, at the end: the replies (they were lists of 15 and 32 speakers)
                     "who answered for the experts at the end", "who replied for the experts?"):
        assert cited(ask_meeting(answerer, question)) == ids(REAL, ["monika-platek", "susan-bazilli"])
    third = answerer.ask("Which expert replied third?")
    assert "only 2 experts replied" in third.answer
    assert answerer.ask("who replied to the EU").question_type == "who_said"  # a claim, not the replies


def test_speakers_and_counts_from_a_region(answerer):
    outside = ask_meeting(answerer, "Which States from outside Europe spoke?")
    assert outside.answer.startswith("2 States from outside Europe took the floor")
    assert cited(outside) == ids(REAL, ["australia", "new-zealand"])
    european = ask_meeting(answerer, "how many european states spoke")
    assert european.answer.startswith("15 States from Europe took the floor.")  # no FACTS & FIGURES check
    africa = ask_meeting(answerer, "did any african country speak")
    assert africa.answer.startswith("No: none of the 18 countries that took the floor is from Africa.")
    assert len(africa.citations) == 18
    east = ask_meeting(answerer, "Which Eastern European States took the floor?")
    assert cited(east) == ids(REAL, ["bulgaria", "czechia", "moldova", "poland", "romania", "ukraine"])
    # two regions at once, after a check of what came before ("Is that borne out - ...")
    either = ask_meeting(answerer, "Is that borne out — did any African or Asian State take the floor?")
    assert either.answer.startswith("No: none of the 17 States that took the floor is from Africa or Asia.")
    asked = answerer.ask("did any African or Asian State take the floor?",
                         history=[("what did Belarus say about non-Western participation?",
                                   "Belarus said: …")])
    assert asked.question_type == "meeting" and asked.answer.startswith("No: none of the 17 States")
    them = answerer.ask("were any of them from outside europe",
                        history=[("who called for abolishing the death penalty", "Malta, New Zealand …")])
    assert cited(them) == ids(REAL, ["new-zealand"])


def test_more_ways_to_ask_counts_positions_and_the_concerned_country(answerer):
    assert ask_meeting(answerer, "what number of states spoke").answer.startswith("17 States took the floor.")
    assert ask_meeting(answerer, "where was Malta in the speaking order").answer.startswith(
        "Malta spoke 9th of 17 States")
    between = ask_meeting(answerer, "who was between France and Ireland")
    assert cited(between) == ids(REAL, ["france", "germany", "ireland"])
    for question in ("who was the concerned country", "which country was being discussed"):
        concerned = ask_meeting(answerer, question)
        assert concerned.answer.startswith("1 concerned country took the floor:")
        assert cited(concerned) == ids(REAL, ["belarus"])
    assert "Human Rights Council" in ask_meeting(answerer, "which UN body held this dialogue").answer


@pytest.mark.parametrize(("question", "starts"), [
    ("who opened the belarus ID, the chair of the GoE?? name pls",
     "The first speaker to take the floor was Ms. Karinna Moskalenko"),
    ("nordic baltic group = which countries exactly",
     "Lithuania spoke on behalf of the Nordic-Baltic states: “Denmark, Estonia"),
    ("every delegation that put a q to the experts during the ID (states + ngos)",
     # the NGOs listed add to the delegations, the Benelux group's among them
     "11 delegations and NGOs put questions to the experts"),
    ("which experts did the replies / concluding remarks", "2 experts replied"),
    ("Ms. Karinna Moskalenko's title?", "Ms. Karinna Moskalenko took the floor as Chair"),
    ("which group did Lithuania speak for",
     "Lithuania spoke on behalf of the Nordic-Baltic states: “Denmark"),
    ("how many joint statements", "5 NGOs delivered joint statements"),
    ("who was last among the states", "The last State to take the floor was the United Kingdom"),
])
def test_meeting_questions_typed_as_chat(answerer, question, starts):
    assert ask_meeting(answerer, question).answer.startswith(starts)


def test_a_meeting_fact_the_summary_does_not_give_is_refused_as_such(answerer):
    ambassador = answerer.ask("name of belarus's ambassador who spoke for minsk")
    assert "the summary does not name the representative" in ambassador.answer
    dated = ask_meeting(answerer, "what date was the hrc interactive dialogue on belarus + which session")
    assert "19 September 2025" in dated.answer and "60th session" in dated.answer


def test_who_said_questions_still_go_to_sentence_search(answerer):
    for question in ("Which NGOs mentioned lawyers?",
                     "Which States called for the release of political prisoners?"):
        assert answerer.ask(question).question_type == "who_said"


def test_follow_ups_and_filters_apply_to_meeting_questions(answerer):
    then = answerer.ask("And Germany?", history=[("Who spoke after France?", "Germany …")])
    assert then.resolved_question == "Who spoke after Germany?"
    assert cited(then) == ids(REAL, ["ireland"])
    first_ngo = ask_meeting(answerer, "Who spoke first?", kinds=["ngo"])
    assert cited(first_ngo) == ids(REAL, ["law-society-of-england-and-wales"])


# --- the same questions on the second summary -------------------------------------------------

@pytest.fixture(scope="module")
def second_answerer(settings, tmp_path_factory):
    """An answerer over a corpus holding only the fixture (reuses settings.cache_dir)."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.index.build import build_index
    from hrcqa.search.retriever import Retriever

    root = tmp_path_factory.mktemp("second-only")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus)
    shutil.copy(FIXTURE.with_suffix(".meta.json"), corpus)
    alone = settings.model_copy(update={"corpus_dir": corpus, "index_dir": root / "index"})
    build_index(alone, show_progress=False)
    return Answerer(Retriever.load(settings=alone))


def test_second_summary_lists_and_counts(second_answerer):
    ngos = ask_meeting(second_answerer, "Which NGOs spoke?")
    assert ngos.answer.startswith("4 NGOs took the floor, in this order:")
    assert cited(ngos) == ids(SECOND, SECOND_NGOS)
    states = ask_meeting(second_answerer, "How many States took the floor?")
    assert states.answer.startswith("8 States took the floor. This matches the summary's FACTS & "
                                    "FIGURES (8 State Delegations).")
    assert cited(states) == ids(SECOND, SECOND_STATES)
    speakers = ask_meeting(second_answerer, "How many speakers were there?")
    assert speakers.answer.startswith("19 speakers took the floor: 3 experts, 1 concerned country, "
                                      "3 groups, 8 States and 4 NGOs.")


def test_second_summary_order(second_answerer):
    assert cited(ask_meeting(second_answerer, "Who spoke first?")) == ids(SECOND, ["ingrid-halvorsen"])
    assert cited(ask_meeting(second_answerer, "Who spoke last?")) == ids(SECOND, ["human-rights-watch"])
    after = ask_meeting(second_answerer, "Who spoke after Canada?")
    assert after.answer.startswith("Japan spoke right after Canada:")
    before = ask_meeting(second_answerer, "Who spoke before the EU?")
    assert before.answer.startswith("Examplestan spoke right before the European Union:")


def test_second_summary_people(second_answerer):
    chair = ask_meeting(second_answerer, "Who chaired the Commission of Inquiry?")
    assert chair.answer.startswith("Ms. Ingrid Halvorsen chaired the Commission of Inquiry on Examplestan:")
    okonkwo = ask_meeting(second_answerer, "Who is Amara Okonkwo?")
    assert okonkwo.answer.startswith("Ms. Amara Okonkwo took the floor as Member of the Commission "
                                     "of Inquiry:")
    fiji = ask_meeting(second_answerer, "Who spoke for Fiji?")  # for its group: that is the answer
    assert "the summary does not name the representative" in fiji.answer
    core = ask_meeting(second_answerer, "Which countries does the Core Group statement speak for?")
    assert core.answer.startswith("Chile spoke on behalf of the Core Group on Examplestan: “Argentina, "
                                  "Canada, Chile, Costa Rica, Mexico, Norway and Uruguay.” (7 countries")
    samoa = ask_meeting(second_answerer, "Is Samoa part of the Pacific Islands Forum?")
    assert samoa.answer.startswith("Yes: Samoa is a member of the Pacific Islands Forum")
    brazil = ask_meeting(second_answerer, "Is Brazil a member of the Core Group?")
    assert brazil.answer.startswith("No:")
    partner = ask_meeting(second_answerer, "Did Front Line Defenders speak?")
    assert partner.answer.startswith("Yes, jointly: Front Line Defenders co-presented the joint "
                                     "statement of the Examplestan Lawyers' Network (ELN)")


def test_second_summary_repliers(second_answerer):
    last = ask_meeting(second_answerer, "Which expert replied last?")
    assert last.answer.startswith("The last expert to reply was Ms. Amara Okonkwo, Member of the Commission")
    both = ask_meeting(second_answerer, "Who answered the questions?")
    assert both.answer.startswith("2 experts replied")
    assert [c.speaker for c in both.citations] == ["Mr. Tadeo Marchetti", "Ms. Amara Okonkwo"]


def test_second_summary_regions(second_answerer):
    africa = ask_meeting(second_answerer, "Which African countries spoke?")
    assert cited(africa) == ids(SECOND, ["kenya", "sierra-leone"])
    asia = ask_meeting(second_answerer, "how many asian states took the floor")
    assert asia.answer.startswith("2 States from Asia took the floor.")


def test_second_summary_askers_and_facts(second_answerer):
    askers = ask_meeting(second_answerer, "Which delegations asked the experts questions?")
    assert set(cited(askers)) == set(ids(SECOND, SECOND_ASKERS))
    held = ask_meeting(second_answerer, "When was this dialogue held?")
    assert "24 March 2026" in held.answer and "61st session" in held.answer and "HRC61" in held.answer
    assert second_answerer.ask("Which NGOs mentioned lawyers?").question_type == "who_said"


def test_second_summary_citations_lead_back_to_its_source(second_answerer):
    answer = ask_meeting(second_answerer, "Who spoke?")
    assert len(answer.citations) == 19
    assert_cites_openings(answer, FIXTURE.read_text(encoding="utf-8"))


def test_real_source_is_the_one_cited(answerer):
    answer = ask_meeting(answerer, "Who spoke for Lithuania?")
    text = SOURCE_FILE.read_text(encoding="utf-8")
    assert "¹" in text[answer.citations[0].start:answer.citations[0].end]


def test_membership_in_any_group_is_a_yes_or_no(answerer):
    latvia = ask_meeting(answerer, "was latvia covered by any of the group statements?")
    assert latvia.answer.startswith("Yes: Latvia is one of the Nordic-Baltic states")
    poland = ask_meeting(answerer, "is poland in any of the groups")
    assert poland.answer.startswith("No: the summary lists the")
    assert "Poland is not among them" in poland.answer


@pytest.mark.parametrize(("question", "lead"), [
    # the UN register: "under this item", "were given the floor", "respectively", "composed of"
    ("Which regional and cross-regional groups took the floor under this item?",
     "3 regional and cross-regional groups took the floor, in this order:"),
    ("Which non-governmental organisations were given the floor in the course of the interactive "
     "dialogue? A complete list would be appreciated.", "10 non-governmental organisations took the floor"),
    ("How many regional groups, State delegations and non-governmental organisations took the floor under "
     "agenda item 4, respectively?",
     "30 regional groups, State delegations and non-governmental organisations took the floor: 3 groups, "
     "17 States and 10 NGOs."),
    ("Of which States is the Benelux group composed?",
     "The Netherlands spoke on behalf of the Benelux countries: “Belgium, Luxembourg and the Netherlands.”"),
    ("Is the Republic of Iceland counted among the Nordic-Baltic States?", "Yes: Iceland is one of the "
                                                                           "Nordic-Baltic states"),
    ("Is the Kingdom of Norway among the Nordic-Baltic States on whose behalf Lithuania delivered its "
     "statement?", "Yes: Norway is one of the Nordic-Baltic states on whose behalf Lithuania spoke"),
    # a group spoke for several States: not "in their national capacity", unless groups are asked
    ("Which delegations took the floor under this item in their national capacity?",
     "18 delegations spoke alone, with no co-presenters named, not counting the group statements made on "
     "behalf of several States:"),
    ("which groups spoke alone", "3 groups spoke alone, with no co-presenters named:"),
    # a request to list ("Name the members of", "List the countries in"), "experts included",
    # "what date was it", "first among the States, and which last"
    ("Name the members of the Group of Independent Experts.", "3 experts took the floor, in this order:"),
    ("List the countries in the Benelux group.", "The Netherlands spoke on behalf of the Benelux countries: "
                                                 "“Belgium, Luxembourg and the Netherlands.”"),
    ("How many speakers were there in total, experts included?", "34 speakers took the floor: 3 experts,"),
    ("what date was it", "The Interactive Dialogue with the Group of Independent Experts on Belarus took "
                         "place on 19 September 2025"),
    ("Which delegation spoke first among the States, and which last?",
     "The first delegation to take the floor was Albania; the last delegation to take the floor was the "
     "United Kingdom"),
    # the pair put first; a relative clause after the group; "and with which co-sponsors"
    ("Of Malta and Moldova, which delegation took the floor first?",
     "Malta spoke first, before Moldova (Malta 16th, Moldova 17th of 34 speakers in the summary's order):"),
    ("is poland in the nordic-baltic one", "No: the summary lists the Nordic-Baltic states as"),
    ("is iceland part of the nordic-baltic group that spoke",
     "Yes: Iceland is one of the Nordic-Baltic states"),
    ("Which NGO statements were delivered jointly, and with which co-sponsors?",
     "5 NGOs delivered joint statements, with co-presenters:"),
    # "the segment of X", "..., and which closed it": the first and the last of that kind
    ("And which delegation opened the segment of State delegations, and which closed it?",
     "The first State delegation to take the floor was Albania; the last State delegation to take the "
     "floor was the United Kingdom"),
])
def test_meeting_questions_in_the_formal_register(answerer, question, lead):
    answer = ask_meeting(answerer, question)
    assert answer.answer.startswith(lead), answer.answer[:300]
    if "national capacity" in question:
        assert not {c.statement_id for c in answer.citations} & set(ids(REAL, REAL_GROUPS))


def test_which_was_first_and_last_after_a_count_of_one_kind(answerer):
    count = ask_meeting(answerer, "how many ngos spoke")
    both = ask_meeting(answerer, "which was first and last", history=[("how many ngos spoke", count.answer)])
    assert both.answer.startswith("The first NGO to take the floor was the Law Society of England and Wales; "
                                  "the last NGO to take the floor was Conscience and Peace Tax International")


@pytest.mark.parametrize("question", [
    # a group by its initials and number of members (as G7, V4), the name put first, "or separate"
    "poland - part of the NB8 statement or separate?", "is poland one of the nb8",
])
def test_membership_of_a_group_named_as_typed(answerer, question):
    answer = ask_meeting(answerer, question)
    assert answer.answer.startswith("No: the summary lists the Nordic-Baltic states as “Denmark, Estonia")


def test_ms_in_capitals_are_member_states():
    """"which MS were on the Lithuanian stmt?" was read with "MS" as a title ("Ms."), and answered
    with a sentence search; the UN's shorthand for member States lists the group's members."""
    from hrcqa.question.words import plain_question

    assert plain_question("NB8 - which MS were on the Lithuanian stmt?") == \
        "NB8 - which member states were on the Lithuanian statement?"
    assert plain_question("what did MS Moskalenko say") == "what did MS Moskalenko say"


@pytest.mark.parametrize(("question", "lead"), [
    # a yes or no on speaking jointly, whichever way the question puts it
    ("icj did they speak together with other groups", "No: the International Commission of Jurists (ICJ) "
                                                      "spoke alone"),
    ("did omct speak alone", "No: the World Organization Against Torture (OMCT) delivered a joint statement"),
    ("is the icj speaking on its own", "Yes: the International Commission of Jurists (ICJ) spoke alone"),
    ("Malta being an EU member, it spoke also in its own name or not?", "Yes: Malta spoke alone"),
    ("did Malta speak individually?", "Yes: Malta spoke alone"),
    # a member of a group did not take the floor on its own
    ("did Norway also speak on its own?", "No: Norway did not speak separately"),
    # a group's speaker did not speak in its own name: "alone" is no yes for it
    ("Did Lithuania speak individually?",
     "No: Lithuania spoke on behalf of the Nordic-Baltic states, not in its own name; the summary names no "
     "co-presenters:"),
    ("Was Lithuania speaking in its national capacity?",
     "No: Lithuania spoke on behalf of the Nordic-Baltic"),
    # "only" or "just" stresses it; "was it just X talking ...": was X talking (these were refused)
    ("did Lithuania speak only for itself?", "No: Lithuania spoke on behalf of the Nordic-Baltic"),
    ("was it just lithuania talking for itself", "No: Lithuania spoke on behalf of the Nordic-Baltic"),
    ("did Malta speak just in its own name?", "Yes: Malta spoke alone"),
    # whether a statement was a group's, from the records
    ("Did Lithuania speak for a group?", "Yes: Lithuania spoke on behalf of the Nordic-Baltic states"),
    ("Was the Netherlands speaking on behalf of other countries?", "Yes: the Netherlands spoke on behalf of"),
    ("Did Czechia speak on behalf of a group?", "No: Czechia took the floor as a State delegation"),
    # the neighbour with its preposition last, by its agent, or "on the floor"
    ("Who was France preceded by?", "Czechia spoke right before France:"),
    ("Who was followed by Germany?", "France spoke right before Germany:"),
    ("Which NGO was immediately preceded by the ICJ?",
     "The next NGO to speak after the International Commission of Jurists (ICJ) was Conscience and Peace"),
    ("Who followed France on the floor?", "Germany spoke right after France:"),
    # the neighbour, asked in the passive or with a noun for the kind
    ("by which organisation was CPTI preceded?",
     "The International Commission of Jurists (ICJ) spoke right before"),
    ("By whom was the Helsinki Committee immediately preceded on the floor?",
     "The Law Society of England and Wales spoke right before"),
    # a member asked of a group's statement
    ("Was Denmark among the States covered by the Benelux statement?", "No: the summary lists the Benelux "
                                                                        "countries as “Belgium"),
    # the other answer after ", or" adds nothing to ask
    ("Was that the Law Society speaking alone, or did other organisations sign on to it?",
     "No: the Law Society of England and Wales delivered a joint statement with"),
    # alone in its own statement, and a co-presenter of another's: jointly, yes (it was a no)
    ("Did IBAHRI speak jointly with the Law Society?", "Yes, in another's statement: the International "
                                                       "Bar Association's Human Rights Institute (IBAHRI) "
                                                       "spoke alone in its own statement, and also"),
    ("did ibahri speak alone?", "Yes: the International Bar Association's Human Rights Institute (IBAHRI) "
                                "spoke alone in its own statement:"),
])
def test_speaking_jointly_as_a_yes_or_no(answerer, question, lead):
    assert ask_meeting(answerer, question).answer.startswith(lead)


def test_a_co_presenter_named_with_the_lead_gets_the_joint_statement_once(answerer):
    answer = ask_meeting(answerer, "Did IBAHRI speak jointly with the Law Society?")
    assert answer.answer.count("co-presented the joint statement of the Law Society") == 1
    assert cited(answer) == ids(REAL, ["international-bar-associations-human-rights-institute",
                                       "law-society-of-england-and-wales"])


def test_an_order_naming_no_kind_after_a_turn_about_one_kind(answerer):
    first = answerer.ask("number of group statements?")
    assert first.answer.startswith("3 group statements took the floor.")
    second = answerer.ask("which came 2nd", history=[(first.question, first.answer, first.resolved_question)])
    assert second.answer.startswith("The second group statement to take the floor was Lithuania")
    # asked on its own, the second speaker of all
    assert answerer.ask("which came 2nd").answer.startswith("The second speaker to take the floor was Ms. "
                                                            "Monika Płatek")


def test_a_count_and_the_last_of_those_counted(answerer):
    answer = ask_meeting(answerer, "How many regional and cross-regional groups took the floor, and which "
                                   "spoke last among them?")
    assert answer.answer.startswith("3 regional and cross-regional groups took the floor.")
    assert "The last group to take the floor was the Netherlands, on behalf of the Benelux" in answer.answer


def test_did_several_speak_answers_each_name(answerer):
    mixed = ask_meeting(answerer, "did france or italy speak")
    assert mixed.answer.startswith("Yes: France took the floor")
    assert "No statement by Italy is recorded: it is not among the speakers" in mixed.answer
    neither = ask_meeting(answerer, "did either spain or italy take the floor")
    assert neither.answer.startswith("No: the summary records no statement by Spain or Italy; "
                                     "neither name is")


def test_membership_of_a_group_that_did_not_speak_says_which_did(answerer):
    # not a content question about Poland answered "Yes" from "as part of a deal"
    answer = answerer.ask("is poland part of the XYZ group?")
    assert not answer.answerable and "no group statement in it is called “XYZ group”" in answer.answer
    assert "on behalf of the Benelux countries (Belgium, Luxembourg and Netherlands)" in answer.answer


@pytest.mark.parametrize(("question", "parts"), [
    # a newcomer's words: "the judges", "the jury" for the panel, "the hearing" for the meeting
    ("did britain ask the jury anything", ["No. The summary records no question from the United Kingdom"]),
    ("which ones actually asked the judges a question", ["11 speakers put questions to the experts"]),
    ("what are the titles of the 3 judges", ["Ms. Karinna Moskalenko, Chair", "Ms. Susan Bazilli, Member"]),
    ("who opened the hearing and what did she present", ["Ms. Karinna Moskalenko", "thematic report"]),
    # talking as speaking, the last word, "at the end ... and in what order"
    ("which ngo was 3rd to talk", ["The third NGO to take the floor was the International Bar Association"]),
    ("who got the last word out of the ngos", ["The last NGO to take the floor was Conscience and Peace"]),
    ("at the end who answered the questions and in what order", ["2 experts replied", "Monika Płatek"]),
    ("benelux which countries is that in this doc", ["Belgium, Luxembourg and the Netherlands"]),
    # several sentences: both sides of a speaker, the document's fields, a check leaning on the count
    ("ok. who talked after germany? and before?", ["Ireland spoke right after Germany", "France"]),
    ("what is this doc exactly. which meeting what session what day and who wrote it up",
     ["19 September 2025", "60th session", "GENEVA CENTRE FOR HUMAN RIGHTS"]),
    ("how many ngos spoke. does it match the numbers at the end of the doc",
     ["10 NGOs took the floor. This matches the summary's FACTS & FIGURES"]),
])
def test_meeting_questions_in_a_newcomers_words(answerer, question, parts):
    answer = answerer.ask(question)
    assert answer.answerable and answer.question_type in ("meeting", "asked_panel"), answer.answer
    assert all(part in answer.answer for part in parts), answer.answer


def test_the_judges_as_a_topic_stay_the_judges(directory):
    from hrcqa.question.words import lay_names

    for question in ("who talked about the judges", "did poland mention the judges of belarus",
                     "what did Warsaw say about the lawyers and the judges in Belarus?"):
        assert lay_names(question) == question



def test_a_part_of_the_message_left_unanswered_is_said(answerer):
    opened = ask_meeting(answerer, "who opened the hearing and what did she present")
    assert any("ask “what did she present” on its own" in note for note in opened.notes)
    # a count's answer checks the summary's own figures, so that part is answered
    counted = ask_meeting(answerer, "how many ngos spoke. does it match the numbers at the end of the doc")
    assert not any("on its own" in note for note in counted.notes)


@pytest.mark.parametrize(("question", "asks"), [
    # the panel by another name, of whichever country ("the expert panel for X")
    ("ok whos on the expert panel for belarus", "speakers"),
    ("who was on the panel on belarus", "speakers"),
    # the meeting called "the un thing", and what it was on
    ("how many ngos got to speak at the un thing on belarus", "count"),
    ("how many states spoke at the whole geneva thing", "count"),
    # "at the start": the presenter opened the meeting; "and whats her title": the answer says it
    ("who presented the experts report at the start and whats her title", "presenter"),
])
def test_more_names_for_the_panel_and_the_meeting(answerer, question, asks):
    reading = answerer.retriever.read(question)
    assert reading.type == "meeting" and reading.meeting.asks == asks, reading.meeting


def test_the_panel_by_another_name_and_the_presenter_at_the_start(answerer):
    panel = ask_meeting(answerer, "ok whos on the expert panel for belarus")
    assert cited(panel) == ids(REAL, ["karinna-moskalenko", "monika-platek", "susan-bazilli"])
    assert ask_meeting(answerer, "how many ngos got to speak at the un thing on belarus").answer.startswith(
        "10 NGOs took the floor")
    presenter = ask_meeting(answerer, "who presented the experts report at the start and whats her title")
    assert cited(presenter) == ids(REAL, ["karinna-moskalenko"]) and "Chair" in presenter.answer


@pytest.mark.parametrize(("question", "lead"), [
    ("who opened the interactive dialogue after belarus", "The European Union spoke right after Belarus"),
    ("Ireland was preceded by whom?", "Germany spoke right before Ireland"),
    ("who immediately preceded Ireland", "Germany spoke right before Ireland"),
    ("the helsinki committee was immediately followed by which speaker?",
     "The International Bar Association's Human Rights Institute (IBAHRI) spoke right after"),
])
def test_neighbours_asked_in_the_passive_or_as_who_opened_after(answerer, question, lead):
    assert ask_meeting(answerer, question).answer.startswith(lead)


def test_a_grouping_is_a_group_and_a_layout_request_is_no_part_of_the_question(answerer):
    members = ask_meeting(answerer, "And of which States is the Nordic-Baltic grouping composed?")
    assert "Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden" in members.answer
    counts = ask_meeting(answerer, "how many state delegations spoke and how many ngos? numbers only")
    assert "17" in counts.answer and "10" in counts.answer
    breakdown = ask_meeting(answerer, "how many ngos and states took the floor - need the full breakdown")
    assert breakdown.answer.startswith("27 NGOs and States took the floor: 17 States and 10 NGOs")


@pytest.mark.parametrize(("question", "part"), [
    # the question word left at the end
    ("article 19 co-presented with whom?", "Human Constanta"),
    ("and the advocates delivered their statement together with which organisations?",
     "Belarusian Coalition of Organizations"),
    # a guess at who did it, put as "was it X who ...": who did it
    ("was it really the Lithuanian president who read out the Nordic-Baltic statement?", "Kęstutis Budrys"),
    ("Was it the Czech delegation that spoke first among the States?", "Albania"),
    # a co-presenter that also spoke: its own statement, and the one it co-presented
    ("Did IBAHRI also take the floor in its own right?", "spoke alone in its own statement"),
])
def test_questions_left_in_place_and_guesses_at_who_did_it(answerer, question, part):
    assert part in ask_meeting(answerer, question).answer


@pytest.mark.parametrize(("question", "lead"), [
    ("Which delegation spoke the longest?",
     "The summary records no speaking time. Of the delegations it summarises, the longest statement in it is "
     "Belarus's (443 words)"),
    ("which NGO had the longest statement?",
     "The summary records no speaking time. Of the NGOs it summarises, the longest statement in it is "
     "Article 19"),
    ("Who gave the shortest statement?",
     "The summary records no speaking time. Of the speakers it summarises, the shortest statement in it is "
     "Malta's (167 words)"),
])
def test_the_longest_statement_is_the_longest_in_the_summary(answerer, question, lead):
    answer = ask_meeting(answerer, question)
    assert answer.answer.startswith(lead), answer.answer[:200]
    assert len(answer.citations) == 3  # the three longest (or shortest), each with its length


def test_a_speaker_named_first_is_what_it_stands_for(directory):
    """"nordic-baltic which country read it, and who is in the group": the name put first is "it"
    and "the group" (it read as nothing); not when the first question is of the name itself."""
    from hrcqa.question.framing import unframed

    asked = unframed("nordic-baltic which country read it, and who is in the group", directory)
    request = read_meeting(asked, directory)
    assert (request.asks, request.also.asks) == ("representative", "members")
    assert [s.statement_id for s in request.speakers] == \
        ["hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"]
    assert read_meeting(unframed("benelux = which countries exactly, and who spoke for them", directory),
                        directory).asks == "members"
    assert read_meeting(unframed("malta what did it say about the death penalty", directory),
                        directory) is None
