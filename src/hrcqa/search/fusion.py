"""Small pure functions that combine and tidy ranked lists (no I/O, no models)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def reciprocal_rank_fusion(rankings: Sequence[Sequence[T]], k: float = 60.0,
                           weights: Sequence[float] | None = None,
                           floors: Sequence[int | None] | None = None) -> list[tuple[T, float]]:
    """Fuse ranked lists: score(d) = sum_i w_i / (k + rank_i(d)), ranks from 1.

    An item missing from ranking i gets `floors[i]` as its rank there, or nothing when that is
    None (the default). None suits a complete ranking, where missing means "did not match"
    (BM25 with no query term). A ranking cut at depth d should pass d + 1, the best rank an item
    beyond the cut can have: otherwise the item ranked first by one list and just missed by the
    other scores w/(k + 1) and is overtaken by items mediocre in both. Equal scores go to the
    item with the better rank in any list, then to the earlier ranking.

    >>> reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=1)
    [('b', 0.8333333333333333), ('a', 0.5), ('c', 0.3333333333333333)]
    >>> reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=1, floors=[None, 3])
    [('b', 0.8333333333333333), ('a', 0.75), ('c', 0.3333333333333333)]
    """
    weights = weights or [1.0] * len(rankings)
    floors = floors or [None] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    if len(floors) != len(rankings):
        raise ValueError("one floor per ranking")
    scores: dict[T, float] = {}
    best_rank: dict[T, int] = {}
    seen: list[set[T]] = []
    for ranking, weight in zip(rankings, weights, strict=True):
        seen.append(set(ranking))
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
            best_rank[item] = min(best_rank.get(item, rank), rank)
    for members, weight, floor in zip(seen, weights, floors, strict=True):
        if floor is not None:
            for item in scores.keys() - members:
                scores[item] += weight / (k + floor)
    return sorted(scores.items(), key=lambda pair: (-pair[1], best_rank[pair[0]]))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Share of the shorter range that the two ranges have in common.

    >>> overlap((0, 10), (5, 20))
    0.5
    """
    common = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(common, 0) / shorter if shorter > 0 else 0.0


def drop_near_duplicates(ranked: Sequence[tuple[T, str, int, int]], max_overlap: float = 0.5,
                         limit: int | None = None) -> list[T]:
    """Keep ranked (id, group, start, end) items unless one above in the same group overlaps
    more than `max_overlap` of the shorter: overlapping sentence windows say the same thing.
    With a `limit`, the first `limit` kept (the rest are not compared).

    >>> drop_near_duplicates([("w1", "s", 0, 30), ("w2", "s", 20, 50), ("w3", "t", 0, 30)])
    ['w1', 'w2', 'w3']
    >>> drop_near_duplicates([("w1", "s", 0, 30), ("w2", "s", 5, 30)])
    ['w1']
    >>> drop_near_duplicates([("w1", "s", 0, 30), ("w2", "s", 5, 30), ("w3", "t", 0, 9)], limit=1)
    ['w1']
    """
    kept: dict[str, list[tuple[int, int]]] = {}  # each group's kept ranges
    found: list[T] = []
    for item, group, start, end in ranked:
        if limit is not None and len(found) >= limit:
            break
        ranges = kept.setdefault(group, [])
        if all(overlap((start, end), other) <= max_overlap for other in ranges):
            ranges.append((start, end))
            found.append(item)
    return found
