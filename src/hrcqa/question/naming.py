"""Speaker names the speaker directory (`hrcqa.question.query`) does not know, read from a question.

Three forms: a co-presenter's or NGO's short name ("did Viasna say", "the Belarusian Helsinki
Committee"), taken from the quoted and leading parts of statement names; a capital standing for
its delegation ("Minsk's delegation", "did Berlin say"), from a short table; and any speaker
after "according to", which the query analysis reads as an addressee. Only names in the
subject position count, so "make Minsk answer for ..." does not make Belarus the speaker.
Pure functions; the directory is read, never changed.
"""

from __future__ import annotations

import re

from hrcqa.models import Statement
from hrcqa.question.query import Resolution, SpeakerDirectory

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
