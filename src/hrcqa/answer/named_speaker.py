"""The `speaker` strategy: what a named speaker said, about the topic if there is one, else its
main points (`key_sentences`). A yes/no question about a topic ("Did Malta mention the death
penalty?") is answered "Yes.", "No:" or "Not clearly:" (`_speaker_yes_no`). `speaker_intro` is
the line before a speaker's quotes; it says when the speaker asked about did not speak
separately (a member of a group), and names the co-presenters of a joint statement, whether the
question named its lead speaker ("What did OMCT say?") or a co-presenter ("What did Viasna say?").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from hrcqa.answer.approval import stance_taken
from hrcqa.answer.calibration import Calibration
from hrcqa.answer.composing import Draft, Line, Section, jointly, running_name, short_name
from hrcqa.answer.drafts import counts_only, distinct, quote_of, refusal
from hrcqa.answer.requests import support_rows, supporting_order
from hrcqa.answer.scoring import Scored
from hrcqa.answer.yesno import (
    answer_first,
    checks,
    contradicted,
    is_yes_no,
    names_topic,
    topical,
    verdict,
    yes_no_clause,
)
from hrcqa.models import Statement
from hrcqa.question.intent import Intent
from hrcqa.text.countries import country_named, states_named
from hrcqa.text.grammar import is_plural, series

_KEY_SENTENCE = re.compile(r"\b(?:urges?|calls?|condemns?|concerned|alarmed|deplores?|demands?|"
                           r"asks?|would like to know|stresses|troubled|appalled|recommends?|"
                           r"insists?|rejects?|does not recognise|welcomes?|explains)\b", re.I)


def speaker(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
            calibration: Calibration) -> Draft:
    """What a named speaker said, about the topic if there is one (a yes/no question about it:
    `_speaker_yes_no`)."""
    if is_yes_no(intent.question) and topical(intent):
        return _speaker_yes_no(intent, scored, statements, calibration)
    sections, refused = [], []
    for statement_id in dict.fromkeys(intent.speakers):
        picks = _speaker_picks(intent, scored, statements[statement_id], calibration, statements)
        if isinstance(picks, str):
            refused.append(picks)
            continue
        lines = [Line(quotes=[quote_of(scored, i)]) for i in picks]
        sections.append(Section(heading=speaker_intro(intent, statements[statement_id]),
                                lines=lines))
    if not sections:
        return refusal("speaker", "; ".join(refused))
    lead = sections[0].heading if len(sections) == 1 else f"{len(sections)} statements:"
    word = "Yes"  # "Did France say anything?": it took the floor
    if intent.deeds and scored.kept is None and len(sections) == 1:
        # "What measures has France taken?": no sentence of it reports a deed of its own
        # (`hrcqa.answer.deeds`), so its words are given as words, not as measures
        said = statement_of(statements[intent.speakers[0]])
        lead = f"{said[:1].upper()}{said[1:]} reports no measure or action of its own. What it said:"
        word = "No"  # "Did France report measures of its own?"
    if len(sections) == 1:
        sections = [sections[0].model_copy(update={"heading": ""})]
    if is_yes_no(intent.question):
        lead = f"{word}. {lead}"
    return Draft(question_type="speaker", lead=lead, sections=sections,
                 notes=[f"not addressed: {r}" for r in refused])


def _speaker_yes_no(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
                    calibration: Calibration) -> Draft:
    """"Did Malta mention the death penalty?": "Yes." and the quotes when the statement says it
    as clearly as a who-said list requires (`support_rows` reaching `support`, and `verdict`);
    "No:" when it took the floor but does not address the topic at all (below `speaker_floor`),
    with its main points; "Not clearly:" in between, with the closest it comes, as a who-said
    list would not name it but its statement is near the topic (unless, for a mention, a quoted
    sentence holds the topic's head words: `names_topic`). A question that is not about
    what was said ("Does Belarus recognise ...?") is answered by `verdict` whenever the
    statement addresses the topic, and refused when it is silent, as silence does not settle it.
    """
    parts: list[tuple[Statement, str | None, Section, str]] = []  # statement, word, section, reason
    for statement_id in dict.fromkeys(intent.speakers):
        statement = statements[statement_id]
        settled = _stance_settled(intent, scored, statement_id, calibration)
        if settled is not None:  # "Does Belarus accept the experts?": the stance its sentences take
            word, settling = settled
            parts.append((statement, word, Section(heading=speaker_intro(intent, statement), lines=[
                Line(quotes=[quote_of(scored, i)]) for i in settling]), ""))
            continue
        picks = _speaker_picks(intent, scored, statement, calibration, statements)
        if isinstance(picks, str):
            if "does not address" not in picks or checks(intent.question) == "fact":
                return refusal("speaker", picks)
            lines = [Line(quotes=[quote_of(scored, i)]) for i in key_sentences(statement.id, scored, 2)]
            parts.append((statement, "No", Section(heading="Its main points:", lines=lines), picks))
            continue
        picks = [i for i in picks if scored.relevance[i] >= calibration.speaker_floor] or picks
        lines = [Line(quotes=[quote_of(scored, i)]) for i in picks]
        _sid, _index, support = support_rows(intent, scored, [statement_id], calibration)[0]
        named = checks(intent.question) == "mention" and any(
            names_topic(scored.bank.sentences[i].text, intent.topic) for i in picks)
        # (a figure or name other than the question's is a no, however close the rest comes)
        conflicts = contradicted(intent, [scored.bank.sentences[i].text for i in picks])
        if support < calibration.mention_support and checks(intent.question) != "fact" and not named \
                and not conflicts:
            reason = _speaker_refusal(intent, statement).replace("does not address",
                                                                 "does not clearly address")
            parts.append((statement, "Not clearly", Section(heading="The closest it comes:",
                                                            lines=lines), reason))
            continue
        word = verdict(intent, [scored.bank.sentences[i].text
                                for i in sorted(picks, key=lambda i: -scored.relevance[i])])
        parts.append((statement, word, Section(heading=speaker_intro(intent, statement),
                                               lines=lines), ""))
    notes = [f"not addressed: {reason}" for *_rest, reason in parts if reason]
    if len(parts) == 1:
        _statement, word, section, reason = parts[0]
        lead = f"{word}: {reason}. {section.heading}" if reason else \
            answer_first(word, section.heading, intent)
        return Draft(question_type="speaker", lead=lead, notes=notes,
                     sections=[section.model_copy(update={"heading": ""})])
    words = {word for _s, word, _section, _r in parts}
    if len(words) == 1:
        lead = answer_first(words.pop(), f"{len(parts)} statements:", intent)
    else:
        clauses = [f"{(word or 'not as a call').lower()} for "
                   f"{series([short_name(s) for s, w, _sec, _r in parts if w == word])}"
                   for word in dict.fromkeys(w for _s, w, _sec, _r in parts)]
        lead = "; ".join(clauses) + "."  # "Yes for Malta; not clearly for France."
        lead = lead[:1].upper() + lead[1:]
    sections = [section.model_copy(update={"heading": f"{reason[:1].upper()}{reason[1:]}. "
                                                      f"{section.heading}"})
                if reason else section for _s, _w, section, reason in parts]
    return Draft(question_type="speaker", lead=lead, sections=sections, notes=notes)


def _stance_settled(intent: Intent, scored: Scored, statement_id: str,
                    calibration: Calibration) -> tuple[str, list[int]] | None:
    """"Yes" or "No" and the sentences that settle a question whether the speaker took a stance
    on something ("Does Belarus accept the experts?": "Neither the so-called Group of Experts nor
    ..."), from all its sentences (`stance_taken`), however near the topic they score; None if
    the question asks no stance, or for a mention or a request, or its sentences do not settle it."""
    if checks(intent.question) in ("mention", "request"):
        return None
    indices = [int(i) for i in scored.bank.of_statement(statement_id)]
    settled = stance_taken(yes_no_clause(intent.question), [scored.bank.sentences[i].text for i in indices])
    if settled is None:
        return None
    word, settling = settled
    return word, sorted(indices[k] for k in settling[:calibration.max_quotes])


def _speaker_picks(intent: Intent, scored: Scored, statement: Statement, calibration: Calibration,
                   statements: Mapping[str, Statement]) -> list[int] | str:
    """Sentence indices to quote for one speaker, or why it does not answer."""
    if not topical(intent):
        return key_sentences(statement.id, scored)
    ranked = distinct(scored, scored.ranked([statement.id]))
    if intent.which_noun and _STATE_NOUN.fullmatch(intent.which_noun):
        # "which country did CPTI single out": its most relevant sentence naming another State
        concerned = [s for s in statements.values() if s.kind == "concerned_country"]
        naming = [i for i, _s in ranked
                  if _other_states(scored.bank.sentences[i].text, statement, intent, concerned)]
        if naming:  # "which countries": each sentence naming one, in the statement's order
            return naming[:1] if not is_plural(intent.which_noun) else sorted(naming[:calibration.max_quotes])
    if intent.deeds and scored.kept is not None and ranked and scored.kept[ranked[0][0]]:
        # "what measures had wellington taken vs belarus officials": what it did answers, however
        # it is worded ("placed travel bans on individuals associated with the government")
        return sorted(i for i, _s in ranked[:calibration.max_quotes] if scored.kept[i])
    if not ranked or ranked[0][1] < calibration.speaker_floor:
        return _speaker_refusal(intent, statement)
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return f"{running_name(statement)} gives only how many (“{counted}”), not which ones"
    top = ranked[0][1]
    ranked = supporting_order(intent, scored, ranked, calibration)
    return sorted(i for i, s in ranked[:calibration.max_quotes]
                  if s >= top - calibration.speaker_margin)


_STATE_NOUN = re.compile(r"countr(?:y|ies)|states?|nations?|governments?", re.I)
def _other_states(sentence: str, statement: Statement, intent: Intent,
                  concerned: list[Statement]) -> list[str]:
    """The States a sentence names (by a name of one, from general data), but the speaker's own,
    the concerned country's and those the question names."""
    own = {getattr(country_named(name), "name", None) for name in (statement.speaker, *intent.entities)}
    own |= {getattr(country_named(s.speaker), "name", None) for s in concerned}
    return [state.name for _words, state in states_named(sentence) if state.name not in own]


def key_sentences(statement_id: str, scored: Scored, limit: int = 4) -> list[int]:
    """A statement's main points when no topic is asked: its calls, concerns and questions."""
    indices = [int(i) for i in scored.bank.of_statement(statement_id)]
    if scored.kept is not None:  # "What measures has New Zealand taken?": the sentences that say so
        indices = [i for i in indices if scored.kept[i]] or indices
    keyed = [i for i in indices if _KEY_SENTENCE.search(scored.bank.sentences[i].text)]
    return (keyed or indices)[:limit]


def speaker_intro(intent: Intent, statement: Statement) -> str:
    resolution = next((r for r in intent.mentioned if r.statement_id == statement.id), None)
    if resolution and resolution.member:
        return (f"{resolution.member} did not speak separately; it is one of the "
                f"{statement.on_behalf_of} on whose behalf {statement.name} spoke:")
    if resolution and resolution.via and resolution.via.startswith("co-presenter"):
        return f"This is {statement_of(statement)}:"
    if statement.on_behalf_of:
        return f"{statement.name} spoke on behalf of the {statement.on_behalf_of}:"
    if statement.joint_with:
        return f"{running_name(statement, start=True)}, {jointly(statement)}, said:"
    return f"{running_name(statement, start=True)} said:"


def statement_of(statement: Statement) -> str:
    """"the statement of France"; a joint one with its co-presenters, "the statement the World
    Organization Against Torture (OMCT) delivered jointly with ... and Human Rights Center
    'Viasna'"."""
    if statement.joint_with:
        return f"the statement {running_name(statement)} delivered {jointly(statement)}"
    return f"the statement of {running_name(statement)}"


def _speaker_refusal(intent: Intent, statement: Statement) -> str:
    resolution = next((r for r in intent.mentioned if r.statement_id == statement.id), None)
    if resolution and resolution.member:
        return (f"{resolution.member} did not speak separately, and the statement {statement.name} "
                f"delivered on behalf of the {statement.on_behalf_of} does not address "
                f"“{intent.topic}”")
    return f"{statement_of(statement)} does not address “{intent.topic}”"
