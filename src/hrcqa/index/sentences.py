"""Sentence-level evidence: every sentence of every statement, scored against a question topic.

The answering stage needs complete lists ("which delegations raised X?"), not top-k passages, so
it scores *all* sentences (a few hundred per summary: cheap). Two signals per sentence:

- dense: cosine between the topic's vector and the sentence's vector, averaged with that of the
  sentence in its context (encoded by `hrcqa build` and stored in the index build directory, so
  answering a question encodes only the question);
- lexical: the IDF-weighted share of the topic's content terms that the sentence contains.
  Terms match by stem, by a shared prefix of 5+ characters ("extremism"/"extremist"), or through
  an acronym defined by the corpus itself ("ICC" in a sentence counts for "International
  Criminal Court" in a question, and the other way round).

The bank also lists every figure of every sentence with the words around it, so that "how many
remain" can prefer "over 1000 remain" to "over 300 ... released" in one sentence. This module
holds the bank; per-question scores are in `hrcqa.answer.scoring`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from hrcqa.corpus.chunking import Sentence, sentences
from hrcqa.errors import CorruptIndexError
from hrcqa.index.encoders import remembering
from hrcqa.index.neighbours import MIN_LENGTH, corpus_nouns, nearest_nouns
from hrcqa.index.synonyms import (
    MAX_PHRASE,
    WORD,
    Encode,
    corpus_compounds,
    corpus_derivations,
    corpus_synonyms,
    is_noun,
    phrasal_verb,
    verb_lemma,
    word_forms,
)
from hrcqa.models import Statement
from hrcqa.text.figures import Figure, figure_window, find_figures
from hrcqa.text.terms import CAPITALISED_RUN, content_terms, find_acronyms, initials, split_alternatives
from hrcqa.text.tokenize import american, tokenize

MIN_PREFIX = 5
_TEXT_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z'’-]*[A-Za-z]")  # a word of a question's topic
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")
_MAX_HELD_EACH = 12  # words of a stem compared with a topic's noun (`stem_only_nouns`)
# Bounds on the words a topic has encoded for `unknown_nouns` and `stem_only_nouns`: a question of
# 2,000 characters of rare nouns had 239 words encoded (1.3 s against 26 ms for a plain question)
MAX_WORDS = 40  # a topic's words examined
MAX_NOUNS = 8  # nouns of each list
MAX_HELD = 24  # corpus words compared, in all
SENTENCES_FILE = "sentences.jsonl"
SENTENCE_VECTORS_FILE = "sentence_vectors.npy"  # (2, n, dim): each sentence, then its window
SENTENCE_TERMS_FILE = "sentence_terms.json"  # postings of every stemmed term, and acronyms
NOUN_VECTORS_FILE = "noun_vectors.npy"  # (nouns, dim): the corpus's nouns (`hrcqa.index.neighbours`)
FILES = (SENTENCES_FILE, SENTENCE_VECTORS_FILE, SENTENCE_TERMS_FILE, NOUN_VECTORS_FILE)


class SentenceBank:
    """All sentences of a set of statements, with vectors and terms; read-only once built."""

    def __init__(self, bank_sentences: list[Sentence], vectors: np.ndarray,
                 context_vectors: np.ndarray | None = None,
                 terms: dict[str, object] | None = None, noun_vectors: np.ndarray | None = None) -> None:
        if len(bank_sentences) != len(vectors):
            raise ValueError(f"{len(bank_sentences)} sentences but {len(vectors)} vectors")
        self.sentences = bank_sentences
        self.figures = [(i, f) for i, s in enumerate(bank_sentences) for f in find_figures(s.text)]
        self.figure_terms = [frozenset(tokenize(figure_window(bank_sentences[i].text, f)))
                              | _antecedent_terms(bank_sentences, i, f) for i, f in self.figures]
        self.statement_ids = np.array([s.statement_id for s in bank_sentences], dtype=object)
        self.context_vectors = np.ascontiguousarray(
            vectors if context_vectors is None else context_vectors, dtype=np.float32)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._index_positions(bank_sentences)
        terms = terms or lexical_terms(bank_sentences)
        self._postings = {t: np.array(ids, dtype=np.int64) for t, ids in terms["postings"].items()}
        self._vocabulary = sorted(self._postings)
        self.acronyms = {a: [tuple(e) for e in expansions]
                         for a, expansions in terms["acronyms"].items()}
        self.synonyms: dict[str, list[str]] = terms["synonyms"]["synonyms"]
        self.verb_synonyms: dict[str, list[str]] = terms["synonyms"]["verbs"]  # "answer": ["responded"]
        self._synonym_postings = {phrase: np.array(ids, dtype=np.int64)
                                  for phrase, ids in terms["synonyms"]["postings"].items()}
        self.compounds: frozenset[str] = frozenset(terms["compounds"])
        self.derivations: dict[str, list[str]] = terms["derivations"]
        # the corpus's nouns and their vectors, for a topic's nouns it never uses (none if unencoded)
        self.nouns: list[str] = terms["nouns"] if noun_vectors is not None else []
        self.noun_vectors = np.zeros((0, self.vectors.shape[1]), dtype=np.float32) \
            if noun_vectors is None else np.ascontiguousarray(noun_vectors, dtype=np.float32)
        if len(self.nouns) != len(self.noun_vectors):
            raise ValueError(f"{len(self.nouns)} nouns but {len(self.noun_vectors)} noun vectors")

    def _index_positions(self, bank_sentences: list[Sentence]) -> None:
        """Where each statement's and paragraph's sentences are (sentences come in order)."""
        self._statement_order = list(dict.fromkeys(s.statement_id for s in bank_sentences))
        number = {sid: i for i, sid in enumerate(self._statement_order)}
        self._statement_number = np.array([number[s.statement_id] for s in bank_sentences])
        self._indices = {sid: np.flatnonzero(self.statement_ids == sid)
                         for sid in self._statement_order}
        self.statement_starts = np.array([self._indices[sid][0] for sid in self._statement_order],
                                         dtype=np.int64)
        paragraphs = {key: i for i, key in enumerate(dict.fromkeys(
            (s.statement_id, s.paragraph) for s in bank_sentences))}
        self._paragraph_number = np.array([paragraphs[(s.statement_id, s.paragraph)]
                                           for s in bank_sentences], dtype=np.int64)

    @classmethod
    def from_vectors(cls, bank_sentences: list[Sentence], vectors: np.ndarray,
                     encode: Encode | None = None) -> SentenceBank:
        """A bank from the vectors of `evidence_texts`: the sentences', then their windows';
        `encode` checks WordNet's synonyms (`hrcqa.index.synonyms.corpus_synonyms`) and encodes
        the corpus's nouns (`hrcqa.index.neighbours`); without it the bank has no nouns."""
        n = len(bank_sentences)
        encode = remembering(encode) if encode is not None else None  # synonyms and nouns share words
        terms = lexical_terms(bank_sentences, encode)
        nouns = terms["nouns"]
        noun_vectors = None if encode is None else \
            encode(nouns) if nouns else np.zeros((0, vectors.shape[1]), dtype=np.float32)
        return cls(bank_sentences, vectors[:n], vectors[n:], terms, noun_vectors)

    def save(self, directory: Path) -> None:
        """Write the bank's files (`FILES`) into an index build directory."""
        with (directory / SENTENCES_FILE).open("w", encoding="utf-8") as handle:
            handle.writelines(s.model_dump_json() + "\n" for s in self.sentences)
        np.save(directory / SENTENCE_VECTORS_FILE, np.stack([self.vectors, self.context_vectors]))
        np.save(directory / NOUN_VECTORS_FILE, self.noun_vectors)
        terms = {"postings": {t: ids.tolist() for t, ids in self._postings.items()},
                 "acronyms": self.acronyms,
                 "synonyms": {"synonyms": self.synonyms, "verbs": self.verb_synonyms,
                              "postings": {p: ids.tolist() for p, ids in self._synonym_postings.items()}},
                 "compounds": sorted(self.compounds), "derivations": self.derivations,
                 "nouns": self.nouns}
        (directory / SENTENCE_TERMS_FILE).write_text(json.dumps(terms), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> SentenceBank:
        """Read a bank saved by `save`; CorruptIndexError if a file is unreadable or mismatched."""
        try:
            with (directory / SENTENCES_FILE).open(encoding="utf-8") as handle:
                bank_sentences = [Sentence.model_validate_json(line) for line in handle if line.strip()]
            vectors = np.load(directory / SENTENCE_VECTORS_FILE, allow_pickle=False)
            terms = json.loads((directory / SENTENCE_TERMS_FILE).read_text(encoding="utf-8"))
            noun_vectors = np.load(directory / NOUN_VECTORS_FILE, allow_pickle=False)
            return cls(bank_sentences, vectors[0], vectors[1], terms, noun_vectors)
        except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
            raise CorruptIndexError(f"{directory}: sentence evidence unreadable "
                                    f"({type(error).__name__}); run `hrcqa build --force`") from None

    def __len__(self) -> int:
        return len(self.sentences)

    def term_mask(self, term: str, expand: bool = True, acronym: bool = False) -> np.ndarray:
        """Which sentences contain the term or a variant of it (prefix or acronym); an `acronym`
        also matches the longer acronyms it begins ("lgbt": "LGBTQI+")."""
        mask = np.zeros(len(self), dtype=bool)
        for other in self._variants(term, acronym):
            mask[self._postings[other]] = True
        for expansion in self.acronyms.get(term, []) if expand else []:
            mask |= np.logical_and.reduce([self.term_mask(t, expand=False) for t in expansion])
        return mask

    def phrase_mask(self, phrase: str) -> np.ndarray:
        """Sentences containing every term of a phrase, or its acronym ("ICC"); a number as
        written either way ("1,100" or "1100"), which `tokenize` reads as one."""
        terms = tokenize(phrase)
        mask = np.logical_and.reduce([self.term_mask(t) for t in terms]) if terms else \
            np.ones(len(self), dtype=bool)
        acronym = initials(phrase).lower()
        return mask | self.term_mask(acronym) if len(acronym) > 1 and acronym in self.acronyms \
            else mask

    def in_paragraph(self, mask: np.ndarray) -> np.ndarray:
        """Sentences whose paragraph has a marked sentence."""
        marked = np.zeros(self._paragraph_number.max() + 1, dtype=bool)
        marked[self._paragraph_number[mask]] = True
        return marked[self._paragraph_number]

    def _variants(self, term: str, acronym: bool = False) -> list[str]:
        """Vocabulary terms that match `term`: itself, prefix either way, or containing it; a
        short term only itself, or if an `acronym` the terms it begins."""
        if len(term) < MIN_PREFIX:
            if acronym:
                first = bisect.bisect_left(self._vocabulary, term)
                return list(itertools.takewhile(lambda other: other.startswith(term),
                                                self._vocabulary[first:]))
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
        found.update(self.derivations.get(term, ()))  # "extend": "extensions" (WordNet)
        return sorted(found)

    def lexical(self, text: str, absent: Iterable[str] = ()) -> np.ndarray:
        """IDF-weighted share of the text's content terms found in each sentence (0..1).

        A list of alternatives ("sanctions, travel bans or targeted measures") counts as covered
        when any one alternative is (see `split_alternatives`). The terms of `absent` words are
        held by no sentence in their own right (`stem_only_nouns`: "executions" is not in "the
        executive"), only through a synonym or an acronym.
        """
        shared, alternatives = split_alternatives(text)
        shared_terms = content_terms(shared)
        groups = [terms for terms in (content_terms(a) for a in alternatives) if terms]
        if not shared_terms and not groups:
            return np.zeros(len(self), dtype=np.float32)
        masks = self._masks(text, shared_terms + [t for g in groups for t in g],
                            frozenset(t for word in absent for t in tokenize(word)))
        weights = {term: self._idf(mask) for term, mask in masks.items()}
        covered = sum((weights[t] * masks[t] for t in shared_terms), np.zeros(len(self)))
        total = sum(weights[t] for t in shared_terms)
        if groups:
            masses = [sum(weights[t] for t in g) or 1.0 for g in groups]
            shares = [sum(weights[t] * masks[t] for t in g) / m for g, m in zip(groups, masses,
                                                                                  strict=True)]
            group_weight = float(np.mean(masses))
            covered = covered + group_weight * np.max(shares, axis=0)
            total += group_weight
        return (covered / total).astype(np.float32) if total else covered.astype(np.float32)

    def unknown_nouns(self, text: str) -> list[str]:
        """The nouns of a text that no sentence holds in any form (`term_mask`), lower-cased, in
        order: the words the lexical signal would miss entirely ("doctor"), which
        `with_neighbours` may count as the corpus's nearest noun. At most `MAX_NOUNS`, from the
        text's first `MAX_WORDS` words: each is encoded, and no question may cost many times
        another."""
        found = [word for word in _words_of(text) if is_noun(word) and (terms := content_terms(word))
                 and not any(self.term_mask(term).any() for term in terms)]
        return found[:MAX_NOUNS]

    def stem_only_nouns(self, text: str) -> dict[str, list[str]]:
        """The nouns of a text that sentences hold, but only as other words of their stem or
        prefix, none of them a form of the noun: each with those words, lower-cased, in order
        ("executions": ["executive"]); `hrcqa.index.neighbours.unrelated_words` tells which the
        encoder finds unrelated. At most `MAX_NOUNS` nouns and `MAX_HELD` words in all, from the
        text's first `MAX_WORDS` words, as all of them are encoded.

        >>> bank.stem_only_nouns("executions, and detention of a treaty")
        {'executions': ['executive'], 'treaty': ['treated']}
        """
        found: dict[str, list[str]] = {}
        for word in _words_of(text):
            if len(found) >= MAX_NOUNS:
                break
            terms = content_terms(word)
            if len(terms) != 1 or terms[0] in self.acronyms or not is_noun(word):
                continue
            held = sorted(set().union(*(self._surface_words.get(v, ()) for v in self._variants(terms[0]))))
            forms = set(word_forms(american(word)))
            # (a noun that shares its stem with many words is left as it is: not all can be compared)
            budget = MAX_HELD - sum(map(len, found.values()))
            if held and len(held) <= min(_MAX_HELD_EACH, budget) and \
                    not any(forms & set(word_forms(american(other))) for other in held):
                found[word] = held
        return found

    @functools.cached_property
    def _surface_words(self) -> dict[str, frozenset[str]]:
        """Each stemmed term with the lower-case words the sentences write it as."""
        words = {word.lower() for s in self.sentences for word in _TEXT_WORD.findall(s.text)}
        by_term: dict[str, set[str]] = defaultdict(set)
        for word in words:
            for term in tokenize(word):
                by_term[term].add(word)
        return {term: frozenset(held) for term, held in by_term.items()}

    def with_neighbours(self, text: str, words: list[str], vectors: np.ndarray) -> tuple[str, dict[str, str]]:
        """The text with each of `words` (`unknown_nouns`, encoded as `vectors`) put as the corpus
        noun nearest to it (`hrcqa.index.neighbours.nearest_nouns`), for the lexical signal; and
        the words so put.

        >>> bank.with_neighbours("jailed people cannot get to a doctor", ["doctor"],
        ...                      encoder.encode(["doctor"]))
        ('jailed people cannot get to a medical', {'doctor': 'medical'})
        """
        nearest = nearest_nouns(words, vectors, self.nouns, self.noun_vectors)
        if not nearest:
            return text, {}
        put = _TEXT_WORD.sub(lambda m: nearest.get(m.group().lower(), m.group()), text)
        return put, nearest

    def figure_lexical(self, text: str) -> np.ndarray:
        """IDF-weighted share of the text's terms in the words around each of `figures`."""
        terms = content_terms(text)
        variants = {t: set(self._variants(t)) for t in terms}
        weights = {t: self._idf(self.term_mask(t)) for t in terms}
        total = sum(weights.values()) or 1.0
        return np.array([sum(weights[t] for t in terms if variants[t] & window) / total
                         for window in self.figure_terms], dtype=np.float32)

    def _masks(self, text: str, terms: list[str], absent: frozenset[str] = frozenset()
               ) -> dict[str, np.ndarray]:
        """Which sentences hold each term, counting a term as held where its acronym is, or a
        synonym of a phrase it is part of ("death penalty" holds "capital" and "punishment");
        an `absent` term only so."""
        capitals = {word.lower() for word in _CAPITALS.findall(text)}  # "LGBT", typed as an acronym
        masks = {t: np.zeros(len(self), dtype=bool) if t in absent
                 else self.term_mask(t, acronym=t in capitals) for t in terms}
        for phrase_terms, acronym in self._phrases_with_acronyms(text):
            for term in phrase_terms:
                if term in masks:
                    masks[term] = masks[term] | self.term_mask(acronym)
        for phrase_terms, others in self._phrases_with_synonyms(text, terms):
            held = np.zeros(len(self), dtype=bool)
            for other in others:
                held[self._synonym_postings[other]] = True
            for term in phrase_terms:
                masks[term] = masks[term] | held
        for compound in self._compounds_in(text):  # "death penalty": both words, or neither counts
            parts = [t for t in tokenize(compound) if t in masks]
            whole = np.logical_and.reduce([masks[t] for t in parts]) if parts else None
            for term in parts:
                masks[term] = masks[term] & whole
        return masks

    def _compounds_in(self, text: str) -> list[str]:
        """The corpus's WordNet compounds (`compounds`) that the text names, plural or not."""
        words = WORD.findall(text.lower())
        return [key for n in range(MAX_PHRASE, 1, -1) for i in range(len(words) - n + 1)
                for key in [" ".join([*words[i:i + n - 1], form]) for form in word_forms(words[i + n - 1])]
                if key in self.compounds]

    def _phrases_with_synonyms(self, text: str, terms: Iterable[str]) -> list[tuple[list[str], list[str]]]:
        """Runs of up to `MAX_PHRASE` words of the text that WordNet gives other words for in the
        corpus (`synonyms`; a single word also as a verb, `verb_synonyms`), each with those of
        `terms` it holds."""
        words = WORD.findall(text.lower())
        wanted = set(terms)
        found = []
        for n in range(MAX_PHRASE, 0, -1):
            for i in range(len(words) - n + 1):
                *head, last = words[i:i + n]
                others = next((self.synonyms[key] for key in (" ".join([*head, form])
                                                              for form in word_forms(last))
                               if key in self.synonyms), None)
                # a word that can only be an inflected verb, by its base form ("answered":
                # "responded"; not "travel bans" nor "bans", which may be nouns, nor a verb with its
                # particle: "let out" is not "let")
                if not head and (lemma := verb_lemma(last)) != last and not is_noun(last) \
                        and (verb := self.verb_synonyms.get(lemma)) \
                        and not (i + 1 < len(words) and phrasal_verb(last, words[i + 1])):
                    others = [*(others or ()), *verb]
                held = [t for t in tokenize(" ".join(words[i:i + n])) if t in wanted] if others else []
                if held:
                    found.append((held, others))
        return found

    def _idf(self, mask: np.ndarray) -> float:
        """BM25-style IDF over statements: a term most speakers use tells speakers apart badly."""
        n = len(self._statement_order)
        df = len(np.unique(self._statement_number[mask]))
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _phrases_with_acronyms(self, text: str) -> list[tuple[list[str], str]]:
        found = []
        for match in CAPITALISED_RUN.finditer(text):
            acronym = initials(match.group()).lower()
            if acronym in self.acronyms:
                found.append((tokenize(match.group()), acronym))
        return found

    def dense(self, vector: np.ndarray) -> np.ndarray:
        """Mean cosine of each sentence, and of its context window, with a normalised vector.

        The window (the sentence with its neighbours in the paragraph) lets "Belarusian
        youngsters prepared for war" find a sentence whose subject is only in the one before.
        """
        vector = np.asarray(vector, dtype=np.float32)
        return (self.vectors @ vector + self.context_vectors @ vector) / 2

    def of_statement(self, statement_id: str) -> np.ndarray:
        """Indices of one statement's sentences, in order."""
        return self._indices.get(statement_id, np.zeros(0, dtype=np.int64))


# "Over 1,000 more continue to suffer": a figure followed by "more" or "others" counts what the
# sentence before it named ("release some political prisoners")
_ANAPHORIC_COUNT = re.compile(r"\s+(?:more|others?|of\s+(?:them|those|these))\b", re.I)


def _antecedent_terms(bank_sentences: list[Sentence], index: int, figure: Figure) -> frozenset[str]:
    """The terms of the sentence before a figure's, when the figure counts what that one named."""
    sentence = bank_sentences[index]
    before = bank_sentences[index - 1] if index else None
    if before is None or before.statement_id != sentence.statement_id or \
            not _ANAPHORIC_COUNT.match(sentence.text, figure.end):
        return frozenset()
    return frozenset(tokenize(before.text))


def evidence_texts(statements: Iterable[Statement]) -> tuple[list[Sentence], list[str]]:
    """Every sentence of the statements, and the texts to encode for them: the sentences, then
    each one's context window (see `context_windows`)."""
    bank_sentences = [s for statement in statements for s in sentences(statement)]
    return bank_sentences, [s.text for s in bank_sentences] + context_windows(bank_sentences)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def lexical_terms(bank_sentences: list[Sentence], encode: Encode | None = None) -> dict[str, object]:
    """The lexical statistics answering needs: which sentences hold each stemmed term, the
    acronyms the text defines ("ICC" -> International Criminal Court), the other words
    WordNet gives for its phrases (`hrcqa.index.synonyms`), and the nouns a topic's unknown
    noun may be counted as (`hrcqa.index.neighbours`)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, sentence in enumerate(bank_sentences):
        for term in sorted(set(tokenize(sentence.text))):
            postings[term].append(i)
    # the words the corpus writes in lower case: not "Conscience" of a speaker's name
    lower = {word for sentence in bank_sentences for word in _LOWER_WORD.findall(sentence.text)}
    return {"postings": dict(postings),
            "acronyms": find_acronyms("\n".join(s.text for s in bank_sentences)),
            "synonyms": corpus_synonyms([s.text for s in bank_sentences], encode),
            "compounds": corpus_compounds([s.text for s in bank_sentences]),
            "nouns": corpus_nouns(lower),
            "derivations": corpus_derivations({term for word in lower for term in tokenize(word)})}


def context_windows(bank_sentences: list[Sentence]) -> list[str]:
    """Each sentence with the sentences before and after it in the same paragraph."""
    windows = []
    for i, sentence in enumerate(bank_sentences):
        around = [s for s in bank_sentences[max(0, i - 1):i + 2]
                  if s.statement_id == sentence.statement_id and s.paragraph == sentence.paragraph]
        windows.append(" ".join(s.text for s in around))
    return windows


def _words_of(text: str) -> list[str]:
    """A topic's first `MAX_WORDS` distinct words of `MIN_LENGTH` letters or more, lower-cased."""
    words = dict.fromkeys(word.lower() for word in _TEXT_WORD.findall(text) if len(word) >= MIN_LENGTH)
    return list(words)[:MAX_WORDS]
