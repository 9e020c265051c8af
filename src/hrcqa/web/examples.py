"""Example questions drawn from the loaded summaries: one of each kind of question the app answers.

    example_questions(retriever.statements.values())
    # [("Who said", "Which delegations mentioned <a topic many delegations raised>?"),
    #  ("Speaker and topic", "What did <a State> say about <its most salient topic>?"), ...]

Nothing here knows a summary. Topics are noun phrases read from the statements, verbatim: one
to three lower-case content words after a determiner or preposition ("of *political
prisoners*,"), with their "of" complement if any ("*the families of the disappeared*"). A
phrase's salience for a class of statements (the delegations', the NGOs', one State's) is its
class-based TF-IDF (c-TF-IDF, as in BERTopic): its frequency in the class times
log(1 + A / its frequency in all statements), A being the average size of a class in words; so
a topic the class raises often, and others seldom, wins. Multi-word phrases come first, and of
nested phrases used equally often the longest is asked about: they read most naturally.

Speakers come from the statements too: kinds, groups' members, the questions put to the panel
(`hrcqa.question.asking.puts_question`). People are capitalised names that no speaker bears and
that are never written in lower case or after "the". Ties go to what comes first, so the
examples are the same on every start.

It does not ask the answerer: the tests check that each example is answered as its label says
(`QUESTION_TYPES`). A kind the statements cannot support (no group, no figure) is left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hrcqa.models import Statement
from hrcqa.question.asking import puts_question
from hrcqa.text.figures import find_figures
from hrcqa.text.grammar import noun_for
from hrcqa.text.sentences import split_sentences
from hrcqa.text.terms import QUESTION_WORDS
from hrcqa.text.tokenize import tokenize

Example = tuple[str, str]  # (label: the kind of question, question)
Key = tuple[str, ...]  # a phrase's stems
# What the answerer reports (`Answer.question_type`) for each kind of example.
QUESTION_TYPES = {
    "Who said": "who_said", "Speaker and topic": "speaker", "Follow-up": "speaker",
    "Figure": "figure", "Asked the panel": "asked_panel", "Kind of speaker": "who_said",
    "Group member": "speaker", "Fact": "single", "Not in the summary": "unanswerable",
}
DELEGATIONS = ("state", "group", "concerned_country")  # whom "Which delegations" asks about
_DETERMINERS = frozenset("the a an all their its his her our these those this any such".split())
# A noun phrase starts after one of these English function words.
_OPENERS = _DETERMINERS | frozenset("of for on in into with against about by from at over under "
                                    "between towards regarding including concerning through "
                                    "without".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_NAME = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?)([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\b")


# --- noun phrases -----------------------------------------------------------------------------

def _is_content(token: str) -> bool:
    """A lower-case word that carries meaning: not a stop word, question word or -ly adverb."""
    stems = tokenize(token)
    return (token[0].isalpha() and token.islower() and not token.endswith("ly") and token not in _OPENERS
            and bool(stems) and not all(stem in QUESTION_WORDS for stem in stems))


def _run(tokens: Sequence[str], start: int, limit: int) -> list[str]:
    """The content words from `start`, or none if more than `limit` follow in a row."""
    end = start
    while end < len(tokens) and _is_content(tokens[end]):
        end += 1
    return list(tokens[start:end]) if end - start <= limit else []


def phrases_after(tokens: Sequence[str], start: int) -> list[str]:
    """The noun phrase at `start` ("political prisoners") and, if it has one, with its "of"
    complement ("release of all political prisoners")."""
    head = _run(tokens, start, 3)
    if not head:
        return []
    at = start + len(head)
    if at + 1 >= len(tokens) or tokens[at] != "of":
        return [" ".join(head)]
    det = tokens[at + 1].lower() in _DETERMINERS
    tail = _run(tokens, at + 1 + det, 2)
    complement = tokens[at:at + 1 + det] + tail if tail else []
    return [" ".join(head)] + ([" ".join([*head, *complement])] if complement else [])


def noun_phrases(text: str) -> list[str]:
    """Candidate noun phrases of a text, verbatim, with "the" where it was written.

    >>> noun_phrases("Canada urges the release of all political prisoners and an end to torture.")
    ['the release', 'the release of all political prisoners', 'political prisoners', 'end']
    """
    tokens = _TOKEN.findall(text)
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token.lower() in _OPENERS:
            article = "the " if token.lower() == "the" else ""
            found += [article + phrase for phrase in phrases_after(tokens, index + 1)]
    return found


@dataclass
class Phrase:
    """A noun phrase (all the ways it is written, one key of stems) and where it is used."""

    key: Key
    forms: dict[str, int] = field(default_factory=dict)  # as written -> occurrences
    counts: dict[str, int] = field(default_factory=dict)  # statement id -> occurrences

    @property
    def text(self) -> str:
        """The most frequent written form (the first met of equals)."""
        return max(self.forms, key=self.forms.__getitem__)

    @property
    def words(self) -> int:
        """How many content words (stems: "ill-treatment" has two)."""
        return len(self.key)

    def used(self, ids: Iterable[str]) -> tuple[int, int]:
        """(occurrences, statements) among the statements `ids`."""
        found = [self.counts[i] for i in ids if i in self.counts]
        return sum(found), len(found)

    def salience(self, ids: Iterable[str], class_words: float) -> float:
        """c-TF-IDF of the phrase for the class of statements `ids`, classes having
        `class_words` words on average: `tf(class) * log(1 + class_words / tf(all))`."""
        return self.used(ids)[0] * math.log(1 + class_words / sum(self.counts.values()))


def phrase_table(statements: Iterable[Statement]) -> list[Phrase]:
    """Every candidate noun phrase of the statements, in the order first met."""
    table: dict[Key, Phrase] = {}
    for statement in statements:
        for text in noun_phrases(statement.text):
            key = tuple(tokenize(text))
            phrase = table.setdefault(key, Phrase(key))
            phrase.forms[text] = phrase.forms.get(text, 0) + 1
            phrase.counts[statement.id] = phrase.counts.get(statement.id, 0) + 1
    return list(table.values())


def salient(phrases: Sequence[Phrase], ids: Sequence[str], class_words: float, min_statements: int = 1,
            avoid: Iterable[Phrase] = ()) -> Phrase | None:
    """The phrase most salient for the class of statements `ids` (see `Phrase.salience`),
    multi-word first, used by at least `min_statements` of them and sharing no stem with
    `avoid`; then the longest phrase containing it that is used there as often.

    >>> table = phrase_table(statements.values())
    >>> salient(table, [statements["new-zealand"].id], class_words=200).text
    'the death penalty'
    """
    avoided = {stem for phrase in avoid for stem in phrase.key}
    fit = [p for p in phrases if p.used(ids)[1] >= min_statements and not avoided & set(p.key)]
    best = max(fit, key=lambda p: (p.words > 1, p.salience(ids, class_words)), default=None)
    if best is None:
        return None
    nested = [p for p in fit if set(best.key) <= set(p.key) and p.used(ids) == best.used(ids)]
    return max(nested, key=lambda p: p.words)


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
            tokens = _TOKEN.findall(statement.text[found.end:found.end + 120])
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
