"""One answering strategy per question type: which sentences to quote, and the lead to put first.

Each strategy is a pure function of the question's `Intent`, the sentence scores (`Scored`),
the statements and the `Calibration` thresholds, and returns a `Draft` (see
`hrcqa.answer.composing`). A draft with `answerable=False` carries the reason in its lead; turning it
into a refusal with related passages is `hrcqa.answer.answerer`'s job. Thresholds are tuned on the
dev split of `eval/questions.jsonl` (see `Calibration`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from hrcqa.answer.composing import (
    Draft,
    Line,
    Quote,
    Section,
    by_kind,
    display_name,
    running_name,
    short_name,
)
from hrcqa.answer.scoring import Scored
from hrcqa.models import Statement
from hrcqa.question.asking import addresses_request, puts_question
from hrcqa.question.intent import Intent
from hrcqa.text.figures import Figure, answers, compare_figures
from hrcqa.text.grammar import noun_for, verb_for
from hrcqa.text.numbers import number_words
from hrcqa.text.tokenize import tokenize

_KEY_SENTENCE = re.compile(r"\b(?:urges?|calls?|condemns?|concerned|alarmed|deplores?|demands?|"
                           r"asks?|would like to know|stresses|troubled|appalled|recommends?|"
                           r"insists?|rejects?|does not recognise|welcomes?|explains)\b", re.I)
_COUNTED = re.compile(rf"(?:\b\d[\d,.]*|\b(?:{'|'.join(number_words())}))\s+(?:[\w-]+\s+)?$", re.I)
_WHO_LEAD = re.compile(r"^\s*(?:(?:which|what)\s+(?:other\s+)?(?P<noun>speakers?|delegations?|"
                       r"states?|countries|country|ngos?|organi[sz]ations?|groups?|participants?|"
                       r"experts?)|who)\s+(?P<rest>.+?)\s*[?.!]*$", re.I)


class Calibration(BaseModel):
    """Thresholds on sentence relevance (`hrcqa.index.sentences.Scored`), tuned on the dev split.

    Relevance is 0 at the median statement's best sentence, so the values are comparable across
    questions. `support`: a statement joins a who-said list when its best sentence reaches it
    (dev who-said speaker F1 0.92 on the plateau 0.24-0.28, lexical weight 0.5). The `*_floor`s
    are the refusal thresholds per question type, each the middle of the dev interval that
    separates answerable questions from unanswerable ones (single: 0.18-0.20; speaker:
    0.03-0.07; figure: 0.15-0.30; questions to the panel: -0.1-0.05). The `*_margin`s say how
    far below the best sentence further quotes may be, tuned on dev fact containment (figure:
    every fact from 0.33 to 0.37, statement precision 0.84, recall 0.98 at 0.35).
    """

    model_config = ConfigDict(frozen=True)

    lexical_weight: float = 0.5
    support: float = 0.26
    speaker_floor: float = 0.05
    speaker_margin: float = 0.3
    single_floor: float = 0.19
    single_margin: float = 0.06
    figure_floor: float = 0.2
    figure_margin: float = 0.35
    ask_floor: float = 0.0
    ask_margin: float = 0.2
    max_quotes: int = 3


def counts_only(sentence: str, noun: str | None) -> str | None:
    """The counted phrase ("12 entities") if the sentence mentions `noun` only with a number in
    front: it says how many, not which ones. None otherwise (or without a noun).

    >>> counts_only("the UK has sanctioned over 200 individuals and 12 entities", "entities")
    '12 entities'
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


def refusal(question_type: str, reason: str, notes: Sequence[str] = ()) -> Draft:
    """A draft that says the summary does not answer, and why."""
    return Draft(question_type=question_type, answerable=False, lead=reason, notes=list(notes))


def _quote(scored: Scored, index: int, score: float | None = None) -> Quote:
    sentence = scored.bank.sentences[index]
    return Quote(statement_id=sentence.statement_id, start=sentence.start, end=sentence.end,
                 score=float(scored.relevance[index]) if score is None else score)


def allowed_statements(intent: Intent, statements: Mapping[str, Statement],
                       restrict: Sequence[str] = ()) -> list[str]:
    """Statement ids a question may draw on: its speakers, its kinds, a follow-up's list."""
    ids = [sid for sid in statements if not intent.speakers or sid in intent.speakers]
    ids = [sid for sid in ids if not intent.kinds or statements[sid].kind in intent.kinds]
    return [sid for sid in ids if not restrict or sid in restrict]


def count_lead(question: str, count: int, fallback_noun: str = "speakers") -> str:
    """"5 speakers raised the death penalty in Belarus:" from the question's own words, the noun
    and the verb put in the number of the count.

    >>> count_lead("Which NGOs mentioned lawyers?", 1)
    '1 NGO mentioned lawyers:'
    >>> count_lead("Which countries make up the group?", 1), count_lead("Who has spoken?", 2)
    ('1 country makes up the group:', '2 speakers have spoken:')
    """
    match = _WHO_LEAD.match(question)
    noun = (match.group("noun") if match and match.group("noun") else fallback_noun).lower()
    noun = noun_for(re.sub(r"^ngos?$", "NGOs", re.sub(r"^states?$", "States", noun)), count)
    if not match:
        return f"{count} {noun} in the summary {verb_for('addresses', count)} this:"
    first, _, rest = match.group("rest").partition(" ")
    return f"{count} {noun} {verb_for(first, count)} {rest}".rstrip() + ":"


def who_said(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
             calibration: Calibration, restrict: Sequence[str] = ()) -> Draft:
    """The complete list of statements that support the topic, one best quote each."""
    best = scored.best(allowed_statements(intent, statements, restrict))
    chosen = best if restrict else [row for row in best if row[2] >= calibration.support]
    if intent.singular and chosen:
        return single(intent, scored, statements, calibration, restrict)
    if not chosen:
        return refusal("who_said", "none of its statements clearly says this")
    quotes = [_quote(scored, index, score) for _sid, index, score in chosen]
    return Draft(question_type="who_said", lead=count_lead(intent.question, len(quotes)),
                 sections=by_kind(quotes, statements))


def key_sentences(statement_id: str, scored: Scored, limit: int = 4) -> list[int]:
    """A statement's main points when no topic is asked: its calls, concerns and questions."""
    indices = [int(i) for i in scored.bank.of_statement(statement_id)]
    keyed = [i for i in indices if _KEY_SENTENCE.search(scored.bank.sentences[i].text)]
    return (keyed or indices)[:limit]


def _speaker_intro(intent: Intent, statement: Statement) -> str:
    resolution = next((r for r in intent.mentioned if r.statement_id == statement.id), None)
    if resolution and resolution.member:
        return (f"{resolution.member} did not speak separately; it is one of the "
                f"{statement.on_behalf_of} on whose behalf {statement.name} spoke:")
    if resolution and resolution.via and resolution.via.startswith("co-presenter"):
        return (f"This is the joint statement of {running_name(statement)} with "
                f"{', '.join(statement.joint_with)}:")
    if statement.on_behalf_of:
        return f"{statement.name} spoke on behalf of the {statement.on_behalf_of}:"
    return f"{running_name(statement, start=True)} said:"


def _speaker_refusal(intent: Intent, statement: Statement) -> str:
    resolution = next((r for r in intent.mentioned if r.statement_id == statement.id), None)
    if resolution and resolution.member:
        return (f"{resolution.member} did not speak separately, and the statement {statement.name} "
                f"delivered on behalf of the {statement.on_behalf_of} does not address "
                f"“{intent.topic}”")
    return f"the statement of {running_name(statement)} does not address “{intent.topic}”"


def speaker(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
            calibration: Calibration) -> Draft:
    """What a named speaker said, about the topic if there is one."""
    sections, refused = [], []
    for statement_id in intent.speakers:
        picks = _speaker_picks(intent, scored, statements[statement_id], calibration)
        if isinstance(picks, str):
            refused.append(picks)
            continue
        lines = [Line(quotes=[_quote(scored, i)]) for i in picks]
        sections.append(Section(heading=_speaker_intro(intent, statements[statement_id]),
                                lines=lines))
    if not sections:
        return refusal("speaker", "; ".join(refused))
    lead = sections[0].heading if len(sections) == 1 else f"{len(sections)} statements:"
    if len(sections) == 1:
        sections = [sections[0].model_copy(update={"heading": ""})]
    return Draft(question_type="speaker", lead=lead, sections=sections,
                 notes=[f"not addressed: {r}" for r in refused])


def _speaker_picks(intent: Intent, scored: Scored, statement: Statement,
                   calibration: Calibration) -> list[int] | str:
    """Sentence indices to quote for one speaker, or why it does not answer."""
    if not intent.topic:
        return key_sentences(statement.id, scored)
    ranked = scored.ranked([statement.id])
    if not ranked or ranked[0][1] < calibration.speaker_floor:
        return _speaker_refusal(intent, statement)
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return f"{running_name(statement)} gives only a number (“{counted}”), not which ones"
    top = ranked[0][1]
    return sorted(i for i, s in ranked[:calibration.max_quotes]
                  if s >= top - calibration.speaker_margin)


def single(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
           calibration: Calibration, restrict: Sequence[str] = ()) -> Draft:
    """The best-supported sentences for a content question, attributed."""
    ranked = scored.ranked(allowed_statements(intent, statements, restrict))
    if not ranked or ranked[0][1] < calibration.single_floor:
        return refusal("single", "none of its statements answers this question closely enough")
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return refusal("single", f"it gives only a number (“{counted}”), not which ones")
    top = ranked[0][1]
    picks = [i for i, s in ranked[:calibration.max_quotes] if s >= top - calibration.single_margin]
    lines: dict[str, list[Quote]] = {}
    for index in picks:
        quote = _quote(scored, index)
        lines.setdefault(quote.statement_id, []).append(quote)
    section = Section(lines=[Line(label=display_name(statements[sid]), quotes=quotes)
                             for sid, quotes in lines.items()])
    return Draft(question_type="single", lead="The summary records:", sections=[section])


def figure(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
           calibration: Calibration, restrict: Sequence[str] = ()) -> Draft:
    """Every relevant sentence with a figure of the asked kind, side by side, compared.

    A statement counts by its most relevant sentence holding such a figure (refusal and margin
    are on that relevance); the figure it is quoted for is the one whose surrounding words
    share most of the topic ("over 1000 remain", not "over 300 ... released", for "how many
    remain"). Only figures with some of the topic's words around them enter the comparison.
    """
    asked = intent.figure or "count"
    allowed = set(allowed_statements(intent, statements, restrict))
    relevance: dict[str, float] = {}
    choice: dict[str, tuple[float, int, Figure, float]] = {}
    for number, (index, found) in enumerate(scored.bank.figures):
        statement_id = scored.bank.sentences[index].statement_id
        score = float(scored.relevance[index])
        if statement_id in allowed and score > -1 and answers(found, asked):
            relevance[statement_id] = max(score, relevance.get(statement_id, -np.inf))
            match = float(scored.figure_match[number])
            if score + match > choice.get(statement_id, (-np.inf,))[0]:
                choice[statement_id] = (score + match, index, found, match)
    top = max(relevance.values(), default=-np.inf)
    if top < calibration.figure_floor:
        return refusal("figure", "no statement in it gives this figure")
    kept = sorted((sid for sid, score in relevance.items()
                   if score >= top - calibration.figure_margin), key=lambda sid: -relevance[sid])
    quotes = [_quote(scored, choice[sid][1]) for sid in kept]
    compared = [(choice[sid][2], short_name(statements[sid])) for sid in kept if choice[sid][3]]
    lead = compare_figures(compared)
    return Draft(question_type="figure", lead=lead or "Figures given:",
                 sections=by_kind(quotes, statements))


def asked_panel(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
                calibration: Calibration, restrict: Sequence[str] = ()) -> Draft:
    """The questions put to the experts, by speaker; "none" when a named speaker asked none."""
    ids = [sid for sid in allowed_statements(intent, statements, restrict)
           if statements[sid].kind != "panel"]
    asked = [(i, s) for i, s in scored.ranked(ids) if puts_question(scored.bank.sentences[i].text)]
    if intent.topic and not intent.speakers:
        top = asked[0][1] if asked else 0.0
        asked = [(i, s) for i, s in asked if s >= max(calibration.ask_floor,
                                                      top - calibration.ask_margin)]
    if intent.speakers and not asked:
        return _asked_nothing(intent, scored, statements)
    if not asked:
        return refusal("asked_panel", "no speaker put such a question to the experts")
    quotes = sorted((_quote(scored, i) for i, _s in asked), key=lambda q: (q.statement_id, q.start))
    noun = "speakers" if not intent.kinds else "NGOs" if intent.kinds == ["ngo"] else "delegations"
    count = len({q.statement_id for q in quotes})
    lead = _asker_lead(intent, statements[quotes[0].statement_id]) if intent.speakers and \
        count == 1 else f"{count} {noun_for(noun, count)} put questions to the experts:"
    return Draft(question_type="asked_panel", lead=lead, sections=by_kind(quotes, statements))


def _asker_lead(intent: Intent, statement: Statement) -> str:
    intro = _speaker_intro(intent, statement)
    if intro.endswith(" said:"):
        return f"{running_name(statement, start=True)} asked the experts:"
    return f"{intro[:-1]}. That statement asked the experts:"


def _asked_nothing(intent: Intent, scored: Scored, statements: Mapping[str, Statement]) -> Draft:
    statement = statements[intent.speakers[0]]
    name = next((r.member for r in intent.mentioned if r.member), None) or \
        running_name(statement)
    requests = [i for i in scored.bank.of_statement(statement.id)
                if addresses_request(scored.bank.sentences[int(i)].text)]
    requests.sort(key=lambda i: "asks" not in scored.bank.sentences[int(i)].text)
    lead = f"The summary records no question from {name} to the experts."
    if not requests:
        return Draft(question_type="asked_panel", lead=lead)
    line = Line(quotes=[_quote(scored, int(i)) for i in sorted(requests[:2])])
    return Draft(question_type="asked_panel", lead=f"{lead} Its requests were addressed to "
                 "others, e.g.:", sections=[Section(lines=[line])])
