"""Who holds a title ("Who is the President of Belarus?", `Intent.title`): the name the summary
gives with that title ("President Lukashenko"), quoted where it appears.

A sentence answers when the title is followed by a name, a capitalised word that is not an
English word ("President Lukashenko", not "the Special Rapporteur Mandate"). A title with a
qualifier ("of France", "on Belarus") needs the qualifier, or another name of its State, in the
same sentence, unless the qualifier is the concerned country, whom the whole summary is about.
A sentence that only mentions the title ("the Special Rapporteur") never says who holds it, so
without a name the answer is a refusal, never a speaker who used the word. The speakers' own
roles ("Who is the Chair of the Group of Experts?") are answered from the records instead
(`hrcqa.answer.people`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from hrcqa.answer.composing import Draft, Line, Section, credited_name
from hrcqa.answer.drafts import quote_of, refusal
from hrcqa.answer.scoring import Scored
from hrcqa.models import Statement
from hrcqa.question.intent import Intent
from hrcqa.question.words import TITLES
from hrcqa.text.countries import country_named, names_of
from hrcqa.text.english import english_words
from hrcqa.text.grammar import series

_QUALIFIER = re.compile(r"\s+(?:of|on|for|to|in)\s+(?:the\s+)?(?P<qualifier>.+)$", re.I)
_NAME = r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_MAX_QUOTES = 3


def identity(intent: Intent, scored: Scored, statements: Mapping[str, Statement]) -> Draft:
    """The names the summary gives the title asked about, with the sentences that give them."""
    title = intent.title or ""
    qualifier = _QUALIFIER.search(title)
    core = title[:qualifier.start()] if qualifier else title
    head = re.search(rf"(?:\w+(?:-|\s+))?{TITLES}", core, re.I)  # "vice-president" is not "president"
    if head is None:
        return refusal("single", f"it names no one as the {title}")
    # the title in any case, the name capitalised: "president Lukashenko", not "president can"
    pattern = re.compile(rf"(?i:\b{_flexible(head.group())}s?\b),?\s+{_NAME}")
    forms = _forms(qualifier.group("qualifier")) if qualifier else []
    about_all = bool(forms) and any(s.kind == "concerned_country" and s.speaker in forms
                                    for s in statements.values())
    found: dict[str, list[int]] = {}  # name -> bank indices
    for index, sentence in enumerate(scored.bank.sentences):
        for match in pattern.finditer(sentence.text):
            name = match.group("name")
            if not _is_name(name) or not (not forms or about_all or any(
                    re.search(rf"\b{re.escape(form)}\b", sentence.text) for form in forms)):
                continue
            found.setdefault(f"{head.group()} {name}", []).append(index)
    if not found:
        return refusal("single", f"it names no one as the {title}")
    quoted, lines = set(), []
    for indices in found.values():
        for index in indices:
            sid = scored.bank.sentences[index].statement_id
            if sid not in quoted and len(quoted) < _MAX_QUOTES:
                quoted.add(sid)
                lines.append(Line(label=credited_name(statements[sid]), quotes=[quote_of(scored, index)]))
    named = series([f"“{name}”" for name in found])
    return Draft(question_type="single", lead=f"The summary refers to {named}:",
                 sections=[Section(lines=lines)])


def _flexible(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


def _forms(qualifier: str) -> list[str]:
    """The qualifier and, for a State, its other names ("Belarus", "Belarusian", ...)."""
    country = country_named(qualifier.strip(" ?.!"))
    forms = [qualifier.strip(" ?.!")]
    if country:
        forms += [n.text for n in names_of(country)]
    return list(dict.fromkeys(forms))


def _is_name(name: str) -> bool:
    """A personal name: its last word is no English word ("Lukashenko", not "Mandate")."""
    last = name.split()[-1].strip("'’")
    return last.lower() not in english_words()
