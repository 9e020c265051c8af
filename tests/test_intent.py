"""Reading questions (`hrcqa.question.intent`): type, speakers, kinds, topic; pure, no model."""

from __future__ import annotations

import pytest

from hrcqa.question.intent import asks_panel, figure_kind, read_intent, subject_kinds, topic_of
from hrcqa.question.query import SpeakerDirectory
from hrcqa.question.reading import read_question

NB = "hrc60-belarus/lithuania-on-behalf-of-the-nordic-baltic-states"


@pytest.fixture(scope="module")
def directory(parsed):
    return SpeakerDirectory(parsed.statements)


@pytest.mark.parametrize(("question", "kind", "topic"), [
    ("Which speakers raised the death penalty in Belarus?", "who_said", "the death penalty in Belarus"),
    ("Who mentioned the journalist Ihar Losik?", "who_said", "the journalist Ihar Losik"),
    ("What did the NGOs say about torture?", "who_said", "torture"),
    ("What did France say about detention conditions?", "speaker", "detention conditions"),
    ("What was Latvia's position on deported Ukrainian children?", "speaker",
     "deported Ukrainian children"),
    ("How many political prisoners remain?", "figure", "political prisoners remain"),
    ("How many civil society groups have been liquidated since 2020?", "figure",
     "civil society groups have been liquidated since 2020"),
    ("What did Slovenia ask?", "asked_panel", ""),
    ("What question did Moldova put to the experts?", "asked_panel", ""),
    ("The Benelux's question, for its part?", "asked_panel", ""),
    # an adverb after the verb of saying, or after the wh-word, is no part of the topic
    ("What did Ukraine say exactly about drones?", "speaker", "drones"),
    ("What exactly did Ukraine say about drones?", "speaker", "drones"),
    ("What did Malta say specifically on the death penalty?", "speaker", "the death penalty"),
    # a demonym, no possessive; with no speaker named it stays a question of content
    ("what was the czech question", "asked_panel", ""),
    ("the slovenian question?", "asked_panel", ""),
    ("the death penalty question", "single", "death penalty question"),
    ("what was the question from human rights house to the expert panel", "asked_panel", ""),
    ("Did any speaker ask the experts about returning deported Ukrainian children?", "asked_panel",
     "returning deported Ukrainian children"),
    ("What did Slovenia ask Belarus to do regarding the Group of Experts?", "speaker",
     "the Group of Experts"),
    ("What happened to Nasta Loika's lawyers?", "single", "happened to Nasta Loika's lawyers"),
    # a request: what X wanted done; the one asked stays the topic unless anyone would be
    ("what did the law society want the council to do", "speaker", ""),
    ("what did WRI want done about executions", "speaker", "executions"),
    ("what did cpti want lithuania to do", "speaker", "lithuania"),
    ("what did the helsinki people want instead", "speaker", ""),
    # "did any NGO put a number on X": the NGO is who is asked about; "put a number on" asks a figure
    ("did any NGO put a number on releases", "figure", "releases"),
    ("Did any rights group put a number on releases?", "figure", "releases"),
    # "spoken of" is a verb of saying, not topic
    ("Which speakers have spoken of the journalists?", "who_said", "the journalists"),
    ("which number of NGOs were closed", "figure", "NGOs were closed"),
    # what was done to a kind of speaker is counted, not those speakers ("how many NGOs spoke")
    ("how many ngos were closed", "figure", "ngos were closed"),
    ("how many NGOs have been shut down", "figure", "NGOs have been shut down"),
    # keywords, and each speaker's figure, which a figure answer gives anyway
    ("number political prisoners per speaker", "figure", "political prisoners"),
    ("figures on exile by speaker", "figure", "exile"),
    ("who mentioned torture by state agents", "who_said", "torture by state agents"),  # not at the end
    ("Since when has Maxim Znak been detained?", "figure", "Maxim Znak been detained"),
])
def test_type_and_topic(directory, question, kind, topic):
    intent = read_intent(question, directory)
    assert (intent.type, intent.topic) == (kind, topic)


def test_speakers_members_and_co_presenters(directory):
    estonia = read_intent("What did Estonia say?", directory)
    assert estonia.speakers == [NB] and estonia.mentioned[0].member == "Estonia"
    viasna = read_intent("Which human rights defenders did Viasna say are still imprisoned?",
                         directory)
    assert viasna.speakers == ["hrc60-belarus/world-organization-against-torture"]
    assert viasna.mentioned[0].via.startswith("co-presenter")
    helsinki = read_intent("What did the Belarusian Helsinki Committee say about deportations?",
                           directory)
    assert helsinki.speakers == [
        "hrc60-belarus/national-human-rights-civic-association-belarusian-helsinki-committee"]
    assert helsinki.topic == "deportations"


def test_who_does_x_want_asks_about_x_not_who_said_it(directory):
    uk = read_intent("who does the uk want let out first", directory)
    assert (uk.type, uk.speakers) == ("speaker", ["hrc60-belarus/united-kingdom"])
    assert read_intent("who wants the uk to let prisoners out", directory).type == "who_said"


def test_a_name_that_puts_something_on_a_list_is_not_an_absent_speaker(directory):
    # "put" is a verb of saying only for a question ("put a question to", "put to the experts")
    kgb = read_intent("when did the KGB put the lawyers' association on the extremist list?", directory)
    assert kgb.unknown_speaker is None and kgb.type == "figure"


@pytest.mark.parametrize("question", [
    "Among the EU member states, which ones did NOT bring up Russia's war against Ukraine?",
    "which of them did NOT mention lawyers",
    "What did NGOs REALLY say about lawyers?",
])
def test_an_adverb_typed_in_capitals_is_not_an_absent_speaker(directory, question):
    # "did NOT bring up" has a capitalised word between the auxiliary and the verb, as
    # "did WHO say" does; it was refused as "NOT did not take the floor in this dialogue"
    assert read_intent(question, directory).unknown_speaker is None
    assert read_intent("What did WHO say about detention?", directory).unknown_speaker == "WHO"
    assert read_intent("What did WHO REALLY say about detention?", directory).unknown_speaker == "WHO"


def test_capitals_stand_for_delegations(directory):
    minsk = read_intent("How did Minsk's delegation characterise the sanctions?", directory)
    assert minsk.speakers == ["hrc60-belarus/belarus"]
    washington = read_intent("What did Washington say about the release?", directory)
    assert washington.speakers == [] and washington.unknown_speaker == "United States"
    # the State that did not speak is the speaker, not part of the topic a follow-up may carry on
    assert washington.topic == "the release"
    assert read_intent("what did washington say in the debate", directory).topic == ""


def test_absent_speakers_and_which_questions_keep_their_speaker(directory):
    assert read_intent("What did China say about the report?", directory).unknown_speaker == "China"
    uk = read_intent("Which entities has the UK sanctioned?", directory)
    assert uk.speakers == ["hrc60-belarus/united-kingdom"] and uk.which_noun == "entities"


def test_kinds_come_from_the_subject_not_the_topic(directory):
    assert subject_kinds("Which NGOs mentioned lawyers?") == ["ngo"]
    assert subject_kinds("Which speakers said NGOs have been closed down?") == []
    assert subject_kinds("Which questions did States ask the experts?") == \
        ["state", "group", "concerned_country"]
    assert read_intent("Which speakers said NGOs have been closed down?", directory).kinds == []


def test_a_kind_the_verb_of_another_subject_takes_is_no_speaker(directory):
    """"Which country did the objectors seek asylum in?" asks where they went, not which
    delegation spoke ("None of the countries in the summary addresses this" answered it before);
    "Which NGOs did not ...", "Which States have called for ...", "Which NGOs have their own ..."
    keep their kinds."""
    reading = read_intent("Which country did the objectors seek asylum in?", directory)
    assert (reading.kinds, reading.type) == ([], "single")
    reading = read_intent("Which country did the objectors named by WRI seek asylum in?", directory)
    assert (reading.kinds, reading.type) == ([], "speaker")  # what WRI said of them
    assert subject_kinds("Which NGOs did not mention the death penalty?") == ["ngo"]
    assert subject_kinds("Which NGOs have their own statement?") == ["ngo"]  # "have" with an object
    assert subject_kinds("Which States have called for the release of all prisoners?") == \
        ["state", "group", "concerned_country"]


@pytest.mark.parametrize(("question", "expected"), [
    ("How long is Nasta Loika's prison sentence?", "duration"),
    ("What prison term do members face?", "duration"),
    ("how much prison do the members risk", "duration"),  # as people put it
    ("which penalty risk the members", "duration"),
    ("since when", "date"),
    ("When will the experts report?", "date"),
    ("On what date was the association designated?", "date"),
    ("date of kgb decision", "date"),  # keywords
    ("does omct agree on the date", "date"),  # dates compared
    ("did anybody give a different date", "date"),
    ("do their dates agree?", "date"),
    ("belarus upr date - when exactly", "date"),
    ("which expert brushed off the argument as out of date", None),
    ("In what year was the Group established?", "year"),
    ("Which article of the Criminal Code?", "article"),
    ("How many political prisoners remain?", "count"),
    ("How many delegations raised torture?", None),
    ("What did France say?", None),
    # a figure named with its own words before it, asked as a statement
    ("the swiss had a bigger release figure?", "count"),
    ("did Poland give a death toll figure?", "count"),
])
def test_figure_kind(question, expected):
    assert figure_kind(question) == expected


def test_asks_panel_needs_the_panel_or_an_open_ask():
    assert asks_panel("What did Germany ask the experts?")
    assert asks_panel("Who asked how the world can make Minsk answer?")
    assert asks_panel("Did the United Kingdom put a question to the experts?")
    assert asks_panel("did the Benelux group put anything to the experts")
    assert not asks_panel("Which speakers asked for prisoners in poor health to be released?")
    assert not asks_panel("What did Slovenia ask Belarus to do?")


def test_after_meeting_and_singular(directory):
    assert read_intent("How many prisoners were freed in the weeks after the dialogue?",
                       directory).after_meeting
    assert read_intent("Which speaker singled out Belarus?", directory).singular
    assert not read_intent("Which speakers singled out Belarus?", directory).singular


def test_topic_of_cuts_speaker_spans():
    question = "What did France say about detention?"
    assert topic_of(question, [(9, 15)]) == "detention"


@pytest.mark.parametrize(("question", "topic", "kinds"), [
    ("instrumentalisation of migrants - who raised it?", "instrumentalisation of migrants", []),
    ("gender based violence which speakers", "gender based violence", []),
    ("nasta loika who brought her up", "nasta loika", []),
    ("torture in prisons, which NGOs", "torture in prisons", ["ngo"]),
    ("deaths in custody - which NGOs flagged it", "deaths in custody", ["ngo"]),  # any verb of saying
    ("death penalty mentions?", "death penalty", []),  # a keyword query
    ("bialiatski - any references", "bialiatski", []),
    # an auxiliary before the verb: the progressive and the perfect
    ("freed prisoners deported — who was complaining about this?", "freed prisoners deported", []),
    ("the death penalty - which NGOs have raised it?", "death penalty", ["ngo"]),
])
def test_a_who_question_after_its_topic_is_a_who_question(directory, question, topic, kinds):
    intent = read_intent(question, directory)
    assert (intent.type, intent.topic, intent.kinds) == ("who_said", topic, kinds)


@pytest.mark.parametrize(("question", "topic"), [
    ("list all who raised torture", "torture"),
    ("everyone who called for the abolition of the death penalty", "the abolition of the death penalty"),
    ("who referenced the 52 prisoners freed last week", "the 52 prisoners freed last week"),
    ("name all those who mentioned Bialiatski", "Bialiatski"),
])
def test_every_speaker_who_is_a_who_question(directory, question, topic):
    intent = read_intent(question, directory)
    assert (intent.type, intent.topic) == ("who_said", topic)


@pytest.mark.parametrize(("question", "topic", "kinds"), [
    # the kind, plural, as the subject of a verb of saying: a who-question within that kind
    ("did the NGOs mention torture", "torture", ["ngo"]),
    ("did the experts say anything about the icc", "the icc", ["panel"]),
    ("did any of the experts pick up deportation", "deportation", ["panel"]),
    ("did any of the NGOs mention torture", "torture", ["ngo"]),
])
def test_a_kind_as_subject_is_a_who_question_within_it(directory, question, topic, kinds):
    intent = read_intent(question, directory)
    assert (intent.type, intent.topic, intent.kinds) == ("who_said", topic, kinds)


def test_a_group_named_with_a_kind_word_is_a_speaker(directory):
    intent = read_intent("did the Nordic-Baltic states say anything about the icc", directory)
    assert (intent.type, intent.speakers, intent.topic) == ("speaker", [NB], "the icc")


def test_a_perfect_auxiliary_before_the_speaker_leaves_the_topic(directory):
    # "what measures had [New Zealand] taken": no "had"; and as it asks what New Zealand did
    # itself (`deeds`), "measures taken" is that frame, not the topic
    intent = read_intent("what measures had wellington taken against belarus officials", directory)
    assert intent.speakers == ["hrc60-belarus/new-zealand"]
    assert (intent.topic, intent.deeds) == ("against belarus officials", True)
    # so does "did" before a verb that is not one of speech; with one, the speech frame takes it
    assert read_intent("what conditions did bazilli set for targeted measures", directory).topic == \
        "conditions set for targeted measures"
    assert read_intent("what reforms did poland demand", directory).topic == "reforms"
    # "urged that same country": that is a determiner, not the start of what was urged
    assert read_intent("which other organisation urged that same country to refrain from refoulement?",
                       directory).topic == "that same country to refrain from refoulement"
    # "what did X do (exactly)?" has no topic of its own; "what exact figure" asks for a figure
    assert read_intent("and what did the Kiwis do exactly?", directory).topic == ""
    assert figure_kind("What exact figure did Prague give?") == "count"


@pytest.mark.parametrize(("question", "speaker", "topic"), [
    # "by X's count": X's, and no count in the topic
    ("How many political prisoners have died since 2020 by CPTI's count",
     "conscience-and-peace-tax-international", "political prisoners have died since 2020"),
    ("which report of theirs did article 19 cite", "article-19-the-international-centre-against-censorship",
     "report"),  # "of theirs" adds nothing; "report" is the noun asked for, not a verb of saying
    ("what was in the statement by France", "france", ""),
])
def test_whose_count_report_or_statement(directory, question, speaker, topic):
    intent = read_intent(question, directory)
    assert (intent.speakers, intent.topic) == ([f"hrc60-belarus/{speaker}"], topic)


def test_mentions_after_a_question_word_is_no_who_question(directory):
    assert read_intent("how many torture mentions?", directory).type != "who_said"


def test_a_relative_who_is_not_a_who_question(directory):
    intent = read_intent("lawyers who defended protesters", directory)
    assert intent.type == "single" and intent.topic == "lawyers who defended protesters"


@pytest.mark.parametrize(("question", "topic"), [
    ("Did Germany use the term transnational repression?", "transnational repression"),
    ("Did Malta say anything about the death penalty?", "the death penalty"),
    ("Did the Belarusian authorities say they're open to dialogue?", "open to dialogue"),
    ("Which speakers said Washington brokered the prisoner release?",
     "United States brokered the prisoner release"),
    # a capital in the topic is searched as the name the statements write for its State
    ("which delegations or orgs called out minsk for helping moscow's war on kyiv",
     "Belarus for helping Russia's war on Ukraine"),
    ("which states/ngos raised the death penalty", "the death penalty"),
    # so does a people standing for its State, but not the people of the country under review
    ("who credited the americans for the releases", "credited United States for the releases"),
    ("which ngos said belarusians want democracy", "belarusians want democracy"),
])
def test_frame_words_and_titles_leave_the_topic(directory, question, topic):
    assert read_intent(question, directory).topic == topic


def test_which_x_did_y_do_keeps_the_verb_an_answer_must_report(directory):
    assert read_intent("Which recommendations did Belarus accept at its review?",
                       directory).which_verb == "accept"
    assert read_intent("Which entities has the UK sanctioned?", directory).which_verb == "sanctioned"
    assert read_intent("Which prisoners were named by the experts?", directory).which_verb is None


def test_a_reporting_frame_inside_the_question_leaves_the_topic(directory):
    intent = read_intent("How many political prisoners does Albania say are still held?", directory)
    assert intent.speakers == ["hrc60-belarus/albania"]
    assert intent.topic == "political prisoners are still held"


@pytest.mark.parametrize(("question", "topic"), [
    ("what did luxembourg say then", ""),  # closing words add nothing to the topic
    ("What did Malta say exactly?", ""),
    ("did they bring up ukraine at all?", "ukraine"),
    ("Who said released political prisoners are being arrested again?",
     "released political prisoners are being arrested again"),  # "again" is meant
    # the pronoun opening a reported clause is the speaker again, not what was said
    ("which state said it agreed with the experts on Lukashenko",
     "agreed with the experts on Lukashenko"),
])
def test_words_that_only_close_a_question_are_not_its_topic(directory, question, topic):
    assert read_intent(question, directory).topic == topic


@pytest.mark.parametrize("question", [
    "belarus reply tl;dr", "slovenia's one was about what", "gist of the belarus reply",
    "Poland's statement in a nutshell", "key points of the EU's statement, in short",
])
def test_asking_for_a_statements_gist_asks_what_the_speaker_said(directory, question):
    intent = read_intent(question, directory)
    assert intent.type == "speaker" and len(intent.speakers) == 1 and intent.topic == ""


def test_a_gist_word_beside_a_real_topic_leaves_the_topic(directory):
    assert read_intent("what did poland say in short about sanctions", directory).topic.endswith("sanctions")


def test_a_contracted_question_word_is_read_as_written_out(directory):
    from hrcqa.question.reading import read_question

    reading = read_question("whats the date of the meeting", None, directory)
    assert reading.question == "what is the date of the meeting" and reading.type == "meeting"


@pytest.mark.parametrize(("question", "topic"), [
    ("who talked bout torture in prisons", "torture in prisons"),
    ("what did malta say cuz of the deaths", ""),
])
def test_chat_spellings_of_small_words_are_read_as_the_words(directory, question, topic):
    from hrcqa.question.reading import read_question

    reading = read_question(question, None, directory)
    assert "bout" not in reading.question.split() and "cuz" not in reading.question.split()
    if topic:
        assert reading.type == "who_said" and reading.topic == topic
    else:
        assert reading.type == "speaker" and reading.question.startswith("what did malta say because")


@pytest.mark.parametrize(("question", "topic"), [
    ("what was said about lukashenko", "lukashenko"),
    ("What were the views on sanctions?", "sanctions"),
    ("Okrestina jail - what was said about it", "Okrestina jail"),
    # a speaker's name that "about" takes is what was spoken of, not who spoke
    ("what was said about poland", "poland"),
])
def test_what_was_said_about_a_topic_asks_everyone_who_said_something(directory, question, topic):
    from hrcqa.question.reading import read_question

    reading = read_question(question, None, directory)
    assert (reading.type, reading.speakers, reading.topic) == ("who_said", [], topic)


@pytest.mark.parametrize("question", ["what was said about sanctions by Poland",
                                      "what was said about sanctions according to poland"])
def test_what_was_said_by_a_named_speaker_stays_that_speakers(directory, question):
    from hrcqa.question.reading import read_question

    reading = read_question(question, None, directory)
    assert (reading.type, reading.speakers, reading.topic) == \
        ("speaker", ["hrc60-belarus/poland"], "sanctions")


def test_which_of_the_experts_is_a_who_question_and_chat_shorthand_is_read(directory):
    from hrcqa.question.reading import read_question

    intent = read_intent("which of the experts offered to help minsk's government", directory)
    assert intent.type == "who_said" and intent.speakers == [] and intent.kinds == ["panel"]
    reading = read_question("who said u can get prosecuted for a meme", None, directory)
    assert reading.question == "who said you can get prosecuted for a meme"
    assert read_question("U.S. position?", None, directory).question == "U.S. position?"


def test_coordinated_speakers_all_speak_and_leave_no_conjunction_in_the_topic(directory):
    intent = read_intent("What did Malta, France and the EU say about torture?", directory)
    assert [s.split("/")[1] for s in intent.speakers] == ["malta", "france", "european-union"]
    assert intent.topic == "torture"
    assert read_intent("What did Malta and France recommend?", directory).topic == ""


def test_wanting_something_from_the_experts_is_asking_them(directory):
    assert read_intent("What did Ireland want from the experts?", directory).type == "asked_panel"


def test_tell_me_frames_leave_the_topic(directory):
    intent = read_intent("tell me what Slovenia said", directory)
    assert intent.speakers == ["hrc60-belarus/slovenia"] and intent.topic == ""


def test_which_speakers_did_a_named_speaker_mention_is_about_that_speaker(directory):
    intent = read_intent("Which States did Poland name?", directory)
    assert (intent.type, intent.speakers, intent.topic) == ("speaker", ["hrc60-belarus/poland"], "States")
    object_topic = read_intent("Which country did CPTI single out?", directory)
    assert object_topic.speakers == ["hrc60-belarus/conscience-and-peace-tax-international"]
    assert object_topic.topic == "country" and object_topic.which_verb is None  # "single out" is saying
    # an auxiliary before a verb is emphasis: still a who-question
    assert read_intent("Which States did call for a moratorium?", directory).type == "who_said"


def test_a_plural_possessive_and_by_whom_leave_the_topic(directory):
    assert read_intent("the Germans' view on torture", directory).topic == "torture"
    assert read_intent("By whom was the association branded extremist?", directory).topic == \
        "association branded extremist"


def test_pushing_for_something_is_calling_for_it(directory):
    intent = read_intent("who pushed for sanctions", directory)
    assert (intent.type, intent.topic) == ("who_said", "sanctions")


@pytest.mark.parametrize(("question", "topic"), [
    ("who was talking about medical help for political prisoners in jail",
     "medical help for political prisoners in jail"),
    ("who is complaining about the closure of NGOs", "the closure of NGOs"),
    ("who were discussing the death penalty?", "the death penalty"),
])
def test_who_was_doing_something_is_a_who_question_not_who_someone_is(directory, question, topic):
    intent = read_intent(question, directory)
    assert (intent.type, intent.topic, intent.title) == ("who_said", topic, None)


def test_who_is_someone_stays_a_question_of_fact(directory):
    for question, topic in [("who was being held incommunicado", "being held incommunicado"),
                            ("who is Ihar Losik", "Ihar Losik")]:
        intent = read_intent(question, directory)
        assert (intent.type, intent.topic) == ("single", topic)


def test_according_to_goes_with_the_name_it_introduces(directory):
    assert read_intent("how many political prisoners are there according to czechia", directory).topic == \
        "political prisoners are there"
    assert read_intent("According to Poland, how many prisoners remain?", directory).topic == \
        "prisoners remain"


def test_what_did_the_other_two_experts_say_is_a_who_question_about_experts(directory):
    intent = read_intent("and what did the other two experts say about lukashenko", directory)
    assert (intent.type, intent.kinds, intent.topic) == ("who_said", ["panel"], "lukashenko")


@pytest.mark.parametrize(("question", "speaker", "topic"), [
    ("what was in France's statement", "france", ""),
    ("summarise poland's remarks", "poland", ""),
    ("tell me about the helsinki committee's statement",
     "national-human-rights-civic-association-belarusian-helsinki-committee", ""),
    ("what were the main points of the UK statement", "united-kingdom", ""),
    ("what was in the EU statement about torture", "european-union", "torture"),
    ("did the UK statement mention sanctions", "united-kingdom", "sanctions"),
    ("what did France say in its statement about torture", "france", "torture"),
])
def test_a_speakers_statement_named_as_such_is_that_speaker_and_no_topic(directory, question, speaker, topic):
    intent = read_intent(question, directory)
    assert (intent.speakers, intent.topic) == ([f"hrc60-belarus/{speaker}"], topic)
    # a statement named after a preposition of topic stays the topic
    assert read_intent("what did Poland say about France's statement", directory).speakers == \
        ["hrc60-belarus/poland"]


def test_a_superlative_figure_question_is_a_count_of_its_topic(directory):
    intent = read_intent("which speaker gave the lowest estimate of political prisoners", directory)
    assert (intent.type, intent.figure, intent.extreme, intent.topic) == \
        ("figure", "count", "lowest", "political prisoners")
    assert read_intent("how many political prisoners remain", directory).extreme is None


@pytest.mark.parametrize(("question", "kind", "kinds", "topic"), [
    ("any ngos talk about conscientious objectors?", "who_said", ["ngo"], "conscientious objectors"),
    ("any mention of the death penalty?", "who_said", [], "death penalty"),
    ("any figures for political prisoners?", "figure", [], "political prisoners"),
    ("are there any numbers on deaths in custody", "figure", [], "deaths in custody"),
])
def test_questions_opening_with_any_are_read_without_an_auxiliary(directory, question, kind, kinds, topic):
    intent = read_intent(question, directory)
    assert (intent.type, intent.kinds, intent.topic) == (kind, kinds, topic)


def test_chat_shorthand_is_written_out_but_not_inside_other_words():
    from hrcqa.question.words import expand_contractions

    assert expand_contractions("every delegation that put a q to the experts pls") == \
        "every delegation that put a question to the experts please"
    assert expand_contractions("the Q&A and the q-word") == "the Q&A and the q-word"
    assert expand_contractions("how many yrs since 2020") == "how many years since 2020"
    assert expand_contractions("re: lawyers w/o access, thru 2025") == \
        "about lawyers without access, through 2025"
    assert expand_contractions("when r the int'l experts reporting, acc to omct") == \
        "when are the international experts reporting, according to omct"
    assert expand_contractions("Ms. R. Smith and U. Jones") == "Ms. R. Smith and U. Jones"  # initials


def test_a_turn_announced_before_its_question_is_chatter():
    from hrcqa.question.words import without_chatter

    assert without_chatter("last one: how many groups of states took the floor") == \
        "how many groups of states took the floor"
    assert without_chatter("one more q - who spoke first") == "who spoke first"
    assert without_chatter("last one?") == "last one?"
    assert without_chatter("last: did WRI name anyone?") == "did WRI name anyone?"
    assert without_chatter("finally - who spoke last?") == "who spoke last?"
    assert without_chatter("Switching: did Poland speak?") == "did Poland speak?"
    # a whole question, corrected
    assert without_chatter("sorry, i meant which other countries mentioned the 52 at all") == \
        "which other countries mentioned the 52 at all"
    assert without_chatter("no i meant the icj") == "no i meant the icj"  # a correction of the speaker


def test_in_its_own_statement_is_where_a_speaker_says_anything_not_the_topic():
    from hrcqa.question.words import without_own_statement

    assert without_own_statement("did lithuania mention that in its own statement?") == \
        "did lithuania mention that?"
    assert without_own_statement("what did the UK say in their speech, about torture") == \
        "what did the UK say, about torture"
    # another speaker's statement is a topic
    assert without_own_statement("what did France say in the EU statement?") == \
        "what did France say in the EU statement?"


def test_which_kind_gave_a_figure_restricts_to_that_kind_how_many_of_a_kind_does_not(directory):
    assert read_intent("Which NGOs gave a number for political prisoners?", directory).kinds == ["ngo"]
    assert read_intent("How many civil society groups were shut down?", directory).kinds == []


@pytest.mark.parametrize(("question", "kinds", "topic"), [
    ("what year did the experts say lukashenko set up the policy to crush dissent", ["panel"],
     "year lukashenko set up the policy to crush dissent"),
    ("How many political prisoners did the NGOs say remain?", ["ngo"], "political prisoners remain"),
    ("what number did the expert give for released prisoners", ["panel"], "released prisoners"),
])
def test_a_kind_that_speaks_after_the_questions_own_words_restricts_and_leaves_the_topic(
        directory, question, kinds, topic):
    intent = read_intent(question, directory)
    assert intent.type == "figure"
    assert intent.kinds == kinds
    assert intent.topic == topic


def test_a_kind_asked_about_is_no_speaker_restriction(directory):
    # "which speakers did the experts answer": the speakers are what is asked for
    assert read_intent("Which speakers did the experts answer?", directory).kinds != ["panel"]


@pytest.mark.parametrize(("question", "kinds", "topic"), [
    ("which individual states called for the release of political prisoners", ["state", "concerned_country"],
     "the release of political prisoners"),
    ("Which single countries raised torture?", ["state", "concerned_country"], "torture"),
    ("which separate NGOs mentioned lawyers", ["ngo"], "lawyers"),
])
def test_individual_before_a_kind_noun_is_a_who_question_within_it_without_groups(
        directory, question, kinds, topic):
    intent = read_intent(question, directory)
    assert intent.type == "who_said"
    assert intent.kinds == kinds
    assert intent.topic == topic


def test_the_speakers_own_names_are_no_part_of_the_topic_asked_of_it(directory):
    # Ukraine's statement names Ukraine throughout: "ukrainian" is no evidence it raised the topic
    intent = read_intent("Did Kyiv mention the deportation of ukrainian children?", directory)
    assert intent.speakers == ["hrc60-belarus/ukraine"]
    assert intent.topic == "the deportation of children"
    # another State's name stays
    assert read_intent("What did France say about Polish lawyers?", directory).topic == "Polish lawyers"


def test_the_most_of_a_noun_and_a_speakers_attributive_figure_are_figure_questions(directory):
    most = read_intent("which speaker mentioned the most political prisoners?", directory)
    assert (most.type, most.figure, most.extreme, most.topic) == ("figure", "count", "highest",
                                                                  "political prisoners")
    assert read_intent("which State gave the fewest political prisoners?", directory).extreme == "lowest"
    uk = read_intent("what is the UK figure for political prisoners", directory)
    assert (uk.type, uk.speakers) == ("figure", ["hrc60-belarus/united-kingdom"])
    # "the most" without a verb of counting before it is no figure
    assert read_intent("who was the most critical of Belarus?", directory).figure is None


def test_what_a_kind_made_or_gave_restricts_to_it_with_the_noun_as_topic(directory):
    intent = read_intent("what recommendations did the experts make?", directory)
    assert (intent.type, intent.kinds, intent.topic) == ("who_said", ["panel"], "recommendations")


def test_whom_a_speaker_agreed_with_is_searched_by_the_verb(directory):
    intent = read_intent("who did ireland agree with?", directory)
    assert (intent.type, intent.speakers) == ("speaker", ["hrc60-belarus/ireland"])
    assert intent.topic == "agree with"


def test_a_formal_verb_of_saying_frames_the_reported_clause(directory):
    """"indicate that it had itself imposed X": the verb and the reported subject are the frame."""
    intent = read_intent("Did any other delegation indicate that it had itself imposed restrictive "
                         "measures on Belarusian individuals?", directory)
    assert (intent.type, intent.deeds) == ("who_said", True)  # what it did itself: "imposed ... measures"
    assert intent.topic == "restrictive on Belarusian individuals"
    assert read_intent("which delegations observed that trials were held in absentia?",
                       directory).topic == "trials were held in absentia"


def test_another_name_of_a_state_in_the_topic_is_searched_as_the_statements_write_it(directory):
    """Multi-word names in a topic are required of an answering sentence, so "the Russian
    Federation" (one statement writes it) would keep only that one; the statements write "Russia"
    most, and the topic says so. A name the statements do write most stays as it is."""
    intent = read_intent("Which delegations called upon Minsk to cease its involvement in the Russian "
                         "Federation's war of aggression against Ukraine?", directory)
    assert intent.topic == \
        "Belarus to cease its involvement in Russia's war of aggression against Ukraine"
    usa = read_intent("who said about USA deal for release of the 52 prisoners?", directory)
    assert "USA" not in usa.topic
    assert "Russia's war" in read_intent("which NGOs mentioned Russia's war?", directory).topic


@pytest.mark.parametrize(("question", "kinds", "topic"), [
    ("who talked about the death penalty (only NGOs)?", ["ngo"], "the death penalty"),
    ("and who said 52 prisoners were released (only NGOs)?", ["ngo"], "52 prisoners were released"),
    ("who mentioned torture, only the groups?", ["group"], "torture"),
])
def test_only_some_kinds_after_a_who_question_keeps_those_kinds(directory, question, kinds, topic):
    """"(only NGOs)" closing a who-question (as a follow-up's fallback writes it, or a user types
    it) keeps the speakers of that kind, and is no part of the topic."""
    intent = read_intent(question, directory)
    assert (intent.type, intent.kinds, intent.topic) == ("who_said", kinds, topic)


@pytest.mark.parametrize(("question", "topic", "kinds"), [
    ("What measures has New Zealand adopted itself?", "", []),
    ("what has the Group of Experts done about places of detention", "places of detention", ["panel"]),
    ("what's the expert group doing about deportations", "deportations", ["panel"]),
    ("Which governments said they had themselves imposed restrictive measures on individuals?",
     "restrictive on individuals", ["state", "group", "concerned_country"]),
    # an adverb between, or "themselves" after another verb of doing
    ("which governments said they have already imposed their own penalties on belarusian officials",
     "penalties on belarusian officials", ["state", "group", "concerned_country"]),
    ("which governments said they have sanctioned or banned Belarusian officials themselves?",
     "sanctioned or banned Belarusian officials", ["state", "group", "concerned_country"]),
])
def test_what_a_speaker_did_itself_is_asked_as_deeds(directory, question, topic, kinds):
    intent = read_intent(question, directory)
    assert (intent.deeds, intent.topic, intent.kinds) == (True, topic, kinds)


@pytest.mark.parametrize("question", [
    "what did the dutch say belarus has done to its own institutions",  # Belarus's deeds, as reported
    "what has Belarus done to political prisoners",  # the country under review: what all report of it
    "what has the Belarusian government done to lawyers",
    "What did New Zealand say about travel bans?",
    "Which States called for sanctions?",
])
def test_what_was_said_is_no_question_about_deeds(directory, question):
    assert not read_intent(question, directory).deeds


@pytest.mark.parametrize(("question", "kinds", "topic"), [
    # "were there speakers who X": who X
    ("Were there other speakers who asked Belarus for a moratorium?", [], "Belarus for a moratorium"),
    ("Was there anyone who mentioned torture?", [], "torture"),
    # a kind after a leading "and" still restricts the answer to it
    ("And did any of the NGOs mention the death penalty?", ["ngo"], "the death penalty"),
    ("and which NGOs mentioned that lawyers are persecuted?", ["ngo"], "lawyers are persecuted"),
])
def test_there_were_speakers_who_and_a_leading_and_are_who_questions(directory, question, kinds, topic):
    intent = read_question(question, [], directory)
    assert (intent.type, intent.kinds, intent.topic) == ("who_said", kinds, topic)


def test_one_of_a_kind_as_subject_restricts_to_that_kind(directory):
    # "did an expert / one of the experts mention X": the kind is the subject, the speaker named the
    # topic (before, Lithuania's own statement was quoted as an expert's mention of Lithuania)
    assert subject_kinds("did one of the experts mention lithuania") == ["panel"]
    assert subject_kinds("Did an NGO mention the ICC?") == ["ngo"]
    reading = read_question("did an expert mention Lithuania?", [], directory)
    assert (reading.kinds, reading.speakers) == (["panel"], [])
    # a determiner before a noun that names no kind leaves the question to the other readings
    assert subject_kinds("did a moratorium come up according to the NGOs?") == ["ngo"]


def test_a_reflexive_after_the_kind_keeps_it_the_subject(directory):
    assert subject_kinds("did the experts themselves say anything about civil society?") == ["panel"]
    # "Finally, ..." orders the turns: the question after it is read as it stands
    reading = read_question("Finally, in their replies, did the experts themselves mention civil society?",
                            [], directory)
    assert reading.kinds == ["panel"]


@pytest.mark.parametrize(("question", "resolved"), [
    ("Might you indicate which delegations made reference to the deportation of Ukrainian children?",
     "which delegations referred to the deportation of Ukrainian children?"),
    ("I should be grateful to learn which delegations, whether States or groups, pressed Belarus to "
     "abolish the death penalty.", "which delegations pressed Belarus to abolish the death penalty."),
    ("I should be grateful to learn whether the Holy See took the floor.",
     "Did the Holy See take the floor?"),
])
def test_the_formal_register_is_read_as_the_question_it_frames(directory, question, resolved):
    assert read_question(question, [], directory).question == resolved


def test_two_figures_to_choose_between_ask_for_the_figure_given():
    from hrcqa.question.words import without_framing

    assert without_framing("albania's figure for political prisoners - was it 1,100 or 1,200?") == \
        "albania's figure for political prisoners?"
    assert without_framing("How many prisoners did the UK say remain, 1,100 or 1,000?") == \
        "How many prisoners did the UK say remain?"
    assert without_framing("1,100 or 1,200?") == "1,100 or 1,200?"  # nothing else is asked


@pytest.mark.parametrize(("question", "resolved"), [
    ("and from the NGOs, someone spoke about the war?", "Which of the NGOs spoke about the war?"),
    ("among the groups - did anyone mention the children?", "Did any of the groups mention the children?"),
])
def test_a_kind_put_first_then_someone_asks_which_of_that_kind(directory, question, resolved):
    reading = read_question(question, [], directory)
    assert reading.question == resolved and reading.type == "who_said"
    assert reading.kinds == (["ngo"] if "NGOs" in resolved else ["group"])
