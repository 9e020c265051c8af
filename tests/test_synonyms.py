"""Synonyms from WordNet (`hrcqa.index.synonyms`): the rules on small texts, the table the real
index holds, and the answers it changes.

A question's word counts as a corpus phrase of the same commonest sense ("capital punishment" for
"death penalty"); whole words, never stems; a hyphenated word is one word; the encoder confirms
each pairing at build time.
"""

from __future__ import annotations

import pytest

from hrcqa.index.synonyms import (
    corpus_compounds,
    corpus_derivations,
    corpus_phrases,
    corpus_synonyms,
    word_forms,
)

TEXTS = [
    "Malta urges Belarus to abolish the death penalty.",
    "Detainees face ill-treatment in custody.",
    "Peaceful protesters served time in prison.",
]


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, list]]:
    return corpus_synonyms(TEXTS)


def test_a_phrase_of_the_same_commonest_sense_is_a_synonym(table):
    assert table["synonyms"]["capital punishment"] == ["death penalty"]
    assert table["postings"]["death penalty"] == [0]
    assert "death penalty" in table["synonyms"]["executing"]  # WordNet's other words of the sense


def test_a_corpus_word_in_a_rarer_sense_is_not_offered():
    """"time" in the corpus is never "prison term": the prison sense is not time's commonest."""
    table = corpus_synonyms(TEXTS)
    assert "prison term" not in table["synonyms"]
    assert all("time" not in others for others in table["synonyms"].values())


def test_whole_words_not_stems(table):
    """"protester" and "protest" share a stem but are different words with different senses."""
    assert "protest" not in table["synonyms"]


def test_a_hyphenated_word_is_one_word():
    postings = corpus_phrases(["Ill-treatment of detainees.", "They are ill."])
    assert postings["ill"] == [1]
    assert postings["ill-treatment"] == [0]


def test_plurals_count_as_their_singular():
    assert corpus_phrases(["The death penalties"])["death penalty"] == [0]
    assert word_forms("abuses") == ["abuses", "abuse", "abus"]
    assert word_forms("countries") == ["countries", "country", "countrie", "countri"]
    assert word_forms("access") == ["access"]
    # irregular plurals by WordNet's own list, so "kids" (kid) meets "children" (child)
    assert word_forms("children") == ["children", "child"]
    assert corpus_phrases(["Deported Ukrainian children"])["child"] == [0]
    assert corpus_synonyms(["The return of deported children."])["synonyms"]["kid"] == ["child"]


def test_kids_finds_the_statements_on_deported_children(answerer):
    answer = answerer.ask("who talked about kids being deported from Ukraine")
    cited = {c.statement_id.split("/", 1)[1] for c in answer.citations}
    assert {"european-union", "lithuania-on-behalf-of-the-nordic-baltic-states", "malta", "slovenia"} <= cited


def test_function_words_and_numbers_are_left_out():
    """"step on" without "on" is another word; "10" and "al" are not words to pair."""
    table = corpus_synonyms(["He will step forward with 10 others, et al."])
    assert not any(" on" in key or key.isdigit() for key in table["synonyms"])
    assert "al" not in table["postings"] and "10" not in table["postings"]


def test_of_and_and_may_join_the_inner_words_of_a_name():
    """"World Court" is WordNet's other name for the International Court of Justice: four words,
    "of" inside; an "of" or "on" at an edge still leaves the name out."""
    table = corpus_synonyms(["It may go to the International Court of Justice."])
    assert table["synonyms"]["world court"] == ["international court of justice"]
    assert not any(key.endswith((" of", " on")) or key.startswith(("of ", "on "))
                   for key in table["synonyms"])


def test_compound_nouns_of_the_corpus_are_listed_whole():
    compounds = corpus_compounds(TEXTS + ["Political prisoners face penalties."])
    assert "death penalty" in compounds and "political prisoner" in compounds
    assert "penalty" not in compounds  # one word is no compound


@pytest.mark.integration
def test_a_compound_counts_only_whole(answerer):
    """"This carries penalties of up to ten years' imprisonment" shares "penalty" with "the
    death penalty", but not the compound: the Law Society never mentions the death penalty."""
    answer = answerer.ask("did any NGO mention the death penalty")
    speakers = {c.statement_id for c in answer.citations}
    assert answer.answer.startswith("Yes.") and "hrc60-belarus/world-resisters-international" in speakers
    assert "hrc60-belarus/law-society-of-england-and-wales" not in speakers


@pytest.mark.integration
def test_the_index_keeps_only_pairs_the_encoder_confirms(sentence_bank):
    unchecked = corpus_synonyms([s.text for s in sentence_bank.sentences])["synonyms"]
    checked = sentence_bank.synonyms
    assert checked["capital punishment"] == ["death penalty"]
    assert set(checked) < set(unchecked)  # some of WordNet's commonest senses are not confirmed
    assert all(set(others) <= set(unchecked[key]) for key, others in checked.items())


@pytest.mark.integration
def test_a_question_in_other_words_finds_the_statements(answerer, sentence_bank, monkeypatch):
    """The statements say "abolish the death penalty"; the question says capital punishment."""
    question = "Who asked Belarus to get rid of capital punishment?"
    found = {c.speaker for c in answerer.ask(question).citations}
    assert found == {"Malta", "European Union", "New Zealand"}
    monkeypatch.setattr(sentence_bank, "synonyms", {})
    without = {c.speaker for c in answerer.ask(question).citations}
    assert without < found and "Malta" not in without  # Malta is found through the synonym only


def test_a_number_is_found_with_or_without_its_thousands_separator(sentence_bank):
    # the Helsinki Committee writes "more than 1100", most others "1,100"
    import numpy as np

    with_comma, without = sentence_bank.phrase_mask("1,100"), sentence_bank.phrase_mask("1100")
    assert np.array_equal(with_comma, without)
    texts = [sentence_bank.sentences[i].text for i in np.flatnonzero(with_comma)]
    assert any("more than 1100 political prisoners" in t for t in texts)
    assert any("1,100" in t for t in texts)


def test_derivations_pair_a_word_with_the_corpus_words_wordnet_derives_from_it():
    table = corpus_derivations({"extens", "detent", "censorship"})
    assert table["extend"] == ["extens"] and table["censor"] == ["censorship"]
    # the first five letters must agree: "detain" and "detention" share three
    assert "detain" not in table


@pytest.mark.integration
def test_a_question_in_another_part_of_speech_finds_the_statement(answerer, sentence_bank, monkeypatch):
    """Switzerland deplores "arbitrary extensions of sentences"; the question says "extended"."""
    question = "who complained about prison terms being extended arbitrarily"
    assert "Switzerland" in {c.speaker for c in answerer.ask(question).citations}
    monkeypatch.setattr(sentence_bank, "derivations", {})
    assert not answerer.ask(question).answerable


@pytest.mark.integration
def test_a_derivation_never_lands_on_a_speakers_name(sentence_bank):
    # "conscientious" derives from "conscience", which the summary writes only in "Conscience and
    # Peace Tax International": CPTI did not talk about conscientious objection
    assert "conscienc" not in sentence_bank.derivations.get("conscienti", [])
    assert sentence_bank.derivations["extend"] == ["extens"]


def test_verbs_of_one_leading_sense_are_paired_with_the_corpus_forms():
    """"answer" (answer, reply, respond first) and "respond" (react first, answer second) share a
    leading sense; the corpus's own form of the verb is what a question's verb counts as."""
    table = corpus_synonyms(["The authorities have not yet responded.", "Belarus must stop arrests."])
    assert table["verbs"]["answer"] == ["responded"] and table["postings"]["responded"] == [0]
    assert "stop" in table["verbs"]["cease"]
    # a word mostly used as a noun is no verb here: "number" is not "amount"
    assert "number" not in corpus_synonyms(["It may amount to a crime."])["verbs"]


def test_only_an_inflected_verb_of_the_question_is_read_as_a_verb(sentence_bank, monkeypatch):
    """"answered" is a verb; "bans" in "travel bans" may be a noun, and "let out" is not "let"."""
    responded = [i for i, s in enumerate(sentence_bank.sentences) if "have not yet responded" in s.text]
    assert len(responded) == 1 and sentence_bank.lexical("answered")[responded[0]] == 1.0
    assert not sentence_bank._phrases_with_synonyms("travel bans", ["travel", "ban"])  # noqa: SLF001
    assert not sentence_bank._phrases_with_synonyms("prisoners let out", ["let"])  # noqa: SLF001
    monkeypatch.setattr(sentence_bank, "verb_synonyms", {})
    assert sentence_bank.lexical("answered")[responded[0]] == 0.0


@pytest.mark.integration
def test_a_question_with_another_verb_of_the_same_sense_finds_the_statement(answerer, sentence_bank,
                                                                           monkeypatch):
    """The Chair says the authorities "have not yet responded"; the question says "answering"."""
    question = "what do the experts say about belarus answering them?"
    answer = answerer.ask(question)
    assert [c.speaker for c in answer.citations] == ["Ms. Karinna Moskalenko"], answer.answer
    assert "have not yet responded" in answer.answer
    monkeypatch.setattr(sentence_bank, "verb_synonyms", {})
    answerer._read_topic.cache_clear()  # noqa: SLF001 (it keeps what it read with the verbs)
    assert not answerer.ask(question).answerable


@pytest.mark.integration
def test_a_claim_put_in_another_verb_is_denied_when_the_speaker_denies_it(answerer):
    """"Did the experts say Belarus ever answered them?": they say it has not yet responded, so
    the answer is no, not a yes over a quote that says the opposite."""
    for question in ("did the experts say belarus ever answered them",
                     "did the experts say belarus ever responded to them"):
        answer = answerer.ask(question)
        assert answer.answer.startswith("No"), answer.answer
        assert "have not yet responded" in answer.answer
