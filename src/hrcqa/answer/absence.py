"""Who did *not* say something ("Which NGOs did not mention the death penalty?"): the speakers
of the kinds asked, less those whose statements address it. A quote cannot show that a
statement is silent, so the answer names those that did not in its lead and quotes those that
did, as the evidence for the split. Pure: the caller gives the answer to the question that asks
who did, and which statements touch the topic at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hrcqa.answer.composing import Draft, display_name
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
    quoted = {line_id for section in did.sections for line in section.lines for q in line.quotes
              for line_id in [q.statement_id]} if did.answerable else set()
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
