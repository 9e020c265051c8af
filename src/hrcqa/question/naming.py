"""Every speaker a phrase names, in any position, for questions about the meeting itself
("Who spoke for Lithuania?", "Is Estonia part of the Nordic-Baltic group?").

`names_in` finds the directory's aliases, the short names of statements ("Viasna", "Core
Group") and the representatives the parser recorded ("Kęstutis Budrys"), full or surname, and
says how each names its statement. Pure functions; the directory is read, never changed.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.corpus.roster import group_names, name_variants, representative_name
from hrcqa.question.query import SpeakerDirectory

# Words that may stand beside a name in a phrase that names only speakers ("the Benelux statement").
_BESIDE_NAMES = re.compile(r"\b(?:the|a|an|ms|mr|mrs|dr|prof|h|e|his|her|excellency|statements?|"
                           r"groups?|delegations?|countries|states|members|and|or|of|s)\b|[^\w]+", re.I)
class Named(BaseModel):
    """A speaker a question names: its statement, the words naming it, and how they name it."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    name: str
    # "kind": the edge of a kind's block of speakers, for a side of it ("who spoke after the experts")
    via: Literal["speaker", "member", "co-presenter", "representative", "kind"] = "speaker"


def names_in(text: str, directory: SpeakerDirectory, whole: bool = False) -> list[Named]:
    """Every speaker `text` names, in order, once each; with `whole`, none unless the names are
    all of the text but articles, titles and words such as "statement" or "group".

    >>> [(n.name, n.via) for n in names_in("Viasna and Estonia", directory)]
    [('Viasna', 'co-presenter'), ('Estonia', 'member')]
    """
    found = _outermost(_short_names(text, directory) + _directory_names(text, directory))
    if whole and _BESIDE_NAMES.sub("", _blank(text, [(s, e) for s, e, _named in found])):
        return []
    named: dict[str, Named] = {}
    for _start, _end, name in sorted(found, key=lambda f: f[0]):
        named.setdefault(name.statement_id, name)
    return list(named.values())


def _outermost(found: list[tuple[int, int, Named]]) -> list[tuple[int, int, Named]]:
    """Drop the names inside a longer one ("Belarus" in "Belarusian Helsinki Committee")."""
    spans = {(start, end) for start, end, _named in found}
    return [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != (f[0], f[1])
                                        for s, e in spans)]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the characters of the spans blanked out."""
    return "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(text))


def _directory_names(text: str, directory: SpeakerDirectory) -> list[tuple[int, int, Named]]:
    found = []
    for start, end, alias in directory.find_mentions(text):
        for resolution in directory.lookup(alias):
            if resolution.form == "kind":  # "how many concerned countries spoke": a kind of speaker here
                continue
            via = "member" if resolution.member else "co-presenter" if resolution.via else "speaker"
            found.append((start, end, Named(statement_id=resolution.statement_id,
                                            name=resolution.member or text[start:end], via=via)))
    return found


def _short_names(text: str, directory: SpeakerDirectory) -> list[tuple[int, int, Named]]:
    """Short names (`name_variants`, `group_names`) and representatives' names, full or surname."""
    found = []
    for statement in directory.statements.values():
        person = representative_name(statement)
        candidates = [(n, "speaker" if n in statement.name else "co-presenter")
                      for n in name_variants(statement)] + [(n, "speaker") for n in group_names(statement)]
        candidates += [(n, "representative") for n in ({person, person.split()[-1]} if person else ())
                       if len(n) > 3]
        for name, via in candidates:
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
                found.append((match.start(), match.end(),
                              Named(statement_id=statement.id, name=match.group(), via=via)))
    return found
