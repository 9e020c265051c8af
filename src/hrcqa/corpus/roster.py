"""Who spoke: the speakers of parsed statements, grouped by kind, for listings.

Used wherever speakers are listed by kind: the app's speaker lists and the answer to a question
about a speaker who did not take the floor ("Speakers who did: Panel: ...; States: ...").
A pure function over `Statement`s; it does not parse (`hrcqa.corpus.layout`) or resolve names
(`hrcqa.question.query`).
"""

from __future__ import annotations

from collections.abc import Iterable

from hrcqa.models import KINDS, Statement


def speakers_by_kind(statements: Iterable[Statement]) -> dict[str, list[str]]:
    """Speaker names grouped by kind: kinds in their canonical order (`models.KINDS`), speakers
    in the order they spoke, each once; kinds without a speaker are left out.

    >>> from hrcqa.models import Span
    >>> def said(speaker: str, kind: str, at: int) -> Statement:
    ...     return Statement(id=f"d/{at}", document_id="d", section="", speaker=speaker,
    ...                      name=speaker, kind=kind, text="...",
    ...                      paragraphs=[Span(start=at, end=at + 3)], segments=[])
    >>> speakers_by_kind([said("Chile", "state", 9), said("EU", "group", 5),
    ...                   said("Peru", "state", 1), said("Chile", "state", 20)])
    {'group': ['EU'], 'state': ['Peru', 'Chile']}
    """
    ordered = sorted(statements, key=lambda s: (s.document_id, s.paragraphs[0].start))
    grouped = {kind: list(dict.fromkeys(s.speaker for s in ordered if s.kind == kind)) for kind in KINDS}
    return {kind: names for kind, names in grouped.items() if names}
