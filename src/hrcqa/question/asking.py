"""Which sentences put a question to the experts, and which address requests to someone else.

Summaries report questions to the panel in a few set phrasings: "Australia asks how ...",
"Czechia would like to know from the Experts ...", "Addressing a question to the Chair of the
Group, Slovenia would like to know ...", "the organizations would welcome the Experts' views on
whether ...", "Romania asks the Experts to elaborate on ...", "Canada asks the Commission how
...". A request to the concerned State
("To the representatives of Belarus the UK asks to release ...") is not a question to the
panel. Pure functions over sentence text.
"""

from __future__ import annotations

import re

_PANEL = (r"(?:the\s+)?(?:independent\s+)?(?:experts?|group(?:\s+of\s+(?:independent\s+)?experts)?|"
          r"chair(?:person)?|panel(?:lists)?|special rapporteur|commission(?:\s+of\s+inquiry)?)")
# "encourages Examplestan to invite the Special Rapporteur" is a request to the State, not a question.
_QUESTION_TO_PANEL = re.compile(
    rf"(?<!\bto )\b(?:asks?|asked|requests?|invites?)\s+{_PANEL}\b|"
    r"\basks?\s+(?:how|what|whether|which|why|if|when|where|who)\b|"
    r"\b(?:would like|wishes|wants|would wish)\s+to\s+(?:know|learn|hear)\b|"
    r"\bwould\s+welcome\s+(?:the\s+)?[\w'’]+\s+views\b|\bseeks?\s+(?:the\s+)?[\w'’]+\s+views\b|"
    r"\baddressing\s+a\s+question\b|\b(?:inquires|enquires|wonders)\b", re.I)
_TO_OTHERS = re.compile(r"\bto the representatives of\b|\basks?\s+to\b", re.I)
_REQUEST = re.compile(r"\b(?:asks?|urges?|calls?\s+(?:on|upon)|demands?|requests?)\b", re.I)


def puts_question(sentence: str) -> bool:
    """True if the sentence reports a question put to the experts.

    >>> puts_question("In closing, Germany asks how states can further support the Group.")
    True
    >>> puts_question("To the representatives of Belarus the UK asks to release all prisoners.")
    False
    """
    return bool(_QUESTION_TO_PANEL.search(sentence)) and not _TO_OTHERS.search(sentence)


def addresses_request(sentence: str) -> bool:
    """True if the sentence asks, urges or calls on someone (not a question to the panel).

    >>> addresses_request("Malta urges the Belarusian authorities to abolish the death penalty.")
    True
    """
    return bool(_REQUEST.search(sentence)) and not puts_question(sentence)
