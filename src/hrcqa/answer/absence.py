"""Who did *not* say something ("Which NGOs did not mention the death penalty?"): the speakers
of the kinds asked, less those whose statements address it. A quote cannot show that a
statement is silent, so the answer names those that did not in its lead and quotes those that
did, as the evidence for the split. Two topics joined the same way: "who mentioned both torture
and the death penalty" (`both`: those in both lists) and "torture but not the death penalty"
(`but_not`: the first list less those that address the second). Pure: the caller gives the
who-said answers and which statements touch a topic at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hrcqa.answer.composing import Draft, Quote, by_kind, display_name
from hrcqa.answer.drafts import kinds_noun
from hrcqa.models import Statement
from hrcqa.text.grammar import noun_for, series


def did_not(predicate: str, topic: str, kinds: Sequence[str], did: Draft, touching: set[str],
            asked: Sequence[str], statements: Mapping[str, Statement]) -> Draft:
    """The statements in `asked` (the kinds asked, in document order) that neither `did` quotes
    nor `touching` holds (statements that name the topic or come near it, which a who-said list
    leaves out when others say it more clearly), as the lead, with the question's own
    `predicate` ("did not mention executions"); `did`'s quotes as the sections.

    >>> asked = ["malta", "france", "ireland"]
    >>> print(did_not("did not mention executions", "executions", ["state"],
    ...               Draft(question_type="who_said", lead="No one"), {"malta"}, asked, statements).lead)
    2 of the 3 delegations did not mention executions: France and Ireland.
    """
    quoted = {q.statement_id for q in _quotes(did)}
    said = quoted | touching
    silent = [sid for sid in asked if sid not in said]
    noun = kinds_noun(kinds)
    total = len(asked)
    if not silent:
        return Draft(question_type="who_said", lead=f"None: all {total} {noun_for(noun, total)} address "
                     f"“{topic}”.", sections=did.sections if did.answerable else [])
    names = series([display_name(statements[sid]) for sid in silent])
    lead = f"{len(silent)} of the {total} {noun_for(noun, total)} {predicate}: {names}."
    if not quoted:
        return Draft(question_type="who_said", lead=lead if said else
                     f"All {total} {noun_for(noun, total)}: none of their statements mentions “{topic}”.")
    count = len(quoted)
    lead += " The one whose statement does:" if count == 1 else f" The {count} whose statements do:"
    return Draft(question_type="who_said", lead=lead, sections=did.sections)


def _quotes(draft: Draft) -> list[Quote]:
    return draft.quotes if draft.answerable else []


def both(first: str, second: str, kinds: Sequence[str], one: Draft, other: Draft,
         statements: Mapping[str, Statement]) -> Draft:
    """The speakers in both who-said answers (`one` on `first`, `other` on `second`), each quoted
    on both; when none is, those on each, so that the reader sees why."""
    quotes = _quotes(one) + _quotes(other)
    shared = {q.statement_id for q in _quotes(one)} & {q.statement_id for q in _quotes(other)}
    noun = kinds_noun(kinds)
    if not shared:
        lead = (f"None of the {noun} addresses both “{first}” and “{second}”. "
                f"{_count(one, noun)} address “{first}”; {_count(other, noun)} “{second}”.")
        return Draft(question_type="who_said", lead=lead, sections=by_kind(quotes, statements))
    lead = f"{len(shared)} {noun_for(noun, len(shared))} addressed both “{first}” and “{second}”:"
    return Draft(question_type="who_said", lead=lead,
                 sections=by_kind([q for q in quotes if q.statement_id in shared], statements))


def but_not(first: str, second: str, kinds: Sequence[str], one: Draft, touching: set[str],
            statements: Mapping[str, Statement]) -> Draft:
    """The speakers of the who-said answer on `first` (`one`) whose statements do not touch
    `second` (`touching`: those that address or name it), quoted on the first."""
    quotes = _quotes(one)
    if not quotes:
        return one  # no one addresses the first topic: its answer says so
    kept = [q for q in quotes if q.statement_id not in touching]
    left = sorted({q.statement_id for q in quotes} & touching, key=list(statements).index)
    noun = kinds_noun(kinds)
    names = series([display_name(statements[sid]) for sid in left])
    also = f" Left out, as they address “{second}” too: {names}." if left else ""
    if not kept:
        return Draft(question_type="who_said", lead=f"None: every one of the {_count(one, noun)} that "
                     f"address “{first}” addresses “{second}” too.", sections=one.sections)
    count = len({q.statement_id for q in kept})
    return Draft(question_type="who_said", sections=by_kind(kept, statements),
                 lead=f"{count} {noun_for(noun, count)} addressed “{first}” but not “{second}”.{also}")


def _count(draft: Draft, noun: str) -> str:
    count = len({q.statement_id for q in _quotes(draft)})
    return f"{count} {noun_for(noun, count)}"
