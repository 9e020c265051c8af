"""A question's framing: what is put before or around the question itself, read away so that the
rest of the stage sees the question (`unframed`).

- a framing phrase before it ("Looking at the running order, which ..."), unless it names a
  speaker or narrows the question (a part of the meeting put first is kept, at the end), or a
  clause saying why it is asked ("As we are drafting a note on X, could you tell me which ...");
- the kind the answer is restricted to, put first ("Only the NGOs please: who ...");
- a sentence it leans on ("One NGO voiced alarm about X. Which organisation was that?", "X spoke
  for a bunch of countries - which ones?");
- the other answer of a yes-or-no question ("did X speak alone, or did others sign on to it?");
- a move to another topic ("back to exile - which delegations ...");
- a claim put before the question to check it ("Claim: ... . Who actually ...?", "tweet says only
  X did Y. anyone else?", "thread claims X put the number at N. what did X actually say?"), and
  whether one speaker was the only one to say something ("was the ICJ the only org to ...?");
- a comparison of two kinds of speaker ("did more states or NGOs raise X? list both"), asked as who
  of those kinds said it, whose answer counts each kind;
- a speaker compared in an aside ("Did the EU, like France, refer to ...?");
- a gloss after the question that says it again in other words ("which experts answered at the
  end? like the reply part"), checks what its answer will show ("... ? was it just the EU?"), or
  says where the asker met a claim ("... ? I've seen it attributed to France");
- a topic or a speaker put first and pointed back to ("democracy in belarus - who spoke up for
  it", "moskalenko - did she ...", "and the third group - did it ...").

Pure functions of the question and the speaker directory.
"""

from __future__ import annotations

import re

from hrcqa.index.synonyms import phrasal_verb, verb_lemma
from hrcqa.question.followups import person_in
from hrcqa.question.meeting import AND_WH, ORDINALS, kinds_of, position_of, read_meeting
from hrcqa.question.naming import names_in
from hrcqa.question.query import KIND_NOUN, SpeakerDirectory
from hrcqa.question.words import AUXILIARY, without_framing
from hrcqa.text.countries import country_named
from hrcqa.text.grammar import noun_for


def unframed(question: str, directory: SpeakerDirectory) -> str:
    """The question without its framing (see the module's list), in that order.

    >>> unframed("Looking at the running order, which country spoke before Ireland?", directory)
    'which country spoke before Ireland?'
    """
    question = _only_one(_claim_checked(_meant(question, directory)))
    compared = _more_of_kinds(question)
    if compared != question and not read_meeting(question, directory):
        question = compared  # ("did more states than ngos speak" is counted from the records)
    question = _without_background(question, directory)
    aside = _COMPARED_ASIDE.search(question)
    # "Did the EU, like France, refer to ...?": the EU is asked about
    if aside and names_in(aside.group("name") or aside.group("did"), directory):
        question = question[:aside.start()] + " " + question[aside.end():].lstrip()
    fronted = _without_fronted(_kind_only(_first_alternative(_without_gloss(question))), directory)
    return _said_last(_with_context(_switched(_person_before(fronted, directory), directory), directory),
                      directory)


# "no i meant the countries, which ones brought up X": a question set right, asked again in full
_MEANT = re.compile(r"^\s*(?:(?:no|nope|sorry|oops|wait)\b[,.!]?\s*)?i\s+meant\s+(?P<rest>(?P<lead>.*?)\b"
                    r"(?:which|who|whom|what|how\s+many)\b.*)$", re.I)


def _meant(question: str, directory: SpeakerDirectory) -> str:
    """The question after "no I meant", unless a speaker's name leads it ("i meant Malta, what
    about X": that speaker's, which the follow-up rules read).

    >>> _meant("no i meant the countries which ones brought up sexual violence", directory)
    'the countries which ones brought up sexual violence'
    """
    match = _MEANT.match(question)
    if not match or names_in(match.group("lead"), directory):
        return question
    return match.group("rest")


# A word that opens a question: a question word or an auxiliary
_ASKING = rf"(?:what|which|who|whom|whose|how|when|where|why|{AUXILIARY})\b"
# "which experts answered at the end? like the reply part", "? i mean the replies": words after the
# question mark that gloss it, and ask nothing of their own
_GLOSS = re.compile(r"(?<=\?)\s*(?:like|i\s+mean|as\s+in|e\.\s?g\.?|eg|i\.\s?e\.?|ie|you\s+know|meaning)\b"
                    rf"(?![^?]*\b{_ASKING})[^?]*$|"
                    # "and ireland?? same question?": what "and ireland?" asks already
                    r"(?<=\?)\s*(?:the\s+)?same\s+(?:question|q|thing)\s*\?*\s*$|"
                    # "who mentioned the 52?? was it just the eu or more ppl": the list answers it
                    r"(?<=\?)\s*(?:was|is|were|are)\s+(?:it|that|they)\s+(?:just|only|solely|merely)\b[^?]*\?*\s*$|"
                    # "who did the answers at the end, was it the chair again or other experts": the
                    # candidates the answer tells apart
                    r"(?:(?<=\?)|\s*,)\s*(?:was|is|were|are)\s+(?:it|that|they|he|she)\s+[^?,]{1,40}?\s+or\s+"
                    r"[^?,]{1,40}\?*\s*$|"
                    # "who talked about X? I've seen it attributed to France": where the asker met the
                    # claim, which the answer checks
                    r"(?<=\?)\s*(?:i(?:'ve|’ve|\s+have|\s+had)?|we(?:'ve|’ve|\s+have)?|someone|people)\s+"
                    r"(?:[\w'’]+\s+){0,2}?(?:seen|heard|read|saw|told)\b[^?]*$",
                    re.I)


# Sentences about the asker put before the question: thanks ("Thank you. And ..."), or what they
# are doing ("I would like to describe in my paper how much civil society took part. How many NGOs
# ...?", "I'm writing about emigration from Belarus after 2020. Did anybody give a figure ...?")
# (thanks alone, "ok", "great" are chat that `hrcqa.question.words.without_chatter` reads away first)
_COURTESY = re.compile(r"(?:that|this)(?:\s+is|\s+was|'s|’s)\s+(?:very\s+|really\s+|most\s+|so\s+)?"
                       r"(?:helpful|useful|interesting|great|clear)(?:[\s,!]+(?:thanks|thank\s+you)"
                       r"(?:\s+(?:so|very)\s+much)?)?", re.I)
_ABOUT_ME = re.compile(r"(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|my|our|for\s+(?:my|our))\s[^.!?:]{3,}|"
                       # "Another part of my paper is about companies."
                       r"[^.!?:]*\b(?:my|our)\s+(?:paper|essay|thesis|article|research|report|note|piece|story|"
                       r"study|dissertation|project|brief|briefing)\b[^.!?:]*", re.I)
_BACKGROUND = re.compile(rf"^\s*(?P<lead>(?:(?:{_COURTESY.pattern}|{_ABOUT_ME.pattern})[.!:]+\s+)+)"
                         rf"(?P<rest>(?:(?:and\s+|so\s+|now\s+)?{_ASKING}|[^.!:]*\?\s*$).*)$", re.I | re.S)
# A remark after the question that asks nothing: about the asker ("? i keep seeing different numbers
# from different people", "? I need it for a brief") or an aside ("? feels like everyone did lol")
# (not a restriction of what is asked: "? I only want the EU members")
_REMARK_AFTER = re.compile(rf"(?<=\?)\s*(?:(?!i\s+(?:mean|meant)\b)"
                           rf"(?![^?]*\b(?:{_ASKING}|only|just|except|excluding|not|but|apart)\b)"
                           rf"(?:{_ABOUT_ME.pattern})|"
                           r"(?:it\s+)?(?:feels|seems|looks|sounds)\s+like\b|lol\b|haha\b|just\s+curious\b)"
                           r"[^?]*$", re.I)
# what the asker has read, heard or believes is part of the question ("I have also read that
# prisoners have died in detention. Did anyone name ...?"), not its background
_KNOWS = re.compile(r"\b(?:read|heard|know|knew|remember|recall|noticed?|understand|saw|seen|think|thought|"
                    r"believe|assumed?|learned|learnt|told)\b", re.I)
# a pronoun that may point back into the sentences before ("I know that X is in prison. Which
# speakers mentioned him?")
_POINTS_BACK = re.compile(r"\b(?:he|she|him|her|his|it|its|they|them|their|this|that|those|these)\b", re.I)


def _without_background(question: str, directory: SpeakerDirectory) -> str:
    """The question without the sentences about the asker put before it: thanks go, and what the
    asker is doing goes when it names no speaker, says nothing the asker has read or heard ("I
    read that ..."), and the question does not point back into it.

    >>> _without_background("I'm writing about emigration after 2020. Did anybody give a figure for "
    ...                      "how many left?", directory)
    'Did anybody give a figure for how many left?'
    >>> _without_background("That is very helpful. And the Czech delegation, did it give a number?",
    ...                      directory)
    'And the Czech delegation, did it give a number?'
    >>> _without_background("I know Malta spoke. What did it say?", directory)
    'I know Malta spoke. What did it say?'
    """
    match = _BACKGROUND.match(question)
    if not match:
        return question
    lead, rest = match.group("lead"), match.group("rest")
    about_me = [part for part in re.split(r"[.!:]+\s+", lead)
                if part.strip() and not _COURTESY.fullmatch(part.strip())]
    if about_me and (names_in(lead, directory) or _POINTS_BACK.search(rest) or _KNOWS.search(lead)):
        return question
    return rest


# A claim put before the question to check it: "Claim: X. Who actually ...?", "Fact check: an article
# claims X. ...", "France reportedly cited 1,500 ... . What number did France actually give?"
# ("Different claim:", "Claim going round:", "Quote check -")
_CLAIM_MARK = re.compile(r"^\s*(?:(?:a|another|different|new|next|second|one\s+more|last|quick)\s+)?"
                         r"(?:claim|fact[-\s]?check|check|verify|rumou?r|true\s+or\s+false|quote\s+check)"
                         r"(?:\s+(?:going\s+a?round|circulating|doing\s+the\s+rounds|online|"
                         r"on\s+(?:social\s+media|[\w-]+)))?\s*(?:[:–—]|\s-)\s*", re.I)
# who made the claim: "an article says", "tweet says", "a pro-govt channel says", "someone claims"
# (with up to two words qualifying the source, and a capital that is not a speaker's name)
_CLAIM_SOURCE = re.compile(r"(?:\b(?:an?|one|the|this|that|another|some|my)\s+|^\s*)"
                           # ("which source says X?" asks for it: a question word is no claim's source)
                           r"(?!(?:which|what|whose|who|how|any|did|does|do|is|was)\b)(?:[\w-]+\s+){0,2}?"
                           r"(?:(?:news\s+)?(?:article|report|story|piece|post|tweet|thread|source|journalist|"
                           r"blog|headline|newswire|wire|channel|outlet|website|site|paper|newspaper|op-?ed|"
                           r"commentator|analyst|colleague|friend|editor|reader)\s+(?:on\s+[\w-]+\s+)?(?:says|"
                           r"claims|said|claimed|reports|reported|states|stated|alleges|alleged|writes|wrote|"
                           r"suggests|insists|is\s+saying|tells\s+me|told\s+me)|"
                           # ("someone said X. who?" asks which speaker said it)
                           r"(?:someone|somebody)\s+(?:says|claims|is\s+saying|insists|tells\s+me|told\s+me))"
                           r"\s+(?:that\s+)?", re.I)
# "... . Correct?", "... - right?", "..., true or false?": the claim itself is asked
_CHECK_TAG = re.compile(r"(?:[.!,;:]|\s[-–—])?\s*(?:(?:is\s+(?:that|it|this)\s+)?"
                        # (not "in its own right?")
                        r"(?<!\bown\s)(?:correct|true|accurate|right)|true\s+or\s+false|yes\s+or\s+no)\s*\?+\s*$",
                        re.I)
_HEARSAY = re.compile(r"\s+(?:reportedly|allegedly|supposedly|apparently)\b", re.I)
_CLAIM_THEN_QUESTION = re.compile(rf"^(?P<claim>.+?[.!'\"’”])\s+(?P<question>{_ASKING}[^?]*\?*)\s*$", re.I)
_ASKS_FIGURE = re.compile(r"^(?:what|which)(?:(?:'s|’s|\s+is|\s+was)\s+the)?\s+(?:(?:exact|actual|real|true|"
                          r"correct|right)\s+)?(?:figure|number|count|total|date)\b|^how\s+many\b", re.I)
# "What did Germany actually say?" after a claimed figure: the figure it gave
_SAID_WHAT = re.compile(r"^what\s+(?:did|does)\s+(?P<who>.+?)\s+(?:actually\s+|really\s+)?(?:say|give|"
                        r"put\s+it\s+at|state|report)\s*\?*\s*$", re.I)
# what a claimed figure counts, without the words that frame it: "the number of N at"
_COUNTED_AS = re.compile(r"^(?:the|a)\s+(?:number|figure|count|total|toll|tally)\s+(?:of|for)\s+|"
                         r"\s+(?:at|of|to|as|around|about)\s*$", re.I)
# "only Malta asked for X" in a claim, checked by "anyone else?": who asked for X
_ONLY_CLAIM = re.compile(r"^(?:that\s+)?only\s+(?:the\s+)?(?P<who>[^.?!,]+?)\s+"
                         r"(?P<predicate>(?:said|spoke|gave|brought|took|made|[a-z]+ed)\b[^.?!]*)", re.I)
_ANYONE_ELSE = re.compile(r"^(?:(?:was\s+there|were\s+there|did)\s+)?(?:anyone|anybody|any\s+one|someone|"
                          r"any\s+others?|others?|who)\s+else\b[^?]*\?*\s*$", re.I)
_CLAIM_THEN_ELSE = re.compile(rf"^(?P<claim>.+?[.!'\"’”])\s+(?P<question>{_ANYONE_ELSE.pattern[1:]})", re.I)
# the question points back at the claim: "who gave that number?", "which one?", "does the summary agree?"
_POINTER = re.compile(r"\b(?:that|this|these|those|it|them|the\s+same|one|ones|agree|confirm|correct|right|"
                      r"true|accurate|match(?:es)?|(?:the|this)\s+(?:summary|document|record|text))\b", re.I)
# a figure and the word that qualifies it ("over 300"); a year stays
_CLAIMED_FIGURE = re.compile(r"(?:\b(?:over|more\s+than|at\s+least|around|about|some|nearly|almost|up\s+to|"
                             r"at)\s+)?(?<![\w,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\d?\b", re.I)


def without_figures(text: str) -> str:
    """The text without the figures it states (and the word that qualifies each, "at", "over"); a
    year stays: what a claimed figure counts, looked for whatever figure was given.

    >>> without_figures("the number of political prisoners at 1,200 in 2025")
    'the number of political prisoners in 2025'
    """
    return " ".join(_CLAIMED_FIGURE.sub("", text).split())


# "Is that borne out - did any African State take the floor?", "Is that right? did X ...": a check
# of what came before, put before the question that settles it, which is what is asked
_CHECK_LEAD = re.compile(rf"^\s*(?:(?:is|was)\s+(?:that|this|it)\s+(?:(?:really|actually)\s+)?(?:borne\s+out|"
                         rf"right|true|correct|accurate|so|the\s+case)|true\s+or\s+not)\s*(?:[?:;,]|\s[-–—]+)\s*"
                         rf"(?={_ASKING})", re.I)


# "Was the ICJ the only org to raise X?": which orgs raised it (the list settles it)
_ONLY_ONE = re.compile(r"^\s*(?:so\s+)?(?:was|is|were|are)\s+(?P<name>[^?]+?)\s+(?:really\s+|actually\s+)?"
                       r"the\s+only\s+(?P<noun>[\w-]+)\s+(?P<link>to|that|who|which)\s+(?P<predicate>[^?]+?)"
                       r"\s*\?*\s*$", re.I)


# "did more states or NGOs raise X? list both": who of those kinds raised it, by kind, counted
_MORE_OF_KINDS = re.compile(r"^\s*(?:so\s+|and\s+)?(?:did|do|have|were\s+there)\s+more\s+(?P<one>[\w-]+(?:\s+"
                            r"delegations)?)\s+(?:or|than)\s+(?:more\s+)?(?P<other>[\w-]+(?:\s+delegations)?)\s+"
                            r"(?P<predicate>[^?.!]+?)\s*(?:[?.!]+\s*(?:(?:please\s+)?(?:list|give|show|name)\b.*)?)?$",
                            re.I)


def _more_of_kinds(question: str) -> str:
    """Whether more speakers of one kind than of another said something, asked as who of the two
    kinds said it: the answer lists them by kind, with each kind's count.

    >>> _more_of_kinds("did more states or NGOs raise the death penalty? list both")
    'Which states and NGOs did raise the death penalty?'
    """
    match = _MORE_OF_KINDS.match(question)
    if not match or not kinds_of(match.group("one")) or not kinds_of(match.group("other")):
        return question
    predicate = match.group("predicate")
    relative = re.match(r"(?:that|who|which)\s+", predicate, re.I)  # "more NGOs than states that raised X"
    asked = predicate[relative.end():] if relative else f"did {predicate}"
    return f"Which {match.group('one')} and {match.group('other')} {asked}?"


def _only_one(question: str) -> str:
    """A question whether one speaker was the only one to say something, asked as who said it.

    >>> _only_one("was the ICJ the only org to raise the lawyers' association being labelled extremist?")
    "Which orgs did raise the lawyers' association being labelled extremist?"
    >>> _only_one("Is Malta the only State that called for a moratorium?")
    'Which States called for a moratorium?'
    """
    match = _ONLY_ONE.match(question)
    if not match:
        return question
    noun = match.group("noun")
    plural = "speakers" if noun.lower() == "one" else noun_for(noun, 2)
    verb = "did " if match.group("link").lower() == "to" else ""
    return f"Which {plural} {verb}{match.group('predicate')}?"


# "is it true", "really", "actually": the asker checks what they were told
_DOUBTS = re.compile(r"\b(?:is\s+it\s+true|is\s+(?:that|this|it)\s+(?:true|right|correct|accurate)|really|"
                     r"actually|truly|in\s+fact|misattributed|attributed)\b", re.I)


# what a speaker is asked to have said in so many words: "did Poland say that ...?"
_SAID_THAT = re.compile(r"\b(?:say|said|state|stated|claim|claimed)\s+that\b", re.I)


def checks_claim(question: str) -> bool:
    """Whether a question checks a claim, as a fact-checker puts it: a claim marked or sourced
    ("Claim:", "a tweet says"), told as hearsay ("reportedly"), doubted ("Is it true ...?",
    "did X really say ...", "... - correct?"), or asked word for word ("did X say that ...?"). Its
    answer, when it is a no, names who did say it.

    >>> checks_claim("Is it true Poland said X?"), checks_claim("Did Poland say X?")
    (True, False)
    >>> checks_claim("Did Poland say that former political prisoners are never really free?")
    True
    """
    return bool(_CLAIM_MARK.match(question) or _CLAIM_SOURCE.search(question) or _HEARSAY.search(question)
                or _CHECK_TAG.search(question) or _DOUBTS.search(question) or _SAID_THAT.search(question))


def _claim_checked(question: str) -> str:
    """The question a claim is put before to be checked, with what it needs of the claim: all of
    it, as typed, when it points back to it ("Who gave that number?"), the claim without its
    figures when it asks for the real figure (the claimed one may be wrong), nothing when it
    stands on its own ("Who actually mentioned the ICC?": the claim's "only NGOs" is what is
    checked, not a filter); a claim with a check ("Correct?") is itself the question.

    >>> _claim_checked("Claim: the UK sanctioned over 300 people. What figure did the UK actually give?")
    'the UK sanctioned people. What figure did the UK actually give?'
    >>> _claim_checked("France reportedly cited 1,500 cases in 2024. What number did France actually give?")
    'France cited cases in 2024. What number did France actually give?'
    >>> _claim_checked("Claim: Article 19 said over 500 prisoners were released. True?")
    'Article 19 said over 500 prisoners were released?'
    >>> _claim_checked("Claim: only NGOs brought up the ICC. Who actually mentioned the ICC?")
    'Who actually mentioned the ICC?'
    >>> _claim_checked("Is that borne out - did any African State take the floor?")
    'did any African State take the floor?'
    >>> _claim_checked("Claim: 9 prisoners died in detention. Who in the dialogue gave that number?")
    'Claim: 9 prisoners died in detention. Who in the dialogue gave that number?'
    """
    question = question[_CHECK_LEAD.match(question).end():] if _CHECK_LEAD.match(question) else question
    marked = _CLAIM_MARK.match(question)
    text = _CLAIM_SOURCE.sub("", question[marked.end():] if marked else question)
    claimed = bool(marked or _HEARSAY.search(text) or text != question)
    text = _HEARSAY.sub("", text)
    tag = _CHECK_TAG.search(text)
    # "Claim: X said Y. Correct?", "Czechia put the number at 1,168 - right?": did X say Y (with
    # no claim named too); "who spoke first, right?": who spoke first; "Claim: X said Y.": the same
    if tag or (marked and "?" not in text):
        return text[:tag.start() if tag else len(text)].rstrip(" .!,;:-–—") + "?"
    if not claimed:
        return question
    parts = _CLAIM_THEN_QUESTION.match(text) or _CLAIM_THEN_ELSE.match(text)
    if not parts:
        return text
    asked = parts.group("question")
    claim = parts.group("claim").strip(" .!'\"’”‘“")
    only = _ONLY_CLAIM.match(claim)
    if only and _ANYONE_ELSE.match(asked):  # "only Malta asked for X. anyone else?": who asked for X
        return f"Who {only.group('predicate')}?"
    said = _SAID_WHAT.match(asked)
    if said and _CLAIMED_FIGURE.search(claim):  # "X put the number of N at 1,300. What did X say?"
        who = said.group("who")
        counted = re.sub(rf"^(?:the\s+)?{re.escape(who)}\s+\w+\s+(?:that\s+)?", "",
                         " ".join(_CLAIMED_FIGURE.sub("", claim).split()), flags=re.I)
        counted = _COUNTED_AS.sub("", counted).strip()
        return f"What figure did {who} actually give for {counted}?" if counted != claim else \
            f"{claim}. What figure did {who} actually give?"
    if _ASKS_FIGURE.match(asked) and not _POINTER.search(asked):
        claim = _CLAIMED_FIGURE.sub("", parts.group("claim"))
        return " ".join(f"{claim} {asked}".split())
    return question if _POINTER.search(asked) else asked  # the question leaning on the claim reads it whole


# "Did the EU, like France, refer to the elections?": a speaker compared in an aside, not asked about
# ("as cited by Prague", "as Prague said": whose figure it is, which stays)
_COMPARED_ASIDE = re.compile(r"\s*,\s*(?:just\s+)?(?:(?:like|unlike)\s+(?P<name>[^,?]{2,50}?)(?:\s+did)?|"
                             r"as\s+(?P<did>[^,?]{2,50}?)\s+did)\s*,", re.I)
# "and the helsinki committee one what else did they want": a comma left out after "the X one"
_ONE_THEN_QUESTION = re.compile(rf"^(?P<lead>\s*(?:and\s+|so\s+)?the\s+[\w'’ -]{{2,50}}?\s+one)\s+"
                                rf"(?={_ASKING})", re.I)


def _without_gloss(question: str) -> str:
    """The question without a gloss after it, and with the comma a speaker put first left out
    ("the helsinki committee one what else ...") put back.

    >>> _without_gloss("which experts answered at the end? like the reply part")
    'which experts answered at the end?'
    >>> _without_gloss("who spoke about torture? like which ngos")  # a question of its own: kept
    'who spoke about torture? like which ngos'
    >>> _without_gloss("who mentioned the 52 released?? was it just the eu or more ppl")
    'who mentioned the 52 released??'
    >>> _without_gloss("who did the answers at the end, was it the chair again or other experts")
    'who did the answers at the end'
    >>> _without_gloss("who brought up the war? feels like basically everyone did lol")
    'who brought up the war?'
    >>> _without_gloss("how many are still held?? i keep seeing different numbers")
    'how many are still held??'
    >>> _without_gloss("which states spoke? I only want EU members")  # a restriction: kept
    'which states spoke? I only want EU members'
    >>> _without_gloss("who raised torture? i wonder which ngos")  # a question of its own: kept
    'who raised torture? i wonder which ngos'
    >>> _without_gloss("who asked about lawyers? i mean the NGOs")  # a gloss, not a remark
    'who asked about lawyers?'
    >>> _without_gloss("and the helsinki committee one what else did they want")
    'and the helsinki committee one, what else did they want'
    """
    return _ONE_THEN_QUESTION.sub(r"\g<lead>, ", _REMARK_AFTER.sub("", _GLOSS.sub("", question)))


# "how many trade union activists in prison say OMCT": the speaker named last, after its verb
_SAY_NAME = re.compile(r"^(?P<rest>(?:how\s+many|what|which|when|where|how|why)\b[^?]{3,}?)\s+"
                       r"(?:say|says|said|according)\s+(?P<name>[^?,]{2,40}?)\s*(?P<end>[?.!]*)\s*$", re.I)


def _said_last(question: str, directory: SpeakerDirectory) -> str:
    """A learner's question with its speaker after "say" at the end: "according to" it.

    >>> _said_last("how many trade union activists in prison say OMCT", directory)
    'how many trade union activists in prison, according to OMCT'
    >>> _said_last("what did they say about Lithuania", directory)  # a topic, no speaker
    'what did they say about Lithuania'
    """
    match = _SAY_NAME.match(question)
    if not match or not names_in(match.group("name"), directory, whole=True) or \
            re.search(r"\b(?:did|does|do)\b", match.group("rest"), re.I):
        return question
    return f"{match.group('rest')}, according to {match.group('name')}{match.group('end')}"


# "Only the NGOs please: which of the CSOs ...", "States only - who ...": the kind the answer is
# restricted to, put first
_SINGLY = r"(?:(?:individual|single|separate|national)\s+)?"
_KIND_ONLY = re.compile(rf"^(?:(?:only|just)\s+(?:the\s+)?{_SINGLY}(?P<first>{KIND_NOUN})(?:\s+only)?|"
                        # "Restricting myself to individual State delegations, which ones ...", "among
                        # individual State delegations only, which ..."
                        r"(?:(?:restricting|limiting|confining|restricted|limited|keeping|sticking)"
                        r"(?:\s+(?:myself|ourselves|it|this|the\s+question|things))?\s+to|among|of)\s+"
                        rf"(?:the\s+)?{_SINGLY}(?P<among>{KIND_NOUN})(?:\s+only)?|"
                        rf"(?:the\s+)?{_SINGLY}(?P<after>{KIND_NOUN})\s+only|"
                        # "ok now the human rights orgs - which ones talked about lawyers": the kind put first
                        rf"(?:(?:ok(?:ay)?|so|now|and|then)\W+)*(?:the\s+)?(?P<put>{KIND_NOUN}))"
                        r"(?:\s*,?\s*(?:please|pls))?(?:\s*[:,\-–—]\s+|"
                        # "the countries which ones brought up X": typed without the comma
                        r"\s+(?=(?:who|which\s+(?:ones|of\s+(?:them|those)))\b))"
                        r"(?P<rest>(?P<who>who\b|which\s+(?:speakers|delegations|ones|participants|of\s+(?:them|those))\b|"
                        # "which expressed concern ...": which of them, the verb straight after
                        r"which(?=\s+(?!of\b)\w+(?:ed|ted)\b))?"
                        r".*)$", re.I)


# "who on the panel dealt with ...", "who among the NGOs raised ...": which of that kind
_WHO_OF_KIND = re.compile(rf"^(?P<lead>\s*(?:(?:and|so|but)\s+)?)who\s+(?P<else>else\s+)?"
                          rf"(?:on|from|among|amongst|of)\s+(?:the\s+)?(?P<noun>{KIND_NOUN})\s+(?=[a-z])",
                          re.I)


def _kind_only(question: str) -> str:
    """The question restricted to the kind put first, without that lead; unchanged unless it asks
    who, or which of a kind itself.

    >>> _kind_only("Only the NGOs please: who flagged the lawyers' association being banned?")
    "which NGOs flagged the lawyers' association being banned?"
    >>> _kind_only("NGOs only - which of the CSOs raised torture?")
    'which of the CSOs raised torture?'
    >>> _kind_only("ok now the human rights orgs - which ones talked about lawyers")
    'which human rights orgs talked about lawyers'
    >>> _kind_only("Restricting myself to individual State delegations, which ones referred to the 52?")
    'which State delegations referred to the 52?'
    >>> _kind_only("among individual State delegations only, which expressed concern about lawyers?")
    'which State delegations expressed concern about lawyers?'
    >>> _kind_only("who on the panel dealt with releases"), _kind_only("who among the NGOs raised torture")
    ('which experts dealt with releases', 'which NGOs raised torture')
    >>> _kind_only("the countries which ones brought up sexual violence")
    'which countries brought up sexual violence'
    """
    of_kind = _WHO_OF_KIND.match(question)
    if of_kind:
        noun = of_kind.group("noun")
        plural = noun if noun.lower().endswith("s") else f"{noun}s"
        noun = "experts" if kinds_of(noun) == ["panel"] else plural
        return f"{of_kind.group('lead')}which {'other ' if of_kind.group('else') else ''}{noun} " \
               f"{question[of_kind.end():]}"
    match = _KIND_ONLY.match(question)
    if not match:
        return question
    rest = match.group("rest")
    noun = match.group("first") or match.group("among") or match.group("after") or match.group("put")
    if match.group("put") and not match.group("who"):  # "the ngos, which is more ...": not restricted
        return question
    if match.group("who"):
        return f"which {noun} {rest[match.end('who') - match.start('rest'):].lstrip()}"
    return rest if re.match(rf"which\s+(?:of\s+(?:the\s+)?)?{KIND_NOUN}\b", rest, re.I) else question


# "According to the summary's figures, how many ...", "Looking at the running order, which ...": a
# phrase put before the question that frames it; so is a clause that says why it is asked ("As
# we are drafting a note on X, could you tell me ...", "Because the ministry is weighing a
# referral, I need every speaker who ...", "For the 'strongest language' box in my note: who ...")
_FRONTED = re.compile(r"^(?P<lead>(?:according\s+to|looking\s+at|leaving\s+aside|setting\s+aside|in|on|"
                      r"regarding|as\s+for|as\s+regards|with\s+regard\s+to|concerning|when\s+it\s+comes\s+to|"
                      r"in\s+terms\s+of|based\s+on|from)\b[^,?]{3,120},|"
                      r"(?:as(?!\s+(?:for|regards|to|well|of|at|from|in|on|since)\b)|because|given|seeing\s+that|now\s+that|while|"
                      # "For citation purposes:", "Turning to the State concerned:"
                      r"for\s+(?:a|an|my|our|the|this|your)|(?:turning|moving|switching|"
                      r"coming|going\s+back|back)\s+to)\b[^,:?]{3,160}[,:]|for\s+[\w-]+\s+purposes\s*[,:])\s+"
                      r"(?=(?:which|who|whom|whose|what|how|did|does|do|is|was|were|are|has|have|can|could|"
                      r"would|please|tell\s+me|(?:i|we)\s+(?:need|want|would\s+like)|"
                      # "on what date ...", "at which session ..."
                      r"(?:on|at|in|from|by|for|to|with|during|under)\s+(?:what|which|whom|whose))\b)", re.I)


_TURNING = re.compile(r"(?:turning|moving|switching|coming|going\s+back|back)\s+to\b", re.I)
_MEETING_PART = re.compile(r"\b(?:segment|section|part|round)\b(?!\s+(?:on|about)\b)", re.I)
_WHY_ASKED = re.compile(r"(?:as|because|given|seeing|now|while)\b", re.I)
# a lead that says what the question is about, kept at its end
_TOPIC_LEAD = re.compile(r"^(?:on|regarding|concerning|as\s+(?:for|regards)|with\s+regard\s+to|"
                         r"when\s+it\s+comes\s+to|in\s+terms\s+of)\s+.+$", re.I)


# "According to them", "according to that organisation": a speaker pointed back to
_BY_POINTER = re.compile(r"(?:according\s+to|in\s+the\s+view\s+of|per)\s+(?:him|her|them|it|"
                         r"(?:that|this|the\s+same)\s+[\w-]+|the\s+(?:former|latter))", re.I)


def _without_fronted(question: str, directory: SpeakerDirectory) -> str:
    """The question without a framing phrase put before it, unless that phrase names a speaker
    ("According to Poland, how many ...", "Apart from the EU, who ...": the question needs it).

    >>> _without_fronted("Looking at the running order, which country spoke before Ireland?", directory)
    'which country spoke before Ireland?'
    >>> _without_fronted("According to Poland, how many prisoners remain?", directory)
    'According to Poland, how many prisoners remain?'
    >>> _without_fronted("According to them, what can be turned into a crime?", directory)
    'According to them, what can be turned into a crime?'
    >>> _without_fronted("In 2024, how many people were convicted?", directory)
    'In 2024, how many people were convicted?'
    >>> _without_fronted("For the NGO segment, who spoke first?", directory)
    'who spoke first in the NGO segment?'
    >>> _without_fronted("On the date of his death, do OMCT and CPTI concur?", directory)
    'do OMCT and CPTI concur on the date of his death?'
    """
    fronted = _FRONTED.match(question)
    lead = fronted.group("lead")[:-1] if fronted else ""
    # "In 2024, how many ...": a year narrows it, whatever the lead; a clause on why it is asked does
    # not ("As we are drafting a section on X, ..."), nor does the asker's own write-up ("for a
    # section on X")
    if not fronted or re.search(r"\d", lead):
        return question
    rest = without_framing(question[fronted.end():])  # "..., could you tell me which ...": which ...
    turning = _TURNING.match(lead)
    if turning:  # "Turning to the State concerned: how did Belarus ...": a speaker named again
        to = lead[turning.end():]
        return rest if (names_in(to, directory) or kinds_of(to)) and names_in(rest, directory) else question
    if names_in(lead, directory) or _BY_POINTER.fullmatch(lead):  # "According to them, ...": whose
        return question  # account the turn before tells
    if not _WHY_ASKED.match(lead) and _MEETING_PART.search(lead):
        # "For the NGO segment, who spoke first?": "who spoke first in the NGO segment?"
        where = re.sub(r"^(?:for|in)\b", "in", lead, flags=re.I)
        return f"{rest.rstrip(' ?.!')} {where}?"
    topic = _TOPIC_LEAD.match(lead)
    if topic:  # "On the date of his death, do OMCT and CPTI concur?": "... concur on the date of his death?"
        return f"{rest.rstrip(' ?.!')} {topic.group()[0].lower()}{topic.group()[1:]}?"
    return rest


# "I know that Ales Bialiatski is still in prison. Which organisations mentioned him?": a sentence
# naming a person, then a question that points to that person
_PERSON_THEN_QUESTION = re.compile(r"^(?P<lead>[^?]+?[.!:;])\s+"
                                   r"(?P<rest>[^.!?]*\b(?:he|she|him|her|his)\b[^.!?]*[?.!]*)\s*$", re.I)


def _person_before(question: str, directory: SpeakerDirectory) -> str:
    """The question with the person the sentence before it names in place of "she", "him", "his"
    ..., when that sentence names a person and no speaker.

    >>> _person_before("I know that Nasta Loika is still in prison. Which NGOs mentioned her?", directory)
    'Which NGOs mentioned Nasta Loika?'
    >>> _person_before("Nasta Loika came up twice. Did anyone say what she went through?", directory)
    'Did anyone say what Nasta Loika went through?'
    >>> _person_before("Malta spoke about Nasta Loika. What did she say?", directory)
    'Malta spoke about Nasta Loika. What did she say?'
    """
    match = _PERSON_THEN_QUESTION.match(question)
    person = person_in(match.group("lead")) if match else None
    if not person or names_in(match.group("lead"), directory) or person_in(match.group("rest")):
        return question
    pronoun = re.search(r"\b(he|she|him|her|his)\b", match.group("rest"), re.I)
    name = f"{person}'s" if pronoun.group().lower() == "his" else person
    return match.group("rest")[:pronoun.start()] + name + match.group("rest")[pronoun.end():]


# A sentence that says what a speaker did, then a short question about who it was: "One NGO voiced
# alarm about X. Which organisation was that?"
_SOMEONE_DID = re.compile(r"^(?:one|a|an|some|two|three|several|certain|another)\s+"
                          r"(?P<noun>ngos?|delegations?|states?|countr(?:y|ies)|speakers?|organi[sz]ations?|orgs?|experts?|groups?|governments?)\s+"
                          r"(?P<rest>[^.?!]{8,}?)\s*(?:[.;:]|\s[-–—])\s+(?P<ask>(?:which|what|who)\b[^.?!]{0,40}?\b"
                          r"(?:was|were|is|are)\s+(?:that|it|they|those)|who\s+(?:said|did)\s+(?:that|this|it|so))"
                          r"\s*[?.!]*\s*$", re.I)
# "The Netherlands took the floor for a group - which States made up that group?": the group of
# the speaker the sentence before names
_THAT_SPEAKER = re.compile(r"\bth(?:at|is)\s+(?:group|delegation|organi[sz]ation|ngo|country|statement)\b",
                           re.I)
_SENTENCE_OR_DASH = re.compile(r"[.;:]\s+|\s[-–—]\s+")
# "Lithuania spoke for a bunch of countries - which ones?": a sentence with a vague number of
# things, then a question for which
_WHICH_ONES = re.compile(r"^(?P<subject>[^.?!,;:]{2,60}?)\s+(?P<verb>[a-z]+)\s+"
                         r"(?P<prep>(?:for|about|on\s+behalf\s+of|with|to)\s+)?(?:a\s+(?:bunch|number|lot|couple|handful)\s+of|some|several|many|a\s+few|"
                         r"various|certain|other)\s+(?P<noun>[a-z-]+s)\s*(?:[-–—:;,.?!]\s*)+(?:so\s+)?"
                         r"(?:which|what)\s+(?:ones|were\s+they|are\s+they)\s*[?.!]*\s*$", re.I)
# "And among the regional groups - did any of them ask something?"
_AMONG_KIND = re.compile(r"^\s*(?:and\s+|now\s+)?(?:among|of|from|for|as\s+for|"
                         r"(?:turning|moving(?:\s+on)?|coming|switching)\s+to)\s+the\s+"
                         r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:groups|ngos|states|countries|delegations|experts|"
                         r"organi[sz]ations))\s*(?:[-–—,:;.]\s*)+"
                         r"(?P<rest>.*?\b(?:any|which|who|none|how\s+many|each)\s+of\s+(?P<them>them|those)\b.*)$",
                         re.I)

# "and from the NGOs, someone spoke about the war?", "among the groups - did anyone mention X?"
_AMONG_KIND_ANYONE = re.compile(r"^\s*(?:and\s+|now\s+)?(?:among|of|from|for|as\s+for)\s+the\s+"
                                r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:groups|ngos|states|countries|delegations|"
                                r"experts|organi[sz]ations))\s*(?:[-–—,:;.]\s*)+"
                                r"(?P<aux>(?:did|does|do|has|have|was|were)\s+)?"
                                r"(?P<anyone>someone|somebody|anyone|anybody|any\s+one)\b(?P<rest>.*)$", re.I)


def _with_context(question: str, directory: SpeakerDirectory) -> str:
    """A question that leans on the sentence before it, asked on its own: "One NGO voiced alarm
    about X. Which organisation was that?" is "Which NGO voiced alarm about X?"; "that group"
    after a sentence naming one speaker is that speaker.

    >>> _with_context("Turning to the NGOs, which of them addressed objectors?", directory)
    'which of the NGOs addressed objectors?'
    >>> _with_context("and from the NGOs, someone spoke about the war?", directory)
    'Which of the NGOs spoke about the war?'
    >>> _with_context("One NGO voiced alarm about drills. Which organisation was that?", directory)
    'Which NGO voiced alarm about drills?'
    >>> _with_context("Malta spoke for itself - which States made up that group?", directory)
    'which States made up Malta?'
    >>> _with_context("Lithuania spoke for a bunch of countries - which ones?", directory)
    'Which countries did Lithuania speak for?'
    """
    among = _AMONG_KIND.match(question)
    if among:  # "And among the regional groups - did any of them ask something?": of those groups
        rest = among.group("rest")
        return rest[:among.start("them") - among.start("rest")] + f"the {among.group('noun')}" + \
            rest[among.end("them") - among.start("rest"):]
    anyone = _AMONG_KIND_ANYONE.match(question)
    if anyone:  # "and from the NGOs, someone spoke about the war?": which of them did
        aux = anyone.group("aux")
        who = f"{aux}any of the {anyone.group('noun')}" if aux else f"which of the {anyone.group('noun')}"
        return who[:1].upper() + who[1:] + anyone.group("rest")
    ones = _WHICH_ONES.match(question)
    if ones:  # "X spoke for a bunch of countries - which ones?": which countries did X speak for?
        prep = (ones.group("prep") or "").strip()
        return f"Which {ones.group('noun')} did {ones.group('subject')} {verb_lemma(ones.group('verb'))}" \
               f"{' ' + prep if prep else ''}?"
    did = _SOMEONE_DID.match(question)
    if did:
        noun = did.group("noun")
        noun = noun.upper() if noun.lower().startswith("ngo") else noun
        return f"Which {noun} {did.group('rest')}?"
    that = _THAT_SPEAKER.search(question)
    cut = next((m for m in _SENTENCE_OR_DASH.finditer(question, 0, that.start())), None) if that else None
    named = names_in(question[:cut.start()], directory) if cut else []
    if len({n.statement_id for n in named}) == 1:
        name = f"{named[0].name}'s statement" if that.group().lower().endswith("statement") else named[0].name
        return question[cut.end():that.start()] + name + question[that.end():]
    return question


# "democracy in belarus - who spoke up for it": a short topic put first, then a question that
# points back to it with a pronoun
_TOPIC_FIRST = re.compile(r"^\s*(?P<head>(?!(?:and|but|so|ok|okay|now|then|also|which|who|whom|whose|what|"
                          r"how|did|does|do|is|was|were|are|any|why|when|where|on|about|re|regarding|concerning|"
                          r"as|in|for|with|from|to|of)\b)[^?.!:;,–—]{3,80}?)"
                          r"(?:\s+[-–—]+\s*|\s*[:,]\s+)(?P<rest>(?:which|who|whom|what|how|did|does|do|is|was|"
                          r"were|are|has|have|any|name|list)\b.*)$", re.I)
_BACK = re.compile(r"\b(?P<owner>their|its|her|his)\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)|"
                   r"\b(?P<it>it|them|they|she|he)\b", re.I)
_PERSONAL = re.compile(r"^(?:she|he|her|his)\b", re.I)  # points back to a person, who is a speaker
_HEAD_WORDS = 8  # a topic put first is a phrase, not a sentence of its own
# "going back to malta - did it ...", "the other organisation - was it ...": a turn pointing back
# into the chat, which the follow-up reading resolves, not a topic
_NOT_A_TOPIC = re.compile(r"^(?:going|coming|getting|turning|switching|moving|returning|back)\b|"
                          r"\b(?:that|those|these|this|other|others|first|second|third|last|same)\b", re.I)


# "poland - part of the NB8 statement?": a name, then what is asked of it without a verb
_NAME_THEN_PREDICATE = re.compile(r"^\s*(?P<head>[^?.!:;,–—-]{2,40}?)(?:\s+[-–—]+\s*|\s*[:,]\s+)"
                                  r"(?:(?P<rest>(?:(?:a\s+)?part|(?:a\s+)?member|one|among|included|covered|"
                                  r"represented)\b.*)|(?P<said>(?:anything|something)\s+(?:about|on|regarding)\b.*)|"
                                  # "cpti - main points", "the EU: key messages?": what it said
                                  r"(?P<what>what(?:\s+exactly|\s+else)?|anything|(?:(?:the|its|their)\s+)?"
                                  r"(?:main|key|core|central)\s+(?:points?|messages?|asks?|takeaways?|lines?)|"
                                  r"(?:a\s+)?(?:summary|gist|overview|highlights))\s*[?.!]*)$", re.I)


# "did X speak alone, or did others sign on to it?": a yes-or-no question, then its other answer
_EITHER_OR = re.compile(r"^(?P<first>\s*(?:did|does|do|was|is|were|are|has|have)\b[^?]+?)\s*,?\s+or\s+"
                        r"(?:did|does|do|was|is|were|are|has|have|had)\b[^?]*(?P<end>[?.!]*)\s*$", re.I)


def _first_alternative(question: str) -> str:
    """A yes-or-no question without the other answer put after it, which adds nothing to ask.

    >>> _first_alternative("did the law society speak alone, or did others sign on to it?")
    'did the law society speak alone?'
    >>> _first_alternative("who presented the report / who chairs the group?")
    'who presented the report?'
    """
    either = _EITHER_OR.match(question)
    if either:
        return f"{either.group('first')}{either.group('end')}"
    # "who presented the report at the start / who chairs the group of experts": the same question
    # asked twice over, the first way
    slashed = _SLASHED.match(question)
    return f"{slashed.group('first').rstrip()}?" if slashed else question


_SLASHED = re.compile(rf"^(?P<first>\s*(?:which|who|what|how|when|where)\b[^/?]+?)\s+/\s+"
                      rf"(?:which|who|what|how|when|where|{AUXILIARY})\b[^/]*$", re.I)


# "back to exile - which delegations ...", "switching topic - death penalty: did ...": a move to
# another topic, then the question
_SWITCH = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|and|now)[\s,]+)*(?:(?:going|coming|getting|turning)\s+)?"
                     r"(?:back\s+to|switching\s+(?:topics?|gears|subjects?)(?:\s+to)?|changing\s+(?:the\s+)?"
                     r"(?:topic|subject)(?:\s+to)?|new\s+topic|on\s+(?:another|a\s+different)\s+(?:note|topic))"
                     r"\s*(?P<topic>[^-–—:,?]{0,60}?)\s*(?:\s[-–—]+|[:,])\s*(?P<rest>\S.*)$", re.I)


def _switched(question: str, directory: SpeakerDirectory) -> str:
    """The question after a move to another topic; the topic named in the move stands in for a
    pronoun pointing back to it (`_topic_first`). A move back to a speaker is left to the
    follow-up reading ("back to the UK, who did it want released").

    >>> _switched("back to exile - which delegations complained about deportations", directory)
    'which delegations complained about deportations'
    >>> _switched("switching topic - death penalty: did malta mention it", directory)
    'did malta mention death penalty'
    >>> _switched("going back to malta - did it push for a dialogue", directory)
    'going back to malta - did it push for a dialogue'
    """
    move = _SWITCH.match(question)
    if not move or names_in(move.group("topic"), directory) or country_named(move.group("topic")):
        return _topic_first(question, directory)
    rest = move.group("rest")
    return _topic_first(f"{move.group('topic')} - {rest}", directory) if move.group("topic") and \
        _BACK.search(rest) else _topic_first(rest, directory)


# "and the third group - did it ...": the speaker of that kind in that place of the speaking order
_NTH_OF_KIND = re.compile(rf"^\s*(?:(?:and|so|now|ok(?:ay)?|what\s+about)\s+)?the\s+"
                          rf"(?P<ord>{'|'.join(ORDINALS)}|last|\d{{1,2}}(?:st|nd|rd|th))\s+"
                          r"(?P<noun>[\w-]+(?:\s+[\w-]+)?)\s*(?:\s[-–—]+\s*|[:,]\s+)(?P<rest>\S.*)$", re.I)


def _nth_of_kind(question: str, directory: SpeakerDirectory) -> str | None:
    """The question with the speaker an ordinal and a kind name put first ("the third group")
    in place of the pronoun pointing back to it; None if it is no such question.

    >>> _nth_of_kind("and the third group - did it ask the experts anything", directory)
    'did Netherlands on behalf of the Benelux countries ask the experts anything'
    """
    nth = _NTH_OF_KIND.match(question)
    kinds = kinds_of(nth.group("noun")) if nth else []
    back = _BACK.search(nth.group("rest")) if kinds else None
    if not back:
        return None
    of_kind = [s for s in directory.statements.values() if s.kind in kinds]
    place = position_of(nth.group("ord"))
    index = place - 1 if place > 0 else place
    if not -len(of_kind) <= index < len(of_kind):
        return None
    return _put_back(nth.group("rest"), back, of_kind[index].speaker, speaker=True)


def _put_back(rest: str, back: re.Match[str], head: str, speaker: bool) -> str:
    """`rest` with `head` in place of the pronoun `back` found in it: "their X" is "<speaker>'s X"
    or "the X of <topic>"."""
    if back.group("it"):
        put = head
    elif speaker:
        put = f"{head}'s {back.group('thing')}"
    else:
        put = f"the {back.group('thing')} of {head}"
    return rest[:back.start()] + put + rest[back.end():]


# "political prisoners still held - germany figure": keywords for the figure a speaker gave
_SPEAKERS_FIGURE = re.compile(r"^\s*(?P<topic>[^?.!:;,–—-][^?.!:;,–—]{2,60}?)(?:\s+[-–—]+\s*|\s*[:,]\s+)"
                              r"(?P<name>[^?.!:;,–—]{2,40}?)(?:['’]s?)?\s+(?P<noun>figures?|numbers?|counts?|"
                              r"estimates?|totals?|data|stats?|statistics)\s*[?.!]*\s*$", re.I)


# A speaker named first, then a question of the records, with or without a mark between them
# ("nordic-baltic which country read it, and who is in the group"), and what stands for it there
_SPEAKER_FIRST = re.compile(r"^\s*(?P<head>[^?,:=–—]{2,40}?)\s*(?:[,:=–—]|\s-)?\s+"
                            r"(?P<rest>(?:and\s+)?(?:which|who|whom|what|how|when)\b.+)$", re.I)
_POINTS_AT_SPEAKER = re.compile(r"\b(?:it|them|(?:the|that|this)\s+(?:group|statement))\b", re.I)


def _speaker_first_of_meeting(question: str, directory: SpeakerDirectory) -> str | None:
    """A meeting question about a speaker named first, with the name in place of each "it",
    "them" or "the group" pointing back to it; None unless its first question points back so
    ("benelux = which countries exactly, and who spoke for them" asks which countries of the
    name) and what it asks is a fact of the records.

    >>> _speaker_first_of_meeting("nordic-baltic which country read it, and who is in the group", directory)
    'which country read nordic-baltic, and who is in nordic-baltic'
    >>> _speaker_first_of_meeting("malta what did it say about the death penalty", directory) is None
    True
    """
    first = _SPEAKER_FIRST.match(question)
    if not first or not _POINTS_AT_SPEAKER.search(AND_WH.split(first.group("rest"), maxsplit=1)[0]) or \
            not names_in(first.group("head"), directory, whole=True):
        return None
    asked = _POINTS_AT_SPEAKER.sub(first.group("head").strip(), first.group("rest"))
    return asked if read_meeting(asked, directory) else None


def _topic_first(question: str, directory: SpeakerDirectory) -> str:
    """A question that names its topic first and then points back to it, with the topic in
    place of the pronoun: "their X" is "the X of <topic>" (a speaker's: "<speaker>'s X").

    >>> _topic_first("democracy in belarus - who actually spoke up for it", directory)
    'who actually spoke up for democracy in belarus'
    >>> _topic_first("journos in belarus, which speakers raised their persecution", directory)
    'which speakers raised the persecution of journos in belarus'
    >>> _topic_first("poland - part of the NB8 statement?", directory)
    'is poland part of the NB8 statement?'
    >>> _topic_first("moskalenko - did she rebut the internal affairs line", directory)
    'did moskalenko rebut the internal affairs line'
    >>> _topic_first("kyiv - anything about airspace", directory)
    'did kyiv say anything about airspace'
    >>> _topic_first("Poland: what was their figure?", directory)
    "what was Poland's figure?"
    >>> _topic_first("On refoulement: did anyone urge host States to protect them?", directory)
    'On refoulement: did anyone urge host States to protect them?'
    >>> _topic_first("ibahri shows up twice - which other statement did it sign", directory)
    'ibahri shows up twice - which other statement did it sign'
    >>> _topic_first("prisoner releases - who talked about the diplomatic track", directory)
    'prisoner releases - who talked about the diplomatic track'
    """
    nth = _nth_of_kind(question, directory)
    if nth:
        return nth
    meeting = _speaker_first_of_meeting(question, directory)
    if meeting:
        return meeting
    figure = _SPEAKERS_FIGURE.match(question)
    name = figure.group("name") if figure else ""
    if figure and (names_in(name, directory, whole=True) or country_named(name)):
        return f"what figure did {figure.group('name')} give for {figure.group('topic').strip()}?"
    bare = _NAME_THEN_PREDICATE.match(question)
    # "the helsinki one - what exactly": the one the name stands for
    named = re.sub(r"\s+one$", "", bare.group("head").strip(), flags=re.I) if bare else ""
    if bare and (names_in(named, directory, whole=True) or country_named(named)):
        head = bare.group("head").strip()
        if bare.group("said"):  # "kyiv - anything about airspace"
            return f"did {head} say {bare.group('said')}"
        if bare.group("what"):  # "the bar association one - what exactly"; "cpti - main points"
            what = bare.group("what") if re.match(r"what|anything", bare.group("what"), re.I) else "what"
            return f"{what} did {head} say?"
        return f"is {head} {bare.group('rest')}"
    first = _TOPIC_FIRST.match(question)
    back = _BACK.search(first.group("rest")) if first else None
    if not back:
        return question
    head, rest = first.group("head").strip(), first.group("rest")
    words = head.split()
    if len(words) > _HEAD_WORDS or _NOT_A_TOPIC.search(head) or \
            any(phrasal_verb(a, b) for a, b in zip(words, words[1:], strict=False)):  # "X shows up twice"
        return question
    if _PERSONAL.match(back.group()) and not names_in(head, directory, whole=True):
        return question  # "she" is a speaker named first, not a topic
    if read_meeting(question, directory):  # "ngo slot: how many and who opened it": a part of the list
        return question
    return _put_back(rest, back, head, speaker=bool(names_in(head, directory, whole=True)))
