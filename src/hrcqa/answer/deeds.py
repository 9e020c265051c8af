"""The sentences in which a speaker reports what it did itself, for questions about its own
actions (`Intent.deeds`: "What measures has New Zealand taken?", "what has the GoE done about
places of detention", "Which governments said they had themselves imposed restrictive
measures?").

A sentence reports a deed of its own speaker when its first perfect or continuing verb ("has
placed", "have compiled", "continues to collect") is no verb of speech and its subject is the
speaker: a pronoun ("it has compiled files"), a name of the speaker ("the UK has sanctioned over
200 individuals", the name, acronym, country or group), or, for a member of the panel, the
panel ("The Group of Experts has already identified ..."). "The EU continues to urge ..." says,
and "the Belarusian authorities have pursued ..." is another's deed. Pure functions of the
sentence texts and the statements; general English, no names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from hrcqa.index.synonyms import verb_lemma
from hrcqa.models import Statement
from hrcqa.question.words import SPEECH
from hrcqa.text.countries import country_named

# the first perfect or continuing verb, and what follows it
_AUXILIARY = re.compile(r"\b(?:has|have)\s+"
                        r"(?:(?:also|already|now|recently|since|itself|themselves|further)\s+)*"
                        r"(?P<done>[a-z]+)|(?<!\bto\s)\b(?:continues?|will\s+continue)\s+to\s+(?P<doing>[a-z]+)|"
                        r"\b(?:is|are)\s+(?P<ing>[a-z]+ing)\b", re.I)
# where the subject's clause starts: after a comma, "that", "and", "but"
_CLAUSE_START = re.compile(r".*(?:,|;|\bthat\b|\band\b|\bbut\b|\bwhich\b)\s*", re.I)
_PRONOUN = re.compile(r"(?:it|they|we)", re.I)
_SUBJECT_WORDS = 6  # a subject is a name or a pronoun, not a clause
_PANEL = re.compile(r"\b(?:group\s+of\s+(?:independent\s+)?experts|the\s+experts|the\s+group)\b", re.I)
_NOT_A_DEED = re.compile(rf"{SPEECH}|not|been|yet|to|be|continued", re.I)


def reports_deed(sentence: str, statement: Statement) -> bool:
    """Whether a sentence of `statement` reports something its speaker did itself.

    >>> uk = statements["united-kingdom"]
    >>> reports_deed("In response, the UK has sanctioned over 200 individuals and 12 entities.", uk)
    True
    >>> reports_deed("The UK continues to urge Belarus to release them.", uk)  # speech
    False
    >>> reports_deed("Since 2020, the Belarusian authorities have pursued repression.", uk)  # another's
    False
    """
    verb = _AUXILIARY.search(sentence)
    if not verb:
        return False
    word = verb.group("done") or verb.group("doing") or verb.group("ing")
    lemma = verb_lemma(word.lower())
    if _NOT_A_DEED.fullmatch(word) or _NOT_A_DEED.fullmatch(lemma) or \
            (verb.group("done") and lemma == word.lower()):  # "has reasonable grounds": no participle
        return False
    before = sentence[:verb.start()]
    clause = before[_CLAUSE_START.match(before).end():] if _CLAUSE_START.match(before) else before
    subject = re.sub(r"^\s*the\s+", "", clause.strip(), flags=re.I)
    if not subject or len(subject.split()) > _SUBJECT_WORDS:
        return False
    if _PRONOUN.fullmatch(subject):  # "it has compiled files"; "they" only so: "they continue to
        return subject.lower() != "they" or bool(verb.group("done"))  # suffer" is of the prisoners
    return _names_speaker(clause, statement)


def _names_speaker(subject: str, statement: Statement) -> bool:
    """Whether a subject names the statement's speaker (or, for an expert, the panel)."""
    if statement.kind == "panel" and _PANEL.search(subject):
        return True
    lowered = subject.lower()
    names = [n for n in (statement.name, statement.speaker, statement.acronym, statement.on_behalf_of) if n]
    if any(name.lower() in lowered for name in names):
        return True
    words = re.sub(r"^\s*the\s+", "", subject.strip(), flags=re.I)
    own = country_named(statement.speaker)
    named = country_named(words) if words else None
    if own and named and named.name == own.name:  # "the UK" for the United Kingdom
        return True
    # "the Committee" for the National Human Rights Civic Association 'Belarusian Helsinki Committee'
    return len(words.split()) == 1 and words[:1].isupper() and any(
        re.search(rf"\b{re.escape(words)}\b", name) for name in names)


def own_deeds(sentences: Sequence[tuple[str, str]], statements: Mapping[str, Statement]) -> np.ndarray:
    """Which sentences, given as (statement id, text), report their own speaker's deeds."""
    return np.array([sid in statements and reports_deed(text, statements[sid]) for sid, text in sentences],
                    dtype=bool)
