"""The one word tokenizer of hrcqa: lower-cased, stop words removed, British spellings written
the American way (breame's 1,700 pairs: "criminalised" is "criminalized", "licence" is
"license"; the summaries mix both, and so do users), Snowball-stemmed; a number is one token,
with or without thousands separators ("1,100" and "1100").

bm25s's default token pattern drops one-character tokens ("No. 15/2" would lose "2"), so words
are `\\b\\w+\\b`. The lexical index, the sentence evidence and the question reader all use this
function, so a word means the same thing at index and at query time.
"""

from __future__ import annotations

import functools
import re

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

WORD = re.compile(r"(?u)\b\w+\b")
# a thousands separator between digit groups ("1,100", "600,000"): a number is one token however
# it is written, "1100" or "1,100", the way both appear in the summaries
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """bm25s's English stop words."""
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def american(word: str) -> str:
    """A lower-case word spelt the American way ("criminalised" -> "criminalized").

    >>> american("organisations"), american("prisons")
    ('organizations', 'prisons')
    """
    return BRITISH_ENGLISH_SPELLINGS.get(word, word)


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed content words.

    >>> tokenize("Abolishing the death penalty")
    ['abolish', 'death', 'penalti']
    >>> tokenize("prison No. 15/2")
    ['prison', '15', '2']
    >>> tokenize("criminalised licences") == tokenize("criminalization licenses")
    True
    >>> tokenize("1,100 and 600,000 of 1,2,3") == tokenize("1100 and 600000 of 1,2,3")
    True
    """
    words = [american(w) for w in WORD.findall(_GROUPED.sub("", text.lower())) if w not in stopwords()]
    return _stemmer().stemWords(words)
