"""Questions about what a speaker did itself ("What measures has New Zealand taken?"), answered with
the sentences in which it reports its own deeds (`hrcqa.answer.deeds`), on the real index."""

from __future__ import annotations

import pytest

from hrcqa.answer.deeds import own_deeds, reports_deed

REAL = "hrc60-belarus"


def cited(answer) -> list[str]:
    return list(dict.fromkeys(c.statement_id.split("/", 1)[1] for c in answer.citations))


@pytest.mark.parametrize(("slug", "sentence"), [
    ("new-zealand", "New Zealand has placed travel bans on selected individuals associated with the "
                    "government."),
    ("united-kingdom", "In response, the UK has sanctioned over 200 individuals and 12 entities."),
    ("monika-platek", "In addition, it has compiled files on individuals and entities."),
    ("susan-bazilli", "The Group of Experts continues to collect and preserve evidence."),
    ("susan-bazilli", "Ms. Susan Bazilli explains that the Group of Experts is investigating allegations."),
])
def test_a_speaker_reporting_its_own_deed(statements, slug, sentence):
    assert reports_deed(sentence, statements[slug])


@pytest.mark.parametrize(("slug", "sentence"), [
    ("european-union", "The EU continues to urge the Belarusian authorities to abolish the death penalty."),
    ("netherlands-on-behalf-of-the-benelux-countries",
     "Since 2020, the Belarusian authorities have pursued deliberate and coordinated campaign of "
     "repression."),
    ("karinna-moskalenko", "Based on testimony, the Group of Experts has reasonable grounds to believe it."),
    ("national-human-rights-civic-association-belarusian-helsinki-committee",
     "They continue to suffer cruel and inhumane treatment."),  # the prisoners
    ("susan-bazilli", "To encourage releases, the Group of Experts encourages the diplomatic community to "
                      "continue to liaise with Belarus."),  # others are asked to
])
def test_what_is_said_or_done_by_others_is_no_deed_of_the_speaker(statements, slug, sentence):
    assert not reports_deed(sentence, statements[slug])


def test_only_the_states_that_report_measures_of_their_own(answerer):
    sentences = [(s.statement_id, s.text) for s in answerer.bank.sentences]
    deeds = own_deeds(sentences, answerer.statements)
    states = {sid.split("/", 1)[1] for (sid, _text), deed in zip(sentences, deeds, strict=True)
              if deed and answerer.statements[sid].kind == "state"}
    assert states == {"new-zealand", "united-kingdom"}


def test_what_a_named_speaker_did_is_what_it_reports_doing(answerer):
    # however the question words it: "measures taken vs officials" is "placed travel bans on individuals"
    for question in ("What measures has New Zealand adopted itself?",
                     "what measures had wellington taken vs belarus officials"):
        answer = answerer.ask(question)
        assert answer.answerable and cited(answer) == ["new-zealand"], answer.answer
        assert "travel bans" in answer.answer


def test_which_governments_imposed_measures_themselves(answerer):
    answer = answerer.ask("Which governments said they had themselves imposed restrictive measures on "
                          "individuals?")
    assert sorted(cited(answer)) == ["new-zealand", "united-kingdom"], answer.answer
    # a State that reports no deed of its own: said so, then what it said (not passed off as measures)
    france = answerer.ask("What measures has France taken?")
    assert france.answerable and cited(france) == ["france"]
    assert france.answer.startswith("The statement of France reports no measure or action of its own.")


@pytest.mark.parametrize(("question", "slug"), [
    # a who-question whose verb is the deed: done by the speaker, not complained of (Belarus was
    # the answer, for "the policy of political pressure and economic sanctions that the European
    # Union and a number of other countries are pursuing")
    ("which country said it sanctioned Belarusian officials?", "united-kingdom"),
    ("which country sanctioned Belarusian officials?", "united-kingdom"),
    ("which country placed travel bans on officials?", "new-zealand"),
])
def test_which_speaker_did_a_deed_is_one_reporting_it_as_its_own(answerer, question, slug):
    answer = answerer.ask(question)
    assert cited(answer) == [slug], answer.answer[:300]


def test_whether_a_speaker_reported_measures_of_its_own(answerer):
    """"Did X report measures of its own?": yes with the deed for the UK, no for France, which
    reports none (not a "Yes." before "reports no measure"); after a turn on another topic the
    question keeps no topic of that turn."""
    uk = answerer.ask("Did the UK report measures of its own?")
    assert uk.answer.startswith("Yes.") and "sanctioned over 200 individuals" in uk.answer
    france = answerer.ask("Did France report measures of its own?")
    assert france.answer.startswith("No. The statement of France reports no measure or action of its own.")
    history = [("What exactly did the UK ask of the Belarusian representatives?",
                "The United Kingdom said: …")]
    again = answerer.ask("Did it also report measures of its own?", history=history)
    assert again.resolved_question == "Did the UK also report measures of its own?"
    assert "sanctioned over 200 individuals" in again.answer


def test_what_the_panel_has_done_about_a_topic(answerer):
    answer = answerer.ask("what has the GoE done about places of detention")
    assert cited(answer) == ["susan-bazilli"] and "mapped out all detention facilities" in answer.answer
    doing = answerer.ask("whats the expert group doing about deportations")
    assert cited(doing) == ["susan-bazilli"] and "investigating" in doing.answer
