"""The dense vector index: FAISS behind a narrow add/search/save/load interface.

Vectors are L2-normalised, so inner product is cosine similarity. Exact search
(`IndexFlatIP`) is used while the corpus is small; above a configurable size, HNSW
(`IndexHNSWFlat`, inner product). Searches can be restricted to a set of passage ids.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from hrcqa.errors import CorruptIndexError

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128
EXACT_SUBSET_MAX = 4096  # a filter this small is scored exactly, even on an HNSW index


class VectorIndex:
    """A FAISS index of passage vectors, ids 0..n-1 in passage order."""

    def __init__(self, index: faiss.Index) -> None:
        self.index = index
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = HNSW_EF_SEARCH

    @classmethod
    def create(cls, dimension: int, expected_size: int, approximate_above: int) -> VectorIndex:
        if expected_size > approximate_above:
            index = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            return cls(index)
        return cls(faiss.IndexFlatIP(dimension))

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self.index, faiss.IndexHNSW) else "flat"

    def exact(self, allowed: np.ndarray | None = None) -> bool:
        """Whether `search` scores every (allowed) vector, so its top-n is the true top-n: always
        on a flat index, and on HNSW when a filter leaves at most `EXACT_SUBSET_MAX` ids."""
        return isinstance(self.index, faiss.IndexFlat) or (
            allowed is not None and len(allowed) <= EXACT_SUBSET_MAX)

    @property
    def dimension(self) -> int:
        return int(self.index.d)

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for one query vector, optionally among `allowed` ids only."""
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        k = min(k, self.size if allowed is None else len(allowed))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        if allowed is not None and (len(allowed) <= EXACT_SUBSET_MAX or self.kind == "flat"):
            vectors = self.index.reconstruct_batch(allowed.astype(np.int64))
            scores = vectors @ query[0]
            top = np.argsort(-scores, kind="stable")[:k]
            return scores[top], allowed[top].astype(np.int64)
        params = None
        if allowed is not None:
            params = faiss.SearchParametersHNSW(sel=faiss.IDSelectorBatch(allowed.astype(np.int64)),
                                                efSearch=max(HNSW_EF_SEARCH, k))
        scores, ids = self.index.search(query, k, params=params)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    def to_bytes(self) -> bytes:
        """The same bytes `save` writes, for callers that write the file themselves."""
        return faiss.serialize_index(self.index).tobytes()

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        try:
            return cls(faiss.read_index(str(path)))
        except RuntimeError as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else "unreadable"
            raise CorruptIndexError(f"{path}: not a readable FAISS index ({first_line[:80]}); "
                                    "run `hrcqa build --force`") from None
