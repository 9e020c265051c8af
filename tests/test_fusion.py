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
