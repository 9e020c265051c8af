"""Answers to questions about the meeting itself (`hrcqa.question.meeting`), from the parsed
records instead of sentence search: who spoke, by kind and in speaking order; how many, checked
against the summary's own FACTS & FIGURES counts (which count no region, so a list or count of
the States from a region is not checked, and "none from Africa" lists those that did speak);
first, last, before, after and where in the order; who put questions to the experts; the
summary's date, session, title and author. The answers about people (Chair, roles,
representatives, members, joint statements, "did X speak") are in `hrcqa.answer.people`.

Speakers are cited by their statements' opening sentences (`hrcqa.answer.records`); those who
put questions to the experts by their first question (`hrcqa.question.asking.puts_question`).
Order is the order of the summary. When the summary reports panel statements (replies) before
the dialogue, answers about the order that involve them say so: the summary's order need not
be the order of speaking there. Document facts come from the summary's title page and metadata,
which no statement holds, so they carry no quote (a note says where they come from). With
several summaries in the corpus, lists, counts and order are answered summary by summary.
Lists name a joint statement's co-presenters with it, and counts count it once, as the
summary's FACTS & FIGURES do (`hrcqa.answer.records.joint_note` says so under the answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from hrcqa.answer import people
from hrcqa.answer.composing import Draft, Section, running_name, short_name
from hrcqa.answer.drafts import refusal
from hrcqa.answer.records import (
    KIND_NOUNS,
    MEETING,
    Records,
    breakdown,
    draft,
    joint_note,
    kind_noun,
    once_each,
    place_in,
    relation,
    subject,
)
from hrcqa.answer.yesno import is_yes_no
from hrcqa.corpus.chunking import Sentence
from hrcqa.corpus.layout import heading_kind
from hrcqa.models import Document, Statement
from hrcqa.question.meeting import NOUN_JOINER, ORDINALS, MeetingRequest
from hrcqa.question.naming import Named
from hrcqa.text.dates import long_date
from hrcqa.text.grammar import indefinite, noun_for, ordinal, series, verb_for

DocumentAnswer = Callable[[MeetingRequest, Records, Document], Draft]
METADATA_NOTE = ("from the summary's title page, quoted as written, and its metadata; no statement "
                 "holds them, so there is no [n] to cite")


def answer_meeting(request: MeetingRequest, statements: Mapping[str, Statement],
                   documents: Sequence[Document], split: Iterable[Sentence] = ()) -> Draft:
    """The draft answer to a meeting question (question type "meeting"); `split` may give the
    statements' sentences as the index stored them, which saves splitting them again.

    >>> from hrcqa.question.meeting import read_meeting
    >>> answer_meeting(read_meeting("Which NGO spoke first?", directory), statements, []).lead
    'The first NGO to take the floor was the Law Society of England and Wales:'
    """
    records = Records.of(statements, documents, split)
    if not records.statements:
        return refusal(MEETING, "the filters leave no statement to answer from")
    draft = ANSWERS[request.asks](request, records)
    if request.left:  # "who opened the meeting and what did she present": the second part is not read
        rest = f"This answers the first part of the message; ask “{request.left}” on its own for the rest"
        draft = draft.model_copy(update={"notes": [*draft.notes, rest]})
    if request.also is None:
        return draft
    return _both(draft, ANSWERS[request.also.asks](request.also, records))


def _both(first: Draft, second: Draft) -> Draft:
    """The answers to two questions asked in one ("who spoke first and how many NGOs spoke?"):
    the first as it is, the second under its own lead; one that cannot be answered says so."""
    if not second.answerable:
        return first.model_copy(update={"notes": [*first.notes, f"Not answered: {second.lead}"]})
    if not first.answerable:
        return second.model_copy(update={"notes": [*second.notes, f"Not answered: {first.lead}"]})
    lines = [line for section in second.sections for line in section.lines]
    return first.model_copy(update={
        "sections": [*first.sections, Section(heading=second.lead, lines=lines)],
        "notes": list(dict.fromkeys([*first.notes, *second.notes]))})


def per_document(answer_one: DocumentAnswer) -> Callable[[MeetingRequest, Records], Draft]:
    """An answer over every document: one document's draft as it is, several side by side."""
    def answer(request: MeetingRequest, records: Records) -> Draft:
        drafts = [(doc, answer_one(request, records, doc)) for doc in records.documents]
        answered = [(doc, d) for doc, d in drafts if d.answerable]
        if len(drafts) == 1 or not answered:
            return drafts[0][1]
        sections = [Section(heading=f"{doc.title or doc.id}: {d.lead}",
                            lines=[line for s in d.sections for line in s.lines]) for doc, d in answered]
        return Draft(question_type=MEETING, lead=f"The corpus holds {len(drafts)} summaries:",
                     sections=sections)
    return answer


def _noun(request: MeetingRequest, statements: Sequence[Statement], count: int) -> str:
    """The question's own noun ("countries", "NGOs") in the number of the count, else the kinds'."""
    if not request.noun or request.noun.lower() == "panel":  # "did the panel speak": its members
        return kind_noun(request.kinds or {s.kind for s in statements}, count)
    noun = re.sub(r"\bngo(s?)\b", r"NGO\1", re.sub(r"\bstate(s?)\b", r"State\1", request.noun.lower()))
    noun = re.sub(r"^civil[-\s]society$", "civil society organization", noun)  # "the civil-society segment"
    if re.search(NOUN_JOINER, noun):  # "States and NGOs": as the question has it
        return noun
    return noun_for(noun, count)


def _excluding(request: MeetingRequest) -> str:
    """", not counting the experts" when the question leaves speakers out, else ""."""
    return f", {request.excluding}" if request.excluding else ""


def _within(request: MeetingRequest, every: Sequence[Statement]) -> list[Statement]:
    """The statements from the region the question asks about, if it asks about one."""
    return [s for s in every if s.id in request.within] if request.where else list(every)


def _none_from(request: MeetingRequest, records: Records, every: Sequence[Statement]) -> Draft:
    """"Did any African country speak?" when none did: no, and those of its kinds that did."""
    count = len(every)
    noun = _noun(request, every, count)
    opening = "No: none" if is_yes_no(request.question) else "None"
    verb = "spoke" if _sided(request) else "is"  # "spoke before the States", "is from Africa"
    lead = f"{opening} of the {count} {noun} that took the floor {verb} {request.where}. They were:" \
        if count else f"No {_noun(request, every, 2)} took the floor."
    return Draft(question_type=MEETING, lead=lead, sections=records.kind_sections(every) if count else [])


def _speakers(request: MeetingRequest, records: Records, doc: Document) -> Draft:
    """"Which NGOs spoke?": each speaker once, by kind, in speaking order (from a region, if the
    question names one: "Which States from outside Europe spoke?")."""
    every = once_each(records.of_document(doc.id, request.kinds))
    chosen = _within(request, every)
    if request.where and not chosen:
        return _none_from(request, records, every)
    if not chosen:
        return refusal(MEETING, f"no {_noun(request, chosen, 2)} took the floor")
    where = f" {request.where}" if request.where else ""
    order = ", in this order:" if len(chosen) > 1 else ":"
    took = f"took the floor{where}" if _sided(request) else f"{where} took the floor".strip()
    yes = "Yes: " if is_yes_no(request.question) else ""  # "Did any group take the floor?"
    lead = f"{yes}{len(chosen)} {_noun(request, chosen, len(chosen))} {took}{_excluding(request)}{order}"
    check = "" if where else facts_check(doc, records.of_document(doc.id), request.kinds)
    return Draft(question_type=MEETING, lead=lead, sections=records.kind_sections(chosen),
                 closing=_sentences(check, joint_note(chosen)))


def _count(request: MeetingRequest, records: Records, doc: Document) -> Draft:
    """"How many States took the floor?": the count, its kinds, and the summary's own count."""
    every = records.of_document(doc.id, request.kinds)
    statements_asked = request.noun.lower().startswith("statement")
    chosen = _within(request, every if statements_asked else once_each(every))
    if request.where and not chosen:
        return _none_from(request, records, once_each(every))
    if not chosen:
        return refusal(MEETING, f"no {_noun(request, chosen, 2)} took the floor")
    verb = f"{verb_for('were', len(chosen))} delivered" if statements_asked else "took the floor"
    kinds = {s.kind for s in chosen}
    parts = f": {breakdown(chosen)}" if len(kinds) > 1 else ""
    where = f" {request.where}" if request.where else ""
    check = "" if where else facts_check(doc, records.of_document(doc.id), request.kinds)
    verb = f"{verb}{where}" if _sided(request) else f"{where} {verb}".strip()
    lead = f"{len(chosen)} {_noun(request, chosen, len(chosen))} {verb}{_excluding(request)}" \
        f"{parts}. {check}".strip()
    return Draft(question_type=MEETING, lead=lead, sections=records.kind_sections(chosen),
                 closing=joint_note(chosen))


def _sided(request: MeetingRequest) -> bool:
    """Whether `where` is a side of other speakers ("before the State delegations"), not a region."""
    return request.where.startswith(("before ", "after "))


def _sentences(*parts: str) -> str:
    """The non-empty parts, one after another."""
    return " ".join(part for part in parts if part)


def facts_check(doc: Document, statements: Sequence[Statement], kinds: Sequence[str]) -> str:
    """Whether the summary's FACTS & FIGURES counts (`Document.participation`) of the kinds
    asked agree with the statements recorded; "" if it gives none for them."""
    declared = [(heading_kind(name), name, n) for name, n in doc.participation.items()]
    relevant = [(k, name, n) for k, name, n in declared if k and (not kinds or k in kinds)]
    if not relevant:
        return ""
    recorded = {k: sum(s.kind == k for s in statements) for k, _name, _n in relevant}
    wrong = [(k, name, n) for k, name, n in relevant if recorded[k] != n]
    if not wrong:
        counts = series([f"{n} {name}" for _k, name, n in relevant])
        return f"This matches the summary's FACTS & FIGURES ({counts})."
    gaps = series([f"{n} {name}, but records {recorded[k]} {kind_noun([k], recorded[k])}"
                   for k, name, n in wrong])
    return f"The summary's own FACTS & FIGURES disagree: it counts {gaps}."


def order_note(sequence: Sequence[Statement], involved: Sequence[Statement] | None = None) -> str:
    """A warning when the summary reports panel statements (replies) before the dialogue and
    the answer involves them (`involved` None: any of the sequence may be affected)."""
    early = [s for i, s in enumerate(sequence) if s.kind == "panel" and i > 0
             and any(t.kind != "panel" for t in sequence[i + 1:])]
    if not early or (involved is not None and not {s.id for s in involved} & {s.id for s in early}):
        return ""
    names = series(list(dict.fromkeys(s.speaker for s in early)))
    headings = series(list(dict.fromkeys(s.section.capitalize() for s in early)))
    return (f"This is the order in which the summary records the statements. It reports {names} "
            f"({headings}) before the dialogue, so they may have spoken later than this order shows.")


def _order(request: MeetingRequest, records: Records, doc: Document) -> Draft:
    """"Who spoke first?", "Which NGO spoke last?", "In what order did the NGOs speak?"."""
    sequence = records.of_document(doc.id, request.kinds)
    if not sequence:
        return refusal(MEETING, f"no {_noun(request, sequence, 2)} took the floor")
    if request.span and request.position:  # "the last three speakers"
        chosen = sequence[:request.span] if request.position > 0 else sequence[-request.span:]
        which = "first" if request.position > 0 else "last"
        noun = _noun(request, sequence, len(chosen))
        return Draft(question_type=MEETING, lead=f"The {which} {len(chosen)} {noun} to take the floor were:",
                     sections=[records.numbered(chosen, sequence)], closing=order_note(sequence, chosen))
    if request.position is None:
        noun = _noun(request, sequence, len(sequence))
        return Draft(question_type=MEETING, lead=f"The {len(sequence)} {noun} spoke in this order:",
                     sections=[records.numbered(sequence, sequence)],
                     closing=_sentences(order_note(sequence), joint_note(sequence)))
    if request.both_ends and len(sequence) > 1:  # "who spoke first and last"
        first, last = (_at_position(request, records, sequence, end) for end in (1, -1))
        return Draft(question_type=MEETING, lead=f"{first.lead[:-1]}; {last.lead[0].lower()}{last.lead[1:]}",
                     sections=[records.numbered([sequence[0], sequence[-1]], sequence)],
                     closing=order_note(sequence))
    return _at_position(request, records, sequence, request.position)


def _at_position(request: MeetingRequest, records: Records, sequence: Sequence[Statement],
                 number: int) -> Draft:
    """The speaker at place `number` (1-based; -1 for the last) of the sequence."""
    index = number - 1 if number > 0 else len(sequence) + number
    if not 0 <= index < len(sequence):
        return refusal(MEETING, f"only {len(sequence)} {_noun(request, sequence, len(sequence))} "
                       "took the floor")
    chosen = sequence[index]
    which = "last" if number == -1 else "second-to-last" if number == -2 else \
        ORDINALS[index] if index < len(ORDINALS) else ordinal(index + 1)
    noun = _noun(request, sequence, 1) if request.kinds else "speaker"
    note = order_note(sequence, None if number < 0 else [chosen])
    lead = f"The {which} {noun} to take the floor was {_who(chosen)}"
    # "which country spoke first": the concerned country, or, as many mean it, the first State
    others = [s for s in sequence if s.kind != "concerned_country"]
    concerned = [s for s in sequence[:index + 1] if s.kind == "concerned_country"] if number > 0 else []
    if concerned and others and index < len(others):
        lead += (f"; leaving out {running_name(concerned[0])}, the concerned country, the {which} "
                 f"{kind_noun({s.kind for s in others}, 1)} was {_who(others[index])}")
        return Draft(question_type=MEETING, lead=f"{lead}:", closing=note,
                     sections=[records.numbered([chosen, others[index]], sequence)])
    return Draft(question_type=MEETING, lead=f"{lead}:", sections=[records.numbered([chosen], sequence)],
                 closing=note)


def _who(statement: Statement) -> str:
    """The speaker in running text, with a panel member's role."""
    return running_name(statement) + (f", {statement.role}" if statement.role else "")


def neighbour(request: MeetingRequest, records: Records) -> Draft:
    """"Who spoke after France?", "Which NGO spoke before IBAHRI?"; for several speakers named
    ("who spoke right before them", after a list), the neighbour of each. The neighbours are the
    answer and are quoted, each with its place ("14. Germany"), not the speakers named."""
    pairs = people.primary(people.named_statements(request, records))
    if not pairs:
        return refusal(MEETING, "the speaker filter excludes the speaker the question names")
    full = records.of_document(pairs[0][1].document_id)
    ids = [s.id for s in full]
    after = request.relation != "before"
    leads, shown = [], []
    for named, anchor in pairs:
        if anchor.id not in ids:
            continue  # a speaker of another summary: the order is each summary's own
        at = ids.index(anchor.id)
        candidates = full[at + 1:] if after else full[:at][::-1]
        if request.every and len(pairs) == 1:  # "which States spoke before France": all of them
            return _every_side(request, records, anchor, after,
                               [s for s in candidates if not request.kinds or s.kind in request.kinds])
        found = next((s for s in candidates if not request.kinds or s.kind in request.kinds), None)
        intro = _edge_intro(named, anchor, full) if named.via == "kind" else relation(named, anchor)
        leads.append((f"{intro}. " if intro else "") + _neighbour_lead(request, anchor, found, after))
        # the answer is the neighbour, quoted with its place; the one named only when none is
        shown += [s for s in (found or anchor,) if s not in shown]
    lead = " ".join([f"{lead.rstrip(':')}." for lead in leads[:-1]] + leads[-1:])
    return Draft(question_type=MEETING, lead=lead,
                 sections=[records.numbered(sorted(shown, key=lambda s: ids.index(s.id)), full)],
                 closing=order_note(full, shown))


def _edge_intro(named: Named, anchor: Statement, full: list[Statement]) -> str:
    """"The last of the experts to speak was Ms. Susan Bazilli", when a side of a kind was asked;
    "" when the kind is one speaker, whose name the answer gives."""
    if sum(s.kind == anchor.kind for s in full) == 1:
        return ""
    return f"{named.name[:1].upper()}{named.name[1:]} to speak was {running_name(anchor)}"


def _every_side(request: MeetingRequest, records: Records, anchor: Statement, after: bool,
                found: list[Statement]) -> Draft:
    """Every speaker of the kinds asked on one side of the one named, in the summary's order."""
    full = records.of_document(anchor.document_id)
    ids = [s.id for s in full]
    shown = sorted([anchor, *found], key=lambda s: ids.index(s.id))
    return _spoke_in_span(request, records, full, found,
                          f"{'after' if after else 'before'} {running_name(anchor)}", shown)


def _spoke_in_span(request: MeetingRequest, records: Records, full: list[Statement], found: list[Statement],
                   span: str, shown: list[Statement]) -> Draft:
    """"3 States spoke between Malta and Romania in the summary's order:" and the numbered list."""
    noun = _noun(request, found, len(found)) if request.kinds else noun_for("speakers", len(found))
    lead = f"{len(found)} {noun} spoke {span} in the summary's order:" if found else \
        f"No {_noun(request, [], 1) if request.kinds else 'speaker'} spoke {span} in the summary's order:"
    return Draft(question_type=MEETING, lead=lead, sections=[records.numbered(shown, full)],
                 closing=order_note(full, shown))


def between(request: MeetingRequest, records: Records) -> Draft:
    """"Who spoke between Malta and New Zealand?": everyone in the summary's order between the
    two speakers named, of the kinds asked."""
    pairs = people.primary(people.named_statements(request, records))
    if len(pairs) != 2 or pairs[0][1].document_id != pairs[1][1].document_id:
        return refusal(MEETING, "it takes two speakers of one summary to say who spoke between them")
    full = records.of_document(pairs[0][1].document_id)
    ids = [s.id for s in full]
    first, last = sorted((pairs[0][1], pairs[1][1]), key=lambda s: ids.index(s.id))
    found = [s for s in full[ids.index(first.id) + 1:ids.index(last.id)]
             if not request.kinds or s.kind in request.kinds]
    span = f"between {running_name(first)} and {running_name(last)}"
    return _spoke_in_span(request, records, full, found, span, [first, *found, last])


def earlier(request: MeetingRequest, records: Records) -> Draft:
    """"Did Belarus speak before the EU?", "Who spoke first, Poland or Germany?": which of two
    speakers came first in the summary's order, with each one's place; "Yes" or "No" when the
    question says which ("right after": next to it)."""
    pairs = people.primary(people.named_statements(request, records))
    if len(pairs) != 2 or pairs[0][1].document_id != pairs[1][1].document_id or pairs[0][1] == pairs[1][1]:
        return refusal(MEETING, "it takes two speakers of one summary to say which of them spoke first")
    full = records.of_document(pairs[0][1].document_id)
    ids = [s.id for s in full]
    (named, asked), (other_named, other) = pairs
    first, second = sorted((asked, other), key=lambda s: ids.index(s.id))
    gap = ids.index(second.id) - ids.index(first.id)
    side = "before" if first == asked else "after"
    shown = (first, second) if request.position else (asked, other)
    places = f"{short_name(shown[0])} {ordinal(ids.index(shown[0].id) + 1)}, {short_name(shown[1])} " \
        f"{ordinal(ids.index(shown[1].id) + 1)} of {len(full)} speakers in the summary's order"
    said = f"{subject(asked, start=not request.relation)} spoke {'right ' if gap == 1 else ''}{side} " \
        f"{running_name(other)} ({places})"
    if request.relation:
        yes = side == request.relation and (gap == 1 or not request.next_to)
        lead = f"{'Yes' if yes else 'No'}: {said}"
        if side == request.relation and not yes:
            lead += f", but not right {side} it: {gap - 1} {noun_for('speakers', gap - 1)} spoke between them"
    elif request.position == -1:
        lead = f"{subject(second)} spoke later, after {running_name(first)} ({places})"
    elif request.position == 1:
        lead = f"{subject(first)} spoke first, before {running_name(second)} ({places})"
    else:
        lead = said
    intros = [intro for intro in (relation(named, asked), relation(other_named, other)) if intro]
    return Draft(question_type=MEETING, lead=" ".join(f"{intro}." for intro in intros) +
                 (" " if intros else "") + f"{lead}:",
                 sections=[records.numbered([first, second], full)],
                 closing=order_note(full, [first, second]))


def _neighbour_lead(request: MeetingRequest, anchor: Statement, found: Statement | None,
                    after: bool) -> str:
    side = "after" if after else "before"
    noun = _noun(request, [], 1) if request.kinds else "speaker"
    if found is None:
        return f"No {noun} spoke {side} {running_name(anchor)} in the summary's order:"
    if request.kinds:
        which = "next" if after else "last"
        return f"The {which} {noun} to speak {side} {running_name(anchor)} was {_who(found)}:"
    said = subject(found)
    if request.kind_choice:  # "a group or a State?": which
        said = f"{said.rstrip(',')}, {indefinite(KIND_NOUNS[found.kind])},"
    return f"{said} spoke right {side} {running_name(anchor)}:"


def position(request: MeetingRequest, records: Records) -> Draft:
    """"When did France speak?": its place among its kind and overall, and its neighbours."""
    pairs = people.primary(people.named_statements(request, records))
    if not pairs:
        return refusal(MEETING, "the speaker filter excludes the speaker the question names")
    parts = []
    for named, statement in pairs:
        full = records.of_document(statement.document_id)
        intro = relation(named, statement)
        lead = (f"{intro}. " if intro else "") + f"{subject(statement)} spoke " \
            f"{place_in(statement, full, [statement.kind])} ({place_in(statement, full)} in the " \
            f"summary's order){_between(statement, full)}:"
        parts.append((lead, records.numbered([statement], full)))
    first = pairs[0][1]
    return draft(parts, closing=order_note(records.of_document(first.document_id), [first]))


def _between(statement: Statement, full: Sequence[Statement]) -> str:
    at = [s.id for s in full].index(statement.id)
    before = f" after {running_name(full[at - 1])}" if at > 0 else ""
    after = f" before {running_name(full[at + 1])}" if at + 1 < len(full) else ""
    return "," + before + (" and" if before and after else "") + after if before or after else ""


def _askers(request: MeetingRequest, records: Records, doc: Document) -> Draft:
    """"Which delegations asked the experts questions?": each with its first question."""
    about = request.addressee or ""
    asked = {s.id: q for s in records.of_document(doc.id, request.kinds)
             if s.kind != "panel" and (q := records.first_question(s, about))}
    chosen = [s for s in records.of_document(doc.id) if s.id in asked]
    # "the Chair", "the Special Rapporteur", "the Commission of Inquiry"
    to = "the " + " ".join(w if w == "of" else w.capitalize() for w in about.split()) if about else \
        "the experts"
    by = "such a speaker" if request.kinds else "any speaker"
    asks_whether = is_yes_no(request.question)  # "did any of the groups ask the experts something?"
    if not chosen:
        if asks_whether:
            return Draft(question_type=MEETING,
                         lead=f"No: the summary records no question put to {to} by {by}.")
        return refusal(MEETING, f"it records no question put to {to} by {by}")
    noun = _noun(request, chosen, len(chosen))
    if any(s.kind == "group" for s in chosen) and re.search(r"countr|\bstates?\b", noun, re.I):
        # a group is no one country or State: "delegations", or "delegations and NGOs" with NGOs
        with_ngos = any(s.kind == "ngo" for s in chosen)
        noun = noun_for("delegation", len(chosen)) + (" and NGOs" if with_ngos else "")
    return Draft(question_type=MEETING, lead=f"{'Yes: ' if asks_whether else ''}{len(chosen)} {noun} "
                                             f"put questions to {to}:",
                 sections=records.kind_sections(chosen, quote=lambda s: asked[s.id]))


def document_facts(request: MeetingRequest, records: Records) -> Draft:
    """"When was this dialogue held?", "Who wrote this summary?": from the document metadata."""
    facts = [_fact(request.field or "all", doc) for doc in records.documents]
    if not all(facts):
        return refusal(MEETING, f"its metadata does not give the {request.field}")
    lead = facts[0] if len(facts) == 1 else "\n".join(f"- {fact}" for fact in facts)
    return Draft(question_type=MEETING, lead=lead, notes=[METADATA_NOTE])


def _fact(field: str, doc: Document) -> str:
    """One sentence stating a metadata field ("" if the document lacks it), with the line of the
    title page that gives it, as written ("#HRC60 • 19 September 2025")."""
    day, held = long_date(doc.date), _session(doc)
    dialogue = f"The {doc.title}" if doc.title else "The dialogue"
    facts = {
        "date": f"{dialogue} took place on {day}{f', at {held}' if held else ''}." if day else "",
        "session": f"{dialogue} took place at {held}{f', on {day}' if day else ''}." if held else "",
        "title": f"The summary is titled “{doc.title}”." if doc.title else "",
        "source": f"The summary's author, as its metadata gives it: {doc.source}." if doc.source else "",
        "body": f"{dialogue} was held at the {doc.body}." if doc.body else "",
    }
    shown = {"date": [day, doc.session], "session": [doc.session, day], "title": [doc.title],
             "source": [doc.source], "body": [doc.body]}
    chosen = ("title", "date", "source") if field == "all" else (field,)
    lines = [line for f in chosen if facts[f] for line in _title_page_lines(doc, shown[f])]
    said = " ".join(facts[f] for f in chosen if facts[f])
    quoted = " / ".join(f"“{line}”" for line in dict.fromkeys(lines))
    return f"{said} The title page reads: {quoted}." if said and quoted else said


def _title_page_lines(doc: Document, values: list[str | None]) -> list[str]:
    """The lines of the title page that give one of the values, whatever their case."""
    wanted = [v.casefold() for v in values if v]
    return [line for line in doc.title_page if any(v in line.casefold() for v in wanted)]


def _session(doc: Document) -> str:
    """"the 60th session of the United Nations Human Rights Council (HRC60)"; "" if unknown."""
    number = re.search(r"\d+", doc.session)
    if not number:
        return f"session {doc.session}" if doc.session else ""
    council = doc.body or "Council"
    return f"the {ordinal(int(number.group()))} session of the {council} ({doc.session})"


def _length(request: MeetingRequest, records: Records, doc: Document) -> Draft:
    """"Which delegation spoke the longest?": the statements of the kinds asked by their length in
    the summary (words), the longest (or shortest) three, said to be the summary's length, as it
    records no speaking time."""
    chosen = [s for s in records.of_document(doc.id, request.kinds) if s.kind != "panel" or request.kinds]
    if not chosen:
        return refusal(MEETING, "no statement of the kinds asked is in the summary")
    words = {s.id: len(s.text.split()) for s in chosen}
    ranked = sorted(chosen, key=lambda s: words[s.id], reverse=request.position != -1)[:3]
    which = "longest" if request.position != -1 else "shortest"
    noun = noun_for(request.noun or "speakers", 2)
    lead = (f"The summary records no speaking time. Of the {noun} it summarises, the {which} statement in "
            f"it is {running_name(ranked[0])}'s ({words[ranked[0].id]} words); the summary may report some "
            f"statements more fully than others. The three {which}:")
    section = Section(lines=[line.model_copy(update={"label": f"{line.label} ({words[s.id]} words)"})
                             for s in ranked for line in records.cited(s).lines])
    return draft([(lead, section)])


ANSWERS: dict[str, Callable[[MeetingRequest, Records], Draft]] = {
    "speakers": per_document(_speakers), "count": per_document(_count),
    "order": per_document(_order), "askers": per_document(_askers), "neighbour": neighbour,
    "between": between, "earlier": earlier,
    "position": position, "document": document_facts, "role": people.role, "chair": people.chair,
    "presenter": people.presenter, "repliers": people.repliers, "representative": people.representative,
    "members": people.members, "membership": people.membership, "joint": people.joint,
    "spoke": people.spoke, "length": per_document(_length), "defines": people.defines,
}
