"""Who is speaking: recognise a speaker's introduction and take it apart into name and roles.

Meeting summaries introduce speakers in a few written forms, which this module reads without
a list of names, so that any summary in the same house style parses:

- a speaker line: ``Ms. Karinna MOSKALENKO, Chair, Group of Independent Experts on Belarus``;
- a person inside a sentence: ``Turning to deportations, Ms. Susan Bazilli, Member of ..., explains``;
- a delegation as the subject of the opening sentence: ``Czechia welcomes ...``,
  ``The European Union thanks ...``, ``Lithuania on behalf of the Nordic-Baltic states¹ takes
  the floor through H. E. Mr. ...``, ``The delegation of Belarus begins ...``;
- joint statements: ``X jointly with A and B stress ...`` or ``X, A, B and C thank ...``.

A delegation's opening is SUBJECT + PREDICATE, told from an ordinary sentence by form alone:
the subject is a run of capitalised tokens, acronyms and connectors ("of", "and", "on behalf
of the", "jointly with", or ", on behalf of ...,") not starting with a closed-class word; the
predicate is optional adverbs then a finite verb (-s/-ed or a singular auxiliary for one
speaker, also a base form for a joint one). So "Welcoming the release, Japan ...",
"In closing, ..." and "The documents fabricated ..." are not introductions. A one-word subject
must also be a name, not a common word capitalised only by its position: the document itself
writes those in lower case elsewhere ("Political prisoners are ...", "Accountability
remains ..."). A capitalised adjective the document never lower-cases, followed by a plural
noun ("Legislative changes aim ..."), still reads as a speaker: form cannot tell it from
"Chile welcomes ...", and only the FACTS & FIGURES counts reveal it.

It does not decide where statements begin (parsing does) and knows nothing of offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from pydantic import BaseModel, ConfigDict

from hrcqa.text.markup import SUPERSCRIPTS
from hrcqa.text.sentences import first_sentence
from hrcqa.text.terms import initials

HONORIFICS = ("H. E.", "H.E.", "Ms.", "Mr.", "Mrs.", "Dr.", "Prof.", "Judge", "Ambassador")
REPORTING_VERBS = {
    "explains", "explain", "says", "states", "notes", "responds", "replies", "adds", "stresses",
    "underlines", "highlights", "emphasises", "emphasizes", "answers", "thanks", "concludes",
    "recalls", "observes", "points", "indicates", "reiterates", "welcomes", "begins", "expresses",
}
# Lower-case words that may sit inside an organisation's or delegation's name.
NAME_CONNECTORS = {
    "of", "and", "for", "the", "on", "behalf", "against", "with", "in", "de", "du", "des", "la",
    "le", "&", "-", "–", "jointly", "together", "its", "their", "partner", "partners",
}
# Closed-class English words: a name never starts with one (except "The"), and one cannot be
# the verb after a speaker's name (except an auxiliary: "Chile would like to know ...").
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could",
    "may", "might", "must", "shall", "should", "will", "would",
})
FUNCTION_WORDS = AUXILIARIES | frozenset({
    # determiners and pronouns
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "any", "all", "each", "every", "no", "such", "many", "most", "much",
    "few", "several", "both", "either", "neither", "other", "another", "it", "they", "he",
    "she", "we", "you", "i", "one", "there", "what", "which", "who", "whose", "whom",
    # prepositions
    "in", "on", "at", "for", "with", "by", "from", "to", "of", "into", "onto", "upon", "about",
    "above", "across", "after", "against", "along", "amid", "among", "around", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite",
    "during", "except", "following", "given", "including", "inside", "like", "near", "over",
    "per", "regarding", "concerning", "since", "through", "throughout", "toward", "towards",
    "under", "unlike", "until", "via", "within", "without", "as", "than",
    # conjunctions
    "and", "or", "but", "nor", "yet", "so", "if", "when", "where", "while", "whereas",
    "although", "though", "because", "unless", "whether", "once",
    # discourse adverbs
    "however", "therefore", "moreover", "furthermore", "indeed", "finally", "lastly", "also",
    "nevertheless", "nonetheless", "meanwhile", "instead", "thus", "hence", "accordingly",
    "consequently", "additionally", "further", "even", "only", "still", "again", "then",
    "now", "more", "here", "overall", "first", "firstly", "secondly", "similarly", "notably",
})
_PLURAL_AUXILIARIES = frozenset({"are", "were", "have", "do"})  # "Hundreds of NGOs are ..."
# Adverbs that may stand between a speaker's name and its verb: "X once more addresses".
PREDICATE_ADVERBS = frozenset({"also", "further", "once", "more", "again", "still", "now",
                               "therefore", "thus", "then", "hereby", "first", "finally"})
JOINT_MARKERS = (" jointly with ", " together with its partners ", " together with its partner ",
                 " together with ", " in partnership with ", " in cooperation with ")


class SpeakerIntro(BaseModel):
    """What an introduction says about who speaks."""

    model_config = ConfigDict(frozen=True)

    name: str
    acronym: str | None = None
    honorific: str | None = None
    role: str | None = None
    representative: str | None = None
    on_behalf_of: str | None = None
    footnote_marker: str | None = None
    joint_with: list[str] = []
    is_person: bool = False

    @property
    def display(self) -> str:
        """The speaker as shown to users, e.g. "Lithuania on behalf of the Nordic-Baltic states"."""
        if self.is_person:
            return f"{self.honorific} {self.name}" if self.honorific else self.name
        base = f"{self.name} ({self.acronym})" if self.acronym else self.name
        if self.on_behalf_of:
            return f"{base} on behalf of the {self.on_behalf_of}"
        return base


def slugify(text: str) -> str:
    """ASCII slug for ids: ``slugify("Ms. Monika Płatek") == "ms-monika-platek"``."""
    text = text.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                                         "ß": "ss", "æ": "ae", "œ": "oe", "’": "", "'": ""}))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _is_name_token(token: str) -> bool:
    core = token.strip(",;:()'\"‘’“”" + SUPERSCRIPTS)
    return bool(core) and (core[0].isupper() or core[0].isdigit() or any(c.isupper() for c in core))


def _title_case_surname(word: str) -> str:
    return word.capitalize() if len(word) > 2 and word.isupper() else word


def find_person(text: str) -> tuple[int, str, str, int] | None:
    """Find the first honorific + name in `text`: (start, honorific, name, end) or None.

    >>> find_person("Turning to x, Ms. Susan Bazilli, Member of ... explains")[1:3]
    ('Ms.', 'Susan Bazilli')
    """
    pattern = r"(?:(?<=\s)|^)(" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+"
    for match in re.finditer(pattern, text):
        honorific = match.group(1)
        rest = text[match.end():]
        if honorific in ("H. E.", "H.E."):
            inner = find_person(rest)
            if inner and inner[0] == 0:
                return match.start(), f"H. E. {inner[1]}", inner[2], match.end() + inner[3]
            continue
        words: list[str] = []
        end = match.end()
        for token_match in re.finditer(r"\S+", rest):
            token = token_match.group()
            if not token[0].isupper() or len(words) == 4:
                break
            words.append(token.rstrip(",;:"))
            end = match.end() + token_match.end() - (len(token) - len(token.rstrip(",;:")))
            if token != token.rstrip(",;:"):
                break
        if words:
            name = " ".join(_title_case_surname(w) for w in words)
            return match.start(), honorific, name, end
    return None


def _role_after(text: str) -> str | None:
    """The role clause after a name: ", Member of the Group ..., referring to" -> the first part."""
    if not text.startswith(","):
        return None
    clause = text[1:].strip()
    verbs = "|".join(sorted(REPORTING_VERBS))
    clause = re.split(rf",|\s(?:{verbs})\b|\.\s", clause, maxsplit=1)[0].strip()
    return clause or None


def parse_speaker_line(line: str) -> SpeakerIntro | None:
    """A line that names a person and role, e.g. "Ms. Karinna MOSKALENKO, Chair, Group of ..."."""
    person = find_person(line)
    if person is None or person[0] != 0:
        return None
    _, honorific, name, end = person
    role = line[end:].strip().lstrip(",").strip() or None
    return SpeakerIntro(name=name, honorific=honorific, role=role, is_person=True)


def parse_person_intro(paragraph: str) -> SpeakerIntro | None:
    """A person introduced in the opening sentence with a reporting verb ("... explains")."""
    sentence = first_sentence(paragraph)
    person = find_person(sentence)
    if person is None:
        return None
    _, honorific, name, end = person
    after = sentence[end:]
    verbs = "|".join(sorted(REPORTING_VERBS))
    if not re.search(rf"\b(?:further\s+)?(?:{verbs})\b", after):
        return None
    return SpeakerIntro(name=name, honorific=honorific, role=_role_after(after), is_person=True)


def _subject_tokens(sentence: str) -> list[str] | None:
    """The opening run of name tokens and connectors: "The Netherlands on behalf of the ..."."""
    tokens = sentence.split()
    if not tokens or (tokens[0] != "The" and tokens[0].lower() in FUNCTION_WORDS):
        return None
    if tokens[0].endswith(",") and tokens[1:3] != ["on", "behalf"]:  # "Finally," not "X, on behalf"
        return None
    subject: list[str] = []
    after_behalf = False
    for index, token in enumerate(tokens):
        bare = token.strip(",;:")
        if _is_name_token(token) or bare in NAME_CONNECTORS:
            subject.append(token)
            after_behalf = after_behalf or (bare == "behalf")
            continue
        if after_behalf and subject[-1][0].isupper() and not subject[-1].endswith(",") \
                and _predicate_follows(tokens[index + 1:], plural=True):
            subject.append(token)  # "on behalf of the Nordic-Baltic states¹ takes": a noun
            after_behalf = False
            continue
        break
    else:
        return None
    while subject and subject[-1].strip(",").lower() in {"the", "and", "of", "with", "its"}:
        subject.pop()
    if not any(t[0].isupper() and t not in ("The",) for t in subject):
        return None
    return subject


def _predicate_follows(words: list[str], plural: bool) -> bool:
    """Whether `words` open a predicate: optional adverbs, then a finite verb.

    A single speaker takes a verb in -s or -ed or a singular auxiliary ("thanks", "is",
    "would like"); a joint one also a base form or plural ("thank", "stress", "are"). A
    function word, a word with a comma ("closing,") or a capital cannot be the verb. Tokens
    that are no words (stray markup, numbers) are passed over.
    """
    words = [w.strip(SUPERSCRIPTS) for w in words[:6] if w[:1].isalpha()]
    while words and (words[0] in PREDICATE_ADVERBS or re.fullmatch(r"[a-z]{3,}ly", words[0])):
        words.pop(0)
    if not words or not re.fullmatch(r"[a-z][a-z'’-]*", words[0]):
        return False
    verb = words[0]
    if verb in FUNCTION_WORDS:
        return verb in AUXILIARIES and (plural or verb not in _PLURAL_AUXILIARIES)
    return plural or verb.endswith(("s", "ed"))


def common_words(text: str) -> frozenset[str]:
    """Words `text` writes in lower case; capitalised at a sentence start, they are no name.

    >>> sorted(common_words("Accountability matters. We seek accountability."))
    ['accountability', 'matters', 'seek']
    """
    return frozenset(re.findall(r"(?<!\S)[a-z][a-z'’-]*(?=[\s,;:.!?)]|$)", text))


def _split_joint(text: str) -> list[str]:
    """Split "A (X) and the B" or "A, the B, C D and E F" into organisations.

    Keeps names that contain "and" or a comma list of single words together:
    "Law Society of England and Wales", "Coalition of Organizations, Initiatives and Activists".
    """
    parts: list[str] = []
    for piece in re.split(r",\s+", text):
        head = re.split(r"\s+and\s+", piece)[0]
        if parts and not (piece.startswith("the ") or parts[-1].endswith(")")
                          or len(head.split()) >= 2):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    out: list[str] = []
    for index, part in enumerate(parts):
        pieces = re.split(r"\s+and\s+(?=the\s|[A-Z])", part)
        is_last = index == len(parts) - 1
        if len(pieces) == 2 and (pieces[0].endswith(")") or pieces[1].startswith("the ")
                                 or (is_last and all(len(p.split()) >= 2 for p in pieces))):
            out.extend(pieces)
        else:
            out.append(part)
    return [re.sub(r"^the\s+", "", p).strip(" ,") for p in out if p.strip(" ,")]


def _split_acronym(name: str) -> tuple[str, str | None]:
    match = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z0-9&.\-]{1,12})\)", name)
    return (match.group(1), match.group(2)) if match else (name, None)


def parse_delegation_intro(paragraph: str,
                           lower_case: Collection[str] = frozenset()) -> SpeakerIntro | None:
    """A delegation or organisation as the subject of the paragraph's opening sentence.

    `lower_case` holds the document's `common_words`: a one-word subject among them
    ("Accountability also encompasses ...") is an ordinary word, not a speaker.

    >>> parse_delegation_intro("Chile, on behalf of the Core Group¹, thanks the Group.").display
    'Chile on behalf of the Core Group'
    """
    sentence = first_sentence(paragraph)
    delegation = re.match(r"The (?:delegation|representative|representatives) of (?:the )?"
                          r"((?:[A-Z][\w'’-]*\s?)+)", sentence)
    if delegation:
        return SpeakerIntro(name=delegation.group(1).strip())
    tokens = _subject_tokens(sentence)
    if tokens is None:
        return None
    subject = " ".join(tokens).strip(" ,")
    plural = " and " in subject or ", " in subject or any(m in f"{subject} " for m in JOINT_MARKERS)
    if not _predicate_follows(sentence.split()[len(tokens):], plural):
        return None
    name_words = [t for t in tokens if t != "The"]
    if len(name_words) == 1 and name_words[0].strip(",;:" + SUPERSCRIPTS).lower() in lower_case:
        return None
    subject = re.sub(r"^The\s+", "", subject)
    marker = "".join(c for c in subject if c in SUPERSCRIPTS) or None
    subject = "".join(c for c in subject if c not in SUPERSCRIPTS)
    on_behalf_of = None
    if " on behalf of " in subject:
        subject, group = subject.split(" on behalf of ", 1)
        on_behalf_of = re.sub(r"^the\s+", "", group).strip(" ,")
    joint: list[str] = []
    for joint_marker in JOINT_MARKERS:
        if joint_marker in subject:
            subject, rest = subject.split(joint_marker, 1)
            joint = _split_joint(rest)
            break
    else:
        verb = sentence.split()[len(tokens)] if len(sentence.split()) > len(tokens) else ""
        if not verb.endswith("s") and (" and " in subject or ", " in subject):
            names = _split_joint(subject)
            subject, joint = names[0], names[1:]
    name, acronym = _split_acronym(subject.strip(" ,"))
    return SpeakerIntro(name=name, acronym=acronym, on_behalf_of=on_behalf_of,
                        footnote_marker=marker, joint_with=joint,
                        representative=_representative(sentence))


def _representative(sentence: str) -> str | None:
    match = re.search(r"\b(?:through|represented by|delivered by)\s+", sentence)
    if not match:
        return None
    person = find_person(sentence[match.end():])
    if person is None or person[0] != 0:
        return None
    rest = sentence[match.end() + person[3]:].strip().rstrip(".")
    role = rest.lstrip(",").strip()
    full = f"{person[1]} {person[2]}"
    return f"{full}, {role}" if role else full


def refers_to(subject: str, name: str, acronym: str | None) -> bool:
    """Whether an opening like "Therefore, the EU" or "Germany further" names this speaker."""
    letters = initials(name, capitalised_only=True)
    candidates = {name, acronym or name, letters if len(letters) > 1 else name}
    return any(re.search(rf"\b{re.escape(c)}\b", subject) for c in candidates)
