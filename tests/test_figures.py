"""Figures in sentences (`hrcqa.text.figures`): hand-written sentences, exact expected readings."""

from __future__ import annotations

import pytest

from hrcqa.text.figures import answers, compare_figures, figure_key, figure_window, find_figures


def readings(sentence: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.kind, f.text, f.value, f.qualifier) for f in find_figures(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("and the 1168 political prisoners still in detention.", [("count", "1168", 1168.0, "")]),
    ("Over 1,000 more continue to suffer", [("count", "Over 1,000", 1000.0, "over")]),
    ("With over a thousand political prisoners", [("count", "over a thousand", 1000.0, "over")]),
    ("the Committee is aware of nine political prisoners",
     [("count", "nine", 9.0, "")]),
    ("approximately 170, 283 have been newly arrested",
     [("count", "approximately 170, 283", 170283.0, "approximately")]),
    ("This carries penalties of up to ten years' imprisonment.",
     [("duration", "up to ten years", 10.0, "up to")]),
    ("continues to serve a seven-year prison sentence", [("duration", "seven-year", 7.0, "")]),
    ("the decision of the 18th of August to designate", [("date", "18th of August", None, "")]),
    ("reporting on their findings in March 2026.", [("date", "March 2026", None, "")]),
    ("under article 361 of the Criminal Code", [("article", "article 361", 361.0, "")]),
    ("According to the Special Rapporteur, in 2024, 1,724 people were convicted",
     [("year", "2024", None, ""), ("count", "1,724", 1724.0, "")]),
    ("died in prison No. 15 in Mahileu.", []),
])
def test_find_figures_reads_each_form_as_written(sentence, expected):
    assert readings(sentence) == expected


def test_a_date_answers_when_and_a_year_answers_when_and_which_year():
    year, date = find_figures("in 2020")[0], find_figures("on 8 September")[0]
    assert answers(year, "date") and answers(year, "year") and answers(date, "date")
    assert not answers(date, "year") and not answers(year, "count")
    assert answers(find_figures("March 2026")[0], "year")


def test_figure_window_stays_inside_the_clause():
    sentence = ("While over 300 political prisoners have been released in several waves of "
                "pardons, over 1000 remain behind bars for exercising their rights.")
    released, remain = find_figures(sentence)
    assert figure_window(sentence, released) == \
        "While over 300 political prisoners have been released in"
    assert figure_window(sentence, remain) == "over 1000 remain behind bars for exercising their"


def test_a_date_opening_a_clause_dates_what_comes_after_it():
    """"On 3 September, Andrei Padniabenny died": the date's words are those after the comma;
    "Since 1 May 2020, as repeatedly reported" starts a period, and its window stays as it is."""
    sentence = "On 8 September, another political prisoner, Andrey Padniabenny, died in detention."
    assert figure_window(sentence, find_figures(sentence)[0]) == \
        "On 8 September another political prisoner Andrey Padniabenny died"
    sentence = "Since 1 May 2020, as repeatedly reported to the Council, thousands were detained."
    assert figure_window(sentence, find_figures(sentence)[0]) == "Since 1 May 2020"


def test_figure_key_treats_over_and_more_than_alike():
    assert figure_key(find_figures("over 1000")[0]) == figure_key(find_figures("More than 1,000")[0])
    assert figure_key(find_figures("at least 1,100")[0]) != \
        figure_key(find_figures("more than 1,100")[0])


def test_compare_figures_lists_each_figure_with_its_speakers():
    rows = [(find_figures("1168")[0], "Czechia"), (find_figures("more than 1,200")[0], "Albania"),
            (find_figures("more than 1,100")[0], "Germany"),
            (find_figures("More than 1,100")[0], "Switzerland"),
            (find_figures("over 1000")[0], "Article 19"),
            (find_figures("more than 1,000")[0], "HRHF")]
    assert compare_figures(rows) == (
        "Speakers give different figures: 1168 (Czechia), more than 1,200 (Albania), "
        "more than 1,100 (Germany, Switzerland), over 1000 / more than 1,000 (Article 19, HRHF).")


def test_compare_figures_when_speakers_agree_or_stand_alone():
    fifty_two = find_figures("52")[0]
    assert compare_figures([(fifty_two, "France"), (fifty_two, "Poland")]) == \
        "2 speakers give the same figure: 52 (France, Poland)."
    assert compare_figures([(fifty_two, "France")]) == "The figure given: 52 (France)."
    assert compare_figures([]) is None


def test_a_yes_no_question_about_a_figure_says_yes_before_it(answerer):
    answer = answerer.ask("did ireland give a number of political prisoners")
    assert answer.question_type == "figure"
    assert answer.answer.startswith("Yes. The figure given: Over 1,000 (Ireland).")
    assert not answerer.ask("how many political prisoners did ireland give").answer.startswith("Yes")


def test_a_named_speakers_figure_of_the_event_asked_about_in_other_words(answerer):
    # "shut down" is the event the speaker calls "the closure of approximately 2,000 NGOs"
    answer = answerer.ask("What number did The Advocates for Human Rights cite for the CSOs that have been "
                          "shut down in Belarus since 2020?")
    assert answer.answer.startswith("The figure given: approximately 2,000 (Advocates for Human Rights).")


@pytest.mark.parametrize(("question", "figure", "speaker"), [
    # "exact", "rough" before the figure's noun, and "magnitude", ask for a figure, not a topic
    ("What exact figure did Dublin give?", "Over 1,000", "hrc60-belarus/ireland"),
    # "hundreds of thousands" is one vague figure, not "hundreds"
    ("What magnitude did the Chair give?", "hundreds of thousands", "hrc60-belarus/karinna-moskalenko"),
    # a figure named after what it counts: the figure for it (these were refused, "does not
    # address “a release figure”")
    ("What release figure did the Swiss give?", "more than 400", "hrc60-belarus/switzerland"),
    ("what political prisoner count did poland give?", "at least 1,100", "hrc60-belarus/poland"),
])
def test_a_figure_asked_of_a_speaker_with_an_adjective_or_a_vague_noun(answerer, question, figure, speaker):
    answer = answerer.ask(question)
    assert answer.question_type == "figure" and answer.answerable, answer.answer[:200]
    assert answer.answer.startswith(f"The figure given: {figure} (")
    assert {c.statement_id for c in answer.citations} == {speaker}


def test_a_kind_asked_for_figures_without_an_article_restricts_them(answerer):
    """"what numbers did NGOs give ...?" listed the States' figures too: "did NGOs give" was read as
    a kind only as "did the NGOs give"."""
    answer = answerer.ask("what numbers did NGOs give for political prisoners?")
    assert answer.question_type == "figure" and answer.citations, answer.answer[:200]
    kinds = {answerer.statements[c.statement_id].kind for c in answer.citations}
    assert kinds == {"ngo"}, answer.answer[:300]


def test_currently_in_a_count_is_what_remains(answerer):
    """"how many are currently held" asks what speakers give as remaining ("still in detention",
    "remain behind bars"): the figures, not a refusal; the highest of them for "which delegation"."""
    answer = answerer.ask("how many political prisoners are currently held in Belarus?")
    assert answer.answerable and answer.answer.startswith("Speakers give different figures:")
    assert "hrc60-belarus/czechia" in {c.statement_id for c in answer.citations}
    highest = answerer.ask("Which delegation cited the highest figure for political prisoners currently held "
                           "in Belarus?")
    assert highest.answer.startswith("The highest figure given is more than 1,200 (Albania).")


@pytest.mark.parametrize("question", ["What figure did France attribute to the Rapporteur?",
                                      "What figure did France cite from the Special Rapporteur?"])
def test_a_figure_a_speaker_attributes_to_a_source_is_the_one_quoted(answerer, question):
    """"According to the Special Rapporteur, in 2024, 1,724 people were convicted": asked for the
    figure France cited from the Rapporteur, that one, not France's own "dozens of cases"."""
    answer = answerer.ask(question)
    assert answer.answer.startswith("The figure given: 1,724 (France)."), answer.answer[:200]


@pytest.mark.parametrize("question", ["Who gives a death toll?",
                                      "which speakers gave a number of deaths in detention"])
def test_a_figure_counting_the_event_asked_about_answers_in_other_words(answerer, question):
    """"a death toll" shares no word with "nine political prisoners who have died" or "bringing to 9
    the number of deaths": the figures counting the event the question names (deaths) are the
    answer, and figures counting no event ("more than 1,200 political prisoners") are not."""
    answer = answerer.ask(question)
    assert answer.question_type == "figure" and answer.answerable, answer.answer[:200]
    assert {c.statement_id for c in answer.citations} == {
        "hrc60-belarus/conscience-and-peace-tax-international", "hrc60-belarus/france",
        "hrc60-belarus/national-human-rights-civic-association-belarusian-helsinki-committee"}
    assert "1,200" not in answer.answer and "1168" not in answer.answer


def test_a_month_in_a_figure_question_picks_the_figure_of_that_month(answerer):
    """Arrests, detentions and imprisonments count one event; "in august" dates the one asked for
    ("over 70 new imprisonments in August alone"), not OMCT's "over 300 detentions" since March."""
    answer = answerer.ask("new imprisonments in august - how many?")
    assert answer.answer.startswith("The figure given: over 70 (CPTI)."), answer.answer[:200]
    fresh = answerer.ask("any numbers on fresh arrests? give me all of them")
    cited = {c.statement_id for c in fresh.citations}
    assert {"hrc60-belarus/world-organization-against-torture",
            "hrc60-belarus/conscience-and-peace-tax-international"} <= cited


@pytest.mark.parametrize("question", [
    "Did anybody give a figure for how many Belarusians were forced to leave the country and live in exile?",
    "roughly how many belarusians have been pushed out of the country overall"])
def test_figures_of_people_driven_into_exile_answer_how_many_left(answerer, question):
    """Exile is an event ("the forced exile of up to 600,000", "hundreds of thousands more have been
    forced into exile"): its figures answer, and the counts of political prisoners, which count no
    such event, do not."""
    answer = answerer.ask(question)
    assert answer.question_type == "figure" and answer.answerable, answer.answer[:200]
    assert "600,000" in answer.answer
    assert "1,100" not in answer.answer and "1,200" not in answer.answer


@pytest.mark.parametrize("question", ["How many people were deported?", "how many people got deported"])
def test_a_count_of_an_event_no_figure_counts_is_refused(answerer, question):
    """No figure in the summary counts deportations: "more than 1,100 people remain imprisoned"
    shares the question's "people", not its event, and "the release of 52" counts another one."""
    answer = answerer.ask(question)
    assert not answer.answerable, answer.answer[:200]
    assert "no statement in it gives this figure" in answer.answer
    assert answerer.ask("How many people were forced into exile?").answerable  # "up to 600,000"


def test_a_figure_of_other_people_is_not_given_as_the_people_asked_about(answerer):
    """No statement counts journalists in prison: "over a thousand political prisoners" counts
    other people (WordNet: journalists are no kind of prisoner), so the answer says so before the
    figures instead of giving them as the journalists' number, and a yes/no question gets "No"."""
    answer = answerer.ask("How many journalists are in prison?")
    assert answer.answer.startswith("No statement gives a figure of journalists as such; those given "
                                    "count political prisoners."), answer.answer[:200]
    yes_no = answerer.ask("Did anyone give a number of journalists in prison?")
    assert yes_no.answer.startswith("No. No statement gives a figure of journalists as such"), \
        yes_no.answer[:200]
    assert not answerer.ask("How many political prisoners remain?").answer.startswith("No statement")


def test_a_figure_of_the_people_asked_about_is_chosen_over_others(answerer):
    """OMCT counts "27 media workers, 25 trade union activists, and 7 independent lawyers" among
    political prisoners: asked about media workers, its 27 answers, and the counts of political
    prisoners other speakers give do not; asked about lawyers, its 7 is the statement's figure."""
    answer = answerer.ask("Did anyone say how many media workers are currently behind bars?")
    cited = {c.statement_id for c in answer.citations}
    assert "hrc60-belarus/world-organization-against-torture" in cited, answer.answer[:300]
    assert "hrc60-belarus/united-kingdom" not in cited and "1,100" not in answer.answer
    lawyers = answerer.ask("How many lawyers are imprisoned?")
    assert "7 (OMCT)" in lawyers.answer.split("\n")[0], lawyers.answer[:300]


@pytest.mark.parametrize("question", ["how many trade unionists are jailed?",
                                      "how many unionists are jailed"])
def test_a_figure_of_the_people_asked_about_wins_over_figures_of_the_event_alone(answerer, question):
    """"jailed" names the event of being taken into custody, and "over 70 new imprisonments in
    August" (CPTI) and "283 have been newly arrested" (an expert) count it, not unionists: those were
    given as the unionists' figures. OMCT's "25 trade union activists" counts the people asked about,
    and it is the answer."""
    answer = answerer.ask(question)
    assert answer.answer.startswith("The figure given: 25 (OMCT)."), answer.answer[:300]
    assert {c.statement_id for c in answer.citations} == {
        "hrc60-belarus/world-organization-against-torture"}, answer.answer[:300]
