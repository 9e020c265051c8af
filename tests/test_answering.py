"""The answering stage on the real summary, real model and real index (`hrcqa.answer.answerer`)."""

from __future__ import annotations

import copy
import re

import pytest

from hrcqa.answer.answerer import Answerer
from hrcqa.errors import QueryError
from hrcqa.question.asking import puts_question
from hrcqa.text.figures import find_figures

NB = "hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"


def sid(slug: str) -> str:
    return f"hrc60-belarus/{slug}"


def cited(answer) -> set[str]:
    return {c.statement_id for c in answer.citations}


def test_who_said_lists_every_caller_with_a_count_grouped_by_kind(answerer):
    answer = answerer.ask("Which delegations called for the abolition of the death penalty?")
    assert answer.question_type == "who_said" and answer.answerable
    assert cited(answer) == {sid("european-union"), sid("malta"), sid("new-zealand")}
    assert answer.answer.startswith("3 delegations called for the abolition of the death penalty:")
    assert answer.answer.index("**States (2)**") < answer.answer.index("**Group (1)**")
    assert all("death penalty" in c.quote for c in answer.citations)
    assert len(answer.citations) == len(answer.speakers) == 3  # one best quote per speaker


def test_who_said_is_complete_not_top_k(answerer):
    answer = answerer.ask("Which speakers brought up Belarus's involvement in Russia's war "
                          "against Ukraine?")
    assert len(cited(answer)) >= 10
    assert {sid("poland"), sid("ukraine"), sid("moldova"), NB} <= cited(answer)


def test_a_number_is_found_however_its_thousands_are_written(answerer):
    # the summary writes "1,100" (Germany, the UK, Poland, Switzerland) and "1100" (the Belarusian
    # Helsinki Committee); a question may write either, or chat's "600k" for "600,000"
    bhc = sid("national-human-rights-civic-association-belarusian-helsinki-committee")
    grouped, plain = answerer.ask("who said 1,100"), answerer.ask("who said 1100")
    assert cited(grouped) == cited(plain) and {bhc, sid("germany"), sid("united-kingdom")} <= cited(plain)
    exile = answerer.ask("600k forced into exile - which org cited that")
    assert cited(exile) == {sid("human-rights-house-foundation")}


def test_a_hedge_in_brackets_widens_nothing_away(answerer):
    # "(potentially) amounting to" asks for those who said it amounts or may amount to it; the
    # bracketed adverb is no term a statement must hold
    hedged = answerer.ask("Which speakers characterised the violations in Belarus as (potentially) "
                          "amounting to crimes against humanity?")
    plain = answerer.ask("Which speakers characterised the violations in Belarus as amounting to crimes "
                         "against humanity?")
    assert cited(hedged) == cited(plain) and {sid("czechia"), sid("european-union")} <= cited(hedged)


def test_who_said_respects_the_kind_the_question_names(answerer):
    answer = answerer.ask("Which NGOs mentioned lawyers?")
    assert answer.citations and {c.kind for c in answer.citations} == {"ngo"}
    assert {sid("law-society-of-england-and-wales"), sid("international-commission-of-jurists"),
            sid("international-bar-associations-human-rights-institute")} <= cited(answer)


def test_group_statements_are_labelled_with_whom_they_speak_for(answerer):
    answer = answerer.ask("Which speakers raised the instrumentalization of migrants?")
    assert NB in cited(answer)
    assert "**Lithuania, on behalf of the Nordic-Baltic states**" in answer.answer


def test_a_named_speaker_is_quoted_alone_through_its_aliases(answerer):
    answer = answerer.ask("What did the UK say about sanctions?")
    assert answer.question_type == "speaker"
    assert cited(answer) == {sid("united-kingdom")}
    assert answer.answer.startswith("The United Kingdom said:")
    assert "sanctioned over 200 individuals and 12 entities" in answer.citations[0].quote


def test_a_member_state_is_answered_through_its_group(answerer):
    answer = answerer.ask("What did Estonia say about migrants?")
    assert answer.answer.startswith("Estonia did not speak separately; it is one of the "
                                    "Nordic-Baltic states on whose behalf Lithuania spoke:")
    assert cited(answer) == {NB}
    assert "instrumentalization of migrants" in answer.answer


@pytest.mark.parametrize(("question", "name"), [
    ("What did China say about the report?", "China"),
    ("What did the United States say?", "the United States"),
])
def test_a_speaker_who_did_not_take_the_floor_is_refused_with_the_list(answerer, question, name):
    answer = answerer.ask(question)
    assert not answer.answerable and answer.question_type == "unanswerable"
    assert answer.answer.startswith(f"The summary does not say this: {name} did not take the "
                                     "floor")
    assert "States: Albania, Australia" in answer.answer and "NGOs: Law Society" in answer.answer
    assert answer.citations == [] and answer.speakers == []


def test_figures_are_quoted_side_by_side_and_disagreement_is_said(answerer):
    answer = answerer.ask("How many political prisoners are still held in Belarus?")
    assert answer.question_type == "figure"
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("Speakers give different figures: ")
    for figure in ("1168 (Czechia)", "more than 1,200 (Albania)", "1,100", "1,000"):
        assert figure in lead
    assert {sid("czechia"), sid("albania"), sid("germany")} <= cited(answer)
    assert all(find_figures(c.quote) for c in answer.citations)


def test_a_single_figure(answerer):
    answer = answerer.ask("What prison term do members of the designated lawyers' association "
                          "face?")
    assert "ten years" in answer.answer or "10 years" in answer.answer
    assert answer.question_type == "figure"


def test_a_figure_asked_in_the_passive_with_its_speaker_as_agent(answerer):
    answer = answerer.ask("What number of political prisoners still held was put forward by Tirana?")
    assert answer.resolved_question == "What number of political prisoners still held did Tirana put forward?"
    assert answer.answer.startswith("The figure given: more than 1,200 (Albania).")


def test_a_yes_to_a_fact_needs_a_sentence_that_says_what_was_done(answerer):
    # a sentence about the experts' mandate does not say it was renewed
    renewed = answerer.ask("Was the mandate of the Group of Experts renewed at HRC60?")
    assert not renewed.answer.startswith(("Yes", "No"))
    released = answerer.ask("Were political prisoners released?")
    assert released.answer.startswith("Yes.")


def test_a_vote_of_the_council_the_summary_does_not_record_is_refused_as_such(answerer):
    # the summary records what was said at the dialogue; the Council votes on resolutions later
    for question in ("How did the Human Rights Council vote on the resolution extending the mandate?",
                     "was the group's mandate renewed, and by how many votes?"):
        answer = answerer.ask(question)
        assert not answer.answerable and "no statement mentions a vote of the Council" in answer.answer
    # an election called a vote, and support for the mandate, are what speakers said
    assert answerer.ask("which delegations mentioned the 2020 presidential vote?").answerable
    assert "Austria" in answerer.ask("which States supported renewing the mandate?").speakers


def test_a_body_the_summary_never_names_is_not_answered_by_its_topic_word(answerer):
    # "torture" and "children" are in many statements; these committees are named in none
    absent = answerer.ask("did anyone mention the Committee against Torture?")
    assert absent.answer.startswith("No") and not absent.citations
    assert not answerer.ask("who mentioned the Committee on the Rights of the Child?").answerable
    # a body it names is found whole, and a speaker's view "on" something is no body
    invoked = answerer.ask("Which speakers invoked the Convention against Torture?")
    assert "Ms. Monika Płatek" in invoked.speakers
    assert answerer.ask("what were the views of Malta on the Group's report").answerable


def test_the_concerned_state_is_the_country_under_review(answerer):
    answer = answerer.ask("Is the GoE mandate recognised by the concerned State, as per its statement?")
    assert answer.answer.startswith("No. Belarus said:")
    assert "speaker: Belarus (the concerned country)" in answer.understood[1]


def test_a_figure_according_to_one_speaker_of_a_kind(answerer):
    # "the expert" is one of the panel: the one whose figure counts what is asked
    answer = answerer.ask("how many people get arrested again, according to the expert?")
    assert answer.answer.startswith("The figure given: approximately 170, 283 (Susan Bazilli).")
    assert {c.speaker for c in answer.citations} == {"Ms. Susan Bazilli"}


def test_a_count_of_a_part_needs_a_figure_of_that_part(answerer):
    # the totals of political prisoners do not say how many of them are women, and "thousands of
    # women" helped by closed NGOs counts no prisoners
    for asked in ("how many of the political prisoners are women",
                  "How many of Belarus's political prisoners are women?"):  # a possessive determines it too
        part = answerer.ask(asked)
        assert not part.answerable and "no statement in it gives this figure for women" in part.answer
    whole = answerer.ask("how many political prisoners remain")
    assert whole.answerable and whole.question_type == "figure"


def test_a_date_question_quotes_only_the_dates_said_of_its_topic(answerer):
    # Romania's "since May 2020" is a date too, but not of the designation asked about
    answer = answerer.ask("When did the KGB put the lawyers' association on the extremist list?")
    assert answer.question_type == "figure"
    assert "18th of August" in answer.answer
    assert cited(answer) == {sid("law-society-of-england-and-wales")}


def test_a_date_of_a_named_person_given_differently_by_two_speakers_is_compared(answerer):
    # neither date has the topic's words in its clause, but both are dates of the death asked about
    answer = answerer.ask("When did Padniabenny die?")
    assert answer.answer.startswith("Speakers give different figures: 8 September (OMCT), "
                                    "3 September (CPTI).")


@pytest.mark.parametrize(("question", "expert", "said"), [
    ("Which year did the experts say the policy to suppress dissent was established?", "karinna-moskalenko",
     "in 2020"),
    ("When will the experts report on the released prisoners?", "susan-bazilli", "March 2026"),
])
def test_a_date_asked_of_a_kind_is_that_kinds_date_of_the_topic(answerer, question, expert, said):
    answer = answerer.ask(question)
    assert answer.question_type == "figure"
    assert cited(answer) == {sid(expert)}
    assert said in answer.citations[0].quote


def test_questions_put_to_the_panel_by_one_speaker(answerer):
    answer = answerer.ask("What did Slovenia ask?")
    assert answer.question_type == "asked_panel"
    assert cited(answer) == {sid("slovenia")}
    assert "would like to know" in answer.citations[0].quote


def test_questions_states_put_to_the_experts(answerer):
    answer = answerer.ask("Which questions did States ask the experts?")
    assert len(cited(answer)) >= 8
    assert {c.kind for c in answer.citations} <= {"state", "group"}
    assert all(puts_question(c.quote) for c in answer.citations)
    assert sid("united-kingdom") not in cited(answer)  # its "asks" is addressed to Belarus


def test_a_speaker_that_asked_the_experts_nothing(answerer):
    answer = answerer.ask("Did the United Kingdom put a question to the experts?")
    assert answer.answerable
    assert answer.answer.startswith("No. The summary records no question from the United Kingdom")
    assert answer.citations[0].quote.startswith("To the representatives of Belarus the UK asks")


@pytest.mark.parametrize("question", [
    "How long is Maxim Znak's prison sentence?",
    "What did Norway say about the death penalty?",
    "How did the Belarusian delegation respond to calls to abolish the death penalty?",
    "Which entities has the UK sanctioned?",
])
def test_what_the_summary_does_not_say_is_refused_with_related_passages(answerer, question):
    answer = answerer.ask(question)
    assert not answer.answerable and answer.answer.startswith("The summary does not say")
    assert answer.citations == [] and answer.related
    assert all(hit.passage_id for hit in answer.related)


def test_events_after_the_meeting_are_refused(answerer):
    answer = answerer.ask("How many prisoners were freed in the weeks after the dialogue?")
    assert not answer.answerable
    assert "not what happened afterwards" in answer.answer


def test_follow_ups_are_resolved_from_the_history(answerer):
    and_germany = answerer.ask("And Germany?", history=[
        ("What did France say about detention conditions?", "France condemned …")])
    assert and_germany.resolved_question == "What did Germany say about detention conditions?"
    assert cited(and_germany) == {sid("germany")}
    assert any(n.startswith("resolved from the conversation") for n in and_germany.notes)
    it_asked = answerer.ask("What did it ask?", history=[
        ("What did Slovenia say about Ukrainian children?", "…")])
    assert it_asked.question_type == "asked_panel" and cited(it_asked) == {sid("slovenia")}


def test_which_of_them_restricts_to_the_previous_answer(answerer):
    first = answerer.ask("Who raised the persecution of lawyers in Belarus?")
    ngos = answerer.ask("Which of them are NGOs?", history=[(first.resolved_question,
                                                            first.answer)])
    assert ngos.resolved_question == "Which NGOs raised the persecution of lawyers in Belarus?"
    assert ngos.citations and {c.kind for c in ngos.citations} == {"ngo"}
    assert cited(ngos) == {c.statement_id for c in first.citations if c.kind == "ngo"}



def test_which_of_them_after_a_figure_or_one_speaker_keeps_to_the_kind_asked(answerer):
    """"Which of them are NGOs?" after the figures: only the NGOs' figures (the States were kept
    too). After one State's figure, its question or its words: that it is not one, then the NGOs
    across all speakers (it was refused: "Germany does not address this")."""
    figures = answerer.ask("How many political prisoners remain?")
    assert {c.kind for c in figures.citations} > {"ngo"}
    ngos = answerer.ask("Which of them are NGOs?", history=[(figures.resolved_question, figures.answer)])
    assert ngos.citations and {c.kind for c in ngos.citations} == {"ngo"}, ngos.answer[:300]
    for first in ("How many political prisoners did Germany give?", "What did Germany ask the experts?",
                  "What did Germany say about political prisoners?"):
        before = answerer.ask(first)
        then = answerer.ask("which of them are NGOs?", history=[(before.resolved_question, before.answer)])
        assert then.answerable, then.answer[:200]
        assert then.answer.startswith("Germany is not one of the NGOs.\n"), then.answer[:200]
        assert then.citations and {c.kind for c in then.citations} == {"ngo"}
    # a named speaker of the kind asked stays the one asked, the others go
    both = answerer.ask("What did Germany and OMCT say about torture (only NGOs)?")
    assert both.question_type == "speaker" and sid("germany") not in cited(both), both.answer[:200]
    assert sid("world-organization-against-torture") in cited(both)

def test_which_of_them_did_something_new_keeps_only_those_that_clearly_do(answerer):
    # The previous answer vouched for its speakers on its own topic, not on the new one: among them,
    # the one that says it outright sets the bar, as the clearest speaker does for any who-question
    first = answerer.ask("Which speakers mentioned gender-based violence?")
    assert {sid("advocates-for-human-rights"), sid("european-union")} <= cited(first)
    law = answerer.ask("Which of them called for legislation on domestic violence?",
                       history=[(first.resolved_question, first.answer)])
    assert law.resolved_question == "Which speakers called for legislation on domestic violence?"
    assert cited(law) == {sid("advocates-for-human-rights")}
    lawyers = answerer.ask("Who raised the persecution of lawyers in Belarus?")
    assert len(cited(lawyers)) > 3
    article = answerer.ask("Which of them cited an article of the Criminal Code?",
                           history=[(lawyers.resolved_question, lawyers.answer)])
    assert cited(article) == {sid("international-bar-associations-human-rights-institute")}


def test_a_meeting_fact_about_them_says_when_none_of_them_qualifies(answerer):
    history = [("Which States mentioned the death penalty?", "Malta, New Zealand and the European Union …")]
    none = answerer.ask("which of them delivered joint statements", history=history)
    assert none.answer.startswith("None of the 3 speakers named in the previous answer does so.")
    assert "Across all speakers: 5 NGOs delivered joint statements" in none.answer
    lawyers = [("who said lawyers are being disbarred", "The Law Society, Article 19, IBAHRI and the ICJ …")]
    some = answerer.ask("who did they deliver that with", history=lawyers)
    assert cited(some) == {sid("law-society-of-england-and-wales"),
                           sid("article-19-the-international-centre-against-censorship")}


def test_a_speaker_named_inside_a_refusal_keeps_its_capitals(answerer):
    history = [("who mentioned conscientious objectors?", "1 speaker mentioned conscientious objectors: "
                "**World Resisters International (WRI), jointly with Connection e.V.** …")]
    answer = answerer.ask("which of them are States?", history=history)
    assert "this: WRI is not one of the States; across all speakers" in answer.answer


def test_was_x_one_of_them_answers_for_that_speaker_or_says_it_does_not(answerer):
    history = [("Which States mentioned the death penalty?", "3 States …")]
    poland = answerer.ask("was poland one of them", history=history)
    assert poland.answer.startswith("No: Poland does not address this.")
    malta = answerer.ask("was malta one of them", history=history)
    assert cited(malta) == {sid("malta")}
    assert malta.answer.startswith("Yes. 1 State mentioned the death penalty")


def test_an_or_inside_a_quotation_offers_no_alternatives(answerer):
    # the quote's "a meme or a like" is Article 19's wording: "crime" alone does not match it
    answer = answerer.ask("quote check - 'the vaguer the term, the easier it is to turn a meme or a like "
                          "into a crime' - who said that?")
    assert cited(answer) == {sid("article-19-the-international-centre-against-censorship")}


def test_did_a_speaker_respond_to_something_is_a_yes_or_a_no(answerer):
    # whether Belarus took up what others raised: a no when its statement does not address it
    answer = answerer.ask("Did Belarus respond to the death penalty concerns?")
    assert answer.answer.startswith("No: the statement of Belarus does not address")
    assert answer.answerable and cited(answer) == {sid("belarus")}
    sanctions = answerer.ask("Did Belarus react to the sanctions?")
    assert sanctions.answer.startswith("Yes. Belarus said:") and "economic sanctions" in sanctions.answer


def test_the_highest_and_lowest_figure_name_who_gave_it_and_skip_counts_of_events(answerer):
    highest = answerer.ask("who gave the highest figure for political prisoners")
    assert highest.question_type == "figure"
    assert highest.answer.startswith("The highest figure given is more than 1,200 (Albania).")
    # quoted: the one who gave it; the other figures are compared in the lead
    assert cited(highest) == {sid("albania")} and "1168 (Czechia)" in highest.answer
    lowest = answerer.ask("which speaker gave the lowest estimate of political prisoners")
    # not "nine" (political prisoners who died) or "52" (released): counts of events
    assert lowest.answer.startswith("The lowest figure given is more than 1,000 (")
    # every figure of the topic competes, whatever its sentence scores against the words "still held"
    still = answerer.ask("who gave the highest figure for political prisoners still held")
    assert still.answer.startswith("The highest figure given is more than 1,200 (Albania).")
    deaths = answerer.ask("what was the highest number of deaths in custody given")
    assert deaths.answer.startswith("The highest figure given is 9 (")


def test_a_speakers_figure_is_of_what_is_asked_not_of_an_event_in_the_same_statement(answerer):
    # Poland also gives "the pardon of 25 individuals" and "the recent release of 52 prisoners"
    poland = answerer.ask("how many political prisoners did poland say are still held")
    assert poland.answer.startswith("The figure given: at least 1,100 (Poland).")


def test_a_figure_of_another_event_without_the_topics_words_is_not_quoted(answerer):
    # the EU's "release of 52 prisoners ... new arrests and re-arrests continue" counts releases
    august = answerer.ask("new imprisonments in august - how many?")
    assert august.answer.startswith("The figure given: over 70 (CPTI).")
    assert cited(august) == {sid("conscience-and-peace-tax-international")}


def test_a_figure_about_a_named_person_is_one_said_where_the_person_is_named(answerer):
    # Ihar Losik is named (Czechia: released), but no statement gives his sentence
    losik = answerer.ask("how many years did ihar losik get")
    assert losik.answer.startswith("The summary does not say this: no statement in it gives this "
                                   "figure for Ihar Losik.")
    assert not losik.citations
    loika = answerer.ask("how long is nasta loika's sentence")
    assert loika.answer.startswith("The figure given: seven-year (Article 19")


def test_how_many_ngos_a_named_speaker_counts_is_a_figure_not_a_count_of_speakers(answerer):
    closed = answerer.ask("How many NGOs do Advocates for Human Rights say got shut down")
    assert closed.question_type == "figure"
    assert closed.answer.startswith("The figure given: approximately 2,000 (Advocates for Human Rights).")
    # with no speaker named, "how many NGOs" counts the NGOs that raised it
    assert answerer.ask("how many ngos raised torture").question_type == "who_said"


def test_which_country_did_x_name_quotes_its_sentence_naming_another_state(answerer):
    # CPTI never writes "country": "in particular Lithuania which receives most Belarusian refugees"
    cpti = answerer.ask("which country did cpti single out")
    assert cited(cpti) == {sid("conscience-and-peace-tax-international")}
    assert "in particular Lithuania" in cpti.answer
    # plural: each sentence naming one (Ukraine, Lithuania); Belarus, the concerned country, is no answer
    wri = answerer.ask("which countries did WRI mention")
    assert "Russian war of aggression in Ukraine" in wri.answer and "protection in Lithuania" in wri.answer


def test_who_named_specific_people_quotes_only_sentences_that_name_a_person(answerer):
    # Czechia names Ihar Losik and Ihar Iliyash; others mention journalists without a name
    journalists = answerer.ask("did anyone name specific journalists")
    assert cited(journalists) == {sid("czechia")}
    lawyer = answerer.ask("which ngo named a specific jailed lawyer")
    assert cited(lawyer) == {sid("international-bar-associations-human-rights-institute")}
    assert "Maxim Znak" in lawyer.answer
    # without "specific", a mention of lawyers is enough
    assert len(cited(answerer.ask("which ngos mentioned jailed lawyers"))) > 1


def test_a_kind_restricted_list_is_held_to_the_clearest_statement_of_any_kind(answerer):
    # Ukraine's "Belarusians continue to face arbitrary arrests ..." was the best delegation, but
    # the ICJ says it outright: no delegation did, and the answer says who did
    bar = answerer.ask("which delegation brought up the belarusian bar association")
    assert bar.answer.startswith("None of the delegations in the summary addresses this.")
    assert sid("ukraine") not in cited(bar) and sid("international-commission-of-jurists") in cited(bar)


def test_a_named_speakers_figure_may_count_what_its_sentence_before_named(answerer):
    # Ireland: "... release some political prisoners this year ... Over 1,000 more continue to suffer"
    dublin = answerer.ask("how many political prisoners does dublin say are still held")
    assert dublin.answer.startswith("The figure given: Over 1,000 (Ireland).")
    # a figure of the event the topic names, in other words: "got freed" is "the release of more than 400"
    for question in ("How many did the swiss say got freed", "how many did the swiss say had been let out"):
        swiss = answerer.ask(question)
        assert swiss.answer.startswith("The figure given: more than 400 (Switzerland)."), question
    # the EU's only figure is the release of 52, and Lithuania counts no refugees
    for question in ("how many political prisoners does the eu say are held",
                     "how many belarusian refugees does lithuania take in"):
        assert answerer.ask(question).answer.startswith("The summary does not say this"), question


def test_a_list_for_which_states_that_holds_groups_counts_delegations(answerer):
    # not "3 States" over a "Groups (2)" section
    answer = answerer.ask("which states called for abolishing the death penalty")
    assert answer.answer.startswith("3 delegations called for abolishing the death penalty:")
    assert "**Group (1)**" in answer.answer and "**States (2)**" in answer.answer


def test_a_speaker_naming_itself_does_not_mention_itself(answerer):
    # "Poland thanks the Group ..." is no mention of Poland; Ukraine's is
    poland = answerer.ask("who mentioned poland")
    assert sid("poland") not in cited(poland) and sid("ukraine") in cited(poland)
    assert sid("poland") in cited(answerer.ask("what did poland say"))


def test_filters_from_the_caller_restrict_the_answer(answerer):
    states = answerer.ask("Who mentioned lawyers?", kinds=["state"])
    assert states.citations and {c.kind for c in states.citations} == {"state"}
    france = answerer.ask("What was said about detention?", speakers=["France"])
    assert cited(france) == {sid("france")}
    with pytest.raises(QueryError, match="valid kinds"):
        answerer.ask("Who mentioned lawyers?", kinds=["martians"])
    with pytest.raises(QueryError, match="unknown speaker"):
        answerer.ask("Who mentioned lawyers?", speakers=["Atlantis"])
    with pytest.raises(QueryError, match="empty"):
        answerer.ask("   ")


def test_citations_lead_back_to_the_source(answerer, source_text):
    answer = answerer.ask("Who mentioned Nasta Loika?")
    assert cited(answer) == {sid("world-organization-against-torture"),
                             sid("human-rights-house-foundation"),
                             sid("article-19-the-international-centre-against-censorship")}
    for citation in answer.citations:
        assert f"[{citation.n}]" in answer.answer
        statement = answerer.statements[citation.statement_id]
        assert citation.quote in statement.text
        mapped = "".join(source_text[s.start:s.end] for s in citation.spans)
        assert re.sub(r"\s+", "", mapped) == re.sub(r"\s+", "", citation.quote)
        assert citation.passage_id.startswith(citation.statement_id)
    # Each cited speaker, then a joint statement's co-presenters (OMCT's, Article 19's).
    assert answer.speakers == list(dict.fromkeys(
        name for c in answer.citations for name in (c.speaker, *c.jointly_with)))
    assert "Human Rights Center 'Viasna'" in answer.speakers


def test_the_convenience_function_uses_the_default_answerer(monkeypatch, answerer):
    import hrcqa.answer.answerer as answering

    monkeypatch.setattr(answering, "default_answerer", lambda: answerer)
    assert answering.ask("What did Slovenia ask?").question_type == "asked_panel"


def test_asking_on_an_empty_cache_encodes_only_the_question(retriever, tmp_path):
    """The sentence evidence comes from the index `hrcqa build` wrote: nothing else is encoded."""
    counting = copy.copy(retriever)
    batches: list[list[str]] = []

    class Encoder:
        name, dimension = retriever.encoder.name, retriever.encoder.dimension

        def encode(self, texts, show_progress=False):
            batches.append(list(texts))
            return retriever.encoder.encode(texts)

    counting.encoder = Encoder()
    empty_cache = tmp_path / "cache"
    fresh = Answerer(counting, settings=retriever.settings.model_copy(update={"cache_dir": empty_cache}))
    answer = fresh.ask("Which delegations called for abolishing the death penalty?")
    assert answer.answerable and answer.citations
    assert batches and all(len(batch) == 1 for batch in batches)
    assert not empty_cache.exists()


def test_who_else_scores_the_topic_twice_but_encodes_it_once(retriever):
    """"Besides Poland, did anyone credit Washington?" scores the topic alone, then with Poland's
    sentence as an example (`Answerer._also_as_set_aside_said`); the topic is read and encoded once."""
    counting = copy.copy(retriever)
    encoded: list[str] = []

    class Encoder:
        name, dimension = retriever.encoder.name, retriever.encoder.dimension

        def encode(self, texts, show_progress=False):
            encoded.extend(texts)
            return retriever.encoder.encode(texts)

    counting.encoder = Encoder()
    answer = Answerer(counting).ask("Besides Poland, did anyone credit Washington?")
    assert [c.speaker for c in answer.citations] == ["Ukraine"]
    assert encoded and len(encoded) == len(set(encoded))


def test_a_200_turn_history_is_answered_from_its_recent_turns(answerer):
    names = ["Malta", "Germany", "Austria", "Poland"]
    history = [(f"What did {names[i % 4]} say about detention?", "x" * 2_000) for i in range(200)]
    answer = answerer.ask("And France?", history=history)
    assert answer.resolved_question == "What did France say about detention?"
    assert answer.answerable and {c.statement_id for c in answer.citations} == {sid("france")}
    assert "history: kept the last 9 of 200 turns" in answer.notes  # 20,000 characters' worth


def test_a_singular_who_question_names_the_speaker_the_plural_list_puts_first(answerer):
    # "Which delegation ...?" presumes one did: below the single-answer bar it still names the
    # speaker that "Which delegations ...?" lists, never "none of the delegations" beside it.
    question = "which delegation{} hinted the latest prisoner releases came at a high price"
    plural, one = answerer.ask(question.format("s")), answerer.ask(question.format(""))
    assert plural.answerable and one.answerable
    assert cited(one) == {sid("czechia")} <= cited(plural)
    assert "None of the delegations" not in one.answer


def test_a_singular_which_question_quotes_one_speaker(answerer):
    # "Which expert ...?" asks for one: the clearest speaker's sentences only, not a close second's
    answer = answerer.ask("which expert mentioned collecting public speeches and statements by senior "
                          "belarusian officials")
    assert cited(answer) == {sid("susan-bazilli")}
    assert "compiled, analysed and preserved relevant public statements" in answer.answer


def test_capitals_in_the_topic_find_what_the_states_names_find(answerer):
    """"minsk", "moscow", "kyiv" in a who-question's topic are Belarus, Russia and Ukraine: the
    summary says "Russia's war", and only one sentence names Moscow."""
    by_capital = answerer.ask("which delegations called out minsk for helping moscow's war on kyiv")
    by_name = answerer.ask("which delegations called out belarus for helping russia's war on ukraine")
    assert cited(by_capital) == cited(by_name)
    assert {sid(s) for s in ("bulgaria", "malta", "moldova", "poland", "slovenia", "european-union")} <= \
        cited(by_capital)


def test_two_named_speakers_asked_whether_they_give_the_same_figure(answerer):
    """"did OMCT and CPTI give the same date": No, with both dates; the topic put first is kept."""
    for question in ("did OMCT and CPTI give the same date for Padniabenny's death",
                     "On the date of Mr. Padniabenny's death, do OMCT and CPTI concur?",
                     # the speakers unnamed, after a long lead-in; the dates open their clauses
                     "Two NGOs told the Council that Padniabenny died in detention - did they give "
                     "the same date?",
                     "Padniabenny's death was reported by two NGOs - do their dates agree?",
                     # his first name as each statement spells it
                     "Do the two NGOs that reported Andrey/Andrei Padniabenny's death give the same date?"):
        answer = answerer.ask(question)
        assert answer.answer.startswith("No. Speakers give different figures:"), (question, answer.answer)
        assert "3 September (CPTI)" in answer.answer and "8 September (OMCT)" in answer.answer


def test_a_speakers_main_thing_is_its_main_points(answerer):
    answer = answerer.ask("what was ukraine's main thing")
    assert answer.answerable and answer.answer.startswith("Ukraine said:")


def test_one_speakers_figure_compared_with_anothers(answerer):
    """"is Czechia's number lower than Albania's?": both figures, and whether the first is lower
    (1168 against more than 1,200); the other speaker is not a mere name in the topic. The word
    follows the figures, so the same pair asked the other way round is a No."""
    cases = [("Is Czechia's number of political prisoners lower than Albania's?", "Yes", "Czechia"),
             ("Is Czechia's number of political prisoners higher than Albania's?", "No", "Czechia"),
             ("Was the UK's figure for political prisoners above that of Albania?", "No", "United Kingdom"),
             ("Is Albania's figure for political prisoners bigger than the one of the UK?", "Yes",
              "United Kingdom")]
    for question, word, other in cases:
        answer = answerer.ask(question)
        lead = f"{word}. Speakers give different figures:"
        assert answer.answer.startswith(lead), (question, answer.answer)
        assert "more than 1,200 (Albania)" in answer.answer
        assert {c.speaker for c in answer.citations} == {"Albania", other}
    # a figure's own qualifier compares nothing
    claim = answerer.ask("Did Germany say more than 1,100 political prisoners remain?")
    assert claim.answer.startswith("Yes")


def test_a_date_asked_whether_it_is_the_same_in_two_statements(answerer):
    """The figure noun before "the same": the dates of the death compared, which differ."""
    answer = answerer.ask("Is the date of Andrey Padniabenny's death the same in the two statements?")
    assert answer.answer.startswith("No. Speakers give different figures:"), answer.answer
    assert "3 September (CPTI)" in answer.answer and "8 September (OMCT)" in answer.answer


def test_a_named_speakers_figures_when_nothing_else_is_asked(answerer):
    """"the brits' numbers?" gives the UK's figure as "the UK's numbers?" does."""
    for question in ("the brits' numbers?", "the UK's numbers?"):
        assert answerer.ask(question).answer.startswith("The figure given: over 200 (United Kingdom)")


def test_a_named_speaker_without_the_figure_is_said_to_give_none(answerer):
    # New Zealand has placed travel bans on individuals, but gives no number: its words are related
    answer = answerer.ask("How many people has New Zealand sanctioned?")
    assert not answer.answerable
    assert answer.answer.startswith(
        "The summary does not say this: the statement of New Zealand gives no such figure")
    assert any("travel bans" in hit.text for hit in answer.related if hit.speaker == "New Zealand")


def test_an_acronym_is_searched_as_the_statements_spell_it_out(answerer):
    # two of the three statements on the review write "Universal Periodic Review", one "UPR"
    answer = answerer.ask("who brought up the UPR")
    assert {c.statement_id.split("/", 1)[1] for c in answer.citations} == {
        "law-society-of-england-and-wales", "world-resisters-international",
        "national-human-rights-civic-association-belarusian-helsinki-committee"}
    # a speaker's own acronym is not spelt out: it names the speaker, found by its name
    assert "eu" not in answerer._acronym_phrases() and "upr" in answerer._acronym_phrases()


@pytest.mark.parametrize("question", ["was the US mentioned?", "did the yanks get mentioned"])
def test_a_state_mentioned_in_the_passive_is_the_topic_not_a_speaker(answerer, question):
    # the United States did not take the floor, but Poland and Ukraine credit it with the releases
    answer = answerer.ask(question)
    assert answer.answer.startswith("Yes.")
    assert {sid("poland"), sid("ukraine")} <= cited(answer)
    # a State that spoke, named in the passive, is what others mentioned, not its own statement
    poland = answerer.ask("is poland mentioned anywhere")
    assert poland.answer.startswith("Yes.") and cited(poland) == {sid("ukraine")}


@pytest.mark.parametrize("question", ["who praised the Group of Experts", "who backed the experts' work",
                                      "who supports the mandate of the experts"])
def test_a_list_of_who_approved_holds_only_sentences_that_approve(answerer, question):
    """Belarus was listed as praising the Group for "The monologue of the Group of Independent Experts
    and its founders demonstrates the futility of this format of work": about the Group, as the
    question is, but no approval. Each quote of such a list now approves ("thanks", "full support")."""
    from hrcqa.answer.approval import approves

    answer = answerer.ask(question)
    assert answer.answerable and sid("belarus") not in cited(answer), answer.answer[:300]
    assert all(approves(c.quote) for c in answer.citations), answer.answer[:300]


@pytest.mark.parametrize("question", ["did any state defend Belarus?", "which delegations defended Belarus?"])
def test_no_one_approved_of_a_speaker_named_as_the_topic_for_a_word_of_approval_elsewhere(answerer, question):
    """"did any state defend Belarus?" was "Yes. 4 delegations", Australia for "Australia supports the
    democratic aspirations of Belarusians": a word of approval, but not of Belarus. Approval of a
    speaker named as the topic takes it as its object (`answer.approval.approves_of`)."""
    answer = answerer.ask(question)
    assert not answer.answer.startswith("Yes") and not answer.citations, answer.answer[:300]


@pytest.mark.parametrize("question", ["who rejected the report?", "who criticised the experts' report"])
def test_no_one_who_thanks_the_experts_is_listed_as_criticising_them(answerer, question):
    """"Who criticised the Group of Experts?" listed 28 speakers, Albania for "Albania thanks the Group
    of Experts on Belarus for its in-depth report": every statement here disapproves of something, so
    a sentence near the topic said nothing of which way. Of what many speakers approve of, the list
    holds only those whose statement disapproves of it; of the report none says so in words, and the
    answer says how many approve of it instead."""
    answer = answerer.ask(question)
    assert not answer.answerable and not answer.citations, answer.answer[:300]
    assert re.search(r"\b\d+ of the \d+ speakers who address .+ approve of it", answer.answer), answer.answer


@pytest.mark.parametrize("question", ["Who criticised the Group of Experts?",
                                      "who disagreed with the experts"])
def test_who_criticised_the_experts_is_the_one_that_calls_them_so_called(answerer, question):
    """Of the 28 speakers who address the Group, all but Belarus thank or support it; Belarus calls it
    "the so-called Group of Experts", a name it disowns."""
    answer = answerer.ask(question)
    assert cited(answer) == {sid("belarus")}, answer.answer[:300]
    assert "so-called Group of Experts" in answer.citations[0].quote


@pytest.mark.parametrize("question", ["who opposed the mandate", "which delegations rejected the mandate?"])
def test_who_opposed_the_mandate_is_the_one_that_does_not_recognise_it(answerer, question):
    """Austria "reiterates its full support for the Expert's mandate" and was listed as opposing it;
    Belarus "does not recognise any country mandates", and is the one."""
    answer = answerer.ask(question)
    assert cited(answer) == {sid("belarus")}, answer.answer[:300]
    assert "does not recognise any country mandates" in answer.citations[0].quote


@pytest.mark.parametrize("question", ["who slammed Minsk for backing Russia's invasion of Ukraine?",
                                      "who condemned the death penalty"])
def test_a_disapproval_of_what_few_approve_of_is_the_plain_list(answerer, question):
    """"Russia's invasion" is approved of in a few sentences only as Belarus's "support" that they
    condemn, so the list is every speaker who raised it, as for "who condemned the death penalty"."""
    answer = answerer.ask(question)
    assert len(cited(answer)) >= 5, answer.answer[:300]


def test_approving_of_something_else_in_the_topic_is_no_approval_of_it():
    """"Welcoming the recent release of political prisoners" approves of the release, not of the
    torture the released prisoners endured: with every noun of the topic counted, most speakers
    "approved of" it, and "who condemned the torture of released political prisoners?" became a
    question of who disapproved of what most approve of (one speaker instead of the list). Only the
    topic's head noun (`head_noun`) is what a stance word must take."""
    from hrcqa.answer.approval import approves_of, head_noun

    welcoming = "Welcoming the recent release of political prisoners, Malta reiterates its call."
    assert head_noun("the torture of released political prisoners") == "torture"
    assert not approves_of(welcoming, "the torture of released political prisoners")
    assert approves_of(welcoming, "the release of political prisoners")


def test_a_yes_no_question_of_who_approved_or_disapproved_reads_the_stance_the_same_way(answerer):
    """"did any state praise the experts?" kept "praise" in its topic, as "Does Belarus recognise the
    experts?" must, and was refused; asked of anyone, the verb is what the answer filters on."""
    praised = answerer.ask("did any state praise the experts?")
    assert praised.answer.startswith("Yes.") and {sid("albania"), sid("poland")} <= cited(praised), \
        praised.answer[:300]
    criticised = answerer.ask("did anyone criticise the Group of Experts?")
    assert cited(criticised) == {sid("belarus")}, criticised.answer[:300]
    assert answerer.ask("Does Belarus recognise the experts?").answer.startswith("No.")


def test_support_for_the_mandate_is_not_the_concerned_countrys_call_to_stop(answerer):
    """Belarus "calls on the initiators of the country-specific mandate ... to stop adding fuel to the
    fire": about the mandate, but no support for it; Austria's "full support for the Expert's
    mandate" is."""
    mandate = answerer.ask("which states support extending the mandate")
    assert cited(mandate) == {sid("austria")}, mandate.answer[:300]


@pytest.mark.integration
@pytest.mark.parametrize(("question", "said"), [
    ("whose data was that", "According to the Special Rapporteur, in 2024, 1,724 people"),
    ("what year is that number for", "2024"),
    ("Which year did that figure cover?", "2024"),
])
def test_that_number_after_a_speakers_figure_is_that_figure_by_that_speaker(answerer, question, said):
    """After France's figure of political convictions, "that number" is the 1,724 France gave: the
    question is asked of it, by France's account (not of every figure, nor of the topic alone)."""
    first = answerer.ask("how many were convicted on political grounds per france")
    assert first.answer.startswith("The figure given: 1,724 (France).")
    then = answerer.ask(question, history=[(first.question, first.answer)])
    assert "France" in then.resolved_question and "1,724" in then.resolved_question
    assert {c.speaker for c in then.citations} == {"France"} and said in then.answer


@pytest.mark.parametrize(("question", "statement", "figure"), [
    ("What sentence could its members face, per the Law Society?", "law-society-of-england-and-wales",
     "up to ten years"),
    ("When will Bazilli report on the deportation allegations?", "susan-bazilli", "March 2026"),
])
def test_a_named_speakers_one_figure_of_the_kind_asked_answers(answerer, question, statement, figure):
    """A date or term asked of one speaker whose statement gives one of that kind is that one,
    though the words around it are not the question's ("reporting on their findings in March 2026")."""
    answer = answerer.ask(question)
    assert answer.answerable and answer.answer.startswith(f"The figure given: {figure}"), answer.answer
    assert [c.statement_id for c in answer.citations] == [f"hrc60-belarus/{statement}"]


def test_a_named_speaker_without_a_figure_of_the_kind_asked_is_still_refused(answerer):
    answer = answerer.ask("when did vilnius refer belarus to the icc")
    assert not answer.answerable and "gives no such figure" in answer.answer
