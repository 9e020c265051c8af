"""Which names in a question stand as the one speaking, and which are part of the topic.

A name filters the answer only in a speaker position:

- the subject of a verb of saying: "What did France say …", "Has the EU called for …",
  "Poland said …", "How did the Belarusian delegation respond?"; and the subject of any verb
  but for the concerned country, whose acts the other statements report: "Which entities has
  the UK sanctioned?" is the UK's, "Does Belarus still carry out executions?" is about Belarus;
- a speaker's product: "France's statement", "the position of Poland", "Viasna's figure";
- "according to X", "per X", "in the view of X", "said by X", "the statement of X";
- the whole question but for framing words: "Poland?", "Tell me about Switzerland",
  "Switzerland's questions", and a keyword query that opens with the name ("Malta death penalty").
  The concerned country is the subject of the whole document, so a keyword query that opens with
  it ("Belarus death penalty") is about it, not by it.

Anywhere else a name is an entity of the topic and never a filter: "Which NGO said Belarus
misuses extremism laws?", "Which States said the EU should keep up sanctions?", "What did France
ask Belarus to do?". Who-questions ("Which delegations …", "Who …") name no speaker at all.
Pure functions over the question and the speaker directory.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from hrcqa.question.query import Resolution, SpeakerDirectory
from hrcqa.question.words import AUXILIARY, MODIFIERS, ORDERED_THAN, SPEECH, STATEMENT_NOUNS, TITLES
from hrcqa.text.countries import country_named, fold, names_of

_SUBJECT_OF_AUX = re.compile(
    rf"\b{AUXILIARY}(?:n['’]t)?\s+(?P<zone>(?:[^\s?,;:]+\s+){{1,8}}?)(?:{MODIFIERS}\s+)*{SPEECH}\b"
    r"(?!\s+by\b)", re.I)
_SPEAKING_AFTER = re.compile(
    rf"^(?:['’]s?)?(?:\s+(?:delegation|representative|government|authorities|delegate|"
    rf"{MODIFIERS}))*\s+(?:{AUXILIARY}\s+)?(?:{MODIFIERS}\s+)*{SPEECH}\b(?!\s+by\b)", re.I)
_PRODUCT_AFTER = re.compile(rf"^(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?|\s+){STATEMENT_NOUNS}\b", re.I)
_SPEAKER_BEFORE = re.compile(
    rf"(?:\baccording\s+to|(?<!\w)per|\bin\s+the\s+(?:view|words|eyes)\s+of|\b{SPEECH}\s+by|\b(?:delivered|given|made|put|voiced|presented)\s+by|"
    rf"\b{STATEMENT_NOUNS}\s+(?:of|by|from))\s+(?:the\s+)?$", re.I)
# An office that is not a State's delegate (its ambassador, envoy or minister speaks for it)
_OFFICE_OF = re.compile(rf"\b(?!(?:ambassador|envoy|minister|spokes\w+|chair\w*|head)\b){TITLES}s?\s+"
                        r"(?:of|on|for|in|to)\s+(?:the\s+)?$", re.I)
# "what did the special rapporteur say": an office in the speaker position
_OFFICE = re.compile(rf"^(?:the\s+)?(?:[\w'’.-]+\s+){{0,2}}?{TITLES}s?\b", re.I)
_INSIDE = re.compile(r"\b(?:in|from|of|by)\s+(?:the\s+)?$", re.I)  # "by CPTI's count" too
_AUXILIARY_BEFORE = re.compile(rf"\b{AUXILIARY}(?:n['’]t)?\s+(?:the\s+)?$", re.I)
# After "What did X say", a clause about something else: "… about how the authorities responded".
_CLAUSE = re.compile(r"\b(?:about|on|regarding|concerning|that|whether|if|how|why|when|where)\b", re.I)
_REPORTED = re.compile(rf"\b{SPEECH}\s+(?:that\s+)?(?:the\s+)?$", re.I)
_ADDRESSEE = re.compile(r"\b(?:ask(?:ed|s)?|urge[ds]?|call(?:ed|s)?\s+(?:on|upon)|(?<!according )to|"
                        r"addressed\s+to|question(?:ed)?\s+to|for)\s+(?:the\s+)?$", re.I)
_ADDRESSED_BY = re.compile(r"\b(?:urged|urges|urge|called\s+(?:on|upon)|calls\s+(?:on|upon)|asked|asks|told|"
                           r"tells|pressed|presses|demanded\s+of|appealed\s+to|criticised|criticized|"
                           r"condemned|accused)\s+(?:the\s+)?$", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:in|about|regarding|concerning|against|on|towards|from|by|with|of|"
                           r"into|within|across|over|between|at|the\s+people\s+of)\s+(?:the\s+)?$",
                           re.I)
_FRAMING = re.compile(
    rf"(?:\b(?:(?:tell|give|show)\s+(?:me|us)|please|tell|what|about|how|summari[sz]e|summary|"
    rf"overview|give|show|of|on|the|a|an|and|did|does|do|is|was|its|their|full|whole|main|key|points?|say|said|"
    rf"{STATEMENT_NOUNS})\b|['’]s?\b|[^\w'’]+)", re.I)
_OPENING = re.compile(r"^\s*(?:(?:and|so|also|what about|how about)\s+)?(?:the\s+)?", re.I)
_JOINED = re.compile(r"^\s*(?:,|and|&|or)\s*(?:the\s+)?$", re.I)


class Mention(BaseModel):
    """A name found in a question, where it is, the statements it resolves to, and whether it
    stands as the speaker (a filter) or as part of the topic (an entity)."""

    model_config = ConfigDict(frozen=True)

    name: str
    start: int
    end: int
    resolutions: list[Resolution]
    speaking: bool
    addressed: bool = False  # "urged the Belarusian authorities": spoken to, so not one who said it


# "Ms Płatek", "H.E. Mr. X" (never "he")
_TITLE_BEFORE = re.compile(r"\b(?:mr|ms|mrs|dr|prof|professor|madam|mme|h\.\s?e)\.?\s+$", re.I)


def titled_start(question: str, start: int) -> int:
    """Where a name found at `start` begins with the title before it ("Ms Płatek", "Dr. X")."""
    title = _TITLE_BEFORE.search(question, 0, start)
    return title.start() if title else start


def mentions(question: str, directory: SpeakerDirectory, who: bool = False) -> list[Mention]:
    """Every name the directory knows in `question`, each marked speaking or not; in a
    who-question (`who`) no name is the speaker. The concerned country opening a keyword query
    is not made the speaker (`SpeakerDirectory.concerned`).

    >>> [(m.name, m.speaking) for m in mentions("What did France ask Belarus to do?", directory)]
    [('France', True), ('Belarus', False)]
    >>> [(m.name, m.speaking) for m in mentions("What did the EU say about how Belarus responded?",
    ...                                          directory)]
    [('EU', True), ('Belarus', False)]
    >>> [(m.name, m.speaking) for m in mentions("Which State did Ms Płatek credit?", directory)]
    [('Ms Płatek', True)]
    >>> [(m.name, m.speaking) for m in mentions("Which NGO said Belarus misuses laws?", directory,
    ...                                          who=True)]
    [('Belarus', False)]
    """
    # "did Ms Płatek credit ...": a title before a name is part of it
    found = [(titled_start(question, start), end, alias)
             for start, end, alias in directory.find_mentions(question)]
    zones = [(m.start("zone"), m.end("zone")) for m in _SUBJECT_OF_AUX.finditer(question)]
    whole = len(found) == 1 and not _FRAMING.sub("", _blank(question, [found[0][:2]])).strip()
    out: list[Mention] = []
    for number, (start, end, alias) in enumerate(found):
        resolutions = directory.lookup(alias)
        reported = any(e <= start and _CLAUSE.search(question, e, start) for _s, e in zones)
        # "the Special Rapporteur on Belarus", "the President of Belarus": the office speaks, if anyone
        office = bool(_OFFICE_OF.search(question[:start]))
        speaking = not who and not office and (
            whole or any(s <= start and end <= e for s, e in zones)
            or not reported and _in_speaker_position(question, start, end,
                                    acting=not all(r.statement_id in directory.concerned
                                                   for r in resolutions))
            or _opens_keyword_query(question, found, number, resolutions, directory.concerned))
        before = question[:start]
        addressed = not speaking and bool(_ADDRESSEE.search(before) or _ADDRESSED_BY.search(before))
        out.append(Mention(name=question[start:end], start=start, end=end, resolutions=resolutions,
                           speaking=speaking, addressed=addressed))
    return _compared_with(question, _coordinated(question, out))


# "Is Czechia's number lower than Albania's?", "did OMCT give the same date as CPTI?": the speaker
# whose figure the first one's is compared with
_COMPARED_WITH = re.compile(
    rf"{ORDERED_THAN}|\bsame\s+(?:[\w-]+\s+){{0,2}}?as\s+(?:that\s+of\s+)?(?:the\s+)?", re.I)


def _compared_with(question: str, found: list[Mention]) -> list[Mention]:
    """A name whose figure a speaking name's is compared with speaks too: in "Is Czechia's number
    lower than Albania's?" both figures are asked for."""
    ends = {match.end() for match in _COMPARED_WITH.finditer(question)}
    return [m.model_copy(update={"speaking": True, "addressed": False})
            if not m.speaking and m.start in ends and any(o.speaking for o in found[:i]) else m
            for i, m in enumerate(found)]


def _coordinated(question: str, found: list[Mention]) -> list[Mention]:
    """Names joined by "and"/"," share their position: in "What did the Law Society, the
    Helsinki Committee and WRI recommend?" all three speak, as the first and last do."""
    speaking = [m.speaking for m in found]
    for _pass in range(len(found)):
        for i in range(len(found) - 1):
            if speaking[i] != speaking[i + 1] and \
                    _JOINED.match(question[found[i].end:found[i + 1].start]):
                speaking[i] = speaking[i + 1] = True
    return [m.model_copy(update={"speaking": True, "addressed": False}) if speaking[i] and not m.speaking
            else m for i, m in enumerate(found)]


def _in_speaker_position(question: str, start: int, end: int, acting: bool) -> bool:
    """`acting`: the name is one whose acts the summary knows only from its own statement (any
    speaker but the concerned country), so "Which entities has the UK sanctioned?" is the UK's."""
    before, after = question[:start], question[end:]
    if _PRODUCT_AFTER.match(after) and _INSIDE.search(before):  # "what was in France's statement"
        return True
    if _TOPIC_BEFORE.search(before) and not _SPEAKER_BEFORE.search(before) \
            or _ADDRESSEE.search(before) or _REPORTED.search(before):
        return False
    return bool(_SPEAKER_BEFORE.search(before) or _SPEAKING_AFTER.match(after)
                or _PRODUCT_AFTER.match(after) or acting and _AUXILIARY_BEFORE.search(before))


def _opens_keyword_query(question: str, found: list[tuple[int, int, str]], number: int,
                         resolutions: list[Resolution], concerned: frozenset[str]) -> bool:
    """The name opens the question, alone or in a run of names ("France and Germany torture"),
    and is not the concerned country."""
    if all(r.statement_id in concerned for r in resolutions):
        return False
    start, end, alias = found[number]
    if _modifies_topic(alias, question[end:]):  # "Ukrainian kids - who else ...": the kids are the topic
        return False
    first = _OPENING.match(question)
    position = first.end() if first else 0
    for start, end, _alias in found[: number + 1]:
        if start != position and not _JOINED.match(question[position:start]):
            return False
        position = end
    return True


_NOUN_AFTER = re.compile(rf"\s+(?!{STATEMENT_NOUNS}\b|{AUXILIARY}\b|{SPEECH}\b)[a-z][\w-]*", re.I)


def _modifies_topic(alias: str, after: str) -> bool:
    """Whether a State's adjective is said of a thing, not a speaker: "Ukrainian kids", "Russian
    war", but not "the French figure", "Czech statement", "Polish said".

    >>> _modifies_topic("Ukrainian", " kids - who else?"), _modifies_topic("French", " figure on X")
    (True, False)
    >>> _modifies_topic("Ukraine", " kids"), _modifies_topic("Polish", " said")
    (False, False)
    """
    country = country_named(alias)
    demonyms = {fold(n.text).lower() for n in names_of(country) if n.kind == "demonym"} if country else set()
    return fold(alias).lower() in demonyms and bool(_NOUN_AFTER.match(after)) and after[1:2].islower()


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the characters of the spans blanked out."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_ABSENT = re.compile(
    # not after a form of "be": "Is the ICC mentioned?" is a passive, the name its object
    rf"\b(?!(?:is|are|was|were)\b){AUXILIARY}\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s?){{1,5}}?)\s*"
    rf"(?:delegation\s+|representative\s+|government\s+)?{SPEECH}\b")
# A speaker's kind or a pronoun in the speaker position, or an adverb typed in capitals for emphasis
# between the auxiliary and its verb ("which of them did NOT mention X", "what did NGOs REALLY say")
_EMPHASIS = r"(?:not|never|also|ever|even|really|actually|only|just|still|already|all)"
_NOT_A_NAME = re.compile(rf"(?i)(?:(?:any|the|all|other)?\s*(?:states?|ngos?|experts?|delegations?|speakers?|"
                         rf"countries|panel|groups?|chair|it|they|he|she|anyone|anybody|someone|"
                         rf"group of (?:independent )?experts)|{_EMPHASIS})(?:\s+{_EMPHASIS})*")
_EMPHASIS_AFTER = re.compile(rf"(?:\s+{_EMPHASIS.upper()})+$")  # typed in capitals only


def absent_speaker(question: str, directory: SpeakerDirectory) -> str | None:
    """A name in the speaker position that names no speaker: any State that did not speak, by
    any of its names ("the Chinese delegation", "Washington"), or another proper name before a
    verb of saying ("What did Amnesty International say?"); None if there is none.

    >>> absent_speaker("What did China say about torture?", directory)
    'China'
    >>> absent_speaker("How did Beijing respond?", directory), absent_speaker("Did the US speak?", directory)
    ('China', 'United States')
    """
    zones = [(m.start("zone"), m.end("zone")) for m in _SUBJECT_OF_AUX.finditer(question)]
    for start, end, country in directory.absent_countries(question):
        whole = not _FRAMING.sub("", _blank(question, [(start, end)])).strip()
        if whole or any(s <= start and end <= e for s, e in zones) \
                or _in_speaker_position(question, start, end,
                                        acting=_is_name(question[start:end], country)):
            return country
    office = next((z for z in (question[s:e].strip() for s, e in zones) if _OFFICE.match(z)), None)
    if office and not directory.lookup(re.sub(r"^the\s+", "", office, flags=re.I)) \
            and not _holds_office(office, directory):
        return office
    match = _ABSENT.search(question)
    if not match:
        return None
    # "What did WHO REALLY say?": an adverb in capitals after the name is emphasis, not the name
    name = _EMPHASIS_AFTER.sub("", match.group("name").strip())
    return None if not name or directory.lookup(name) or _NOT_A_NAME.fullmatch(name) else name


def _holds_office(office: str, directory: SpeakerDirectory) -> bool:
    """Whether a speaker's role or representative holds the office ("the chair", "the minister")."""
    title = re.search(TITLES, office, re.I)
    held = [t for st in directory.statements.values() for t in (st.role, st.representative) if t]
    return bool(title) and any(re.search(rf"\b{re.escape(title.group())}", t, re.I) for t in held)


def _is_name(text: str, country: str) -> bool:
    """Whether `text` is one of the State's names or acronyms ("the Russian Federation"), not a
    demonym or capital ("Russian aggression"), so it can be the subject of any verb."""
    state = country_named(country)
    kinds = ("name", "acronym")
    names = {fold(n.text).lower() for n in names_of(state) if n.kind in kinds} if state else set()
    return fold(re.sub(r"^the\s+", "", text, flags=re.I)).lower() in names
