"""Who approved of something: a list of those who "praised", "supported" or "welcomed" it holds
only speakers whose quoted sentence says so.

"Who praised the Group of Experts?" listed Belarus for "The monologue of the Group of Independent
Experts and its founders demonstrates the futility of this format of work": the sentence is about
the Group, as the question is, but says the opposite of what it asks. A who-question whose verb
approves (`APPROVAL`, compared by WordNet's verb lemma) keeps a speaker only when its sentence uses
such a word (a verb or its noun: "reiterates its full support", "While welcoming ...", "thanks the
Group") not under a negation ("does not recognise").

"Who criticised the Group of Experts?" listed 28 speakers, most of them for a sentence that thanks
the Group: every statement here disapproves of something, so a sentence near the topic says little
about which way. A who-question whose verb disapproves (`DISAPPROVAL`) of something a third or
more of the speakers who address it approve of (`approved_by_many`: a word of approval taking the
topic's head noun, `head_noun`) keeps only the others whose statement disapproves of it in a
sentence on the topic (`disapproves`: "does not recognise any country mandates", "the so-called
Group of Experts"). Of something few approve of ("Who criticised the death penalty?") the list is
the plain one: there, saying it at all is the disapproval.
"""

from __future__ import annotations

import re

from hrcqa.index.synonyms import WORD, noun_lemma, verb_lemma
from hrcqa.question.words import APPROVAL, CLAIM, DISAPPROVAL
from hrcqa.text.terms import content_terms
from hrcqa.text.tokenize import tokenize

_WORD = re.compile(r"[a-z]+")
_CLAIM = re.compile(CLAIM, re.I)
# the verb of a who-question: "Who praised ...", "Which delegations have openly supported ..."
# and a yes/no question's: "Did anyone criticise ...", "Has any State praised ..."
_WHO_VERB = re.compile(r"^\s*(?:and\s+)?(?:who\s+|which\s+(?:[\w-]+\s+){1,2}?|"
                       r"(?:did|has|have|does|do)\s+(?:any(?:one|body)|some(?:one|body)|any\s+[\w-]+)\s+)"
                       r"(?:(?:has|have|had|did|does|do)\s+)?(?:(?:\w+ly|also|all)\s+)?"
                       r"(?P<verb>[a-z]+)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:and|but|which|who|that)\s")
_PREPOSITION = re.compile(r"\b(?:of|in|on|for|to|against|by|with|from|at|about|over|into|during|after|"
                          r"before|under|among|between|that|which|who)\b")
_SO_CALLED = re.compile(r"\bso[-\s]called\b")
_OBJECT_WORDS = 10  # "thanks the Group of Experts on Belarus for its in-depth report": the report too
# "does not recognise", "to cease its support for": a stance turned round
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|cannot|refuses?\s+to|stop|cease|end|halt|"
                       r"refrain\s+from)\s+(?:\w+\s+){0,2}$", re.I)


def _approving(word: str) -> bool:
    return verb_lemma(word) in APPROVAL or word in APPROVAL


def _disapproving(word: str) -> bool:
    return verb_lemma(word) in DISAPPROVAL


def _verb(question: str) -> str:
    verb = _WHO_VERB.match(question)
    return verb.group("verb").lower() if verb else ""


def asks_approval(question: str) -> bool:
    """Whether a who-question asks who approved of something.

    >>> asks_approval("Who praised the Group of Experts?")
    True
    >>> asks_approval("which delegations have supported it")
    True
    >>> asks_approval("Who condemned the death penalty?"), asks_approval("Who said the report was biased?")
    (False, False)
    """
    verb = _verb(question)
    return bool(verb) and _approving(verb)


def asks_disapproval(question: str) -> bool:
    """Whether a who-question asks who disapproved of something.

    >>> asks_disapproval("Who criticised the Group of Experts?")
    True
    >>> asks_disapproval("which delegations opposed it"), asks_disapproval("Did anyone criticise the Group?")
    (True, True)
    >>> asks_disapproval("Who praised the Group?"), asks_disapproval("Who raised the death penalty?")
    (False, False)
    """
    verb = _verb(question)
    return bool(verb) and _disapproving(verb)


def approves(sentence: str) -> bool:
    """Whether a sentence uses a word of approval that no negation governs.

    >>> approves("In closing, Austria reiterates its full support for the mandate.")
    True
    >>> approves("While welcoming the release, Ukraine urges more."), approves("Malta thanks the Group.")
    (True, True)
    >>> approves("It demonstrates the futility of this format of work.")
    False
    >>> approves("Belarus does not recognise any country mandates.")
    False
    """
    lower = sentence.lower()
    return any(_approving(found.group()) and not _NEGATION.search(lower[:found.start()])
               for found in _WORD.finditer(lower))


def _stance(sentence: str, of: str, disapproving: bool) -> bool:
    """Whether a sentence approves of a topic (or, `disapproving`, disapproves of it): a word of
    that stance that no negation governs, or of the other stance that one does, with the topic's
    head noun (`head_noun`) at most `_OBJECT_WORDS` words after it in the same clause; or,
    disapproving, the topic called "so-called"."""
    nouns = {head_noun(of)} - {""}
    lower = sentence.lower()

    def names_it(after: int) -> bool:  # the topic's head noun soon after, in the same clause
        clause = _CLAUSE_END.split(lower[after:], maxsplit=1)[0]
        return bool(nouns & {noun_lemma(word) for word in WORD.findall(clause)[:_OBJECT_WORDS]})

    if disapproving and any(names_it(found.end()) for found in _SO_CALLED.finditer(lower)):
        return True  # "the so-called Group of Experts": a name the speaker disowns
    for found in _WORD.finditer(lower):
        negated = bool(_NEGATION.search(lower[:found.start()]))
        wanted = _disapproving(found.group()) if disapproving else _approving(found.group())
        other = _approving(found.group()) if disapproving else _disapproving(found.group())
        if ((wanted and not negated) or (other and negated)) and names_it(found.end()):
            return True
    return False


def head_noun(topic: str) -> str:
    """The noun a topic is about: the last content word before its first preposition, as WordNet's
    singular ("the Group of Experts" -> "group", "the experts' report" -> "report"); "" if none.
    "Welcoming the release of political prisoners" approves of the release, not of the prisoners.

    >>> head_noun("the Group of Experts"), head_noun("the experts' report"), head_noun("the mandates")
    ('group', 'report', 'mandate')
    """
    first = _PREPOSITION.split(topic.lower(), maxsplit=1)[0]
    terms = content_terms(first)
    words = [word for word in WORD.findall(first) if any(term in terms for term in tokenize(word))]
    return noun_lemma(words[-1]) if words else ""


def approves_of(sentence: str, of: str) -> bool:
    """Whether a sentence approves of a topic (`_stance`).

    >>> approves_of("Albania thanks the Group of Experts on Belarus for its in-depth report.", "the report")
    True
    >>> approves_of("Belarus does not recognise any country mandates.", "the mandate")
    False
    >>> approves_of("The UK sanctioned them for their role in these abuses.", "the report")
    False
    """
    return _stance(sentence, of, disapproving=False)


def disapproves(sentence: str, of: str) -> bool:
    """Whether a sentence disapproves of a topic (`_stance`).

    >>> disapproves("Belarus does not recognise any country mandates.", "the mandate")
    True
    >>> disapproves("Malta rejects the use of torture.", "the mandate")
    False
    >>> disapproves("Malta thanks the Group.", "the Group")
    False
    >>> disapproves("Austria reiterates its full support for the mandate.", "the mandate")
    False
    >>> disapproves("Switzerland deplored the reported conditions of detention.", "the report")
    False
    >>> disapproves("Neither the so-called Group of Experts can be considered ...", "the experts")
    True
    """
    return _stance(sentence, of, disapproving=True)


def approved_by_many(approving: int, addressing: int) -> bool:
    """Whether a third or more of the statements that address something approve of it
    (`approves_of`), so that a question of who disapproved of it asks for the exception; a third,
    as a few may seem to approve of what all condemn ("its support for the invasion").

    >>> approved_by_many(10, 22), approved_by_many(1, 2), approved_by_many(2, 11), approved_by_many(0, 0)
    (True, True, False, False)
    """
    return approving > 0 and approving * 3 >= addressing


# "... or not", "... at all": how a yes/no question ends, not what it asks about
_ASKED_END = re.compile(r"\s*(?:,?\s*or\s+not|at\s+all|in\s+any\s+way|ever|really)?\s*[?.!]*\s*$", re.I)


def stance_asked(clause: str) -> tuple[bool, list[str]] | None:
    """For a yes/no question whether a speaker took a stance on something ("Does Belarus accept
    the experts?", "Did Malta reject the report?"): whether its verb approves (True) or
    disapproves (False), and the nouns it may be about: the head noun of what follows the verb
    (`head_noun`) and its last noun ("the legitimacy of the Group's mandate": legitimacy, mandate;
    "agree to work with the experts": experts). None if its verb takes no stance, or takes it in
    words the speaker reports of another ("Did Austria say that Belarus accepts the experts?").

    >>> stance_asked("Does Belarus recognise the mandate of the experts or not?")
    (True, ['mandate', 'expert'])
    >>> stance_asked("Did Belarus agree to work with the experts?")
    (True, ['expert'])
    >>> stance_asked("Did Malta reject the report?"), stance_asked("Did Malta mention the report?")
    ((False, ['report']), None)
    >>> stance_asked("Did Austria say that Belarus accepts the experts?") is None
    True
    """
    for found in _WORD.finditer(clause.lower()):
        approving, disapproving = _approving(found.group()), _disapproving(found.group())
        if not (approving or disapproving):
            continue
        if _CLAIM.search(clause, 0, found.start()):  # a stance reported, perhaps of someone else
            return None
        asked = _ASKED_END.sub("", clause[found.end():])
        words = [word for word in WORD.findall(asked.lower()) if content_terms(word)]
        heads = [head_noun(asked), noun_lemma(words[-1]) if words else ""]
        heads = [head for head in dict.fromkeys(heads) if head]
        return (approving, heads) if heads else None
    return None


def stance_taken(clause: str, sentences: list[str]) -> tuple[str, list[int]] | None:
    """"Yes" or "No" to a yes/no question whether a speaker took a stance (`stance_asked`), from
    all its sentences, and those that settle it: a sentence that approves of what is asked
    (`approves_of` one of its nouns) or disapproves of it (`disapproves`: "does not recognise any
    country mandates", "the so-called Group of Experts"), when its sentences take that stance
    only. None when the question takes no stance, or its sentences take none or both.

    >>> stance_taken("Does Belarus recognise the experts' mandate?",
    ...              ["Belarus is open to dialogue.", "Belarus does not recognise any country mandates."])
    ('No', [1])
    >>> stance_taken("Did Malta reject the mandate?", ["Malta does not recognise the mandate."])
    ('Yes', [0])
    >>> stance_taken("Did Austria support the mandate?", ["Austria reiterates its support for the mandate."])
    ('Yes', [0])
    """
    asked = stance_asked(clause)
    if asked is None:
        return None
    approving_verb, heads = asked
    pro = [i for i, text in enumerate(sentences) if any(approves_of(text, head) for head in heads)]
    con = [i for i, text in enumerate(sentences) if any(disapproves(text, head) for head in heads)]
    if bool(pro) == bool(con):
        return None
    return ("Yes" if bool(pro) == approving_verb else "No"), pro or con
