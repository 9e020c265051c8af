"""Noun phrases of statements and their class-based TF-IDF (c-TF-IDF, as in BERTopic).

    table = phrase_table(statements)               # every candidate phrase, where it is used
    salient(table, ids, class_words=500).text      # the phrase most distinctive of those statements

A phrase is verbatim text: one to three lower-case content words after a determiner or
preposition ("of *political prisoners*,"), with their "of" complement if any ("*the families of
the disappeared*"); its key is its stems, so "the death penalty" and "death penalty" are one
phrase. Its salience for a class of statements is its frequency in the class times
log(1 + A / its frequency in all statements), A being the average size of a class in words; so
a phrase the class uses often, and others seldom, wins.

Used by the app's example questions (`hrcqa.web.examples`) and the meeting overview's themes
(`hrcqa.answer.overview`). English function words only; no list of any summary's topics, and
nothing here decides what a statement means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hrcqa.models import Statement
from hrcqa.text.terms import QUESTION_WORDS
from hrcqa.text.tokenize import tokenize

Key = tuple[str, ...]  # a phrase's stems
_DETERMINERS = frozenset("the a an all their its his her our these those this any such".split())
# A noun phrase starts after one of these English function words.
_OPENERS = _DETERMINERS | frozenset("of for on in into with against about by from at over under "
                                    "between towards regarding including concerning through "
                                    "without".split())
PHRASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


def _is_content(token: str) -> bool:
    """A lower-case word that carries meaning: not a stop word, question word or -ly adverb."""
    stems = tokenize(token)
    return (token[0].isalpha() and token.islower() and not token.endswith("ly") and token not in _OPENERS
            and bool(stems) and not all(stem in QUESTION_WORDS for stem in stems))


def _run(tokens: Sequence[str], start: int, limit: int) -> list[str]:
    """The content words from `start`, or none if more than `limit` follow in a row."""
    end = start
    while end < len(tokens) and _is_content(tokens[end]):
        end += 1
    return list(tokens[start:end]) if end - start <= limit else []


def phrases_after(tokens: Sequence[str], start: int) -> list[str]:
    """The noun phrase at `start` ("political prisoners") and, if it has one, with its "of"
    complement ("release of all political prisoners")."""
    head = _run(tokens, start, 3)
    if not head:
        return []
    at = start + len(head)
    if at + 1 >= len(tokens) or tokens[at] != "of":
        return [" ".join(head)]
    det = tokens[at + 1].lower() in _DETERMINERS
    tail = _run(tokens, at + 1 + det, 2)
    complement = tokens[at:at + 1 + det] + tail if tail else []
    return [" ".join(head)] + ([" ".join([*head, *complement])] if complement else [])


def noun_phrases(text: str) -> list[str]:
    """Candidate noun phrases of a text, verbatim, with "the" where it was written.

    >>> noun_phrases("Canada urges the release of all political prisoners and an end to torture.")
    ['the release', 'the release of all political prisoners', 'political prisoners', 'end']
    """
    tokens = PHRASE_TOKEN.findall(text)
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token.lower() in _OPENERS:
            article = "the " if token.lower() == "the" else ""
            found += [article + phrase for phrase in phrases_after(tokens, index + 1)]
    return found


@dataclass
class Phrase:
    """A noun phrase (all the ways it is written, one key of stems) and where it is used."""

    key: Key
    forms: dict[str, int] = field(default_factory=dict)  # as written -> occurrences
    counts: dict[str, int] = field(default_factory=dict)  # statement id -> occurrences

    @property
    def text(self) -> str:
        """The most frequent written form (the first met of equals)."""
        return max(self.forms, key=self.forms.__getitem__)

    @property
    def words(self) -> int:
        """How many content words (stems: "ill-treatment" has two)."""
        return len(self.key)

    def used(self, ids: Iterable[str]) -> tuple[int, int]:
        """(occurrences, statements) among the statements `ids`."""
        found = [self.counts[i] for i in ids if i in self.counts]
        return sum(found), len(found)

    def salience(self, ids: Iterable[str], class_words: float) -> float:
        """c-TF-IDF of the phrase for the class of statements `ids`, classes having
        `class_words` words on average: `tf(class) * log(1 + class_words / tf(all))`."""
        return self.used(ids)[0] * math.log(1 + class_words / sum(self.counts.values()))


def phrase_table(statements: Iterable[Statement]) -> list[Phrase]:
    """Every candidate noun phrase of the statements, in the order first met."""
    return phrase_counts((statement.id, statement.text) for statement in statements)


def phrase_counts(texts: Iterable[tuple[str, str]]) -> list[Phrase]:
    """Every candidate noun phrase of (class id, text) pairs, counted by class, in the order
    first met: a class is a statement (`phrase_table`) or any other group of texts, such as a
    cluster of sentences.

    >>> [(p.text, p.counts) for p in phrase_counts([("a", "on torture"), ("b", "of torture")])]
    [('torture', {'a': 1, 'b': 1})]
    """
    table: dict[Key, Phrase] = {}
    for class_id, text in texts:
        for written in noun_phrases(text):
            key = tuple(tokenize(written))
            phrase = table.setdefault(key, Phrase(key))
            phrase.forms[written] = phrase.forms.get(written, 0) + 1
            phrase.counts[class_id] = phrase.counts.get(class_id, 0) + 1
    return list(table.values())


def salient(phrases: Sequence[Phrase], ids: Sequence[str], class_words: float, min_statements: int = 1,
            avoid: Iterable[Phrase] = ()) -> Phrase | None:
    """The phrase most salient for the class of statements `ids` (see `Phrase.salience`),
    multi-word first, used by at least `min_statements` of them and sharing no stem with
    `avoid`; then the longest phrase containing it that is used there as often.

    >>> table = phrase_table(statements.values())
    >>> salient(table, [statements["new-zealand"].id], class_words=200).text
    'the death penalty'
    """
    avoided = {stem for phrase in avoid for stem in phrase.key}
    fit = [p for p in phrases if p.used(ids)[1] >= min_statements and not avoided & set(p.key)]
    best = max(fit, key=lambda p: (p.words > 1, p.salience(ids, class_words)), default=None)
    if best is None:
        return None
    nested = [p for p in fit if set(best.key) <= set(p.key) and p.used(ids) == best.used(ids)]
    return max(nested, key=lambda p: p.words)
