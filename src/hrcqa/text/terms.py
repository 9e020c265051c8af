"""Text helpers for matching question topics to sentences: content terms, lists of
alternatives, and acronyms the corpus spells out. Pure functions over strings.

    content_terms("Which speakers raised the death penalty?")  # stems without question words
    split_alternatives("sanctions, travel bans or targeted measures")  # any one will do
    find_acronyms(text)  # {"icc": [("internat", "crimin", "court")], ...}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from hrcqa.text.tokenize import tokenize

# Function words of questions that carry no topic (stems, as `tokenize` returns them).
QUESTION_WORDS = frozenset(tokenize(
    "what which who whom whose how when where why did do does done have has had been being be "
    "were was is are am s any anyone anybody all also other others there here down up out about "
    "would could should can may might must its his her them those these this we you i me our "
    "your so than too very just ever"))
_SMALL = {"of", "the", "and", "for", "on", "against", "in", "to", "de", "a"}
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|on|against|in|de)"
                             r"(?=\s+[A-Z]))?\s*){2,}")
_ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def content_terms(text: str) -> list[str]:
    """Stemmed content terms of a question or topic, in order, without duplicates.

    >>> content_terms("Which speakers raised the death penalty?")
    ['speaker', 'rais', 'death', 'penalti']
    """
    return list(dict.fromkeys(t for t in tokenize(text) if t not in QUESTION_WORDS))


# a text in quotation marks (an apostrophe inside a word closes none)
_QUOTATION = re.compile(r"(?<!\w)['\"‘“][^'\"‘“’”]+['\"’”](?!\w)")


def split_alternatives(text: str) -> tuple[str, list[str]]:
    """Split "A, B or C" into the part all alternatives share and the alternatives.

    Two alternatives where one is a single word (an article aside) share the other's modifiers: "trials or
    sentences handed down in absentia" is about trials or sentences *handed down in absentia*.

    >>> split_alternatives("sanctions, travel bans or other targeted measures")
    ('', ['sanctions', 'travel bans', 'other targeted measures'])
    >>> split_alternatives("trials or sentences handed down in absentia")
    ('handed down in absentia', ['trials', 'sentences'])
    >>> split_alternatives("the repression of independent media or journalists")
    ('the repression of independent', ['media', 'journalists'])
    >>> split_alternatives("the elections fraudulent or a sham")  # an article is no alternative
    ('the elections', ['fraudulent', 'sham'])

    A quotation is matched whole: its "or" is the speaker's, not a choice the asker offers.

    >>> split_alternatives("check - 'the vaguer the term, the easier to turn a meme or a like into a crime'")
    ("check - 'the vaguer the term, the easier to turn a meme or a like into a crime'", [])
    >>> split_alternatives("the “foreign agents” law or the extremism lists")[1]
    ['the “foreign agents” law', 'the extremism lists']
    """
    parts = [p.strip() for p in re.split(r",\s*(?:or\s+)?|\s+or\s+", text) if p.strip()]
    quoted = [m.span() for m in _QUOTATION.finditer(text)]
    if len(parts) < 2 or all(any(start < m.start() < end for start, end in quoted)
                             for m in re.finditer(r"\bor\b", text)):
        return text, []
    if len(parts) == 2:
        first, second = (_ARTICLE.sub("", part) for part in parts)
        if len(first.split()) == 1 and len(second.split()) > 1:
            head, _, tail = second.partition(" ")
            return tail, [first, head]
        if len(second.split()) == 1 and len(first.split()) > 1:
            shared, _, last = parts[0].rpartition(" ")
            return shared, [last, second]
    return "", parts


def initials(phrase: str, capitalised_only: bool = False) -> str:
    """The first letters of a phrase's words, upper-cased, small words ("of", "the") skipped;
    with `capitalised_only`, every word that does not start with a capital is skipped.

    >>> initials("International Criminal Court"), initials("Republic of moldova")
    ('ICC', 'RM')
    >>> initials("Nordic-Baltic states"), initials("Nordic-Baltic states", capitalised_only=True)
    ('NS', 'N')
    """
    if capitalised_only:
        words = [w for w in phrase.split() if w[0].isupper()]
    else:
        words = [w for w in phrase.split() if w.lower() not in _SMALL]
    return "".join(w[0] for w in words).upper()


def spellings(phrase: str) -> set[str]:
    """The acronyms a phrase can spell: each word gives its first letter, a word in capitals may
    give all its letters ("UN"), and a small word ("of", "against") may give none.

    >>> sorted(spellings("Convention against Torture"))
    ['CAT', 'CT']
    >>> "UNCAT" in spellings("UN Convention against Torture")
    True
    """
    options = [{word[0].upper()} | ({word.upper()} if word.isupper() else set())
               | ({""} if word.lower() in _SMALL else set())
               for word in (w.strip("'’*") for w in phrase.split()) if word]
    found = {""}
    for letters in options:
        found = {done + letter for done in found for letter in letters}
    return {f for f in found if len(f) > 1}


def _capitalised_phrases(text: str, longest: int = 6) -> set[str]:
    """Every run of two or more capitalised words of a text, and the shorter runs inside it."""
    phrases = set()
    for match in CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        for start in range(len(words)):
            for end in range(start + 2, min(len(words), start + longest) + 1):
                if words[start].lower() not in _SMALL and words[end - 1].lower() not in _SMALL:
                    phrases.add(" ".join(words[start:end]))
    return phrases


def _left_out(phrase: str, acronym: str) -> int:
    """How many words of a phrase its acronym leaves out ("of" in "UDHR"; none in "UNCAT" of
    "UN Convention against Torture", whose "UN" gives two letters)."""
    words = [w.strip("'’*") for w in phrase.split()]
    return sum(len(w) if w.isupper() else 1 for w in words if w) - len(acronym)


def _fewest_left_out(phrases: Iterable[str], used: set[str]) -> dict[str, int]:
    """For each acronym used, the fewest words that any phrase spelling it leaves out: the
    phrases that leave out more are not what it stands for."""
    fewest: dict[str, int] = {}
    for phrase in phrases:
        for acronym in spellings(phrase) & used:
            key = acronym.lower()
            fewest[key] = min(fewest.get(key, len(phrase)), _left_out(phrase, acronym))
    return fewest


def acronym_phrases(text: str) -> dict[str, list[str]]:
    """The acronyms a text uses, each with the capitalised phrases of the text that spell it
    out, as written ("upr" -> ["Universal Periodic Review"]); the longest phrase of each
    distinct spelling.

    >>> acronym_phrases("Belarus' upcoming Universal Periodic Review ... report at the UPR")
    {'upr': ['Universal Periodic Review']}
    """
    used = set(_ACRONYM.findall(text))
    found: dict[str, list[str]] = defaultdict(list)
    phrases = sorted(_capitalised_phrases(text), key=len, reverse=True)
    fewest = _fewest_left_out(phrases, used)
    for phrase in phrases:
        for acronym in spellings(phrase) & used:
            if not any(phrase in longer for longer in found[acronym.lower()]) and \
                    _left_out(phrase, acronym) == fewest[acronym.lower()]:
                found[acronym.lower()].append(phrase)
    return dict(found)


def with_expansions(text: str, phrases: dict[str, list[str]]) -> str:
    """The text with each acronym it uses that stands for one phrase (`acronym_phrases`) spelt out
    after it, for a sentence encoder that knows the phrase better than the letters.

    >>> with_expansions("Belarus's forthcoming UPR", {"upr": ["Universal Periodic Review"]})
    "Belarus's forthcoming UPR (Universal Periodic Review)"
    >>> with_expansions("the ICC", {"icc": ["International Criminal Court", "Centre Against Censorship"]})
    'the ICC'
    """
    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        found = phrases.get(word.lower(), [])
        # typed in lower case, three letters or more ("upr"; "us" is a pronoun)
        if len(found) != 1 or found[0].lower() in text.lower() or not (word.isupper() or len(word) > 2):
            return word
        return f"{word} ({found[0]})"
    return re.sub(r"\b[A-Za-z]{2,7}\b", spelt, text)


def find_acronyms(text: str) -> dict[str, list[tuple[str, ...]]]:
    """Acronyms used in a text, each with the capitalised phrases that spell it out there
    (`spellings`). A UN body's or treaty's acronym also stands for its phrase without "UN", as
    UN usage has it (UNCAT and CAT, UNHRC and HRC).

    >>> list(find_acronyms("the International Criminal Court ... the ICC"))
    ['icc']
    >>> find_acronyms("the ICC ... International Criminal Court ... International Centre Against Censorship")
    {'icc': [('internat', 'crimin', 'court')]}
    >>> find_acronyms("the UN Convention against Torture (UNCAT) ... the Convention Against Torture")["uncat"]
    [('un', 'convent', 'against', 'tortur'), ('convent', 'against', 'tortur')]
    """
    used = set(_ACRONYM.findall(text))
    found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    phrases = sorted(_capitalised_phrases(text))
    fewest = _fewest_left_out(phrases, used)
    for phrase in phrases:
        terms = tuple(tokenize(phrase))
        for acronym in spellings(phrase) & used:
            # "ICC" is the International Criminal Court, every word spelt, not the International Centre
            # (Against) Censorship, which leaves a word out
            if terms and terms not in found[acronym.lower()] and \
                    _left_out(phrase, acronym) == fewest[acronym.lower()]:
                found[acronym.lower()].append(terms)
    for phrase in phrases:  # "Convention against Torture", spelt "UN Convention against Torture"
        terms = tuple(tokenize(phrase))
        for acronym in spellings(phrase):
            spelt = found.get("un" + acronym.lower(), [])
            if terms and terms not in spelt and any(e[-len(terms):] == terms for e in spelt):
                spelt.append(terms)
    return dict(found)

