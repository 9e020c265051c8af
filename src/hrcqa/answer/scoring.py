"""Per-question scores: the relevance of every sentence of a `SentenceBank` to a topic.

    scored = score_sentences(bank, encoder.encode([topic])[0], topic, lexical_weight=0.5)
    scored.best(statement_ids)     # each statement's best sentence, best first
    scored.ranked(statement_ids)   # all their sentences, best first

relevance = dense - background + weight * lexical (see `Scored`), so 0 is the level of a
typical statement's best sentence and thresholds mean the same for every question. Sentences
lacking a number or a name the topic insists on score -1. Deciding what counts as an answer
is left to `hrcqa.answer.strategies`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from hrcqa.index.sentences import SentenceBank
from hrcqa.text.countries import Country, countries, country_named, names_of
from hrcqa.text.english import english_words
from hrcqa.text.tokenize import tokenize

_NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*\d|(?<![\w.,])\d(?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "a release number apart from the 52": a number set aside is no subject of the topic
_SET_ASIDE = re.compile(r"\b(?:apart from|besides|other than|except(?: for)?|not counting|excluding|beyond|"
                        r"aside from)\s+(?:the\s+)?$", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|the|and)\s+)*[A-Z][a-z]+)+(?:['’]s)?")
_PERSON = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+")
# A person's first name and surname as a sentence writes them ("Ihar Losik", "Jean-Paul Sartre")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# "the Committee against Torture", "the Committee on the Rights of the Child": a body's name that
# joins its words with "against", "on", "for" or "in", which `_NAME` reads as another name or none
_LINKED_NAME = re.compile(r"\b(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+(?:on|against|for|in)\s+(?:the\s+)?"
                          r"[A-Z][a-z]+(?:\s+(?:(?:of|the)\s+)*[A-Z][a-z]+)*")
_MONTH_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Scored:
    """Relevance of every sentence of a bank to one question topic (higher is better).

    relevance = dense - background + weight * lexical, where background is the median over
    statements of their best dense score: a topic that every statement touches (releases of
    prisoners) must beat a higher bar than one only a few mention (the death penalty).
    """

    bank: SentenceBank
    relevance: np.ndarray
    figure_match: np.ndarray  # share of the topic's terms around each of `bank.figures`
    kept: np.ndarray | None = None  # the sentences `only` kept, if it was applied
    lexical: np.ndarray | None = None  # each sentence's lexical signal, before its weight (0..1)

    def only(self, mask: np.ndarray) -> Scored:
        """The same scores with every sentence outside `mask` put below any floor."""
        kept = mask if self.kept is None else mask & self.kept
        return replace(self, relevance=np.where(mask, self.relevance, -1.0).astype(self.relevance.dtype),
                       kept=kept)

    def or_better(self, other: Scored) -> Scored:
        """Each sentence with the better of its relevance here and in `other` (of the same bank)."""
        return replace(self, relevance=np.maximum(self.relevance, other.relevance))

    def best(self, statement_ids: Iterable[str]) -> list[tuple[str, int, float]]:
        """(statement id, sentence index, score) of each statement's best sentence, best first."""
        rows = []
        for statement_id in statement_ids:
            indices = self.bank.of_statement(statement_id)
            if len(indices):
                top = int(indices[np.argmax(self.relevance[indices])])
                rows.append((statement_id, top, float(self.relevance[top])))
        return sorted(rows, key=lambda row: -row[2])

    def ranked(self, statement_ids: Iterable[str]) -> list[tuple[int, float]]:
        """(sentence index, score) of all sentences of these statements, best first."""
        indices = np.concatenate([self.bank.of_statement(s) for s in statement_ids] or [[]])
        indices = indices.astype(np.int64)
        order = indices[np.argsort(-self.relevance[indices], kind="stable")]
        return [(int(i), float(self.relevance[i])) for i in order]


def required_phrases(topic: str) -> tuple[list[str], list[str]]:
    """Numbers, dates and multi-word names in a topic, which an answering sentence must contain.
    Years alone are left out: "since 2020" qualifies a question rather than naming its subject,
    but a month and year ("the March 2026 report") names something. Of a
    two-word name only the last word is required, as spellings of first names vary ("Andrey"
    and "Andrei Padniabenny"); longer names ("International Court of Justice") count whole or
    by their acronym, and so does a State's name ("United States", which `score_sentences`
    finds by any of the State's names).

    >>> required_phrases("Maxim Znak's 2 sentences since 2020 at the International Court of Justice")
    (['2'], ['Znak', 'International Court of Justice'])
    >>> required_phrases("the experts' March 2026 report")
    (['March 2026'], [])
    >>> required_phrases("a release number apart from the 52")  # set aside, not asked about
    ([], [])
    >>> required_phrases("credit United States")
    ([], ['United States'])
    """
    names = [re.sub(r"['’]s$", "", n) for n in _NAME.findall(topic)]
    names = [n.split()[-1] if _PERSON.fullmatch(n) and not country_named(n) else n for n in names
             if not n.startswith(("The ", "What "))]
    numbers = [m.group() for m in _NUMBER.finditer(topic) if not _YEAR.fullmatch(m.group())
               and not _SET_ASIDE.search(topic[:m.start()])]
    return numbers + _MONTH_YEAR.findall(topic), names


def linked_names(topic: str) -> list[str]:
    """Names of bodies that join their words with "against", "on", "for" or "in", headed by a
    common English word (a committee, a court, a convention): not a State's or a speaker's name
    before a preposition ("Malta on the Group's report").

    >>> linked_names("the Committee against Torture and the Committee on the Rights of the Child")
    ['Committee against Torture', 'Committee on the Rights of the Child']
    >>> linked_names("the views of Malta on the Group and of the Russian Federation on Ukraine")
    []
    """
    return [m.group() for m in _LINKED_NAME.finditer(topic)
            if m.group("head").split()[-1].lower() in english_words() and not country_named(m.group("head"))]


def score_sentences(bank: SentenceBank, vector: np.ndarray, topic: str,
                    lexical_weight: float, lexical_text: str = "", absent: Iterable[str] = ()) -> Scored:
    """Score every sentence for a topic (see `Scored`). A sentence scores -1 if it lacks a
    number of the topic, or a name of the topic that its paragraph never mentions ("Her
    lawyers have been ... disbarred" is in the paragraph that names Nasta Loika). The lexical
    signal reads `lexical_text` if given: the topic with its nouns that the corpus never uses
    put as its nearest ones (`SentenceBank.with_neighbours`), and counts the `absent` words as
    held by no sentence (nouns held only by an unrelated word of their stem, "executions" by
    "executive": `SentenceBank.stem_only_nouns`).

    >>> scored = score_sentences(bank, encoder.encode(["death penalty"])[0], "death penalty", 0.5)
    >>> [statement for statement, _, _ in scored.best(["hrc60-belarus/france", "hrc60-belarus/malta"])]
    ['hrc60-belarus/malta', 'hrc60-belarus/france']
    >>> bank.sentences[scored.best(["hrc60-belarus/malta"])[0][1]].text
    'Finally, Malta urges the Belarusian authorities to abolish the death penalty...'
    """
    dense = bank.dense(vector)
    best_per_statement = np.maximum.reduceat(dense, bank.statement_starts)
    lexical = bank.lexical(lexical_text or topic, absent)
    relevance = dense - float(np.median(best_per_statement)) + lexical_weight * lexical
    numbers, names = required_phrases(topic)
    for phrase in numbers:
        relevance = np.where(bank.phrase_mask(phrase), relevance, -1.0)
    for phrase in names:
        relevance = np.where(bank.in_paragraph(_name_mask(bank, phrase)), relevance, -1.0)
    for country, noun in demonym_qualified(topic):
        # "Belarusian children" is not "the deportation of Ukrainian children"
        relevance = np.where(_qualified_by_another(bank, country, noun), -1.0, relevance)
    if any(not bank.phrase_mask(name).any() for name in linked_names(topic)):
        # "the Committee against Torture": a body no sentence names is not what "torture" answers
        relevance = np.full_like(relevance, -1.0)
    return Scored(bank=bank, relevance=relevance.astype(np.float32),
                  figure_match=bank.figure_lexical(topic), lexical=lexical)


@functools.cache
def _demonyms() -> dict[str, Country]:
    """Every State's one-word demonyms, lower case, with the State: "belarusian", "ukrainian"."""
    return {name.lower(): country for country in countries() for name in country.demonyms if name.isalpha()}


_TOKEN = re.compile(r"[A-Za-z]+|,")


def demonym_qualified(topic: str) -> list[tuple[Country, str]]:
    """The nouns a State's demonym qualifies in a topic, with the State.

    >>> [(c.name, noun) for c, noun in demonym_qualified("did anyone talk about belarusian children")]
    [('Belarus', 'children')]
    >>> demonym_qualified("children in Belarus")
    []
    """
    words = [w.lower() for w in _TOKEN.findall(topic)]
    return [(_demonyms()[word], after) for word, after in zip(words, words[1:], strict=False)
            if word in _demonyms() and after not in _demonyms() and len(after) >= 3 and tokenize(after)]


@functools.lru_cache(maxsize=64)
def _qualified_by_another(bank: SentenceBank, country: Country, noun: str) -> np.ndarray:
    """Sentences whose every use of a noun (compared by stem) is qualified by demonyms of States
    other than `country`: for "Belarusian children", "the deportation of Ukrainian children", but
    not "the militarization of children" nor "Belarusian and Ukrainian children". Read-only,
    once per bank; only the sentences holding the noun's stem are read."""
    stem = tokenize(noun)[0]
    mask = np.zeros(len(bank), dtype=bool)
    for index in np.flatnonzero(bank.term_mask(stem)):
        words = [w.lower() for w in _TOKEN.findall(bank.sentences[index].text)]
        uses = [k for k, word in enumerate(words) if tokenize(word)[:1] == [stem]]
        qualifiers = [_qualifiers(words, k) for k in uses]
        mask[index] = bool(uses) and all(states and country not in states for states in qualifiers)
    mask.flags.writeable = False
    return mask


def _qualifiers(words: list[str], at: int) -> set[Country]:
    """The States whose demonyms stand right before `words[at]`, joined by commas, "and" or "or"
    ("Belarusian and Ukrainian children")."""
    found, k = set(), at - 1
    while k >= 0 and words[k] in _demonyms():
        found.add(_demonyms()[words[k]])
        k -= 1
        if k >= 0 and words[k] in (",", "and", "or"):
            k -= 1
    return found


def _name_mask(bank: SentenceBank, name: str) -> np.ndarray:
    """Sentences that hold a name (`SentenceBank.phrase_mask`); a State's as written, by any of
    its names, demonyms and nouns for its people, or its acronyms in capitals ("US mediation"
    holds "the United States", "shared with us" does not)."""
    country = country_named(name)
    return bank.phrase_mask(name) if country is None else _state_mask(bank, country)


@functools.lru_cache(maxsize=64)
def _state_mask(bank: SentenceBank, country: Country) -> np.ndarray:
    """`_name_mask` of a State, read once per bank (a regex over every sentence: 2 ms), read-only."""
    names = [other for other in names_of(country) if other.kind in ("name", "acronym", "demonym", "people")]
    words = "|".join(re.escape(other.text) for other in names if other.kind != "acronym")
    acronyms = "|".join(re.escape(other.text) for other in names if other.kind == "acronym")
    pattern = re.compile(rf"(?<![\w.])(?:(?i:{words}){'|' + acronyms if acronyms else ''})(?![\w])")
    mask = np.array([bool(pattern.search(sentence.text)) for sentence in bank.sentences], dtype=bool)
    mask.flags.writeable = False
    return mask


def names_a_person(bank: SentenceBank, own_names: Iterable[str], asked: str = "") -> np.ndarray:
    """Which sentences name a person (a capitalised first name and a surname that is no English
    word or State), the speakers' and representatives' own names (`own_names`) aside: "Ihar
    Losik", not "Ms. Susan Bazilli explains"; nor a person the question itself names (`asked`):
    "the names of nasta loika's lawyers" are not "Nasta Loika"."""
    own = sorted(set(own_names), key=len, reverse=True)
    asked_words = set(re.findall(r"[a-z]+", asked.lower()))

    def names_one(text: str) -> bool:
        for name in own:
            text = text.replace(name, " ")
        return any(pair.group(2).lower() not in english_words() and not country_named(pair.group(2))
                   and not country_named(pair.group(1)) and pair.group(2).lower() not in asked_words
                   for pair in _FULL_NAME.finditer(text))
    return np.array([names_one(s.text) for s in bank.sentences], dtype=bool)
