"""Speaker names the speaker directory (`hrcqa.question.query`) does not know, read from a question.

Three forms: a co-presenter's or NGO's short name ("did Viasna say", "the Belarusian Helsinki
Committee"), taken from the quoted and leading parts of statement names; a capital standing for
its delegation ("Minsk's delegation", "did Berlin say"), from a short table; and any speaker
after "according to", which the query analysis reads as an addressee. Only names in the
subject position count, so "make Minsk answer for ..." does not make Belarus the speaker.
`names_in` finds every speaker a phrase names, in any position, the directory's aliases and
the representatives the parser recorded ("Kęstutis Budrys") included, for meeting questions.
Pure functions; the directory is read, never changed.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.models import Statement
from hrcqa.question.query import Resolution, SpeakerDirectory

_HONORIFICS = re.compile(r"^(?:(?:H\.\s?E\.|His|Her|Excellency|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|"
                         r"Ambassador)\s+)+")
# Words that may stand beside a name in a phrase that names only speakers ("the Benelux statement").
_BESIDE_NAMES = re.compile(r"\b(?:the|a|an|ms|mr|mrs|dr|prof|h|e|his|her|excellency|statements?|"
                           r"groups?|delegations?|countries|states|members|and|or|of|s)\b|[^\w]+", re.I)
# Capitals stand for their delegations in questions ("Did Berlin say ...?").
CAPITALS = {
    "Minsk": "Belarus", "Berlin": "Germany", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Washington": "United States", "Paris": "France", "London": "United Kingdom",
    "Warsaw": "Poland", "Vilnius": "Lithuania", "Moscow": "Russian Federation",
    "Beijing": "China", "Tokyo": "Japan", "Ottawa": "Canada", "Canberra": "Australia",
    "Vienna": "Austria", "Sofia": "Bulgaria", "Prague": "Czechia", "Dublin": "Ireland",
    "Valletta": "Malta", "Chisinau": "Moldova", "Chișinău": "Moldova", "Wellington": "New Zealand",
    "Bucharest": "Romania", "Ljubljana": "Slovenia", "Bern": "Switzerland", "Tirana": "Albania",
    "Brussels": "Belgium", "The Hague": "Netherlands", "Copenhagen": "Denmark", "Tallinn": "Estonia",
    "Riga": "Latvia", "Oslo": "Norway", "Stockholm": "Sweden", "Reykjavik": "Iceland",
}


def name_variants(statement: Statement) -> list[str]:
    """Short names the speaker directory lacks: quoted parts ("Belarusian Helsinki Committee",
    "Viasna"), the part before a dash ("Article 19"), co-presenters without quotes."""
    names = []
    for full in (statement.name, *statement.joint_with):
        names += re.findall(r"['‘’\"“]([^'‘’\"”]{3,})['’\"”]", full)
        names.append(re.sub(r"['‘’\"“”]", "", full.partition(" (")[0]))
        names.append(full.partition(" - ")[0])
    return list(dict.fromkeys(n.strip() for n in names if len(n.strip()) > 2))


def fallback_speaker(question: str, directory: SpeakerDirectory
                     ) -> tuple[Resolution | str, tuple[int, int]] | None:
    """A speaker the directory misses, named as the subject of the question: a co-presenter's
    short name ("did Viasna say"), a capital for its country ("Minsk's delegation"), or any
    speaker after "according to", which the query analysis reads as an addressee. The one
    named first wins ("According to Kyiv's delegation, how does Minsk ...?" is Ukraine).
    A capital of a country that did not speak gives that country's name (a string). The span
    is where the name is in the question.
    """
    found: list[tuple[Resolution | str, tuple[int, int]]] = []
    for statement in directory.statements.values():
        for name in name_variants(statement):
            if span := _as_subject(question, name):
                via = None if name in statement.name else f"co-presenter with {statement.speaker}"
                found.append((Resolution(statement_id=statement.id, speaker=statement.speaker,
                                         via=via), span))
    for capital, country in CAPITALS.items():
        if span := _as_subject(question, capital):
            resolutions = directory.lookup(country)
            found.append(((resolutions[0] if resolutions else country), span))
    according = re.search(r"\baccording\s+to\s+(?:the\s+)?", question, re.I)
    for start, end, alias in directory.find_mentions(question[according.end():]) if according \
            else []:
        if start == 0:
            found.append((directory.lookup(alias)[0], (according.end(), according.end() + end)))
    return min(found, key=lambda pair: pair[1][0]) if found else None


def _as_subject(question: str, name: str) -> tuple[int, int] | None:
    match = re.search(rf"(?:\b(?:did|does|do|has|have|had|was|were|is|according\s+to)\s+"
                      rf"(?:the\s+)?{re.escape(name)}\b(?![\w-])|^\s*(?:how|what)\s+(?:did\s+)?"
                      rf"(?:the\s+)?{re.escape(name)}['’]s\s+(?:delegation|representative|"
                      rf"government|statement|position))", question, re.I)
    if not match:
        return None
    start = match.group().lower().rfind(name.lower()) + match.start()
    return start, start + len(name)


class Named(BaseModel):
    """A speaker a question names: its statement, the words naming it, and how they name it."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    name: str
    via: Literal["speaker", "member", "co-presenter", "representative"] = "speaker"


def representative_name(statement: Statement) -> str | None:
    """The person who delivered a statement, without titles: "Kęstutis Budrys" for
    "H. E. Mr. Kęstutis Budrys, Minister of Foreign Affairs ..."; None if not recorded."""
    name = _HONORIFICS.sub("", (statement.representative or "").split(",")[0]).strip()
    return name or None


def names_in(text: str, directory: SpeakerDirectory, whole: bool = False) -> list[Named]:
    """Every speaker `text` names, in order, once each; with `whole`, none unless the names are
    all of the text but articles, titles and words such as "statement" or "group".

    >>> [(n.name, n.via) for n in names_in("Viasna and Estonia", directory)]
    [('Viasna', 'co-presenter'), ('Estonia', 'member')]
    """
    found = _outermost(_directory_names(text, directory) + _short_names(text, directory))
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
            via = "member" if resolution.member else "co-presenter" if resolution.via else "speaker"
            found.append((start, end, Named(statement_id=resolution.statement_id,
                                            name=text[start:end], via=via)))
    return found


def group_names(statement: Statement) -> list[str]:
    """The short form of the group a statement speaks for: "Core Group" for "Core Group on
    Examplestan" (two words or more before "on", "for" or "of"); [] if there is none."""
    head = re.split(r"\s+(?:on|for|of)\s+", statement.on_behalf_of or "")[0]
    return [head] if head != statement.on_behalf_of and len(head.split()) > 1 else []


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
