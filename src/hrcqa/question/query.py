"""Speaker look-up and query analysis: who a question is about, and which kinds it asks for.

`SpeakerDirectory` resolves names to statements, alias-aware: "UK" is the United Kingdom,
"Nordic-Baltic states" is Lithuania's group statement, a member State such as "Estonia" finds
the group statement it belongs to (marked as such), "IBAHRI" finds its own statement and the
joint one it co-signed, "the Chair" finds the Chair. Aliases come from the statements (names,
acronyms, initials, groups, footnoted members, co-presenters) plus a short table of common
alternative country names; there is no table of who spoke.

`analyze_query` reads a question: "What did France say about detention?" restricts to France,
"Which NGOs mentioned lawyers?" restricts to kind `ngo`, "What did China say?" names a speaker
who did not take the floor. Its result is a plain model that can be inspected and printed.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pydantic import BaseModel, ConfigDict

from hrcqa.errors import QueryError
from hrcqa.models import KINDS, Kind, Statement
from hrcqa.text.terms import initials

COMMON_ALIASES: dict[str, tuple[str, ...]] = {
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "British"),
    "United States": ("US", "USA", "U.S.", "America"),
    "Czechia": ("Czech Republic", "Czech"),
    "Moldova": ("Republic of Moldova", "Moldovan"),
    "Switzerland": ("Swiss",),
    "Netherlands": ("Holland", "Dutch"),
    "Türkiye": ("Turkey",),
    "European Union": ("EU",),
    "New Zealand": ("NZ",),
    "Belarus": ("Belarusian delegation", "Belarusian government", "Belarusian authorities"),
}
_GENERIC_GROUP_NOUNS = r"\s+(?:states|countries|group|members)$"
_ADDRESSEE = re.compile(r"\b(?:ask(?:ed|s)?|(?<!according )to|of|for|addressed to|question(?:ed)? to)"
                        r"\s+(?:the\s+)?$", re.I)
_TOPIC_PREPOSITION = re.compile(r"\b(?:in|about|regarding|concerning|against|on|towards|from|by|"
                                r"with|of|into|within|across|the\s+people\s+of)\s+(?:the\s+)?$",
                                re.I)
_SPEAKER_PREPOSITION = re.compile(r"\b(?:delegation|representative|statement|speech|remarks)\s+"
                                  r"(?:of|by|from)\s+(?:the\s+)?$", re.I)
_SPEAKER_NOUNS = r"(?:speakers|delegations|states|countries|ngos|organi[sz]ations|groups|participants)"
_WHO_QUESTION = re.compile(rf"^\s*(?:who|whom|did any|were there any|"
                           rf"(?:which|what|how many|list|name)\s+(?:\w+\s+)?{_SPEAKER_NOUNS})\b",
                           re.I)
_SPEECH_VERBS = (r"say|said|ask|mention|raise|call|urge|state|propose|recommend|want|think|note|"
                 r"express|stress|request|highlight|condemn|welcome|deplore|emphasi[sz]e|tell|"
                 r"report|argue|claim|demand|speak|reply|respond|answer|address|describe|do|make|"
                 r"believe|consider|suggest|critici[sz]e|reject|deny|accuse|announce|acknowledge|"
                 r"recogni[sz]e|support|agree|thank|take|focus|talk|comment|think|put|pose|want")
_UNKNOWN_SPEAKER = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s?){1,5}?)\s*"
    rf"(?:delegation\s+|representative\s+|government\s+)?(?:{_SPEECH_VERBS})\b")
KIND_WORDS: list[tuple[str, tuple[Kind, ...]]] = [
    (r"ngos?|non-governmental organi[sz]ations?|civil[- ]society(?: organi[sz]ations?| groups?)?|"
     r"organi[sz]ations", ("ngo",)),
    (r"(?:regional |cross-regional )?groups|group statements", ("group",)),
    (r"(?:member )?states|countries|governments|delegations|state delegations",
     ("state", "group", "concerned_country")),
    (r"experts|panel(?:lists)?|group of (?:independent )?experts|independent experts|"
     r"(?:the )?chair", ("panel",)),
]
_KIND_CONTEXT = r"(?:which|what|how many|did any|did the|do any|have any|were any|any|all|the|list)"


class Resolution(BaseModel):
    """A name resolved to a statement; `via` says how when it is not the speaker's own name."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    speaker: str
    via: str | None = None  # e.g. "member of the Nordic-Baltic states", "co-presenter"
    member: str | None = None  # the member State asked for, when via membership


class QueryAnalysis(BaseModel):
    """What a question says about speakers and kinds; `speakers` are statement ids."""

    model_config = ConfigDict(frozen=True)

    query: str
    who_question: bool
    mentioned: list[Resolution] = []
    speakers: list[str] = []
    kinds: list[Kind] = []
    unknown_speaker: str | None = None


class SpeakerDirectory:
    """Alias-aware look-up from names to the statements of one corpus."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = {s.id: s for s in statements}
        self._aliases: dict[str, list[Resolution]] = defaultdict(list)
        self._spelling: dict[str, str] = {}
        for statement in statements:
            self._index(statement)
        # Compiled once: questions are scanned for every alias, often several times a request.
        self._patterns = [(alias, re.compile(
            rf"(?<![\w-]){re.escape(self._spelling[alias])}(?![\w-])",
            0 if self._spelling[alias].isupper() else re.I))
            for alias in sorted(self._aliases, key=len, reverse=True)]

    def _add(self, alias: str, statement: Statement, via: str | None = None,
             member: str | None = None) -> None:
        alias = alias.strip()
        if len(alias) < 2:
            return
        self._spelling.setdefault(alias.lower(), alias)
        entry = Resolution(statement_id=statement.id, speaker=statement.speaker, via=via,
                           member=member)
        if all(r.statement_id != statement.id for r in self._aliases[alias.lower()]):
            self._aliases[alias.lower()].append(entry)

    def _index(self, st: Statement) -> None:
        names = {st.speaker, st.name, re.sub(r"^The\s+", "", st.name)}
        if st.acronym:
            names.add(st.acronym)
        if st.kind == "panel":
            parts = st.name.split()
            names |= {parts[-1], " ".join(parts)}
            if st.role and re.search(r"\bChair\b", st.role):
                names |= {"Chair", "Chairperson", "Chair of the Group"}
        # "UK" for "United Kingdom", "EU" for "European Union": two or three capitalised words.
        letters = initials(st.name, capitalised_only=True)
        if 2 <= len(letters) <= 3 and len(letters) == len(st.name.split()) \
                and st.kind in ("state", "group", "concerned_country"):
            names.add(letters)
        for name in list(names):
            names.update(COMMON_ALIASES.get(name, ()))
        for name in names:
            self._add(name, st)
        if st.on_behalf_of:
            group = st.on_behalf_of
            for alias in {group, re.sub(_GENERIC_GROUP_NOUNS, "", group, flags=re.I)}:
                self._add(alias, st)
            for member in st.members:
                if member.lower() != st.name.lower():
                    for alias in (member, *COMMON_ALIASES.get(member, ())):
                        self._add(alias, st, via=f"member of the {group}", member=member)
        for partner in st.joint_with:
            name, _, acronym = partner.partition(" (")
            for alias in {partner, name, acronym.rstrip(")")} - {""}:
                self._add(alias, st, via=f"co-presenter with {st.speaker}")

    def names(self) -> list[str]:
        return [s.speaker for s in self.statements.values()]

    def lookup(self, name: str) -> list[Resolution]:
        """Resolutions of a name (own statements first); [] if it names no speaker."""
        found = self._aliases.get(name.strip().lower(), [])
        return sorted(found, key=lambda r: r.via is not None)

    def resolve(self, names: list[str]) -> list[Resolution]:
        """Resolve user-given speaker filters; QueryError listing valid names if one is unknown."""
        out: list[Resolution] = []
        for name in names:
            found = self.lookup(name)
            if not found:
                raise QueryError(f"unknown speaker {name!r}; valid speakers: "
                                 f"{'; '.join(self.names())}")
            out.extend(r for r in found if r not in out)
        return out

    def find_mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, alias) of every alias in the text, longest first, no overlaps.

        Acronyms ("UK", "ICJ") match only in capitals, so "tell us" is not the United States.
        """
        taken: list[tuple[int, int, str]] = []
        for alias, pattern in self._patterns:
            for match in pattern.finditer(text):
                if all(match.end() <= s or match.start() >= e for s, e, _ in taken):
                    taken.append((match.start(), match.end(), alias))
        return sorted(taken)


_NOT_SUBJECT = re.compile(r"\b(?:ask(?:ed|s)?|to|of|for|from|by|with|about|question(?:ed)?)\s+"
                          r"(?:the\s+|any\s+)?(?:\w+\s+){0,2}$", re.I)


def _kinds_in(question: str) -> list[Kind]:
    """Kinds named as the speakers asked about ("Which NGOs ...", "What did the experts say"),
    not as addressees or topics ("... ask the experts", "... support for NGOs")."""
    kinds: list[Kind] = []
    for pattern, mapped in KIND_WORDS:
        for match in re.finditer(rf"\b{_KIND_CONTEXT}\s+(?:(?!{_SPEAKER_NOUNS}|said|say|says|"
                                 rf"mentioned|called|raised|urged)\w+\s+){{0,2}}?(?:{pattern})\b",
                                 question, re.I):
            words = match.group().split()
            if _NOT_SUBJECT.search(question[: match.start()] + " ".join(words[:1]) + " "):
                continue
            kinds.extend(k for k in mapped if k not in kinds)
    return kinds


def analyze_query(query: str, directory: SpeakerDirectory) -> QueryAnalysis:
    """Which speakers and kinds a question restricts itself to.

    >>> analyze_query("What did the UK say about detention?", directory).speakers
    ['hrc60-belarus/united-kingdom']
    """
    who = bool(_WHO_QUESTION.search(query))
    mentioned: list[Resolution] = []
    for start, _end, alias in directory.find_mentions(query):
        before = query[:start]
        if _ADDRESSEE.search(before) or (_TOPIC_PREPOSITION.search(before)
                                        and not _SPEAKER_PREPOSITION.search(before)):
            continue
        for resolution in directory.lookup(alias):
            if resolution not in mentioned:
                mentioned.append(resolution)
    if mentioned and not who:
        own = [r for r in mentioned if r.via is None or r.member]
        mentioned = own or mentioned
    speakers = [] if who else list(dict.fromkeys(r.statement_id for r in mentioned))
    unknown = None
    match = _UNKNOWN_SPEAKER.search(query)
    if match and not speakers:
        candidate = match.group(1).strip()
        if not directory.lookup(candidate) and not re.fullmatch(
                r"(?i)(?:any|the|all|other)?\s*(?:states?|ngos?|experts?|delegations?|speakers?|"
                r"countries|panel|groups?|chair|it|they|he|she|group of (?:independent )?experts)",
                candidate):
            unknown = candidate
    return QueryAnalysis(query=query, who_question=who, mentioned=mentioned if not who else [],
                         speakers=speakers, kinds=[] if speakers else _kinds_in(query),
                         unknown_speaker=unknown)


def validate_kinds(kinds: list[str]) -> list[Kind]:
    """Kinds given by a user; QueryError listing the valid ones if one is unknown."""
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise QueryError(f"unknown kind {bad[0]!r}; valid kinds: {', '.join(KINDS)}")
    return [k for k in KINDS if k in kinds]
