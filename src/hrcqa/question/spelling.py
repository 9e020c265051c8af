"""Spelling correction of a question against the corpus vocabulary ("comittee" -> "committee").

`Speller` is built once from the corpus texts (word frequencies) and corrects a question word
only when it is neither a corpus word nor a known English word (symspellpy's 82,765-word English
frequency list, read as a plain word list), and only to a corpus word within a small
Damerau-Levenshtein distance (rapidfuzz): one edit for words of 4-7 letters, two for longer
ones; never words under 4 letters, words with digits or all-caps acronyms. Candidates are ranked
by distance, then whether they have the word's letters (a swap: "mnay" is "many", not "may"),
then corpus frequency; distances are taken over accent-folded forms, so "Platek"
finds "Płatek" at distance 0. The original's capitalisation style is kept.

Left alone as well: inflections of known words ("crackdowns", "Belarusians", "detainees'"), found
by taking off an inflectional ending. Three cheap extras:

- possessives are corrected on their base ("Moskalencko's" -> "Moskalenko's");
- hyphen and space variants of a corpus word are joined ("in-communicado", "in communicado" ->
  "incommunicado"; "nongovernmental" -> "non-governmental" where the corpus hyphenates it);
- in a two-word name of the corpus ("Karinna Moskalenko"), a common English word standing
  beside the distinctive half is corrected too ("Karina Moskalenko" -> "Karinna Moskalenko"),
  though "Karina" is an English word on its own.

A corrected word is a corpus word, so correcting a corrected question changes nothing. Pure:
the speller is read, never changed, by `correct`.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from hrcqa.errors import ConfigError
from hrcqa.models import Statement
from hrcqa.text.countries import countries
from hrcqa.text.tokenize import tokenize

# A word: letters, with inner hyphens or apostrophes ("in-communicado", "Belarus's"); none
# touching a digit or another word character ("15th", "A/HRC/60/1" give no words to correct).
WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w])")
ENGLISH_WORDS = ("symspellpy", "frequency_dictionary_en_82_765.txt")
# Letters that do not decompose under NFKD.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
                       "œ": "oe", "þ": "th", "ð": "d", "’": "'"})
# Inflectional endings and what to put back to find the base ("detainees" -> "detainee").
_ENDINGS = (("'s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"),
            ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""), ("ers", ""), ("est", ""), ("ly", ""),
            ("ally", ""), ("ness", ""), ("ment", ""), ("ments", ""), ("ation", "e"), ("ations", "e"))


class Correction(BaseModel):
    """One corrected span `[start, end)` of the original question: `original` became `corrected`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    original: str
    corrected: str
    start: int
    end: int


@functools.cache
def english_words() -> frozenset[str]:
    """The general English word list (lower-case), shipped by symspellpy; read once.

    >>> {"banana", "yesterday", "committee"} <= english_words(), "comittee" in english_words()
    (True, False)
    """
    spec = importlib.util.find_spec(ENGLISH_WORDS[0])  # found, not imported (36 ms saved)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("symspellpy is not installed; `pip install symspellpy` (its English word list)")
    path = Path(spec.submodule_search_locations[0]) / ENGLISH_WORDS[1]
    text = path.read_text(encoding="utf-8")
    return frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)


def fold(word: str) -> str:
    """Lower-cased, accents and special letters folded to ASCII where they have a plain form.

    >>> fold("Płatek"), fold("Kęstutis"), fold("Belarus’s")
    ('platek', 'kestutis', "belarus's")
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def max_edits(word: str) -> int:
    """Edits allowed to correct a word of this length: 0 under 4 letters, 1 up to 7, else 2."""
    return 0 if len(word) < 4 else 1 if len(word) <= 7 else 2


def styled(replacement: str, like: str) -> str:
    """`replacement` (a corpus surface form) in the capitalisation style of `like`.

    >>> styled("Moskalenko", "moskalencko"), styled("committee", "Comittee"), styled("McKay", "Mckai")
    ('moskalenko', 'Committee', 'McKay')
    """
    if like.islower():
        return replacement.lower()
    if like[:1].isupper() and (like[1:].islower() or not like[1:]):
        inner_caps = any(c.isupper() for c in replacement[1:]) and not replacement.isupper()
        return replacement if inner_caps else replacement[:1].upper() + replacement[1:].lower()
    return replacement


def _stem(word: str) -> str | None:
    stems = tokenize(word)
    return stems[0] if len(stems) == 1 else None


class _Word(NamedTuple):
    """A word of a text: its span, its text, the possessive ending kept out of the lookup ("'s"),
    and the text without it."""

    start: int
    end: int
    text: str
    ending: str
    base: str


def _words(text: str) -> list[_Word]:
    words = []
    for match in WORD.finditer(text):
        word = match.group()
        if word[-2:-1] in ("'", "’") and word[-1] in "sS":
            words.append(_Word(match.start(), match.end(), word, word[-2:], word[:-2]))
        else:
            words.append(_Word(match.start(), match.end(), word, "", word))
    return words


class Speller:
    """A question spelling corrector over one corpus vocabulary. Build once; `correct` is pure.

    >>> speller = Speller.from_texts([
    ...     "The Belarusian Helsinki Committee reported deaths in custody and incommunicado detention.",
    ...     "Ms. Karinna Moskalenko and Ms. Monika Płatek presented the report.",
    ... ])
    >>> speller.correct("what did the helsinki comittee say about incomunicado detention?")[0]
    'what did the helsinki committee say about incommunicado detention?'
    >>> speller.correct("Did Karina Moskalencko speak?")
    ('Did Karinna Moskalenko speak?', [Correction(original='Karina', corrected='Karinna', start=4, end=10),
    Correction(original='Moskalencko', corrected='Moskalenko', start=11, end=22)])
    >>> speller.correct("what did Monica Platek say about bananas yesterday?")[0]
    'what did Monika Płatek say about bananas yesterday?'
    >>> speller.correct("deaths in custody")
    ('deaths in custody', [])
    """

    def __init__(self, frequencies: Counter[str], surfaces: dict[str, str], forms: Iterable[str],
                 compounds: dict[str, str], names: Counter[tuple[str, str]]) -> None:
        """Use `from_texts`. `frequencies` counts the folded words, `surfaces` gives each folded
        word its most frequent corpus form, `forms` are all the corpus forms, `compounds` maps a
        hyphenated corpus word joined ("nongovernmental") to its form, `names` counts
        capitalised word pairs (folded)."""
        self._english = english_words()
        self._frequencies = frequencies
        self._surfaces = surfaces
        self._compounds = compounds
        self._lower = frozenset(form.lower().replace("’", "'") for form in forms)
        by_length: dict[int, list[str]] = defaultdict(list)
        for key in frequencies:
            by_length[len(key)].append(key)
        self._by_length = dict(by_length)
        self._names = names
        after: dict[str, list[str]] = defaultdict(list)
        before: dict[str, list[str]] = defaultdict(list)
        for first, second in names:
            after[second].append(first)
            before[first].append(second)
        self._after = dict(after)  # second word of a name -> its first words
        self._before = dict(before)  # first word of a name -> its second words

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Speller:
        """The speller of the words in `texts` (statement texts, speaker names ...).

        >>> Speller.from_texts(["Deaths in custody; deaths in custody."]).vocabulary_size
        3
        """
        frequencies: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        compounds: dict[str, Counter[str]] = defaultdict(Counter)
        names: Counter[tuple[str, str]] = Counter()
        for text in texts:
            previous: _Word | None = None
            for word in _words(text):
                base = word.base
                if "-" in base:
                    compounds[fold(base.replace("-", ""))][base] += 1
                for part in re.split(r"[-'’]", base) if "-" in base else [base]:
                    if part:
                        key = fold(part)
                        frequencies[key] += 1
                        forms[key][part] += 1
                if (previous is not None and text[previous.end:word.start] == " "
                        and _is_name_word(previous.base) and _is_name_word(base)):
                    names[fold(previous.base), fold(base)] += 1
                previous = word
        surfaces = {key: _most_common_form(counts) for key, counts in forms.items()}
        joined = {key: _most_common_form(counts) for key, counts in compounds.items()}
        every_form = (form for counts in forms.values() for form in counts)
        return cls(frequencies, surfaces, every_form, joined, names)

    @classmethod
    def from_statements(cls, statements: Iterable[Statement]) -> Speller:
        """The speller of the statements' texts and their speakers' names, roles and
        representatives, and of every State's names, demonyms and capitals (general data:
        "brittish" is "british", "checz" is "czech", whether or not the summary uses the word)."""
        texts: list[str] = []
        for s in statements:
            texts += [s.text, s.name, *s.members, *s.joint_with]
            texts += [t for t in (s.acronym, s.role, s.representative, s.on_behalf_of) if t]
        for country in countries():
            texts += [country.name, *country.aliases, *country.demonyms, *country.people, *country.capitals]
        return cls.from_texts(texts)

    @property
    def vocabulary_size(self) -> int:
        """How many different (folded) words the corpus has."""
        return len(self._frequencies)

    def known(self, word: str) -> bool:
        """A corpus word or an English word (any case; possessive "'s" ignored).

        >>> speller = Speller.from_texts(["Karinna Moskalenko"])
        >>> [speller.known(w) for w in ("moskalenko", "Banana", "Moskalenko's", "Moskalencko")]
        [True, True, True, False]
        """
        lower = word.lower().replace("’", "'")
        if lower in self._lower or lower in self._english:
            return True
        return lower.endswith("'s") and (lower[:-2] in self._lower or lower[:-2] in self._english)

    def correct(self, question: str) -> tuple[str, list[Correction]]:
        """The question with its misspelt words corrected, and the corrections (spans of `question`).

        >>> speller = Speller.from_texts(["Incommunicado detention of NGO members in Minsk."])
        >>> speller.correct("which NGOs mentioned in-communicado detention in 2024?")
        ('which NGOs mentioned incommunicado detention in 2024?',
        [Correction(original='in-communicado', corrected='incommunicado', start=21, end=35)])
        """
        words = _words(question)
        edits: dict[int, tuple[int, int, str]] = {}  # first word index -> (start, end, replacement)
        covered: set[int] = set()
        for i, word in enumerate(words):
            if i in covered or not self._correctable(word.base):
                continue
            joined = self._joined(question, words, i)
            if joined is not None:
                first, last, replacement = joined
                edits[first] = (words[first].start, words[last].end - len(words[last].ending),
                                replacement)
                covered.update(range(first, last + 1))
                continue
            replacement = self._nearest(word.base)
            if replacement is not None:
                edits[i] = (word.start, word.end - len(word.ending), replacement)
                covered.add(i)
        for i, replacement in self._name_edits(question, words, edits, covered).items():
            edits[i] = (words[i].start, words[i].end - len(words[i].ending), replacement)
        corrections = [Correction(original=question[start:end], corrected=replacement, start=start, end=end)
                       for start, end, replacement in sorted(edits.values())
                       if question[start:end] != replacement]
        corrected, done = [], 0
        for c in corrections:
            corrected += [question[done:c.start], c.corrected]
            done = c.end
        corrected.append(question[done:])
        return "".join(corrected), corrections

    # --- the rules ---------------------------------------------------------------------------------

    def _correctable(self, word: str) -> bool:
        """Neither known nor an inflection of a known word, and long enough, and not an acronym."""
        if len(word) < 4 or word.isupper() or self.known(word):
            return False
        if "-" in word:
            return fold(word.replace("-", "")) in self._frequencies or any(
                self._correctable(part) for part in word.split("-"))
        return not self._inflected(word.lower().replace("’", "'"))

    def _inflected(self, lower: str) -> bool:
        """An inflection of a known word ("crackdowns", "lukashenkos"). A stem the index already
        matches is not enough: "independant" and "budris" share the stems of "independent" and
        "Budrys" (Snowball), yet are misspelt."""
        for ending, put_back in _ENDINGS:
            stem = lower[: len(lower) - len(ending)]
            if lower.endswith(ending) and len(stem) >= 3:
                for base in (stem + put_back, stem[:-1] if stem[-1:] == stem[-2:-1] else None):
                    if base and (base in self._lower or base in self._english):
                        return True
        return False

    def _joined(self, question: str, words: list[_Word], i: int) -> tuple[int, int, str] | None:
        """A hyphen or space variant of a corpus word: (first word, last word, replacement)."""
        word = words[i]
        key = fold(word.base.replace("-", ""))
        if "-" in word.base and key in self._frequencies:
            return i, i, styled(self._surfaces[key], word.base.split("-")[0])
        if key in self._compounds and "-" not in word.base:
            return i, i, styled(self._compounds[key], word.base)
        for first, last in ((i - 1, i), (i, i + 1)):
            if first < 0 or last >= len(words) or words[first].ending:
                continue
            gap = question[words[first].end:words[last].start]
            pair = fold(words[first].base + words[last].base)
            if gap.strip(" -") == "" and gap and "-" not in words[first].base + words[last].base \
                    and pair in self._frequencies and len(pair) >= 6:
                return first, last, styled(self._surfaces[pair], words[first].base)
        return None

    def _nearest(self, word: str) -> str | None:
        """The corpus word nearest to `word` (distance, then the same letters, then frequency),
        in `word`'s style."""
        if "-" in word:
            parts = [self._nearest(p) if self._correctable(p) else None for p in word.split("-")]
            if not any(parts):
                return None
            return "-".join(new or old for new, old in zip(parts, word.split("-"), strict=True))
        key, limit = fold(word), max_edits(word)
        best: tuple[int, bool, int, str] | None = None
        for length in range(len(key) - limit, len(key) + limit + 1):
            choices = self._by_length.get(length)
            if not choices:
                continue
            for candidate, distance, _ in process.extract(
                    key, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None):
                # at one distance, the same letters first: a swap ("mnay") is "many", not "may"
                rank = (int(distance), sorted(candidate) != sorted(key), -self._frequencies[candidate],
                        candidate)
                if best is None or rank < best:
                    best = rank
        return None if best is None else styled(self._surfaces[best[3]], word)

    def _name_edits(self, question: str, words: list[_Word], edits: dict[int, tuple[int, int, str]],
                    covered: set[int]) -> dict[int, str]:
        """Common words beside the distinctive half of a two-word corpus name ("Karina" before
        "Moskalenko"): corrected to the name's other half. Words joined with a neighbour
        (`covered`) take no part."""
        def key_of(i: int) -> str:
            return fold(edits[i][2] if i in edits else words[i].base)

        found: dict[int, str] = {}
        for i in range(len(words) - 1):
            if question[words[i].end:words[i + 1].start] != " " or words[i].ending:
                continue
            for anchor, other, table in ((i + 1, i, self._after), (i, i + 1, self._before)):
                name = key_of(anchor)
                word = words[other].base
                if (other in covered or other in found or (anchor in covered and anchor not in edits)
                        or name not in table or name in self._english
                        or "-" in word or len(word) < 4 or word.isupper()
                        or word.lower() in self._lower):
                    continue
                key, limit = fold(word), max_edits(word)
                pairs = [(DamerauLevenshtein.distance(key, c), -self._pair_count(c, name, other < anchor), c)
                         for c in table[name]]
                pairs = [p for p in pairs if 0 < p[0] <= limit and _stem(word.lower()) != _stem(p[2])]
                if pairs:
                    found[other] = styled(self._surfaces[min(pairs)[2]], word)
        return found

    def _pair_count(self, candidate: str, name: str, candidate_first: bool) -> int:
        return self._names[(candidate, name) if candidate_first else (name, candidate)]


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not an acronym and not hyphenated."""
    return word[:1].isupper() and not word.isupper() and "-" not in word


def _most_common_form(counts: Counter[str]) -> str:
    return counts.most_common(1)[0][0]
