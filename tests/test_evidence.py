"""Sentence evidence (`hrcqa.text.terms`, `hrcqa.index.sentences`, `hrcqa.answer.scoring`).

Lexical behaviour is tested on the real statements with placeholder vectors (no model); the
dense part and the bank stored in the index with the real encoder.
"""

from __future__ import annotations

import numpy as np
import pytest

from hrcqa.answer.scoring import required_phrases, score_sentences
from hrcqa.corpus.chunking import sentences
from hrcqa.index.sentences import SentenceBank, context_windows, evidence_texts
from hrcqa.text.terms import content_terms, find_acronyms, split_alternatives


@pytest.fixture(scope="module")
def lexical_bank(parsed):
    bank_sentences = [s for st in parsed.statements for s in sentences(st)]
    return SentenceBank(bank_sentences, np.zeros((len(bank_sentences), 4), dtype=np.float32))


def statements_with(bank: SentenceBank, scores: np.ndarray, at_least: float) -> set[str]:
    return {bank.sentences[i].statement_id.split("/")[1] for i in np.flatnonzero(scores >= at_least)}


def test_content_terms_drop_question_words():
    assert content_terms("Which speakers raised the death penalty?") == \
        ["speaker", "rais", "death", "penalti"]


def test_split_alternatives():
    assert split_alternatives("sanctions, travel bans or other targeted measures") == \
        ("", ["sanctions", "travel bans", "other targeted measures"])
    assert split_alternatives("trials or sentences handed down in absentia") == \
        ("handed down in absentia", ["trials", "sentences"])
    assert split_alternatives("the death penalty") == ("the death penalty", [])
    # an article makes no second word: "elections" is shared, not one side of the choice
    assert split_alternatives("the elections fraudulent or a sham") == \
        ("the elections", ["fraudulent", "sham"])


def test_acronyms_come_from_the_corpus(lexical_bank):
    assert {"icc", "upr", "icj", "cpti"} <= set(lexical_bank.acronyms)
    assert find_acronyms("the Universal Periodic Review (UPR)") == \
        {"upr": [("universal", "period", "review")]}


def test_acronyms_spelt_with_small_words_and_without_un(lexical_bank):
    # UNCAT is the UN Convention against Torture, and so, in UN usage, the Convention against
    # Torture that the Chair and IBAHRI name without "UN"
    assert ("convent", "against", "tortur") in lexical_bank.acronyms["uncat"]
    uncat = lexical_bank.lexical("UNCAT") > 0
    speakers = {lexical_bank.statement_ids[i].split("/")[-1] for i in np.flatnonzero(uncat)}
    assert {"karinna-moskalenko", "international-bar-associations-human-rights-institute",
            "monika-platek", "susan-bazilli"} <= speakers
    # "UNHRC" is the Human Rights Council, not every phrase whose initials are HRC
    assert find_acronyms("the UNHRC. The United Nations Human Rights Council and the Human Rights "
                         "Center.")["unhrc"] == [("unit", "nation", "human", "right", "council"),
                                                 ("human", "right", "council")]


def test_lexical_matches_acronyms_both_ways(lexical_bank):
    court = lexical_bank.lexical("the International Criminal Court")
    assert {"karinna-moskalenko", "monika-platek", "human-rights-house-foundation"} <= \
        statements_with(lexical_bank, court, 1.0)
    review = lexical_bank.lexical("UPR")
    assert "world-resisters-international" in statements_with(lexical_bank, review, 1.0)


def test_an_acronym_in_capitals_matches_the_longer_acronyms_it_begins(lexical_bank):
    """"LGBT" finds "LGBTQI+" (Czechia) and "LGBTQ+"; a short word in lower case stays exact."""
    assert statements_with(lexical_bank, lexical_bank.lexical("LGBT"), 1.0) == \
        {"czechia", "national-human-rights-civic-association-belarusian-helsinki-committee"}
    assert not statements_with(lexical_bank, lexical_bank.lexical("lgbt"), 0.01)


def test_lexical_prefixes_and_alternatives(lexical_bank):
    extremism = lexical_bank.lexical("extremism")
    assert "germany" in statements_with(lexical_bank, extremism, 1.0)  # "declared extremists"
    measures = lexical_bank.lexical("sanctions, travel bans or targeted measures")
    assert {"new-zealand", "united-kingdom", "belarus", "monika-platek"} <= \
        statements_with(lexical_bank, measures, 0.99)
    # "sham trials" (Benelux) covers one alternative but not the elections all of them qualify
    sham = lexical_bank.lexical("the elections fraudulent or a sham")
    assert "france" in statements_with(lexical_bank, sham, 0.99)  # "the fraudulent presidential election"
    assert "netherlands-on-behalf-of-the-benelux-countries" not in statements_with(lexical_bank, sham, 0.99)


def test_required_phrases_and_paragraph_coreference(lexical_bank):
    assert required_phrases("the recent release of 52 prisoners since 2020") == (["52"], [])
    assert required_phrases("Nasta Loika's lawyers") == ([], ["Loika"])
    scored = score_sentences(lexical_bank, np.zeros(4, dtype=np.float32), "Nasta Loika's lawyers",
                             0.5)
    allowed = {lexical_bank.sentences[i].text for i in np.flatnonzero(scored.relevance > -1)}
    assert "Her lawyers have been intimidated, disbarred, and persecuted." in allowed
    assert not any("Maxim Znak" in text for text in allowed)


def test_a_state_the_topic_names_is_required_by_any_of_its_names(lexical_bank):
    """"the United States" is a State, not a person known by "States": a sentence holds it as
    "the United States" or "US mediation", never as "shared with us" or "state parties"."""
    assert required_phrases("credit United States") == ([], ["United States"])
    scored = score_sentences(lexical_bank, np.zeros(4, dtype=np.float32), "credit United States", 0.5)
    allowed = statements_with(lexical_bank, scored.relevance, -0.99)
    assert allowed == {"poland", "ukraine"}


def test_context_windows_stay_in_the_paragraph(parsed):
    bank_sentences = [s for st in parsed.statements[:2] for s in sentences(st)]
    windows = context_windows(bank_sentences)
    assert windows[0] == " ".join(s.text for s in bank_sentences[:2])
    last = len([s for s in bank_sentences if s.statement_id == bank_sentences[0].statement_id])
    assert bank_sentences[last - 1].text in windows[last - 1]
    assert bank_sentences[last].text not in windows[last - 1]


def test_the_index_holds_the_bank_of_every_sentence_with_the_real_model(retriever):
    bank = retriever.index.sentences
    bank_sentences, texts = evidence_texts(retriever.statements.values())
    assert [s.text for s in bank.sentences] == [s.text for s in bank_sentences]
    assert len(texts) == 2 * len(bank) and bank.vectors.shape == bank.context_vectors.shape
    fresh = retriever.encoder.encode(texts[:3] + texts[len(bank):len(bank) + 3])
    assert np.allclose(bank.vectors[:3], fresh[:3], atol=1e-5)  # stored = encoded now
    assert np.allclose(bank.context_vectors[:3], fresh[3:], atol=1e-5)
    vector = retriever.encoder.encode(["international criminal court referrals"])[0]
    scored = score_sentences(bank, vector, "international criminal court referrals", 0.5)
    best = bank.sentences[int(np.argmax(scored.relevance))]
    assert "International Criminal Court" in best.text


def test_a_saved_bank_loads_back_equal(lexical_bank, tmp_path):
    lexical_bank.save(tmp_path)
    loaded = SentenceBank.load(tmp_path)
    assert loaded.sentences == lexical_bank.sentences
    assert np.array_equal(loaded.vectors, lexical_bank.vectors)
    assert loaded.acronyms == lexical_bank.acronyms
    for term in ("death", "icc", "extrem", "znak"):
        assert np.array_equal(loaded.term_mask(term), lexical_bank.term_mask(term))
