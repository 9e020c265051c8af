"""Who a figure counts, against who a question asks about.

"How many journalists are in prison?" was answered with "over a thousand political prisoners":
a figure that counts other people than the ones asked about, given as if it were theirs. The
people a figure counts are the person noun just after it ("1,100 political prisoners", "27 media
workers", "7 independent lawyers"); the people asked about are the topic's first plural person
noun. WordNet (general data, `hrcqa.index.synonyms`) says which nouns name people and which are
kinds of which: "detainees" are prisoners, "journalists" are not.
"""

from __future__ import annotations

import re

from hrcqa.index.synonyms import is_kind_of, is_person, noun_lemma
from hrcqa.question.query import KIND_NOUN
from hrcqa.text.figures import Figure
from hrcqa.text.tokenize import tokenize

_AFTER = 3  # words after a figure that may name what it counts ("1,100 political prisoners")
_PREFIX = 5  # letters two words share to be one word's kin ("unionists", "trade union activists")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SPEAKERS = re.compile(rf"{KIND_NOUN}|speakers?|participants?|delegates?|representatives?|members?", re.I)


def people_asked(topic: str) -> str:
    """The first plural noun of the topic that names people ("journalists are in prison" ->
    "journalists"); "" when there is none ("people remain in prison": WordNet files "people"
    as a group, which any figure may count). Nouns for the speakers themselves ("speakers put
    the number at 1,100", "the experts") are not the people counted.

    >>> people_asked("journalists are in prison"), people_asked("people remain in prison")
    ('journalists', '')
    >>> people_asked("speakers put the number of prisoners at 1,100")
    'prisoners'
    """
    return next((word for word in _WORD.findall(topic)
                 if _plural_person(word) and not _SPEAKERS.fullmatch(word)), "")


def _plural_person(word: str) -> bool:
    """A plural noun of people ("journalists", "women"; not "independent" nor "people")."""
    return word.islower() and noun_lemma(word) != word and is_person(word)


def people_counted(sentence: str, figure: Figure) -> str:
    """The words from a figure to the person noun just after it, which say who it counts
    ("political prisoners" in "1,100 political prisoners remain"); "" when none follows within
    `_AFTER` words of its clause ("Over 1,000 remain").

    >>> text = "alongside 27 media workers, 25 trade union activists, and 7 independent lawyers."
    >>> from hrcqa.text.figures import find_figures
    >>> [people_counted(text, f) for f in find_figures(text)]
    ['media workers', 'trade union activists', 'independent lawyers']
    """
    clause = re.split(r"[,;:.]", sentence[figure.end:])[0]
    words = _WORD.findall(clause)[:_AFTER]
    end = next((i for i, word in enumerate(words) if _plural_person(word)), None)
    return " ".join(words[:end + 1]) if end is not None else ""


def other_people(asked: str, counted: str) -> bool:
    """Whether a figure counting `counted` counts other people than `asked`: neither is a kind
    of the other, and no word of it shares a stem with the one asked about.

    >>> other_people("journalists", "political prisoners"), other_people("detainees", "prisoners")
    (True, False)
    >>> other_people("unionists", "trade union activists"), other_people("", "prisoners")
    (False, False)
    """
    if not asked or not counted:
        return False
    head = counted.split()[-1]
    if noun_lemma(head) == noun_lemma(asked) or any(
            word.lower()[:_PREFIX] == asked.lower()[:_PREFIX] for word in counted.split()
            if len(word) >= _PREFIX) or set(tokenize(asked)) & set(tokenize(counted)):
        return False
    return not (is_kind_of(asked, head) or is_kind_of(head, asked))
