"""Figures in sentences: counts, durations, dates, years and article numbers, as written.

`find_figures("over 1,000 remain behind bars")` finds "over 1,000" (a count, value 1000,
qualifier "over"). A figure question ("How many ...?", "How long ...?", "When ...?") is answered
only by a sentence holding a figure of the kind asked for (`answers`); `figure_window` gives the
words around a figure, which the answering stage compares with the question to tell "over 300
released" from "over 1000 remain". `compare_figures` says whether speakers agree: "Speakers
give different figures: 1168 (Czechia), more than 1,200 (Albania), ...".

Pure functions over strings; nothing here decides which sentences are relevant.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.text.dates import MONTHS
from hrcqa.text.numbers import NUMBER_WORDS, number_words

FigureType = Literal["count", "duration", "date", "year", "article", "percentage"]
_MONTH = "|".join(MONTHS)
_QUALIFIER = (r"(?:(?:more than|over|at least|around|approximately|about|up to|nearly|almost|"
              r"some|fewer than|less than|an estimated|at most)\s+)")
# "hundreds of thousands", "tens of thousands": one vague figure, not "hundreds"
_VAGUE_OF = r"(?:tens|hundreds|dozens|thousands)\s+of\s+(?:thousands|millions)"
_VAGUE = re.compile(r"(?P<many>tens|hundreds|dozens|thousands)\s+of\s+(?P<unit>thousands|millions)", re.I)
_VAGUE_SCALE = {"tens": 20, "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 1_000_000}
_NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}, \d{{3}}(?![\d,])|\d+(?:\.\d+)?|{_VAGUE_OF}|"
           + "|".join(number_words()) + ")")
_PATTERNS: list[tuple[FigureType, re.Pattern[str]]] = [
    ("article", re.compile(r"\barticles?\s+\d+(?:\.\d+)?\b", re.I)),
    ("percentage", re.compile(rf"{_QUALIFIER}?\b\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)", re.I)),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})(?:\s+\d{{4}})?\b|"
                        rf"\b(?:{_MONTH})\s+(?:\d{{1,2}},\s+)?\d{{4}}\b")),
    ("duration", re.compile(rf"{_QUALIFIER}?\b{_NUMBER}(?:-|\s+)(?:years?|months?|weeks?|days?)\b",
                            re.I)),
    ("year", re.compile(r"(?<![\d,.])\b(?:19|20)\d{2}\b(?!,?\d)")),
    ("count", re.compile(rf"{_QUALIFIER}?(?<![\w,.]){_NUMBER}(?!\w|,?\d|\.\d)", re.I)),
]
_NOT_A_COUNT = re.compile(r"(?:\bNo\.|\bnumber)\s*$", re.I)


class Figure(BaseModel):
    """A figure as written in a sentence; `start`/`end` are offsets in that sentence."""

    model_config = ConfigDict(frozen=True)

    kind: FigureType
    text: str
    start: int
    end: int
    value: float | None = None
    qualifier: str = ""


def _value(text: str) -> float | None:
    vague = _VAGUE.search(text)
    if vague:  # "hundreds of thousands": some 200 thousands
        unit = 1000 if vague.group("unit").lower() == "thousands" else 1_000_000
        return float(_VAGUE_SCALE[vague.group("many").lower()] * unit)
    number = re.search(r"\d[\d, ]*(?:\.\d+)?", text)
    if number:
        return float(re.sub(r"[, ]", "", number.group()))
    words = [w for w in number_words() if re.search(rf"\b{w}\b", text, re.I)]
    return float(NUMBER_WORDS[words[0]]) if words else None


def _qualifier(text: str) -> str:
    match = re.match(_QUALIFIER, text, re.I)
    return " ".join(match.group().lower().split()) if match else ""


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in a sentence, longest reading first, none overlapping.

    >>> [f.text for f in find_figures("Over 1,000 remain; on 8 September, 2 died in 2024.")]
    ['Over 1,000', '8 September', '2', '2024']
    >>> [(f.text, f.value) for f in find_figures("hundreds of thousands more have been forced into exile")]
    [('hundreds of thousands', 200000.0)]
    """
    taken: list[Figure] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < f.end and f.start < match.end() for f in taken):
                continue
            if kind == "count" and (_NOT_A_COUNT.search(sentence[:match.start()])
                                    and not _qualifier(match.group())):
                continue
            value = _value(match.group()) if kind not in ("date", "year") else None
            taken.append(Figure(kind=kind, text=match.group(), start=match.start(),
                                end=match.end(), value=value,
                                qualifier=_qualifier(match.group())))
    return sorted(taken, key=lambda f: f.start)


def answers(figure: Figure, asked: FigureType) -> bool:
    """Whether a figure is of the kind a question asks for (a date answers "when", and so
    does a year; a year also answers "in what year")."""
    if asked == "date":
        return figure.kind in ("date", "year")
    if asked == "year":
        return figure.kind == "year" or (figure.kind == "date" and bool(re.search(r"\d{4}",
                                                                                   figure.text)))
    return figure.kind == asked


_SOURCE = re.compile(r"^\s*(?:according\s+to|as\s+(?:reported|documented|recorded|noted)\s+by|citing|per)\s+"
                     r"(?P<source>[^,;:]{1,60}),", re.I)


def figure_source(sentence: str, figure: Figure) -> str:
    """Whose figure a sentence says it is, when it opens by saying so ("According to the Special
    Rapporteur, ... 1,724 ..."); "" otherwise.

    >>> text = "According to the Special Rapporteur, in 2024, 1,724 people were convicted."
    >>> figure_source(text, find_figures(text)[1])
    'the Special Rapporteur'
    """
    source = _SOURCE.match(sentence[:figure.start])
    return source.group("source") if source else ""


# the words that may open a clause before the date of what it tells: "On 3 September, ...", not
# the start of a period ("Since 1 May 2020, as repeatedly reported to the Council, ...")
_OPENING = re.compile(r"(?:(?:and|but|then|later|also)\s+)?(?:on|in|by|as\s+of)?", re.I)


def figure_window(sentence: str, figure: Figure, before: int = 3, after: int = 6) -> str:
    """The words around a figure, within its clause, which say what it counts.

    >>> text = "While over 300 were released in waves, over 1000 remain behind bars for years."
    >>> figure_window(text, find_figures(text)[1])
    'over 1000 remain behind bars for years.'
    >>> text = "According to the Special Rapporteur, in 2024, 1,724 people were convicted."
    >>> figure_window(text, find_figures(text)[1])
    'the Special Rapporteur 1,724 people were convicted.'
    >>> text = "On 8 September, another political prisoner, Andrey Padniabenny, died in detention."
    >>> figure_window(text, find_figures(text)[0])
    'On 8 September another political prisoner Andrey Padniabenny died'
    """
    head = re.split(r"[,;:]", sentence[:figure.start])[-1].split()[-before:]
    clauses = re.split(r"[,;:]", sentence[figure.end:])
    tail = clauses[0].split()[:after]
    if figure.kind in ("date", "year") and not tail and len(clauses) > 1 \
            and _OPENING.fullmatch(" ".join(head)):
        # "On 3 September, another political prisoner, Andrey Padniabenny, died": a date that
        # opens a clause dates what comes after it
        tail = " ".join(clauses[1:]).split()[:after]
    # "According to the Special Rapporteur, in 2024, 1,724 ...": whose figure it is, too
    return " ".join([*figure_source(sentence, figure).split(), *head, figure.text, *tail])


def figure_key(figure: Figure) -> tuple[str, float | str]:
    """Figures that say the same thing: same qualifier and value ("over 1000" = "Over 1,000")."""
    return (figure.qualifier.replace("over", "more than"),
            figure.value if figure.value is not None else figure.text.lower())


_ABOVE = ("more than", "over", "at least")
_BELOW = ("up to", "fewer than", "less than", "at most")


def order_of(first: Figure, second: Figure) -> Literal["higher", "lower", "same"] | None:
    """Whether the first figure, as given, is higher or lower than the second, or the same: the
    values compared, then at equal values the qualifiers ("more than 1,100" is higher than "around
    1,100", "up to 1,100" lower). None when either has no value or they are of different kinds.

    >>> one, two = find_figures("1168")[0], find_figures("more than 1,200")[0]
    >>> order_of(one, two), order_of(two, one), order_of(one, find_figures("1,168")[0])
    ('lower', 'higher', 'same')
    >>> order_of(find_figures("more than 1,100")[0], find_figures("around 1,100")[0])
    'higher'
    """
    if first.value is None or second.value is None or first.kind != second.kind:
        return None

    def rank(figure: Figure) -> tuple[float, int]:
        return float(figure.value or 0), (figure.qualifier in _ABOVE) - (figure.qualifier in _BELOW)

    return "higher" if rank(first) > rank(second) else "lower" if rank(first) < rank(second) else "same"


def compare_figures(rows: list[tuple[Figure, str]]) -> str | None:
    """One sentence comparing the figures speakers give, or None if there is nothing to compare.
    Figures that say the same thing are listed once, with every way they were written
    ("more than 1,000 / over 1000").

    >>> one, two = find_figures("1168")[0], find_figures("more than 1,200")[0]
    >>> compare_figures([(one, "Czechia"), (two, "Albania")])
    'Speakers give different figures: 1168 (Czechia), more than 1,200 (Albania).'
    """
    groups: dict[tuple[str, float | str], tuple[list[str], list[str]]] = {}
    for figure, speaker in rows:
        texts, speakers = groups.setdefault(figure_key(figure), ([], []))
        if figure.text.lower() not in (t.lower() for t in texts):
            texts.append(figure.text)
        if speaker not in speakers:
            speakers.append(speaker)
    if not groups:
        return None
    listed = ", ".join(f"{' / '.join(texts)} ({', '.join(speakers)})"
                       for texts, speakers in groups.values())
    if len(groups) > 1:
        return f"Speakers give different figures: {listed}."
    speakers = next(iter(groups.values()))[1]
    if len(speakers) > 1:
        return f"{len(speakers)} speakers give the same figure: {listed}."
    return f"{FIGURE_GIVEN}{listed}."


FIGURE_GIVEN = "The figure given: "  # how `compare_figures` names the one figure one speaker gave
_ONE_FIGURE = re.compile(rf"^{re.escape(FIGURE_GIVEN)}(?P<figure>[^()]+?)(?: / [^()]+?)? \([^(),]+\)\.", re.M)


def figure_given(answer: str) -> str | None:
    """The one figure an answer says one speaker gave (`compare_figures`), as first written.

    >>> figure_given("The figure given: 1,724 (France).\\n\\n**State (1)** ...")
    '1,724'
    >>> figure_given("Speakers give different figures: 1168 (Czechia), more than 1,200 (Albania).") is None
    True
    """
    match = _ONE_FIGURE.search(answer)
    return match.group("figure") if match else None
