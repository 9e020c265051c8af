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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

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
from hrcqa.index.sentences import MIN_PREFIX
from hrcqa.models import Statement
from hrcqa.question.asking import addresses_request, puts_question
from hrcqa.question.intent import Intent
from hrcqa.text.figures import Figure, answers, compare_figures
from hrcqa.text.grammar import noun_for, series, verb_for
from hrcqa.text.numbers import number_words
from hrcqa.text.tokenize import tokenize

_KEY_SENTENCE = re.compile(r"\b(?:urges?|calls?|condemns?|concerned|alarmed|deplores?|demands?|"
                           r"asks?|would like to know|stresses|troubled|appalled|recommends?|"
                           r"insists?|rejects?|does not recognise|welcomes?|explains)\b", re.I)
_COUNTED = re.compile(rf"(?:\b\d[\d,.]*|\b(?:{'|'.join(number_words())}))\s+(?:[\w-]+\s+)?$", re.I)
_WHO_LEAD = re.compile(r"^\s*(?:(?:which|what)\s+(?:other\s+)?(?P<noun>speakers?|delegations?|"
                       r"states?|countries|country|ngos?|organi[sz]ations?|groups?|participants?|"
                       r"experts?)|who)\s+(?P<rest>.+?)\s*[?.!]*$", re.I)
# A question whose frame asks who called for something ("Who urged ...", "Which delegations
# asked Belarus to ...", "who wants Belarus to ...", "... said prisoners should ..."), not who
# mentioned it. "asked the experts" / "wanted to know" are questions, not requests.
_REQUEST_FRAME = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)\b|call(?:s|ed)?\s+(?:\w+\s+){1,4}?to\b|"
    r"urg(?:e|es|ed|ing)\b|demand(?:s|ed|ing)?\b|recommend(?:s|ed|ing)?\b|appeal(?:s|ed)?\b|"
    r"request(?:s|ed)?\b|press(?:es|ed)?\s+(?:for\b|\w+\s+to\b)|push(?:es|ed)?\s+for\b|"
    r"encourag(?:e|es|ed)\b|ask(?:s|ed|ing)?\s+(?:for\b|(?!(?:the\s+)?(?:experts?|panel|chair|group)\b)"
    r"(?:[\w'’-]+\s+){1,4}?to\s+(?!know\b|learn\b|hear\b))|want(?:s|ed)?\b(?!\s+to\s+(?:know|learn|hear)\b)|"
    r"should|must|ought\s+to|needs?\s+to)", re.I)
# A yes/no question opens with an auxiliary and its subject ("Did Malta ...", "Is there ...").
_YES_NO = re.compile(r"^\s*(?:(?:and|so|but|also|then)\s+)?(?:did|does|do|has|have|is|are|was|were)\s+"
                     r"(?!you\b|u\b)[\w“\"'‘]", re.I)
# What a yes/no question checks: that something was mentioned at all, or that something was
# said (a claim, whose polarity the quote must share), or (`asks_for_action`) that it was called for.
_MENTION_FRAME = re.compile(
    r"\b(?:mention(?:s|ed)?|raise[ds]?|br(?:ing|ings|ought)\s+up|(?:talk|speak|spoke|speaks)(?:s|ed)?\s+"
    r"(?:about|of|on)|refer(?:s|red)?\s+to|discuss(?:es|ed)?|address(?:es|ed)?|cite[ds]?|"
    r"use[ds]?\s+the\s+(?:term|terms|word|words|phrase|expression)|highlight(?:s|ed)?|note[ds]?|"
    r"comment(?:s|ed)?\s+on|touch(?:es|ed)?\s+(?:on|upon)|say\s+anything\s+(?:about|on)|"
    r"express(?:es|ed)?\s+concerns?)\b", re.I)
# ("State" and "report" are left out: in these questions they are mostly nouns.)
_SPEECH_FRAME = re.compile(r"\b(?:say|says|said|claim(?:s|ed)?|argue[ds]?|stated|assert(?:s|ed)?|"
                           r"describe[ds]?|characteri[sz]e[ds]?|call(?:s|ed)?|accuse[ds]?|den(?:y|ies|ied)|"
                           r"insist(?:s|ed)?|acknowledge[ds]?|admit(?:s|ted)?|agree[ds]?|tell|told|"
                           r"suggest(?:s|ed)?|think|believe[ds]?|warn(?:s|ed)?|reported)\b", re.I)
_NEGATION = re.compile(r"not|no|never|neither|nor|none|cannot|can['’]t|won['’]t|\w+n['’]t|without|"
                       r"lacks?|lacking|refuses?|refused|den(?:y|ies|ied)|fails?|failed", re.I)
_WORDS = re.compile(r"[\w'’-]+")
# A topic that names nothing ("Did the Belgians say anything?"): the question is whether they spoke.
_NO_TOPIC = re.compile(r"^(?:\s*(?:anything|something|everything|much|a lot|at all|else|in particular|"
                       r"of note|of substance|there|here)\b)*\s*[?.!]*$", re.I)

# A sentence that makes a request of someone, beyond `addresses_request`'s "asks/urges/calls on":
# "calls for", "reiterates its call", "recommends", "encourages", "... must end".
_CALL = re.compile(r"\b(?:calls?\s+(?:on|upon|for)|(?:reiterates?|renews?|repeats?|echoes?)\s+"
                   r"(?:its|their)\s+calls?|urg(?:e|es|ing)|demands?|requests?|recommends?|encourages?|appeals?|"
                   r"invites?\s+(?:\w+\s+){1,4}?to|asks?\s+(?:\w+\s+){0,4}?to|must|should)\b", re.I)


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

    For a question that asks who called for something (`asks_for_action`), a statement is
    quoted with its best sentence that makes a request when that is within `request_margin` of
    its best on the topic (natural-slice dev: the request, not a mere mention, is quoted from
    0.14 to 0.30; above, off-topic requests win), and such a sentence counts `request_bonus`
    more towards `support` (natural dev who-said F1 0.73 -> 0.76, supporting quotes 0.71 ->
    0.75 at 0.1, main dev unchanged from 0 to 0.1; at 0.15 main precision drops).
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
    request_margin: float = 0.2
    request_bonus: float = 0.1


def asks_for_action(question: str) -> bool:
    """Whether a question asks who called for something (a request frame), not who mentioned it.

    >>> asks_for_action("Who asked Belarus to prioritise releasing sick prisoners?")
    True
    >>> asks_for_action("Who asked the experts about deportations?"), asks_for_action("Who raised torture?")
    (False, False)
    """
    return bool(_REQUEST_FRAME.search(question))


def makes_request(sentence: str) -> bool:
    """Whether a sentence asks, urges or calls on someone to act (not a question to the panel).

    >>> makes_request("It calls upon Belarus to heed repeated calls to abolish the death penalty.")
    True
    >>> makes_request("New Zealand remains deeply concerned by the use of the death penalty.")
    False
    """
    return addresses_request(sentence) or (bool(_CALL.search(sentence)) and not puts_question(sentence))


def supporting_order(intent: Intent, scored: Scored, ranked: Sequence[tuple[int, float]],
                     calibration: Calibration) -> list[tuple[int, float]]:
    """One statement's ranked sentences, reordered so the first is the one that best supports
    what the question asks: for a request frame ("Who called for ...?"), the best sentence that
    makes a request, if it is within `request_margin` of the statement's best on the topic
    ("It calls upon Belarus to ... abolish the death penalty", not "remains concerned by the
    death penalty"); otherwise the order of relevance."""
    if not ranked or not asks_for_action(intent.question):
        return list(ranked)
    top = ranked[0][1]
    for position, (index, score) in enumerate(ranked):
        if score < top - calibration.request_margin:
            break
        if makes_request(scored.bank.sentences[index].text):
            return [ranked[position], *ranked[:position], *ranked[position + 1:]]
    return list(ranked)


def is_yes_no(question: str) -> bool:
    """Whether a question asks for a yes or a no: it opens with an auxiliary verb and its
    subject (did/does/do/has/have/is/are/was/were ...), not "Do you know ...".

    >>> is_yes_no("Did Malta mention the death penalty?"), is_yes_no("and is there a figure?")
    (True, True)
    >>> is_yes_no("Which NGOs mentioned lawyers?"), is_yes_no("Do you know who spoke?")
    (False, False)
    """
    return bool(_YES_NO.match(question))


def checks(question: str) -> str:
    """What a yes/no question checks: "mention" (that it was raised at all), "request" (that
    someone called for it), "speech" (that someone said so: the quote must agree in polarity),
    or "fact" (not about speech: "Does Belarus recognise the mandate?").

    >>> [checks(q) for q in ("Did NZ bring up the death penalty?", "Did France call for sanctions?",
    ...                      "Did Belarus say it is open to dialogue?", "Is the Bar independent?")]
    ['mention', 'request', 'speech', 'fact']
    """
    if _MENTION_FRAME.search(question):
        return "mention"
    if asks_for_action(question):
        return "request"
    return "speech" if _SPEECH_FRAME.search(question) else "fact"


def negated(text: str, topic: str, window: int = 5) -> bool:
    """Whether a negation stands within `window` words before a word of the topic (stems
    compared as the lexical index does: equal, or one a prefix of the other of `MIN_PREFIX`+
    letters): "does not recognise" for "recognise the mandate", "no access to ... medical care".

    >>> negated("Belarus does not recognise the Group's mandate.", "recognise the mandate")
    True
    >>> negated("Malta died in prison No. 15.", "prison 15"), negated("It is free.", "free")
    (False, False)
    """
    stems = set(tokenize(topic))
    words = list(_WORDS.finditer(text))
    for k, word in enumerate(words):
        if not any(_same_term(stem, term) for term in tokenize(word.group()) for stem in stems):
            continue
        for before in words[max(0, k - window):k]:
            numbered = re.match(r"\.?\s*\d", text[before.end():before.end() + 3])
            if _NEGATION.fullmatch(before.group()) and not (before.group() == "No" and numbered):
                return True
    return False


def names_topic(sentence: str, topic: str) -> bool:
    """Whether a sentence contains the head of the topic, its last two content words (a
    question puts its frame first: "use the term transnational repression"): for "Did X
    mention Y?", Y in X's words is a mention however loosely the rest of the topic scores.

    >>> names_topic("The level of transnational repression has worsened.",
    ...             "use the term transnational repression")
    True
    >>> names_topic("At least two deaths in detention.", "the death penalty")
    False
    """
    words = [term for word in _WORDS.findall(sentence) for term in tokenize(word)]
    head = tokenize(topic)[-2:]
    return bool(head) and all(any(_same_term(h, w) for w in words) for h in head)


def _same_term(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= MIN_PREFIX and long.startswith(short))


def verdict(intent: Intent, quoted: Sequence[str]) -> str | None:
    """"Yes" or "No" for a yes/no question answered with these sentences (best first), or None
    when they do not settle it: a mention is a yes; a request needs a sentence that makes one
    (else None: it was raised, not called for); a claim is a yes when the sentence that shares
    most of the question's words agrees with the question in negation ("it does not recognise
    any country mandates" answers "Does Belarus recognise the experts' mandate?" with a no).
    The caller decides that the sentences support the topic at all.
    """
    if not quoted or not is_yes_no(intent.question):
        return None
    frame = checks(intent.question)
    if frame == "mention":
        return "Yes"
    if frame == "request":
        return "Yes" if any(makes_request(text) for text in quoted) else None
    probe = _predicate(intent.question)
    terms = set(tokenize(probe))
    text = max(quoted, key=lambda t: len(terms & set(tokenize(t))))  # the first of the best
    return "Yes" if negated(text, probe) == negated(intent.question, probe) else "No"


def _predicate(question: str) -> str:
    """The question without its names (capitalised words after the first): what it says of them.

    >>> _predicate("Does Belarus recognise the experts' mandate?")
    "Does recognise the experts' mandate?"
    """
    first, _, rest = question.strip().partition(" ")
    return " ".join([first, *(w for w in rest.split() if not w[:1].isupper())])


def topical(intent: Intent) -> bool:
    """Whether the question has a topic to look for ("the death penalty"), not just "anything".

    >>> topical(Intent(question="Did France say anything?", type="speaker", topic="anything"))
    False
    """
    return bool(intent.topic) and not _NO_TOPIC.match(intent.topic)


def _answer_first(word: str | None, lead: str, intent: Intent) -> str:
    """The lead with the yes/no word in front; for a request the quotes do not make, say so."""
    if word:
        return f"{word}. {lead}"
    if is_yes_no(intent.question) and checks(intent.question) == "request":
        return f"Not in so many words: it is raised, but not as a call. {lead}"
    return lead


def reports(sentence: str, verb: str) -> bool:
    """Whether a sentence uses the verb in any form ("sanctioned" in "the UK has sanctioned over
    200 individuals", "sanctions" too).

    >>> reports("The UK has sanctioned over 200 individuals.", "sanctioned"), reports("No.", "accept")
    (True, False)
    """
    return bool(set(tokenize(verb)) & set(tokenize(sentence)))


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


def distinct(scored: Scored, ranked: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Ranked sentences without the repeats of a sentence its statement says twice word for
    word (summaries do repeat a sentence), so that no quote is spent on a copy."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for index, score in ranked:
        sentence = scored.bank.sentences[index]
        key = (sentence.statement_id, " ".join(sentence.text.split()))
        if key not in seen:
            seen.add(key)
            kept.append((index, score))
    return kept


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
    noun = _plural_noun(question, fallback_noun)
    noun = noun_for(noun, count)
    if not match:
        return f"{count} {noun} in the summary {verb_for('addresses', count)} this:"
    first, _, rest = match.group("rest").partition(" ")
    return f"{count} {noun} {verb_for(first, count)} {rest}".rstrip() + ":"


def _plural_noun(question: str, fallback: str) -> str:
    """The question's own noun for the speakers ("NGOs", "States", "countries"), else `fallback`."""
    match = _WHO_LEAD.match(question)
    noun = (match.group("noun") if match and match.group("noun") else fallback).lower()
    return re.sub(r"^ngos?$", "NGOs", re.sub(r"^states?$", "States", noun))


def _kind_noun(kinds: Sequence[str]) -> str:
    """"NGOs", "experts", "groups" or "delegations" for the kinds a question asks about."""
    if not kinds:
        return "speakers"
    return {("ngo",): "NGOs", ("panel",): "experts", ("group",): "groups"}.get(tuple(kinds),
                                                                            "delegations")


def who_said(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
             calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False) -> Draft:
    """The complete list of statements that support the topic, one quote each: the sentence of
    the statement that best supports what is asked (`supporting_order`).

    `restrict` narrows the statements. A caller's filter or a "who else" exclusion does not
    vouch for them: each still needs `support`, and when none has it the answer is a refusal
    (see `filtered_out`). With `followup`, `restrict` is the previous answer's speakers ("Which
    of them are NGOs?"), which that answer vouched for: each needs only to address the topic
    (`speaker_floor`, as for a named speaker), and when none is of the kinds asked or addresses
    it, the answer says so and answers across all speakers (`widened`).
    """
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: _who_said(
            intent, scored, statements, calibration, ids, calibration.speaker_floor if ids else None))
    return _who_said(intent, scored, statements, calibration, restrict)


def _who_said(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
              calibration: Calibration, restrict: Sequence[str], bar: float | None = None) -> Draft:
    best = support_rows(intent, scored, allowed_statements(intent, statements, restrict), calibration)
    chosen = [row for row in best if row[2] >= (calibration.support if bar is None else bar)]
    if intent.singular and chosen:
        return single(intent, scored, statements, calibration, restrict)
    if not chosen:
        return refusal("who_said", "none of its statements clearly says this")
    quotes = []
    for statement_id, _index, _score in chosen:
        index, score = supporting_order(intent, scored, scored.ranked([statement_id]), calibration)[0]
        quotes.append(_quote(scored, index, score))
    noun = _kind_noun(intent.kinds) if is_yes_no(intent.question) else "speakers"  # "Did any NGO ..."
    lead = count_lead(intent.question, len(quotes), noun)
    word = verdict(intent, [scored.bank.sentences[_index_of(scored, q)].text for q in quotes])
    return Draft(question_type="who_said", lead=_answer_first(word, lead, intent),
                 sections=by_kind(quotes, statements))


def support_rows(intent: Intent, scored: Scored, statement_ids: Sequence[str],
                 calibration: Calibration) -> list[tuple[str, int, float]]:
    """(statement id, sentence index, support) of each statement, best first: its best
    sentence's relevance; for a request frame, a sentence that makes a request counts
    `request_bonus` higher (a call on the topic answers "Who called for ...?" better than a
    mention of it)."""
    rows = scored.best(statement_ids)
    if not calibration.request_bonus or not asks_for_action(intent.question):
        return rows
    boosted = []
    for statement_id, index, score in rows:
        for other, relevance in scored.ranked([statement_id]):
            if relevance + calibration.request_bonus <= score:
                break
            if makes_request(scored.bank.sentences[other].text):
                index, score = other, relevance + calibration.request_bonus
                break
        boosted.append((statement_id, index, score))
    return sorted(boosted, key=lambda row: -row[2])


def _index_of(scored: Scored, quote: Quote) -> int:
    """The bank index of a quoted sentence."""
    return next(int(i) for i in scored.bank.of_statement(quote.statement_id)
                if scored.bank.sentences[int(i)].start == quote.start)


def widened(intent: Intent, statements: Mapping[str, Statement], restrict: Sequence[str],
            answer: Callable[[Sequence[str]], Draft]) -> Draft:
    """A follow-up answered within the previous answer's speakers (`answer(restrict)`); when
    none of them is of the kinds asked or answers, the answer says so first ("None of the 3
    speakers named in the previous answer are NGOs.") and then gives the answer across all
    speakers (`answer(())`), labelled as such."""
    allowed = allowed_statements(intent, statements, restrict)
    if allowed:
        draft = answer(restrict)
        if draft.answerable:
            return draft
    preface = none_of_them(intent, statements, restrict, of_kind=bool(allowed))
    wider = answer(())
    notes = [*wider.notes, "widened: answered across all speakers"]
    if not wider.answerable:
        return wider.model_copy(update={"lead": f"{preface[:1].lower()}{preface[1:-1]}; across all "
                                                f"speakers, {wider.lead}", "notes": notes})
    return wider.model_copy(update={"preface": preface, "lead": f"Across all speakers: {wider.lead}",
                                    "notes": notes})


def none_of_them(intent: Intent, statements: Mapping[str, Statement], restrict: Sequence[str],
                 of_kind: bool) -> str:
    """"None of the 3 speakers named in the previous answer are NGOs." (or, when some are of
    the kinds asked, "... clearly addresses this.")."""
    count = len(restrict)
    named = "The speaker named in the previous answer" if count == 1 else \
        f"None of the {count} speakers named in the previous answer"
    if of_kind:
        return f"{named} {'does not address' if count == 1 else 'addresses'} this."
    noun = _plural_noun(intent.question, _kind_noun(intent.kinds))
    if count == 1:
        name = short_name(statements[restrict[0]]) if restrict[0] in statements else ""
        return f"{named}{f' ({name})' if name else ''} is not one of the {noun}."
    return f"{named} are {noun}."


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
    """What a named speaker said, about the topic if there is one (a yes/no question about it:
    `_speaker_yes_no`)."""
    if is_yes_no(intent.question) and topical(intent):
        return _speaker_yes_no(intent, scored, statements, calibration)
    sections, refused = [], []
    for statement_id in dict.fromkeys(intent.speakers):
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
    if is_yes_no(intent.question):  # "Did France say anything?": it took the floor
        lead = f"Yes. {lead}"
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
        picks = _speaker_picks(intent, scored, statement, calibration)
        if isinstance(picks, str):
            if "does not address" not in picks or checks(intent.question) == "fact":
                return refusal("speaker", picks)
            lines = [Line(quotes=[_quote(scored, i)]) for i in key_sentences(statement.id, scored, 2)]
            parts.append((statement, "No", Section(heading="Its main points:", lines=lines), picks))
            continue
        picks = [i for i in picks if scored.relevance[i] >= calibration.speaker_floor] or picks
        lines = [Line(quotes=[_quote(scored, i)]) for i in picks]
        _sid, _index, support = support_rows(intent, scored, [statement_id], calibration)[0]
        named = checks(intent.question) == "mention" and any(
            names_topic(scored.bank.sentences[i].text, intent.topic) for i in picks)
        if support < calibration.support and checks(intent.question) != "fact" and not named:
            reason = _speaker_refusal(intent, statement).replace("does not address",
                                                                 "does not clearly address")
            parts.append((statement, "Not clearly", Section(heading="The closest it comes:",
                                                            lines=lines), reason))
            continue
        word = verdict(intent, [scored.bank.sentences[i].text
                                for i in sorted(picks, key=lambda i: -scored.relevance[i])])
        parts.append((statement, word, Section(heading=_speaker_intro(intent, statement),
                                               lines=lines), ""))
    notes = [f"not addressed: {reason}" for *_rest, reason in parts if reason]
    if len(parts) == 1:
        _statement, word, section, reason = parts[0]
        lead = f"{word}: {reason}. {section.heading}" if reason else \
            _answer_first(word, section.heading, intent)
        return Draft(question_type="speaker", lead=lead, notes=notes,
                     sections=[section.model_copy(update={"heading": ""})])
    words = {word for _s, word, _section, _r in parts}
    if len(words) == 1:
        lead = _answer_first(words.pop(), f"{len(parts)} statements:", intent)
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


def _speaker_picks(intent: Intent, scored: Scored, statement: Statement,
                   calibration: Calibration) -> list[int] | str:
    """Sentence indices to quote for one speaker, or why it does not answer."""
    if not topical(intent):
        return key_sentences(statement.id, scored)
    ranked = distinct(scored, scored.ranked([statement.id]))
    if not ranked or ranked[0][1] < calibration.speaker_floor:
        return _speaker_refusal(intent, statement)
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return f"{running_name(statement)} gives only a number (“{counted}”), not which ones"
    top = ranked[0][1]
    ranked = supporting_order(intent, scored, ranked, calibration)
    return sorted(i for i, s in ranked[:calibration.max_quotes]
                  if s >= top - calibration.speaker_margin)


def single(intent: Intent, scored: Scored, statements: Mapping[str, Statement],
           calibration: Calibration, restrict: Sequence[str] = (), followup: bool = False) -> Draft:
    """The best-supported sentences for a content question, attributed."""
    if restrict and followup:
        return widened(intent, statements, restrict, lambda ids: single(
            intent, scored, statements, calibration, ids))
    ranked = distinct(scored, scored.ranked(allowed_statements(intent, statements, restrict)))
    if not ranked or ranked[0][1] < calibration.single_floor:
        return refusal("single", "none of its statements answers this question closely enough")
    counted = counts_only(scored.bank.sentences[ranked[0][0]].text, intent.which_noun)
    if counted:
        return refusal("single", f"it gives only a number (“{counted}”), not which ones")
    if intent.which_verb:  # "Which recommendations did Belarus accept?": some sentence must say so
        ranked = [(i, s) for i, s in ranked if reports(scored.bank.sentences[i].text, intent.which_verb)]
        if not ranked or ranked[0][1] < calibration.single_floor:
            return refusal("single", f"none of its statements says what was {intent.which_verb}")
    top = ranked[0][1]
    picks = [i for i, s in ranked[:calibration.max_quotes] if s >= top - calibration.single_margin]
    lines: dict[str, list[Quote]] = {}
    for index in picks:
        quote = _quote(scored, index)
        lines.setdefault(quote.statement_id, []).append(quote)
    section = Section(lines=[Line(label=display_name(statements[sid]), quotes=quotes)
                             for sid, quotes in lines.items()])
    word = verdict(intent, [scored.bank.sentences[i].text for i in picks])
    return Draft(question_type="single", lead=_answer_first(word, "The summary records:", intent),
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
    if not asked:
        return refusal("asked_panel", "no speaker put such a question to the experts")
    quotes = sorted((_quote(scored, i) for i, _s in asked), key=lambda q: (q.statement_id, q.start))
    noun = _kind_noun(intent.kinds)
    count = len({q.statement_id for q in quotes})
    lead = _asker_lead(intent, statements[quotes[0].statement_id]) if intent.speakers and \
        count == 1 else f"{count} {noun_for(noun, count)} put questions to the experts:"
    return Draft(question_type="asked_panel", sections=by_kind(quotes, statements),
                 lead=f"Yes. {lead}" if is_yes_no(intent.question) else lead)


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
    requests.sort(key=lambda i: ("asks" not in scored.bank.sentences[int(i)].text,
                                 -float(scored.relevance[int(i)])))  # "asks ...", then on the topic
    lead = f"The summary records no question from {name} to the experts."
    if is_yes_no(intent.question):
        lead = f"No. {lead}"
    if not requests:
        return Draft(question_type="asked_panel", lead=lead)
    line = Line(quotes=[_quote(scored, int(i)) for i in sorted(requests[:2])])
    return Draft(question_type="asked_panel", lead=f"{lead} Its requests were addressed to "
                 "others, e.g.:", sections=[Section(lines=[line])])


def quoted_statements(draft: Draft, statements: Mapping[str, Statement]) -> list[Statement]:
    """The statements a draft quotes, in the order it quotes them (each once)."""
    ids = [q.statement_id for section in draft.sections for line in section.lines for q in line.quotes]
    return [statements[sid] for sid in dict.fromkeys(ids) if sid in statements]


def filtered_out(refused: Draft, excluded: Sequence[Statement]) -> Draft:
    """The refusal for a question that the caller's filters (speakers=, kinds=) leave without an
    answer although statements outside them answer it: it names those speakers and says how to
    see them. `excluded` are the statements an unfiltered answer quotes (`quoted_statements`);
    none: the refusal as it was.

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
