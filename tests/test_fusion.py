"""Fusion and de-duplication, with hand-computed values."""

from __future__ import annotations

import pytest

from hrcqa.search.fusion import drop_near_duplicates, overlap, reciprocal_rank_fusion


def test_rrf_hand_computed():
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["c", "a"]], k=60))
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert fused["b"] == pytest.approx(1 / 62)
    assert fused["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert [item for item, _ in reciprocal_rank_fusion([["a", "b", "c"], ["c", "a"]], k=60)] == \
        ["a", "c", "b"]


def test_rrf_weights_and_ties():
    fused = reciprocal_rank_fusion([["x"], ["y"]], k=1, weights=[1.0, 3.0])
    assert fused == [("y", 1.5), ("x", 0.5)]
    tie = reciprocal_rank_fusion([["p", "q"], ["q", "p"]], k=1)
    assert [item for item, _ in tie] == ["p", "q"]  # equal scores: earliest best rank wins
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])


def test_overlap_and_near_duplicates():
    assert overlap((0, 10), (10, 20)) == 0.0
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 100), (90, 95)) == 1.0  # the shorter is fully inside
    ranked = [("a", "s1", 0, 100), ("b", "s1", 60, 160), ("c", "s1", 20, 90), ("d", "s2", 0, 100)]
    assert drop_near_duplicates(ranked) == ["a", "b", "d"]
    assert drop_near_duplicates(ranked, max_overlap=1.0) == ["a", "b", "c", "d"]


# --- The exact-term hit is not lost by fusion (a passage BM25 ranks first, missing from a dense
# list cut short, used to score only 1/(k + 1) and fall behind passages mediocre in both lists).

def test_rrf_item_missing_from_a_cut_list_counts_as_just_below_the_cut():
    bm25 = ["rare"] + [f"f{i}" for i in range(9)] + ["m"]     # "m": BM25 rank 11
    dense_top10 = [f"x{i}" for i in range(9)] + ["m"]          # "m": dense rank 10; "rare" cut off
    weights = [1.0, 0.5]
    unfloored = dict(reciprocal_rank_fusion([bm25, dense_top10], k=60, weights=weights))
    assert unfloored["rare"] == pytest.approx(1 / 61)          # the old failure: m overtakes rare
    assert unfloored["m"] == pytest.approx(1 / 71 + 0.5 / 70)
    assert unfloored["m"] > unfloored["rare"]
    fused = reciprocal_rank_fusion([bm25, dense_top10], k=60, weights=weights, floors=[None, 11])
    assert fused[0] == ("rare", pytest.approx(1 / 61 + 0.5 / 71))
    assert dict(fused)["m"] == pytest.approx(1 / 71 + 0.5 / 70)  # present items are unchanged
    assert dict(fused)["x0"] == pytest.approx(0.5 / 61)         # no BM25 rank: no BM25 credit
    # the floor is what the full list gives an item ranked just below the cut
    full = dict(reciprocal_rank_fusion([bm25, dense_top10 + ["rare"]], k=60, weights=weights))
    assert full["rare"] == pytest.approx(dict(fused)["rare"])
    with pytest.raises(ValueError, match="floor"):
        reciprocal_rank_fusion([bm25, dense_top10], floors=[None])


N_FAKE = 40


def fake_retriever(approximate: bool):
    """A `Retriever` over 40 made-up passages, no model: passage 0 alone holds "zeta" (BM25 first)
    and is last for the dense query; passages 1-10 hold "alpha" (BM25 2-11, dense 11-20);
    passages 11-39 match no query word (dense 1-10 and 21-39)."""
    from types import SimpleNamespace

    import numpy as np

    from hrcqa.config import Settings
    from hrcqa.index.dense import VectorIndex
    from hrcqa.index.lexical import BM25Index
    from hrcqa.search.retriever import Retriever

    texts = ["zeta omega"] + [f"alpha filler{i}" for i in range(1, 11)] + \
        [f"beta filler{i}" for i in range(11, N_FAKE)]
    dense_rank = {0: N_FAKE} | {i: 10 + i for i in range(1, 11)} | \
        {i: i - 10 for i in range(11, 21)} | {i: i for i in range(21, N_FAKE)}
    vectors = np.zeros((N_FAKE, N_FAKE + 1), dtype=np.float32)
    for i, rank in dense_rank.items():  # cosine with the query (axis 0) falls with the rank
        vectors[i, 0] = 1 - rank / 100
        vectors[i, i + 1] = np.sqrt(1 - vectors[i, 0] ** 2)
    vector_index = VectorIndex.create(N_FAKE + 1, N_FAKE, approximate_above=1 if approximate
                                      else N_FAKE)
    vector_index.add(vectors)
    query_vector = np.eye(1, N_FAKE + 1, dtype=np.float32)
    retriever = Retriever.__new__(Retriever)  # `rank` needs only these four attributes
    retriever.index = SimpleNamespace(bm25=BM25Index.build(texts), vectors=vector_index)
    retriever.encoder = SimpleNamespace(encode=lambda queries: query_vector)
    retriever.settings = Settings(dense_weight=0.5, rrf_k=60)
    retriever.passages = texts
    return retriever, dense_rank


def test_exact_index_ranks_every_passage_in_both_lists():
    retriever, dense_rank = fake_retriever(approximate=False)
    assert retriever.index.vectors.exact()
    fused = dict(retriever.rank("zeta alpha", None, "hybrid", depth=20))  # depth cuts the output only
    assert len(fused) == 20 and 0 in fused
    full = dict(retriever.rank("zeta alpha", None, "hybrid", depth=N_FAKE))
    assert len(full) == N_FAKE
    assert full[0] == pytest.approx(1 / 61 + 0.5 / (60 + N_FAKE))   # dense rank 40, not cut off
    for i in range(1, 11):  # BM25 ties (equal texts) in passage order: ranks 2..11
        assert full[i] == pytest.approx(1 / (60 + i + 1) + 0.5 / (60 + dense_rank[i]))
    for i in range(11, N_FAKE):  # no query word: no BM25 rank, only the dense term
        assert full[i] == pytest.approx(0.5 / (60 + dense_rank[i]))
    bm25_only = retriever.rank("zeta alpha", None, "bm25", depth=N_FAKE)
    assert [i for i, _ in bm25_only] == list(range(11))               # zero scores are left out


def test_approximate_index_cuts_the_dense_list_at_depth_and_floors_the_rest():
    retriever, _ = fake_retriever(approximate=True)
    assert not retriever.index.vectors.exact()
    fused = retriever.rank("zeta alpha", None, "hybrid", depth=10)
    assert fused[0] == (0, pytest.approx(1 / 61 + 0.5 / 71))  # below the cut: dense rank 11
    assert dict(fused)[1] == pytest.approx(1 / 62 + 0.5 / 71)
    import numpy as np

    allowed = np.arange(N_FAKE)  # a filter this small is scored exactly, even on HNSW
    assert retriever.index.vectors.exact(allowed)
    assert dict(retriever.rank("zeta alpha", allowed, "hybrid", depth=10))[0] == \
        pytest.approx(1 / 61 + 0.5 / (60 + N_FAKE))


def rare_words(retriever) -> list[tuple[str, int]]:
    """(word, passage number) for the words the lexical index finds in exactly one passage."""
    import numpy as np

    from hrcqa.text.tokenize import WORD

    seen: set[str] = set()
    found = []
    for number, passage in enumerate(retriever.passages):
        for word in WORD.findall(passage.text):
            if word.lower() in seen or not word.isalpha() or len(word) < 5:
                continue
            seen.add(word.lower())
            matches = np.flatnonzero(retriever.index.bm25.scores(word) > 0)
            if len(matches) == 1:
                assert matches[0] == number
                found.append((word, number))
    return found


def test_every_passage_keeps_its_dense_rank_for_rare_word_questions(retriever):
    """For every word found in one passage only, the fused score of that passage's statement
    includes the passage's dense rank however low it is (it used to be cut at 100)."""
    k, weight = retriever.settings.rrf_k, retriever.settings.dense_weight
    words = rare_words(retriever)
    assert len(words) >= 20
    cut_off = 0
    for word, number in words:
        question = f"Who said {word}?"
        if retriever.rank(question, None, "bm25", depth=1)[0][0] != number:
            continue  # another passage matches the rest of the question better
        dense = [i for i, _ in retriever.rank(question, None, "dense", depth=len(retriever.passages))]
        cut_off += dense.index(number) >= 100
        expected = 1 / (k + 1) + weight / (k + dense.index(number) + 1)
        scores = dict(retriever.rank_statements(question, auto_filter=False))
        assert scores[retriever.passages[number].statement_id] >= expected - 1e-9, word
    assert cut_off > 0  # some passages lie below the old candidate depth


def test_a_rare_word_brings_its_statement_first(retriever):
    """The issue's case: a question quoting a word of one statement. BM25 ranks the passage
    first; dense ranks it below the old candidate depth; hybrid must still put it first."""
    import numpy as np

    from hrcqa.search.retriever import CANDIDATES

    question, word = "who mentioned manipulations", "manipulations"
    (number,) = np.flatnonzero(retriever.index.bm25.scores(word) > 0)  # in exactly one passage
    statement_id = retriever.passages[number].statement_id
    assert word in retriever.passages[number].text
    assert retriever.rank(question, None, "bm25", depth=1)[0][0] == number
    dense = [i for i, _ in retriever.rank(question, None, "dense", depth=len(retriever.passages))]
    assert dense.index(number) >= CANDIDATES
    assert retriever.search(question, k=1, auto_filter=False)[0].statement_id == statement_id
    assert retriever.rank_statements(question, auto_filter=False)[0][0] == statement_id
