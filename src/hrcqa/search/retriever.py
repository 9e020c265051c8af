"""Hybrid retrieval: BM25 + dense vectors fused by reciprocal rank, with speaker/kind filters.

    from hrcqa import Retriever
    r = Retriever.load()                       # embeddings/, built if missing
    hits = r.search("What did France say about detention?", k=5)

A question that names a speaker as the one speaking, or a kind, restricts itself (its `Reading`,
`hrcqa.question.reading`; a name in the topic never does); explicit
`speakers=`/`kinds=` filters override that. Overlapping windows of one statement are
de-duplicated. A `Retriever` is read-only after loading and safe to share between threads.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np

from hrcqa.config import Settings
from hrcqa.errors import IndexMissingError, QueryError, StaleIndexError
from hrcqa.index.build import build_index
from hrcqa.index.encoders import Encoder
from hrcqa.index.store import LoadedIndex, check_fresh, load_index, read_manifest
from hrcqa.models import KIND_LABELS, Hit, Kind, Passage
from hrcqa.question.followups import cap_history
from hrcqa.question.query import SpeakerDirectory, validate_kinds
from hrcqa.question.reading import Reading, read_question
from hrcqa.question.spelling import Speller
from hrcqa.search.fusion import drop_near_duplicates, reciprocal_rank_fusion

log = logging.getLogger("hrcqa")
Mode = Literal["hybrid", "bm25", "dense"]
MODES: tuple[Mode, ...] = ("hybrid", "bm25", "dense")
CANDIDATES = 50


class QueryTruncatedWarning(UserWarning):
    """A query longer than the limit was cut to the limit."""


def clean_query(query: object, max_chars: int) -> str:
    """A usable query string: control characters blanked, whitespace folded, length capped."""
    if not isinstance(query, str):
        raise QueryError(f"the query must be text, not {type(query).__name__}")
    text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", query).split())
    if not text:
        raise QueryError("the query is empty; type a question, e.g. "
                         "\"Which delegations called for abolishing the death penalty?\"")
    if len(text) > max_chars:
        warnings.warn(f"query truncated from {len(text):,} to {max_chars:,} characters",
                      QueryTruncatedWarning, stacklevel=3)
        text = text[:max_chars]
    return text


def ensure_index(settings: Settings, rebuild: bool) -> LoadedIndex:
    """Load the index, building it if missing and rebuilding it if stale when `rebuild`."""
    try:
        _, manifest = read_manifest(settings.index_dir)
    except IndexMissingError:
        log.warning("hrcqa: no index in %s; building it", settings.index_dir)
        build_index(settings, if_stale=True)
        return load_index(settings.index_dir)
    except StaleIndexError as error:  # written by another version of hrcqa
        if not rebuild:
            raise
        log.warning("hrcqa: %s; rebuilding", str(error).split(";")[0])
        build_index(settings, if_stale=True)
        return load_index(settings.index_dir)
    reasons = check_fresh(manifest, settings)
    if reasons:
        if not rebuild:
            raise StaleIndexError(f"{settings.index_dir}: index is stale ({', '.join(reasons)}); "
                                  "run `hrcqa build` or load with rebuild=True")
        log.warning("hrcqa: index is stale (%s); rebuilding", ", ".join(reasons))
        build_index(settings, if_stale=True)
    return load_index(settings.index_dir)


def _load_encoder(index: LoadedIndex, settings: Settings) -> Encoder:
    from hrcqa.index.encoders import OnnxEncoder, TorchEncoder, resolve_model_dir

    if settings.backend == "onnx":
        return OnnxEncoder(index.encoder_dir, settings.threads)
    return TorchEncoder(resolve_model_dir(index.manifest["model"]), settings.threads)


class Retriever:
    """Search passages of an index; see the module docstring."""

    def __init__(self, index: LoadedIndex, encoder: Encoder, settings: Settings) -> None:
        self.index = index
        self.encoder = encoder
        self.settings = settings
        self.passages: list[Passage] = index.passages
        self.statements = {s.id: s for s in index.statements}
        self.directory = SpeakerDirectory(index.statements)
        self.speller = Speller.from_statements(index.statements)
        self._statement_of = np.array([p.statement_id for p in self.passages], dtype=object)
        self._kind_of = np.array([p.kind for p in self.passages], dtype=object)
        self._paragraph_numbers = self._number_paragraphs()

    @classmethod
    def load(cls, index_dir: str | Path | None = None, *, settings: Settings | None = None,
             rebuild: bool = False) -> Retriever:
        """Load an index (built if missing). Stale: StaleIndexError unless `rebuild=True`."""
        settings = settings or Settings()
        if index_dir is not None:
            settings = settings.model_copy(update={"index_dir": Path(index_dir)})
        index = ensure_index(settings, rebuild)
        return cls(index, _load_encoder(index, settings), settings)

    def _number_paragraphs(self) -> dict[tuple[str, int], int]:
        numbers: dict[tuple[str, int], int] = {}
        counters: dict[str, int] = {}
        for statement in self.index.statements:
            for p in range(len(statement.paragraphs)):
                counters[statement.document_id] = counters.get(statement.document_id, 0) + 1
                numbers[(statement.id, p)] = counters[statement.document_id]
        return numbers

    def read(self, question: str, history: Sequence[Sequence[str]] | None = None) -> Reading:
        """How a question (in a conversation) is understood: the one `Reading` that the filters,
        the answer strategies and the app all use."""
        turns, _note = cap_history(history, self.settings.max_history_turns,
                                   self.settings.max_history_chars)  # bounded; non-turns skipped
        return read_question(clean_query(question, self.settings.max_query_chars), turns,
                             self.directory, self.speller)

    def analyze(self, query: str) -> Reading:
        """The speakers and kinds a question restricts itself to, and everything else read from
        it (inspectable; `.model_dump()` for JSON)."""
        return self.read(query)

    def paragraph_number(self, statement_id: str, paragraph: int) -> int | None:
        """The ¶ number of a statement's paragraph (0-based) in its summary, counting statement
        paragraphs from 1, as citations show it; None for an unknown one."""
        return self._paragraph_numbers.get((statement_id, paragraph))

    def citation(self, passage: Passage) -> str:
        number = self.paragraph_number(passage.statement_id, passage.paragraph)
        return f"{passage.speaker} ({KIND_LABELS[passage.kind]}), ¶{number}"

    def _allowed(self, statement_ids: Sequence[str] | None, kinds: Sequence[Kind] | None
                 ) -> np.ndarray | None:
        if not statement_ids and not kinds:
            return None
        mask = np.ones(len(self.passages), dtype=bool)
        if statement_ids:
            mask &= np.isin(self._statement_of, list(statement_ids))
        if kinds:
            mask &= np.isin(self._kind_of, list(kinds))
        return np.flatnonzero(mask)

    def rank(self, query: str, allowed: np.ndarray | None, mode: Mode = "hybrid",
             depth: int = CANDIDATES) -> list[tuple[int, float]]:
        """The best `depth` (passage number, score) pairs, best first, before de-duplication.

        BM25 scores every allowed passage; those with no query word get no BM25 rank at all
        (their tie at zero says nothing, and ranking them by passage order would reward the
        start of the document). On an exact dense index every allowed passage also gets a
        dense rank, so fusion sees both ranks of each passage. On an approximate one the dense
        list stops at `depth` and a passage below it counts as dense rank depth + 1.
        """
        size = len(self.passages) if allowed is None else len(allowed)
        rankings: list[list[int]] = []
        floors: list[int | None] = []
        scores: dict[int, float] = {}
        if mode in ("bm25", "hybrid"):
            bm25_scores, bm25_ids = self.index.bm25.search(query, size, allowed)
            rankings.append([int(i) for i in bm25_ids])
            floors.append(None)
            scores |= {int(i): float(s) for s, i in zip(bm25_scores, bm25_ids, strict=True)}
        if mode in ("dense", "hybrid"):
            vector = self.encoder.encode([query])[0]
            dense_depth = size if self.index.vectors.exact(allowed) else min(depth, size)
            dense_scores, dense_ids = self.index.vectors.search(vector, dense_depth, allowed)
            rankings.append([int(i) for i in dense_ids])
            floors.append(len(dense_ids) + 1 if len(dense_ids) < size else None)
            scores |= {int(i): float(s) for s, i in zip(dense_scores, dense_ids, strict=True)}
        if mode != "hybrid":
            return [(i, scores[i]) for i in rankings[0][:depth]]
        return reciprocal_rank_fusion(rankings, k=self.settings.rrf_k,
                                      weights=[1.0, self.settings.dense_weight],
                                      floors=floors)[:depth]

    def search(self, query: str, k: int = 5, speakers: Sequence[str] | None = None,
               kinds: Sequence[str] | None = None, mode: Mode = "hybrid",
               auto_filter: bool = True) -> list[Hit]:
        """The top-k passages for a query, with citations.

        >>> sorted(hit.speaker for hit in retriever.search("death penalty", k=2, kinds=["state"]))
        ['Malta', 'New Zealand']
        """
        if not isinstance(k, int) or k < 1:
            raise QueryError(f"k must be a whole number of at least 1, not {k!r}")
        if mode not in MODES:
            raise QueryError(f"unknown retriever {mode!r}; valid: {', '.join(MODES)}")
        text = clean_query(query, self.settings.max_query_chars)
        text, statement_ids, kind_filter, members = self._filters(text, speakers, kinds, auto_filter)
        allowed = self._allowed(statement_ids, kind_filter)
        ranked = self.rank(text, allowed, mode, depth=max(CANDIDATES, 20 * k))
        kept = drop_near_duplicates([(i, self.passages[i].statement_id, self.passages[i].start,
                                      self.passages[i].end) for i, _ in ranked], limit=k)
        score_of = dict(ranked)
        return [self._hit(rank, i, score_of[i], members) for rank, i in enumerate(kept[:k], 1)]

    def rank_statements(self, query: str, mode: Mode = "hybrid", auto_filter: bool = True,
                        depth: int = 100) -> list[tuple[str, float]]:
        """Statements ranked by their best passage: (statement id, score), best first."""
        text = clean_query(query, self.settings.max_query_chars)
        text, statement_ids, kinds, _ = self._filters(text, None, None, auto_filter)
        allowed = self._allowed(statement_ids, kinds)
        best: dict[str, float] = {}
        for number, score in self.rank(text, allowed, mode, depth):
            best.setdefault(self.passages[number].statement_id, score)
        return list(best.items())

    def _filters(self, text: str, speakers: Sequence[str] | None, kinds: Sequence[str] | None,
                 auto_filter: bool) -> tuple[str, list[str], list[Kind], dict[str, str]]:
        """The text to rank (spelling corrected), statement ids, kinds and member-State marks:
        explicit filters win over the question's reading."""
        analysis = read_question(text, None, self.directory, self.speller) if auto_filter else None
        if speakers:
            resolved = self.directory.resolve(list(speakers))
            statement_ids = [r.statement_id for r in resolved]
        elif analysis is not None:
            resolved, statement_ids = analysis.mentioned, analysis.speakers
        else:
            resolved, statement_ids = [], []
        if kinds:
            kind_filter = validate_kinds(list(kinds))
        else:
            kind_filter = analysis.kinds if analysis is not None and not speakers else []
        members = {r.statement_id: r.member for r in resolved if r.member}
        return (analysis.question if analysis else text), statement_ids, kind_filter, members

    def _hit(self, rank: int, number: int, score: float, members: dict[str, str]) -> Hit:
        passage = self.passages[number]
        return Hit(rank=rank, score=round(score, 6), passage_id=passage.id,
                   statement_id=passage.statement_id, document_id=passage.document_id,
                   speaker=passage.speaker, kind=passage.kind,
                   text=passage.text, start=passage.start, end=passage.end,
                   citation=self.citation(passage), spans=passage.spans,
                   group_member=members.get(passage.statement_id))
