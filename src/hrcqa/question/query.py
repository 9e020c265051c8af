"""Speaker look-up: the statements a name stands for, and the kind words for speakers.

`SpeakerDirectory` resolves names to statements, alias-aware: "UK" is the United Kingdom,
"Nordic-Baltic states" is Lithuania's group statement, a member State such as "Estonia" finds
the group statement it belongs to (marked as such), "IBAHRI" finds its own statement and the
joint one it co-signed, "the Chair" finds the Chair. Aliases come from the statements (names,
acronyms, initials, groups, footnoted members, co-presenters, short names, representatives)
plus a short table of common alternative country names; there is no table of who spoke.
Whether a name in a question is the speaker or part of the topic is `hrcqa.question.positions`.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.corpus.roster import group_names, name_variants, representative_name
from hrcqa.corpus.speakers import FUNCTION_WORDS
from hrcqa.errors import QueryError
from hrcqa.models import KINDS, Kind, Statement
from hrcqa.text.countries import Country, countries, country_named, fold, names_of
from hrcqa.text.english import english_words
from hrcqa.text.terms import initials

# How a name stands for a statement: its own name, or (for a State) its people, demonym or
# capital, which name the delegation only where a speaker is named ("What did the Brits say?").
Form = Literal["name", "demonym", "people", "capital", "kind"]  # "kind": "the concerned State"

_GENERIC_GROUP_NOUNS = r"\s+(?:states|countries|group|members)$"
_APOSTROPHES = re.compile(r"['‘’`]")
_WORD = re.compile(r"\w+")
# The only letters outside ASCII that a case-insensitive pattern matches to ASCII letters
_TO_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _ascii_key(name: str) -> str | None:
    """What a name must look like, case-folded, in an ASCII text its case-insensitive pattern
    matches; None if it can match no ASCII text ("Côte d'Ivoire").

    >>> _ascii_key("Kazakhstan"), _ascii_key("Côte d'Ivoire"), _ascii_key("Respublïkası")
    ('kazakhstan', None, None)
    >>> _ascii_key("TÜRKİYE"), _ascii_key("Ankara")
    (None, 'ankara')
    """
    key = name.translate(_TO_ASCII).casefold()
    return key if key.isascii() else None
# The one table of nouns for NGOs, shared by every reader of kinds: "NGOs", "CSOs", "civil
# society", as the news puts it ("rights groups", "watchdogs") and as a lay reader does ("the
# human-rights charities")
NGO_NOUN = (r"(?:ngos?|non-governmental\s+organi[sz]ations?|civil[- ]society(?:\s+(?:organi[sz]ations?|orgs?|"
            r"groups?))?|csos?|(?:human[- ])?rights\s+(?:groups?|organi[sz]ations?|orgs?|ngos?|bodies|"
            r"charit(?:y|ies))|charit(?:y|ies)|advocacy\s+groups?|watchdogs?|organi[sz]ations?|orgs?)")
KIND_WORDS: list[tuple[str, tuple[Kind, ...]]] = [
    (r"experts?|(?:expert )?panel(?:l?ists?| members?)?|group of (?:independent )?experts|"
     r"independent experts?|(?:the )?chair", ("panel",)),
    (NGO_NOUN, ("ngo",)),
    (r"(?:regional |cross-regional )?groups?|group statements?", ("group",)),
    # "delegation" covers States, groups and the concerned country unless the question says otherwise.
    (r"(?:state |country |national )?delegations?|(?:member )?states?|countr(?:y|ies)|governments?",
     ("state", "group", "concerned_country")),
]
# Any one of those nouns ("the NGOs", "States", "the experts")
KIND_NOUN = "(?:" + "|".join(pattern for pattern, _ in KIND_WORDS) + ")"


# a capitalised word after a place name ("the Rome Statute", "the Geneva Conventions")
_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][a-z]+)\b")


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the place name ending at `end` begins the name of a thing: the next word is a
    capitalised English word that names no State ("the Rome Statute" is a treaty, not Italy)."""
    following = _CAPITALISED_NEXT.match(text, end)
    return bool(following) and following.group(1).lower() in english_words() and \
        country_named(following.group(1)) is None


class Resolution(BaseModel):
    """A name resolved to a statement; `via` says how when it is not the speaker's own name."""

    model_config = ConfigDict(frozen=True)

    statement_id: str
    speaker: str
    via: str | None = None  # e.g. "member of the Nordic-Baltic states", "co-presenter"
    member: str | None = None  # the member State asked for, when via membership
    form: Form = "name"


def partial_names(statements: list[Statement]) -> list[tuple[Statement, str]]:
    """Shorter forms of long names that still name one speaker: the name without its first word,
    the part before "of", "for" or "on", or the name without a closing "Foundation", "Institute"
    and the like ("Human Rights House"), when what is left has two words or more, starts with
    a word that is not a function word, and holds a word no other speaker's name has ("Helsinki
    Committee" for the "Belarusian Helsinki Committee", "Law Society" for the "Law Society of
    England and Wales").

    A single word before "of", "for" or "on" names its speaker after "the" ("the Advocates" for
    the Advocates for Human Rights) when no other name has it and no statement uses it as an
    ordinary word: "Lawyers for Lawyers" gives no "the lawyers"."""
    words_of = {st.id: [w for name in {st.name, *name_variants(st)} for w in re.findall(r"[\w'’-]+", name)]
                for st in statements}
    owners: dict[str, set[str]] = defaultdict(set)
    for sid, words in words_of.items():
        for word in words:
            owners[word.lower()].add(sid)
    found: list[tuple[Statement, str]] = []
    outside = ""  # the text outside names, computed once if a one-word name needs it
    for st in statements:
        for name in {st.name, *name_variants(st)}:
            words = re.sub(r"['‘’\"“”]", "", name.partition(" (")[0]).split()
            head = re.split(r"\s+(?:of|for|on)\s+", " ".join(words))[0].split()
            trunk = words[:-1] if words and _ORGANISATION_NOUN.fullmatch(words[-1]) else []
            # (and a long name's last two words when they end in what it is: "the House Foundation")
            for run in (words[1:], head if len(head) < len(words) else [], trunk,
                        words[-2:] if len(words) >= 4 and trunk else []):
                if len(run) >= 2 and run[0][:1].isupper() and run[0].lower() not in FUNCTION_WORDS \
                        and any(owners[w.lower()] == {st.id} for w in run):
                    found.append((st, " ".join(run)))
            if len(head) == 1 < len(words) and owners[head[0].lower()] == {st.id} \
                    and not re.search(rf"\b{re.escape(head[0])}\b", outside := outside or
                                      _text_outside_names(statements), re.I):
                found.append((st, f"the {head[0]}"))
        if (self_named := _self_reference(st, statements, owners)) is not None:
            found.append((st, self_named))
    return found


def _self_reference(statement: Statement, statements: list[Statement],
                    owners: dict[str, set[str]]) -> str | None:
    """"the Committee" for the Belarusian Helsinki Committee, "the Foundation" for the Human
    Rights House Foundation: the last word of a speaker's name after "the", as its own statement
    calls itself ("The Committee urges ..."), when no other speaker's name has the word and no
    other statement says "the <word>" of something else."""
    words = re.sub(r"['‘’\"“”]", "", statement.name.partition(" (")[0]).split()
    last = words[-1] if len(words) > 1 else ""
    if not last[:1].isupper() or last.lower() in FUNCTION_WORDS or owners[last.lower()] != {statement.id}:
        return None
    called = re.compile(rf"\bthe\s+{re.escape(last)}\b(?!['’])", re.I)
    if not called.search(statement.text) or any(called.search(other.text) for other in statements
                                                 if other.id != statement.id):
        return None
    return f"the {last}"


def group_parts(statements: list[Statement]) -> list[tuple[Statement, str]]:
    """Each part of a hyphenated word in the name of the States a group speaks for, when no
    other speaker's name holds it, as users shorten it: "the Nordic states", "the Nordics", "the
    Nordic group" (or statement) for "the Nordic-Baltic states"."""
    found: list[tuple[Statement, str]] = []
    for st in statements:
        others = " ".join(o.name + " " + (o.on_behalf_of or "") for o in statements if o.id != st.id).lower()
        for word in re.findall(r"\w+(?:-\w+)+", st.on_behalf_of or ""):
            for part in word.split("-"):
                if part[:1].isupper() and part.lower() not in FUNCTION_WORDS \
                        and not re.search(rf"\b{re.escape(part.lower())}\b", others):
                    found += [(st, f"the {part} {noun}") for noun in ("states", "countries", "group",
                                                                     "statement")]
                    found += [(st, f"the {part}s")]
    return found


# "the peace tax ngo", "the helsinki people", "the helsinki one": an organisation named by
# some words of its name and a noun for an organisation or its members.
_DESCRIPTOR = re.compile(r"\bthe\s+(?P<run>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:ngos?|orgs?|organi[sz]ations?|"
                         r"group|people|folks|guys|lot|crowd|coalition|outfit|one)\b", re.I)


# "the house foundation", "the civic association": two or three words of one NGO's name alone
_THE_RUN = re.compile(r"\bthe\s+(?P<run>[\w'’-]+(?:\s+[\w'’-]+){1,2})\b", re.I)


def _run_key(run: str) -> str:
    """A run of name words as looked up: lower case, "anti-torture" as "against torture"."""
    return " ".join(re.sub(r"^anti-?", "against ", run.lower()).split())


def descriptor_runs(statements: list[Statement]) -> dict[str, Statement]:
    """Runs of one to three words of an NGO's name that no other speaker's name holds and that
    are not all function words ("peace tax", "helsinki", "against torture"), each with its NGO.

    >>> runs = descriptor_runs(list(directory.statements.values()))
    >>> runs["peace tax"].speaker, runs["against torture"].speaker
    ('Conscience and Peace Tax International (CPTI)', 'World Organization Against Torture (OMCT)')
    >>> "human rights" in runs, "canada" in runs  # in several names; a State's name
    (False, False)
    """
    def runs(name: str) -> set[str]:
        words = re.sub(r"\([^)]*\)|['‘’\"“”]", " ", name).lower().split()
        return {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}

    owners: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        for name in {st.name, st.speaker, *name_variants(st), *st.joint_with}:
            for run in runs(name):
                owners[run].add(st.id)
    by_id = {st.id: st for st in statements}
    return {run: by_id[next(iter(ids))] for run, ids in owners.items()
            if len(ids) == 1 and by_id[next(iter(ids))].kind == "ngo"
            and not all(w in FUNCTION_WORDS for w in run.split()) and not _names_a_state(run)}


def _names_a_state(run: str) -> bool:
    """Whether words are a State's name, adjective or people ("canada": "the Canada people" is
    no NGO whose co-presenter is Lawyers Rights' Watch Canada); a capital may still be an NGO's
    word ("the helsinki people")."""
    country = country_named(run)
    return bool(country) and any(n.text.lower() == run and n.kind in ("name", "acronym", "demonym", "people")
                                 for n in names_of(country))


# The last word of an organisation's name that users leave out: "Human Rights House" for the
# Human Rights House Foundation.
_ORGANISATION_NOUN = re.compile(r"Foundation|Institute|Association|Society|Centre|Center|Network|"
                                r"Federation|Organi[sz]ation|Coalition|Alliance|Trust|Council", re.I)


def _text_outside_names(statements: list[Statement]) -> str:
    """All statements' text with the speakers' names blanked out: where a word is an ordinary word."""
    names = sorted({n for st in statements for n in (st.name, st.speaker, *st.joint_with,
                                                      *name_variants(st))}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))).sub(" ", " ".join(st.text for st in statements))


def _alternation(words: list[str], flags: int) -> re.Pattern[str]:
    """One pattern for any of the words, as whole words, longest first; with `flags` 0 (acronyms
    that are English words), a word matches in any case after "the" ("the us").

    >>> [m.group() for m in _alternation(["Article 19", "Malta"], re.I).finditer("Article 19s, Maltas")]
    ['Article 19s']
    """
    ordered = sorted(words, key=len, reverse=True) or ["(?!)"]
    words_pattern = "|".join(map(re.escape, ordered))
    after_the = "" if flags else rf"|(?<=\bthe )(?i:{words_pattern})"
    # "article 19s figure", "the OMCTs count": a possessive typed without its apostrophe
    return re.compile(rf"(?<![\w-])(?:{words_pattern}{after_the})(?-i:(?<=[\dA-Z])s)?(?![\w-])", flags)


# An organisation's name of two nouns joined by "of" ("Commission of Jurists"), which English also
# puts the other way round ("the jurists' commission")
_OF_NAME = re.compile(r"(?:the\s+)?(?P<head>[A-Za-z]{3,})\s+of\s+(?P<of>[A-Za-z]{3,})", re.I)


class SpeakerDirectory:
    """Alias-aware look-up from names to the statements of one corpus."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = {s.id: s for s in statements}
        # The country under review: the subject of the whole document, so named often as a topic.
        self.concerned = frozenset(s.id for s in statements if s.kind == "concerned_country")
        self._aliases: dict[str, list[Resolution]] = defaultdict(list)
        self._spelling: dict[str, str] = {}
        self._unquoted: dict[str, str] = {}  # alias without apostrophes -> alias
        for statement in statements:
            self._index(statement)
        if len(self.concerned) == 1:  # the UN's words for the country under review, and a lay reader's
            concerned = self.statements[next(iter(self.concerned))]
            for noun in ("State", "country"):
                for alias in (f"concerned {noun}", f"{noun} concerned", f"{noun} under review",
                              f"{noun} under discussion", f"{noun} in question", f"{noun} being discussed",
                              f"{noun} being talked about", f"{noun} being reviewed",
                              f"{noun} being examined"):
                    self._add(alias, concerned, via="the concerned country", form="kind")
        # States that did not speak, to say so when a question names one as its speaker.
        self._absent: dict[str, str] = {}
        acronyms: set[str] = set()
        for country in countries():
            if not self.lookup(country.name):
                for name in names_of(country):
                    for spelling in (name.text, fold(name.text)):
                        key = spelling if name.kind == "acronym" else spelling.lower()
                        self._absent.setdefault(key, country.name)
                        acronyms |= {key} if name.kind == "acronym" else set()
        self._absent_patterns = [
            _alternation([w for w in self._absent if w not in acronyms or not _capitals_only(w)], re.I),
            _alternation(sorted(w for w in acronyms if _capitals_only(w)), 0)]
        # the first word of each of those names that can match ASCII text: an ASCII question holding
        # none of them names none
        self._absent_heads = {_WORD.findall(key)[0] for name in self._absent
                              if (key := _ascii_key(name)) and _WORD.search(key)}
        for statement, partial in partial_names(statements):
            own = partial.removeprefix("the ") in re.sub(r"['‘’\"“”]", "", statement.name)
            self._add(partial, statement, via=None if own else f"co-presenter with {statement.speaker}")
        for statement, part in group_parts(statements):
            self._add(part, statement)
        self._runs = descriptor_runs(statements)
        # Compiled once: questions are scanned for every alias, often several times a request.
        self._patterns = [(alias, _ascii_key(alias), _alternation(
                              [self._spelling[alias]], 0 if _capitals_only(self._spelling[alias]) else re.I))
                          for alias in sorted(self._aliases, key=len, reverse=True)]

    def _add(self, alias: str, statement: Statement, via: str | None = None,
             member: str | None = None, form: Form = "name") -> None:
        alias = alias.strip()
        if len(alias) < 2:
            return
        if fold(alias) != alias:  # "Platek" finds "Płatek", "Kestutis" finds "Kęstutis"
            self._add(fold(alias), statement, via, member, form)
        if "-" in alias and not alias.isupper():  # "nordic baltic" finds "Nordic-Baltic"
            self._add(alias.replace("-", " "), statement, via, member, form)
        inverted = _OF_NAME.fullmatch(alias) if statement.kind == "ngo" else None
        if inverted:  # "the jurists' commission" finds the "Commission of Jurists"
            head, of = inverted.group("head"), inverted.group("of")
            for spelling in (f"{of} {head}", f"{of}' {head}" if of.endswith("s") else f"{of}'s {head}"):
                self._add(spelling, statement, via, member, form)
        self._spelling.setdefault(alias.lower(), alias)
        self._unquoted.setdefault(_APOSTROPHES.sub("", alias.lower()), alias.lower())
        entry = Resolution(statement_id=statement.id, speaker=statement.speaker, via=via,
                           member=member, form=form)
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
        # "HRHF" for the Human Rights House Foundation: an organisation's initials, in capitals.
        if st.kind == "ngo" and not st.acronym and 3 <= len(letters) <= 6:
            names.add(letters)
        # "BHC" for the "National Human Rights Civic Association 'Belarusian Helsinki Committee'":
        # the initials of the name it goes by, quoted in its full name
        for quoted in re.findall(r"['‘’\"“]([^'‘’\"”]{3,})['’\"”]", st.name) if st.kind == "ngo" else []:
            letters = initials(quoted, capitalised_only=True)
            if 3 <= len(letters) <= 6 and len(letters) == len(quoted.split()):
                names.add(letters)
        for name in names:
            self._add(name, st)
        if st.kind in ("state", "group", "concerned_country"):
            self._add_country(country_named(st.name), st)
        if st.on_behalf_of:
            group = st.on_behalf_of
            for alias in {group, re.sub(_GENERIC_GROUP_NOUNS, "", group, flags=re.I)}:
                self._add(alias, st)
            for member in st.members:
                if member.lower() != st.name.lower():
                    self._add(member, st, via=f"member of the {group}", member=member)
                    self._add_country(country_named(member), st, via=f"member of the {group}",
                                      member=member)
        for partner in st.joint_with:
            name, _, acronym = partner.partition(" (")
            for alias in {partner, name, acronym.rstrip(")")} - {""}:
                self._add(alias, st, via=f"co-presenter with {st.speaker}")
        # Short names ("Viasna", "Article 19", "Core Group") and the person who delivered it.
        for alias in name_variants(st):
            self._add(alias, st, via=None if alias in st.name else f"co-presenter with {st.speaker}")
        person = representative_name(st)
        for alias in group_names(st) + ([person, person.split()[-1]] if person else []):
            if len(alias) > 3:
                self._add(alias, st)

    def _add_country(self, country: Country | None, st: Statement, via: str | None = None,
                     member: str | None = None) -> None:
        """Every name of a State (`hrcqa.text.countries`: names, acronyms, demonyms, people,
        capitals, each with and without diacritics) as an alias of its statement."""
        for name in names_of(country) if country else []:
            form: Form = "name" if name.kind in ("name", "acronym") else name.kind
            for text in dict.fromkeys((name.text, fold(name.text))):
                self._add(text, st, via=via, member=member, form=form)

    def absent_countries(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, short name) of each State named in `text` that has no statement here."""
        if text.isascii():  # (other text is matched in full: case mapping may change its letters)
            words = set(_WORD.findall(text.casefold()))
            if not self._absent_heads & (words | {w[:-1] for w in words if w.endswith("s")}):  # "chinas"
                return []
        return [(m.start(), m.end(), self._absent_name(m.group()))
                for pattern in self._absent_patterns for m in pattern.finditer(text)
                if not _names_a_thing(text, m.end())]

    def _absent_name(self, found: str) -> str:
        """The State a match of `_absent_patterns` names: "UAE", "uae", or "CARs", an acronym's
        possessive typed without its apostrophe; a letter that changes under case mapping
        ("RESPUBLÏKASI" of "respublïkası") is compared as the pattern compared it."""
        forms = (found, found[:-1]) if found.endswith("s") else (found,)
        direct = next((self._absent[key] for form in forms for key in (form, form.upper(), form.lower())
                       if key in self._absent), None)
        return direct or next(country for key, country in self._absent.items()
                              if re.fullmatch(rf"{re.escape(key)}s?", found, re.I))

    def written_name(self, country: str) -> str:
        """The name of a State (`country_named`) that the statements write most often ("Russia"
        rather than "Russian Federation"), to search by; its usual name if they write none."""
        state = country_named(country)
        if state is None:
            return country
        if state.name not in self._written:  # counted once per State: the whole text is scanned
            text = self._text
            counts = {name.text: len(re.findall(rf"(?<![\w-]){re.escape(name.text)}(?![\w-])", text))
                      for name in names_of(state) if name.kind == "name"}
            best = max(counts, key=lambda name: counts[name], default=state.name)
            self._written[state.name] = best if counts.get(best) else state.name
        return self._written[state.name]

    @functools.cached_property
    def _written(self) -> dict[str, str]:
        return {}

    @functools.cached_property
    def _text(self) -> str:
        return "\n".join(s.text for s in self.statements.values())

    def names(self) -> list[str]:
        """The names a speaker filter offers: each speaker, then each co-presenter of a joint
        statement that made no statement of its own (a filter on it keeps the joint statement)."""
        speakers = list(dict.fromkeys(s.speaker for s in self.statements.values()))
        partners = [p for s in self.statements.values() for p in s.joint_with
                    if p not in speakers and all(r.via for r in self.lookup(p))]
        return speakers + list(dict.fromkeys(partners))

    def lookup(self, name: str) -> list[Resolution]:
        """Resolutions of a name (own statements first); [] if it names no speaker. Apostrophes
        are ignored when the name is not found as written ("Lawyers' Rights Watch Canada" finds
        the "Lawyers Rights' Watch Canada" the summary names)."""
        key = name.strip().lower()
        found = self._aliases.get(key) or \
            self._aliases.get(self._unquoted.get(_APOSTROPHES.sub("", key), ""), [])
        descriptor = (_DESCRIPTOR.fullmatch(key) or self._the_run(key)) if not found else None
        owner = self._runs.get(_run_key(descriptor.group("run"))) if descriptor else None
        if owner:  # "the peace tax ngo": the one speaker whose name holds "peace tax"
            found = [Resolution(statement_id=owner.id, speaker=owner.speaker)]
        return sorted(found, key=lambda r: r.via is not None)

    def _the_run(self, text: str) -> re.Match[str] | None:
        """"the house foundation": "the" and a run of two or three words of one NGO's name
        (`descriptor_runs`) that neither starts nor ends with a function word."""
        match = _THE_RUN.fullmatch(text.strip().lower())
        words = match.group("run").split() if match else []
        if not words or words[0] in FUNCTION_WORDS or words[-1] in FUNCTION_WORDS:
            return None
        return match if _run_key(match.group("run")) in self._runs else None

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
        # "the peace tax ngo", "the helsinki people" (not Finland's capital): longer, so first
        taken = [(m.start(), m.end(), m.group().lower()) for m in _DESCRIPTOR.finditer(text)
                 if _run_key(m.group("run")) in self._runs]
        folded = text.casefold() if text.isascii() else None
        for alias, literal, pattern in self._patterns:
            if folded is not None and (literal is None or literal not in folded):
                continue  # an ASCII question without the alias's letters: its pattern cannot match
            for match in pattern.finditer(text):
                if all(match.end() <= s or match.start() >= e for s, e, _ in taken):
                    taken.append((match.start(), match.end(), alias))
        # "the house foundation": after every alias, so "the World Organization Against Torture"
        # is that whole name, not its first two words
        for start in (m.start() for m in re.finditer(r"\bthe\s", text, re.I)):
            # "the peace tax's count", "the house foundation?": the words without what follows them
            words = [re.sub(r"(?:['’]s?)?[?.!,;:]*$", "", word) for word in text[start:].split()[:4]]
            run = next((m for n in (3, 2) if (m := self._the_run(" ".join(words[:n + 1]))) is not None), None)
            end = start + len(run.group()) if run else start
            if run and text[start:end].lower() == run.group().lower() and \
                    all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, run.group().lower()))
        return sorted(taken)


def _capitals_only(alias: str) -> bool:
    """Whether an alias matches only as written: an acronym that is also an English word in
    lower case ("US": "tell us"); others match in any case, as users type them ("the uk",
    "nz", "omct").

    >>> _capitals_only("US"), _capitals_only("UK"), _capitals_only("Malta")
    (True, False, False)
    """
    return alias.isupper() and (len(alias) < 2 or alias.lower() in english_words())


def validate_kinds(kinds: list[str]) -> list[Kind]:
    """Kinds given by a user; QueryError listing the valid ones if one is unknown."""
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise QueryError(f"unknown kind {bad[0]!r}; valid kinds: {', '.join(KINDS)}")
    return [k for k in KINDS if k in kinds]
