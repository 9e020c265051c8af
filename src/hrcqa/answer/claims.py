"""Questions that ask who said a claim, and the statements that say it in its words.

"Who said Belarus is the only country in Europe that still uses the death penalty?" listed New
Zealand, which says so, and the EU, Malta and the ICJ, whose sentences on the death penalty are
near the topic by their vectors (the relative support bar keeps them) but say nothing of Europe.
A claim is said in its words: for a question whose verb reports one (`asks_claim`: "said",
"argued", "warned that", not "talked about"), a statement joins the list only when its sentences
that reach the bar hold at least `Calibration.claim_lexical` of the topic's wording (the lexical
signal, IDF-weighted, synonyms and acronyms counted) that the listed statement holding most holds
(`said_outright`). A question of a topic raised ("who raised the death penalty") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hrcqa.answer.scoring import Scored
from hrcqa.question.words import CLAIM

_CLAIM = re.compile(CLAIM, re.I)
# a name given to something, as the question's own verb: "who called the elections a sham",
# "which delegation described the releases as a gesture" (not "who called for ...", a request,
# nor "the association that got labelled extremist - who raised it")
_NAMING = re.compile(r"^\s*(?:(?:and|so)\s+)?(?:who|which\s+[\w-]+|what\s+[\w-]+)\s+"
                     r"(?:(?:also|else|ever|actually|explicitly|specifically)\s+)?"
                     r"(?:call(?:s|ed)?|branded|labell?ed|dubbed|termed|"
                     r"(?:describ|characteri[sz]|portray)(?:es|ed)(?=\s+(?:[\w'’-]+\s+){1,6}?as\s))\b"
                     r"(?!\s+(?:for|on|upon|out)\b)", re.I)


def asks_claim(question: str) -> bool:
    """Whether a question's verb reports a claim rather than a topic raised.

    >>> asks_claim("Who said Belarus is the only country in Europe still executing people?")
    True
    >>> asks_claim("Who raised the death penalty?"), asks_claim("Did Malta say anything about it?")
    (False, False)
    >>> asks_claim("Who called the elections a sham?"), asks_claim("Who called for a moratorium?")
    (True, False)
    """
    return bool(_CLAIM.search(question) or _NAMING.match(question))


def said_outright(scored: Scored, rows: Sequence[tuple[str, int, float]], bar: float,
                  share: float) -> list[tuple[str, int, float]]:
    """Of the listed rows (statement id, best sentence, support), those whose sentences reaching
    `bar` hold at least `share` of the lexical signal of the statement holding most."""
    if len(rows) < 2 or scored.lexical is None:
        return list(rows)
    held = {statement_id: max([float(scored.lexical[index]),
                               *(float(scored.lexical[i]) for i, relevance in scored.ranked([statement_id])
                                 if relevance >= bar)])
            for statement_id, index, _support in rows}
    most = max(held.values())
    return [row for row in rows if held[row[0]] >= share * most]


_LABEL = re.compile(r"\b(?:as|an?)\s+(?P<label>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*[?.!]*\s*$", re.I)


def label_given(question: str) -> str:
    """The name a naming question asks who gave ("who called the elections a sham": "sham"), or "".

    >>> label_given("Who called Lukashenko a dictator?"), label_given("Who called for a moratorium?")
    ('dictator', '')
    """
    if not _NAMING.match(question):
        return ""
    label = _LABEL.search(question)
    return label.group("label") if label else ""
