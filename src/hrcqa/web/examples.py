"""Example questions drawn from the loaded summaries: one of each kind of question the app answers.

    example_questions(retriever.statements.values())
    # [("Who said", "Which delegations mentioned <a topic many delegations raised>?"),
    #  ("Speaker and topic", "What did <a State> say about <its most salient topic>?"), ...]

Nothing here knows a summary. Topics are noun phrases read from the statements, verbatim, and
ranked by their class-based TF-IDF (c-TF-IDF, as in BERTopic) for a class of statements (the
delegations', the NGOs', one State's): `hrcqa.text.phrases`, which the meeting overview's themes
share. Multi-word phrases come first, and of nested phrases used equally often the longest is
asked about: they read most naturally.

Speakers come from the statements too: kinds, groups' members, the questions put to the panel
(`hrcqa.question.asking.puts_question`). People are capitalised names that no speaker bears and
that are never written in lower case or after "the". Ties go to what comes first, so the
examples are the same on every start.

It does not ask the answerer: the tests check that each example is answered as its label says
(`QUESTION_TYPES`). A kind the statements cannot support (no group, no figure) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hrcqa.models import Statement
from hrcqa.question.asking import puts_question
from hrcqa.text.figures import find_figures
from hrcqa.text.grammar import noun_for
from hrcqa.text.phrases import PHRASE_TOKEN, Phrase, phrase_table, phrases_after, salient
from hrcqa.text.sentences import split_sentences
from hrcqa.text.tokenize import tokenize

Example = tuple[str, str]  # (label: the kind of question, question)
# What the answerer reports (`Answer.question_type`) for each kind of example.
QUESTION_TYPES = {
    "Who said": "who_said", "Speaker and topic": "speaker", "Follow-up": "speaker",
    "Figure": "figure", "Asked the panel": "asked_panel", "Kind of speaker": "who_said",
    "Group member": "speaker", "Fact": "single", "Not in the summary": "unanswerable",
}
DELEGATIONS = ("state", "group", "concerned_country")  # whom "Which delegations" asks about
_NAME = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?)([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\b")


# --- one function per kind of example ---------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    """The statements, in order, and their noun phrases."""

    statements: list[Statement]
    phrases: list[Phrase]

    def ids(self, *kinds: str) -> list[str]:
        return [s.id for s in self.statements if s.kind in kinds]

    def class_words(self, by_kind: bool) -> float:
        """The average size in words of a class: of a kind's statements, or of one statement."""
        classes = len({s.kind for s in self.statements}) if by_kind else len(self.statements)
        return sum(len(tokenize(s.text)) for s in self.statements) / max(classes, 1)

    def named(self, speaker: str) -> str:
        """The speaker as the statements write it: "the Republic of Korea", "Canada"."""
        pattern = re.compile(rf"\b[Tt]he\s+{re.escape(speaker)}\b")
        return f"the {speaker}" if any(pattern.search(s.text) for s in self.statements) else speaker


def who_said(corpus: Corpus) -> Phrase | None:
    """The most salient topic of the delegations that at least two of them raised."""
    return salient(corpus.phrases, corpus.ids(*DELEGATIONS), corpus.class_words(True), min_statements=2)


def speaker_topic(corpus: Corpus, avoid: Sequence[Phrase]) -> list[Example]:
    """The State whose most salient topic stands out most, and as a follow-up another State
    that raised the same topic. Multi-word topics come first, then topics two States share."""
    states = [s for s in corpus.statements if s.kind == "state"]
    size = corpus.class_words(False)
    shared = [p for p in corpus.phrases if p.used(s.id for s in states)[1] >= 2]
    scored = [(phrase.words > 1, pool is shared, phrase.salience([state.id], size), -index, state, phrase)
              for pool in (shared, corpus.phrases) for index, state in enumerate(states)
              if (phrase := salient(pool, [state.id], size, avoid=avoid))]
    if not scored:
        return []
    *_, state, phrase = max(scored, key=lambda row: row[:4])
    examples = [("Speaker and topic", f"What did {corpus.named(state.speaker)} say about {phrase.text}?")]
    others = [s.speaker for s in states if s.id in phrase.counts and s.speaker != state.speaker]
    return examples + [("Follow-up", f"What about {corpus.named(others[0])}?")] if others else examples


def figure(corpus: Corpus) -> Example | None:
    """"How many <plural noun phrase> are there?" for the phrase most statements put a count on."""
    counted: dict[str, set[str]] = {}
    for statement in corpus.statements:
        for found in find_figures(statement.text):
            tokens = PHRASE_TOKEN.findall(statement.text[found.end:found.end + 120])
            for text in phrases_after(tokens, 0)[-1:] if found.kind == "count" else []:
                head = text.split(" of ")[0].split()[-1]
                if noun_for(head, 2) == head:  # "How many" needs a plural
                    counted.setdefault(text, set()).add(statement.id)
    text = max(counted, key=lambda t: len(counted[t]), default=None)
    return ("Figure", f"How many {text} are there?") if text else None


def asked_panel(corpus: Corpus) -> Example | None:
    """The State (else group, else NGO) that puts the most questions to the panel."""
    for kind in ("state", "group", "ngo"):
        asking = [(sum(puts_question(s.text[a:b]) for a, b in split_sentences(s.text)), -index, s.speaker)
                  for index, s in enumerate(corpus.statements) if s.kind == kind]
        questions, _, speaker = max(asking, default=(0, 0, ""))
        if questions:
            return "Asked the panel", f"What did {corpus.named(speaker)} ask the experts?"
    return None


def kind_of_speaker(corpus: Corpus, avoid: Sequence[Phrase]) -> Example | None:
    """"Which NGOs mentioned <the NGOs' most salient topic>?", two NGOs' if there is one."""
    ids, size = corpus.ids("ngo"), corpus.class_words(True)
    phrase = salient(corpus.phrases, ids, size, 2, avoid) or salient(corpus.phrases, ids, size, 1, avoid)
    return ("Kind of speaker", f"Which NGOs mentioned {phrase.text}?") if phrase else None


def group_member(corpus: Corpus) -> Example | None:
    """"What did <member> say?" for the first member of a group that did not speak on its own."""
    spoke = {name for s in corpus.statements for name in (s.speaker, s.name)}
    members = [m for s in corpus.statements for m in s.members if m not in spoke]
    return ("Group member", f"What did {corpus.named(members[0])} say?") if members else None


def speaker_words(statements: Iterable[Statement]) -> set[str]:
    """Every word of every name a statement gives: speaker, group, members, co-presenters, role."""
    names = [n for s in statements for n in (s.speaker, s.name, *s.members, *s.joint_with,
                                              s.on_behalf_of, s.acronym, s.role, s.representative) if n]
    return {word for name in names for word in re.findall(r"[\w'’-]+", name)}


def fact(corpus: Corpus) -> Example | None:
    """"What happened to <person>?" for the person most statements name: capitalised words that
    are in no speaker's names, never written in lower case and never after "the"."""
    known = speaker_words(corpus.statements)
    lower = {w for s in corpus.statements for w in re.findall(r"\b[a-z][\w'’-]*", s.text)}
    mentions: dict[str, set[str]] = {}
    titles: set[str] = set()  # "the Special Rapporteur" is not a person
    for statement in corpus.statements:
        for article, name in _NAME.findall(statement.text):
            if not any(word in known or word.lower() in lower for word in name.split()):
                mentions.setdefault(name, set()).add(statement.id)
                titles.update([name] if article else [])
    people = {name: ids for name, ids in mentions.items() if name not in titles and len(ids) > 1}
    name = max(people, key=lambda n: len(people[n]), default=None)
    return ("Fact", f"What happened to {name}?") if name else None


def example_questions(statements: Iterable[Statement]) -> list[Example]:
    """One question of each kind the app answers, from the statements alone (see the module doc).

    >>> examples = dict(example_questions(statements.values()))
    >>> examples["Who said"], examples["Group member"]
    ('Which delegations mentioned political prisoners?', 'What did Denmark say?')
    """
    ordered = list(statements)
    corpus = Corpus(ordered, phrase_table(ordered))
    topic = who_said(corpus)
    avoid = [topic] if topic else []
    examples = [("Who said", f"Which delegations mentioned {topic.text}?") if topic else None,
                *speaker_topic(corpus, avoid), figure(corpus), asked_panel(corpus),
                kind_of_speaker(corpus, avoid), group_member(corpus), fact(corpus),
                ("Not in the summary", f"What has happened{f' to {topic.text}' if topic else ''} "
                                       "since the meeting?")]
    return [example for example in examples if example]
