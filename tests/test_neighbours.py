"""A topic's noun that the summary never uses counts as the summary's nearest noun, by the index's
encoder (`hrcqa.index.neighbours`): the lists the index holds, the guards, and the answers it
changes.
"""

from __future__ import annotations

import numpy as np
import pytest


def test_corpus_nouns_are_lower_case_content_nouns():
    from hrcqa.corpus.chunking import Sentence
    from hrcqa.index.sentences import lexical_terms

    texts = ["Many are denied access to medical care.",
             "The Human Rights House notes it. Austria welcomes it."]
    nouns = lexical_terms([Sentence(statement_id="d/x", paragraph=0, index=i, text=t, start=0, end=len(t))
                           for i, t in enumerate(texts)])["nouns"]
    assert {"access", "care", "medical"} <= set(nouns)
    # "are" is a WordNet noun (a unit of area) but no content word; "house" and "austria" appear
    # only capitalised, in a name; "denied" is no noun
    assert not {"are", "house", "austria", "denied", "many"} & set(nouns)


@pytest.mark.integration
def test_the_index_holds_the_corpus_nouns_encoded(sentence_bank, encoder):
    assert len(sentence_bank.nouns) == len(sentence_bank.noun_vectors) > 500
    i = sentence_bank.nouns.index("medical")
    assert np.allclose(sentence_bank.noun_vectors[i], encoder.encode(["medical"])[0], atol=1e-5)


@pytest.mark.integration
def test_only_nouns_no_sentence_holds_are_unknown(sentence_bank):
    # "prisoners" and "care" are in the summary, "jailed" and "ran" are no nouns, "doctor" is new
    assert sentence_bank.unknown_nouns("jailed prisoners who ran out of care and a doctor") == ["doctor"]


@pytest.mark.integration
def test_a_near_noun_is_put_and_a_far_one_is_not(sentence_bank, encoder):
    words = ["doctor", "zebra"]
    put, nearest = sentence_bank.with_neighbours("a zebra and a doctor", words, encoder.encode(words))
    assert nearest == {"doctor": "medical"} and put == "a zebra and a medical"


@pytest.mark.integration
def test_a_question_in_a_word_the_summary_never_uses_finds_the_statements(answerer, sentence_bank,
                                                                          monkeypatch):
    """The statements say prisoners are denied "medical care"; the question says doctors."""
    question = "who mentioned doctors for prisoners"
    answer = answerer.ask(question)
    assert {"France", "Germany", "United Kingdom"} <= {c.speaker for c in answer.citations}
    assert 'counted "doctors" as "medical", the nearest word the summary uses' in answer.understood
    monkeypatch.setattr(sentence_bank, "nouns", [])
    monkeypatch.setattr(sentence_bank, "noun_vectors", sentence_bank.noun_vectors[:0])
    # (a fresh answerer: one keeps each topic it has read, `Answerer._read_topic`)
    without = type(answerer)(answerer.retriever).ask(question)
    assert not without.answerable and not any("counted" in item for item in without.understood)


@pytest.mark.integration
def test_nouns_held_only_as_other_words_of_their_stem_are_listed(sentence_bank):
    # no sentence writes "executions" or "treaty", but their stems are in "executive" and
    # "treated"; "prisoners" is written as such and "organisations" as "organizations"
    held = sentence_bank.stem_only_nouns("executions of prisoners, a treaty and organisations")
    assert held == {"executions": ["executive"], "treaty": ["treated"]}


@pytest.mark.integration
def test_only_unrelated_words_of_a_stem_are_left_out(encoder):
    from hrcqa.index.neighbours import unrelated_words

    held = {"executions": ["executive"], "diplomat": ["diplomatic"]}
    vectors = encoder.encode(["executions", "diplomat", "executive", "diplomatic"])
    assert unrelated_words(held, vectors) == ["executions"]


@pytest.mark.integration
@pytest.mark.parametrize(("question", "unrelated"), [
    ("Who talked about executions?", "the executive"),
    ("Which speakers mentioned a treaty?", "treated"),
])
def test_a_word_that_only_shares_its_stem_is_no_evidence(answerer, question, unrelated):
    """IBAHRI's sentence on "the executive control" of the judiciary says nothing of executions,
    and Czechia's that prisoners be "treated with dignity" nothing of a treaty: neither is quoted."""
    answer = answerer.ask(question)
    assert not any(unrelated in c.quote for c in answer.citations)


@pytest.mark.integration
def test_the_lexical_signal_counts_an_absent_word_as_held_by_no_sentence(sentence_bank):
    plain = sentence_bank.lexical("executions")
    assert plain.max() == 1.0  # by the stem of "executive"
    assert not sentence_bank.lexical("executions", absent=["executions"]).any()
    # through a synonym an absent word is still held: "capital punishment" is the "death penalty"
    assert sentence_bank.lexical("capital punishment", absent=["punishment"]).max() > 0


@pytest.mark.integration
def test_a_question_of_many_rare_nouns_encodes_a_bounded_number_of_words(answerer, monkeypatch):
    """Every unknown noun and every noun held only by other words of its stem is encoded with the
    topic. A question of 2,000 characters of rare nouns had 239 texts encoded (1.3 s, against
    26 ms for a plain question); the lists are bounded, whatever the question holds."""
    from hrcqa.index.sentences import MAX_HELD, MAX_NOUNS
    from hrcqa.index.synonyms import is_noun
    from hrcqa.text.english import english_words

    nouns = sorted(w for w in english_words() if w.isalpha() and 6 <= len(w) <= 10 and is_noun(w))[::97]
    question = ("Who mentioned " + " ".join(nouns))[:1990]
    assert len(answerer.bank.unknown_nouns(question)) == MAX_NOUNS  # more than that are unknown
    encoded: list[int] = []
    encode = answerer.retriever.encoder.encode

    def counted(texts: list[str], *args: object, **kwargs: object) -> object:
        encoded.append(len(texts))
        return encode(texts, *args, **kwargs)

    monkeypatch.setattr(answerer.retriever.encoder, "encode", counted)
    answerer.ask(question)
    # the topic, the nouns and the words of their stems; the related passages' search
    assert sum(encoded) <= 1 + 2 * MAX_NOUNS + MAX_HELD + 1
