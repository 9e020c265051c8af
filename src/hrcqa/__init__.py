"""hrcqa: who said what in UN Human Rights Council meeting summaries.

    from hrcqa import Retriever, ask
    hits = Retriever.load().search("Which delegations called for abolishing the death penalty?")
    answer = ask("How many political prisoners remain?")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Retriever", "Answerer", "ask", "Settings", "HrcqaError", "StaleIndexError",
           "QueryError", "CorpusError", "Hit", "Passage", "Statement", "Citation", "Answer"]

if TYPE_CHECKING:
    from hrcqa.answer.answerer import Answerer, ask
    from hrcqa.config import Settings
    from hrcqa.errors import CorpusError, HrcqaError, QueryError, StaleIndexError
    from hrcqa.models import Answer, Citation, Hit, Passage, Statement
    from hrcqa.search.retriever import Retriever

_WHERE = {"Retriever": "hrcqa.search.retriever", "Answerer": "hrcqa.answer.answerer",
          "ask": "hrcqa.answer.answerer", "Settings": "hrcqa.config",
          "HrcqaError": "hrcqa.errors", "StaleIndexError": "hrcqa.errors",
          "QueryError": "hrcqa.errors", "CorpusError": "hrcqa.errors",
          "Hit": "hrcqa.models", "Passage": "hrcqa.models", "Statement": "hrcqa.models",
          "Citation": "hrcqa.models", "Answer": "hrcqa.models"}


def __getattr__(name: str) -> Any:
    """Import lazily, so `import hrcqa` stays fast for the CLI."""
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'hrcqa' has no attribute {name!r}")
