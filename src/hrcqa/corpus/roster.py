"""Who spoke: the speakers of parsed statements, grouped by kind, for listings.

Used wherever speakers are listed by kind: the app's speaker lists and the answer to a question
about a speaker who did not take the floor ("Speakers who did: Panel: ...; States: ...").
A pure function over `Statement`s; it does not parse (`hrcqa.corpus.layout`) or resolve names
(`hrcqa.question.query`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hrcqa.models import KINDS, Statement

_HONORIFICS = re.compile(r"^(?:(?:H\.\s?E\.|His|Her|Excellency|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|"
                         r"Ambassador)\s+)+")


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


def name_variants(statement: Statement) -> list[str]:
    """Short names the speaker directory lacks: quoted parts ("Belarusian Helsinki Committee",
    "Viasna"), the part before a dash ("Article 19"), co-presenters without quotes."""
    names = []
    for full in (statement.name, *statement.joint_with):
        names += re.findall(r"['‘’\"“]([^'‘’\"”]{3,})['’\"”]", full)
        names.append(re.sub(r"['‘’\"“”]", "", full.partition(" (")[0]))
        names.append(full.partition(" - ")[0])
    return list(dict.fromkeys(n.strip() for n in names if len(n.strip()) > 2))


def representative_name(statement: Statement) -> str | None:
    """The person who delivered a statement, without titles: "Kęstutis Budrys" for
    "H. E. Mr. Kęstutis Budrys, Minister of Foreign Affairs ..."; None if not recorded."""
    name = _HONORIFICS.sub("", (statement.representative or "").split(",")[0]).strip()
    return name or None


def group_names(statement: Statement) -> list[str]:
    """The short forms of the group a statement speaks for: "Core Group" for "Core Group on
    Examplestan" (two words or more before "on", "for" or "of"), and its initials with its number
    of members ("NB8"); [] if there are none."""
    head = re.split(r"\s+(?:on|for|of)\s+", statement.on_behalf_of or "")[0]
    names = [head] if head != statement.on_behalf_of and len(head.split()) > 1 else []
    # a group's initials and its number of members, as such formats are named: "NB8" for the eight
    # Nordic-Baltic states (as G7 or V4 are)
    words = [w for w in re.split(r"[\s-]+", statement.on_behalf_of or "")
             if w[:1].isupper() and w.lower() not in ("states", "countries")]
    if len(words) > 1 and statement.members:
        names.append("".join(w[0] for w in words) + str(len(statement.members)))
    return names
