"""Which statements an answer may draw on, and what it says when a restriction leaves none:
`allowed_statements` (the question's speakers and kinds, a follow-up's list); `widened` and
`none_of_them` for a follow-up restricted to the previous answer's speakers ("Which of them are
NGOs?"), answered across all speakers when none of them qualifies; `filtered_out` (with
`quoted_statements`) for a refusal that the caller's filters caused, naming the speakers they
exclude.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from hrcqa.answer.composing import Draft, short_name
from hrcqa.answer.drafts import kinds_noun, speakers_noun
from hrcqa.answer.yesno import is_yes_no
from hrcqa.models import Statement
from hrcqa.question.intent import Intent
from hrcqa.text.grammar import inner_first, noun_for


def allowed_statements(intent: Intent, statements: Mapping[str, Statement],
                       restrict: Sequence[str] = ()) -> list[str]:
    """Statement ids a question may draw on: its speakers, its kinds, a follow-up's list."""
    ids = [sid for sid in statements if not intent.speakers or sid in intent.speakers]
    ids = [sid for sid in ids if not intent.kinds or statements[sid].kind in intent.kinds]
    # "who mentioned Poland": not Poland, which names itself ("Poland thanks the Group")
    named = _only_named(intent)
    ids = [sid for sid in ids if not named or not _is_named(statements[sid], named)]
    return [sid for sid in ids if not restrict or sid in restrict]


def _only_named(intent: Intent) -> str:
    """The name a topic consists of ("Poland" in "who mentioned Poland?"), else ""."""
    topic = re.sub(r"^(?:the\s+)?", "", intent.topic.strip(" ?.!"), flags=re.I)
    return topic if not intent.speakers and any(e.lower() == topic.lower() for e in intent.entities) else ""


def _is_named(statement: Statement, name: str) -> bool:
    lower = name.lower()
    return lower in (statement.speaker.lower(), statement.name.lower()) or \
        statement.name.lower().startswith(f"{lower} on behalf of")


def widened(intent: Intent, statements: Mapping[str, Statement], restrict: Sequence[str],
            answer: Callable[[Sequence[str]], Draft], fact: bool = False) -> Draft:
    """A follow-up answered within the previous answer's speakers (`answer(restrict)`); when
    none of them is of the kinds asked or answers, the answer says so first ("None of the 3
    speakers named in the previous answer are NGOs.") and then gives the answer across all
    speakers (`answer(())`), labelled as such. A meeting `fact` ("which of them spoke jointly?")
    is one they do not do, rather than address."""
    allowed = allowed_statements(intent, statements, restrict)
    if allowed:
        draft = answer(restrict)
        if draft.answerable:
            return draft
    preface = none_of_them(intent, statements, restrict, of_kind=bool(allowed), fact=fact)
    wider = answer(())
    notes = [*wider.notes, "widened: answered across all speakers"]
    if not wider.answerable:
        return wider.model_copy(update={"lead": f"{inner_first(preface)[:-1]}; across all "
                                                f"speakers, {wider.lead}", "notes": notes})
    return wider.model_copy(update={"preface": preface, "lead": f"Across all speakers: {wider.lead}",
                                    "notes": notes})


def other_kinds(intent: Intent, others: Draft) -> Draft:
    """"Which countries mentioned the ICC?" when none did but other speakers did (`others`, the
    answer without the question's kinds): says so, then names those who did ("None of the
    countries in the summary addresses this. Other speakers do: ...")."""
    # "countries", "NGOs"; "which group said ...": the groups
    noun = noun_for(speakers_noun(intent.question, kinds_noun(intent.kinds)), 2)
    opening = "No: none" if is_yes_no(intent.question) else "None"
    return others.model_copy(update={
        "preface": f"{opening} of the {noun} in the summary addresses this.",
        "lead": "Other speakers do:", "notes": [*others.notes, f"widened: no {noun} address this"]})


def none_of_them(intent: Intent, statements: Mapping[str, Statement], restrict: Sequence[str],
                 of_kind: bool, fact: bool = False) -> str:
    """"None of the 3 speakers named in the previous answer are NGOs." (or, when some are of
    the kinds asked, "... addresses this.", or for a meeting `fact`, "... does so.")."""
    count = len(restrict)
    one = short_name(statements[restrict[0]]) if count == 1 and restrict[0] in statements else ""
    named = (one or "The speaker named in the previous answer") if count == 1 else \
        f"None of the {count} speakers named in the previous answer"
    if of_kind and fact:
        return f"{named} {'does not do so' if count == 1 else 'does so'}."
    if of_kind:
        return f"{named} {'does not address' if count == 1 else 'addresses'} this."
    noun = speakers_noun(intent.question, kinds_noun(intent.kinds))
    if count == 1:
        return f"{named} is not one of the {noun}."
    return f"{named} are {noun}."


def quoted_statements(draft: Draft, statements: Mapping[str, Statement]) -> list[Statement]:
    """The statements a draft quotes, in the order it quotes them (each once)."""
    ids = [q.statement_id for q in draft.quotes]
    return [statements[sid] for sid in dict.fromkeys(ids) if sid in statements]


def filtered_out(refused: Draft, excluded: Sequence[Statement]) -> Draft:
    """The refusal for a question that the caller's filters (speakers=, kinds=) leave without an
    answer although statements outside them answer it: it names those speakers and says how to
    see them. `excluded` are the statements an unfiltered answer quotes (`quoted_statements`);
    none: the refusal as it was.

    >>> from hrcqa.answer.drafts import refusal
    >>> draft = filtered_out(refusal("who_said", "none of its statements clearly says this"),
    ...                      [statements["france"], statements["poland"]])
    >>> draft.answerable, draft.lead[:66]
    (False, 'the filters exclude the speakers who address this (France, Poland)')
    """
    if not excluded:
        return refused
    names = ", ".join(dict.fromkeys(short_name(statement) for statement in excluded))
    return refused.model_copy(update={
        "answerable": False,
        "lead": f"the filters exclude the speakers who address this ({names}); clear the filters "
                "to see their statements",
        "notes": [*refused.notes, f"filtered out: {names}"]})
