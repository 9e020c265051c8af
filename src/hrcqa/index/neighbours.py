"""The corpus's nearest noun for a noun it never uses, by the index's own encoder.

A user asks who complained that jailed people cannot get to a *doctor*; the statements say they
are denied *medical* care. WordNet does not pair the two (`hrcqa.index.synonyms` pairs words of
one sense only), so the lexical signal sees nothing, and the sentence falls below the support
bar. The sentence encoder does know that the words are near: at build time `corpus_nouns` lists
the nouns the corpus itself uses in lower case and the build encodes them; answering encodes each
noun of a topic that no sentence holds in any form (`SentenceBank.unknown_nouns`) together with
the topic, and counts it as the corpus noun nearest to it (`nearest_nouns`) when their cosine
reaches `MIN_SIMILARITY`:

    nearest_nouns(["doctor"], encode(["doctor"]), nouns, noun_vectors)   # {'doctor': 'medical'}

Guards:
- both words must be nouns in WordNet, and content words ("are" is a unit of area): verbs and
  their forms are the near misses ("ran" -> "run", of "run-up"; "reply" -> "responded");
- the corpus's nouns are those it writes in lower case somewhere, never only inside a name
  ("house" is in "Human Rights House", so "home" must not find it);
- a word the corpus holds in any form is never replaced: only the words the lexical signal
  would otherwise miss entirely.

The same encoder also says when a topic's noun is held only by an unrelated word of its stem.
Stems and prefixes join "executions" and "executive", "treaty" and "treated", "minors" and
"minorities"; when no sentence writes the noun itself, in any of its forms, and the encoder finds
it unrelated to every word that does match (`unrelated_words`: cosine below `MIN_RELATED`), the
lexical signal counts the noun as held by no sentence, so "who brought up executions"
does not find a sentence about "the executive" word for word.

The encoder is the index's, so the pairs need no data of their own: the build encodes the
corpus's nouns (671 on the HRC60 summary, one per stem; about half a second, as the synonym check
has encoded many of them already), and a question encodes only its unknown nouns, in the batch of
its topic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from hrcqa.index.synonyms import is_noun
from hrcqa.text.terms import content_terms

# Cosine of a topic's noun and the corpus noun that stands for it. Natural dev who-said F1,
# answerable refused and dialogue turns are flat from 0.68 to 0.75 (.850, 24 of 898, 1738-1739
# of 2002, against .849, 25 and 1738 without); the middle of the plateau is taken.
# "doctor"/"medical" 0.79, "jail"/"prison", "army"/"military"; "queer"/"sexual" (0.61) is left.
MIN_SIMILARITY = 0.7
MIN_LENGTH = 3  # shorter words are too ambiguous to pair
# Cosine below which a topic's noun and every word of the corpus that shares its stem or prefix
# are unrelated: "executions"/"executive" 0.37, "treaty"/"treated" 0.27, "minors"/"minorities"
# 0.31; related words of one stem score higher ("diplomat"/"diplomatic" 0.83, "liberation"/
# "liberty" 0.53).
MIN_RELATED = 0.4


def corpus_nouns(words: Iterable[str]) -> list[str]:
    """Of the words a corpus writes in lower case (never only inside a name: not "house" of
    "Human Rights House"), its nouns (WordNet's), sorted, one for each stem (the shortest: the
    lexical signal matches its other forms): the words a topic's unknown noun may be counted as.

    >>> corpus_nouns(["many", "are", "denied", "access", "to", "care", "abuses", "notes'", "abuse"])
    ['abuse', 'access', 'care', 'notes']
    """
    by_stem: dict[tuple[str, ...], str] = {}
    kept = {word.rstrip("'’-") for word in words}  # "detainees'" is "detainees"
    kept = {word for word in kept if len(word) >= MIN_LENGTH and word[-1].isalpha()}
    for word in sorted(kept, key=lambda w: (len(w), w)):
        if (terms := tuple(content_terms(word))) and terms not in by_stem and is_noun(word):
            by_stem[terms] = word
    return sorted(by_stem.values())


def nearest_nouns(words: Sequence[str], vectors: np.ndarray, nouns: Sequence[str],
                  noun_vectors: np.ndarray) -> dict[str, str]:
    """Each word's nearest corpus noun by cosine (the vectors are unit length), for the words
    whose nearest reaches `MIN_SIMILARITY`.

    >>> nouns, noun_vectors = ["care", "medical"], np.array([[1.0, 0.0], [0.6, 0.8]])
    >>> nearest_nouns(["doctor", "zebra"], np.array([[0.28, 0.96], [0.0, -1.0]]), nouns, noun_vectors)
    {'doctor': 'medical'}
    """
    if not len(words) or not len(nouns):
        return {}
    similarity = np.asarray(vectors, dtype=np.float32) @ np.asarray(noun_vectors, dtype=np.float32).T
    best = similarity.argmax(axis=1)
    return {word: nouns[int(i)] for word, row, i in zip(words, similarity, best, strict=True)
            if row[i] >= MIN_SIMILARITY}


def unrelated_words(held: Mapping[str, Sequence[str]], vectors: np.ndarray) -> list[str]:
    """Of the words that sentences hold only as other words of their stem (`held`: word -> those
    words, `SentenceBank.stem_only_nouns`), those the encoder finds unrelated to every one of them
    (cosine below `MIN_RELATED`). `vectors` are unit vectors of the words, then of the held words
    in order.

    >>> unrelated_words({"executions": ["executive"], "diplomat": ["diplomatic"]},
    ...                 np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0]]))
    ['executions']
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    found, start = [], len(held)
    for i, (word, others) in enumerate(held.items()):
        block = vectors[start:start + len(others)]
        start += len(others)
        if not len(block) or float((block @ vectors[i]).max()) < MIN_RELATED:
            found.append(word)
    return found
