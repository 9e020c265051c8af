"""Sentence-level evidence: every sentence of every statement, scored against a question topic.

The answering stage needs complete lists ("which delegations raised X?"), not top-k passages, so
it scores *all* sentences (a few hundred per summary: cheap). Two signals per sentence:

- dense: cosine between the topic's vector and the sentence's vector (vectors computed once per
  `SentenceBank`, optionally cached on disk, keyed by model and sentence texts);
- lexical: the IDF-weighted share of the topic's content terms that the sentence contains.
  Terms match by stem, by a shared prefix of 5+ characters ("extremism"/"extremist"), or through
  an acronym defined by the corpus itself ("ICC" in a sentence counts for "International
  Criminal Court" in a question, and the other way round).

This module only scores; deciding what counts as support is `hrcqa.answering`'s job.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from hrcqa.chunking import Sentence, sentences
from hrcqa.embedding import Encoder
from hrcqa.models import Statement
from hrcqa.textsearch import tokenize

MIN_PREFIX = 5
# Function words of questions that carry no topic (stems, as `tokenize` returns them).
QUESTION_WORDS = frozenset(tokenize(
    "what which who whom whose how when where why did do does done have has had been being be "
    "were was is are am s any anyone anybody all also other others there here down up out about "
    "would could should can may might must its his her them those these this we you i me our "
    "your so than too very just ever"))
_SMALL = {"of", "the", "and", "for", "on", "against", "in", "to", "de", "a"}
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|on|against|in|de)"
                              r"(?=\s+[A-Z]))?\s*){2,}")
_ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")


def content_terms(text: str) -> list[str]:
    """Stemmed content terms of a question or topic, in order, without duplicates.

    >>> content_terms("Which speakers raised the death penalty?")
    ['speaker', 'rais', 'death', 'penalti']
    """
    return list(dict.fromkeys(t for t in tokenize(text) if t not in QUESTION_WORDS))


def initials(phrase: str) -> str:
    """"ICC" for "International Criminal Court" (small words skipped)."""
    return "".join(w[0] for w in phrase.split() if w.lower() not in _SMALL).upper()


def find_acronyms(text: str) -> dict[str, list[tuple[str, ...]]]:
    """Acronyms used in a text, each with the capitalised phrases that spell it out there.

    >>> find_acronyms("the International Criminal Court ... the ICC")
    {'icc': [('intern', 'crimin', 'court')]}
    """
    used = {a for a in _ACRONYM.findall(text)}
    found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                phrase = " ".join(words[start:end])
                acronym = initials(phrase)
                terms = tuple(tokenize(phrase))
                if acronym in used and terms and terms not in found[acronym.lower()]:
                    found[acronym.lower()].append(terms)
    return dict(found)


class SentenceBank:
    """All sentences of a set of statements, with vectors and terms; read-only once built."""

    def __init__(self, bank_sentences: list[Sentence], vectors: np.ndarray) -> None:
        if len(bank_sentences) != len(vectors):
            raise ValueError(f"{len(bank_sentences)} sentences but {len(vectors)} vectors")
        self.sentences = bank_sentences
        self.statement_ids = np.array([s.statement_id for s in bank_sentences], dtype=object)
        self._statement_order = list(dict.fromkeys(s.statement_id for s in bank_sentences))
        number = {sid: i for i, sid in enumerate(self._statement_order)}
        self._statement_number = np.array([number[s.statement_id] for s in bank_sentences])
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, sentence in enumerate(bank_sentences):
            for term in set(tokenize(sentence.text)):
                postings[term].append(i)
        self._postings = {t: np.array(ids, dtype=np.int64) for t, ids in postings.items()}
        self._vocabulary = sorted(self._postings)
        self.acronyms = find_acronyms("\n".join(s.text for s in bank_sentences))

    @classmethod
    def build(cls, statements: Iterable[Statement], encoder: Encoder,
              cache_dir: Path | None = None, model_id: str = "") -> SentenceBank:
        """Split statements into sentences and embed them (from the cache when possible).

        >>> bank = SentenceBank.build(retriever.statements.values(), retriever.encoder)  # doctest: +SKIP
        """
        bank_sentences = [s for st in statements for s in sentences(st)]
        texts = [s.text for s in bank_sentences]
        key = vectors_key(model_id or encoder.name, texts)
        return cls(bank_sentences, cached_vectors(texts, key, cache_dir, encoder))

    def __len__(self) -> int:
        return len(self.sentences)

    def term_mask(self, term: str, expand: bool = True) -> np.ndarray:
        """Which sentences contain the term or a variant of it (prefix or acronym)."""
        mask = np.zeros(len(self), dtype=bool)
        for other in self._variants(term):
            mask[self._postings[other]] = True
        for expansion in self.acronyms.get(term, []) if expand else []:
            mask |= np.logical_and.reduce([self.term_mask(t, expand=False) for t in expansion])
        return mask

    def _variants(self, term: str) -> list[str]:
        """Vocabulary terms that match `term`: itself, prefix either way, or containing it."""
        if len(term) < MIN_PREFIX:
            return [term] if term in self._postings else []
        first = bisect.bisect_left(self._vocabulary, term)
        found = {term} if term in self._postings else set()
        for other in itertools.islice(self._vocabulary, first, None):
            if not other.startswith(term):
                break
            found.add(other)
        found.update(term[:k] for k in range(MIN_PREFIX, len(term)) if term[:k] in self._postings)
        if len(term) > MIN_PREFIX:
            found.update(other for other in self._vocabulary if term in other)
        return sorted(found)

    def lexical(self, text: str) -> np.ndarray:
        """IDF-weighted share of the text's content terms found in each sentence (0..1)."""
        terms = content_terms(text)
        if not terms:
            return np.zeros(len(self), dtype=np.float32)
        masks = {t: self.term_mask(t) for t in terms}
        for phrase_terms, acronym in self._phrases_with_acronyms(text):
            for term in phrase_terms:
                if term in masks:
                    masks[term] = masks[term] | self.term_mask(acronym)
        weights = np.array([self._idf(mask) for mask in masks.values()])
        matrix = np.stack(list(masks.values()), axis=1).astype(np.float32)
        return (matrix @ weights / weights.sum()).astype(np.float32)

    def _idf(self, mask: np.ndarray) -> float:
        """BM25-style IDF over statements: a term most speakers use tells speakers apart badly."""
        n = len(self._statement_order)
        df = len(np.unique(self._statement_number[mask]))
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _phrases_with_acronyms(self, text: str) -> list[tuple[list[str], str]]:
        found = []
        for match in _CAPITALISED_RUN.finditer(text):
            acronym = initials(match.group()).lower()
            if acronym in self.acronyms:
                found.append((tokenize(match.group()), acronym))
        return found

    def dense(self, vector: np.ndarray) -> np.ndarray:
        """Cosine of every sentence with a normalised query vector."""
        return self.vectors @ np.asarray(vector, dtype=np.float32)

    def of_statement(self, statement_id: str) -> np.ndarray:
        """Indices of one statement's sentences, in order."""
        return np.flatnonzero(self.statement_ids == statement_id)


def vectors_key(model_id: str, texts: list[str]) -> str:
    """A cache key for sentence vectors: the model and every sentence text."""
    digest = hashlib.sha256(model_id.encode())
    for text in texts:
        digest.update(b"\x00" + text.encode())
    return digest.hexdigest()[:32]


def cached_vectors(bank_texts: list[str], key: str, cache_dir: Path | None,
                   encoder: Encoder) -> np.ndarray:
    """Sentence vectors from `cache_dir/sentences/<key>.npy`, encoding and saving on a miss.

    An unreadable or unwritable cache only costs the encoding time (seconds), never an error.
    """
    path = cache_dir / "sentences" / f"{key}.npy" if cache_dir else None
    if path is not None and path.exists():
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(bank_texts):
                return vectors
        except (OSError, ValueError):
            pass
    vectors = encoder.encode(bank_texts)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            staging = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(staging, vectors)
            os.replace(staging, path)
        except OSError:
            pass
    return vectors
