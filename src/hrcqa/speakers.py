"""Who is speaking: recognise a speaker's introduction and take it apart into name and roles.

Meeting summaries introduce speakers in a few written forms, which this module reads without
a list of names, so that any summary in the same house style parses:

- a speaker line: ``Ms. Karinna MOSKALENKO, Chair, Group of Independent Experts on Belarus``;
- a person inside a sentence: ``Turning to deportations, Ms. Susan Bazilli, Member of ..., explains``;
- a delegation as the subject of the opening sentence: ``Czechia welcomes ...``,
  ``The European Union thanks ...``, ``Lithuania on behalf of the Nordic-Baltic states¹ takes
  the floor through H. E. Mr. ...``, ``The delegation of Belarus begins ...``;
- joint statements: ``X jointly with A and B stress ...`` or ``X, A, B and C thank ...``.

It does not decide where statements begin (parsing does) and knows nothing of offsets.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict

HONORIFICS = ("H. E.", "H.E.", "Ms.", "Mr.", "Mrs.", "Dr.", "Prof.", "Judge", "Ambassador")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
REPORTING_VERBS = {
    "explains", "explain", "says", "states", "notes", "responds", "replies", "adds", "stresses",
    "underlines", "highlights", "emphasises", "emphasizes", "answers", "thanks", "concludes",
    "recalls", "observes", "points", "indicates", "reiterates", "welcomes", "begins", "expresses",
}
# Lower-case words that may sit inside an organisation's or delegation's name.
NAME_CONNECTORS = {
    "of", "and", "for", "the", "on", "behalf", "against", "with", "in", "de", "du", "des", "la",
    "le", "&", "-", "–", "jointly", "together", "its", "their", "partner", "partners", "e.V.",
}
# An opening word like these starts an adverbial clause, not a speaker's name.
NOT_A_NAME_START = {
    "In", "For", "Despite", "Since", "While", "At", "As", "Given", "To", "With", "Although",
    "Following", "On", "By", "After", "Before", "During", "Finally", "Therefore", "However",
    "Indeed", "Moreover", "Furthermore", "Also", "Nevertheless", "Looking", "Turning", "Drawing",
    "Addressing", "Welcoming", "Recalling", "Reiterating", "Noting", "Leveraging", "This",
    "These", "That", "Those", "It", "They", "He", "She", "We", "Such", "Any", "All", "Many",
    "Some", "Even", "Only", "Yet", "But", "And", "Or", "If", "When", "Where", "Once", "Over",
    "More", "Most", "Under", "Against", "Accountability", "Former", "Political", "Their", "Its",
}
JOINT_MARKERS = (" jointly with ", " together with its partners ", " together with its partner ",
                 " together with ", " in partnership with ", " in cooperation with ")
_ABBREVIATIONS = ("Ms", "Mr", "Dr", "No", "Mrs", "St", "Prof", "e.V", "[A-Z]")
_SENTENCE_END = re.compile("".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
                           + r"[.!?][\"'’”)]*\s+(?=[A-Z\"“‘'])")


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


def first_sentence(text: str) -> str:
    """The text up to the first sentence end that is not an abbreviation like "Ms." or "H. E."."""
    match = _SENTENCE_END.search(text)
    return text[: match.start() + 1] if match else text


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
    tokens = sentence.split()
    if not tokens or tokens[0] in NOT_A_NAME_START or tokens[0].endswith(","):
        return None
    subject: list[str] = []
    after_behalf = False
    for token in tokens:
        bare = token.strip(",;:")
        if _is_name_token(token) or bare in NAME_CONNECTORS:
            subject.append(token)
            after_behalf = after_behalf or (bare == "behalf")
            continue
        if after_behalf and subject and subject[-1][0].isupper():
            subject.append(token)  # "on behalf of the Nordic-Baltic states¹": one common noun
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


def parse_delegation_intro(paragraph: str) -> SpeakerIntro | None:
    """A delegation or organisation as the subject of the paragraph's opening sentence."""
    sentence = first_sentence(paragraph)
    delegation = re.match(r"The (?:delegation|representative|representatives) of (?:the )?"
                          r"((?:[A-Z][\w'’-]*\s?)+)", sentence)
    if delegation:
        return SpeakerIntro(name=delegation.group(1).strip())
    tokens = _subject_tokens(sentence)
    if tokens is None:
        return None
    subject = " ".join(tokens).strip(" ,")
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
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    candidates = {name, acronym or name, initials if len(initials) > 1 else name}
    return any(re.search(rf"\b{re.escape(c)}\b", subject) for c in candidates)
