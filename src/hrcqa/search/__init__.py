"""Stage 4: the `Retriever` (hybrid BM25 + dense search with filters) and rank fusion."""

from hrcqa.search.retriever import Retriever

__all__ = ["Retriever"]
