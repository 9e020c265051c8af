"""A speaker named by what it said rather than by its name: "the NGO about violence against
women, what do they ask?", "the ngo that called exile weaponised - what number did it give",
"The expert who dealt with deportations: by when are her findings expected?".

`described_speaker` splits such a question into a `Description`: the question that finds the
speaker (`lookup`, "Which NGO spoke about violence against women?") and the question asked of
it (`rest`, "what do they ask?"). Finding the speaker takes sentence search, so the answering
stage does it (`hrcqa.answer.answerer`): it answers `lookup`, and when that names one speaker
it asks `rest` as a follow-up to it, so "they" is that speaker. Pure; general English frames,
no names.

The frame is a kind noun with a relative clause or an "about" phrase, set off from a question
by a comma, a colon or a spaced dash. "The one that ..." (no kind noun) is left alone: it points
back at an earlier answer.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from hrcqa.models import Kind
from hrcqa.question.meeting import kinds_of
from hrcqa.question.query import NGO_NOUN

_KIND_NOUN = (rf"(?:{NGO_NOUN}|(?:human\s+)?rights\s+group|charity|state|country|delegation|government|"
              r"expert|panell?ist|group|speaker)")
_CLAUSE = r"(?:(?!\s[-–—]\s|[,:;?]).)+?"  # up to the separator; "gender-based" stays whole
_DESCRIBED = re.compile(
    rf"^(?:(?:switching|ok(?:ay)?|so|and|now|also)\W+)*(?P<described>the\s+(?P<noun>{_KIND_NOUN})\s+"
    rf"(?:(?:that|which|who)\s+(?P<clause>{_CLAUSE})|"
    rf"(?P<prep>about|on|regarding|concerned\s+with|dealing\s+with|working\s+on|(?:talking|speaking)\s+"
    rf"(?:about|of))\s+(?P<topic>{_CLAUSE})))"
    # set off by a comma, a colon or a dash; in dictation, by nothing before "what did they ..."
    r"(?:\s*(?:,|:|\s[-–—])\s*|\s+(?=(?:what|which|who|how|when|where)\s+(?:did|do|does|was|were|is|are|has|"
    r"have)\s+(?:they|it|she|he|its|their|her|his)\b))"
    r"(?P<rest>(?:what|which|who|whom|whose|how|when|where|why|by\s+when|did|does|do|is|are|was|were|has|"
    r"have|had|can|could|any)\b.*)$", re.I)


# Two questions in one, the second about the one speaker the first asks for: "Which CSO was the last
# to take the floor, and which organisation preceded it?", "which ngo spoke last and what were they
# asking states to do". The first finds the speaker; the second is asked of it.
_THEN_OF_IT = re.compile(
    r"^(?P<lookup>(?:which|what)\s+(?:\w+\s+){0,2}?(?:ngo|cso|organi[sz]ation|state|country|delegation|group|"
    r"expert|speaker|one)\s+(?!did\b|do\b|does\b)[^,?]{3,80}?|who\s+(?!did\b|do\b|does\b)[^,?]{3,80}?)"
    r"\s*,?\s+and\s+(?P<rest>(?:what|which|who|whom|how|when|where|by\s+wh\w+|did|does|was|were)\b"
    r"(?=[^?]*\b(?:it|they|them|its|their|she|he|her|his|that\s+one)\b)[^?]*\??)\s*$", re.I)


_POINTER = re.compile(r"\b(?:it|they|them|its|their|that|this|those|these|she|he|her|his)\b", re.I)


class Description(BaseModel):
    """A speaker described by what it said, and the question asked of it."""

    model_config = ConfigDict(frozen=True)

    described: str  # as the user put it: "the NGO about violence against women"
    kinds: list[Kind]
    lookup: str  # the question that finds it: "Which NGO spoke about violence against women?"
    rest: str  # the question asked of it: "what they ask"
    compound: bool = False  # two questions in one: "Which CSO spoke last, and who preceded it?"


def described_speaker(question: str) -> Description | None:
    """The speaker a question describes and what it asks of it, or None.

    >>> d = described_speaker("the NGO about violence against women, what they ask")
    >>> d.lookup, d.rest, d.kinds
    ('Which NGO spoke about violence against women?', 'what they ask', ['ngo'])
    >>> described_speaker("The expert who dealt with deportations: by when are her findings expected?").lookup
    'Which expert dealt with deportations?'
    >>> d = described_speaker("the group talking about guys refusing military service what did they say")
    >>> d.lookup, d.rest, d.kinds
    ('Which group spoke about guys refusing military service?', 'what did they say', ['group', 'ngo'])
    >>> d = described_speaker("Which CSO was the last to take the floor, and which organisation preceded it?")
    >>> d.lookup, d.rest
    ('Which CSO was the last to take the floor?', 'which organisation preceded it?')
    >>> described_speaker("the NGOs that spoke about torture, which ones asked questions?") is None  # plural
    True
    """
    compound = _THEN_OF_IT.match(question.strip())
    # "Which CSO spoke last, and by which organisation was it preceded?"; not when the first part
    # leans on the conversation itself ("who read that one out and whats his job")
    if compound and not _POINTER.search(compound.group("lookup")):
        lookup = compound.group("lookup").strip()
        return Description(described=lookup, kinds=[], lookup=f"{lookup[:1].upper()}{lookup[1:]}?",
                           rest=compound.group("rest").strip(), compound=True)
    match = _DESCRIBED.match(question.strip())
    if not match or match.group("noun").lower().endswith("s"):
        return None  # several speakers are a list to ask about, not one to identify
    noun = match.group("noun")
    # "the rights group", "the charity": an NGO; "the speaker": anyone
    # "the group talking about X": in everyday speech an organisation as often as a group of States
    kinds: list[Kind] = ["ngo"] if re.search(r"rights\s+group|charity", noun, re.I) else \
        ["group", "ngo"] if noun.lower() == "group" else kinds_of(noun)
    prep = re.sub(r"^(?:talking|speaking)\s+", "", match.group("prep") or "", flags=re.I).lower()
    said = match.group("clause") or f"spoke {prep} {match.group('topic')}"
    return Description(described=match.group("described"), kinds=kinds,
                       lookup=f"Which {noun} {said.strip()}?", rest=match.group("rest").strip())
