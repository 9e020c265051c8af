"""The parsed records of a meeting, as answers about the meeting itself use them: statements in
speaking order, document by document, and the quote that cites each.

A statement is cited by its opening sentence, which in these summaries is its speaker line: it
names the speaker and, where the summary records one, the representative ("Lithuania on behalf
of the Nordic-Baltic states takes the floor through H. E. Mr. ..."), and for a group statement
it is the sentence that carries the footnote marker of the member list. A statement whose
speaker is named by a heading (the presentation of the report) opens with its first sentence of
substance instead. Speaking order is the order of the summary (`Statement.paragraphs[0].start`).
A joint statement is one statement: listed and counted once, under the organization that
delivered it, its label naming the co-presenters ("OMCT, jointly with FIDH and Viasna"); a
co-presenter is counted only for a statement of its own (IBAHRI).
Pure functions over `Statement`, `Document` and `Sentence` (the index's split, or a new one);
no scoring, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from hrcqa.answer.composing import (
    Draft,
    Line,
    Quote,
    Section,
    display_name,
    jointly,
    running_name,
)
from hrcqa.corpus.chunking import Sentence, sentences
from hrcqa.models import Document, Kind, Statement
from hrcqa.question.asking import puts_question
from hrcqa.question.naming import Named
from hrcqa.text.grammar import kind_heading, noun_for, ordinal, series

MEETING = "meeting"  # the question type of every answer about the meeting itself
KIND_NOUNS: dict[str, str] = {"panel": "expert", "concerned_country": "concerned country",
                              "group": "group", "state": "State", "ngo": "NGO"}
DELEGATIONS = frozenset({"concerned_country", "group", "state"})


@dataclass(frozen=True)
class Records:
    """Statements in speaking order (document by document), the documents they come from, and
    their sentences as the index split them (split again here for a statement not given)."""

    statements: tuple[Statement, ...]
    documents: tuple[Document, ...]
    split: Mapping[str, Sequence[Sentence]] = field(default_factory=dict)

    @classmethod
    def of(cls, statements: Mapping[str, Statement], documents: Sequence[Document],
           split: Iterable[Sentence] = ()) -> Records:
        """Records of the statements; a document missing from `documents` gets a bare entry."""
        known = {d.id: d for d in documents}
        for statement in statements.values():
            known.setdefault(statement.document_id, Document(id=statement.document_id, path="",
                                                             sha256=""))
        order = {doc_id: i for i, doc_id in enumerate(known)}
        ordered = sorted(statements.values(),
                         key=lambda s: (order[s.document_id], s.paragraphs[0].start))
        used = [d for d in known.values() if any(s.document_id == d.id for s in ordered)]
        by_statement: dict[str, list[Sentence]] = {}
        for sentence in split:
            by_statement.setdefault(sentence.statement_id, []).append(sentence)
        return cls(tuple(ordered), tuple(used), by_statement)

    def of_document(self, document_id: str, kinds: Sequence[Kind] = ()) -> list[Statement]:
        """The document's statements of those kinds (all kinds if none), in speaking order."""
        return [s for s in self.statements
                if s.document_id == document_id and (not kinds or s.kind in kinds)]

    def statement(self, statement_id: str) -> Statement | None:
        return next((s for s in self.statements if s.id == statement_id), None)

    def sentences_of(self, statement: Statement) -> Sequence[Sentence]:
        return self.split.get(statement.id) or sentences(statement)

    def opening(self, statement: Statement) -> Quote:
        """The statement's opening sentence (its speaker line), as a quote."""
        first = next(iter(self.sentences_of(statement)), None)
        start, end = (first.start, first.end) if first else (0, len(statement.text))
        return Quote(statement_id=statement.id, start=start, end=end)

    def first_question(self, statement: Statement, about: str = "") -> Quote | None:
        """The statement's first sentence that puts a question to the experts (and mentions
        `about`, e.g. "chair", if given), if any."""
        asked = next((s for s in self.sentences_of(statement) if puts_question(s.text)
                      and about.lower() in s.text.lower()), None)
        return Quote(statement_id=statement.id, start=asked.start, end=asked.end) if asked else None

    def cited(self, statement: Statement, heading: str = "") -> Section:
        """A section quoting one statement's opening sentence, under an optional heading."""
        return Section(heading=heading, lines=[Line(label=label(statement),
                                                    quotes=[self.opening(statement)])])

    def numbered(self, chosen: Sequence[Statement], sequence: Sequence[Statement]) -> Section:
        """Lines for `chosen`, each labelled with its place in `sequence` ("13. Germany")."""
        place = {s.id: i + 1 for i, s in enumerate(sequence)}
        return Section(lines=[Line(label=f"{place[s.id]}. {label(s)}", quotes=[self.opening(s)])
                              for s in chosen])

    def kind_sections(self, statements: Sequence[Statement],
                      quote: Callable[[Statement], Quote] | None = None) -> list[Section]:
        """One section per kind, kinds and statements in speaking order, one quote per
        statement (its opening sentence unless `quote` gives another)."""
        quote = quote or self.opening
        sections = []
        for kind in dict.fromkeys(s.kind for s in statements):
            chosen = [s for s in statements if s.kind == kind]
            sections.append(Section(heading=f"{kind_heading(kind, len(chosen))} ({len(chosen)})",
                                    lines=[Line(label=label(s), quotes=[quote(s)]) for s in chosen]))
        return sections


def once_each(statements: Iterable[Statement]) -> list[Statement]:
    """The first statement of each speaker (a Chair may present and reply), in order."""
    first: dict[tuple[str, str], Statement] = {}
    for statement in statements:
        first.setdefault((statement.document_id, statement.speaker), statement)
    return list(first.values())


def label(statement: Statement) -> str:
    """"Lithuania, on behalf of the Nordic-Baltic states"; a panel member with their role; a
    joint statement with its co-presenters ("OMCT, jointly with FIDH and Viasna")."""
    role = f", {statement.role}" if statement.role else ""
    together = jointly(statement)
    return display_name(statement) + role + (f", {together}" if together else "")


def joint_note(statements: Iterable[Statement]) -> str:
    """How a list or count treats joint statements, if it has any: once, under the organization
    that delivered them (a co-presenter is counted only for a statement of its own)."""
    if not any(s.joint_with for s in statements):
        return ""
    return ("Joint statements count once, under the organization that delivered them; their "
            "co-presenters are named with them.")


def kind_noun(kinds: Iterable[str], count: int) -> str:
    """"NGOs", "State", "delegations" (the kinds of a delegation), or "speakers"."""
    kinds = set(kinds)
    if len(kinds) == 1:
        return noun_for(KIND_NOUNS[next(iter(kinds))], count)
    return noun_for("delegation" if kinds and kinds <= DELEGATIONS else "speaker", count)


def breakdown(statements: Sequence[Statement]) -> str:
    """"3 groups, 17 States and 10 NGOs", kinds in speaking order."""
    kinds = list(dict.fromkeys(s.kind for s in statements))
    counts = [(kind, sum(s.kind == kind for s in statements)) for kind in kinds]
    return series([f"{n} {kind_noun([kind], n)}" for kind, n in counts])


def place_in(statement: Statement, sequence: Sequence[Statement], kinds: Sequence[Kind] = ()) -> str:
    """"13th of 34 speakers" (or "6th of 17 States" for one kind)."""
    chosen = [s for s in sequence if not kinds or s.kind in kinds]
    number = [s.id for s in chosen].index(statement.id) + 1
    return f"{ordinal(number)} of {len(chosen)} {kind_noun(kinds, len(chosen))}"


def subject(statement: Statement, own: bool = False, start: bool = True) -> str:
    """The speaker as a sentence's subject: "Lithuania, on behalf of the Nordic-Baltic states,"
    (commas balanced), or with `own` just "The Netherlands", not the group; capitalised at a
    sentence `start`."""
    name = running_name(statement, start=start)
    if own:
        return name.split(",")[0] if statement.on_behalf_of else name
    return f"{name}," if statement.on_behalf_of else name


def relation(named: Named, statement: Statement) -> str:
    """How a name that is not the speaker leads to the statement, or "" if it is the speaker.

    "Estonia did not speak separately; it is one of the Nordic-Baltic states on whose behalf
    Lithuania spoke"; "Human Rights Center 'Viasna' co-presented the joint statement of ...".
    """
    if named.via == "member":
        return (f"{named.name} did not speak separately; it is {member_of(statement.on_behalf_of)} "
                f"on whose behalf {statement.name} spoke")
    if named.via == "co-presenter":
        partner = next((p for p in statement.joint_with if named.name.lower() in p.lower()),
                       named.name)
        others = [p for p in statement.joint_with if p != partner]
        return (f"{partner} co-presented the joint statement of {running_name(statement)}"
                + (f", with {series(others)}" if others else ""))
    return ""


def member_of(group: str | None) -> str:
    """"one of the Nordic-Baltic states", but "a member of the Pacific Islands Forum".

    >>> member_of("Nordic-Baltic states"), member_of("Core Group on Examplestan")
    ('one of the Nordic-Baltic states', 'a member of the Core Group on Examplestan')
    """
    head = re.split(r"\s+(?:on|for|of)\s+", group or "")[0].split()
    plural = bool(head) and noun_for(head[-1], 1) != head[-1]
    return f"one of the {group}" if plural else f"a member of the {group}"


def draft(parts: Sequence[tuple[str, Section]], closing: str = "") -> Draft:
    """A meeting answer from (lead, section) parts: the first lead leads, later ones head
    their sections."""
    first_lead, first = parts[0]
    sections = [first] + [section.model_copy(update={"heading": lead}) for lead, section in parts[1:]]
    return Draft(question_type=MEETING, lead=first_lead, sections=sections, closing=closing)
