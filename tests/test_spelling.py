"""The question spelling corrector: small vocabularies (rules), the real corpus, and properties.

A word is corrected only when it is neither a corpus word nor an English word, and only to a
corpus word within one edit (4-7 letters) or two (8 and more); its capitalisation is kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from hrcqa.question.query import SpeakerDirectory
from hrcqa.question.reading import read_question
from hrcqa.question.spelling import Correction, Speller, fold, max_edits
from hrcqa.text.english import english_words

NATURAL = Path(__file__).resolve().parents[1] / "eval" / "natural.jsonl"
TEXTS = [
    "The Belarusian Helsinki Committee reported deaths in custody and incommunicado detention.",
    "Ms. Karinna Moskalenko, Chair, and Ms. Monika Płatek presented the report of the Group.",
    "Ms. Susan Bazilli spoke about non-governmental organizations and political prisoners.",
    "The committee, the committee and the committee; a commitment to the Committee.",
    "Viasna documented trials in absentia. The OMCT named Mahileu prison.",
    "A cross-regional group of States spoke.",
]


@pytest.fixture(scope="module")
def small() -> Speller:
    return Speller.from_texts(TEXTS)


def corrected(speller: Speller, question: str) -> str:
    return speller.correct(question)[0]


# --- the rule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("what did the helsinki comittee say", "what did the helsinki committee say"),
    ("What did the Helsinki Comittee say", "What did the Helsinki Committee say"),
    ("which speakers mentioned incomunicado detention", "which speakers mentioned incommunicado detention"),
    ("did moskalencko speak", "did moskalenko speak"),
    ("did Moskalencko speak", "did Moskalenko speak"),
    ("trials in absentsia", "trials in absentia"),
    ("who died in Mahiliou prison", "who died in Mahileu prison"),
])
def test_misspelt_words_become_corpus_words_in_the_original_style(small, question, expected):
    assert corrected(small, question) == expected


def test_corrections_give_the_spans_of_the_original(small):
    question = "did Moskalencko mention incomunicado detention?"
    text, corrections = small.correct(question)
    assert corrections == [
        Correction(original="Moskalencko", corrected="Moskalenko", start=4, end=15),
        Correction(original="incomunicado", corrected="incommunicado", start=24, end=36),
    ]
    assert all(question[c.start:c.end] == c.original for c in corrections)
    assert text == "did Moskalenko mention incommunicado detention?"


def test_correction_is_frozen():
    correction = Correction(original="comittee", corrected="committee", start=0, end=8)
    with pytest.raises(ValidationError):
        correction.corrected = "x"


@pytest.mark.parametrize("question", [
    "what did they say about bananas yesterday",  # English, not in the corpus
    "deaths in custody of political prisoners",  # corpus words
    "what about teh report",  # under 4 letters
    "what did OMCTT say",  # an all-caps acronym
    "prison No. 15 and 2024 and 15th and A/HRC/60",  # numbers
    "what did Moskalenkos say about the committees",  # inflections of known words
    "Moskalenko's report and the Committee’s view",  # possessives of known words
    "",
    "   ?!",
])
def test_known_words_and_out_of_scope_words_are_left_alone(small, question):
    assert small.correct(question) == (question, [])


def test_edit_distance_limits_depend_on_length(small):
    assert [max_edits(w) for w in ("teh", "viasa", "comittee")] == [0, 1, 2]
    assert corrected(small, "what did Viasa say") == "what did Viasna say"  # 5 letters, one edit
    assert corrected(small, "what did Vasa say") == "what did Vasa say"  # 4 letters, two edits
    assert corrected(small, "the comittea said") == "the committee said"  # 8 letters, two edits
    assert corrected(small, "in kustady") == "in kustady"  # 7 letters, two edits
    assert corrected(small, "in kustody") == "in custody"  # 7 letters, one edit


def test_distance_first_then_corpus_frequency():
    speller = Speller.from_texts(["torture torture torture texture", "custody"])
    assert corrected(speller, "tortxure") == "torture"  # one edit beats frequency
    ties = Speller.from_texts(["plaxe plaxe plaxe", "plaze"])
    assert corrected(ties, "plaqe") == "plaxe"  # both one edit away: the more frequent wins


def test_a_plural_in_ys_after_a_consonant_is_the_one_in_ies(speller):
    assert corrected(speller, "how many countrys talked by themselves") == \
        "how many countries talked by themselves"
    assert corrected(speller, "many days and boys") == "many days and boys"  # a vowel before the y


def test_an_english_word_nearer_than_any_corpus_word_wins(speller):
    # "charities" is one edit away and no corpus word; "charges" is a corpus word two away
    assert corrected(speller, "which human-rights charites spoke") == "which human-rights charities spoke"
    # a corpus word as near as any English word is still the one taken
    assert corrected(speller, "in incomunicado detention") == "in incommunicado detention"


def test_possessives_are_corrected_on_their_base(small):
    text, corrections = small.correct("what was Moskalencko's view")
    assert text == "what was Moskalenko's view"
    assert [(c.original, c.corrected, c.start, c.end) for c in corrections] == [
        ("Moskalencko", "Moskalenko", 9, 20)]


def test_accents_are_folded(small):
    assert corrected(small, "What did Platek say?") == "What did Płatek say?"
    assert corrected(small, "What did Płatek say?") == "What did Płatek say?"
    assert fold("Płatek") == "platek"


def test_hyphen_and_space_variants_join_into_the_corpus_word(small):
    assert corrected(small, "who said in-communicado?") == "who said incommunicado?"
    assert corrected(small, "who said in communicado?") == "who said incommunicado?"
    assert corrected(small, "crossregional groups") == "cross-regional groups"
    assert corrected(small, "nongovernmental groups") == "nongovernmental groups"  # English
    assert corrected(small, "non-governmental groups") == "non-governmental groups"
    assert corrected(small, "non-governmentl groups") == "non-governmental groups"


def test_another_form_of_a_hyphenated_corpus_word_stays_hyphenated():
    # the corpus writes "re-arrests" and "rearrested": "re-arrested" is the first word's form, and
    # joining it would lose "arrested" in the sentences that write "newly arrested"
    speller = Speller.from_texts(["Re-arrests continue.", "They face being rearrested.", "In incommunicado."])
    assert corrected(speller, "who said freed prisoners were re-arrested") == \
        "who said freed prisoners were re-arrested"
    assert corrected(speller, "who said in-communicado?") == "who said incommunicado?"


def test_two_word_names_correct_a_common_word_beside_a_distinctive_one(small):
    assert "karina" in english_words() and "monica" in english_words()
    assert corrected(small, "what did Karina Moskalenko say") == "what did Karinna Moskalenko say"
    assert corrected(small, "what did karina moskalencko say") == "what did karinna moskalenko say"
    assert corrected(small, "did Monica Platek speak") == "did Monika Płatek speak"
    assert corrected(small, "what did Karina say") == "what did Karina say"  # no name beside it
    # "Helsinki" is an English word, so it does not vouch for a name: "Comity" stays.
    assert corrected(small, "the Helsinki Comity") == "the Helsinki Comity"


def test_correcting_is_pure(small):
    questions = ["comittee", "Karina Moskalenko", "in communicado", "Platek", "bananas"]
    first = [small.correct(q) for q in questions]
    assert [small.correct(q) for q in reversed(questions)] == first[::-1]


# --- properties --------------------------------------------------------------------------------

VOCABULARY = ["committee", "incommunicado", "Moskalenko", "Karinna", "Płatek", "custody", "absentia",
              "banana", "yesterday", "the", "in", "non-governmental", "Helsinki", "Viasna"]


@st.composite
def typo_words(draw) -> str:
    """A vocabulary word, maybe with one or two typos (deletion, doubling, swap, substitution)."""
    word = draw(st.sampled_from(VOCABULARY))
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.integers(0, len(word) - 1))
        op = draw(st.sampled_from(["delete", "double", "swap", "substitute"]))
        if op == "delete" and len(word) > 1:
            word = word[:i] + word[i + 1:]
        elif op == "double":
            word = word[:i] + word[i] + word[i:]
        elif op == "swap" and i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == "substitute":
            word = word[:i] + draw(st.sampled_from("aeioucky")) + word[i + 1:]
    return draw(st.sampled_from([word, word.lower(), word.capitalize(), word.upper()]))


QUESTIONS = st.lists(st.tuples(typo_words(), st.sampled_from([" ", " ", "-", "'s ", ", ", "? "])),
                     max_size=8).map(lambda parts: "".join(w + sep for w, sep in parts))


def check_correction(speller: Speller, question: str) -> None:
    text, corrections = speller.correct(question)
    # The corrections are the whole difference, in order, without overlaps.
    rebuilt, done = [], 0
    for c in corrections:
        assert question[c.start:c.end] == c.original and c.start >= done and c.original != c.corrected
        rebuilt += [question[done:c.start], c.corrected]
        done = c.end
    assert "".join(rebuilt) + question[done:] == text
    # Correcting a corrected question changes nothing.
    assert speller.correct(text) == (text, [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=QUESTIONS)
def test_correcting_twice_changes_nothing(small, question):
    check_correction(small, question)


def test_correcting_a_name_heard_wrong_beside_a_misspelt_one_twice_changes_nothing(small):
    """Found by the property above: one word of a two-word name misspelt ("oskalenko") and the other
    misheard ("KKainna") are both corrected at once, so a second pass has nothing left to do."""
    check_correction(small, "KKainna oskalenko ")
    assert corrected(small, "KKainna oskalenko ") == "Karinna moskalenko "


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_any_text_is_corrected_consistently(small, question):
    check_correction(small, question)


# --- the real corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def speller(parsed) -> Speller:
    """The speller of the real summary's statements."""
    return Speller.from_statements(parsed.statements)


@pytest.mark.parametrize(("question", "expected"), [
    ("what did the helsinki comittee say about deaths in custody",
     "what did the helsinki committee say about deaths in custody"),
    ("which speakers mentioned incomunicado detention", "which speakers mentioned incommunicado detention"),
    ("What did Karinna Moskalencko say?", "What did Karinna Moskalenko say?"),
    ("What did Karina Moskalenko say?", "What did Karinna Moskalenko say?"),
    ("did Monica Platek speak about women", "did Monika Płatek speak about women"),
    ("who chairs the group of independant experts", "who chairs the group of independent experts"),
    ("Who mentioned Ales Byalyatski?", "Who mentioned Ales Bialiatski?"),
    # a hyphenated corpus word typed as two words, misspelt or not: "torture or ill treatment"
    # would otherwise read as "torture treatment or ill treatment"
    ("which ngos brought up torture or ill treatmnet", "which ngos brought up torture or ill-treatment"),
    ("who talked about gender based violence", "who talked about gender-based violence"),
    # a name's possessive typed without the apostrophe
    ("who slammed minsk for backing moscows invasion", "who slammed minsk for backing moscow's invasion"),
    ("how big is nasta loikas cell", "how big is nasta loika's cell"),
    ("what did the belarusians and the poles say", "what did the belarusians and the poles say"),
    # names of States, their peoples and capitals come from the country data, used here or not
    ("what did the brittish say about sanctions", "what did the british say about sanctions"),
    ("what did the czeck republic say", "what did the czech republic say"),
    ("what did the frnech say", "what did the french say"),
])
def test_real_corpus_corrections(speller, question, expected):
    assert corrected(speller, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("sgbv mentions?", "sexual and gender-based violence mentions?"),
    ("which NGOs raised SGBV", "which NGOs raised sexual and gender-based violence"),
    ("which ngos talked about hrds", "which ngos talked about human rights defenders"),  # a plural
    ("what did the hrc do", "what did the Human Rights Council do"),
    # a name's initials, though the summary never abbreviates it: once is enough for a name, and
    # two letters count in capitals
    ("anyone cite the SR on belarus?", "anyone cite the Special Rapporteur on belarus?"),
    ("which rfe journalist got out", "which Radio Free Europe journalist got out"),
    # a small word's letter in lower case: "GoE" is the Group of Experts
    ("what did Romania ask the GoE?", "what did Romania ask the Group of Experts?"),
    # two capitals: a noun phrase the summary keeps using, far more than any other with its initials
    ("who raised the DP?", "who raised the death penalty?"),
    ("how many PPs remain", "how many political prisoners remain"),
    # a State's code is no such phrase ("aggression against Ukraine"), nor a word ("Ms.")
    ("which MS spoke", "which MS spoke"),
    # a UN member State's ISO code in capitals is that State, but after "the" (the Secretary-General)
    ("UA kids deported - which dels raised it?", "Ukrainian kids deported - which dels raised it?"),
    ("who mentioned people fleeing BLR", "who mentioned people fleeing Belarus"),
    ("what did the SG say", "what did the SG say"),
    # chat shorthand and three initials a phrase of the summary has once, or across a pronoun, are
    # no acronyms ("Belarus for their work" is no BTW)
    ("btw imo tbh who spoke", "btw imo tbh who spoke"),
    # two letters in lower case are chat ("ie"), not the initials of a name
    ("the deaths ie in custody", "the deaths ie in custody"),
])
def test_real_corpus_acronyms_are_written_out(speller, question, expected):
    text, corrections = speller.correct(question)
    assert text == expected
    assert all(c.acronym for c in corrections)


def test_an_acronym_is_shown_as_read(parsed, speller):
    reading = read_question("sgbv mentions?", None, SpeakerDirectory(parsed.statements), speller)
    assert 'read "sgbv" as "sexual and gender-based violence"' in reading.understood()
    assert (reading.type, reading.topic) == ("who_said", "sexual and gender-based violence")


def test_codes_that_are_words_or_the_summarys_acronyms_stay(speller):
    # "IT", "ID" are words; "HR" is the summary's human rights; "GA" after "the" is no State
    assert speller.correct("IT and ID matter")[0] == "IT and ID matter"
    assert speller.correct("HR defenders")[0] == "Human Rights defenders"
    assert speller.correct("who cited the GA resolution")[0] == "who cited the GA resolution"


def test_real_corpus_leaves_english_and_corpus_words_alone(speller, parsed):
    for question in ("what about a banana yesterday", "deaths in custody", "Moskalenko", "committee",
                     "incommunicado", "Which NGOs mentioned political prisoners in Belarus?"):
        assert speller.correct(question) == (question, [])
    words = {w for s in parsed.statements for w in s.text.split() if w.isalpha()}
    assert len(words) > 1000
    assert all(speller.correct(w) == (w, []) for w in words)


def test_real_corpus_natural_questions_are_corrected_consistently(speller):
    questions = [json.loads(line)["question"] for line in NATURAL.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assert len(questions) > 100
    for question in questions:
        check_correction(speller, question)
    changed = {q: corrected(speller, q) for q in questions if corrected(speller, q) != q}
    # Most natural questions have no typos; those that do were written with them on purpose.
    assert len(changed) < len(questions) // 5
    assert changed.get("which speakers mentioned incomunicado detention") == \
        "which speakers mentioned incommunicado detention"


def test_an_acronym_in_capitals_with_two_letters_swapped_is_the_corpus_acronym(speller):
    assert corrected(speller, "Did anybody speak up for LGBTIQ people?") == \
        "Did anybody speak up for LGBTQI people?"
    assert corrected(speller, "did OMTC speak") == "did OMCT speak"
    # known acronyms, and capitals that are no anagram of a corpus acronym, stay
    for question in ("what did the UK say", "the ICJ and the ICC", "did NATO speak"):
        assert corrected(speller, question) == question


@pytest.mark.parametrize(("question", "question_type", "corrected"), [
    # a misspelt question word opening the question or a clause: not the more frequent "with"
    ("wich countries asked questions to the experts?", "meeting", "which"),
    ("wich NGO told the states to use the next UPR of Belarus", "who_said", "which"),
    ("hwo chaired the panel", "meeting", "who"),
    # a rare dictionary word before an auxiliary: "wat" (a temple) is "what"
    ("wat did the belarus govt say abt the group of experts", "speaker", "what"),
])
def test_a_misspelt_question_word_is_read_as_one(parsed, speller, question, question_type, corrected):
    reading = read_question(question, None, SpeakerDirectory(parsed.statements), speller)
    assert reading.type == question_type
    assert [c.corrected for c in reading.corrections] == [corrected]
    assert f'corrected "{question.split()[0]}" to "{corrected}"' in reading.understood()
    # "with" opening a question stays
    assert read_question("with whom did OMCT speak", None, SpeakerDirectory(parsed.statements),
                         speller).corrections == []


def test_a_speakers_possessive_without_apostrophe_and_a_one_after_its_name(parsed, speller):
    """"article 19s figure" is Article 19's figure; "the advocates for human rights one" is the
    Advocates for Human Rights, with nothing left of the name in the topic."""
    directory = SpeakerDirectory(parsed.statements)
    figure = read_question("what was article 19s figure on releases?", None, directory, speller)
    assert figure.type == "figure"
    assert figure.speakers == ["hrc60-belarus/article-19-the-international-centre-against-censorship"]
    assert figure.question == "what was article 19's figure on releases?"
    one = read_question("wat did the advocates for human rights one say", None, directory, speller)
    assert one.speakers == ["hrc60-belarus/advocates-for-human-rights"] and one.topic == ""
    # a name that ends in "s" gets no second one; a word merely ending in "s" after a name stays
    assert read_question("what did OMCT says about unions", None, directory, speller).question == \
        "what did OMCT says about unions"


@pytest.mark.parametrize(("question", "corrected", "speaker"), [
    # a name a voice typist's dictation split or misheard: one word heard right, or two rare words
    ("what number did check republic give", "what number did czech republic give", "czechia"),
    ("what did new zeeland say", "what did new zealand say", "new-zealand"),
    ("what did the bela ruse delegation say", "what did the belarus delegation say", "belarus"),
    ("did they bring up the u p r", "did they bring up the UPR", None),
])
def test_names_and_acronyms_as_dictated_are_read_as_written(parsed, speller, question, corrected, speaker):
    reading = read_question(question, None, SpeakerDirectory(parsed.statements), speller)
    assert reading.question == corrected
    assert reading.speakers == ([f"hrc60-belarus/{speaker}"] if speaker else [])


@pytest.mark.parametrize("question", [
    # common words beside a name's word, function words, inflections: nothing heard wrong
    "What did Amnesty International say at the dialogue?", "which of those is on the expert panel",
    "Which delegations took the floor in their national capacity?", "what did the new government say",
    "did they check reports", "who r u",
])
def test_ordinary_word_pairs_are_not_taken_for_names(parsed, speller, question):
    reading = read_question(question, None, SpeakerDirectory(parsed.statements), speller)
    joined = [c for c in reading.corrections if " " in c.original or " " in c.corrected]
    assert not joined, joined


@pytest.mark.parametrize(("question", "corrected"), [
    # a name romanised from Belarusian, as the summary romanises it from Russian
    ("who mention release of Tsikhanouski?", "who mention release of Tikhanovsky?"),
    ("what did they say about ales byalyatski", "what did they say about ales bialiatski"),
])
def test_a_name_romanised_another_way_is_the_corpus_name(speller, question, corrected):
    assert speller.correct(question)[0] == corrected


def test_romanisation_leaves_english_words_and_unknown_names_alone(speller):
    for question in ("who mentioned Tsikhanouskaya", "which speakers mentioned the sanctions"):
        assert speller.correct(question) == (question, [])


def test_a_state_code_before_a_noun_is_its_adjective_and_no_speaker(speller, parsed):
    # "UA kids": Ukrainian kids, the topic; "did UA mention": Ukraine, the speaker
    assert speller.correct("UA kids deported - which dels raised it?")[0] == \
        "Ukrainian kids deported - which dels raised it?"
    assert speller.correct("did UA mention drones")[0] == "did Ukraine mention drones"
    reading = read_question("UA kids - who raised it?", None, SpeakerDirectory(parsed.statements), speller)
    assert reading.speakers == [] and reading.type == "who_said"


@pytest.mark.parametrize(("question", "expected"), [
    # "mention" + "d" is no past tense: one in -d is of a word in -e ("agreed", "used")
    ("who mentiond the death penalty", "who mentioned the death penalty"),
    # "exp" + "ers": an ending after a stem of three letters is no inflection
    ("what did Switzerland ask the expers?", "what did Switzerland ask the experts?"),
    # "prison" + "n" + "ers" passes for an inflection, but "prisoners", one edit away, ends the same
    ("how many prisonners remain in Belarus", "how many prisoners remain in Belarus"),
    ("truth and reconcilation mechanisms", "truth and reconciliation mechanisms"),
])
def test_a_misspelling_that_looks_like_an_inflection_is_corrected(speller, question, expected):
    assert speller.correct(question)[0] == expected


def test_real_inflections_are_still_left_alone(speller):
    for question in ("which delegations agreed", "who used the term", "who were the speakers",
                     "who mentioned crackdowns", "sexual violences"):  # (corpus neighbours end otherwise)
        assert speller.correct(question)[0] == question
