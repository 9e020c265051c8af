"""Questions that ask who called for something, and the sentences that make the call:
`asks_for_action` reads the question's frame ("Who urged ...?", not "Who mentioned ...?"),
`makes_request` a sentence's; `supporting_order` and `support_rows` put a statement's request
first when it is close enough to its best sentence on the topic, so that a who-said list quotes,
and counts, its call rather than a mere mention. Pure functions of the question, the sentence
scores (`Scored`) and the `Calibration`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hrcqa.answer.calibration import Calibration
from hrcqa.answer.scoring import Scored
from hrcqa.question.asking import addresses_request, puts_question
from hrcqa.question.intent import Intent

# A question whose frame asks who called for something ("Who urged ...", "Which delegations
# asked Belarus to ...", "who wants Belarus to ...", "... said prisoners should ..."), not who
# mentioned it. "asked the experts" / "wanted to know" are questions, not requests.
_REQUEST_FRAME = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)\b|call(?:s|ed)?\s+(?:\w+\s+){1,4}?to\b|"
    r"urg(?:e|es|ed|ing)\b|demand(?:s|ed|ing)?\b|recommend(?:s|ed|ing)?\b|appeal(?:s|ed)?\b|"
    r"request(?:s|ed)?\b|press(?:es|ed)?\s+(?:for\b|\w+\s+to\b)|push(?:es|ed)?\s+for\b|"
    r"encourag(?:e|es|ed)\b|ask(?:s|ed|ing)?\s+(?:for\b|(?!(?:the\s+)?(?:experts?|panel|chair|group)\b)"
    r"(?:[\w'’-]+\s+){1,4}?to\s+(?!know\b|learn\b|hear\b))|want(?:s|ed)?\b(?!\s+to\s+(?:know|learn|hear)\b)|"
    r"should|must|ought\s+to|needs?\s+to)", re.I)

# A sentence that makes a request of someone, beyond `addresses_request`'s "asks/urges/calls on":
# "calls for", "reiterates its call", "recommends", "encourages", "... must end".
_CALL = re.compile(r"\b(?:calls?\s+(?:on|upon|for)|(?:reiterates?|renews?|repeats?|echoes?)\s+"
                   r"(?:its|their)\s+calls?|urg(?:e|es|ing)|demands?|requests?|recommends?|encourages?|appeals?|"
                   r"invites?\s+(?:\w+\s+){1,4}?to|asks?\s+(?:\w+\s+){0,4}?to|must|should|"
                   # as diplomats put a request: "hopes that member states will apply strong scrutiny"
                   r"hopes?\s+that\s+(?:\w+\s+){1,4}?will|expects?\s+(?:\w+\s+){1,4}?to)\b", re.I)


def asks_for_action(question: str) -> bool:
    """Whether a question asks who called for something (a request frame), not who mentioned it.

    >>> asks_for_action("Who asked Belarus to prioritise releasing sick prisoners?")
    True
    >>> asks_for_action("Who asked the experts about deportations?"), asks_for_action("Who raised torture?")
    (False, False)
    """
    return bool(_REQUEST_FRAME.search(question))


def makes_request(sentence: str) -> bool:
    """Whether a sentence asks, urges or calls on someone to act (not a question to the panel).

    >>> makes_request("It calls upon Belarus to heed repeated calls to abolish the death penalty.")
    True
    >>> makes_request("New Zealand remains deeply concerned by the use of the death penalty.")
    False
    >>> makes_request("The Committee hopes that member states will apply strong scrutiny.")
    True
    """
    return addresses_request(sentence) or (bool(_CALL.search(sentence)) and not puts_question(sentence))


def supporting_order(intent: Intent, scored: Scored, ranked: Sequence[tuple[int, float]],
                     calibration: Calibration) -> list[tuple[int, float]]:
    """One statement's ranked sentences, reordered so the first is the one that best supports
    what the question asks: for a request frame ("Who called for ...?"), the best sentence that
    makes a request, if it is within `request_margin` of the statement's best on the topic
    ("It calls upon Belarus to ... abolish the death penalty", not "remains concerned by the
    death penalty"); otherwise the order of relevance."""
    if not ranked or not asks_for_action(intent.question):
        return list(ranked)
    top = ranked[0][1]
    for position, (index, score) in enumerate(ranked):
        if score < top - calibration.request_margin:
            break
        if makes_request(scored.bank.sentences[index].text):
            return [ranked[position], *ranked[:position], *ranked[position + 1:]]
    return list(ranked)


def support_rows(intent: Intent, scored: Scored, statement_ids: Sequence[str],
                 calibration: Calibration) -> list[tuple[str, int, float]]:
    """(statement id, sentence index, support) of each statement, best first: its best
    sentence's relevance; for a request frame, a sentence that makes a request counts
    `request_bonus` higher (a call on the topic answers "Who called for ...?" better than a
    mention of it)."""
    rows = scored.best(statement_ids)
    if not calibration.request_bonus or not asks_for_action(intent.question):
        return rows
    boosted = []
    for statement_id, index, score in rows:
        for other, relevance in scored.ranked([statement_id]):
            if relevance + calibration.request_bonus <= score:
                break
            if makes_request(scored.bank.sentences[other].text):
                index, score = other, relevance + calibration.request_bonus
                break
        boosted.append((statement_id, index, score))
    return sorted(boosted, key=lambda row: -row[2])
