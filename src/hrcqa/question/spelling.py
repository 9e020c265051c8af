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
by taking off an inflectional ending; but not a word one edit from a corpus word of the same
ending ("prisonners", which passes for "prison" and "-ers", is "prisoners"). Three cheap extras:

- possessives are corrected on their base ("Moskalencko's" -> "Moskalenko's");
- hyphen and space variants of a corpus word are joined ("in-communicado", "in communicado" ->
  "incommunicado"; "nongovernmental" -> "non-governmental" where the corpus hyphenates it);
- in a two-word name of the corpus ("Karinna Moskalenko"), a common English word standing
  beside the distinctive half is corrected too ("Karina Moskalenko" -> "Karinna Moskalenko"),
  though "Karina" is an English word on its own.

An acronym the corpus never writes is read as the corpus phrase whose initials it is ("sgbv" ->
"sexual and gender-based violence"; each part of a hyphenated word gives an initial, and "and",
"of", "the" ... may be skipped): only a word that is neither a corpus nor an English word, of
3-6 letters, and only when one phrase has those initials more often than any other (a 3-letter
acronym needs that phrase twice, as chance matches of three initials are common).

A corrected word is a corpus word, so correcting a corrected question changes nothing. Pure:
the speller is read, never changed, by `correct` (its acronym table is worked out once, when first needed).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from hrcqa.index.synonyms import commonest_senses, word_forms, wordnet_dir
from hrcqa.models import Statement
from hrcqa.question.words import AUXILIARY, SPEECH
from hrcqa.text.countries import Country, countries
from hrcqa.text.english import english_frequencies, english_words
from hrcqa.text.tokenize import stopwords, tokenize

# A word: letters, with inner hyphens or apostrophes ("in-communicado", "Belarus's"); none
# touching a digit or another word character ("15th", "A/HRC/60/1" give no words to correct).
WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w])")
# Letters that do not decompose under NFKD.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
                       "œ": "oe", "þ": "th", "ð": "d", "’": "'"})
# Inflectional endings and what to put back to find the base ("detainees" -> "detainee").
_ENDINGS = (("'s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"),
            ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""), ("ers", ""), ("est", ""), ("ly", ""),
            ("ally", ""), ("ness", ""), ("ment", ""), ("ments", ""), ("ation", "e"), ("ations", "e"))
_AGENT_ENDINGS = ("er", "ers", "est", "ly")


class Correction(BaseModel):
    """One corrected span `[start, end)` of the original question: `original` became `corrected`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    original: str
    corrected: str
    start: int
    end: int
    acronym: bool = False  # an acronym written out ("sgbv" -> "sexual and gender-based violence")


def fold(word: str) -> str:
    """Lower-cased, accents and special letters folded to ASCII where they have a plain form.

    >>> fold("Płatek"), fold("Kęstutis"), fold("Belarus’s")
    ('platek', 'kestutis', "belarus's")
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# An English word seen fewer times than this in symspellpy's corpus is rare ("ruse", "bela", not "say")
_RARE_WORD = 10_000_000


# Letters that romanisations of the same Cyrillic name write differently (Belarusian, Russian,
# Polish, German and English conventions), each mapped to one spelling, longest first
_ROMANISATION = [("shch", "sc"), ("sch", "sc"), ("skyi", "ski"), ("skiy", "ski"), ("skij", "ski"),
                 ("sky", "ski"), ("kh", "h"), ("zh", "j"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ch", "c"),
                 ("sz", "s"), ("ou", "ov"), ("w", "v"), ("ya", "ia"), ("ja", "ia"), ("yu", "iu"),
                 ("ju", "iu"), ("iy", "i"), ("ij", "i"), ("y", "i"), ("ck", "k")]


def romanisation_key(word: str) -> str:
    """A folded word with the letters romanisations disagree on made one, and doubled letters single.

    >>> romanisation_key("tsikhanouski"), romanisation_key("tikhanovsky")
    ('cihanovski', 'tihanovski')
    """
    for written, common in _ROMANISATION:
        word = word.replace(written, common)
    return re.sub(r"(.)\1+", r"\1", word)


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


# A word after a name that makes it the subject, not a possessive ("what did Moskalenkos say")
_VERB_AFTER = re.compile(r"(?:say|says|said|ask|asks|asked|think|thinks|thought|want|wants|wanted|do|does|"
                         r"did|is|are|was|were|have|has|had|mention|mentions|mentioned|call|calls|called|urge|"
                         r"urges|urged|speak|speaks|spoke|and|or|too|also)", re.I)
# Words an acronym may skip ("sexual and gender-based violence" is SGBV) and a phrase never opens with.
_CONNECTORS = frozenset({"and", "of", "the", "for", "on", "in", "to", "against", "with", "a", "an"})
# Words no abbreviated phrase holds: the other stop words and pronouns ("Belarus for their work" is no BTW).
_BREAKERS = (stopwords() - _CONNECTORS) | {"its", "his", "her", "our", "from", "which", "who", "has", "have",
                                           "had", "were", "all", "also"}
_CLAUSE = re.compile(r"[^.,;:()\[\]\"“”!?]+")
_ACRONYM = re.compile(r"[^\W\d_]{2,6}")
# an acronym that writes a small word's letter in lower case: "GoE" (Group of Experts), "CoI"
_SMALL_WORD_INSIDE = re.compile(r"(?:[A-Z][a-z])+[A-Z]")


_COMMON_PHRASE = 6  # times a two-word phrase that is no name is seen for its initials to abbreviate it


@functools.cache
def _states_by_code() -> dict[str, Country]:
    """Each UN member State by its ISO 3166 alpha-2 and alpha-3 codes (general data)."""
    return {code: country for country in countries() if country.status == "member" for code in country.codes}


def _noun(word: str) -> bool:
    """Whether WordNet has the word (or its singular) as a noun ("kids", "war"; not "said")."""
    senses = commonest_senses(wordnet_dir())
    return any(key.startswith("n:") for form in word_forms(word.lower()) for key in senses.get(form, ()))


def _noun_phrase(phrase: str) -> bool:
    """Whether a folded phrase is nouns and adjectives ending in a noun, by WordNet's words
    ("political prisoners", not "more than" or "while welcoming").

    >>> _noun_phrase("political prisoners"), _noun_phrase("more than"), _noun_phrase("while welcoming")
    (True, False, False)
    """
    senses = commonest_senses(wordnet_dir())
    words = [w for w in phrase.split() if w not in _CONNECTORS]
    found = [{key[0] for form in word_forms(w) for key in senses.get(form, ())} for w in words]
    return all(found) and "n" in found[-1]


def acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym (folded) of 2-6 letters and the one phrase of `texts` that it abbreviates: the
    phrase with those initials more often than any other, at least twice for three letters
    unless it is a name. Phrases of two or more words within a clause, opening and closing with
    a word that is no connector; each part of a hyphenated word gives an initial. A name (every
    word capitalised, none beside it, not opening the clause: "Radio Free Europe") is what
    acronyms are made of: it is preferred to other phrases, and once is enough. A two-letter
    acronym is of a two-word name seen at least twice ("SR", the Special Rapporteur), or of a
    two-word noun phrase seen at least six times and twice as often as any other with its initials
    ("DP", the death penalty; "CC" is no phrase when "criminal code" and "continues to collect"
    are seen as often).

    >>> acronyms(["Torture and sexual and gender-based violence; sexual and gender-based violence."])["sgbv"]
    'sexual and gender-based violence'
    >>> "tas" in acronyms(["Torture and sexual abuse."])  # three letters, seen once: chance
    False
    >>> acronyms(["the Special Rapporteur said", "support the Special Rapporteur."])["sr"]
    'Special Rapporteur'
    >>> "ok" in acronyms(["I met Olga Karatch."])  # two letters, once: chance
    False
    >>> acronyms(["End the death penalty."] * 6 + ["Due process."])["dp"]
    'death penalty'
    >>> "dp" in acronyms(["End the death penalty."] * 6 + ["Due process."] * 4)  # not twice as often
    False
    >>> acronyms(["the Group of Experts said", "thanks the Group of Experts."])["ge"]
    'Group of Experts'
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: set[str] = set()
    for text in texts:
        for clause in _CLAUSE.finditer(text):
            words = _words(clause.group())
            for i, first in enumerate(words):
                if first.base.lower() in _CONNECTORS:
                    continue
                letters, content = "", 0
                for j, last in enumerate(words[i:i + 10], start=i):
                    if last.base.lower() in _BREAKERS:
                        break
                    if last.base.lower() in _CONNECTORS:
                        continue
                    letters += "".join(part[0] for part in re.split(r"[-'’]", last.base) if part)
                    content += 1
                    if len(letters) > 6:
                        break
                    if len(letters) >= 2 and content >= 2:
                        phrase = clause.group()[first.start:last.end - len(last.ending)]
                        # not a clause's first word, whose capital may only open a sentence
                        name = i > 0 and _is_name(words[i - 1:j + 2], j + 1 < len(words))
                        if name:
                            names.add(phrase)
                        # two letters: of two words ("SR", "DP"), not "Norway and Sweden"
                        if len(letters) >= 3 or content == 2:
                            counts[fold(letters)][phrase] += 1
    found: dict[str, str] = {}
    for key, phrases in counts.items():
        named = Counter({p: c for p, c in phrases.items() if p in names})
        phrases = named or phrases  # "RFE": Radio Free Europe, not the rights to freedom of expression
        folded: Counter[str] = Counter()
        for phrase, count in phrases.items():
            folded[fold(phrase)] += count
        ranked = folded.most_common(2)
        best, count = ranked[0]
        seen_enough = count >= 2 or (len(key) > 3 or bool(named)) and len(key) > 2
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if len(key) == 2 and not named:  # "DP": a noun phrase the text keeps using, twice as often as any
            # other, and no State's code ("AU" is Australia, not the aggression against Ukraine)
            seen_enough = count >= _COMMON_PHRASE and count >= 2 * runner_up and _noun_phrase(best) \
                and key.upper() not in _states_by_code()
        if count > runner_up and seen_enough:
            found[key] = _most_common_form(Counter({p: c for p, c in phrases.items() if fold(p) == best}))
    return found


def _is_name(words: list[_Word], after: bool) -> bool:
    """Whether a phrase (`words`, from the word before it, and with the word `after` it when
    there is one) is a whole name: its words capitalised but its connectors, and no capitalised
    word on either side ("Special Rapporteur", not "Rights Council" of the Human Rights Council)."""
    inner = words[1:len(words) - 1 if after else len(words)]
    outer = [words[0]] + ([words[-1]] if after else [])
    return all(w.base[0].isupper() for w in inner if w.base.lower() not in _CONNECTORS) and \
        not any(w.base[0].isupper() for w in outer)


def _stem(word: str) -> str | None:
    stems = tokenize(word)
    return stems[0] if len(stems) == 1 else None


_QUESTION_WORDS = ("which", "what", "who", "when", "where", "how", "whose", "whom", "why")
_CLAUSE_OPENERS = frozenset({"and", "so", "but", "then", "ok", "okay", "also", "now", "please"})


def question_words(text: str) -> tuple[str, list[Correction]]:
    """The text with each misspelt question word that opens it or one of its clauses corrected
    ("wich countries asked ...?", "hwo chaired the panel"), and the corrections: a question word
    one edit away, not the more frequent "with". Done before the question is read as a
    statement ("wich countries asked X?" is no "Did wich countries ask X?").

    >>> question_words("wich countries asked questions?")[0], question_words("with whom?")[0]
    ('which countries asked questions?', 'with whom?')
    >>> question_words("wat did OMCT say?")[0], question_words("hat did")[0]
    ('what did OMCT say?', 'hat did')
    """
    words = _words(text)
    corrections = []
    frequency = english_frequencies()
    for i, word in enumerate(words):
        asking = _question_word(word.base) if _opens_clause(text, words, i) else None
        # a rare word before an auxiliary is the question word too: "wat did X say", not "with"
        rare = asking is not None and i + 1 < len(words) and \
            re.fullmatch(AUXILIARY, words[i + 1].base, re.I) is not None and \
            frequency.get(word.base.lower(), 0) * 100 < frequency.get(asking, 0)
        if asking is not None and (word.base.lower() not in english_words() or rare):
            corrections.append(Correction(original=word.base, corrected=styled(asking, word.base),
                                          start=word.start, end=word.start + len(word.base)))
    for c in reversed(corrections):
        text = text[:c.start] + c.corrected + text[c.end:]
    return text, corrections


def _question_word(word: str) -> str | None:
    """The question word a misspelt word one edit from one stands for ("wich", "wat", "hwo");
    None for anything else (first in `_QUESTION_WORDS` order at a tie)."""
    lower = word.lower()
    if len(lower) < 3 or lower in _QUESTION_WORDS or not lower.startswith(("w", "h")):
        return None
    near = [(DamerauLevenshtein.distance(lower, q), n, q) for n, q in enumerate(_QUESTION_WORDS)]
    distance, _, best = min(near)
    return best if distance == 1 else None


def _opens_clause(text: str, words: list[_Word], i: int) -> bool:
    """Whether the i-th word opens the question or a clause of it ("..., wich one")."""
    if i == 0:
        return True
    return words[i - 1].base.lower() in _CLAUSE_OPENERS or \
        bool(re.search(r"[,;:.?!\-–—(]\s*$", text[words[i - 1].end:words[i].start]))


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
    ('Did Karinna Moskalenko speak?',
    [Correction(original='Karina', corrected='Karinna', start=4, end=10, acronym=False),
    Correction(original='Moskalencko', corrected='Moskalenko', start=11, end=22, acronym=False)])
    >>> speller.correct("what did Monica Platek say about bananas yesterday?")[0]
    'what did Monika Płatek say about bananas yesterday?'
    >>> speller.correct("deaths in custody")
    ('deaths in custody', [])
    """

    def __init__(self, frequencies: Counter[str], surfaces: dict[str, str], forms: Iterable[str],
                 compounds: dict[str, str], names: Counter[tuple[str, str]],
                 phrases: Iterable[str] = ()) -> None:
        """Use `from_texts`. `frequencies` counts the folded words, `surfaces` gives each folded
        word its most frequent corpus form, `forms` are all the corpus forms, `compounds` maps a
        hyphenated corpus word joined ("nongovernmental") to its form, `names` counts
        capitalised word pairs (folded), `phrases` are the texts acronyms abbreviate (`acronyms`)."""
        self._phrases = tuple(phrases)
        self._english = english_words()
        self._frequencies = frequencies
        self._surfaces = surfaces
        self._compounds = compounds
        # the stems of each hyphenated corpus word ("re-arrests": arrest), so that another form of
        # one ("re-arrested") is left hyphenated rather than joined into a rarer word ("rearrested")
        self._hyphenated = frozenset(tuple(tokenize(form)) for form in compounds.values())
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
    def from_texts(cls, texts: Iterable[str], phrases: Iterable[str] | None = None) -> Speller:
        """The speller of the words in `texts` (statement texts, speaker names ...); acronyms are
        read as the phrases of `phrases` (default: `texts`).

        >>> Speller.from_texts(["Deaths in custody; deaths in custody."]).vocabulary_size
        3
        """
        texts = list(texts)
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
        return cls(frequencies, surfaces, every_form, joined, names, texts if phrases is None else phrases)

    @classmethod
    def from_statements(cls, statements: Iterable[Statement]) -> Speller:
        """The speller of the statements' texts and their speakers' names, roles and
        representatives, and of every State's names, demonyms and capitals (general data:
        "brittish" is "british", "checz" is "czech", whether or not the summary uses the word)."""
        statements = list(statements)
        texts: list[str] = []
        for s in statements:
            texts += [s.text, s.name, *s.members, *s.joint_with]
            texts += [t for t in (s.acronym, s.role, s.representative, s.on_behalf_of) if t]
        for country in countries():
            texts += [country.name, *country.aliases, *country.demonyms, *country.people, *country.capitals]
            texts += [country.official] if country.official else []
        return cls.from_texts(texts, phrases=[s.text for s in statements])

    @functools.cached_property
    def _acronyms(self) -> dict[str, str]:
        """The acronyms of the phrases, found the first time a question has a word that may be one
        (70 ms on the summary, which no other question pays)."""
        return acronyms(self._phrases)

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
        [Correction(original='in-communicado', corrected='incommunicado', start=21, end=35, acronym=False)])
        """
        words = _words(question)
        edits: dict[int, tuple[int, int, str]] = {}  # first word index -> (start, end, replacement)
        covered: set[int] = set()
        spelled_out: set[int] = set()  # acronyms written out
        for i, word in enumerate(words):
            spaced = self._spaced(question, words, i) if i not in covered else None
            if spaced is not None:  # "ill treatment": the corpus writes "ill-treatment"
                edits[i] = (word.start, words[i + 1].end - len(words[i + 1].ending), spaced)
                covered.update((i, i + 1))
                continue
            following = words[i + 1].base if i + 1 < len(words) else ""
            possessive = self._possessive(word.base) if i not in covered and not word.ending \
                and following and not _VERB_AFTER.fullmatch(following) else None
            if possessive is not None:  # "moscows invasion": "Moscow's invasion"
                edits[i] = (word.start, word.end, possessive)
                covered.add(i)
                continue
            swapped = self._acronym_swapped(word.base) if i not in covered else None
            # (not after "the": "the SG", "the GA resolution" are the Secretary-General's and the
            # General Assembly's, where a State's code goes without an article: "UA kids")
            article = i > 0 and words[i - 1].base.lower() == "the"
            following = words[i + 1].base if i + 1 < len(words) and \
                question[word.end:words[i + 1].start] == " " else ""  # "UA kids", not "UA - who"
            code = self._state_code(word.base, following) if i not in covered and not article else None
            if i in covered or not (self._correctable(word.base) or self._abbreviation(word.base) or swapped
                                    or code):
                continue
            joined = self._joined(question, words, i) if self._correctable(word.base) else None
            if joined is not None:
                first, last, replacement = joined
                edits[first] = (words[first].start, words[last].end - len(words[last].ending),
                                replacement)
                covered.update(range(first, last + 1))
                continue
            replacement = self._nearest(word.base) if self._correctable(word.base) else None
            if replacement is None and self._abbreviation(word.base):
                replacement = self._acronyms[self._abbreviation(word.base)]
                spelled_out.add(i)
            replacement = replacement or swapped  # "LGBTIQ": the corpus's "LGBTQI", two letters swapped
            if replacement is None and code:  # "UA kids": Ukraine's
                replacement = code
                spelled_out.add(i)
            if replacement is not None:
                edits[i] = (word.start, word.end - len(word.ending), replacement)
                covered.add(i)
        for i, replacement in self._name_edits(question, words, edits, covered).items():
            edits[i] = (words[i].start, words[i].end - len(words[i].ending), replacement)
        for i, (last, replacement) in self._heard_names(question, words, edits, covered).items():
            edits[i] = (words[i].start, words[last].end - len(words[last].ending), replacement)
        spelled = {edits[i][0] for i in spelled_out}
        corrections = [Correction(original=question[start:end], corrected=replacement, start=start, end=end,
                                  acronym=start in spelled)
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
        return not self._inflected(word.lower().replace("’", "'")) or self._misspelt_inflection(word)

    def _misspelt_inflection(self, word: str) -> bool:
        """A word that passes for an inflection of an English word ("prisonners": "prison" and
        "-ers") but is one edit from a corpus word of the same ending ("prisoners"): a misspelling
        of that word. (Not "crackdowns", whose corpus neighbour "crackdown" ends otherwise.)"""
        key = fold(word)
        if len(key) < 6:
            return False
        choices = [candidate for length in (len(key) - 1, len(key), len(key) + 1)
                   for candidate in self._by_length.get(length, ())]
        return any(candidate[-2:] == key[-2:] for candidate, _distance, _ in process.extract(
            key, choices, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None))

    def _state_code(self, word: str, following: str = "") -> str | None:
        """The State an ISO 3166 code in capitals stands for ("UA": Ukraine, "BLR": Belarus), when
        it is a UN member State's code and no word, name or acronym of the corpus or of English
        ("IT", "ID" and "BY" stay words, "HR" the summary's human rights); before a noun it is the
        State's adjective ("UA kids": Ukrainian kids, "RU war"), before a verb its name ("did UA
        mention", "FR said")."""
        if not (word.isupper() and 2 <= len(word) <= 3) or self.known(word) or self._abbreviation(word):
            return None
        country = _states_by_code().get(word)
        if country is None:
            return None
        modifies = following[:1].islower() and _noun(following) and not _VERB_AFTER.fullmatch(following) \
            and not re.fullmatch(rf"{SPEECH}|{AUXILIARY}", following, re.I)
        return country.demonyms[0] if modifies and country.demonyms else country.name

    def _acronym_swapped(self, word: str) -> str | None:
        """The corpus acronym an unknown acronym in capitals is with two letters swapped
        ("LGBTIQ": "LGBTQI"); None for any other word."""
        if not (word.isupper() and len(word) >= 4) or self.known(word):
            return None
        nearest = self._nearest(word.lower())
        return nearest.upper() if nearest and sorted(nearest.lower()) == sorted(word.lower()) \
            and nearest.lower() != word.lower() else None

    def _abbreviation(self, word: str) -> str | None:
        """The key of an acronym of a corpus phrase that is no corpus or English word ("sgbv",
        "SGBV"; a plural "hrds" is "hrd"), else None."""
        if _SMALL_WORD_INSIDE.fullmatch(word):  # "GoE": a small word's letter in lower case ("of")
            word = "".join(c for c in word if c.isupper())
        if not _ACRONYM.fullmatch(word) or self.known(word) or (len(word) == 2 and not word.isupper()):
            return None  # two letters only in capitals: "SR", not "ie"
        key = fold(word)
        if key[-1] == "s" and key[:-1] in self._acronyms:
            return key[:-1]
        return key if key in self._acronyms else None

    def _inflected(self, lower: str) -> bool:
        """An inflection of a known word ("crackdowns", "lukashenkos"). A stem the index already
        matches is not enough: "independant" and "budris" share the stems of "independent" and
        "Budrys" (Snowball), yet are misspelt."""
        if re.search(r"[^aeiou]ys$", lower):  # "countrys": a consonant and y make their plural in -ies
            return False
        for ending, put_back in _ENDINGS:
            stem = lower[: len(lower) - len(ending)]
            if ending == "d" and not stem.endswith("e"):
                continue  # "agreed", but not "mentiond": a past tense in -d is of a word in -e
            if ending in _AGENT_ENDINGS and len(stem) < 4:
                continue  # "expers" is no "exp" + "ers"
            if lower.endswith(ending) and len(stem) >= 3:
                for base in (stem + put_back, stem[:-1] if stem[-1:] == stem[-2:-1] else None):
                    if base and (base in self._lower or base in self._english):
                        return True
        return False

    def _possessive(self, word: str) -> str | None:
        """A name's possessive typed without its apostrophe ("moscows", "loikas"): the name, as
        the corpus writes it, with "'s"; None otherwise."""
        lower = word.lower()
        if lower[-1:] != "s" or lower in self._lower or lower in self._english:
            return None
        key = fold(word[:-1])
        surface = self._surfaces.get(key, "")
        return f"{styled(surface, word)}'s" if surface[:1].isupper() and len(key) >= 4 else None

    def _spaced(self, question: str, words: list[_Word], i: int) -> str | None:
        """A hyphenated corpus word typed as two words ("ill treatment", "gender based"), in the
        style of the first; None otherwise."""
        if i + 1 >= len(words) or words[i].ending or question[words[i].end:words[i + 1].start] != " " \
                or "-" in words[i].base + words[i + 1].base:
            return None
        second = words[i + 1].base
        if self._correctable(second):  # "ill treatmnet"
            second = self._nearest(second) or second
        key = fold(words[i].base + second)
        return styled(self._compounds[key], words[i].base) if key in self._compounds else None

    def _joined(self, question: str, words: list[_Word], i: int) -> tuple[int, int, str] | None:
        """A hyphen or space variant of a corpus word: (first word, last word, replacement)."""
        word = words[i]
        key = fold(word.base.replace("-", ""))
        if "-" in word.base and key in self._frequencies \
                and tuple(tokenize(word.base)) not in self._hyphenated:
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
        plural = f"{key[:-2]}ies" if re.search(r"[^aeiou]ys$", key) else None
        if plural and self.known(plural):  # "countrys": "countries"
            return styled(plural, word)
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
        # "charites": "charities", an English word one edit away, not "charges", a corpus word two away
        english = self._nearest_english(key, (limit if best is None else best[0]) - 1) \
            if word[:1].islower() else None
        if english:
            return styled(english, word)
        if best is None:  # "Tsikhanouski": "Tikhanovsky", the same name romanised another way
            other = self._romanised(key)
            return styled(self._surfaces[other], word) if other else None
        return styled(self._surfaces[best[3]], word)

    def _romanised(self, key: str) -> str | None:
        """The one corpus name that `key` spells in another romanisation of the same letters
        (`romanisation_key`), at most one letter apart then; None for an English word or none."""
        if len(key) < 6 or key in self._english_count:
            return None
        mine = romanisation_key(key)
        near = [name for name in self._name_words if name[:1] in (key[:1], mine[:1])
                and DamerauLevenshtein.distance(mine, romanisation_key(name), score_cutoff=1) <= 1]
        return near[0] if len(near) == 1 else None

    def _nearest_english(self, key: str, limit: int) -> str | None:
        """The English word within `limit` edits of `key` (distance, the same letters, then frequency)."""
        best: tuple[int, bool, int, str] | None = None
        for length in range(len(key) - limit, len(key) + limit + 1) if limit > 0 else ():
            for candidate, distance, _ in process.extract(
                    key, self._english_by_length.get(length, ()), scorer=DamerauLevenshtein.distance,
                    score_cutoff=limit, limit=None):
                rank = (int(distance), sorted(candidate) != sorted(key), -english_frequencies()[candidate],
                        candidate)
                if best is None or rank < best:
                    best = rank
        return None if best is None else best[3]

    @functools.cached_property
    def _english_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in english_frequencies():
            by_length[len(word)].append(word)
        return dict(by_length)

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

    def _heard_names(self, question: str, words: list[_Word], edits: dict[int, tuple[int, int, str]],
                     covered: set[int]) -> dict[int, tuple[int, str]]:
        """Two words that a voice typist's dictation made of a name ("bela ruse", "new zeeland",
        "check republic", "maxim snack"): the corpus or State name they are a few letters from,
        spaces aside (a fifth of their letters at most, and nearer than any other name). Either one
        word of a two-word name is heard right and the other may be a mishearing of its word
        (`_heard_as`), or two rare words make a one-word name. Function words, a pair that is
        already a name, and a word joined with a neighbour take no part. A word already corrected
        counts as corrected, and only the other word may change then, so that correcting twice
        changes nothing. Returns each change as first word -> (last word, replacement)."""
        found: dict[int, tuple[int, str]] = {}
        for i in range(len(words) - 1):
            first, second = (edits[j][2] if j in edits else words[j].base for j in (i, i + 1))
            if (i in covered and i not in edits) or (i + 1 in covered and i + 1 not in edits) \
                    or (i in edits and i + 1 in edits) or i in found or i - 1 in found or words[i].ending \
                    or question[words[i].end:words[i + 1].start] != " " or not first.isalpha() \
                    or not second.isalpha() or len(first) < 3 or len(second) < 3 \
                    or (fold(first), fold(second)) in self._names:
                continue
            heard, keys = fold(first + second), (fold(first), fold(second))
            limit = len(heard) // 5
            # a two-word name with one word heard right ("new zeeland", "check republic")
            if set(keys) & stopwords():  # "the expert", "their national": no name is heard there
                continue
            pairs = [(DamerauLevenshtein.distance(heard, a + b, score_cutoff=limit), f"{a} {b}")
                     for a, b in self._names if a[:1] == heard[:1] and (a == keys[0] or b == keys[1])
                     and not {a, b} & stopwords() and (_stem(a), _stem(b)) != tuple(map(_stem, keys))
                     and self._heard_as(keys[1] if a == keys[0] else keys[0], b if a == keys[0] else a)]
            # a one-word name heard as two rare words ("bela ruse"), never as common ones ("republic say")
            rare = all(self._english_count.get(k, 0) < _RARE_WORD for k in keys)
            one_edited = i in edits or i + 1 in edits
            singles = [(DamerauLevenshtein.distance(heard, w, score_cutoff=limit), w)
                       for w in self._name_words
                       if rare and not one_edited and w[:1] == heard[:1] and len(w) >= 6]
            near = sorted((d, name) for d, name in pairs + singles if 0 < d <= limit)
            if not near or (len(near) > 1 and near[0][0] == near[1][0]):
                continue
            parts = near[0][1].split()
            if one_edited:  # the word not yet corrected, alone, when it is the one heard wrong
                j = i + 1 if i in edits else i
                if len(parts) == 2 and fold(parts[j - i]) != keys[j - i]:
                    found[j] = (j, styled(self._surfaces.get(parts[j - i], parts[j - i]), words[j].base))
                continue
            found[i] = (i + 1, " ".join(styled(self._surfaces.get(part, part), like)
                                        for part, like in zip(parts, [first, second], strict=False)))
        return found

    def _heard_as(self, word: str, part: str) -> bool:
        """Whether a word may be a name's word misheard: no corpus name itself, and a rare word or
        one that begins as the name's word does ("check" for "czech", not "say" for "bar")."""
        if word in self._name_words:  # "belarus government": a name of its own, not "belarusian" misheard
            return False
        return self._english_count.get(word, 0) < _RARE_WORD or word[:1] == part[:1]

    @functools.cached_property
    def _name_words(self) -> frozenset[str]:
        """The folded corpus words written mostly with a capital ("belarus", "moskalenko", "znak")."""
        return frozenset(key for key, form in self._surfaces.items() if form[:1].isupper() and len(key) >= 4)

    @functools.cached_property
    def _english_count(self) -> dict[str, int]:
        return english_frequencies()

    def _pair_count(self, candidate: str, name: str, candidate_first: bool) -> int:
        return self._names[(candidate, name) if candidate_first else (name, candidate)]


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not an acronym and not hyphenated."""
    return word[:1].isupper() and not word.isupper() and "-" not in word


def _most_common_form(counts: Counter[str]) -> str:
    return counts.most_common(1)[0][0]
