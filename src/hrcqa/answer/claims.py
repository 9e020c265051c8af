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


def asks_claim(question: str) -> bool:
    """Whether a question's verb reports a claim rather than a topic raised.

    >>> asks_claim("Who said Belarus is the only country in Europe still executing people?")
    True
    >>> asks_claim("Who raised the death penalty?"), asks_claim("Did Malta say anything about it?")
    (False, False)
    """
    return bool(_CLAIM.search(question))


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
