"""What a question asks for: its type, the speakers and kinds it names, its topic, and for figure
questions the kind of figure that would answer it. Pure functions over strings; no model.

Question types (also the values of `Answer.question_type`):

- `who_said`: which speakers said, raised or called for X; the answer is the complete list
  ("Which NGOs mentioned lawyers?", "Who raised the death penalty?", "What did the NGOs say
  about torture?"). "Which speaker ..." (singular) asks for the best-supported one.
- `speaker`: what a named speaker said, optionally about X ("What did France say about
  detention?", "What was Latvia's position on deported children?").
- `figure`: a number, date, duration, year or article ("How many political prisoners remain?").
- `asked_panel`: the questions put to the experts ("What did Slovenia ask?", "Which questions
  did States ask the experts?", "Who asked how ...?").
- `single`: any other question about the content ("What happened to Nasta Loika's lawyers?").
- `meeting`: a question about the meeting itself (`hrcqa.question.meeting`), set by
  `hrcqa.question.reading`.
- `unanswerable`: set by `hrcqa.answer.answerer` when the summary does not answer; never read here.

The topic is the question without its frame ("Which speakers raised", "What did France say
about"), used for scoring sentences. This module does not resolve follow-ups (see
`hrcqa.question.followups`) and does not decide whether the summary answers the question.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.index.synonyms import verb_domains
from hrcqa.models import Kind
from hrcqa.question.meeting import kinds_of
from hrcqa.question.positions import Mention, absent_speaker, mentions, titled_start
from hrcqa.question.query import KIND_WORDS, NGO_NOUN, Resolution, SpeakerDirectory
from hrcqa.question.words import (
    AUXILIARY,
    FIGURE_NOUNS,
    MODIFIERS,
    ORDERED_THAN,
    SPEECH,
    STANCE,
    STATEMENT_NOUNS,
    TITLES,
)
from hrcqa.text.countries import country_named
from hrcqa.text.tokenize import tokenize

QuestionType = Literal["who_said", "speaker", "figure", "asked_panel", "single", "meeting",
                       "unanswerable"]
FigureKind = Literal["count", "duration", "date", "year", "article", "percentage"]

_SUBJECT = (rf"(?:(?:state|country|national)\s+delegations?|speakers?|delegations?|states?|countries|country|"
            rf"{NGO_NOUN}|groups?|member states?|"
            r"participants?|governments?|experts?|panel(?:lists)?|people|others|ones?)")
_SINGULAR = (r"(?:speaker|delegation|country|ngo|organi[sz]ation|group|state|expert|"
             r"government|participant)")
# The opening of a who-question ("Which delegations", "What other NGOs", "Who"), shared with
# follow-up resolution, which swaps the noun ("Which of them are NGOs?" -> "Which NGOs ...").
WHO_SUBJECT = re.compile(rf"^\s*(?:(?:which|what)\s+(?:of\s+the\s+)?(?:other\s+)?{_SUBJECT}|who|"
                         r"(?:(?:did|has|have|does|do)\s+)?any(?:one|body)(?:\s+else)?)\b", re.I)
_HOW_MANY_SPEAKERS = re.compile(r"\bhow many\s+(?:other\s+)?(?:speakers|delegations|states|"
                                r"countries|ngos|member states|participants|experts)\b"
                                # "how many NGOs were closed": what was done to them is counted, not speakers
                                r"(?!\s+(?:were|was|have\s+been|has\s+been|had\s+been|got|are\s+being|"
                                r"were\s+being)\s+(?!(?:there|present|represented|involved|included|covered|"
                                r"listed|named|heard|invited|given|allowed|in|at|on|among|part|from)\b)[a-z]+)",
                                re.I)
# "the other experts", "the other two experts": the speakers besides those just named
# "which other two", "which individual States" (States speaking for themselves, not groups)
_OTHER = r"(?:other\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?(?:(?:individual|single|separate)\s+)?"
_ONE_BY_ONE = re.compile(r"\b(?:individual|single|separate)\s+$", re.I)
# "list all who raised torture", "everyone who called for X", "name all those that ...": every speaker who
_EVERYONE_WHO = (r"(?:(?:list|name|show(?:\s+me)?)\s+)?(?:all(?:\s+(?:those|the\s+ones))?|every(?:one|body)|"
                 r"any(?:one|body)|those)\s+(?:who|that)\b")
# "did the NGOs mention torture?", "did the experts say anything about the ICC?": the kind, plural,
# as the subject of a verb of saying ("did the Nordic-Baltic states say" names a speaker instead)
_THE_KINDS = (rf"(?:did|do|does|have|has|had|were)\s+(?:the\s+)?{_OTHER}(?P<noun>(?:speakers|delegations|"
              rf"states|member states|countries|ngos|non-governmental organi[sz]ations|orgs|groups|"
              rf"governments|experts?|panel(?:l?ists?)?|civil society(?: organi[sz]ations| groups)?))"
              # "what recommendations did the experts make": what they put forward is said too
              rf"\s+(?:{MODIFIERS}\s+)*(?:{SPEECH}|make|made|give|gave|offer(?:ed)?|put\s+forward)\b")
_WHO = re.compile(rf"^\s*(?:(?:and|so|but)\s+)?(?:(?:which|what)\s+(?:of\s+the\s+)?{_OTHER}{_SUBJECT}\b|"
                  r"who\b|whom\b|"
                  rf"any(?:one|body)\b|any\s+{_OTHER}{_SUBJECT}\b|"
                  r"(?:(?:is|was)\s+there\s+)?any\s+mentions?\s+of\b|"
                  rf"(?:did|do|does|has|have|were)\s+any(?:one|body|\s+(?:of\s+(?:the\s+)?)?(?:other\s+)?"
                  rf"{_SUBJECT})\b|"
                  rf"{_THE_KINDS}|{_HOW_MANY_SPEAKERS.pattern}|(?:list|name)\s+(?:the|all|every)\s+"
                  rf"{_SUBJECT}\b|{_EVERYONE_WHO}|what\s+did\s+(?:the\s+|any\s+)?{_OTHER}{_SUBJECT}\s+(?:say|mention))",
                  re.I)
# "what was said about Lukashenko?", "what were the views on sanctions?": what anyone said, whoever
# said it, unless a speaker is named ("what was said about sanctions according to Poland")
_WHAT_WAS_SAID = re.compile(r"^\s*(?:(?:and|so)\s+)?what\s+(?:was|were|has\s+been|have\s+been|got)\s+"
                            r"(?:said|stated|argued|mentioned|raised|noted)\s+"
                            r"(?:about|on|regarding|concerning|of)\b|"
                            r"^\s*(?:(?:and|so)\s+)?what\s+(?:were|are)\s+the\s+(?:views|positions|stances|takes)\s+"
                            r"(?:on|about|regarding|of)\b|"
                            r"[-–—:,]\s*what\s+(?:was|were)\s+(?:said|stated|mentioned)\s+(?:about|on|of)\s+"
                            r"(?:it|them|this|that)\b", re.I)
# people a speaker may name: "the names of the journalists", "named a jailed lawyer"
_PERSON_NOUN = (r"(?:persons?|people|man|woman|men|women|lawyers?|journalists?|activists?|prisoners?|"
                r"defenders?|officials?|judges?|individuals?|officers?|victims?|detainees?|"
                r"staff(?:\s+members?)?|team\s+members?)")
# "did anyone name specific journalists", "which speakers named individual political prisoners"
_NAMES_PEOPLE = re.compile(r"\bnam(?:e|es|ed|ing)\s+(?:any\s+|an?\s+|the\s+|some\s+)?(?:specific|individual|"
                           r"particular|actual|concrete)\b|\bnam(?:e|es|ed|ing)\s+names\b|"

                           # "what names did WRI mention", "which individuals did it name"
                           r"^\s*(?:and\s+)?(?:what|which)\s+(?:other\s+)?(?:names|individuals|persons)\s+"
                           r"(?:did|do|does|has|have)\b", re.I)
# What a speaker itself did, not what it said or asked of others: "What measures has New Zealand
# taken?", "what has the GoE done about places of detention", "what are the experts doing about
# it", "Which governments said they had themselves imposed restrictive measures?"
_DONE = r"(?:taken|adopted|imposed|introduced|implemented|put\s+in\s+place|enacted|applied)"
_DEEDS = re.compile(rf"\b(?:what|which)\s+(?:\w+\s+)?(?:measures|steps|actions?|sanctions|restrictions)\s+"
                    rf"(?:has|have|had|did)\s+(?P<actor>(?:[\w'’-]+\s+){{1,6}}?)(?:{_DONE}|take|adopt|impose|"
                    r"introduce)\b|"
                    r"\bwhat\s+(?:has|have|had)\s+(?P<actor2>(?:[\w'’-]+\s+){1,6}?)(?:done|been\s+doing)\b|"
                    r"\bwhat(?:['’]s|\s+(?:is|are))\s+(?P<actor3>(?:[\w'’-]+\s+){1,6}?)doing\b|"
                    # "said they had already imposed ...", "said they've sanctioned officials themselves"
                    rf"\b(?:it|they)\s+(?:had|has|have)\s+(?:(?:itself|themselves|already|also|recently|now)\s+)*"
                    rf"(?:{_DONE}|done|[a-z]+ed\b(?=[^?]*\b(?:itself|themselves)\b))|"
                    rf"\b(?:itself|themselves)\s+(?:{_DONE})\b|"
                    # "which countries have imposed sanctions", "which country (said it) sanctioned
                    # officials": a deed of the speakers asked about
                    rf"^\s*(?:who|(?:which|what)\s+[\w-]+)\s+(?:(?:said|say|says)\s+(?:that\s+)?(?:it|they)\s+)?"
                    rf"(?:(?:has|have|had)\s+)?(?:(?:itself|themselves|already|also|recently|now)\s+)*"
                    rf"(?:{_DONE}|sanctioned|banned|placed\s+(?:[\w-]+\s+){{0,2}}?(?:bans|sanctions|restrictions))\b|"
                    # "did it report measures of its own?", "any steps they took themselves"
                    r"\b(?:measures|steps|actions?|sanctions|restrictions)\s+(?:of\s+(?:its|their)\s+own|"
                    r"(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:took|taken|adopted|imposed|introduced)\s+"
                    r"(?:itself|themselves))\b", re.I)
# the words of that frame, which are no topic: "measures adopted itself"
_DEED_WORDS = re.compile(rf"\b(?:{_DONE}|take|adopt|impose|introduce|done|doing|itself|themselves|measures|"
                         r"placed|steps|actions?|already|(?:their|its)\s+own)\b", re.I)
# (not a noun that qualifies a plural one: "which State delegations", "which country representatives")
_SINGULAR_WHO = re.compile(rf"^\s*(?:which|what)\s+(?:other\s+)?{_SINGULAR}\b(?!s)"
                           rf"(?!\s+(?:{_SINGULAR}|representative|member|actor|government)s\b)", re.I)
# "Which countries did the EU mention?": the noun is the object, the name after the auxiliary the
# subject, so the name speaks and this is no who-question ("Which States did call for ..." is).
# "which country did CPTI single out", "who does the UK want let out first": the named speaker's object
_WHICH_OBJECT = re.compile(rf"^\s*(?:(?:which|what)\s+(?:other\s+)?{_SUBJECT}|whom?)\s+(?:did|do|does|has|"
                           r"have|had|will|would)\s+(?:the\s+)?", re.I)
_PANEL = (r"(?:the\s+)?(?:(?:experts?['’]?\s+)?panel(?:lists)?|(?:independent\s+)?experts?|chair(?:person)?|"
          r"group of (?:independent )?experts|group|presenters?)")
_ASKED_PANEL = [
    # ("ask to the experts", as some write it)
    re.compile(rf"\b(?:ask(?:s|ed)?(?:\s+to)?|learn from|know from|hear from)\s+{_PANEL}\b", re.I),
    re.compile(rf"\b(?:put|pose|address|direct)(?:s|ed)?\s+(?:(?:a|any|some|one|their|its)\s+)?"
               rf"(?:questions?\s+|anything\s+|something\s+)?to\s+{_PANEL}\b", re.I),
    # "the question from Human Rights House to the expert panel"
    re.compile(rf"\bquestions?\s+(?:(?:from|of|by)\s+[^?]{{2,60}}?\s+)?(?:to|for)\s+{_PANEL}\b", re.I),
    re.compile(r"\bask(?:s|ed)?(?:\s+(?:exactly|precisely|specifically|again|then|too|also))?\s*[?.!]*\s*$",
               re.I),
    re.compile(rf"\b(?:want(?:s|ed)?|expect(?:s|ed)?|need(?:s|ed)?|request(?:s|ed)?)\s+(?:to\s+(?:know|learn|hear)\s+)?"
               rf"from\s+{_PANEL}\b", re.I),
    re.compile(r"\bask(?:s|ed)?\s+(?:them\s+|it\s+)?(?:how|what|whether|which|why|about|if|anything|something|"
               r"(?:any|some)\s+questions?|a\s+question)\b", re.I),
]
_FIGURES: list[tuple[FigureKind, re.Pattern[str]]] = [
    ("duration", re.compile(r"\bhow long\b|\bhow many (?:years|months|weeks|days)\b|"
                            # "how much prison do they risk": how long
                            r"\bhow much (?:prison|jail|time|imprisonment)\b|"
                            r"\b(?:what|which) (?:prison |jail )?(?:term|sentence|penalty|penalties)\b",
                            re.I)),
    ("year", re.compile(r"\b(?:what|which) year\b", re.I)),
    # keywords too: "belarus upr date - when exactly", "date of kgb decision"
    ("date", re.compile(r"^\s*(?:and\s+)?when\b|\b(?:since|until|till|from)\s+when\b|"
                        r"\b(?:what|which) (?:date|day|month)\b|\bwhen\s+(?:exactly|"
                        r"precisely)\b|^\s*(?:the\s+)?date\s+of\b|(?<!\bof )(?<!\bto )\bdate\s*(?:[-–—:?]|$)|"
                        # dates compared: "did OMCT give the same date as CPTI", "does omct agree on the date"
                        r"\b(?:same|different|identical|matching|other)\s+dates?\b|\bagree\s+on\s+the\s+date\b|"
                        # "is the date of his death the same in both statements?", "do their dates agree?"
                        r"\bdates?\b[^?.;]{0,60}?\b(?:the\s+same|identical|different|agree|concur|match|"
                        r"differ|disagree)\b",
                        re.I)),
    ("article", re.compile(r"\b(?:what|which) article\b", re.I)),
    ("percentage", re.compile(r"\b(?:what|which) (?:share|percentage|proportion|per ?cent)\b|"
                              r"\bhow (?:large|big) (?:a |was the )?(?:share|percentage|"
                              r"proportion)\b", re.I)),
    ("count", re.compile(r"^\s*(?:(?:are|were)\s+there\s+)?any\s+(?:figures?|numbers?|estimates?|counts?|"
                         r"totals?)\b|"
                         # keywords: "number political prisoners per speaker", "figures on exile"
                         r"^\s*(?:the\s+)?(?:numbers?|figures?|counts?|totals?|estimates?)\s+(?:of\s+|for\s+|on\s+)?"
                         r"(?=[a-z])(?!(?:of|for|on|did|does|do|is|was|were|are|given|gave)\b)|"
                         r"\b(?:what|which)\s+(?:figures|numbers|estimates)\b|"
                         # "list every figure given for X", "give me all the numbers on X"
                         r"\b(?:list|give|show|name)\s+(?:me\s+|us\s+)?(?:every|all(?:\s+the)?|each|the)\s+"
                         r"(?:figures?|numbers?|estimates?|counts?|totals?)\b|"
                         r"\bhow (?:many|much)\b|"
                         r"\b(?:what|which) (?:is the )?(?:(?:real|actual|true|correct|right)\s+)?"
                         r"(?:number|percentage|proportion|share|figure|total)\b|"
                         # "What exact figure did Prague give?"
                         r"\bwhat\s+(?:exact|precise|rough|approximate|actual|specific)\s+(?:figure|number|count|"
                         r"total|estimate)\b|\bwhat\s+(?:(?:order\s+of\s+)?(?:magnitude|scale)|count|tally|toll)\b|"
                         # "Did Poland give a figure for political prisoners?"
                         # "the swiss had a bigger release figure?": its words before the noun too
                         r"\b(?:give|gave|gives|cite|cited|provide|provided|mention|mentioned|put|quote|quoted|"
                         r"had|has|have)\s+"
                         r"(?:a|any|an|the)\s+(?:(?!number\b)[\w-]+\s+){0,2}?(?:figure|number|"
                         r"estimate|count|total|toll|tally)\b|"
                         # "What was Poland's figure for political prisoners?", "their estimate"
                         r"(?:['’]s?|\b(?:their|its|his|her))\s+(?:figure|number|estimate|count|tally)s?\b|"
                         # "what is the UK figure for political prisoners"
                         r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:[\w'’-]+\s+){1,3}?(?:figure|number|estimate|count|"
                         r"tally)s?\s+(?:for|of|on)\b",
                         re.I)),
]
_WHICH_NOUN = re.compile(r"^\s*(?:which|what)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+?)\s+(?:did|do|does|"
                         r"has|have|had|was|were|is|are|will)\b", re.I)
_KIND_SLOTS = [
    re.compile(rf"^\s*(?:(?:and|so|but)\s+)?(?:what|which)(?:\s+questions?)?\s+did\s+(?:the\s+|any\s+)?{_OTHER}"
               r"(?P<noun>.+)", re.I),
    # "did the experts say ...", also after the question's own words ("what year did the experts say")
    re.compile(rf"^\s*(?:(?:and|so|but)\s+)?(?:(?:what|which|when|how\s+(?:many|much|long))(?:\s+(?!{_SUBJECT}\b)"
               rf"[\w'’-]+){{0,3}}?\s+)?{_THE_KINDS}", re.I),
    re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:(?:did|do|does|have|has|were)\s+)?any\s+(?:of\s+(?:the\s+)?)?"
               r"(?:other\s+)?(?P<noun>.+)", re.I),
    # "did an expert mention Lithuania?", "did one of the NGOs ...": only when a kind follows, since
    # "did a moratorium come up" names none
    re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:did|do|does|have|has|was|were)\s+(?:an?|one|either|some|a\s+single)\s+"
               r"(?:of\s+(?:the|those|these)\s+)?(?:other\s+)?(?P<noun>.+)", re.I),
    re.compile(r"\baccording to\s+(?:the\s+)?(?P<noun>.+)", re.I),
    re.compile(r"\bby\s+any\s+(?:other\s+)?(?P<noun>.+)", re.I),  # "was the ICC mentioned by any State?"
    re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:which|what|how many|list|name)\s+(?:of the\s+|the\s+|all\s+)?"
               rf"{_OTHER}"
               r"(?P<noun>.+)", re.I),
]
_DETERMINER_SLOT = _KIND_SLOTS[3]  # applies only when a kind follows
# "Which country did the objectors seek asylum in?", "which states has it named": after "which
# <kind>", an auxiliary and a subject of its own, so the kind is what the verb is done to, not who
# spoke (not "Which NGOs did not ...", "Which States have called for ..."; "have" takes only a
# pronoun, as "Which NGOs have their own statement?" has an object, not a subject, after it)
_KIND_AS_OBJECT = re.compile(rf"^\s*(?:(?:and|so|but)\s+)?(?:which|what)\s+{_OTHER}{_SUBJECT}\s+"
                             r"(?:(?:did|do|does|will|would|can|could)\s+(?:(?:the|an?|its|their|his|her|this|"
                             r"that|these|those|they|it|he|she|we|you|i)\b|(?-i:[A-Z]))|"
                             r"(?:has|have|had)\s+(?:they|it|he|she|we|you|i)\b)", re.I)
_AFTER_MEETING = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?:\d{1,2}\s+\w+\s+)?"
                            r"(?:dialogue|meeting|session|debate)\b|\bin the (?:days|weeks|months) "
                            r"(?:after|since|following)\b|\bsince the (?:dialogue|meeting)\b", re.I)
# A vote of the Council on a resolution or a mandate ("the result of the vote on renewing the
# mandate", "how many States voted for the resolution"), or a mandate said to be renewed ("was the
# Group's mandate renewed?"): a decision taken by vote at the end of a session, which a dialogue's
# summary records only if a speaker mentions it (`Answerer` looks in the summary's sentences).
# Not a speaker's position ("which States supported renewing the mandate?") nor an election
# ("the 2020 presidential vote").
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot)\b(?=.*\b(?:resolutions?|mandates?|council|renew\w*)\b)|"
                   r"\b(?:resolutions?|mandates?|council)\b(?=.*\bvot(?:e|es|ed|ing)\b)", re.I)
_RENEWED = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|gets|getting)\s+(?:[\w'’]+\s+){0,4}?"
                      r"renewed\b", re.I)
_DECIDED = re.compile(r"\b(?:mandates?|resolutions?)\b", re.I)  # what a renewal renews


def names_council_vote(text: str) -> bool:
    """Whether a text asks about (or reports) a vote of the Council on a resolution or a mandate,
    or a mandate's renewal.

    >>> names_council_vote("What was the result of the vote on renewing the experts' mandate?")
    True
    >>> [names_council_vote(q) for q in ("was the mandate renewed?", "how many voted for the resolution")]
    [True, True]
    >>> names_council_vote("who brought up the 2020 presidential vote?")
    False
    >>> names_council_vote("which States supported renewing the mandate?")
    False
    >>> names_council_vote("was the call for releases renewed?")  # no mandate or resolution
    False
    """
    return bool(_VOTE.search(text) or (_RENEWED.search(text) and _DECIDED.search(text)))


# "Who is the President of Belarus?", "who was the UN Special Rapporteur": who holds a title, not
# who said something. General English titles; the qualifier ("of Belarus") is kept in the title.
# ("what is name of UN Special Rapporteur on Belarus?", "who is the Special Rapporteur, by name?",
# keyword-style "name of special rapporteur on belarus"; a speaker who cited the title-holder,
# "the special rapporteur france quoted", stays in the title: the name is looked for where it does)
_IDENTITY = re.compile(rf"^\s*(?:who\s*(?:is|are|was|were|'s|’s)|(?:what\s*(?:is|was|are|were|'s|’s)\s+)?"
                       rf"(?:the\s+)?names?\s+of)\s+(?:the\s+|a\s+|an\s+)?"
                       rf"(?P<title>(?:[\w'’.]+(?:-|\s+)){{0,3}}?{TITLES}s?(?:\s+(?:of|on|for|to|in|about|regarding|"
                       rf"concerning|(?:cited|quoted|mentioned)\s+by)\s+[^?,]+?|\s+(?:(?:that|who|whom)\s+)?"
                       rf"(?:[\w'’-]+\s+){{1,3}}?(?:cited|quoted|mentioned|named|referred\s+to))?)"
                       r"(?:\s*,?\s*(?:by\s+name|(?:their|his|her)\s+name))?\s*[?.!]*\s*$", re.I)
# "France cited the Special Rapporteur's figure - who is the Special Rapporteur?": a question after
# a statement of what the user knows, which may be asked on its own
_LAST_CLAUSE = re.compile(r"(?:\s+[-–—]|[:;])\s+(?P<clause>[^-–—:;]+)$")
# "Of the Special Rapporteur cited by France, what is the name?": the name asked last
_NAME_ASKED_LAST = re.compile(r"^\s*(?:of|for)\s+(?P<whom>[^,?]{3,80}?)\s*,\s*what\s*(?:is|was|'s|’s)\s+"
                              r"(?:the|their|his|her)\s+name\s*[?.!]*\s*$", re.I)
# "which NGOs named a jailed lawyer", "did anyone name any journalists": who named one (of a named
# speaker, "did Czechia name any prisoners", its sentences on them say, names or not)
_NAMES_SOMEONE = re.compile(rf"\bnam(?:e|es|ed|ing)\s+(?:an?|any|some)\s+(?:[\w'’-]+\s+){{0,2}}?"
                            rf"{_PERSON_NOUN}\b", re.I)
# "which high-profile released prisoner was named", "which journalists were mentioned": the person
# the question asks for is one a speaker named
_PERSON_NAMED = re.compile(rf"^\s*(?:and\s+)?(?:which|what)\s+(?:[\w'’-]+\s+){{0,3}}?{_PERSON_NOUN}\s+"
                           r"(?:was|were|got|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?"
                           r"(?:named|mentioned|cited|singled\s+out|referred\s+to)\b", re.I)
# "the names of nasta loika's lawyers", "the name of the person doing X": an answer names a person
_NAME_OF_PERSON = re.compile(r"\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|those\s+|these\s+|its\s+|"
                             rf"their\s+)?(?:[\w'’-]+\s+){{0,3}}?{_PERSON_NOUN}\b", re.I)
# "Who is Nasta Loika?", "who was responsible for the deportations": one person or party, asked
# about as a fact of the topic, not a list of who said something.
_WHO_IS = re.compile(r"^\s*who\s*(?:is|was|'s|’s)\s+(?P<topic>[^?]+?)\s*[?.!]*\s*$", re.I)
# "who was talking about medical help", "who is pushing for ...": a verb in the progressive, so
# who did it, not who someone is ("who was being held" is passive; "something" is no verb)
_PROGRESSIVE = re.compile(r"^(?!being\b|(?:some|no|any|every)thing\b)[a-z]{3,}ing\b", re.I)
# "which delegations or orgs", "which states/ngos": the nouns joined go together
_SUBJECT_FRAME = re.compile(rf"^\s*(?:(?:of\s+)?the\s+)?{_OTHER}{_SUBJECT}\b"
                            rf"(?:\s*(?:,|/|\band\b|\bor\b|&)\s*(?:the\s+)?(?:regional\s+|cross-regional\s+)?"
                            rf"{_SUBJECT}\b)*", re.I)
# ("urged that same country to ...": that is a determiner there, and stays)
# ("say exactly about", "say specifically on": an adverb after the verb too)
_AFTER_VERB = r"(?:\s+(?:exactly|precisely|specifically|actually|really|again|also|in\s+particular)\b)*"
_SPEECH_FRAME = re.compile(rf"^\s*(?:{MODIFIERS}\s+)*(?:{SPEECH})\b{_AFTER_VERB}"
                           r"(?:\s+(?:about|for|on|to|up|of|that(?!\s+(?:same|very|one|ones|other)\b)|out|whether|"
                           r"if|regarding|concerning)\b)*", re.I)
# In a yes/no question a verb of stance is what is checked ("Does Belarus recognise ..."): kept.
_YES_NO_SPEECH_FRAME = re.compile(rf"^\s*(?:{MODIFIERS}\s+)*(?!{STANCE}\b)(?:{SPEECH})\b{_AFTER_VERB}"
                                  r"(?:\s+(?:about|for|on|to|up|of|that|out|whether|if|regarding|concerning)\b)*",
                                  re.I)
_YES_NO = re.compile(rf"^\s*(?:and\s+)?{AUXILIARY}\b", re.I)
_FRAME = [
    re.compile(r"^\s*(?:and|so|also|then|but)\s+", re.I),
    # "tell me what Slovenia said", "show me the EU's position on sanctions"
    re.compile(r"^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell|show|give)\s+(?:me|us)\s+"
               r"(?:about\s+)?", re.I),
    # "summarise Poland's remarks", "give me a summary of the EU's statement"
    re.compile(r"^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:summari[sz]e|sum\s+up|outline|recap|"
               r"(?:a\s+)?(?:summary|overview|gist|recap)\s+of)(?:\s+|\s*$)", re.I),
    re.compile(r"^\s*according\s+to\s+(?:the\s+)?(?:['’]s\s+(?:delegation|representative|"
               r"government)\s*)?,?\s*", re.I),
    re.compile(r"^\s*(?:in|on|by|until)\s+(?:what|which)\s+(?:year|date|day|month)\b", re.I),
    re.compile(r"^\s*by\s+whom\s+(?:was|were|is|are|(?:has|have|had)\s+been)\b", re.I),
    re.compile(r"^\s*(?:which|what|who|whom|how many|how much|how long|how|(?:since\s+|until\s+)?when|"
               r"where|why|"
               r"(?:did|do|does|has|have|were)\s+any(?:one|body|\s+of(?=\s+(?:the|them|those)\b))?|"
               r"(?:(?:is|was|are|were)\s+there\s+)?any(?:\s+mentions?\s+of|(?=\s))|"
               rf"{_EVERYONE_WHO}|list|name)\b"
               r"(?:\s+(?:else|exactly|precisely|actually|specifically)\b)?"  # "what exactly did X say"
               # "what exact figure", "what rough estimate", "what magnitude": the figure asked for
               r"(?:\s+(?:(?:exact|precise|rough|approximate|actual|specific|overall|total)\s+)?(?:questions?|figures?|"
               r"numbers?|estimates?|dates?|share|percentage|magnitude|order\s+of\s+magnitude|scale|count|tally)\b)?",
               re.I),
    re.compile(r"^\s*(?:figures?|numbers?|estimates?|counts?|totals?)\s+(?:(?:for|of|on|about)\s+)?(?=[a-z])",
               re.I),
    _SUBJECT_FRAME,
    re.compile(r"^\s*(?:did|do|does|have|has|had|was|were|is|are|will|would|could)\b", re.I),
    _SUBJECT_FRAME,
    re.compile(r"^\s*(?:it|they|he|she|we|you)\b(?=\s+\w)", re.I),
    re.compile(r"^\s*(?:exactly|precisely|actually|specifically|really)\b", re.I),
    re.compile(r"^\s*(?:the\s+)?(?:(?:['’]s\b|['’](?=\s))\s*)?", re.I),  # "France's", "the Germans'"
    re.compile(r"^\s*(?:delegation|representative|government)\b", re.I),
    _SPEECH_FRAME,
    # "on the date of his death, do they concur": of his death
    re.compile(r"^\s*on\s+the\s+(?:date|day|figure|number|count|toll)s?\s+(?:of|for)\s+", re.I),
    # "(give) the same date for his death": of his death
    re.compile(r"^\s*(?:(?:give|gave|cite|cited|report|reported|use|used)\s+)?(?:the\s+)?same\s+"
               r"(?:date|day|figure|number|count|toll|total|estimate|tally)s?(?:\s+(?:for|of|on|as))?\s+",
               re.I),
    # "(put) a number on releases"
    re.compile(r"^\s*(?:put\s+)?(?:a|any|an|the)\s+(?:(?:highest|largest|biggest|greatest|maximum|top|lowest|"
               r"smallest|"
               r"fewest|minimum)\s+)?(?:figure|number|estimate|count|total|tally|toll)s?\s+(?:for|of|on)\s+",
               re.I),
    re.compile(r"^\s*(?:(?:use[ds]?|using)\s+the\s+(?:terms?|words?|phrases?|expressions?)|"
               r"(?:anything|something)(?:\s+(?:about|on|regarding|concerning))?)\b", re.I),
    re.compile(r"^\s*(?:(?:their|its|the)\s+)?(?:position|view|views|stance|statement|remarks|"
               r"comments?|concerns?)\s+(?:on|about|regarding|of|concerning)\b", re.I),
    # what is left of "in its statement about torture", "France's statement on torture"
    re.compile(r"^\s*(?:in|from)\s+(?:its|their|his|her|the)\s+(?:statement|speech|intervention|remarks)\b",
               re.I),
    re.compile(r"^\s*(?:about|on|regarding|concerning|for|of)\s+(?=\S)", re.I),
]
_STATEMENT_ONLY = re.compile(r"^\s*(?:(?:(?:the\s+)?(?:main|key)\s+points\s+)?(?:in|from|of)\s+)?(?:the\s+)?"
                             rf"(?:['’]s?\s+)?(?:own\s+|whole\s+|full\s+|main\s+|key\s+|central\s+|core\s+|"
                             rf"overall\s+)?{STATEMENT_NOUNS}\s*[?.!]*\s*$",
                             re.I)
_PANEL_FRAME = re.compile(rf"^\s*(?:(?:a|any|some)\s+)?(?:questions?\s+)?(?:(?:to|from|of)\s+)?"
                          rf"{_PANEL}\b(?:\s+(?:about|on|regarding|concerning|anything|of the group|"
                          r"to elaborate on)\b)*", re.I)
_REPORTING_FRAME = re.compile(rf"\b(?:do|does|did)\s+(?:{SPEECH})\b(?:\s+that\b)?", re.I)
# what a request asks someone to do, or wants done: "the council to do", "done about executions";
# the one asked stays the topic unless anyone would be ("lithuania to do", not "governments to do")
_ANYONE_ASKED = re.compile(r"^(?:the\s+)?(?:(?:un\s*)?h?r?c|unhrc|council|governments?|"
                           r"(?:member\s+)?states|countries|international\s+community|world|members|others|"
                           r"everyone|them|us|un)$", re.I)
_REQUEST = re.compile(r"^(?:(?P<whom>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+)?"
                      r"(?:to\s+do|(?:to\s+be\s+)?done)"
                      r"(?:\s+(?:about|on|regarding|with|for)\s+(?P<about>.+))?$", re.I)
_TAIL = re.compile(r"(?:,?\s*(?:and\s+)?how\s+many(?:\s+(?:exactly|then|in\s+total))?(?=\s*[?.!]*\s*$))?"
                   r"(?:,?\s+according to (?:the )?(?:dialogue|summary|report|meeting))?"
                   # words that close a question without adding to its topic ("what did it say then")
                   r"(?:,?\s+(?:then|exactly|precisely|too|also|anyway|at all|as well|forward|instead|"
                   r"overall|in (?:the|this) (?:dialogue|meeting|debate|summary|document)))*"
                   # the passive of "Was climate change mentioned (in the summary)?"
                   r"(?:(?<=\w)\s+(?:being\s+)?(?:mentioned|discussed|raised|brought\s+up|talked\s+about|"
                   r"addressed|referred\s+to|covered)(?:\s+(?:at\s+all|in\s+(?:the|this)\s+(?:dialogue|"
                   r"meeting|debate|summary|document)|by\s+anyone|by\s+any(?:one|body)|"
                   r"by\s+any\s+(?:other\s+)?[\w-]+(?:\s+(?:state|society|organi[sz]ation)s?)?))*)?"
                   r"(?:\s*[?.!]+\s*(?:who|which ones|which|name them|list them)\b)?\s*[?.!]*\s*$", re.I)
# A who-question put after its topic: "instrumentalisation of migrants - who raised it?",
# "gender based violence which speakers", "nasta loika who brought her up".
_TRAILING_WHO = re.compile(rf"(?:\s*[-–—,:;?]\s*|\s+)(?P<who>who|(?:which|what)\s+{_SUBJECT}"
                           rf"(?:\s*(?:,|and|or|&)\s*{_SUBJECT})*)\b"
                           r"(?P<rest>[^?]*?)\s*[?.!]*\s*$", re.I)
# "sgbv mentions?", "bialiatski - any references?": a keyword query asking who mentioned it (not after
# a question word: "how many torture mentions").
_TRAILING_MENTIONS = re.compile(r"(?<=\w)(?:\s*[-–—,:;]\s*|\s+)(?P<who>(?:any\s+)?(?:mentions?|references?))"
                                r"(?P<rest>)\s*[?.!]*\s*$", re.I)
_OPENS_QUESTION = re.compile(r"^\s*(?:what|which|who|whom|how|when|where|why|did|does|do|is|are|was|were|has|"
                             r"have|had)\b", re.I)
# ("X - who was complaining about this?", "who has raised it": an auxiliary before the verb)
_ONLY_FRAME = re.compile(rf"\s*(?:(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?"
                         rf"(?:{SPEECH}|use[ds]?|using)\b)?(?:\s*\b(?:it|this|that|her|him|them|these|"
                         r"those|so|up|(?:the\s+)?(?:word|term|phrase|expression)s?|"
                         r"about|on|of|the\s+(?:issue|topic|subject|matter))\b)*\s*", re.I)


class Intent(BaseModel):
    """What a question asks for; `speakers` are statement ids it restricts itself to."""

    model_config = ConfigDict(frozen=True)

    question: str
    type: QuestionType
    topic: str = ""
    speakers: list[str] = []
    mentioned: list[Resolution] = []
    named_as: list[str] = []  # the words naming the speakers: "Minsk", "the Brits", "Viasna"
    addressed: list[str] = []  # statement ids of speakers the question names as addressed
    entities: list[str] = []  # names in the topic ("Belarus" in "Which NGOs said Belarus ..."): no filter
    kinds: list[Kind] = []
    unknown_speaker: str | None = None
    figure: FigureKind | None = None
    singular: bool = False
    names_people: bool = False  # "who named specific journalists": an answer quotes a person's name
    deeds: bool = False  # "What measures has New Zealand taken?": what the speaker itself did
    after_meeting: bool = False
    council_vote: bool = False  # "what was the result of the vote on the mandate?" (`names_council_vote`)
    which_noun: str | None = None  # "entities" in "Which entities has the UK sanctioned?"
    which_verb: str | None = None  # "sanctioned" there: what an answer must report being done
    title: str | None = None  # "President of Belarus" in "Who is the President of Belarus?"
    extreme: Literal["highest", "lowest"] | None = None  # "Who gave the highest figure for X?"
    # "did OMCT and CPTI give the same date?" / "did anybody give a different date?": figures compared
    # "is Czechia's figure lower than Albania's?": the first speaker's figure against the second's
    compared: Literal["same", "different", "higher", "lower"] | None = None
    part: str | None = None  # "women" in "How many of the political prisoners are women?"


_EXTREME = re.compile(r"\b(?:the\s+)?(?P<which>highest|largest|biggest|greatest|maximum|top|lowest|smallest|"
                      r"fewest|minimum)\s+(?:figure|number|estimate|count|total|tally|toll)s?\b|"
                      # "which speaker mentioned the most political prisoners"
                      r"\b(?:gave|give|gives|mentioned|cited|reported|counted|named)\s+the\s+"
                      r"(?P<most>most|fewest|(?:highest|largest|lowest|smallest)\s+number\s+of)\s+(?=\w)",
                      re.I)
_LOWEST = ("lowest", "smallest", "fewest", "minimum")


# "currently", "at present": of a count, those that remain ("still held", "remain imprisoned")
_NOW = re.compile(r"\b(?:currently|presently|at\s+present|at\s+the\s+moment|right\s+now|"
                  r"as\s+of\s+(?:now|today)|to\s+this\s+day|nowadays)\b", re.I)


def extreme_of(question: str) -> Literal["highest", "lowest"] | None:
    """"highest" or "lowest" for a question after the largest or smallest figure ("Who gave the
    highest estimate of political prisoners?"), else None."""
    match = _EXTREME.search(question)
    if not match:
        return None
    which = (match.group("which") or match.group("most")).lower()
    return "lowest" if which.split()[0] in _LOWEST else "highest"


# "the same date", "the same number": figures two named speakers give, compared
_SAME_FIGURE = re.compile(r"\bsame\s+(?P<what>date|day|figure|number|count|toll|total|estimate|tally)s?\b|"
                          # "on the date of his death, do OMCT and CPTI concur?"
                          r"(?=.*\b(?:agree|concur|match|differ|disagree)\b).*?\b(?P<what2>date|day|figure|number|"
                          r"count|toll)s?\b", re.I)


# "did they give the same date?", "do the two agree on the figure?" (a different date: they differ)
_FIGURE_NOUN = rf"{FIGURE_NOUNS}s?"
# ("is the date of his death the same in the two statements?": the noun first)
_SAME = re.compile(rf"\b(?:same|identical|matching)\s+{_FIGURE_NOUN}\b|\b(?:agree|concur|match)(?:s)?\b|"
                   rf"\b{_FIGURE_NOUN}\b[^?.;]{{0,60}}?\b(?:the\s+same|identical)\b", re.I)
_DIFFERENT = re.compile(rf"\b(?:different|differing|conflicting)\s+{_FIGURE_NOUN}\b|"
                        r"\b(?:differ|disagree|contradict)(?:s|ed)?\b|"
                        rf"\b{_FIGURE_NOUN}\b[^?.;]{{0,60}}?\bdifferent\b", re.I)


_ORDERED = re.compile(ORDERED_THAN, re.I)
# what a comparison leaves in the topic once the other speaker's name is cut
_ORDERED_LEFT = re.compile(r"\b(?:higher|larger|bigger|greater|more|lower|smaller|less|fewer|above|below|"
                           r"exceed\w*)\b|\bthan\b|(?<!\w)(?:that(?:\s+of)?|the\s+one(?:\s+of)?|['’]s?\b|one\b)"
                           r"(?=\s*$)", re.I)


def compared(question: str) -> Literal["same", "different", "higher", "lower"] | None:
    """Whether a question asks if figures agree ("same") or differ ("different"), or whether the
    first speaker's figure is "higher" or "lower" than another's.

    >>> compared("did they give the same date?"), compared("did anybody give a different date?")
    ('same', 'different')
    >>> compared("is the date of his death the same in both statements?")
    'same'
    >>> compared("is Czechia's number lower than Albania's?"), compared("was it above that of the UK?")
    ('lower', 'higher')
    >>> compared("did Germany say more than 1,100 remain?") is None
    True
    """
    ordered = _ORDERED.search(question)
    if ordered:
        return "higher" if ordered.group("up") or ordered.group("up2") else "lower"
    return "different" if _DIFFERENT.search(question) else "same" if _SAME.search(question) else None


def figure_kind(question: str) -> FigureKind | None:
    """The kind of figure a question asks for, or None.

    >>> figure_kind("How long is Nasta Loika's sentence?"), figure_kind("Who spoke?")
    ('duration', None)
    >>> figure_kind("list every figure given for political prisoners")
    'count'
    """
    if _HOW_MANY_SPEAKERS.search(question):
        return None
    return next((kind for kind, pattern in _FIGURES if pattern.search(question)), None)


def asks_panel(question: str) -> bool:
    """True if the question is about questions put to the experts.

    >>> asks_panel("What did Slovenia ask?"), asks_panel("What did Slovenia ask Belarus to do?")
    (True, False)
    """
    return any(pattern.search(question) for pattern in _ASKED_PANEL)


# The pronoun opening a reported clause ("say they're open to dialogue", "said it agreed with
# the experts"): it is the speaker again, not part of what was said.
_REPORTED_SUBJECT = re.compile(r"^(?:that\s+)?(?:they|it|he|she|we)(?:['’]re|['’]s|\s+(?:are|is|was|were|"
                               r"would|will|had|has|have))?(?:\s+(?:itself|themselves|himself|herself|ourselves))?"
                               r"\s+(?=\S+\s+\S)", re.I)


# at the end only: "torture by state agents" keeps its words
_PER_SPEAKER = re.compile(r"\s*,?\s*\b(?:per|by|for\s+each|(?:according\s+to|from)\s+(?:each|every))\s+"
                          r"(?:speaker|delegation|state|country|ngo|organi[sz]ation)\b(?=\s*[?.!]*\s*$)",
                          re.I)


# What asks for the whole of a statement rather than a topic in it, as people type it after the
# speaker's name: "belarus reply tl;dr", "slovenia's one was about what", "the gist of the EU's
# statement", "Poland in a nutshell". General English; a topic made only of these words and the
# statement nouns is no topic.
_GIST_WORDS = frozenset(
    "tl;dr tldr tl dr gist summary summarised summarized summed sum up overview recap essence upshot "
    "nutshell short brief briefly shortly version highlights takeaway takeaways bottom line key main "
    "central core overall basically roughly quickly points point in a an the of its their his her on one "
    "ones was were is it about what so anyway pls please".split())
_GIST_WORD = re.compile(r"tl;dr|[\w’']+")


def _gist_only(topic: str) -> bool:
    """True when the topic asks only for a statement's gist ("tl;dr", "one was about what")."""
    words = _GIST_WORD.findall(topic.lower())
    return bool(words) and all(w in _GIST_WORDS or re.fullmatch(STATEMENT_NOUNS, w) for w in words)


def topic_of(question: str, cut: list[tuple[int, int]] | None = None, panel: bool = False,
             subject: bool = True) -> str:
    """The question without its frame and without the spans in `cut` (speaker names);
    `subject=False` keeps a leading noun such as "civil society groups" (figure questions).

    >>> topic_of("Which speakers raised the death penalty in Belarus?")
    'the death penalty in Belarus'
    """
    for start, end in sorted(cut or [], reverse=True):
        question = question[:start] + "\x00" + question[end:]
    # "What did Malta and France recommend?": the names go with the words joining them
    question = re.sub(r"\x00(?:\s*(?:,|and|&)\s*(?:the\s+)?\x00)+", "\x00", question, flags=re.I)
    question = re.sub(r"\bthe\s+\x00", "\x00", question, flags=re.I)  # "did the [Swiss] say"
    # "what did the [Advocates for Human Rights] one say", "the [Benelux] lot": the speaker
    question = re.sub(rf"\x00\s+(?:one|ones|lot|guys|folks|bunch)"
                      rf"(?=\s+(?:{SPEECH}|{AUXILIARY})\b|\s*[?.!]*\s*$)", "\x00", question, flags=re.I)
    # "what measures had [Wellington] taken": "measures taken", without the auxiliary
    # "what conditions did [Bazilli] set for targeted measures": "conditions set for ...", unless the
    # verb is one of speech ("what reforms did [Poland] demand": the speech frame takes it)
    question = re.sub(rf"^(\s*(?:which|what)\s+(?:[\w-]+\s+){{1,3}}?)(?:(?:has|have|had)\s+\x00|"
                      rf"(?:did|does|do)\s+\x00(?=\s+(?!(?:{SPEECH}|{AUXILIARY})\b)[a-z]+\s+\w))", "\\1\x00",
                      question, flags=re.I)
    # "how many are there according to Czechia": the words that name the speaker go with the name
    # "the ambassador of [Poland]", "the delegation of [Belarus]": the one who spoke for the name
    question = re.sub(r"\b(?:the\s+)?(?:ambassador|envoy|minister(?:\s+of\s+foreign\s+affairs)?|delegate|"
                      r"representative|delegation|government|spokes\w+)\s+(?:of|for|from)\s+(?:the\s+)?\x00",
                      "\x00", question, flags=re.I)
    # "the [Lithuanian] FM", "[Poland]'s foreign minister": the one who spoke for the name
    question = re.sub(r"\x00(?:['’]s?)?\s+(?:foreign\s+minister|minister(?:\s+of\s+foreign\s+affairs)?|FM|"
                      r"ambassador|envoy|delegate|representative|delegation|spokes\w+)\b", "\x00", question,
                      flags=re.I)
    # ("what was in the EU statement about torture": "in the" too)
    # "political prisoners who died by [CPTI]'s count": the count is the speaker's, not the topic's
    question = re.sub(rf"\s*,?\s*\b(?:by|according\s+to|per)\s+(?:the\s+)?\x00['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{STATEMENT_NOUNS}\b", "", question, flags=re.I)
    question = re.sub(r"(?<=[\w'’?])\s*,?\s*\b(?:according\s+to|per|in\s+the\s+(?:view|words)\s+of|in|from|"
                      r"of|by)\s+(?:the\s+)?\x00", "\x00", question, flags=re.I)
    # "Per [the Chair], had the authorities responded ...": the same put first, with its comma
    question = re.sub(r"^\s*(?:according\s+to|per|in\s+the\s+(?:view|words)\s+of)\s+(?:the\s+)?\x00\s*"
                      r"(?:[,:]|\s[-–—])\s*", "\x00 ", question, flags=re.I)
    question = question.replace("\x00", "")
    # "what year did the experts say they ...": the kind that speaks is no part of the topic
    question = re.sub(rf"(?<=\w)\s+{_THE_KINDS}", "", question, count=1, flags=re.I)
    # "number political prisoners per speaker": each speaker's figure, which every figure answer gives
    question = _PER_SPEAKER.sub("", question)
    topic = _TAIL.sub("", question)
    yes_no = bool(_YES_NO.match(question))
    for pattern in _FRAME + ([_PANEL_FRAME] if panel else []):
        if yes_no and pattern is _SPEECH_FRAME and not subject:
            # (not "did any State praise the experts": who did is asked, `answer.approval`)
            pattern = _YES_NO_SPEECH_FRAME
        if subject or pattern is not _SUBJECT_FRAME:
            topic = pattern.sub("", topic, count=1)
    if cut:  # "How many prisoners does [Albania] say are held": the reporting frame goes too
        topic = _REPORTING_FRAME.sub(" ", topic)
    # "what did X want the council to do", "want done about executions": what was asked for, about that
    request = _REQUEST.match(topic.strip())
    if request:
        whom = request.group("whom") or ""
        topic = request.group("about") or ("" if _ANYONE_ASKED.match(whom) else whom)
    # "the Helsinki Committee's statement": no topic of its own, not even "the"; nor has "what did
    # New Zealand do (exactly)?", which asks what it said it did
    topic = re.sub(r"^\s*(?:the|a|an|about|on|of|for|regarding|concerning|do|does|did|done)"
                   r"(?:\s+exactly)?\s*$", "", _STATEMENT_ONLY.sub("", topic), flags=re.I)
    topic = " ".join(_REPORTED_SUBJECT.sub("", topic.strip()).split())
    return "" if cut and _gist_only(topic) else topic


def subject_kinds(question: str, subject_only: bool = False) -> list[Kind]:
    """Kinds named as the speakers a question is about ("Which NGOs ...", "did the States ...").

    With `subject_only`, "Which NGOs" does not count (for figure questions, "How many civil
    society groups ..." is about NGOs, not a restriction to them).

    >>> subject_kinds("Which NGOs mentioned lawyers?"), subject_kinds("Who said NGOs closed?")
    (['ngo'], [])
    >>> subject_kinds("which experts and ngos raised it")  # nouns joined by "and", "or", commas
    ['panel', 'ngo']
    >>> subject_kinds("And did any of the NGOs mention it?")
    ['ngo']
    >>> subject_kinds("what numbers did NGOs give?")  # with no article too
    ['ngo']
    >>> subject_kinds("Which country did the objectors seek asylum in?"), subject_kinds("Which NGOs did not?")
    ([], ['ngo'])
    """
    for number, slot in enumerate(_KIND_SLOTS):
        match = None if slot is _KIND_SLOTS[-1] and _KIND_AS_OBJECT.match(question) else slot.search(question)
        # "How many NGOs ..." counts them; "Which NGOs gave a figure ..." restricts to them
        if match and not (subject_only and number == len(_KIND_SLOTS) - 1
                          and not re.match(r"\s*(?:which|what)\b", question, re.I)):
            noun, found = match.group("noun"), []
            while kind := next(((kinds, m) for pattern, kinds in KIND_WORDS
                                if (m := re.match(rf"(?:{pattern})\b", noun, re.I))), None):
                found += [k for k in kind[0] if k not in found]
                joined = re.match(r"\s*(?:,|/|and|or|&)\s*(?:the\s+)?", noun[kind[1].end():], re.I)
                if not joined:
                    break
                noun = noun[kind[1].end() + joined.end():]
            if _ONE_BY_ONE.search(question[:match.start("noun")]):  # "individual States": no groups
                found = [k for k in found if k != "group"]
            if found or slot is not _DETERMINER_SLOT:
                return found
    return []


def trailing_who(question: str) -> re.Match[str] | None:
    """The who-phrase of a question that puts it after its topic, if it is only a frame
    ("- who raised it?", "which speakers"), not a relative clause ("the NGO who spoke first").

    >>> trailing_who("nasta loika who brought her up").start()
    11
    >>> trailing_who("What did the NGO who spoke first say?") is None
    True
    """
    if _WHO.search(question):
        return None
    match = _TRAILING_WHO.search(question)
    if match and match.start() > 0 and _ONLY_FRAME.fullmatch(match.group("rest")):
        return match
    return None if _OPENS_QUESTION.match(question) else _TRAILING_MENTIONS.search(question)


def _question_type(question: str, speakers: list[str], kinds: list[Kind],
                   figure: FigureKind | None, who: bool) -> QuestionType:
    if asks_panel(question) or (speakers and _THEIR_QUESTION.search(question)):
        return "asked_panel"
    if figure:
        return "figure"
    if who or (kinds and not speakers):
        return "who_said"
    return "speaker" if speakers else "single"


# "The Benelux's question, for its part?", "what was czechia's query": the question a named speaker
# put (to the panel, as every question in the dialogue was); or with a demonym: "the czech question"
_THEIR_QUESTION = re.compile(r"^\s*(?:and\s+|what\s+(?:was|were|is|are)\s+)?(?:the\s+)?[^?,]{2,60}?"
                             r"(?:['’]s?)?\s+(?:questions?|quer(?:y|ies))\b(?:\s*,[^?]{0,40})?\s*[?.!]*\s*$",
                             re.I)


# A possessive pronoun after a noun ("which report of theirs"): the speaker's, who is named anyway
_OF_THEIRS = re.compile(r"(?<=\w)\s+of\s+(?:theirs|hers|his|its\s+own|their\s+own|ours|yours)\b(?!\s*['’])",
                        re.I)


# "... (only NGOs)?", "..., only the States?": the kinds a who-question keeps
_ONLY_KINDS = re.compile(r"\s*(?:\(\s*only\s+(?:the\s+)?(?P<noun>[\w\s-]{2,40}?)\s*\)|,\s*only\s+(?:the\s+)?"
                         r"(?P<noun2>[\w\s-]{2,40}?))(?=\s*[?.!]*\s*$)", re.I)


def read_intent(question: str, directory: SpeakerDirectory) -> Intent:
    """Read a (resolved, cleaned) question.

    >>> read_intent("What did the UK say about torture?", directory).type
    'speaker'
    """
    # "which report of theirs did Article 19 cite" (but "measures of its own" are its deeds)
    question = _OF_THEIRS.sub("", question) if not _DEEDS.search(question) else question
    only = _ONLY_KINDS.search(question)
    kinds = subject_kinds(f"which {only.group('noun') or only.group('noun2')} said so") if only else []
    if kinds:  # "who talked about the death penalty (only NGOs)?": a who-question among those kinds
        within = read_intent(question[:only.start()] + question[only.end():], directory)
        of_kind = [sid for sid in within.speakers
                   if sid in directory.statements and directory.statements[sid].kind in kinds]
        if of_kind:  # "What did Germany and OMCT say about X (only NGOs)?": OMCT's words
            return within.model_copy(update={"question": question, "speakers": of_kind})
        if within.type == "speaker" and within.speakers and within.topic.strip():
            # "What did Germany say about X (only NGOs)?", as "which of them are NGOs?" after it
            # is put: who of those kinds spoke about X (the follow-up keeps Germany to say it is not one)
            within = read_intent(f"Who spoke about {within.topic.strip(' ?.!')}?", directory)
        if within.type in ("figure", "asked_panel") and within.speakers:
            # "How many did Germany give (only NGOs)?": the figures of those kinds, not Germany's
            within = within.model_copy(update={"speakers": [], "mentioned": [], "named_as": []})
        if within.type in ("who_said", "figure", "asked_panel"):
            return within.model_copy(update={"question": question, "kinds": kinds})
    last = _NAME_ASKED_LAST.match(question)
    question = f"what is the name of {last.group('whom')}?" if last else question
    clause = _LAST_CLAUSE.search(question)
    identity = _IDENTITY.match(question) or (_IDENTITY.match(clause.group("clause")) if clause else None)
    if identity:  # who holds a title: no speaker filter, no who-said list
        title = identity.group("title")
        return Intent(question=question, type="single", topic=title, title=title,
                      entities=[m.name for m in mentions(question, directory)])
    who_is = _WHO_IS.match(question)
    if who_is and not re.search(rf"\b{SPEECH}\b", who_is.group("topic"), re.I) \
            and not _PROGRESSIVE.match(who_is.group("topic")):
        return Intent(question=question, type="single", topic=who_is.group("topic"),
                      entities=[m.name for m in mentions(question, directory)])
    trailing = trailing_who(question)
    object_topic = _object_question(question, directory)
    who = bool(_WHO.search(question) or trailing) and object_topic is None \
        and not _KIND_AS_OBJECT.match(question)
    if not who and (said := _WHAT_WAS_SAID.search(question)):
        # (the name "about" takes is what was spoken of: "what was said about Poland")
        about = said.end() + len(re.match(r"\s*(?:the\s+)?", question[said.end():]).group())
        who = not any(m.speaking and m.start != about for m in mentions(question, directory))
    found = mentions(question, directory, who=who)
    # "how many NGOs do Advocates for Human Rights say were closed": the NGOs are what a named
    # speaker counts, not the speakers counted
    counted = _HOW_MANY_SPEAKERS.search(question) and not _WHO.search(question[:_HOW_MANY_SPEAKERS.search(
        question).start()]) and any(m.speaking for m in mentions(question, directory))
    if counted:
        who, found = False, mentions(question, directory)
    mentioned = _speaking(found)
    speakers = list(dict.fromkeys(r.statement_id for r in mentioned))
    extreme = extreme_of(question)
    figure = figure_kind(question) or ("count" if extreme or counted else None)
    same = _SAME_FIGURE.search(question) if len(speakers) > 1 else None
    if len(speakers) > 1 and not figure and compared(question) in ("higher", "lower"):
        figure = "count"  # "did Czechia give a lower number than Albania?"
    if same and not figure:  # "did OMCT and CPTI give the same date for his death": their dates
        figure = "date" if (same.group("what") or same.group("what2")).lower() in ("date", "day") else "count"
    kinds = subject_kinds(trailing.group("who") + " said" if trailing else question,
                          subject_only=bool(figure) or not who)
    kind = _question_type(question, speakers, kinds, figure, who)
    if kind == "who_said" or (kind == "asked_panel" and who):
        speakers, mentioned = [], []
    cut = [_with_title(question, m.start, m.end) for m in found if m.speaking and speakers]
    unknown = None if speakers or who else absent_speaker(question, directory)
    # "what did washington say in the debate": a State that did not speak is the speaker all the same
    cut += [(start, end) for start, end, country in directory.absent_countries(question)
            if country == unknown][:1]
    if trailing:
        cut.append((trailing.start(), len(question)))
    # "did any NGO put a number on releases": the NGO is who is asked about, not what is counted
    asked_of_any = bool(re.match(r"\s*(?:(?:and|so|but)\s+)?(?:did|do|does|has|have)\s+any\s+"
                                 r"(?!(?:one|body)\b)", question, re.I))
    topic = topic_of(question, cut, panel=kind == "asked_panel",
                     subject=kind in ("who_said", "asked_panel") or asked_of_any)
    if object_topic is not None:
        topic = object_topic
    superlative = _EXTREME.search(question)
    if superlative and not speakers:  # "which speaker gave the lowest estimate of X": X
        rest = re.sub(r"^\s*(?:of|for|on|about|regarding)\s+", "", question[superlative.end():], flags=re.I)
        topic = " ".join(_TAIL.sub("", rest).split()) or topic
    which_noun = _which_noun(question, kind)
    if which_noun and not topic:  # "which report did Article 19 cite": the report ("report" is also a verb)
        topic = which_noun
    if kind == "asked_panel" and speakers and _THEIR_QUESTION.search(question):
        topic = ""  # "The Benelux's question, for its part?": whatever it asked
    if figure == "date":  # "date of kgb decision", "belarus upr date - when exactly": what is dated
        topic = _DATE_WORDS.sub("", topic).strip() or topic
    if compared(question) in ("higher", "lower"):  # "number of X lower than Albania's": of X
        topic = " ".join(_ORDERED_LEFT.sub(" ", topic).split())
    if figure == "count":  # "how many are currently held": how many are still held, as speakers count them
        topic = _NOW.sub("still", topic)
    topic = _capitals_named(_without_own_names(topic, question, found, speakers), question, found, directory)
    names_people = bool(_NAMES_PEOPLE.search(question) or _NAME_OF_PERSON.search(question)
                        or (_NAMES_SOMEONE.search(question) and not speakers)
                        or _PERSON_NAMED.search(question))
    if names_people and re.fullmatch(r"(?:(?:the|any|other|specific)\s+)*(?:names?|individuals|persons|"
                                     r"people)", topic, re.I):
        topic = ""  # "what names did WRI mention": whichever persons it named
    deed = _DEEDS.search(question)
    actor = next((a.strip() for a in (deed.group("actor"), deed.group("actor2"), deed.group("actor3")) if a),
                 "") if deed else ""
    # the actor is a speaker ("what has the GoE done"), never the country under review, whose conduct
    # every speaker reports ("what has Belarus done to political prisoners")
    deeds = bool(deed) and (not actor or bool(
        [sid for sid in speakers if sid not in directory.concerned] if speakers else
        [k for k in kinds_of(actor) if k != "concerned_country"]))
    if deeds and not speakers and actor and kinds_of(actor):  # "what has the GoE done": the panel did
        kinds = kinds_of(actor)
        topic = topic.replace(actor, " ")
    if deeds:  # "what measures has X adopted itself": whatever it did; "... about detention": that
        topic = " ".join(_DEED_WORDS.sub(" ", topic).split())
        topic = re.sub(r"^(?:about|on|regarding|concerning)\s+", "", topic, flags=re.I)
        topic = "" if re.fullmatch(r"(?:(?:about|on|for|of|in|it|that|this|them|against|the)\s*)*", topic,
                                   re.I) else topic
    return Intent(
        question=question, type=kind, topic=topic,
        speakers=speakers, mentioned=mentioned, kinds=[] if speakers else kinds,
        named_as=[m.name for m in found if m.speaking] if speakers else [],
        entities=[m.name for m in found if not m.speaking],
        addressed=list(dict.fromkeys(r.statement_id for m in found if m.addressed
                                     for r in m.resolutions[:1] if r.via is None)),
        unknown_speaker=unknown,
        figure=figure, extreme=extreme, compared=compared(question),
        singular=bool(_SINGULAR_WHO.search(question)),
        names_people=names_people, deeds=deeds,
        after_meeting=bool(_AFTER_MEETING.search(question)), council_vote=names_council_vote(question),
        which_noun=which_noun,
        which_verb=_which_verb(question, kind, [(m.start, m.end) for m in found]),
        part=part_counted(question) if figure else None)


# the words of a date question typed as keywords, around what is dated
_DATE_WORDS = re.compile(r"^(?:(?:agree(?:s|d)?\s+on|give|gave|the|same|different|exact)\s+)*date"
                         r"(?:\s+as\s+[^?]+?)?\s+(?:of|for)\s+|\s+date\b(?=\s*(?:[-–—:]|$))|"
                         r"\s*[-–—:]\s*when(?:\s+(?:exactly|precisely))?\s*$", re.I)


# "how many of the political prisoners are women": a part of a whole, which the figure must count
_PART = re.compile(r"\bhow\s+many\s+of\s+(?:the|those|these|them|its|their|\w+['’]s?(?!\w))"  # (a possessive)
                   r"[^?]*?\s+(?:are|were|is|was)\s+"
                   r"(?!(?:still|now|currently|being|been|not|in|behind|held|kept)\b)(?P<part>[\w\s-]{2,40}?)"
                   r"\s*[?.!]*$", re.I)


def part_counted(question: str) -> str | None:
    """The part of a whole a count asks for, when it names a kind of person or thing rather than
    what happened to them ("women", not "released").

    >>> part_counted("how many of the political prisoners are women")
    'women'
    >>> part_counted("How many of them were released?") is None
    True
    >>> part_counted("How many of Belarus's political prisoners are women?")  # a possessive determines it too
    'women'
    """
    match = _PART.search(question)
    if not match:
        return None
    first = match.group("part").split()[0].lower()
    return None if first.endswith(("ed", "en")) and not first.endswith("men") else match.group("part")


def _without_own_names(topic: str, question: str, found: list[Mention], speakers: list[str]) -> str:
    """The topic without the names of the speaker it is asked of ("did Kyiv mention the deportation
    of Ukrainian children": its statement names Ukraine throughout, which is no evidence)."""
    for mention in found:
        first = mention.resolutions[0] if mention.resolutions else None
        # its capital too: "did the Lithuanian FM plug Vilnius's ICC referral" is about the referral
        if not mention.speaking and first and (first.via is None or first.form == "capital") \
                and first.statement_id in speakers:
            name = re.escape(question[mention.start:mention.end])
            topic = " ".join(re.sub(rf"\b{name}(?:['’]s?)?(?!\w)", "", topic, flags=re.I).split())
    return topic


def _object_question(question: str, directory: SpeakerDirectory) -> str | None:
    """The topic of a "Which <speakers> did X ..." question whose subject X is a speaker's name:
    the noun and what X is asked to have done ("country single out" in "Which country did CPTI
    single out?"); None for any other question."""
    match = _WHICH_OBJECT.match(question)
    if not match:  # the names are looked up only for a question of that form
        return None
    ends = [end for start, end, _alias in directory.find_mentions(question)
            if titled_start(question, start) == match.end()]
    if not ends:
        return None
    noun = re.match(rf"\s*(?:which|what)\s+(?:other\s+)?({_SUBJECT})", question, re.I)
    rest = topic_of(question[max(ends):])
    if not tokenize(rest) and not noun:  # "who did Ireland agree with": the verb is all there is
        rest = question[max(ends):].strip(" ?.!")
    return " ".join(f"{noun.group(1) if noun else ''} {rest}".split())


def _capitals_named(topic: str, question: str, found: list[Mention], directory: SpeakerDirectory) -> str:
    """The topic with each capital, or plural noun for a people, that stands for a State written
    as that State's name, to search by ("called out minsk for helping moscow's war on kyiv" is
    about Belarus, Russia and Ukraine: the summary says "Russia's war", and a sentence naming
    Moscow is rarely about the war; "credited the americans" is the United States)."""
    # "the Russian Federation's war": the name the statements write ("Russia's war")
    states = [(question[start:end], country) for start, end, country in directory.absent_countries(question)
              if _stands_for_state(question[start:end], country) or
              directory.written_name(country).lower() != re.sub(r"^the\s+", "", question[start:end].lower())]
    # "belarusians want": the people of the country under review are themselves a topic, not its State
    states += [(m.name, state.name) for m in found if not m.speaking and m.resolutions
               for first in m.resolutions[:1] if first.form == "capital"
               or (first.form == "people" and first.statement_id not in directory.concerned)
               for state in [country_named(m.name)] if state]
    for name, state in dict.fromkeys(states):
        topic = re.sub(rf"(?<![\w-])(?:the\s+)?{re.escape(name)}(?![\w-])", directory.written_name(state),
                       topic, flags=re.I)
    return topic


def _stands_for_state(name: str, country: str) -> bool:
    state = country_named(country)
    return bool(state) and name.lower() in {c.lower() for c in (*state.capitals, *state.people)}


_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:delegations?|government|authorities|representatives?|"
                          r"delegates?|ambassador|statement|speech|intervention|remarks)\b", re.I)


def _with_title(question: str, start: int, end: int) -> tuple[int, int]:
    """A speaker's span with the word that makes it one ("the Belarusian authorities")."""
    match = _TITLE_AFTER.match(question, end)
    return start, match.end() if match else end


def _speaking(found: list[Mention]) -> list[Resolution]:
    """The statements the names in speaker position stand for; a name's own statements win over
    the group statements of which it is a member or co-presenter, unless it has none."""
    resolutions: list[Resolution] = []
    for mention in found:
        if mention.speaking:
            resolutions += [r for r in mention.resolutions if r not in resolutions]
    own = [r for r in resolutions if r.via is None or r.member]
    return own or resolutions


# Verbs of stance ("accept", "reject") are what a "which X did Y ..." answer must report.
_LIGHT_VERBS = re.compile(rf"(?!{STANCE}$)(?:{SPEECH}|do|does|did|done|make|made|have|has|had|get|got|"
                          r"take|took|taken|give|gave|given|see|saw|seen|be|been|being|happen|happened|named?|"
                          r"listed|identified|singled?|"
                          # "which article was used to label ...": the means, as any sentence may put it
                          r"use[ds]?|using|applied|employed|invoked|relied)$", re.I)


def _which_verb(question: str, kind: QuestionType, names: list[tuple[int, int]]) -> str | None:
    """The verb of a "Which X did Y <verb>" question past its subject ("accept" in "Which
    recommendations did Belarus accept at its review?"); None for a verb of saying or a light
    verb, which any sentence may paraphrase, or another question form.

    >>> _which_verb("Which entities has the UK sanctioned?", "speaker", [(23, 25)])
    'sanctioned'
    >>> _which_verb("Which article was used to label the association extremist?", "single", []) is None
    True
    >>> _which_verb("Which lawyers are in prison?", "single", []) is None
    True
    """
    match = _WHICH_NOUN.match(question) if kind in ("speaker", "single") else None
    if not match:
        return None
    for word in re.finditer(r"[\w'’-]+", question[match.end():]):
        start = match.end() + word.start()
        if word.group().lower() in ("the", "a", "an", "not", "ever", "also", "still") or any(
                s <= start < e for s, e in names):
            continue
        verb = word.group()
        # ("Which lawyers are in prison?": no verb, "in" none)
        return None if _LIGHT_VERBS.fullmatch(verb) or not verb[:1].islower() or not verb_domains(verb) \
            else verb
    return None


def _which_noun(question: str, kind: QuestionType) -> str | None:
    match = _WHICH_NOUN.match(question) if kind in ("speaker", "single", "who_said") else None
    noun = match.group("noun").split()[-1] if match else None
    # "what exactly did they say": no noun
    return None if noun is None or re.fullmatch(rf"{MODIFIERS}|exactly|precisely|else", noun, re.I) else noun
