"""Who approved of something: a list of those who "praised", "supported" or "welcomed" it holds
only speakers whose quoted sentence says so.

"Who praised the Group of Experts?" listed Belarus for "The monologue of the Group of Independent
Experts and its founders demonstrates the futility of this format of work": the sentence is about
the Group, as the question is, but says the opposite of what it asks. A who-question whose verb
approves (`APPROVAL`, compared by WordNet's verb lemma) keeps a speaker only when its sentence uses
such a word (a verb or its noun: "reiterates its full support", "While welcoming ...", "thanks the
Group") not under a negation ("does not recognise").
"""

from __future__ import annotations

import re

from hrcqa.index.synonyms import verb_lemma
from hrcqa.question.words import APPROVAL

_WORD = re.compile(r"[a-z]+")
# the verb of a who-question: "Who praised ...", "Which delegations have openly supported ..."
_WHO_VERB = re.compile(r"^\s*(?:and\s+)?(?:who\s+|which\s+(?:[\w-]+\s+){1,2}?)"
                       r"(?:(?:has|have|had|did|does|do)\s+)?(?:(?:\w+ly|also|all)\s+)?"
                       r"(?P<verb>[a-z]+)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|cannot|refuses?\s+to)\s+(?:\w+\s+){0,2}$", re.I)


def _approving(word: str) -> bool:
    return verb_lemma(word) in APPROVAL or word in APPROVAL


def asks_approval(question: str) -> bool:
    """Whether a who-question asks who approved of something.

    >>> asks_approval("Who praised the Group of Experts?")
    True
    >>> asks_approval("which delegations have supported it")
    True
    >>> asks_approval("Who condemned the death penalty?"), asks_approval("Who said the report was biased?")
    (False, False)
    """
    verb = _WHO_VERB.match(question)
    return bool(verb) and _approving(verb.group("verb").lower())


def approves(sentence: str) -> bool:
    """Whether a sentence uses a word of approval that no negation governs.

    >>> approves("In closing, Austria reiterates its full support for the mandate.")
    True
    >>> approves("While welcoming the release, Ukraine urges more."), approves("Malta thanks the Group.")
    (True, True)
    >>> approves("It demonstrates the futility of this format of work.")
    False
    >>> approves("Belarus does not recognise any country mandates.")
    False
    """
    lower = sentence.lower()
    return any(_approving(found.group()) and not _NEGATION.search(lower[:found.start()])
               for found in _WORD.finditer(lower))
