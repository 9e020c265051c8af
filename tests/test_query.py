"""Speaker look-up and query analysis, on the real statements."""

from __future__ import annotations

import pytest

from hrcqa.errors import QueryError
from hrcqa.question.query import SpeakerDirectory, analyze_query, validate_kinds

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
])
def test_aliases_resolve(directory, name, statement):
    assert directory.lookup(name)[0].statement_id == statement


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
])
def test_questions_restrict_themselves(directory, question, speakers, kinds):
    analysis = analyze_query(question, directory)
    assert [s.split("/")[1] for s in analysis.speakers] == speakers
    assert analysis.kinds == kinds


def test_member_state_question_and_absent_speaker(directory):
    estonia = analyze_query("What did Estonia say about torture?", directory)
    assert estonia.speakers == [NORDIC] and estonia.mentioned[0].member == "Estonia"
    china = analyze_query("What did China say about the death penalty?", directory)
    assert china.speakers == [] and china.unknown_speaker == "China"
    us = analyze_query("What did the United States say?", directory)
    assert us.unknown_speaker == "United States"
    assert analyze_query("What did the experts say?", directory).unknown_speaker is None
