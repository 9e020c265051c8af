"""The answering stage: a question (and the conversation so far) in, an `Answer` out.

    from hrcqa.answer.answerer import Answerer, ask
    answerer = Answerer.load()                  # or Answerer(retriever)
    answer = answerer.ask("Which delegations called for abolishing the death penalty?")
    answer = answerer.ask("And Germany?", history=[("What did France say about detention?", "…")])
    answer = ask("How many political prisoners remain?")   # default index, one shared answerer

By default answers are extractive and deterministic (no model but the sentence encoder, no
network): the answer is a short templated lead followed by verbatim sentences of the
statements, each marked `[n]`; `Answer.citations[n-1]` gives the quote, its speaker and its
source span. A wrong attribution is worse than no answer, so when no sentence clears the
calibrated threshold the answer is a refusal ("The summary does not say …") with the closest
passages in `related`, labelled as related. Follow-ups are resolved from the history first
(`hrcqa.question.followups`). With `Settings.llm_url` set, a model may rephrase the extractive answer
(`hrcqa.answer.generative`); its output is verified and replaced by the extractive one on any doubt.

`Answer.question_type` is the strategy that answered (`who_said`, `speaker`, `figure`,
`asked_panel`, `single`; see `hrcqa.question.intent`), `meeting` for a question about the meeting
itself (who spoke, how many, in what order, roles, members; `hrcqa.question.meeting`, answered
from the parsed records by `hrcqa.answer.meeting` before any sentence search, and never rewritten
by a model), or `unanswerable` for a refusal, whose notes say how the question was read.

An `Answerer` is safe to share between threads: nothing changes after construction. The
sentence evidence is part of the index (`hrcqa build`), so a question costs one query encoding.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

import numpy as np

from hrcqa.answer.absence import both, but_not, did_not
from hrcqa.answer.claims import label_given
from hrcqa.answer.composing import Draft, Quote, Section, render
from hrcqa.answer.deeds import own_deeds
from hrcqa.answer.identity import identity
from hrcqa.answer.meeting import answer_meeting
from hrcqa.answer.records import MEETING
from hrcqa.answer.restricting import allowed_statements, other_kinds, widened
from hrcqa.answer.scoring import Scored, names_a_person, score_sentences
from hrcqa.answer.strategies import (
    Calibration,
    asked_panel,
    figure,
    filtered_out,
    quoted_statements,
    refusal,
    single,
    speaker,
    who_said,
)
from hrcqa.answer.yesno import is_yes_no, names_topic, negated, no_mention
from hrcqa.config import Settings
from hrcqa.corpus.roster import speakers_by_kind
from hrcqa.index.neighbours import unrelated_words
from hrcqa.index.sentences import SentenceBank
from hrcqa.models import Answer, Citation, Document, Hit, Passage
from hrcqa.question.described import Description
from hrcqa.question.followups import cap_history
from hrcqa.question.framing import without_figures
from hrcqa.question.intent import names_council_vote
from hrcqa.question.meeting import MeetingRequest
from hrcqa.question.query import validate_kinds
from hrcqa.question.reading import Reading
from hrcqa.search.retriever import Retriever, clean_query
from hrcqa.text.countries import country_named
from hrcqa.text.dates import long_date
from hrcqa.text.grammar import kind_heading, with_article
from hrcqa.text.markers import marker_numbers
from hrcqa.text.terms import acronym_phrases, with_expansions
from hrcqa.text.tokenize import tokenize

log = logging.getLogger("hrcqa")
RELATED = 3


class Answerer:
    """Answer questions over one retriever's statements; see the module docstring."""

    def __init__(self, retriever: Retriever, calibration: Calibration | None = None,
                 settings: Settings | None = None) -> None:
        self.retriever = retriever
        self.settings: Settings = settings or retriever.settings
        self.calibration = calibration or Calibration()
        self.statements = retriever.statements
        self.documents = _documents(retriever.index.manifest)
        self._passages_of: dict[str, list[Passage]] = {}
        for passage in retriever.passages:
            self._passages_of.setdefault(passage.statement_id, []).append(passage)

    @classmethod
    def load(cls, settings: Settings | None = None, rebuild: bool = False) -> Answerer:
        """An answerer over the index of `settings` (built if missing, rebuilt if stale and asked)."""
        return cls(Retriever.load(settings=settings or Settings(), rebuild=rebuild))

    @property
    def bank(self) -> SentenceBank:
        """Every sentence with its vectors and terms, as `hrcqa build` stored them in the index."""
        return self.retriever.index.sentences

    def ask(self, question: str, history: Sequence[Sequence[str]] | None = None,
            speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> Answer:
        """Answer a question, resolving follow-ups from `history` [(question, answer), ...];
        a turn may add its `Answer.resolved_question` as a third item, which saves re-reading
        the turns before it.

        Only the last `Settings.max_history_turns` turns within `max_history_chars` are read
        (older ones are dropped, with a note), so no history makes a question expensive.

        `speakers`/`kinds` restrict the answer like the retriever's filters do.
        >>> Answerer(retriever).ask("What did Slovenia ask?").question_type
        'asked_panel'
        """
        text = clean_query(question, self.settings.max_query_chars)
        turns, capped = cap_history(history, self.settings.max_history_turns,
                                    self.settings.max_history_chars)
        reading = self.retriever.read(text, turns)
        found = self._described(text, reading.described) if reading.described and not (speakers or kinds) \
            else None
        if found:
            return found
        restrict = reading.followup.restrict_to if reading.followup else []
        # "Who else ...?" leaves out the speakers just named; "Which delegations urged the
        # Belarusian authorities ...?" the one urged.
        set_aside = reading.set_aside
        exclude = set_aside + (reading.addressed if reading.type == "who_said" else [])
        if reading.meeting:  # "who else signed onto the law society one": its partners, not it left out
            exclude = [sid for sid in exclude if sid not in reading.speakers]
        if exclude and not restrict:
            restrict = [sid for sid in self.statements if sid not in exclude]
        if reading.meeting and reading.followup and reading.followup.restrict_to and not speakers:
            # "which of them delivered joint statements?": when none did, say so, then who did
            meeting = reading.meeting
            draft = widened(reading, self.statements, restrict,
                            lambda only: self._meeting(meeting, list(only), speakers, kinds), fact=True)
        elif reading.meeting:
            draft = self._meeting(reading.meeting, restrict, speakers, kinds)
        else:
            # "Which of them ...?": the strategies say so when none of those speakers qualify.
            followup = bool(reading.followup and reading.followup.restrict_to) and not speakers
            filtered, restrict = self._filtered(reading, restrict, speakers, kinds)
            if speakers and filtered.type == "speaker" and not filtered.speakers:
                draft = refusal("speaker", "the speaker filter excludes the speaker the question names")
            else:
                draft = self._draft(filtered, restrict, followup)
            if reading.absent and filtered.type == "who_said":  # "Which NGOs did not mention X?"
                draft = self._did_not(filtered, draft, restrict)
            elif (reading.also or reading.but_not) and filtered.type == "who_said":
                draft = self._pair(filtered, draft, restrict)  # "both X and Y", "X but not Y"
            elif not draft.answerable and not (speakers or kinds) and reading.type == "who_said" \
                    and reading.kinds and not restrict:
                # the question's own kinds, not a caller's filter: "Which countries mentioned the ICC?"
                others = self._draft(reading.model_copy(update={"kinds": []}), restrict, followup)
                draft = other_kinds(reading, others) if others.answerable else draft
            if not draft.answerable and not (speakers or kinds):
                # "Did anyone mention the Olympics?": no; "anyone else?": no other statement
                draft = no_mention(filtered, draft, [self.statements[sid].speaker for sid in set_aside
                                                     if sid in self.statements])
            if not draft.answerable and (speakers or kinds):
                draft = filtered_out(draft, quoted_statements(self._draft(reading, [], False),
                                                              self.statements))
            denied = draft.lead.startswith(("No:", "No.", "Not clearly:"))
            if denied and filtered.type == "speaker" and not (speakers or kinds):
                draft = self._said_instead(filtered, draft)
            reading = filtered
        if reading.followup and reading.followup.confirms:  # "was Poland one of them?"
            draft = _confirmed(draft)
        notes = _notes(reading) + draft.notes + ([capped] if capped else [])
        return self._finish(text, reading, draft, notes)

    def _did_not(self, intent: Reading, did: Draft, restrict: list[str]) -> Draft:
        """"Which NGOs did not mention the death penalty?": those asked about whose statements
        neither answer "which NGOs did" (`did`) nor touch the topic (`_touching`)."""
        asked = allowed_statements(intent, self.statements, restrict)
        return did_not(intent.absent, intent.topic, intent.kinds, did, self._touching(intent.topic, asked),
                       asked, self.statements)

    def _pair(self, intent: Reading, first: Draft, restrict: list[str]) -> Draft:
        """"who mentioned both torture and the death penalty" (those in both lists), "torture but
        not the death penalty" (the first list, less those touching the second)."""
        second = intent.also or intent.but_not
        if intent.also:
            other = self._draft(intent.model_copy(update={"topic": second, "also": ""}), restrict, False)
            return both(intent.topic, second, intent.kinds, first, other, self.statements)
        asked = allowed_statements(intent, self.statements, restrict)
        return but_not(intent.topic, second, intent.kinds, first, self._touching(second, asked),
                       self.statements)

    def _touching(self, topic: str, asked: Sequence[str]) -> set[str]:
        """The statements that come near a topic (what a who-said list would name if no statement
        said it more clearly: `support`) or name its head words in any sentence."""
        scored, _put = self.scored(topic)
        near = {sid for sid, _i, score in scored.best(asked) if score >= self.calibration.support}
        return near | {sid for sid in asked if any(names_topic(self.bank.sentences[int(i)].text, topic)
                                                   for i in self.bank.of_statement(sid))}

    def _described(self, question: str, described: Description) -> Answer | None:
        """Answer a question about a speaker it describes ("the NGO about violence against
        women, what do they ask?"): find the one speaker `described.lookup` names, then ask
        `described.rest` of it, as a follow-up to that answer. When no statement fits the
        description, the answer says so (the lookup's refusal); when several do, None, and the
        question is answered as it stands."""
        lookup = self.ask(described.lookup, kinds=described.kinds or None)
        if not lookup.answerable:  # "the NGO about the Olympics": none is
            note = f'looked for "{described.described}" first: {described.lookup}'
            return lookup.model_copy(update={"question": question, "notes": [note, *lookup.notes]})
        found = list(dict.fromkeys(c.statement_id for c in lookup.citations))
        if len(found) != 1:
            return None
        speaker = self.statements[found[0]]
        turn = (lookup.question, lookup.answer, lookup.resolved_question)
        rest = described.rest
        if self.retriever.read(rest, [turn]).speakers != found:  # "how many have died": by it
            rest = f"{rest.rstrip(' ?.!')} according to {speaker.name}?"
        answer = self.ask(rest, history=[turn])
        note = (f'first "{described.lookup}": {speaker.speaker}' if described.compound else
                f'"{described.described}" read as {speaker.speaker}, the one whose statement says it most '
                f'clearly')
        return answer.model_copy(update={"question": question, "notes": [note, *answer.notes],
                                         "understood": [note, *answer.understood]})

    def _filtered(self, intent: Reading, restrict: list[str], speakers: Sequence[str] | None,
                  kinds: Sequence[str] | None) -> tuple[Reading, list[str]]:
        """Apply the caller's filters: speakers (QueryError if unknown) narrow both the
        speakers the question names and the statements it may draw on; kinds replace its own."""
        if speakers:
            restrict = [r.statement_id for r in self.retriever.directory.resolve(list(speakers))]
            intent = intent.model_copy(update={
                "speakers": [s for s in intent.speakers if s in restrict]})
        if kinds:
            intent = intent.model_copy(update={"kinds": validate_kinds(list(kinds))})
        return intent, list(restrict)

    def _meeting(self, request: MeetingRequest, restrict: list[str], speakers: Sequence[str] | None,
                 kinds: Sequence[str] | None) -> Draft:
        """A question about the meeting itself, answered from the parsed records; the caller's
        filters narrow the statements, and its kinds replace the question's."""
        if speakers:
            restrict = [r.statement_id for r in self.retriever.directory.resolve(list(speakers))]
        if kinds:
            request = request.model_copy(update={"kinds": validate_kinds(list(kinds))})
        statements = {sid: s for sid, s in self.statements.items() if (not restrict or sid in restrict)
                      and (not kinds or s.kind in request.kinds)
                      and sid not in request.excluded and s.kind not in request.excluded_kinds}
        return answer_meeting(request, statements, self.documents, self.bank.sentences)

    def _draft(self, intent: Reading, restrict: list[str], followup: bool) -> Draft:
        if intent.unknown_speaker and not intent.speakers:
            return self._absent(intent)
        if intent.after_meeting:
            return refusal(intent.type, f"it records only what was said at the dialogue"
                           f"{self._date()}, not what happened afterwards")
        if intent.council_vote and not self._records_council_vote():
            # "What was the result of the vote on renewing the mandate?": taken at the end of a
            # session; no sentence on the mandate says how it went
            return refusal(intent.type, f"it records what was said at the dialogue{self._date()}, and no "
                           f"statement mentions a vote of the Council on a resolution or a mandate")
        if intent.type in ("figure", "speaker") and intent.speakers and is_yes_no(intent.question):
            # "Did Czechia put the number of political prisoners at 1,200?": its figure is looked for
            # without the claimed one (`figure` and `verdict` compare them)
            intent = intent.model_copy(update={"topic": without_figures(intent.topic)})
        scored, put = self.scored(intent.topic or intent.question)
        scored = self._also_as_set_aside_said(intent, scored)
        if intent.names_people:  # "who named specific journalists": a sentence naming a person answers
            scored = scored.only(self._names_a_person(intent.question))
        if intent.deeds:  # "What measures has New Zealand taken?": sentences of what it did itself
            deeds = self._own_deeds()
            asked = [int(i) for sid in (intent.speakers or self.statements)
                     for i in self.bank.of_statement(sid)]
            if deeds[asked].any():
                scored = scored.only(deeds)
        if intent.title:  # "Who is the President of Belarus?"
            return identity(intent, scored, self.statements)
        strategy = {"who_said": who_said, "figure": figure, "asked_panel": asked_panel,
                    "single": single}.get(intent.type)
        if strategy is None:
            draft = speaker(intent, scored, self.statements, self.calibration)
        elif strategy is who_said and (unsaid := self._name_never_used(intent, put)):
            # "Who called Lukashenko a dictator?": whoever speaks of him, no statement gives him a
            # name the summary never uses, nor a word near it
            draft = refusal("who_said", f"no statement uses the word “{unsaid}” or one near it")
        elif strategy is who_said:  # "which of them called for X?" asks them something new
            vouched = not (intent.followup and intent.followup.asks_anew)
            draft = who_said(intent, scored, self.statements, self.calibration, restrict, followup, vouched)
        else:
            draft = strategy(intent, scored, self.statements, self.calibration, restrict, followup)
        if put and draft.answerable:  # "doctor" counted as "medical": an assumption to show
            assumed = [f'counted "{word}" as "{noun}", the nearest word the summary uses'
                       for word, noun in put.items()]
            draft = draft.model_copy(update={"understood": [*draft.understood, *assumed]})
        return draft

    def _name_never_used(self, intent: Reading, put: dict[str, str]) -> str:
        """The noun of the name a naming question asks who gave ("who called Lukashenko a
        dictator": `label_given`) when no sentence holds it in any form and it is not counted as a
        nearest noun the summary uses (`put`); "" otherwise."""
        label = label_given(intent.question)
        return next((noun for noun in self.bank.unknown_nouns(label) if noun not in put), "") if label else ""

    def _also_as_set_aside_said(self, intent: Reading, scored: Scored) -> Scored:
        """"Who else credited Washington?": the topic, and also what a speaker the question leaves
        out said of it, in that speaker's words. Its clearest sentence on the topic, if that
        reaches `support`, joins the topic's vector, so a sentence that says the same otherwise
        ("facilitated through US mediation") is found; each sentence keeps the better score."""
        if intent.type != "who_said" or not intent.set_aside:
            return scored
        said = [row for row in scored.best(intent.set_aside) if row[2] >= self.calibration.support]
        if not said:
            return scored
        alike, _put = self.scored(intent.topic or intent.question, example=self.bank.vectors[said[0][1]])
        return scored.or_better(alike)

    def scored(self, topic: str, example: np.ndarray | None = None) -> tuple[Scored, dict[str, str]]:
        """Every sentence's relevance to a topic (`score_sentences`), and the topic's nouns that
        the summary never uses which the lexical signal counted as the nearest one it does
        (`_read_topic`). An `example` sentence's vector, if given, is added to the topic's."""
        vector, lexical_text, unrelated, put = self._read_topic(topic)
        if example is not None:
            vector = (vector + example) / max(float(np.linalg.norm(vector + example)), 1e-12)
        return score_sentences(self.bank, vector, topic, self.calibration.lexical_weight,
                               lexical_text=lexical_text, absent=unrelated), dict(put)

    @functools.lru_cache(maxsize=64)  # noqa: B019 (one answerer per index, kept for the process)
    def _read_topic(self, topic: str) -> tuple[np.ndarray, str, tuple[str, ...], dict[str, str]]:
        """The topic's vector, its text for the lexical signal and the words counted as held by no
        sentence (`score_sentences`), and its nouns put as others: those the summary never uses,
        as the nearest one it does ("doctor": "medical", `SentenceBank.with_neighbours`), and
        those it holds only as an unrelated word of their stem ("executions": "executive",
        `unrelated_words`). One encoder call: the topic, spelt out where it uses an acronym most
        statements write in full ("Belarus's forthcoming UPR"), those nouns and the words of
        their stem. Kept per topic, so a second scoring of it ("who else", `_also_as_set_aside_said`)
        encodes nothing."""
        unknown = self.bank.unknown_nouns(topic)
        held = self.bank.stem_only_nouns(topic)  # "executions", held only as "executive"
        words = [*unknown, *held]
        vectors = self.retriever.encoder.encode([with_expansions(topic, self._acronym_phrases()), *words,
                                                 *(other for others in held.values() for other in others)])
        unrelated = unrelated_words(held, vectors[1 + len(unknown):])
        put_for = [i for i, word in enumerate(words) if i < len(unknown) or word in unrelated]
        lexical_text, put = self.bank.with_neighbours(topic, [words[i] for i in put_for],
                                                      vectors[1:][put_for])
        vector = np.array(vectors[0], dtype=np.float32)
        vector.flags.writeable = False
        return vector, lexical_text, tuple(unrelated), put

    @functools.lru_cache(maxsize=64)  # noqa: B019 (one answerer per index, kept for the process)
    def _names_a_person(self, question: str) -> np.ndarray:
        """Which sentences name a person other than a speaker, a representative ("Ihar Losik")
        or one the question names."""
        return names_a_person(self.bank, (n for s in self.statements.values()
                                          for n in (s.speaker, s.representative, *s.joint_with) if n),
                              asked=question)

    @functools.lru_cache(maxsize=1)  # noqa: B019 (one answerer per index, kept for the process)
    def _acronym_phrases(self) -> dict[str, list[str]]:
        """The acronyms the statements use and the phrases that spell them out there, but the
        names of speakers and States ("the EU" is named as it is, and found by its name)."""
        names = {n.lower() for s in self.statements.values() for n in (s.name, s.speaker, s.acronym) if n}
        return {acronym: phrases for acronym, phrases in
                acronym_phrases("\n".join(s.text for s in self.bank.sentences)).items()
                if acronym not in names and not any(p.lower() in names or country_named(p) for p in phrases)}

    @functools.lru_cache(maxsize=1)  # noqa: B019 (one answerer per index, kept for the process)
    def _records_council_vote(self) -> bool:
        """Whether a sentence of the summary mentions a vote of the Council on a resolution or a
        mandate, or a renewed mandate (`names_council_vote`)."""
        return any(names_council_vote(sentence.text) for sentence in self.bank.sentences)

    @functools.lru_cache(maxsize=1)  # noqa: B019 (one answerer per index, kept for the process)
    def _own_deeds(self) -> np.ndarray:
        """Which sentences report what their own speaker did (`hrcqa.answer.deeds`)."""
        return own_deeds([(s.statement_id, s.text) for s in self.bank.sentences], self.statements)

    def _said_instead(self, intent: Reading, denied: Draft) -> Draft:
        """"Is it true Poland said X?" when Poland's statement does not address X, or not clearly:
        the no, then the speakers whose statements do say it, as a who-said list would name them (a
        misattributed claim is answered with its real source). Only for a claim checked
        (`Reading.checks_claim`): "Did Poland mention X?" gets the no alone, so that "which of
        them ...?" after it still means the speakers of the list before."""
        if not (intent.checks_claim and is_yes_no(intent.question) and intent.topic):
            return denied
        others = [sid for sid in self.statements if sid not in intent.speakers]
        asked = intent.model_copy(update={"type": "who_said", "speakers": [], "who_question": True})
        instead = self._draft(asked, others, False)
        # only those whose quote says it (`_says`): not "thank the Group" for "the ICJ said the
        # bar association is independent" (the International Bar Association's name)
        listed = list(dict.fromkeys(q.statement_id for q in instead.quotes))
        saying = [sid for sid in listed
                  if any(self._says(q, intent) for q in instead.quotes if q.statement_id == sid)]
        if saying != listed:
            instead = self._draft(asked, saying, False) if saying else \
                instead.model_copy(update={"sections": []})
        if not instead.answerable or not instead.sections:
            return denied
        return denied.model_copy(update={
            "sections": [*denied.sections, Section(heading="Other speakers do:", lines=[]),
                         *instead.sections],
            "notes": [*denied.notes, "said instead by other speakers"]})

    def _says(self, quote: Quote, intent: Reading) -> bool:
        """Whether a quoted sentence says what a claim says: with the speakers' names left out, it
        holds at least half of the claim's content words ("thank the Group" is not "the bar
        association is independent", though "International Bar Association" is named) and agrees
        with the question in negation (`negated`)."""
        text = self.statements[quote.statement_id].text[quote.start:quote.end]
        for name in self._speaker_names:
            text = text.replace(name, " ")
        terms, topic = set(tokenize(intent.topic)), intent.topic
        return 2 * len(terms & set(tokenize(text))) >= len(terms) > 0 \
            and negated(text, topic) == negated(intent.question, topic)

    @functools.cached_property
    def _speaker_names(self) -> tuple[str, ...]:
        """Every speaker's names and acronyms, longest first."""
        names = {n for s in self.statements.values()
                 for n in (s.speaker, s.name, s.acronym, *s.joint_with) if n}
        return tuple(sorted(names, key=len, reverse=True))

    def _absent(self, intent: Reading) -> Draft:
        by_kind = [f"{kind_heading(kind, len(names))}: {', '.join(names)}"
                   for kind, names in speakers_by_kind(self.statements.values()).items()]
        reason = (f"{with_article(intent.unknown_speaker)} did not take the floor in this dialogue; the "
                  f"summary records no statement by it. Speakers who did: {'; '.join(by_kind)}")
        notes = [f"absent speaker: {intent.unknown_speaker}"]
        if is_yes_no(intent.question):  # "Did Kazakhstan mention torture?": no, it did not speak
            return Draft(question_type=intent.type, lead=f"No: {reason}.", notes=notes)
        return refusal(intent.type, reason, notes=notes)

    def _date(self) -> str:
        documents = self.retriever.index.manifest.get("documents") or [{}]
        day = long_date(documents[0].get("date", ""))
        return f" of {day}" if day else ""

    def _related(self, question: str) -> list[Hit]:
        try:
            return self.retriever.search(question, k=RELATED)
        except Exception as error:  # noqa: BLE001 - related passages are a courtesy, never fatal
            log.warning("hrcqa: no related passages (%s)", error)
            return []

    def _finish(self, question: str, reading: Reading, draft: Draft, notes: list[str]) -> Answer:
        resolved, understood = reading.question, reading.understood() + draft.understood
        if not draft.answerable:
            related = self._related(resolved)
            closing = " The closest passages are listed as related, not as an answer." \
                if related else ""
            opening = "No answer with these filters" if any(
                n.startswith("filtered out:") for n in draft.notes) else "The summary does not say this"
            return Answer(question=question, resolved_question=resolved, answerable=False,
                          question_type="unanswerable",
                          answer=f"{opening}: {draft.lead}.{closing}",
                          related=related, notes=notes, understood=understood)
        text, citations = render(draft, self.statements, self._passages_of)
        if self.settings.llm_url and draft.question_type != MEETING:  # records, not passages
            from hrcqa.answer.generative import rewrite

            text, citations, llm_notes = rewrite(resolved, text, citations, self.settings,
                                                 self.retriever.directory)
            notes = notes + llm_notes
        return Answer(question=question, resolved_question=resolved, answer=text,
                      answerable=True, question_type=draft.question_type, citations=citations,
                      speakers=cited_speakers(text, citations), notes=notes, understood=understood)


def cited_speakers(text: str, citations: Sequence[Citation]) -> list[str]:
    """Distinct speakers of the citations, in the order their markers appear in the text; a
    joint statement's speaker is followed by its co-presenters (`Citation.jointly_with`). A
    co-presenter that also spoke on its own is listed once, where it first appears.

    >>> from hrcqa.models import Citation
    >>> omct = Citation(n=1, speaker="OMCT", kind="ngo", quote="...", statement_id="d/omct",
    ...                 passage_id="d/omct#0", document_id="d", start=0, end=3,
    ...                 jointly_with=["FIDH", "Viasna"])
    >>> cited_speakers("OMCT said so [1].", [omct])
    ['OMCT', 'FIDH', 'Viasna']
    """
    by_number = {c.n: [c.speaker, *c.jointly_with] for c in citations}
    return list(dict.fromkeys(name for n in marker_numbers(text) if n in by_number
                              for name in by_number[n]))


def _documents(manifest: dict) -> list[Document]:
    """The documents an index's manifest describes (fields this version does not know dropped)."""
    fields = Document.model_fields
    return [Document.model_validate({"path": "", "sha256": ""} | {k: v for k, v in entry.items()
                                                                  if k in fields})
            for entry in manifest.get("documents") or [] if "id" in entry]


def _notes(reading: Reading) -> list[str]:
    if reading.meeting:
        notes = [f"question type: meeting ({reading.meeting.asks})"]
    else:
        notes = [f"question type: {reading.type}" + (f" ({reading.figure})" if reading.figure else "")]
    followup = reading.followup
    if followup and followup.changed:
        notes.append(f"resolved from the conversation: {followup.question}")
    if followup and followup.note:
        notes.append(followup.note)
    return notes


@functools.lru_cache(maxsize=1)
def default_answerer() -> Answerer:
    """One answerer over the default index (`Settings()`), shared by `ask`."""
    return Answerer.load()


def ask(question: str, history: Sequence[Sequence[str]] | None = None) -> Answer:
    """Answer with the default index: `ask("What did Slovenia ask?")`."""
    return default_answerer().ask(question, history=history)


__all__ = ["Answerer", "Calibration", "ask"]


def _confirmed(draft: Draft) -> Draft:
    """The answer to "was X one of them?", asked as the previous question restricted to X:
    "Yes." before X's own answer; "No:" before the note that X does not address it."""
    if draft.preface:
        return draft.model_copy(update={"preface": f"No: {draft.preface}"})
    return draft.model_copy(update={"lead": f"Yes. {draft.lead}"}) if draft.answerable else draft
