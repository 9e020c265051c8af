"""Yes/no questions ("Did Malta mention the death penalty?"): whether a question is one
(`is_yes_no`), what it checks (`checks`: a mention, a request, a claim or a fact), whether the
quoted sentences settle it (`verdict`, with `negated` for the polarity of a claim and
`names_topic` for a mention in the speaker's own words), whether it names a topic at all
(`topical`), and the lead with the answer word first (`answer_first`). Pure functions of the
question's text and `Intent`; which sentences to quote is the strategies' job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hrcqa.answer.approval import asks_disapproval, disapproves
from hrcqa.answer.composing import Draft
from hrcqa.answer.drafts import kinds_noun
from hrcqa.answer.requests import asks_for_action, makes_request
from hrcqa.index.sentences import MIN_PREFIX
from hrcqa.index.synonyms import same_verb_sense, verb_lemma
from hrcqa.question.intent import Intent
from hrcqa.question.words import AUXILIARY, STANCE
from hrcqa.text.countries import country_named
from hrcqa.text.grammar import series
from hrcqa.text.tokenize import tokenize

# A yes/no question opens with an auxiliary and its subject ("Did Malta ...", "Is there ...",
# "Can victims ..."), perhaps after a lead-in of up to 15 words set off by a comma, colon or dash
# that is not a question of its own ("Per the Chair, had the authorities ...", "Separate point:
# did ...", "Two NGOs reported the death of a political prisoner - did they give the same date?").
_YES_NO = re.compile(r"^\s*(?P<lead>(?!(?:who|whom|which|what|how|when|where|why)\b)"
                     r"(?:[^\s,:;?!–—-]+\s+){0,14}[^\s,:;?!–—-]+\s*(?:[,:]|\s[-–—])\s+)?"
                     rf"(?P<clause>(?:(?:and|so|but|also|then)\s+)?(?:{AUXILIARY}|should|must)\s+"
                     r"(?!you\b|u\b|i\b|we\b)[\w“\"'‘].*)",
                     re.I | re.S)
# What a yes/no question checks: that something was mentioned at all, or that something was
# said (a claim, whose polarity the quote must share), or (`asks_for_action`) that it was called for.
_MENTION_FRAME = re.compile(
    r"\b(?:mention(?:s|ed)?|raise[ds]?|br(?:ing|ings|ought)\s+up|(?:talk|speak|spoke|speaks)(?:s|ed)?\s+"
    r"(?:about|of|on)|refer(?:s|red)?\s+to|discuss(?:es|ed)?|address(?:es|ed)?|cite[ds]?|"
    # whether a speaker took up what others said: "did Belarus respond to the death penalty concerns?"
    r"(?:respond(?:s|ed)?|react(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?)\s+to|"
    r"use[ds]?\s+the\s+(?:term|terms|word|words|phrase|expression)|highlight(?:s|ed)?|note[ds]?|"
    r"comment(?:s|ed)?\s+on|touch(?:es|ed)?\s+(?:on|upon)|say\s+anything\s+(?:about|on)|"
    r"express(?:es|ed)?\s+concerns?|"
    # as journalists and non-native speakers put it: "did X plug / flag / name / evoke Y"
    r"plug(?:s|ged)?|flag(?:s|ged)?|name[ds]?|single[ds]?\s+out|quote[ds]?|reference[ds]?|"
    r"allude[ds]?\s+to|invoke[ds]?|evoke[ds]?|point(?:s|ed)?\s+to)\b", re.I)
# ("State" and "report" are left out: in these questions they are mostly nouns.)
_SPEECH_FRAME = re.compile(r"\b(?:say|says|said|claim(?:s|ed)?|argue[ds]?|stated|assert(?:s|ed)?|"
                           r"describe[ds]?|characteri[sz]e[ds]?|call(?:s|ed)?|accuse[ds]?|den(?:y|ies|ied)|"
                           r"insist(?:s|ed)?|acknowledge[ds]?|admit(?:s|ted)?|agree[ds]?|tell|told|"
                           r"suggest(?:s|ed)?|think|believe[ds]?|warn(?:s|ed)?|reported)\b", re.I)
_NEGATION = re.compile(r"not|no|never|neither|nor|none|cannot|can['’]t|won['’]t|\w+n['’]t|without|"
                       r"lacks?|lacking|refuses?|refused|den(?:y|ies|ied)|fails?|failed", re.I)
_WORDS = re.compile(r"[\w'’-]+")
# a yes/no question about what can, will or should be, not what was said or done
_MODAL = re.compile(r"^\s*(?:(?:and|so|but|also|then)\s+)?"
                    r"(?P<modal>can|could|will|would|should|might|must)\b", re.I)
_MODAL_NEGATED = {"can": "can['’]t", "will": "won['’]t"}  # the forms not spelt as the modal and "not"
# A topic that names nothing ("Did the Belgians say anything?"): the question is whether they spoke.
_NO_TOPIC = re.compile(r"^(?:\s*(?:anything|something|everything|much|a lot|at all|else|in particular|"
                       # "what is their answer to all this": to what was said before it, all of it
                       r"of note|of substance|there|here|all\s+(?:this|that|of\s+(?:this|that|it)))\b)*"
                       r"\s*[?.!]*$",
                       re.I)


def is_yes_no(question: str) -> bool:
    """Whether a question asks for a yes or a no: it opens with an auxiliary verb and its
    subject (did/does/has/is/can/will ...), not "Do you know ...", perhaps after a short lead-in.

    >>> is_yes_no("Did Malta mention the death penalty?"), is_yes_no("and is there a figure?")
    (True, True)
    >>> is_yes_no("Per the Chair, had the authorities responded?"), is_yes_no("Can victims appeal?")
    (True, True)
    >>> is_yes_no("Which NGOs mentioned lawyers?"), is_yes_no("Do you know who spoke?")
    (False, False)
    >>> is_yes_no("Who spoke first, did France?"), is_yes_no("Could you list the NGOs?")
    (False, False)
    >>> is_yes_no("Two NGOs reported the recent death in custody of a prisoner - did they agree?")
    True
    """
    return bool(_YES_NO.match(question))


def yes_no_clause(question: str) -> str:
    """The yes/no question itself, from its auxiliary on, without a lead-in; the question as it
    is when it is not a yes/no question.

    >>> yes_no_clause("Per the Chair, had the authorities responded to the Group?")
    'had the authorities responded to the Group?'
    """
    match = _YES_NO.match(question)
    return match.group("clause") if match else question


def checks(question: str) -> str:
    """What a yes/no question checks: "mention" (that it was raised at all), "request" (that
    someone called for it), "speech" (that someone said so: the quote must agree in polarity),
    or "fact" (not about speech: "Does Belarus recognise the mandate?").

    >>> [checks(q) for q in ("Did NZ bring up the death penalty?", "Did France call for sanctions?",
    ...                      "Did Belarus say it is open to dialogue?", "Is the Bar independent?")]
    ['mention', 'request', 'speech', 'fact']
    >>> checks("did the Lithuanian FM plug the ICC referral?"), checks("did czechia name any journalists")
    ('mention', 'mention')
    >>> checks("Did Belarus respond to the concerns about the death penalty?")
    'mention'
    >>> checks("Did the experts say Belarus ever responded to them?")
    'speech'
    >>> checks("Did Belarus accept what the experts recommended?"), checks("Did they recommend sanctions?")
    ('fact', 'request')
    >>> checks("Did the country being discussed agree to work with the experts?")
    'speech'
    """
    # (not a participle that names the subject: "did the country being discussed agree ...", nor
    # the verb of what a speaker is asked to have said: "did the experts say Belarus ever responded
    # to them?" is a claim, whose polarity the quote must share)
    if any(not re.search(r"\bbeing\s+$", question[:m.start()], re.I)
           and not re.search(rf"{_SPEECH_FRAME.pattern}\s+(?:that\s+)?\w.*\s$", question[:m.start()], re.I)
           for m in _MENTION_FRAME.finditer(question)):
        return "mention"
    stance = _STANCE_WORDS.search(question)
    # a verb of stance first: "Did Belarus accept what the experts recommended?" asks whether it
    # accepted, not whether it called for something ("Did France call for Belarus to accept ...?" does)
    if asks_for_action(question) and not (stance and not asks_for_action(question[:stance.end()])):
        return "request"
    return "speech" if _SPEECH_FRAME.search(question) else "fact"


def negated(text: str, topic: str, window: int = 5) -> bool:
    """Whether a negation stands within `window` words before a word of the topic (stems
    compared as the lexical index does: equal, or one a prefix of the other of `MIN_PREFIX`+
    letters): "does not recognise" for "recognise the mandate", "no access to ... medical care".

    >>> negated("Belarus does not recognise the Group's mandate.", "recognise the mandate")
    True
    >>> negated("Malta died in prison No. 15.", "prison 15"), negated("It is free.", "free")
    (False, False)
    >>> negated("They have not yet responded.", "Belarus ever answered them")
    True
    >>> negated("Did Poland say they are 'never truly free'?", "never truly free")
    True
    """
    stems = set(tokenize(topic))
    verbs = [w for w in _WORDS.findall(topic) if tokenize(w)]
    words = list(_WORDS.finditer(text))
    for k, word in enumerate(words):
        # a topic's verb in the text as a verb of the same sense: "answered" in "not yet responded"
        if not any(_same_term(stem, term) for term in tokenize(word.group()) for stem in stems) \
                and not any(same_verb_sense(word.group(), verb) for verb in verbs):
            continue
        for before in words[max(0, k - window):k]:
            numbered = re.match(r"\.?\s*\d", text[before.end():before.end() + 3])
            # (a word as quoted: "'never truly free'")
            if _NEGATION.fullmatch(before.group().strip("'’")) and not (before.group() == "No" and numbered):
                return True
    return False


def names_topic(sentence: str, topic: str) -> bool:
    """Whether a sentence contains the head of the topic, its last two content words (a
    question puts its frame first: "use the term transnational repression"): for "Did X
    mention Y?", Y in X's words is a mention however loosely the rest of the topic scores.

    >>> names_topic("The level of transnational repression has worsened.",
    ...             "use the term transnational repression")
    True
    >>> names_topic("At least two deaths in detention.", "the death penalty")
    False
    """
    words = [term for word in _WORDS.findall(sentence) for term in tokenize(word)]
    head = tokenize(topic)[-2:]
    return bool(head) and all(any(_same_term(h, w) for w in words) for h in head)


def _same_term(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= MIN_PREFIX and long.startswith(short))


def verdict(intent: Intent, quoted: Sequence[str]) -> str | None:
    """"Yes" or "No" for a yes/no question answered with these sentences (best first), or None
    when they do not settle it: a mention is a yes; a request needs a sentence that makes one
    (else None: it was raised, not called for); a claim is a yes when the sentence that shares
    most of the question's words agrees with the question in negation ("it does not recognise
    any country mandates" answers "Does Belarus recognise the experts' mandate?" with a no).
    The caller decides that the sentences support the topic at all.
    """
    if not quoted or not is_yes_no(intent.question):
        return None
    intent = intent.model_copy(update={"question": yes_no_clause(intent.question)})
    if contradicted(intent, quoted):
        return "No"  # "Did France say 1,724 were convicted in 2023?" - "in 2024, 1,724 ..."
    if asks_disapproval(intent.question) and any(disapproves(text, intent.topic) for text in quoted):
        return "Yes"  # "Did anyone criticise the Group?": "Neither the so-called Group ..." is the criticism
    frame = checks(intent.question)
    if frame == "mention" and not _of_others(intent):
        return "Yes"
    if frame == "request":
        return "Yes" if any(makes_request(text) for text in quoted) else None
    probe = _predicate(intent.question)
    terms = set(tokenize(probe))
    # what is said of the speaker, without its names and the verb of stance: "special rapporteur"
    content = terms - set(tokenize(" ".join([*_STANCE_WORDS.findall(probe), *intent.named_as,
                                            *intent.entities])))
    # the first of the best; of those sharing as much, one that takes a stance when the question asks
    # for one ("Did Belarus accept the mandate?": "does not recognise any country mandates", not
    # "the continuing bias ... in favour of non-consensual country mandates")
    stance = bool(_STANCE_WORDS.search(probe))
    done = {t for word in re.findall(r"[a-z]+(?:ed|en|wn)\b", probe.lower()) if verb_lemma(word) != word
            for t in tokenize(word)}
    # first, a sentence with the verb the question puts to the speaker, which states or denies it ("had
    # the authorities responded": "they have not yet responded", not "requested ... the authorities")
    text = max(quoted, key=lambda t: (bool(done & set(tokenize(t))),
                                      len((content or terms) & set(tokenize(t))),
                                      stance and bool(_STANCE_WORDS.search(t))))
    if frame == "fact" and any(_asked_of(name, text) for name in intent.entities):
        return None  # "calls on Belarus to cooperate" does not say whether it did
    if not content & set(tokenize(text)):
        return None  # only the verb is shared: "accept justified criticism" is not "accept the report"
    if stance and intent.speakers and not _takes_stance(text) and not negated(text, probe):
        # "Does Belarus accept the experts?": a sentence that takes no stance on them ("demonstrates the
        # futility of this format of work") and denies nothing is no yes ("Neither the so-called Group
        # ... can be considered mechanisms of ... cooperation" is a no in other words)
        return None
    if frame == "fact" and not intent.speakers and done and not done & set(tokenize(text)):
        # "Was the mandate renewed?", asked of no speaker: a sentence about the mandate does not say
        # it was (a speaker's claim may say it in other words: "hijacked" the state, "instrumentalized")
        return None
    modal = _MODAL.match(intent.question)
    if modal and not re.search(rf"\b{modal.group('modal')}(?:not|n['’]t)?\b|"
                               rf"\b{_MODAL_NEGATED.get(modal.group('modal').lower(), '$^')}\b", text, re.I):
        # "can victims obtain justice in Belarusian courts?": what can be is not settled by what is
        # ("no credible prospect of accountability within Belarus" says no in other words); a
        # sentence with the same modal ("it will be reporting", "cannot") can settle it
        return None
    agrees = negated(text, probe) == negated(intent.question, probe)
    refusing = _REFUSING.search(probe)
    if refusing and not re.search(rf"\b{refusing.group()}", text, re.I):
        agrees = not agrees  # "Did Belarus reject the mandate?" - "it does not recognise any mandate"
    return "Yes" if agrees else "No"


# a figure as a question or a statement writes it ("1,168", "1168", "2024"), not part of a longer one
_FIGURE = r"(?<![\w.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d)(?!,\d)"
_NUMBER = re.compile(_FIGURE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)\b")


def contradicted(intent: Intent, sentences: Sequence[str]) -> bool:
    """Whether the quoted sentences contradict a detail the question states (`conflicting_detail`)
    and none of them states it as the question does.

    >>> claim = Intent(question="Did Switzerland say more than 500 were released?", type="speaker")
    >>> contradicted(claim, ["more than 400 were released.", "It stresses access."])
    True
    >>> contradicted(claim, ["more than 400 were held.", "500 were released."])
    False
    """
    asked = _asked_numbers(intent)
    stated = any(asked and asked <= _numbers(sentence) and not conflicting_detail(intent, sentence)
                 for sentence in sentences)
    return not stated and any(conflicting_detail(intent, sentence) for sentence in sentences)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _asked_numbers(intent: Intent) -> set[str]:
    """The figures a question states, without those in the names it uses ("Article 19")."""
    return _numbers(intent.question) - _numbers(" ".join([*intent.named_as, *intent.entities]))


def conflicting_detail(intent: Intent, sentence: str) -> bool:
    """Whether the sentence that answers a yes/no question gives another figure or year than the
    one the question states: a claim with a wrong detail is not confirmed by the right one
    ("Did France say 1,724 were convicted in 2023?" - "in 2024, 1,724 people were convicted").
    Figures in the names it uses ("Article 19") are not details.

    >>> claim = Intent(question="Did France say 1,724 were convicted in 2023?", type="speaker")
    >>> conflicting_detail(claim, "In 2024, 1,724 were."), conflicting_detail(claim, "In 2023, 1,724 were.")
    (True, False)
    >>> conflicting_detail(claim, "People were convicted.")  # no figure: nothing to contradict
    False
    >>> conflicting_detail(Intent(question="Will they report in December?", type="single"),
    ...                    "It will report in March 2026.")
    True
    """
    asked, given = _asked_numbers(intent), _numbers(sentence)
    asked_months, given_months = set(_MONTH.findall(intent.question, 1)), set(_MONTH.findall(sentence))
    if asked_months - given_months and given_months - asked_months:
        return True  # "Will they report in December?" - "reporting on their findings in March 2026"
    for number in asked - given:
        year = bool(_YEAR.fullmatch(number))
        if any(bool(_YEAR.fullmatch(other)) == year for other in given - asked):
            return True
    return any(_other_name_in_place(intent.question, name, sentence) for name in intent.entities)


def _other_name_in_place(question: str, name: str, sentence: str) -> bool:
    """Whether the sentence puts another name where the question puts `name`, after the same two
    words ("a deal brokered by the EU" - "a deal brokered by the United States"); the same name
    spelt out ("European Union" for "EU") or another name of the same country is no conflict.

    >>> _other_name_in_place("Was it brokered by the EU?", "EU", "a deal brokered by the United States")
    True
    >>> _other_name_in_place("Was it brokered by the EU?", "EU", "a deal brokered by the European Union")
    False
    >>> _other_name_in_place("Was help offered to Minsk?", "Minsk", "offered to the government of Belarus")
    False
    """
    if re.search(rf"\b{re.escape(name)}\b", sentence, re.I):
        return False
    before = re.search(rf"(?P<lead>\b[a-z]+\s+[a-z]+)\s+(?:the\s+)?{re.escape(name)}\b", question)
    if not before:
        return False
    lead = r"\s+".join(before.group("lead").split())
    capitalised = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
    found = re.search(rf"\b(?i:{lead}\s+(?:the\s+)?)(?P<other>{capitalised})", sentence)
    if not found:
        return False
    other = found.group("other")
    initials = "".join(word[0] for word in other.split() if word[:1].isupper())
    same_country = country_named(other) is not None and country_named(other) == country_named(name)
    return initials.upper() != name.upper().replace(".", "") and not same_country


_STANCE_WORDS = re.compile(STANCE, re.I)
# Verbs that ask whether something was refused: a sentence that does not use them answers
# with the opposite polarity ("does not recognise" is a yes to "Did Belarus reject ...?").
_REFUSING = re.compile(r"\b(?:reject|den(?:y|ie)|refus|dismiss|oppos|repudiat)", re.I)


def _takes_stance(text: str) -> bool:
    """Whether a sentence uses a verb of stance or refusal in any form ("While welcoming ...").

    >>> _takes_stance("While welcoming the release, Ukraine urges more."), _takes_stance("It is futile.")
    (True, False)
    """
    return any(_STANCE_WORDS.fullmatch(verb_lemma(word)) or _REFUSING.match(word)
               for word in _WORDS.findall(text.lower()))


def _of_others(intent: Intent) -> bool:
    """Whether a question put to a named speaker asks what others did, not what the speaker
    mentioned: "Per the Chair, had the authorities responded to the Group's requests?" is about
    the authorities' response, which the Chair reports (a claim, with its polarity), not whether
    the Chair responded to something.

    >>> _of_others(Intent(question="had the authorities responded to requests?", type="speaker",
    ...                   speakers=["s/chair"], named_as=["Chair"]))
    True
    >>> _of_others(Intent(question="Did Minsk respond to the concerns?", type="speaker",
    ...                   speakers=["s/belarus"], named_as=["Minsk"]))
    False
    """
    frame = _MENTION_FRAME.search(intent.question)
    if not (intent.speakers and intent.named_as and frame):
        return False
    subject = intent.question[:frame.start()].split(maxsplit=1)[1:]  # after the auxiliary
    words = subject[0].lower() if subject else ""
    pronoun = re.search(r"\b(?:it|they|he|she|its|their|his|her|itself|themselves)\b", words)
    return bool(words.strip()) and not pronoun and not any(name.lower() in words for name in intent.named_as)


def _asked_of(name: str, text: str) -> bool:
    """Whether the text asks `name` (or its authorities) to do something: "calls on the
    Belarusian authorities to cooperate" for "Belarus"."""
    stem = re.escape(name[:max(MIN_PREFIX, len(name) - 2)])
    return re.search(rf"\b(?:call(?:s|ed)?\s+(?:on|upon)|urge[sd]?|ask(?:s|ed)?|encourage[sd]?|invite[sd]?|"
                     rf"request(?:s|ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{stem}", text, re.I) is not None


def _predicate(question: str) -> str:
    """The question without its names (capitalised words after the first): what it says of them.

    >>> _predicate("Does Belarus recognise the experts' mandate?")
    "Does recognise the experts' mandate?"
    """
    first, _, rest = question.strip().partition(" ")
    return " ".join([first, *(w for w in rest.split() if not w[:1].isupper())])


def topical(intent: Intent) -> bool:
    """Whether the question has a topic to look for ("the death penalty"), not just "anything".

    >>> topical(Intent(question="Did France say anything?", type="speaker", topic="anything"))
    False
    """
    return bool(intent.topic) and not _NO_TOPIC.match(intent.topic)


def answer_first(word: str | None, lead: str, intent: Intent) -> str:
    """The lead with the yes/no word in front; for a request the quotes do not make, say so."""
    if word:
        return f"{word}. {lead}"
    if is_yes_no(intent.question) and checks(intent.question) == "request":
        return f"Not in so many words: it is raised, but not as a call. {lead}"
    return lead


def no_mention(intent: Intent, refused: Draft, set_aside: Sequence[str] = ()) -> Draft:
    """"Did anyone mention the Olympics?", "Was climate change discussed?": when no statement
    supports the topic, the answer is a no, as the summary records every statement; any other
    refusal stands. `set_aside` names the speakers the question left out ("did anyone *else*
    mention him?", "who else brought her up?"), whose statements were not searched."""
    asks_mention = is_yes_no(intent.question) and checks(intent.question) == "mention"
    if not ((asks_mention or (set_aside and intent.type == "who_said")) and topical(intent)
            and intent.type in ("who_said", "single")):
        return refused  # "who else brought her up?" with no one left is a no too
    lead = f"none of the {kinds_noun(intent.kinds)} mentions" if intent.kinds else \
        "no statement in the summary mentions"
    if set_aside:
        lead = f"besides {series(set_aside)}, which the question leaves out, {lead}"
    word = "No" if asks_mention else "No one else"
    return Draft(question_type=intent.type, notes=refused.notes, lead=f"{word}: {lead} “{intent.topic}”.")
