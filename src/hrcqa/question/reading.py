"""The question-reading stage: a question and the conversation so far in, one `Reading` out.

Every later stage reads the `Reading` and none parses the question again: the retriever's
filters (`Retriever.read`, `Retriever.analyze`), every answer strategy, the meeting-facts
answers and the app's "Understood as" line. In order:

0. contractions written out ("whats", "dont"), an opening acknowledgement dropped ("oh ok, and
   norway?"), and a question tag read as the yes/no question it asks ("Poland said X, didn't
   it?") (`hrcqa.question.words`), and what frames the question read away: a phrase or a
   sentence before it, a move to another topic, a topic or speaker put first and pointed back
   to (`hrcqa.question.framing`);
1. spelling: words that are neither in the corpus nor English are corrected against the
   corpus vocabulary (`hrcqa.question.spelling`), and each correction is recorded;
2. follow-ups: an elliptical turn is rewritten from the turns before it
   (`hrcqa.question.followups`);
3. meeting facts: a question about the meeting itself (who spoke, how many, order, roles,
   members) is recognised (`hrcqa.question.meeting`) and answered from the parsed records;
4. intent: the question type, the speakers named as speakers (the filter), the names mentioned
   as topic (never a filter), kinds, topic and figure (`hrcqa.question.intent`,
   `hrcqa.question.positions`).

Pure: the directory and the speller are read, never changed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol

from pydantic import computed_field

from hrcqa.models import KIND_LABELS
from hrcqa.question.described import Description, described_speaker
from hrcqa.question.followups import FollowUp, resolve_followup
from hrcqa.question.framing import checks_claim, unframed
from hrcqa.question.intent import Intent, read_intent
from hrcqa.question.meeting import NOUN_JOINER, MeetingRequest, by_place, kinds_of, read_meeting
from hrcqa.question.naming import Named, names_in
from hrcqa.question.query import Resolution, SpeakerDirectory
from hrcqa.question.spelling import Correction, question_words
from hrcqa.question.words import (
    EXCLUDING,
    declarative_question,
    in_own_capacity,
    left_out,
    plain_question,
    without_own_statement,
)


class Corrector(Protocol):
    """Anything that corrects a question's spelling (`hrcqa.question.spelling.Speller`)."""

    def correct(self, question: str) -> tuple[str, list[Correction]]: ...


class Reading(Intent):
    """How a question was understood. `question` is the question to answer (corrected and
    resolved from the conversation); `asked` is what the user typed. `speakers` (statement ids)
    filter the answer; `entities` are names in the topic and never filter. For a question about
    the meeting itself `type` is "meeting" and `meeting` says which fact it asks for."""

    asked: str
    who_question: bool = False
    meeting: MeetingRequest | None = None
    followup: FollowUp | None = None
    corrections: list[Correction] = []
    excluded: list[str] = []  # statement ids a who-question leaves out ("Apart from the EU, who ...")
    excluded_names: list[str] = []  # their speakers' names, for `understood`
    # "the NGO about violence against women, what do they ask": a speaker to find first
    described: Description | None = None
    checks_claim: bool = False  # "Is it true Poland said X?": a no names who did say it
    # "Which NGOs did not mention the death penalty?": the speakers of the kinds asked that did not
    # ("did not mention the death penalty", as asked); the rest of the reading is of the question
    # that asks who did
    absent: str = ""
    # "who mentioned both torture and the death penalty": the second topic each must also address
    # (`topic` is the first); "torture but not the death penalty": the one each must not address
    also: str = ""
    but_not: str = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def query(self) -> str:
        """The question as asked (the field `Retriever.analyze` has always returned)."""
        return self.asked

    @property
    def set_aside(self) -> list[str]:
        """The statement ids a who-question leaves out: the speakers the previous answer named
        ("Who else ...?") and those the question leaves out itself ("Apart from the EU, ...")."""
        return (self.followup.exclude if self.followup else []) + self.excluded

    def understood(self) -> list[str]:
        """What was assumed, one short item each, for the app's "Understood as" line and the
        answer's notes: corrections, the speaker filter, names read as topic.

        >>> from hrcqa.question.spelling import Speller
        >>> speller = Speller.from_statements(directory.statements.values())
        >>> reading = read_question("What did the helsinki comittee say?", None, directory, speller)
        >>> print(*reading.understood(), sep="\\n")
        corrected "comittee" to "committee"
        speaker: National Human Rights Civic Association 'Belarusian Helsinki Committee'
        """
        items = [f'{"read" if c.acronym else "corrected"} "{c.original}" {"as" if c.acronym else "to"} '
                 f'"{c.corrected}"' for c in self.corrections]
        if self.speakers:
            # "member of the Nordic-Baltic states" helps; "co-presenter with" the same name does not.
            names = "; ".join(dict.fromkeys(
                r.speaker + (f" ({r.via})" if r.via and not r.via.startswith("co-presenter") else "")
                for r in self.mentioned))
            other = [n for n in self.named_as if not any(n.lower() in r.speaker.lower() or
                                                         n.lower() == (r.member or "").lower()
                                                         for r in self.mentioned)]
            items.append(f"speaker: {names}" + (f' (named as "{", ".join(other)}")' if other else ""))
        elif self.kinds and self.type not in ("meeting",):
            items.append("only: " + ", ".join(KIND_LABELS[kind] for kind in self.kinds))
        if self.entities:
            items.append("named in the topic, not as speaker: " + ", ".join(dict.fromkeys(self.entities)))
        if self.excluded:
            items.append("leaving out: " + ", ".join(self.excluded_names))
        if self.absent:
            items.append("who did not: those asked about, less those whose statements address it")
        if self.also:
            items.append(f"both: “{self.topic}” and “{self.also}”, each")
        if self.but_not:
            items.append(f"“{self.topic}”, less those that address “{self.but_not}”")
        return items


# what the parsed records say of a speaker (its role, title, what it presented), which a meeting
# answer gives with the speaker it names
_OF_THE_RECORDS = re.compile(r"\b(?:title|role|job|position|function|capacity|present(?:s|ed)?|"
                             r"represent(?:s|ed)?|name)\b", re.I)


def read_question(question: str, history: Sequence[Sequence[str]] | None,
                  directory: SpeakerDirectory, speller: Corrector | None = None) -> Reading:
    """Read a question, in the conversation `history` [(question, answer[, resolved]), ...].

    >>> reading = read_question("Which NGO said Belarus misuses extremism laws?", None, directory)
    >>> reading.type, reading.speakers, reading.entities, reading.kinds
    ('who_said', [], ['Belarus'], ['ngo'])
    >>> read_question("How many people are in exile? what number did Germany give", None, directory).question
    'what number did Germany give for people are in exile?'
    """
    # "whats her role": "what is her role"; before spelling, which would make "dont" "done"
    # "oh ok, and norway?": "and norway?"; "Poland said X, didn't it?": "Did Poland said X?";
    # "Iceland is part of the group or not?": "Is Iceland part of the group?"
    # "did britain ask the jury anything": "the jury" is the panel of experts
    text, corrections = _prepared(question, directory, speller)
    text = _second_of_two(text, directory)
    # "what did the second expert say?": what Ms. Monika Płatek said
    text, placed = by_place(text, directory, spoken=not history)
    corrections = (*corrections, *(Correction(original=phrase, corrected=name, acronym=True,
                                              start=(at := max(0, question.find(phrase))),
                                              end=at + len(phrase))
                                   for phrase, name in placed))
    # "the ngo that called exile weaponised - what number did it give": "it" is that NGO, not
    # a speaker of the turns before
    described = described_speaker(question_words(plain_question(question))[0])  # before its framing is read
    if described and described.compound and _OF_THE_RECORDS.search(described.rest) and \
            read_meeting(text, directory):
        described = None  # "who opened the hearing and what did she present": the records answer both
    # each earlier turn is read the same way ("For my note on X, which ...": which ...)
    followup = FollowUp(question=text) if described else resolve_followup(
        text, history, directory,
        prepare=lambda turn: _second_of_two(_prepared(turn, directory, speller)[0], directory))
    meeting = _of_kind_before(read_meeting(followup.question, directory), history, directory)
    intent = read_intent(followup.question, directory)
    not_done = _NOT_DONE.match(followup.question) if intent.type == "who_said" and not meeting else None
    # "Which NGOs did not mention X?" is read as "Which NGOs did mention X?", "who never raised X" as
    # "who raised X"
    aux = (not_done.group("aux") or "").lower() if not_done else ""
    verb = aux if aux in ("has", "have", "had") else "did" if aux else ""  # "have not mentioned": "have"
    done = read_intent(" ".join(f"{not_done.group('who')} {verb} {not_done.group('rest')}".split()),
                       directory) if not_done else None
    absent = ""
    if not_done and done and done.type == "who_said":
        intent = done
        absent = " ".join(followup.question[not_done.end("who"):].rstrip(" ?.!").split())
    pair = _BOTH.match(intent.topic) or _BUT_NOT.match(intent.topic) if intent.type == "who_said" else None
    if pair:  # "who mentioned both torture and the death penalty", "torture but not the death penalty"
        intent = intent.model_copy(update={"topic": pair.group("first")})
    excluded: list[str] = []
    if not meeting:  # "Apart from the EU, who called for ...?": a who-question without the EU
        intent, excluded = _leaving_out(followup.question, intent, directory)
    fields = dict(intent)
    if meeting:  # the speakers it names are the ones it asks about, not its topic
        named = {n.name.lower() for n in meeting.speakers}
        fields |= {"type": "meeting", "speakers": [n.statement_id for n in meeting.speakers],
                   "kinds": meeting.kinds, "unknown_speaker": meeting.unknown,
                   "mentioned": [Resolution(statement_id=n.statement_id,
                                            speaker=directory.statements[n.statement_id].speaker,
                                            via=_via(n, directory),
                                            member=n.name if n.via == "member" else None)
                                 for n in meeting.speakers],
                   "named_as": [n.name for n in meeting.speakers if n.via != "kind"],
                   "entities": [e for e in intent.entities if e.lower() not in named and not any(
                       e.lower() in n.name.lower() for n in meeting.speakers if n.via == "kind")]}
    who = intent.type == "who_said" or (intent.type == "asked_panel" and not intent.speakers)
    return Reading(**fields, asked=question, who_question=who, meeting=meeting, followup=followup,
                   corrections=list(corrections), excluded=excluded, checks_claim=checks_claim(question),
                   absent=absent, also=pair.group("second") if pair and pair.re is _BOTH else "",
                   but_not=pair.group("second") if pair and pair.re is _BUT_NOT else "",
                   excluded_names=[directory.statements[sid].speaker for sid in excluded],
                   described=described if described and not intent.speakers else None)


# two topics a who-question joins: each speaker must address both, or the first but not the second
_BOTH = re.compile(r"^\s*both\s+(?P<first>\S.*?)\s+and\s+(?P<second>\S.*?)\s*$", re.I)
_BUT_NOT = re.compile(r"^\s*(?P<first>\S.*?)\s*,?\s+but\s+not\s+(?:about\s+|on\s+)?"
                      r"(?P<second>\S.*?)\s*$", re.I)
# "Which NGOs did not mention the death penalty?", "who never raised torture": who did not
_NOT_DONE = re.compile(r"^(?P<who>\s*(?:and\s+)?(?:who\s+|which\s+(?:[\w-]+\s+){1,2}?))"
                       r"(?:(?P<aux>did|does|do|has|have|had)\s+not|never)\s+(?P<rest>\w.*)$", re.I)


@functools.lru_cache(maxsize=1024)
def _prepared(question: str, directory: SpeakerDirectory, speller: Corrector | None
              ) -> tuple[str, tuple[Correction, ...]]:
    """Steps 0 and 1: the question in plain words, without its framing, its spelling corrected
    (remembered, so immutable: a chat sends its earlier turns again with every request)."""
    # "wich countries asked X?": the question word first, before it is read as a statement
    asked, openings = question_words(plain_question(question))
    text = without_own_statement(in_own_capacity(declarative_question(unframed(asked, directory))))
    corrected, corrections = speller.correct(text) if speller else (text, [])
    return _possessives(corrected, directory), tuple(openings + corrections)


@functools.lru_cache(maxsize=1024)
def _second_of_two(text: str, directory: SpeakerDirectory) -> str:
    """Two questions in one turn, the second of a speaker with no topic of its own ("How many
    people are in exile? which number did the Human Rights House give"): the second, about the
    first one's topic, as a follow-up of it would be; the text as it is otherwise."""
    first, mark, second = text.partition("?")
    if not mark or not second.strip(" ?.!") or "?" in second.rstrip(" ?.!"):
        return text
    second = declarative_question(second.strip())  # "which number gave the HRHF": which number did ...
    asked, before = read_intent(second, directory), read_intent(first + mark, directory)
    if asked.type not in ("figure", "speaker") or asked.topic.strip() or not asked.speakers or \
            not before.topic or before.speakers:
        return text
    return resolve_followup(second, [(first + mark, "")], directory).question


def _possessives(text: str, directory: SpeakerDirectory) -> str:
    """"article 19s figure", "the OMCTs count": a speaker's possessive written with its apostrophe."""
    for start, end, alias in reversed(directory.find_mentions(text)):
        if text[end - 1:end] == "s" and len(text[start:end]) == len(alias) + 1 and alias[-1:] != "s":
            text = f"{text[:end - 1]}'s{text[end:]}"
    return text


def _of_kind_before(meeting: MeetingRequest | None, history: Sequence[Sequence[str]] | None,
                    directory: SpeakerDirectory) -> MeetingRequest | None:
    """"which came 2nd" names no kind: after a turn about one kind of speaker ("how many group
    statements?"), of that kind."""
    if not meeting or meeting.asks != "order" or meeting.kinds or meeting.noun or not history:
        return meeting
    last = history[-1]
    before = read_meeting(last[2] if len(last) > 2 and last[2] else last[0], directory)
    return meeting.model_copy(update={"kinds": before.kinds, "noun": before.noun}) \
        if before and before.kinds else meeting


def _via(named: Named, directory: SpeakerDirectory) -> str | None:
    """How a name a meeting question uses stands for its speaker, as `Resolution.via` words it."""
    if named.via == "member":
        group = directory.statements[named.statement_id].on_behalf_of
        return f"member of the {group}" if group else "member"
    if named.via == "kind":  # "after the experts": the last of them
        return named.name
    return None if named.via == "speaker" else named.via


def _leaving_out(question: str, intent: Intent, directory: SpeakerDirectory) -> tuple[Intent, list[str]]:
    """The who-question a question is without the speakers it leaves out, and their ids, and
    without the kinds it leaves out ("leaving out the EU and other groups"); the question as read
    when it leaves out no speaker ("What did France say, apart from sanctions?")."""
    excluding = EXCLUDING.search(question)
    names = [n.statement_id for n in names_in(left_out(excluding), directory)] if excluding else []
    # (a kind in a part naming no speaker: "the EU and other groups", not "the Nordic-Baltic states")
    kinds = [kind for part in re.split(NOUN_JOINER, left_out(excluding)) if not names_in(part, directory)
             for kind in kinds_of(part, every=False)] if excluding else []
    if not names and not kinds:
        return intent, []
    after = question[excluding.end():]
    if excluding.group().lstrip().startswith(","):  # "who, apart from the EU, called": no comma left
        after = re.sub(r"^\s*,", "", after)
    rest = " ".join((question[:excluding.start()] + " " + after).split())
    without = read_intent(rest[:1].upper() + rest[1:], directory)
    if without.type != "who_said":
        return intent, []
    if kinds:  # "which speakers ..., not counting the groups": every other kind
        kept = [kind for kind in without.kinds or KIND_LABELS if kind not in kinds]
        without = without.model_copy(update={"kinds": kept})
    return without, names
