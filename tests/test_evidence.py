"""Sentence evidence (`hrcqa.terms`, `hrcqa.evidence`, `hrcqa.scoring`).

Lexical behaviour is tested on the real statements with placeholder vectors (no model); the
dense part and the on-disk cache with the real encoder.
"""

from __future__ import annotations

import numpy as np
import pytest

from hrcqa.chunking import sentences
from hrcqa.evidence import SentenceBank, cached_vectors, context_windows
from hrcqa.scoring import required_phrases, score_sentences
from hrcqa.terms import content_terms, find_acronyms, split_alternatives


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


def test_acronyms_come_from_the_corpus(lexical_bank):
    assert {"icc", "upr", "icj", "cpti"} <= set(lexical_bank.acronyms)
    assert find_acronyms("the Universal Periodic Review (UPR)") == \
        {"upr": [("universal", "period", "review")]}


def test_lexical_matches_acronyms_both_ways(lexical_bank):
    court = lexical_bank.lexical("the International Criminal Court")
    assert {"karinna-moskalenko", "monika-platek", "human-rights-house-foundation"} <= \
        statements_with(lexical_bank, court, 1.0)
    review = lexical_bank.lexical("UPR")
    assert "world-resisters-international" in statements_with(lexical_bank, review, 1.0)


def test_lexical_prefixes_and_alternatives(lexical_bank):
    extremism = lexical_bank.lexical("extremism")
    assert "germany" in statements_with(lexical_bank, extremism, 1.0)  # "declared extremists"
    measures = lexical_bank.lexical("sanctions, travel bans or targeted measures")
    assert {"new-zealand", "united-kingdom", "belarus", "monika-platek"} <= \
        statements_with(lexical_bank, measures, 0.99)


def test_required_phrases_and_paragraph_coreference(lexical_bank):
    assert required_phrases("the recent release of 52 prisoners since 2020") == (["52"], [])
    assert required_phrases("Nasta Loika's lawyers") == ([], ["Loika"])
    scored = score_sentences(lexical_bank, np.zeros(4, dtype=np.float32), "Nasta Loika's lawyers",
                             0.5)
    allowed = {lexical_bank.sentences[i].text for i in np.flatnonzero(scored.relevance > -1)}
    assert "Her lawyers have been intimidated, disbarred, and persecuted." in allowed
    assert not any("Maxim Znak" in text for text in allowed)


def test_context_windows_stay_in_the_paragraph(parsed):
    bank_sentences = [s for st in parsed.statements[:2] for s in sentences(st)]
    windows = context_windows(bank_sentences)
    assert windows[0] == " ".join(s.text for s in bank_sentences[:2])
    last = len([s for s in bank_sentences if s.statement_id == bank_sentences[0].statement_id])
    assert bank_sentences[last - 1].text in windows[last - 1]
    assert bank_sentences[last].text not in windows[last - 1]


def test_bank_with_the_real_model_and_its_disk_cache(retriever, tmp_path):
    calls = []

    class Counting:
        name, dimension = retriever.encoder.name, retriever.encoder.dimension

        def encode(self, texts, show_progress=False):
            calls.append(len(texts))
            return retriever.encoder.encode(texts)

    statements = list(retriever.statements.values())[:3]
    first = SentenceBank.build(statements, Counting(), tmp_path, "model-a")
    second = SentenceBank.build(statements, Counting(), tmp_path, "model-a")
    assert calls == [2 * len(first)]  # sentences and their windows, encoded once
    assert np.array_equal(first.vectors, second.vectors)
    vector = retriever.encoder.encode(["international criminal court referrals"])[0]
    scored = score_sentences(first, vector, "international criminal court referrals", 0.5)
    best = first.sentences[int(np.argmax(scored.relevance))]
    assert "International Criminal Court" in best.text


def test_cached_vectors_survive_an_unwritable_cache(retriever, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    vectors = cached_vectors(["a sentence"], "key", blocked, retriever.encoder)
    assert vectors.shape == (1, retriever.encoder.dimension)
