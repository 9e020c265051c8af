"""Answers about who someone is at the meeting: the Chair, the presenter of the report, the experts
who replied to the floor (the panel statements under a heading of replies), a speaker's role,
who delivered a statement, a group's members, joint statements, and whether a name took the
floor. Each is read from the parsed records (`Statement.role`, `representative`, `on_behalf_of`,
`members`, `joint_with`) and cites the statement's opening sentence (`hrcqa.answer.records`).
Pure functions of a `MeetingRequest` and the `Records`.

A representative is reported only where the summary names one; otherwise the answer says the
summary does not name who delivered the statement. Group members are the footnote's list as
the parser read it; aliases of a member ("Holland") are not matched in membership questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hrcqa.answer.composing import Draft, Line, Section, display_name, jointly, running_name
from hrcqa.answer.drafts import refusal
from hrcqa.answer.records import (
    MEETING,
    Records,
    draft,
    kind_noun,
    label,
    member_of,
    place_in,
    relation,
    subject,
)
from hrcqa.answer.yesno import is_yes_no
from hrcqa.corpus.layout import heading_kind
from hrcqa.models import Document, Statement
from hrcqa.question.meeting import ORDINALS, MeetingRequest
from hrcqa.question.naming import Named
from hrcqa.text.countries import country_named
from hrcqa.text.grammar import noun_for, series, with_article

_CHAIR = re.compile(r"^(?:Chair(?:person)?|President|Head)\b(?:\s*,\s*|\s+of\s+)?(?:the\s+)?", re.I)
_PRESENTING = re.compile(r"present|introduc", re.I)
_REPLYING = re.compile(r"repl|respon|answer|conclu|closing", re.I)
_AS_KIND = {"panel": "a member of the panel", "concerned_country": "the concerned country",
            "group": "a group of States", "state": "a State delegation",
            "ngo": "a non-governmental organization"}


def named_statements(request: MeetingRequest, records: Records) -> list[tuple[Named, Statement]]:
    """The statements the question's names lead to (those the caller's filters left)."""
    pairs = [(n, records.statement(n.statement_id)) for n in request.speakers]
    return [(n, s) for n, s in pairs if s is not None]


def primary(pairs: list[tuple[Named, Statement]]) -> list[tuple[Named, Statement]]:
    """Drop a name's co-presented statements and those of its groups when it also made its own
    ("IBAHRI"; a State that also spoke in a group's statement)."""
    own = {n.name for n, _s in pairs if n.via not in ("co-presenter", "member")}
    return [(n, s) for n, s in pairs if n.via not in ("co-presenter", "member") or n.name not in own]


def _each(request: MeetingRequest, records: Records, describe: Callable[[Named, Statement], str],
          main_only: bool = False) -> Draft:
    """One part per named statement, led by `describe(named, statement)`."""
    pairs = named_statements(request, records)
    pairs = primary(pairs) if main_only else pairs
    if not pairs:
        return refusal(MEETING, "the speaker filter excludes the speaker the question names")
    return draft([(describe(n, s), records.cited(s)) for n, s in pairs])


def role(request: MeetingRequest, records: Records) -> Draft:
    """"Who is Susan Bazilli?", "What is Monika Płatek's role?", "Who is Kęstutis Budrys?"; "Is
    Bazilli on the panel?" is answered yes or no from the same role."""
    if request.for_group:  # "Did Lithuania speak for a group?": yes if its statement was a group's
        return _each(request, records, lambda named, statement: (
            "Yes: " if statement.on_behalf_of and named.via == "speaker" else "No: ") + _lower_the(
                _role_of(named, statement)))
    if request.on_panel:
        return _each(request, records, lambda named, statement: (
            "Yes: " if statement.kind == "panel" and named.via == "speaker" else "No: ")
            + _role_of(named, statement))
    if request.claimed:  # "Is Moskalenko the chair?": yes if her recorded title holds that office
        claimed = _office_words(request.claimed)  # and with no title recorded, just what is

        def verdict(named: Named, statement: Statement) -> str:
            title = _office_words(_title(named, statement))
            return ("" if not title else "Yes: " if claimed <= title else "No: ") + _role_of(named, statement)
        return _each(request, records, verdict)
    return _each(request, records, _role_of)


# the same office in other words: the head of a body is its chair
_OFFICE_SAME = {"chairperson": "chair", "chairman": "chair", "chairwoman": "chair", "head": "chair",
                "leader": "chair", "boss": "chair", "president": "chair", "members": "member"}


def _office_words(text: str) -> set[str]:
    """The words naming an office, each in one form ("the head of the group": chair, group).

    >>> sorted(_office_words("the head of the Group"))
    ['chair', 'group']
    """
    words = re.findall(r"[a-z]+", text.lower())
    return {_OFFICE_SAME.get(w, w) for w in words} - {"the", "a", "an", "of", "on", "for", "in", "just"}


def _title(named: Named, statement: Statement) -> str:
    """The title the records give the person a name stands for: a panel member's role, a
    representative's own title."""
    if named.via == "representative":
        return statement.representative or ""
    return statement.role or "" if named.via == "speaker" else ""


def _role_of(named: Named, statement: Statement) -> str:
    if named.via == "representative":
        return f"{_person(statement)} delivered the statement of {display_name(statement)}:"
    if named.via != "speaker":
        return f"{relation(named, statement)}:"
    if statement.role:
        return f"{statement.speaker} took the floor as {statement.role}:"
    through = f", through {statement.representative}" if statement.representative else ""
    through += f", {jointly(statement)}" if statement.joint_with else ""
    if statement.on_behalf_of:
        return f"{subject(statement, own=True)} spoke on behalf of the {statement.on_behalf_of}{through}:"
    return f"{subject(statement)} took the floor as {_AS_KIND[statement.kind]}{through}:"


def _lower_the(lead: str) -> str:
    """A lead put after "Yes: " or "No: ": "the Netherlands spoke ...", a name as it is."""
    return lead[0].lower() + lead[1:] if lead.startswith("The ") else lead


def _person(statement: Statement) -> str:
    """The representative as a sentence's subject, an appositive title closed by a comma."""
    person = statement.representative or ""
    return f"{person}," if "," in person else person


def chair(request: MeetingRequest, records: Records) -> Draft:
    """"Who chaired the Group of Experts?": the panel members whose role is Chair."""
    panel = [s for s in records.statements if s.kind == "panel"]
    chairs = list({s.speaker: s for s in reversed(panel) if s.role and _CHAIR.match(s.role)}.values())
    if not chairs:
        names = series([label(s) for s in panel]) or "no panel"
        return refusal(MEETING, f"it gives no speaker the title of Chair (the panel: {names})")
    if request.of_meeting:  # "Who presided over the session?": not recorded; say what is
        return refusal(MEETING, "it does not say who presided over the meeting itself ("
                       + "; ".join(_chaired(s) for s in reversed(chairs)) + ")")
    return draft([(f"{_chaired(s)}:", records.cited(s)) for s in reversed(chairs)])


def _chaired(statement: Statement) -> str:
    body = _CHAIR.sub("", statement.role or "").strip()
    return f"{statement.speaker} chaired the {body}" if body else f"{statement.speaker} was the Chair"


def presenter(request: MeetingRequest, records: Records) -> Draft:
    """"Who presented the report?": the panel statement under a presentation heading, else the
    first panel statement of each document."""
    panel = [s for s in records.statements if s.kind == "panel"]
    presenting = [s for s in panel if _PRESENTING.search(s.section)] or \
        list({s.document_id: s for s in reversed(panel)}.values())[::-1]
    if not presenting:
        return refusal(MEETING, "it records no statement by the panel")
    return draft([(f"The report was presented by {label(s)}:", records.cited(s)) for s in presenting])


def repliers(request: MeetingRequest, records: Records) -> Draft:
    """"Which expert replied first?", "Who answered the questions from the floor?": the panel
    statements under a heading of replies or concluding remarks, in speaking order, or the one
    at the position asked."""
    replying = [s for s in records.statements if s.kind == "panel" and _REPLYING.search(s.section)]
    if not replying:
        return refusal(MEETING, "it records no replies by the panel")
    heading = replying[0].section.capitalize()
    if request.position is not None:
        if not -len(replying) <= request.position - (request.position > 0) < len(replying):
            return refusal(MEETING, f"only {len(replying)} {noun_for('experts', len(replying))} replied")
        chosen = replying[request.position - 1 if request.position > 0 else request.position]
        word = "last" if request.position == -1 else ORDINALS[request.position - 1] \
            if request.position <= len(ORDINALS) else f"number {request.position}"
        return draft([(f"The {word} expert to reply was {label(chosen)} (“{heading}”):",
                       records.cited(chosen))])
    lead = f"{len(replying)} {noun_for('experts', len(replying))} replied (“{heading}”), in this order:"
    return draft([(lead, Section(lines=[line for s in replying for line in records.cited(s).lines]))])


def representative(request: MeetingRequest, records: Records) -> Draft:
    """"Who spoke for Lithuania?": the representative and title, if the summary names them; a
    refusal (saying that it took the floor) when it names no one for the statements asked about
    ("Who spoke for France?"). "Who represented the Benelux countries?" is answered by the State
    that spoke for them."""
    answer = _each(request, records, _delivered_by, main_only=True)
    pairs = primary(named_statements(request, records))
    # A group's statement is delivered by a State, a joint one by its lead: those are answers.
    if pairs and all(n.via == "speaker" and not (s.representative or s.on_behalf_of or s.kind == "panel")
                     for n, s in pairs):
        reason = answer.lead.rstrip(":").replace("; the summary does not name", ", but the summary "
                                                 "does not name")
        return refusal(MEETING, reason[:1].lower() + reason[1:] if reason.startswith("The ") else reason)
    return answer


def _delivered_by(named: Named, statement: Statement) -> str:
    intro = relation(named, statement) if named.via in ("member", "co-presenter") else ""
    prefix = f"{intro}. " if intro else ""
    together = f" {jointly(statement)}" if statement.joint_with else ""
    if statement.representative:
        return (f"{prefix}{subject(statement)} took the floor{together} through "
                f"{statement.representative}:")
    if statement.kind == "panel":
        return f"{prefix}{label(statement)} spoke in person:"
    return (f"{prefix}{subject(statement)} took the floor{together}; the summary does not name "
            "the representative who delivered the statement:")


def members(request: MeetingRequest, records: Records) -> Draft:
    """"Which countries does the Benelux statement speak for?": the footnote's member list."""
    pairs = primary(named_statements(request, records))
    groups = [s for _n, s in pairs if s.members]
    if not groups:
        names = series([running_name(s) for _n, s in pairs]) or "the speaker named"
        return refusal(MEETING, f"it does not list members on whose behalf {names} spoke")
    return draft([(_member_list(s, records), records.cited(s)) for s in groups])


def defines(request: MeetingRequest, records: Records) -> Draft:
    """"What does ICJ stand for?", "Benelux = ?": the speaker a name stands for, as `role` says it;
    a group's name, the countries it spoke for (`members`)."""
    pairs = primary(named_statements(request, records))
    if pairs and all(named.via == "speaker" and statement.members for named, statement in pairs):
        return members(request, records)
    return role(request, records)


def _footnote_list(statement: Statement, records: Records) -> str:
    """The members as the summary's footnote writes them, quoted (“Belgium, Luxembourg and the
    Netherlands.”), so the answer cites its source verbatim; listed in plain words if no footnote
    of the statement's document lists exactly them."""
    for document in records.documents:
        for note in document.footnotes.values() if document.id == statement.document_id else ():
            named = [re.sub(r"^the\s+", "", m.strip()) for m in re.split(r",\s*|\s+and\s+", note.rstrip("."))]
            if named == list(statement.members):
                return f"“{note}”"
    return series([with_article(m) for m in statement.members])


def _member_list(statement: Statement, records: Records) -> str:
    count = len(statement.members)
    listed = _footnote_list(statement, records)
    return (f"{subject(statement, own=True)} spoke on behalf of the {statement.on_behalf_of}: "
            f"{listed} ({count} {noun_for('country', count)}, as the summary's footnote lists them):")


def membership(request: MeetingRequest, records: Records) -> Draft:
    """"Is Estonia part of the Nordic-Baltic group?"; without a group, the groups listing it."""
    member = request.member or ""
    if request.unknown:  # "is poland part of the XYZ group": say which groups did speak
        listed = "; ".join(f"{display_name(s)} ({series(list(s.members))})" if s.members else display_name(s)
                           for s in records.statements if s.kind == "group")
        return refusal(MEETING, f"no group statement in it is called “{request.unknown}”; the groups that "
                                f"took the floor: {listed or 'none'}")
    if request.speakers:
        groups = [s for _n, s in primary(named_statements(request, records)) if s.members]
    else:
        groups = [s for s in records.statements if _lists(s, member)]
    if request.any_group:  # "was Latvia covered by any group statement?": yes from the one listing it
        listing = groups or [s for s in records.statements if s.members]
        if listing:
            return draft([(_belongs(member, s, records), records.cited(s)) for s in listing])
    if not groups:
        return refusal(MEETING, "it does not list the members of the group named" if request.speakers
                       else f"no group statement in it lists {member} among its members")
    return draft([(_belongs(member, s, records, asked=bool(request.speakers)), records.cited(s))
                  for s in groups])


def _lists(statement: Statement, member: str) -> bool:
    return member.lower() in {m.lower() for m in statement.members}


def _belongs(member: str, statement: Statement, records: Records, asked: bool = True) -> str:
    """Yes or no, if the question named the group (`asked`); else just where the member is."""
    listed = _footnote_list(statement, records)
    # the member as the summary writes it ("iceland" asked, "Iceland" listed)
    member = next((m for m in statement.members if m.lower() == member.lower()), None) or \
        getattr(country_named(member), "name", member)  # "poland" asked: Poland
    if _lists(statement, member):
        found = (f"{with_article(member)} is {member_of(statement.on_behalf_of)} on whose behalf "
                 f"{subject(statement, own=True, start=False)} spoke ({listed}):")
        return f"Yes: {found}" if asked else found[:1].upper() + found[1:]
    return f"No: the summary lists the {statement.on_behalf_of} as {listed}; {member} is not among them:"


def joint(request: MeetingRequest, records: Records) -> Draft:
    """"Who delivered the joint statement with OMCT?"; without a name, every joint statement. A
    speaker with a statement of its own that also co-presented another's (IBAHRI) is said to
    have done both."""
    if request.speakers:
        pairs = named_statements(request, records)
        if not pairs:
            return refusal(MEETING, "the speaker filter excludes the speaker the question names")
        parts, shown = [], set()
        for named, statement in pairs:
            if statement.id in shown:  # IBAHRI's part in the Law Society's statement, given already
                continue
            also = [] if named.via == "co-presenter" else [
                other for other in records.statements if other.id != statement.id
                and any(p.casefold() == statement.speaker.casefold() for p in other.joint_with)]
            lead = _joint_of(named, statement)
            if also and not statement.joint_with:
                lead = f"{subject(statement)} spoke alone in its own statement:"
            if is_yes_no(request.question) and named.via == "member":
                # "did Norway speak on its own?": no, it is one of the States a group spoke for
                lead = ("No: " if request.alone else "Yes: ") + lead
            elif is_yes_no(request.question) and request.alone and statement.on_behalf_of and \
                    named.via == "speaker":
                # "did Lithuania speak individually?": no, it spoke for a group of States
                partners = "the summary names no co-presenters:" if not statement.joint_with else \
                    _lower_the(lead)
                lead = f"No: {subject(statement, own=True, start=False)} spoke on behalf of the " \
                       f"{statement.on_behalf_of}, not in its own name; {partners}"
            elif is_yes_no(request.question) and named.via != "co-presenter" and also \
                    and not request.alone:
                # "did IBAHRI speak jointly with the Law Society?": alone in its own statement, but
                # a co-presenter of another's, which follows
                lead = f"Yes, in another's statement: {_lower_the(lead).rstrip(':')}, and also " \
                       f"co-presented the joint statement below:"
            elif is_yes_no(request.question) and named.via != "co-presenter":
                # "did the ICJ speak together with others?", "did OMCT speak alone?": yes or no first
                lead = ("Yes: " if request.alone == (not statement.joint_with) else "No: ") + \
                    _lower_the(lead)
            parts.append((lead, records.cited(statement)))
            shown.update([statement.id, *(other.id for other in also)])
            for other in also:
                rest = [p for p in other.joint_with if p.casefold() != statement.speaker.casefold()]
                parts.append((f"{subject(statement)} also co-presented the joint statement of "
                              f"{running_name(other)}" + (f", with {series(rest)}" if rest else "") + ":",
                              records.cited(other)))
        return draft(parts)
    if request.alone:  # "which NGOs spoke alone": no co-presenters
        # "which delegations spoke in their national capacity": a group spoke for several States,
        # so not alone, unless only groups are asked about
        groups_out = request.kinds != ["group"]
        alone = [s for s in records.statements if not s.joint_with and
                 (not request.kinds or s.kind in request.kinds) and not (groups_out and s.kind == "group")]
        groups = [s for s in records.statements if groups_out and s.kind == "group" and
                  (not request.kinds or "group" in request.kinds)]
        noun = kind_noun({s.kind for s in alone}, len(alone))
        left = ", not counting the group statements made on behalf of several States" if groups else ""
        return draft([(f"{len(alone)} {noun} spoke alone, with no co-presenters named{left}:" if alone else
                       "Every statement of that kind was a joint statement.",
                       Section(lines=[Line(label=label(s), quotes=[records.opening(s)]) for s in alone]))])
    chosen = [s for s in records.statements
              if s.joint_with and (not request.kinds or s.kind in request.kinds)]
    if not chosen:
        return refusal(MEETING, "none of its statements is recorded as a joint statement")
    if request.position in (1, -1):  # "which statement had the most co-signers?"
        return _most_partners(chosen, records, most=request.position == 1)
    lines = [Line(label=label(s), quotes=[records.opening(s)]) for s in chosen]
    noun = kind_noun({s.kind for s in chosen}, len(chosen))
    return draft([(f"{len(chosen)} {noun} delivered joint statements, with co-presenters:",
                   Section(lines=lines))])


def _most_partners(chosen: list[Statement], records: Records, most: bool) -> Draft:
    """The joint statement(s) with the most (or fewest) co-presenters, then the others' counts."""
    count = (max if most else min)(len(s.joint_with) for s in chosen)
    top = [s for s in chosen if len(s.joint_with) == count]
    others = [f"{display_name(s)} ({len(s.joint_with)})" for s in chosen if s not in top]
    superlative = "most" if most else "fewest"
    lead = " ".join(f"{subject(s)} delivered the joint statement with the {superlative} co-presenters, "
                    f"{count} {noun_for('co-presenter', count)}: {series(s.joint_with).rstrip('.')}."
                    for s in top)
    lead += f" The other joint statements, with their number of co-presenters: {series(others)}." \
        if others else ""
    return draft([(lead, Section(lines=[Line(label=label(s), quotes=[records.opening(s)]) for s in top]))])


def _states_that_spoke(records: Records, document: Document) -> str:
    """"Did Italy take the floor?": no, and the States that did, as many as the summary's FACTS &
    FIGURES count ("17 State Delegations") when it counts them and agrees."""
    states = [display_name(s) for s in records.of_document(document.id, ["state"])]
    declared = [(name, n) for name, n in document.participation.items() if heading_kind(name) == "state"]
    if declared and declared[0][1] == len(states):
        return f"The summary's FACTS & FIGURES count {declared[0][1]} {declared[0][0]}: {series(states)}."
    return f"It records {len(states)} {noun_for('State delegation', len(states))}: {series(states)}."


def _joint_of(named: Named, statement: Statement) -> str:
    if named.via in ("co-presenter", "member"):
        return f"{relation(named, statement)}:"
    if not statement.joint_with:
        return f"{subject(statement)} spoke alone; the summary names no co-presenters:"
    return f"{subject(statement)} delivered a joint statement with {series(statement.joint_with)}:"


def spoke(request: MeetingRequest, records: Records) -> Draft:
    """"Did Viasna speak?", "Did France take the floor?": yes (and where), jointly, or through
    a group."""
    if request.unknown:
        names = "neither name is" if " or " in request.unknown else "the name is not"  # "Spain or Italy"
        lead = (f"No: the summary records no statement by {with_article(request.unknown)}; {names} among "
                "its speakers, the members of its group statements or the co-presenters of its joint "
                "statements.")
        if any(country_named(name) for name in request.unknown.split(" or ")):
            lead += "".join(f" {_states_that_spoke(records, document)}" for document in records.documents)
        return Draft(question_type=MEETING, lead=lead)
    pairs = named_statements(request, records)
    if not pairs:
        return refusal(MEETING, "the speaker filter excludes the speaker the question names")
    parts = [(_took_floor(n, s, records, first=i == 0), records.cited(s)) for i, (n, s) in enumerate(pairs)]
    if not request.absent:
        return draft(parts)
    one = len(request.absent) == 1
    return draft(parts, closing=f"No statement by {series(request.absent)} is recorded: "
                                f"{'it is' if one else 'they are'} not among the speakers, the members of "
                                "the group statements or the co-presenters.")


def _took_floor(named: Named, statement: Statement, records: Records, first: bool) -> str:
    yes = "Yes" if first else "Also"
    if named.via == "member":
        # It took part, through its group: "Yes", as a user asking "Did Iceland take part?" means.
        how = "Yes, through its group, not separately" if first else "Also through its group"
        return (f"{how}: {named.name} is {member_of(statement.on_behalf_of)} on whose behalf "
                f"{statement.name} spoke:")
    if named.via == "co-presenter":
        return f"{yes}, jointly: {relation(named, statement)}:"
    if named.via == "representative":
        return f"{yes}: {_person(statement)} delivered the statement of {display_name(statement)}:"
    sequence = records.of_document(statement.document_id)
    together = f" {jointly(statement)}" if statement.joint_with else ""
    return (f"{yes}: {subject(statement, start=False)} took the floor{together}, "
            f"{place_in(statement, sequence, [statement.kind])}"
            f" ({place_in(statement, sequence)} in the summary's order):")
