"""Number agreement for counted phrases: "1 country makes up", "3 countries make up", via inflect.

`noun_for` and `verb_for` put a noun or a present-tense verb in the number a count calls for;
`kind_heading` is the heading of a group of statements of one kind ("States", "NGOs", but
"Panel" however many), derived from `models.KIND_LABELS`. `series` joins names as the
summaries do ("Belgium, Luxembourg and the Netherlands"), `ordinal` writes "6th", and
`with_article` puts "the" before the country names that take it ("the United Kingdom").

inflect pluralises nouns and verbs by rule. It cannot tell a present-tense plural ("make") from
a past tense ("said"), so for a count of 1 a verb is made singular only when inflect's own
conjugation tables list it ("are" -> "is", "have" -> "has", "make" -> "makes"); any other verb
is left as written. Nouns given should be singular or regular plurals; acronyms ("NGO") take an
"s". inflect is imported on first use, without typeguard's instrumentation (`_inflect`).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hrcqa.models import COLLECTIVE_KINDS, KIND_LABELS

if TYPE_CHECKING:
    import inflect

# Names with a common noun or in the plural take "the": "the United Kingdom", "the Russian
# Federation", "the Marshall Islands", "the Philippines".
_TAKES_ARTICLE = re.compile(r"(?:United|Russian|\w*lands|Holy|Philippines|Czech Republic|"
                            r"Republic|Democratic|Islamic|European|Gambia|Bahamas)\b")


@functools.lru_cache(maxsize=1)
def _engine() -> inflect.engine:
    return _inflect().engine()


@functools.lru_cache(maxsize=1)
def _inflect():  # noqa: ANN202 (the module)
    """inflect, imported without typeguard's instrumentation.

    inflect 7 decorates its engine with typeguard's `@typechecked`, which re-reads and recompiles
    the module's source when it is imported: 1.3 s here, paid by the first question that needs
    a plural (a cold `hrcqa ask "Which NGOs spoke?"` took 3.4 s, 2.1 s without it). The checks
    only guard inflect's own argument types, which the calls here always meet; with the decorator
    left out for the import (as `python -O` does), inflect imports in 0.07 s.
    """
    with _IMPORTING:  # one import at a time (the first questions of two threads)
        try:
            import typeguard
        except ImportError:  # an inflect that no longer uses it
            import inflect

            return inflect
        decorator = typeguard.typechecked
        typeguard.typechecked = _unchecked
        try:
            import inflect
        finally:
            typeguard.typechecked = decorator
    return inflect


def _unchecked(target=None, **_options):  # noqa: ANN001, ANN202 (typeguard's signature)
    """`@typechecked` and `@typechecked(...)` that leave the function as it is."""
    return target if target is not None else (lambda function: function)


_IMPORTING = threading.Lock()


@functools.lru_cache(maxsize=1)
def _singular_verbs() -> dict[str, str]:
    """Plural present-tense verb -> third person singular, from inflect's conjugation tables."""
    inflect = _inflect()
    tables = {**inflect.plverb_irregular_pres, **inflect.plverb_ambiguous_pres}
    return {plural: singular for singular, plural in tables.items()
            if singular != plural and singular.endswith("s")}


def is_plural(word: str) -> bool:
    """Whether a word is a plural noun ("prisoners", "children"), by inflect's rules.

    >>> is_plural("prisoners"), is_plural("children"), is_plural("custody"), is_plural("Loika")
    (True, True, False, False)
    """
    return word.islower() and bool(_engine().singular_noun(word))


def noun_for(noun: str, count: int) -> str:
    """The noun, singular or plural, in the number `count` calls for.

    >>> noun_for("countries", 1), noun_for("country", 3), noun_for("NGOs", 1), noun_for("NGO", 2)
    ('country', 'countries', 'NGO', 'NGOs')
    """
    singular = _engine().singular_noun(noun) or noun
    if count == 1:
        return singular
    return f"{singular}s" if singular.isupper() else _engine().plural_noun(singular)


def verb_for(verb: str, count: int) -> str:
    """The verb agreeing with `count` things: pluralised by inflect's rules, or made singular
    when inflect's tables know it (others, and past tenses, stay as written).

    >>> verb_for("make", 1), verb_for("are", 1), verb_for("mentions", 2), verb_for("raised", 1)
    ('makes', 'is', 'mention', 'raised')
    """
    if count == 1:
        return _singular_verbs().get(verb.lower(), verb)
    return _engine().plural_verb(verb, count)


def kind_heading(kind: str, count: int) -> str:
    """The heading over `count` statements of a kind: its label, plural where the kind counts.

    >>> kind_heading("state", 1), kind_heading("ngo", 4), kind_heading("panel", 3)
    ('State', 'NGOs', 'Panel')
    """
    label = KIND_LABELS[kind]
    return label if kind in COLLECTIVE_KINDS else noun_for(label, count)


def series(names: Sequence[str]) -> str:
    """Names joined as running text, without a serial comma.

    >>> series(["Belgium", "Luxembourg", "the Netherlands"]), series(["Chile"])
    ('Belgium, Luxembourg and the Netherlands', 'Chile')
    """
    return _engine().join(list(names), final_sep="") if names else ""


def ordinal(number: int) -> str:
    """"1st", "2nd", "13th".

    >>> ordinal(1), ordinal(22), ordinal(13)
    ('1st', '22nd', '13th')
    """
    return str(_engine().ordinal(number))


def indefinite(noun: str) -> str:
    """The noun with "a" or "an" as it is spoken: "a State", "an NGO".

    >>> indefinite("State"), indefinite("NGO"), indefinite("expert")
    ('a State', 'an NGO', 'an expert')
    """
    return str(_engine().a(noun))


def with_article(name: str) -> str:
    """"the United States", "the Russian Federation", but "China".

    >>> with_article("Netherlands"), with_article("China")
    ('the Netherlands', 'China')
    """
    return f"the {name}" if _TAKES_ARTICLE.match(name) else name


_COMMON_OPENING = re.compile(r"(?:The|A|An|None|No|Not|Some|All|Each|Every|Only|Both)\b")


def inner_first(text: str) -> str:
    """A sentence as it continues another: its first word lower-cased if that is a common word
    ("None of the ..." -> "none of the ..."), never a name or an acronym ("WRI is ...").

    >>> inner_first("None of the 3 speakers are NGOs."), inner_first("WRI is not one of the States.")
    ('none of the 3 speakers are NGOs.', 'WRI is not one of the States.')
    """
    return text[:1].lower() + text[1:] if _COMMON_OPENING.match(text) else text
