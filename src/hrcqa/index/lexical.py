"""The lexical index: BM25 (bm25s) over `hrcqa.text.tokenize` tokens, which keep numbers and
one-character tokens. Scores can be restricted to a set of passage ids.
"""

from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

from hrcqa.errors import CorruptIndexError
from hrcqa.text.tokenize import tokenize

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index() at debug level


class BM25Index:
    """bm25s over passages, ids 0..n-1 in passage order."""

    def __init__(self, model: bm25s.BM25) -> None:
        self.model = model
        self.vocab = model.vocab_dict

    @classmethod
    def build(cls, texts: list[str]) -> BM25Index:
        model = bm25s.BM25()
        model.index([tokenize(t) or ["\u2205"] for t in texts], show_progress=False)
        return cls(model)

    @property
    def size(self) -> int:
        return int(self.model.scores["num_docs"])

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage for the query (zeros if no query word is known)."""
        tokens = [t for t in tokenize(query) if t in self.vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.model.get_scores(tokens), dtype=np.float32)

    def search(self, query: str, k: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) with a positive score, optionally among `allowed` ids only; equal
        scores in id order. Passages with no query word are left out rather than ranked: their
        tie at zero carries no evidence (see `Retriever.rank`)."""
        scores = self.scores(query)
        candidates = np.arange(self.size) if allowed is None else allowed.astype(np.int64)
        candidate_scores = scores[candidates]
        positive = candidate_scores > 0  # bm25s pads with zero-score "matches"; drop them
        candidates, candidate_scores = candidates[positive], candidate_scores[positive]
        top = np.argsort(-candidate_scores, kind="stable")[:k]
        return candidate_scores[top], candidates[top]

    def save(self, path: Path) -> None:
        self.model.save(str(path))

    @classmethod
    def load(cls, path: Path) -> BM25Index:
        try:
            return cls(bm25s.BM25.load(str(path), mmap=False))
        except Exception as error:  # noqa: BLE001 - bm25s raises many types on bad files
            raise CorruptIndexError(f"{path}: not a readable BM25 index ({type(error).__name__}); "
                                    "run `hrcqa build --force`") from None
