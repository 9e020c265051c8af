"""One answering strategy per question type: which sentences to quote, and the lead to put first.

Each strategy is a pure function of the question's `Intent`, the sentence scores (`Scored`),
the statements and the `Calibration` thresholds, and returns a `Draft` (see
`hrcqa.answer.composing`). A draft with `answerable=False` carries the reason in its lead; turning it
into a refusal with related passages is `hrcqa.answer.answerer`'s job. Thresholds are tuned on the
dev split of `eval/questions.jsonl` (see `Calibration`).

Across strategies:

- the quote of a statement is the sentence that supports what is asked: for "Who called for
  ...?" its call, not a mere mention (`supporting_order`, `support_rows`);
- a yes/no question ("Did Malta mention ...?", `is_yes_no`) is answered "Yes."/"No." first
  when the quotes settle it (`verdict`), "Not clearly:" when the speaker comes near the topic
  but not as clearly as a who-said list requires;
- with `followup=True`, `restrict` is the previous answer's speakers ("Which of them are
  NGOs?"); when none qualifies the answer says so and answers across all speakers (`widened`);
- `filtered_out` turns a refusal that the caller's filters caused into one that names the
  speakers they exclude.

This module holds `who_said`, `single`, `figure` and `asked_panel`. The `speaker` strategy is in
`hrcqa.answer.named_speaker`, `Calibration` in `hrcqa.answer.calibration`, the shared pieces of
a draft (`refusal`, `distinct`, `count_lead` ...) in `hrcqa.answer.drafts`, the request frame
(`asks_for_action`, `supporting_order`, `support_rows`) in `hrcqa.answer.requests`, the yes/no
helpers in `hrcqa.answer.yesno` and the restrictions (`allowed_statements`, `widened`,
`filtered_out`) in `hrcqa.answer.restricting`; all their public names are importable from here
(`__all__`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from hrcqa.answer.approval import (
    approved_by_many,
    approves,
    approves_of,
    asks_approval,
    asks_disapproval,
    disapproves,
    head_noun,
)
from hrcqa.answer.calibration import Calibration
from hrcqa.answer.claims import asks_claim, said_outright
from hrcqa.answer.composing import (
    Draft,
    Line,
    Quote,
    Section,
    by_kind,
    credited_name,
    running_name,
    short_name,
)
from hrcqa.answer.counted import other_people, people_asked, people_counted
from hrcqa.answer.drafts import (
    count_lead,
    counts_only,
    distinct,
    kinds_noun,
    quote_of,
    refusal,
    reports,
)
from hrcqa.answer.named_speaker import key_sentences, speaker, speaker_intro, statement_of
from hrcqa.answer.requests import asks_for_action, makes_request, support_rows, supporting_order
from hrcqa.answer.restricting import (
    allowed_statements,
    filtered_out,
    none_of_them,
    quoted_statements,
    widened,
)
from hrcqa.answer.scoring import Scored
from hrcqa.answer.yesno import (
    answer_first,
    checks,
    contradicted,
    is_yes_no,
    names_topic,
    negated,
    topical,
    verdict,
)
from hrcqa.models import Statement
from hrcqa.question.asking import addresses_request, puts_question
from hrcqa.question.followups import person_in
from hrcqa.question.intent import Intent
from hrcqa.text.dates import periods
from hrcqa.text.figures import (
    Figure,
    answers,
    compare_figures,
    figure_key,
    figure_source,
    figure_window,
    order_of,
)
from hrcqa.text.grammar import is_plural, noun_for, series
from hrcqa.text.tokenize import tokenize

__all__ = [
    "Calibration", "allowed_statements", "asked_panel", "asks_for_action", "checks", "count_lead",
    "counts_only", "distinct", "figure", "filtered_out", "is_yes_no", "key_sentences",
    "makes_request", "names_topic", "negated", "none_of_them", "quoted_statements", "refusal",
    "reports", "single", "speaker", "support_rows", "supporting_order", "topical", "verdict",
    "who_said", "widened",
]


def who_said(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
             calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False,
             vouched: bool = True) -> Draft:
    """The complete list of statements that support the topic, one quote each: the sentence of
    the statement that best supports what is asked (`supporting_order`).

    `restrict` narrows the statements. A caller's filter or a "who else" exclusion does not
    vouch for them: each still needs `support`, and when none has it the answer is a refusal
    (see `filtered_out`). With `followup`, `restrict` is the previous answer's speakers ("Which
    of them are NGOs?"), which that answer vouched for: each needs only to address the topic
    (`speaker_floor`, as for a named speaker), and when none is of the kinds asked or addresses
    it, the answer says so and answers across all speakers (`widened`). Not `vouched`, the
    follow-up asks them something new ("Which of them called for legislation on domestic
    violence?"), which the previous answer did not vouch for: the clearest of them also sets a
    relative bar, as the clearest of all speakers does for a question of its own.
    """
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: _who_said(
            intent, scored, statements, calibration, ids, calibration.speaker_floor if ids else None,
            among=not vouched))
    return _who_said(intent, scored, statements, calibration, restrict)


def _who_said(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
              calibration: Calibration, restrict: Sequence[str], bar: float | None = None,
              among: bool = False) -> Draft:
    best = support_rows(intent, scored, allowed_statements(intent, statements, restrict), calibration)
    if bar is None and asks_approval(intent.question):
        # "Who praised the Group?": a sentence that approves (`answer.approval`), unless the answer
        # before vouched for them ("which of them is on the expert panel")
        # (of a speaker named as the topic, "did any State defend Belarus?", a word of approval
        # taking it: "Australia supports the democratic aspirations of Belarusians" is none)
        # (and a person the topic is: "who praised Lukashenko?" is not "Ireland agrees with the
        # Experts that President Lukashenko has ..."; "that finding about Lukashenko" is a finding)
        person = person_in(intent.topic) or ""
        of_speaker = head_noun(intent.topic) in {head_noun(e) for e in intent.entities} or \
            head_noun(intent.topic).lower() in person.lower().split()
        texts = [scored.bank.sentences[row[1]].text for row in best]
        best = [row for row, text in zip(best, texts, strict=True)
                if (approves_of(text, intent.topic) if of_speaker else approves(text))]
    if bar is None and asks_disapproval(intent.question):
        # "Who criticised the Group?": of what many of those who address it approve of, the others
        # who disapprove of it
        dissent = _dissent(intent.topic, scored, best, calibration)
        if dissent is not None:
            return dissent if isinstance(dissent, Draft) else _listed(intent, scored, statements, dissent)
    # the support bar, and, unless a previous answer vouched for them, a share of the clearest one's
    floor = calibration.support if bar is None else bar
    if bar is None and is_yes_no(intent.question):  # "did anyone mention X?": a bare yes or no
        floor = max(floor, calibration.mention_support)
    if _deeds_kept(intent, scored) and bar is None:
        # "Which governments said they had themselves imposed measures?": a sentence reporting what
        # the speaker did (`hrcqa.answer.deeds`) needs only to address the topic
        floor = calibration.speaker_floor
    # the clearest statement of any kind sets the relative bar: "which delegation brought up the
    # Belarusian Bar Association" is not Ukraine's passing mention when an NGO says it outright
    clearest = best[0][2] if best else 0.0
    if best and bar is None and intent.kinds:
        any_kind = intent.model_copy(update={"kinds": []})
        everyone = support_rows(any_kind, scored, allowed_statements(any_kind, statements, restrict),
                                calibration)
        clearest = max(clearest, everyone[0][2] if everyone else 0.0)
    relative = calibration.relative_support * clearest if best and (bar is None or among) else floor
    chosen = [row for row in best if row[2] >= max(floor, relative)]
    if bar is None and asks_claim(intent.question):  # a claim is said in its words (`answer.claims`)
        chosen = said_outright(scored, chosen, max(floor, relative), calibration.claim_lexical)
    if intent.singular:  # "Which expert said ...?" presumes one did: the single-answer bar
        draft = single(intent, scored, statements, calibration, restrict)
        # else the speaker a who-said list would put first ("which delegation hinted the releases
        # came at a high price": Czechia, as "which delegations ..." finds)
        chosen = chosen[:1]
        if draft.answerable or not chosen:
            return draft
    if not chosen:
        return refusal("who_said", "none of its statements clearly says this")
    quotes = []
    for statement_id, _index, _score in chosen:
        index, score = supporting_order(intent, scored, scored.ranked([statement_id]), calibration)[0]
        quotes.append(quote_of(scored, index, score))
    return _listed(intent, scored, statements, quotes, restrict if bar is not None else ())


def _listed(intent: Intent, scored: Scored, statements: Mapping[str, Statement], quotes: list[Quote],
            named_before: Sequence[str] = ()) -> Draft:
    """A who-said answer: its lead, and one quote per speaker by kind; `named_before`, the speakers
    of the previous answer it was restricted to."""
    noun = kinds_noun(intent.kinds) if is_yes_no(intent.question) else "speakers"  # "Did any NGO ..."
    lead = count_lead(intent.question, len(quotes), noun, [statements[q.statement_id].kind for q in quotes])
    if named_before:  # "did any of them mention lawyers?": of those the answer before named
        lead = lead.replace(" in the summary ", f" of the {len(named_before)} named before ")
    word = verdict(intent, [scored.bank.sentences[_index_of(scored, q)].text for q in quotes])
    return Draft(question_type="who_said", lead=answer_first(word, lead, intent),
                 sections=by_kind(quotes, statements))


def _dissent(topic: str, scored: Scored, best: Sequence[tuple[str, int, float]],
             calibration: Calibration) -> list[Quote] | Draft | None:
    """For a question of who disapproved of something (`asks_disapproval`): None unless a third or
    more of the statements that address it approve of it (`approved_by_many`; else the list is the
    plain one); else the quotes of the others that disapprove of it in a sentence on the topic, or
    a refusal that says how many approve of it when none does."""
    floor = calibration.support

    def on_topic(statement_id: str) -> list[tuple[int, float]]:
        return [(i, r) for i, r in scored.ranked([statement_id]) if r >= floor]

    # those the plain list would name: the support bar, and a share of the clearest one's
    bar = max(floor, calibration.relative_support * best[0][2]) if best else floor
    addressing = [statement_id for statement_id, _index, score in best if score >= bar]
    approving = {sid for sid in addressing
                 if any(approves_of(scored.bank.sentences[i].text, topic) for i, _r in on_topic(sid))}
    if not approved_by_many(len(approving), len(addressing)):
        return None
    quotes = []
    for statement_id in addressing:
        found = [(i, r) for i, r in on_topic(statement_id)
                 if disapproves(scored.bank.sentences[i].text, topic)]
        if statement_id not in approving and found:
            quotes.append(quote_of(scored, *found[0]))
    if quotes:
        return quotes
    return refusal("who_said", f"{len(approving)} of the {len(addressing)} speakers who address "
                               f"{topic or 'it'} approve of it, and no other statement clearly "
                               f"disapproves of it")


def _deeds_kept(intent: Intent, scored: Scored) -> bool:
    """Whether only sentences reporting their speaker's own deeds are scored, for a question about
    what a speaker did (`Intent.deeds`)."""
    return intent.deeds and scored.kept is not None


def _index_of(scored: Scored, quote: Quote) -> int:
    """The bank index of a quoted sentence."""
    return next(int(i) for i in scored.bank.of_statement(quote.statement_id)
                if scored.bank.sentences[int(i)].start == quote.start)


def single(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
           calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False) -> Draft:
    """The best-supported sentences for a content question, attributed."""
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: single(
            intent, scored, statements, calibration, ids))
    ranked = distinct(scored, scored.ranked(allowed_statements(intent, statements, restrict)))
    floor = calibration.speaker_floor if _deeds_kept(intent, scored) else calibration.single_floor
    if not ranked or ranked[0][1] < floor:
        return refusal("single", "none of its statements answers this question closely enough")
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return refusal("single", f"it gives only how many (“{counted}”), not which ones")
    if intent.which_verb:  # "Which recommendations did Belarus accept?": some sentence must say so
        ranked = [(i, s) for i, s in ranked if reports(scored.bank.sentences[i].text, intent.which_verb)]
        if not ranked or ranked[0][1] < calibration.single_floor:
            return refusal("single", f"none of its statements says what was {intent.which_verb}")
    top = ranked[0][1]
    picks = [i for i, s in ranked[:calibration.max_quotes] if s >= top - calibration.single_margin]
    if intent.singular:  # "Which expert mentioned ...?" asks for one speaker: the clearest one's
        first = scored.bank.sentences[picks[0]].statement_id
        picks = [i for i in picks if scored.bank.sentences[i].statement_id == first]
    named = any(names_topic(scored.bank.sentences[i].text, intent.topic) for i in picks)
    if is_yes_no(intent.question) and checks(intent.question) == "mention" and \
            top < calibration.mention_support and not named:
        # "Was climate change mentioned?": a bare yes needs clear support (`mention_support`)
        return refusal("single", "none of its statements clearly mentions this")
    lines: dict[str, list[Quote]] = {}
    for index in picks:
        quote = quote_of(scored, index)
        lines.setdefault(quote.statement_id, []).append(quote)
    section = Section(lines=[Line(label=credited_name(statements[sid]), quotes=quotes)
                             for sid, quotes in lines.items()])
    word = verdict(intent, [scored.bank.sentences[i].text for i in picks])
    return Draft(question_type="single", lead=answer_first(word, "The summary records:", intent),
                 sections=[section])


def figure(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
           calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False) -> Draft:
    """Every relevant sentence with a figure of the asked kind, side by side, compared.

    A statement counts by its most relevant sentence holding such a figure (refusal and margin
    are on that relevance); the figure it is quoted for is the one whose surrounding words
    share most of the topic ("over 1000 remain", not "over 300 ... released", for "how many
    remain"). Only figures with some of the topic's words around them enter the comparison.
    """
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: figure(
            intent, scored, statements, calibration, ids))
    asked = intent.figure or "count"
    allowed = set(allowed_statements(intent, statements, restrict))
    relevance: dict[str, float] = {}
    choice: dict[str, _Choice] = {}
    ranks: dict[str, tuple[bool, bool, bool, float]] = {}
    matched: dict[str, float] = {}  # the best share of the topic's words around any of its figures
    # "How many journalists are in prison?": the people the question counts (`answer.counted`)
    wanted = people_asked(intent.topic) if asked == "count" else ""
    for number, (index, found) in enumerate(scored.bank.figures):
        statement_id = scored.bank.sentences[index].statement_id
        score = float(scored.relevance[index])
        if statement_id in allowed and score > -1 and answers(found, asked):
            relevance[statement_id] = max(score, relevance.get(statement_id, -np.inf))
            match = float(scored.figure_match[number])
            matched[statement_id] = max(match, matched.get(statement_id, 0.0))
            # a figure of something else the statement counts ("the pardon of 25") yields to one
            # of what is asked ("1,100 ... who remain detained"), whatever their sentences score
            # and one of the event the topic names ("got freed": "the release of more than 400") first
            window = figure_window(scored.bank.sentences[index].text, found)
            # and a figure of the people asked about ("25 trade union activists" for "unionists") first
            people = people_counted(scored.bank.sentences[index].text, found) if wanted else ""
            rank = (_counts_the_topic(intent.topic, scored.bank.sentences[index].text, found),
                    bool(people) and not other_people(wanted, people),
                    bool(_events(intent.topic) & _events(window)), score + match)
            if rank > ranks.get(statement_id, (False, False, False, -np.inf)):
                ranks[statement_id] = rank
                choice[statement_id] = (score + match, index, found, match, number)
    if intent.part:  # "how many of the political prisoners are women": a figure said of that part
        whole = next((word for word in intent.topic.split() if is_plural(word)), "")  # of the whole
        held = np.logical_and.reduce([scored.bank.term_mask(t) for t in tokenize(f"{intent.part} {whole}")]
                                     + [np.ones(len(scored.bank), dtype=bool)])
        relevance = {sid: r for sid, r in relevance.items() if held[choice[sid][1]]}
        if not relevance:
            return refusal("figure", f"no statement in it gives this figure for {intent.part}")
    person = person_in(intent.topic) if not intent.speakers else None
    if person:  # "how many years did Ihar Losik get": a figure said where the person is named
        named = scored.bank.in_paragraph(np.logical_or.reduce(
            [scored.bank.term_mask(t) for t in tokenize(person)] + [np.zeros(len(scored.bank), dtype=bool)]))
        relevance = {sid: r for sid, r in relevance.items() if named[choice[sid][1]]}
        if not relevance:
            name = person.title() if person.islower() else person
            return refusal("figure", f"no statement in it gives this figure for {name}")
    top = max(relevance.values(), default=-np.inf)
    # A named speaker's own figure counts if the words around it share the topic ("How many
    # political prisoners does Albania say are held?": "more than 1,200 political prisoners").
    # (and "Over 1,000 more continue to suffer" counts the political prisoners the sentence before
    # named), when the thing counted, the topic's first plural noun, is among them
    counted = next((t for word in intent.topic.split() if is_plural(word) for t in tokenize(word)), None)
    # "how many did the swiss say got freed": a figure of the event the topic names ("the release
    # of more than 400") shares it, in other words
    same_event = {sid: bool(_events(intent.topic) & _events(figure_window(
        scored.bank.sentences[choice[sid][1]].text, choice[sid][2]))) for sid in relevance}
    # "according to the expert": one speaker of a kind, as a named speaker is
    one_of_kind = bool(intent.kinds) and _THE_ONE.search(intent.question) is not None
    # "What sentence could its members face, per the Law Society?", "When will Bazilli report?": a
    # named speaker's one figure of the kind asked (no count: a statement gives many), whatever
    # words are around it
    sole = {sid for sid in relevance
            if len(intent.speakers) == 1 and sid in intent.speakers and asked != "count"
            and sum(found.kind == asked and scored.bank.sentences[index].statement_id == sid
                    for index, found in scored.bank.figures) == 1 and choice[sid][2].kind == asked}
    # "the brits' numbers?": a named speaker's figures, whatever they count, when nothing else is asked
    owners = [sid for sid in relevance if sid in sole
              or (sid in intent.speakers and not intent.topic.strip()) or (
              (intent.speakers or one_of_kind)
              and (matched[sid] > 0 or same_event[sid])
              and (top > 0 or same_event[sid] or counted in scored.bank.figure_terms[choice[sid][4]])
              and _counts_the_topic(intent.topic, scored.bank.sentences[choice[sid][1]].text,
                                    choice[sid][2]))]
    # "who else gives a death toll": a figure counting the event the topic names ("nine political
    # prisoners who have died", "9 the number of deaths") is one, though no word of it is the topic's
    counts_event = {sid for sid, same in same_event.items() if same and _counts_the_topic(
        intent.topic, scored.bank.sentences[choice[sid][1]].text, choice[sid][2])}
    # and when none of those counts the people asked about, a figure that does and counts no other
    # event ("how many trade unionists are jailed": "25 trade union activists", not "over 70 new
    # imprisonments"; not "the release of 52 political prisoners")
    counts_people = {sid for sid in relevance if wanted and (people := people_counted(
        scored.bank.sentences[choice[sid][1]].text, choice[sid][2])) and not other_people(wanted, people)
        and _counts_the_topic(intent.topic, scored.bank.sentences[choice[sid][1]].text, choice[sid][2])}
    if counts_event and counts_people and not counts_people & counts_event:
        counts_event = counts_people
    if not intent.speakers and not one_of_kind and counts_event:
        if top < calibration.figure_floor:  # the event's figures alone, however their sentences score
            relevance = {sid: relevance[sid] for sid in counts_event}
            top = max(relevance.values())
        owners = owners or sorted(counts_event, key=lambda sid: -relevance[sid])
    if asked == "count" and _events(intent.topic) and not counts_event and not intent.speakers \
            and not one_of_kind:
        # "How many people were deported?": no figure counts the deportations; a figure of people
        # held ("more than 1,100 people remain imprisoned") shares the topic's noun, not its event
        return refusal("figure", "no statement in it gives this figure")
    own = bool(owners)
    if one_of_kind and not intent.speakers and owners:  # "the expert": the one whose figure it is
        best = max(owners, key=lambda sid: ranks[sid])
        relevance, top = {best: relevance[best]}, relevance[best]
    if top < calibration.figure_floor and not own:
        named = [statements[sid] for sid in intent.speakers if sid in statements]
        if len(named) == 1:  # "How many people has New Zealand sanctioned?": its words on it are related
            return refusal("figure", f"{statement_of(named[0])} gives no such figure")
        return refusal("figure", "no statement in it gives this figure")
    # "who gave the highest figure": every figure with the topic's words around it competes, however
    # its sentence scores ("alarmed by the detention of more than 1,200 political prisoners")
    kept = sorted((sid for sid, score in relevance.items()
                   if score >= top - calibration.figure_margin or (intent.extreme and matched[sid] > 0)
                   or sid in counts_event),
                  key=lambda sid: -relevance[sid])
    # "... in 2024", "new imprisonments in August": of the figures given, those said of that period
    asked_periods = periods(intent.topic)
    dated = [sid for sid in kept if asked_periods & periods(scored.bank.sentences[choice[sid][1]].text)]
    kept = dated or kept
    # a figure with none of the topic's words around it that counts an event the topic does not
    # name ("the release of 52 prisoners" for "new imprisonments in August") answers something else
    # and one counting no event, when others count the one the topic names ("more than 1,200
    # political prisoners" for "how many deaths in detention")
    kept = [sid for sid in kept if sid in counts_event or sid in intent.speakers] if counts_event else kept
    kept = [sid for sid in kept if choice[sid][3] or sid in intent.speakers or _counts_the_topic(
        intent.topic, scored.bank.sentences[choice[sid][1]].text, choice[sid][2])] or kept
    # "How many journalists are in prison?": a figure of other people ("over a thousand political
    # prisoners") yields to one of the people asked about; when none is, the answer says so
    caveat = None
    counted = {sid: people_counted(scored.bank.sentences[choice[sid][1]].text, choice[sid][2])
               for sid in kept} if wanted else {}
    others = {sid: people for sid, people in counted.items() if other_people(wanted, people)}
    if any(people and sid not in others for sid, people in counted.items()):
        kept = [sid for sid in kept if sid not in others]
    elif others:
        counts = series(list(dict.fromkeys(others.values())))
        caveat = f"No statement gives a figure of {wanted} as such; those given count {counts}."
    lead, quoted = caveat, kept
    if asked in ("date", "year"):  # "when did the KGB ...": the dates said of it, not every date near it
        # (and each date of the event the topic names, as speakers may disagree on it: "On 8
        # September ... Andrey Padniabenny died", "On 3 September, Andrei Padniabenny died")
        quoted = [sid for sid in kept if choice[sid][3] or sid in intent.speakers] or \
            [sid for sid in kept if relevance[sid] >= top - calibration.single_margin
             or _events(intent.topic) & _events(scored.bank.sentences[choice[sid][1]].text)]
    if intent.extreme:  # "Who gave the highest figure?": those who gave it, then the rest
        kept, highest = _extreme_first(intent, kept, choice, scored, statements)
        # quoted: those who gave it; the others' figures are compared in the lead
        quoted = [sid for sid in kept if highest and choice[sid][2].value == choice[kept[0]][2].value] or kept
        lead = " ".join(part for part in (caveat, highest) if part) or None
    quotes = [quote_of(scored, choice[sid][1]) for sid in quoted]
    # a named speaker's figure is the one asked for; others need the topic's words around them
    compared = [(choice[sid][2], short_name(statements[sid])) for sid in kept
                if choice[sid][3] or sid in intent.speakers or sid in counts_event
                or (asked in ("date", "year") and sid in quoted)]
    lead = " ".join(part for part in (lead, compare_figures(compared)) if part) or "Figures given:"
    # "did Ireland give a number of political prisoners?": yes, and the figure; "did OMCT and CPTI
    # give the same date?": whether the figures compared agree
    word = ("No" if caveat else "Yes") if is_yes_no(intent.question) else None
    if word and contradicted(intent, [scored.bank.sentences[_index_of(scored, q)].text for q in quotes]):
        word = "No"  # another figure than the one the question claims
    if word and intent.compared in ("higher", "lower"):  # "is Czechia's number lower than Albania's?"
        word = _ordered_word(intent, choice)
    elif word and intent.compared:  # (the reader's `Intent.compared`)
        said = {figure_key(found) for found, _ in compared}
        # "did they give the same date?": yes if they agree; "a different date?": yes if they differ
        agree = (len(said) == 1) == (intent.compared == "same")
        word = None if len({name for _, name in compared}) < 2 else "Yes" if agree else "No"
    return Draft(question_type="figure", lead=answer_first(word, lead, intent),
                 sections=by_kind(quotes, statements))




def _ordered_word(intent: Intent, choice: Mapping[str, _Choice]) -> str | None:
    """"Yes" if the first speaker's figure is higher (lower) than the second's as the question
    asks, "No" if not, None unless both named speakers gave a figure that can be ordered."""
    named = [sid for sid in intent.speakers if sid in choice]
    if len(named) != 2 or len(intent.speakers) != 2:
        return None
    order = order_of(choice[named[0]][2], choice[named[1]][2])
    return None if order is None else "Yes" if order == intent.compared else "No"


# Words that make a figure count events rather than what the topic names ("nine political
# prisoners who have died" counts deaths), one family per event: such a figure is no candidate
# for the topic's count unless the topic names that event itself.
_EVENTS = [re.compile(rf"\b(?:{family})\b", re.I) for family in (
    r"die[ds]?|dead|deaths?|kill(?:ed|ings?)", r"execut(?:ed|ions?)",
    r"releas(?:e|es|ed)|freed|set\s+free|let\s+(?:out|go)|g[eo]t(?:s|ting)?\s+out|walk(?:ed|s)?\s+free",
    r"pardon(?:s|ed)?", r"convict(?:ed|ions?)|sentenced",
    r"(?:re-?)?arrest(?:s|ed)?|imprisonments|jailed|detentions",  # taken into custody, however said
    r"deport(?:ed|ations?)",
    # driven out of the country: "the forced exile of up to 600,000", "forced to leave the country"
    r"fled|flee(?:ing)?|exiled?|exiles|emigrat(?:ed|ion)|(?:forced|pushed|driven)\s+(?:out|abroad|to\s+leave|to\s+flee)",
    # organisations shut: "the closure of approximately 2,000 NGOs"
    r"clos(?:ed|ures?|ing)|shut(?:\s+down)?|liquidat(?:ed|ions?)|dissol(?:ved|utions?)|disband(?:ed|ing)?")]


# "the expert", "the NGO": one speaker of a kind, named by it
_THE_ONE = re.compile(r"\bthe\s+(?:expert|panel(?:list|\s+member)|chair|ngo|organi[sz]ation|state|country|"
                      r"delegation|government|group)\b(?!s)", re.I)


def _events(text: str) -> set[int]:
    return {number for number, family in enumerate(_EVENTS) if family.search(text)}


def _counts_the_topic(topic: str, sentence: str, found: Figure) -> bool:
    """Whether a figure counts what the topic asks about rather than an event it does not name
    (`_EVENTS`: "nine political prisoners who have died" for "political prisoners", "the release
    of 52 prisoners" for "new imprisonments")."""
    counted = _events(figure_window(sentence, found))
    # "the figure France cited from the Special Rapporteur": the figure said to be the source's
    source = set(tokenize(figure_source(sentence, found)))
    return not counted or bool(counted & _events(topic)) or bool(source & set(tokenize(topic)))


_Choice = tuple[float, int, Figure, float, int]  # score, sentence index, figure, topic match, figure number


def _extreme_first(intent: Intent, kept: list[str], choice: Mapping[str, _Choice],
                   scored: Scored, statements: Mapping[str, Statement]) -> tuple[list[str], str | None]:
    """The statements in `kept` whose quoted figure is the highest (or lowest) value, first,
    and a sentence naming them; `kept` as it was and None when no figure has a value. A figure
    of an event the topic does not name (`_counts_the_topic`) is left out of the choice."""
    valued = [sid for sid in kept if choice[sid][3] and choice[sid][2].value is not None
              and _counts_the_topic(intent.topic, scored.bank.sentences[choice[sid][1]].text, choice[sid][2])]
    if not valued:
        return kept, None
    pick = max if intent.extreme == "highest" else min
    value = pick(choice[sid][2].value for sid in valued)
    top = [sid for sid in valued if choice[sid][2].value == value]
    text = choice[top[0]][2].text
    names = ", ".join(short_name(statements[sid]) for sid in top)
    lead = f"The {intent.extreme} figure given is {text} ({names})."
    return top + [sid for sid in kept if sid not in top], lead


def asked_panel(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
                calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False) -> Draft:
    """The questions put to the experts, by speaker; "none" when a named speaker asked none.
    A yes/no question ("Did the UK ask the experts a question?") opens with "Yes." or "No."."""
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: asked_panel(
            intent, scored, statements, calibration, ids))
    ids = [sid for sid in allowed_statements(intent, statements, restrict)
           if statements[sid].kind != "panel"]
    asked = [(i, s) for i, s in scored.ranked(ids) if puts_question(scored.bank.sentences[i].text)]
    if intent.topic and not intent.speakers:
        top = asked[0][1] if asked else 0.0
        asked = [(i, s) for i, s in asked if s >= max(calibration.ask_floor,
                                                      top - calibration.ask_margin)]
    if intent.speakers and not asked:
        return _asked_nothing(intent, scored, statements)
    if intent.speakers and intent.topic and is_yes_no(intent.question) \
            and all(s < calibration.ask_floor for _i, s in asked):
        # "Did Berlin ask the experts anything about the ICC?": it asked, but not about that
        quotes = sorted((quote_of(scored, i) for i, _s in asked), key=lambda q: (q.statement_id, q.start))
        name = running_name(statements[intent.speakers[0]])
        return Draft(question_type="asked_panel", sections=by_kind(quotes, statements),
                     lead=f"No. The summary records no question from {name} to the experts about "
                          f"“{intent.topic}”. What it asked them:")
    if not asked:
        return refusal("asked_panel", "no speaker put such a question to the experts")
    quotes = sorted((quote_of(scored, i) for i, _s in asked), key=lambda q: (q.statement_id, q.start))
    noun = kinds_noun(intent.kinds)
    count = len({q.statement_id for q in quotes})
    lead = _asker_lead(intent, statements[quotes[0].statement_id]) if intent.speakers and \
        count == 1 else f"{count} {noun_for(noun, count)} put questions to the experts:"
    return Draft(question_type="asked_panel", sections=by_kind(quotes, statements),
                 lead=f"Yes. {lead}" if is_yes_no(intent.question) else lead)


def _asker_lead(intent: Intent, statement: Statement) -> str:
    intro = speaker_intro(intent, statement)
    if intro.endswith(" said:"):
        return f"{running_name(statement, start=True)} asked the experts:"
    return f"{intro[:-1]}. That statement asked the experts:"


def _asked_nothing(intent: Intent, scored: Scored, statements: Mapping[str, Statement]) -> Draft:
    statement = statements[intent.speakers[0]]
    name = next((r.member for r in intent.mentioned if r.member), None) or \
        running_name(statement)
    requests = [i for i in scored.bank.of_statement(statement.id)
                if addresses_request(scored.bank.sentences[int(i)].text)]
    requests.sort(key=lambda i: ("asks" not in scored.bank.sentences[int(i)].text,
                                 -float(scored.relevance[int(i)])))  # "asks ...", then on the topic
    lead = f"The summary records no question from {name} to the experts."
    if is_yes_no(intent.question):
        lead = f"No. {lead}"
    if not requests:
        return Draft(question_type="asked_panel", lead=lead)
    line = Line(quotes=[quote_of(scored, int(i)) for i in sorted(requests[:2])])
    return Draft(question_type="asked_panel", lead=f"{lead} Its requests were addressed to "
                 "others, e.g.:", sections=[Section(lines=[line])])
