"""The small pieces every answering strategy builds its `Draft` from: a refusal (`refusal`), the
quote of a bank sentence (`quote_of`), ranked sentences without word-for-word repeats
(`distinct`), the checks for a "Which X ...?" question (`counts_only`: a number, not which ones;
`reports`: the verb it asks about), and the lead's count and noun in the question's own words
(`count_lead`, `speakers_noun`, `kinds_noun`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hrcqa.answer.composing import Draft, Quote
from hrcqa.answer.scoring import Scored
from hrcqa.index.synonyms import verb_domains
from hrcqa.question.words import SPEECH
from hrcqa.text.grammar import noun_for, verb_for
from hrcqa.text.numbers import number_words
from hrcqa.text.tokenize import tokenize

# A number or a quantifier before a noun: "12 entities", "most non-Western countries"
_COUNTED = re.compile(rf"(?:\b\d[\d,.]*|\b(?:{'|'.join(number_words())}|most|many|several|numerous|few|"
                      rf"(?:dozens|hundreds|thousands)\s+of))\s+(?:[\w-]+\s+)?$", re.I)
_SPOKEN = re.compile(rf"{SPEECH}\b", re.I)
_PASSIVE = re.compile(r"(?:got|gets|get|getting|was|were|been|being)\s+\w+(?:ed|en)\b", re.I)
_HAPPENINGS = frozenset({"verb.change", "verb.body", "verb.motion", "verb.contact", "verb.perception",
                         "verb.consumption", "verb.weather"})
_WHO_LEAD = re.compile(r"^\s*(?:(?:which|what)\s+(?:other\s+)?(?P<noun>"
                       r"(?:(?:state|country|national)\s+)?delegations?|speakers?|"
                       r"states?|countries|country|ngos?|organi[sz]ations?|groups?|participants?|"
                       r"experts?)|who|(?:(?:list|name)\s+)?(?:all(?:\s+those)?|every(?:one|body))\s+who)"
                       r"(?:\s+else)?\s+(?P<rest>.+?)\s*[?.!]*$", re.I)


def refusal(question_type: str, reason: str, notes: Sequence[str] = ()) -> Draft:
    """A draft that says the summary does not answer, and why."""
    return Draft(question_type=question_type, answerable=False, lead=reason, notes=list(notes))


def quote_of(scored: Scored, index: int, score: float | None = None) -> Quote:
    """The quote of bank sentence `index`, scored with its relevance unless `score` is given."""
    sentence = scored.bank.sentences[index]
    return Quote(statement_id=sentence.statement_id, start=sentence.start, end=sentence.end,
                 score=float(scored.relevance[index]) if score is None else score)


def distinct(scored: Scored, ranked: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Ranked sentences without the repeats of a sentence its statement says twice word for
    word (summaries do repeat a sentence), so that no quote is spent on a copy."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for index, score in ranked:
        sentence = scored.bank.sentences[index]
        key = (sentence.statement_id, " ".join(sentence.text.split()))
        if key not in seen:
            seen.add(key)
            kept.append((index, score))
    return kept


def counts_only(sentence: str, noun: str | None) -> str | None:
    """The counted phrase ("12 entities") if the sentence mentions `noun` only with a number or a
    quantifier in front: it says how many, not which ones. None otherwise (or without a noun).

    >>> counts_only("the UK has sanctioned over 200 individuals and 12 entities", "entities")
    '12 entities'
    >>> counts_only("most non-Western countries are refraining from participating", "countries")
    'most non-Western countries'
    """
    if not noun:
        return None
    stems = set(tokenize(noun))
    found = [m for m in re.finditer(r"[\w'-]+", sentence) if set(tokenize(m.group())) & stems]
    counted = [m for m in found if _COUNTED.search(sentence[:m.start()])]
    if found and len(counted) == len(found):
        start = _COUNTED.search(sentence[:found[0].start()]).start()
        return sentence[start:found[0].end()].strip()
    return None


def reports(sentence: str, verb: str) -> bool:
    """Whether a sentence uses the verb in any form ("sanctioned" in "the UK has sanctioned over
    200 individuals", "sanctions" too).

    >>> reports("The UK has sanctioned over 200 individuals.", "sanctioned"), reports("No.", "accept")
    (True, False)
    """
    return bool(set(tokenize(verb)) & set(tokenize(sentence)))


def count_lead(question: str, count: int, fallback_noun: str = "speakers", kinds: Sequence[str] = ()) -> str:
    """"5 speakers raised the death penalty in Belarus:" from the question's own words, the noun
    and the verb put in the number of the count.

    >>> count_lead("Which NGOs mentioned lawyers?", 1)
    '1 NGO mentioned lawyers:'
    >>> count_lead("Which countries make up the group?", 1), count_lead("Who has spoken?", 2)
    ('1 country makes up the group:', '2 speakers have spoken:')
    >>> count_lead("who else brought it up?", 2)  # the answer names the others: no "else"
    '2 speakers brought it up:'
    >>> count_lead("which State delegations mentioned torture?", 2)
    '2 State delegations mentioned torture:'
    >>> count_lead("Which States said X?", 3, kinds=["group", "state"])  # not "3 States" over groups
    '3 delegations said X:'
    >>> count_lead("Who died in custody?", 4)  # not "4 speakers died in custody" (`_speakers_act`)
    '4 speakers in the summary address this:'
    """
    match = _WHO_LEAD.match(question)
    noun = speakers_noun(question, fallback_noun)
    states = r"states?|countr(?:y|ies)|(?:state|country|national)\s+delegations?"
    if set(kinds) - {"state"} and re.fullmatch(states, noun, re.I):
        noun = "delegations"  # "which States said ...": groups and Belarus are listed too, as such
    noun = noun_for(noun, count)
    if not match or not _speakers_act(match.group("rest")):
        return f"{count} {noun} in the summary {verb_for('addresses', count)} this:"
    first, _, rest = match.group("rest").partition(" ")
    return f"{count} {noun} {verb_for(first, count)} {rest}".rstrip() + ":"


def _speakers_act(predicate: str) -> bool:
    """Whether a who-question's predicate ("urged Belarus to ...", "died in custody") can be said of
    the speakers listed: not when its verb is passive ("got sentenced"), nor when it names in its
    commonest sense what happens to people or things (WordNet's files of change, body, motion,
    contact, perception, consumption and weather: "died", "fled", "started") and has no sense of
    communication ("pressed", "drew attention" have one) nor is a verb of speech ("raised"): that
    the statements report of others.

    >>> _speakers_act("called for abolishing the death penalty"), _speakers_act("raised torture")
    (True, True)
    >>> _speakers_act("died in Mahileu prison"), _speakers_act("got sentenced to ten years")
    (False, False)
    """
    if _PASSIVE.match(predicate):
        return False
    if _SPOKEN.match(predicate):
        return True
    senses = verb_domains(predicate.split(" ", 1)[0])
    return not senses or senses[0] not in _HAPPENINGS or "verb.communication" in senses


def speakers_noun(question: str, fallback: str) -> str:
    """The question's own noun for the speakers ("NGOs", "States", "countries"), else `fallback`."""
    match = _WHO_LEAD.match(question)
    noun = (match.group("noun") if match and match.group("noun") else fallback).lower()
    return re.sub(r"^ngos?$", "NGOs", re.sub(r"^state(s?)\b", r"State\1", noun))


def kinds_noun(kinds: Sequence[str]) -> str:
    """"NGOs", "experts", "groups" or "delegations" for the kinds a question asks about."""
    if not kinds:
        return "speakers"
    return {("ngo",): "NGOs", ("panel",): "experts", ("group",): "groups"}.get(tuple(kinds),
                                                                            "delegations")
