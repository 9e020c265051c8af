"""Resolve an elliptical follow-up from the conversation so far, without a language model.

Three patterns, each a rewrite of the previous (itself resolved) question:

- "And Germany?" / "What about the ICJ?" after "What did France say about detention?" gives
  "What did Germany say about detention?" (after "Who spoke after France?", "Who spoke after
  Germany?"); "And the death penalty?" swaps the topic instead.
- "What did it ask?" / "What did they ask the experts?" after a turn about one speaker puts
  that speaker in place of the pronoun: "What did Romania ask?".
- "Which of them are NGOs?" after a who-said turn gives "Which NGOs <rest of that question>"
  and restricts the answer to the speakers named in the previous answer (quotes ignored),
  when it names any; otherwise the rewritten question is answered afresh.

A question that matches none of these, or that has no history, is returned unchanged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from hrcqa.corpus.roster import name_variants
from hrcqa.index.synonyms import verb_lemma
from hrcqa.models import Kind, Statement
from hrcqa.question.intent import WHO_SUBJECT, figure_kind, read_intent, subject_kinds, trailing_who
from hrcqa.question.meeting import CLOSE, other_kind, read_meeting
from hrcqa.question.naming import names_in
from hrcqa.question.positions import mentions
from hrcqa.question.query import KIND_NOUN, KIND_WORDS, SpeakerDirectory
from hrcqa.question.words import (
    AUXILIARY,
    FIGURE_NOUNS,
    MODIFIERS,
    ORDERED_THAN,
    SPEECH,
    STATEMENT_NOUNS,
    declarative_question,
    plain_question,
)
from hrcqa.text.countries import country_named, states_named
from hrcqa.text.english import english_words
from hrcqa.text.figures import figure_given
from hrcqa.text.grammar import is_plural, noun_for
from hrcqa.text.numbers import words_to_digits
from hrcqa.text.tokenize import tokenize

_AND = re.compile(r"^\s*(?:and|what about|how about|and what about|(?:and\s+)?(?:the\s+)?same\s+"
                  r"(?:question\s+|thing\s+)?for|and for|"
                  r"(?:and\s+)?(?:did|were|are|have|has)\s+(?:there\s+)?any|(?:and\s+)?any|"
                  r"(?:and\s+)?(?:anything|something)(?=\s+(?:about|on|regarding|concerning)\b))\s+"
                  r"(?!(?:what|which|who|whom|how|why|when|where|did|does|do|is|are|was|were|has|"
                  r"have|can|could|would|will|it|they|its|their)\b)"
                  # "and with who they made the declaration": a wh-question after a preposition
                  r"(?!(?:with|to|from|by|about|against|at|in)\s+(?:who|whom|which|what|whose)\b)"
                  r"(?:according\s+to\s+|in\s+the\s+(?:view|words)\s+of\s+)?"
                  # not a topic put first and then asked about: "and LGBTQ+ persons - who mentioned them?"
                  r"(?P<name>(?![^?]*\s[-–—:]\s+(?:who|which|what|did|does|do|any)\b[^?]*\b(?:them|it|they|"
                  r"their|its)\b)[^?]{1,60}?)\s*[?.!]*\s*$",
                  re.I)
# "and her colleague Bazilli, about deportations?": what that speaker said on that topic
_AND_NAME_ABOUT = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+(?:(?:her|his|their|its)\s+"
                             r"(?:colleague|fellow\s+expert|partner|co-?presenter)\s+)?"
                             r"(?P<name>[^,?]{2,50}?)\s*,\s*"
                             r"(?:about|on|regarding|concerning)\s+(?P<topic>[^?]+?)\s*[?.!]*\s*$", re.I)
# What may open a follow-up before its question: "and ...", "so ..."
_LEAD = r"^\s*(?:and\s+|so\s+)?"
# "did germany too?", "has Malta as well?": the previous question of another speaker
_DID_TOO = re.compile(_LEAD + r"(?:did|does|do|has|have|was|is|were)\s+(?P<name>[^?]{1,60}?)\s+"
                      r"(?:too|as\s+well|also|"
                      # "did germany agree", "does the EU say the same": the previous question of it
                      r"(?:also\s+)?(?:agree|concur|say\s+(?:the\s+)?(?:same|so|similar)|echo\s+(?:that|this|it)|"
                      r"share\s+(?:that|this|the\s+same)(?:\s+(?:view|concern|position))?)"
                      r"(?:\s+(?:too|as\s+well|with\s+(?:that|this|it|them|him|her)))?)\s*[?.!]*\s*$", re.I)
# "no i meant the icj", "sorry, I meant Malta - what about the bar association": a correction of
# the speaker, with or without a new topic
_CORRECTION = re.compile(r"^\s*(?:(?:no|nope|sorry|oops|wait)\b[,.!]?\s*)?i\s+meant\s+(?P<name>[^,;:?]+?)"
                         r"(?:\s*(?:[,;:]|\s[-–—])\s*(?P<rest>[^?]+?))?\s*[?.!]*\s*$", re.I)
# "the germans?", "poland?": a name alone, asked as a question (`_and_speaker` checks it names one)
_BARE_NAME = re.compile(r"^\s*(?P<name>(?!(?:what|which|who|whom|how|why|when|where|yes|no)\b)(?:the\s+)?"
                        r"[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s*\?+\s*$", re.I)
# "australia too?", "did the EU as well?": the same as the speakers just named
_TOO = re.compile(r"\b(?:too|also|as\s+well)\s*[?.!]*\s*$", re.I)
# What "and X ...?" may close with that asks the same again: "on the same", "too", "as well".
_SAME_AGAIN = re.compile(r"\s+(?:on\s+(?:the\s+same(?:\s+\w+)?|that|this)|too|as\s+well|also|then|please)"
                         r"(?:\s+(?:too|as\s+well|then|please))*\s*$", re.I)
_PREPOSITION = re.compile(r"^(?:about|on|regarding|concerning)\s+", re.I)
_LEADING_AND = re.compile(r"^\s*(?:and|so|also|then)\s+(?=\w)", re.I)
# "them", or the speakers just named counted: "which of the 2", "both"
# "them", "the three", "the 17", "the ones you listed", "the speakers you just named": the previous
# answer's
_THEM = (r"(?:them|those|these|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d{1,2})|"
         r"both|the\s+(?:ones|speakers|delegations|"
         r"countries|states|organi[sz]ations)\s+(?:(?:that\s+)?(?:you|u)\s+(?:just\s+)?(?:listed|named|mentioned|"
         r"gave|cited)|(?:just\s+)?(?:listed|named|mentioned)(?:\s+above)?))")
_WHICH_OF = re.compile(rf"^\s*(?:and\s+)?(?:which|who|how\s+many)\s+(?:ones?\s+)?(?:of\s+{_THEM}|"
                       rf"among\s+{_THEM})\s+(?:(?:are|were|is|was)\s+|(?=(?:ngos?|states?|groups?|experts?|delegations?|"
                       r"countr(?:y|ies)|governments?|organi[sz]ations?)\s*[?.!]*\s*$))(?:the\s+|an?\s+)?"
                       r"(?:actual|real|individual|proper|separate|single)?\s*"
                       # "which of those are groups not single countries": the kind asked, not its contrast;
                       # a learner's "which of them ngos" leaves out "are"
                       r"(?P<noun>[^?]+?)(?:\s*,?\s+(?:rather\s+than|instead\s+of|and\s+not|but\s+not|not|as\s+"
                       r"opposed\s+to)\s+[^?]+?)?\s*[?.!]*\s*$|"
                       # "and only the NGOs?", "just the states please", "NGOs only"
                       # a learner's singular: "only the NGO please"
                       r"^\s*(?:(?:and\s+)?(?:only|just)\s+|and\s+)(?:the\s+)?(?P<noun2>ngos?|states?|groups?|"
                       r"experts?|delegations?|countries)(?:\s+only)?(?:,?\s+please)?\s*[?.!]*\s*$|"
                       r"^\s*(?:the\s+)?(?P<noun5>ngos?|states?|groups?|experts?|delegations?|countries)\s+(?:only|please)"
                       r"\s*[?.!]*\s*$|"
                       # "any NGOs among those?", "were any of them States?"
                       r"^\s*(?:(?:are|were|is|was)\s+(?:there\s+)?)?any\s+(?:(?P<noun3>ngos|states|groups|experts|"
                       rf"delegations|countries)\s+(?:among|of)\s+{_THEM}|of\s+{_THEM}"
                       r"\s+(?:an?\s+)?(?P<noun4>ngos?|states?|groups?|experts?|delegations?|countr(?:y|ies)))"
                       # "any of those an NGO rather than a government?"
                       r"(?:\s+(?:rather\s+than|instead\s+of|and\s+not|not)\s+[^?]+)?\s*[?.!]*\s*$",
                       re.I)
# "Is Belgium one of those?", "is finland among them": a member of the group just named.
_ONE_OF_THOSE = re.compile(r"^\s*(?:and\s+)?(?:is|was|are|were)\s+(?P<member>.+?)\s+(?:one\s+of|among|"
                           r"part\s+of|in)\s+(?:those|them|these|it|that\s+group|the\s+group)\s*[?.!]*\s*$",
                           re.I)
# "Is Finland part of the Nordic-Baltic states?": "and Poland?" asks it of another member
_MEMBERSHIP = re.compile(r"^\s*(?:is|was)\s+(?P<member>.+?)\s+(?:part\s+of|one\s+of|a\s+member\s+of|among|in)"
                         r"\s+the\s+[^?]+\?*\s*$", re.I)
# "which countries are in that group": the group statement the previous answer named
_THAT_GROUP = re.compile(r"\b(?:that|this)\s+group\b", re.I)
# "Who else ...", "Did anyone else ...", "Which other States ...": not the speakers just named.
_ELSE = re.compile(r"^\s*(?:and\s+)?(?:(?:who|which\s+\w+|what\s+\w+)\s+else|"
                   r"(?:did|does|do|has|have)\s+any(?:one|body)\s+else|(?:did|does|do|has|have)\s+any\s+other\s+\w+|(?:which|what)\s+(?:of\s+the\s+)?other\s+"
                   # a noun for speakers: "what other routes did she list" asks about things
                   r"(?:(?:two|three|four|five|six|\d+)\s+)?(?:speakers?|delegations?|states?|countries|country|"
                   r"ngos?|organi[sz]ations?|orgs?|groups?|governments?|experts?|panel\w*|participants?|"
                   r"members?|nations?|ones?)|"
                   r"what\s+did\s+the\s+other\s+(?:(?:two|three|four|five|six|\d+)\s+)?\w+)\b",
                   re.I)
# "anyone else moratorium", "Other speakers have spoken of the journalists?", "other have given a
# number?": a who-else question typed as keywords or in a learner's word order (see `_else_spelled_out`)
_ELSE_KEYWORDS = re.compile(r"^\s*(?:and\s+|so\s+)?(?:any(?:one|body)|some(?:one|body)|who)\s+else\s+"
                            # a topic, not "besides Malta", "on the panel", "though", "at all"
                            r"(?P<rest>(?!(?:did|does|do|has|have|had|is|was|were|are|then|too|also|please|"
                            r"besides|apart|aside|other|except|excluding|but|beyond|outside|on|from|in|at|of|for|"
                            r"with|among|amongst|by|to|about|here|there|though|so|yet|now|again|than|like|as|"
                            r"either|really|actually|at\s+all)\b)"
                            r"\w[^?]*?)\s*[?.!]*\s*$", re.I)
_OTHER_FIRST = re.compile(r"^\s*(?:and\s+|so\s+)?others?\s+(?P<noun>(?:speakers|delegations|states|countries|"
                          r"ngos|organi[sz]ations|groups|governments)\s+)?(?P<rest>(?:have|has|did|also|gave|"
                          rf"{SPEECH}|\w+ed)\b[^?]*?)(?:\s+(?:also|too|as\s+well))?\s*[?.!]*\s*$", re.I)
# "Which of them asked the experts?": a who-question restricted to the previous answer's speakers.
_WHICH_OF_DID = re.compile(r"^\s*(?:and\s+)?(?:which|who|how\s+many)\s+(?:ones?\s+)?(?:of|among)\s+"
                           rf"{_THEM}\s+(?!(?:are|were|is|was)\b)(?P<rest>\w[^?]*?)"
                           r"\s*[?.!]*\s*$", re.I)
# "Did any of those put a question to the Experts?": whether any of the speakers just named did
_ANY_OF_DID = re.compile(r"^\s*(?:and\s+)?(?P<aux>did|do|does|have|has|had)\s+any\s+(?:one\s+)?"
                         rf"(?:of|among)\s+{_THEM}\s+(?P<rest>(?!(?:are|were|is|was)\b)\w[^?]*?)"
                         r"\s*[?.!]*\s*$", re.I)
# "did the experts say they ...", "which NGOs said that it ...": a kind of speaker as the subject of a
# verb of saying, which the pronoun after it stands for
_KIND_SAID_BEFORE = re.compile(rf"\b{KIND_NOUN}\s+(?:{MODIFIERS}\s+)?(?:say|says|said|claim(?:s|ed)?|think|"
                               r"thinks|thought|believe[sd]?|warn(?:s|ed)?|state[sd]?)\s+(?:that\s+)?$", re.I)
# "what did Slovenia ask her?": a question to one of the experts
_ASK_HER = re.compile(r"\bask(?:ed|s)?\s+(?P<pronoun>her|him)\b", re.I)
# "what day?", "and which session?", "who wrote it?": a field of the document asked about before
_BARE_DOCUMENT_FIELD = re.compile(r"^\s*(?:and\s+|so\s+)?(?:(?:on\s+)?(?:what|which)\s+(?:day|date)|"
                                  r"when(?:\s+(?:was|is)\s+(?:it|that|this)(?:\s+(?:held|on))?)?|"
                                  r"(?:what|which)\s+(?P<session>session)|who\s+(?P<author>wrote|authored)\s+it)"
                                  r"\s*[?.!]*\s*$", re.I)
# "which ngos did?", "who did?": the previous yes/no question's verb phrase, asked as a who-question
_WHICH_DID = re.compile(r"^\s*(?:(?:and|so|then|ok(?:ay)?|well|right)\b[,\s]*)*"
                        r"(?:(?:which|what)\s+(?P<noun>[\w-]+)|who)\s+"
                        r"(?:did|does|do|has|have|had)(?:\s+(?:then|so|it|that))?\s*[?.!]*\s*$", re.I)
_ASKED_OF = re.compile(r"^\s*(?:and\s+)?(?:did|does|do|has|have|had)\s+"
                       r"(?P<anyone>any(?:one|body)\s+|any\s+[\w-]+\s+)?", re.I)
# "the Belarusian delegation", "the Polish government": what a demonym before it names
_QUALIFIED_NOUN = re.compile(r"\s+(?:delegation|government|authorities|representatives?|statement|mission)\b",
                             re.I)
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_SINGULAR = frozenset({"it", "its", "he", "she", "his", "her", "that one", "this one"})
_REPORTING = re.compile(rf"\b{SPEECH}\s+(?:that\s+)?$", re.I)
# "did the experts say belarus ever answered them": a clause of its own reported, whose object
# pronoun is the reporter (the clause's subject it cannot be), not someone of the turn before
_REPORTED_CLAUSE = re.compile(rf"\b{SPEECH}\s+(?:that\s+|about\s+)?(?!that\b|them\b)[\w'’-]+\b.*$", re.I)
# "who else said so", "did anyone else mention him": the previous turn's topic.
_ANAPHOR = re.compile(r"\b(?:so|that|this|him|her|it|them)\s*[?.!]*\s*$", re.I)
# "how many did it say are held?", "how many are left?": a count without its noun.
_HOW_MANY_WHAT = re.compile(r"^\s*(?:and\s+)?how\s+many(?=\s+(?:did|do|does|are|were|is|was|have|has|had|"
                            r"remain|still|of\s+(?:them|those))\b|"
                            r"(?P<bare>\s*(?:,|\?|$)|\s+(?:according\s+to|per|by)\b))", re.I)
# "who else?", "anyone else?", "any others?": the previous question, without those just named.
_BARE_ELSE = re.compile(r"^\s*(?:and\s+)?(?:(?:who|anyone|anybody)\s+else|any\s+others?|(?:any|which)\s+"
                        r"other\s+\w+|"
                        # "and the other experts?", "what about the other two?", "and the others?"
                        r"(?:what\s+about\s+|how\s+about\s+)?the\s+(?:others|other\s+(?:(?:two|three|\d+)\s+)?\w+))"
                        r"\s*[?.!]*\s*$", re.I)
_NUMBER_WORD = re.compile(r"two|three|four|five|six|\d+", re.I)  # "the other two"
# "what were they?", "name them" after a count: the ones counted
_WHICH_WERE_THEY = re.compile(_LEAD + r"(?:(?:what|which|who)\s+(?:were|are)\s+(?:they|those|these)|"
                              r"(?:which|what)\s+ones(?:\s+(?:then|exactly))?|"
                              r"(?:(?:can|could)\s+you\s+)?(?:name|list)\s+(?:them|those|these)(?:\s+please)?)"
                              r"\s*[?.!]*\s*$", re.I)
_HOW_MANY = re.compile(r"^\s*(?:and\s+)?how\s+many\b", re.I)
# "how many?", "and how many of them?" after a who-question: how many speakers it lists
_HOW_MANY_BARE = re.compile(_LEAD + r"how\s+many(?:\s+(?:of\s+them|of\s+those|speakers|delegations|"
                            r"are\s+there|in\s+total|altogether|in\s+all))?\s*[?.!]*\s*$", re.I)
# "who else did?", "which other States have?": the verb phrase is the previous turn's.
_BARE_AUXILIARY = re.compile(r"(?<=else|ther)\s+(?:did|does|do|has|have|had)(?:\s+too)?\s*[?.!]*\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:it(?!\s+(?:true|right|correct|accurate|the\s+case)\b)|"
                      # ("Is it true that ...": no one's "it")
                      r"they|them|its|their|he|she|his|her|him|(?:that|this)\s+one|"
                      # "which organisations co-sponsored that statement": the speaker's statement
                      r"(?:that|this|the\s+same)\s+(?:statement|speech|intervention)|"
                      # "did the same expert also say ...": the one the turn before was about
                      r"(?:that|the\s+same)\s+(?:expert|delegation|speaker|organi[sz]ation|ngo|group|"
                      r"government|panell?ist)|"
                      # "the first of those two": the count goes with the pointer
                      r"the\s+(?:first|second|third|last|former|latter)\s+(?:one|of\s+(?:them|those|these)"
                      r"(?:\s+(?:two|three|four|five|\d))?)|"
                      # "and the first - what figure did it quote?": an ordinal alone, as a lead-in
                      r"the\s+(?:first|second|third|last)(?=\s*(?:[-–—:,]|$))|"
                      r"the\s+(?:former|latter))\b", re.I)
_SUBJECT_PRONOUN = re.compile(r"(?:it|they|he|she)\b", re.I)
_THAT_STATEMENT = re.compile(r"(?:that|this|the\s+same)\s+(?P<noun>statement|speech|intervention)", re.I)
_LEAD_IN_WORDS = 5  # "and the belarus side": a name and the words around it
# Where a lead-in ends: a dash, a comma, a sentence's end ("ok now the belarus guy. does he ...")
_LEAD_IN_END = re.compile(r"\s+[-–—]\s+|[,:;]\s+|[.?!]\s+|"
                          # dictated, with no comma: "and the belarus side what is their answer"
                          r"\s+(?=(?:what|which|who|how|when|where|why)\s+"
                          r"(?:is|are|was|were|did|do|does|has|have)\b)",
                          re.I)
# A name alone before an auxiliary and its pronoun: "icj did they speak jointly"
_NAME_THEN_ASKED = re.compile(r"\s+(?=(?:did|does|do|is|was|are|were|has|have)\s+(?:they|it|he|she)\b)", re.I)
# "the belarus guy", "the Belarusian delegation": the concerned country as a speaker, not a topic
_AS_SPEAKER = re.compile(r"\s+(?:guy|guys|side|delegation|delegate|delegates|rep|reps|representatives?|"
                         r"ambassador|diplomats?)\b", re.I)
_MARKED_LEAD_IN = re.compile(r"^\s*(?:and\s+|so\s+|now\s+)?(?:speaking\s+of|as\s+(?:for|to|regards)|"
                             r"regarding|going\s+back\s+to|back\s+to|turning\s+to|coming\s+back\s+to)\s+",
                             re.I)
# "the first one", "the last one": that speaker of those the previous answer named, in order
_ORDINAL_ONE = {"first": 0, "second": 1, "third": 2, "last": -1, "former": 0, "latter": -1}
# such a pointer as `_PRONOUN` finds it: "the first one", "the latter of those two", "the first"
_ORDINAL_POINTER = re.compile(r"the\s+(?P<ord>first|second|third|last|former|latter)"
                              r"(?:\s+(?:one|of\s+\w+(?:\s+\w+)?))?", re.I)
# A pronoun that stands for the previous turn's topic, not a speaker: the object of "about"/"on"
# or of a verb ("did anyone else mention him?", "who called for abolishing it?", "which State
# agreed with the experts on that", "who else said so"), ending the clause. Verbs whose object
# is the one spoken to ("ask them", "urged it", "called on them") are left to `_pronoun`.
_OBJECT_END = (r"(?:\s+\w+(?:ed|en)|\s+(?:up|out))?"  # "who wants it abolished?", "who brought her up?"
               r"(?=\s*(?:[?.!,;]|$|\s+(?:too|also|as well|either|anything|exactly|at all|again|then|"
               r"first|last|before|earlier|later|most)\b))")
_TOPIC_ANAPHOR = re.compile(
    rf"\b(?:(?:about|on|regarding|concerning|over)\s+(?P<object>it|that|this|them|him|her)|"
    # "when did the kgb do that": "do" only with "that" or "this" closing the question
    # "did any ngo echo it": agreeing takes what was said as its object
    # "who said the americans brokered it": a deed done to it, not the order of speakers
    rf"(?P<verb>{SPEECH}|\w+ing|echo(?:e[sd])?|repeat(?:s|ed)?|endorse[sd]?|second(?:s|ed)?|"
    # "who delivered it", "who chaired it": the statement or the meeting, a speaker's deed
    r"(?!(?:followed|preceded|joined|replaced|represented|introduced|invited|delivered|presented|"
    r"signed|co-signed|chaired|opened|closed|ended|started|attended)\b)\w{3,}ed(?=\s+it\b)|"
    # "Belarus has answered to this?", "did anyone respond to that": what is answered is the topic
    r"(?:respond|react|repl(?:y|ie)|answer|rebut|object)\w*(?=\s+to\s+(?:it|that|this)\b)|"
    rf"(?:do|does|did)(?=\s+(?:that|this)\s*[?.!]*\s*$))\s+(?:to\s+(?=(?:it|that|this)\b))?"
    rf"(?P<verb_object>it|that|this|them|him|her|so))"
    rf"{_OBJECT_END}",
    re.I)
# A verb reporting what was said ("who else said so", "who claimed that"), the subject-less deed
# a who-question asked about ("who brokered the release?"), and a yes/no question's subject and
# verb ("did the experts offer ...?"): what "so" or "that" stands for needs its doer
_SAYING = re.compile(r"say|said|says|claim(?:s|ed)?|state[ds]?|argue[ds]?|insist(?:s|ed)?", re.I)
_DONE_BY_WHOM = re.compile(r"^\s*(?:and\s+|so\s+)?who\s+\w+ed\b", re.I)
_DID_THEY = re.compile(r"^\s*(?:and\s+|so\s+)?(?:did|does|do)\s+", re.I)
_DOER = re.compile(rf"(?!.*\b{SPEECH}\b)[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}", re.I)
_NO_PHRASE = re.compile(r"\s[-–—:]\s|\b(?:what|which|who|whom|how|when|where|why)\b", re.I)
# "did france say something like that": anything about what the previous turn asked about
_LIKE_THAT = re.compile(r"\b(?:some|any)thing\s+(?:like|similar\s+to|along\s+the\s+lines\s+of)\s+"
                        r"(?P<pronoun>that|this|it)\b", re.I)
# "who else brought that vote up?", "did they mention the same issue?": a demonstrative noun
# phrase closing the question stands for the previous topic too, unless it names a speaker
# ("that country", "those NGOs"); so does "that kind of thing" ("that sort of pressure" is
# pressure), and a reflexive may close it ("imposed that kind of thing themselves").
_DEMONSTRATIVE = re.compile(
    # ("do they give the same date": dates compared, of the previous topic)
    r"\b(?P<object>(?:that|this|these|those|the\s+same(?!\s+(?:dates?|days?)\b))\s+"
    r"(?:(?:kind|sort|type)s?\s+of\s+(?=(?:thing|stuff)))?"
    r"(?!(?:countr|state|delegat|ngo|group|"
    r"organi[sz]|speaker|expert|person|people|man|woman|one|ones)\w*\b)"
    # "the date and session of this meeting": the meeting itself, not the topic before
    r"(?!(?:meeting|dialogue|session|debate|discussion|summary|council|hearing)s?\b)"
    r"(?!(?:with|to|for|from|about|on|in|at|by|of|as|than)\b)[a-z]+)"
    r"(?=(?:\s+(?:up|too|also|again|as well|themselves|itself|himself|herself|either))?\s*[?.!]*\s*$)",
    re.I)
# "the latter of those say", "which of these want": after a part of them, "those" is a pronoun
# (the speakers just named), not a determiner with a noun of the topic
_PARTITIVE_OF = re.compile(r"\b(?:first|second|third|last|former|latter|one|each|any|some|none|all|both|"
                           r"which|either|neither|many|most|few)\s+of\s+$", re.I)
# What a demonstrative may point at that is something said about the topic, not the topic itself
_CLAIM_NOUN = re.compile(r"(?<=\s)(?:findings?|conclusions?|claims?|accusations?|allegations?|assessments?|"
                         r"arguments?|recommendations?|demands?|criticisms?|charges?)$", re.I)
_ADDRESSEE = re.compile(r"(?:ask(?:ed|s|ing)?|tell|told|thank(?:ed|s|ing)?|urge[ds]?|urging|"
                        r"call(?:ed|s|ing)? (?:on|upon)|address(?:ed|es|ing)?|answer(?:ed|s|ing)?|"
                        r"question(?:ed|s|ing)?|put|pose[ds]?)", re.I)
# The frame a who-question's topic may start with ("initiated the ICC examination") and the
# States a capital in it stands for ("... Kyiv mentioned (Ukraine)"): not part of the subject.
_TOPIC_VERB = re.compile(rf"^(?:{SPEECH}|\w+ed)\s+(?:that\s+|about\s+)?(?=\S+\s+\S)", re.I)
_STATES_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# A topic that only names the kind of thing said ("what was their figure?", "its position"):
# a follow-up with it asks about the previous topic.
_GENERIC_TOPIC = re.compile(r"(?:(?:the|their|its|his|her|own|exact|main|overall)\s+)*(?:figure|number|"
                            r"estimate|count|total|position|view|stance|take|point|line|message|angle|"
                            r"perspective)s?", re.I)
# a figure compared across speakers, of the topic before ("did anybody give a different date")
_COMPARED_FIGURE = re.compile(r"\b(?:same|different|identical|other)\s+(?:dates?|figures?|numbers?|counts?|"
                              r"estimates?|totals?)\b|\bagree(?:s|d)?\s+on\s+the\s+(?:date|figure|number|count|"
                              r"estimate|total)\b", re.I)
# what is left of a figure compared across speakers ("give the same date", "agree on the date")
_COMPARED = re.compile(r"(?:(?:the|a|an|same|different|other|another|agrees?|agreed|on|with|exact|"
                       r"precise)\s*)*", re.I)
# "how many was that?", "how many are they in total": the count the previous answer gives
_HOW_MANY_THAT = re.compile(_LEAD + r"how\s+many\s+(?:was|is|are|were)\s+"
                            r"(?:that|those|they|them|there)(?:\s+(?:in\s+total|altogether|overall|in\s+all))?"
                            r"\s*[?.!]*\s*$", re.I)
# "the expert", "the NGO", "that org": one speaker of a kind, as a follow-up names it
_THE_KIND = re.compile(r"(?<!\bin )(?<!\bof )(?<!\bto )(?<!\bon )(?<!\bfrom )(?<!\bfor )(?<!\binto )"
                       r"(?<!\babout )(?<!\bacross )(?<!\bwithin )(?<!\boutside )(?<!\bagainst )"
                       # not after a preposition: "what is happening in the country" is Belarus
                       r"\b(?:the|that|this)\s+(?P<noun>expert|panell?ist|ngo|org|organi[sz]ation|country|state|"
                       r"delegation)\b"
                       # "the ngo one": the one of that kind
                       r"(?!['’]|\s+(?:of|on|in|for|that|who|which)\b)(?:\s+one\b(?!['’]))?", re.I)
# "tirana's number?", "and the EU's figure?": a speaker's figure or view, asked with no verb
_POSSESSIVE_ONLY = re.compile(r"^\s*(?:and\s+|what\s+about\s+)?(?:(?:about|on)\s+)?"
                              # (not a question of its own: "did ukraine ask experts some question?")
                              rf"(?!(?:{AUXILIARY}|who|what|which|how|when|where|why)\b)"
                              r"(?P<name>[^?']{2,60}?)(?:['’]s?)?\s+"
                              r"(?P<noun>(?:own\s+)?(?:figure|number|estimate|count|total|position|view|"
                              r"stance|take|line|questions?)(?:\s+(?:was|were|is))?)\s*[?.!]*\s*$", re.I)
_BEFORE_NOUN = re.compile(r"\s+(?!(?:about|on|to|for|with|from|at|in|of|by|if|whether|that|what|"
                          r"how|why|when|where|and|or|but|too|also|again|anything|something|then)\b)[^\W\d_]",
                          re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A joint statement's co-presenters, as answers name them ("OMCT, jointly with FIDH and Viasna:",
# `hrcqa.answer.composing.jointly`): they are named with a statement, not as speakers, so one
# that also spoke alone (IBAHRI) must not bring its own statement into "which of them".
_JOINTLY = re.compile(r"\bjointly with [^:\n]*")
_KIND_NOUNS = {"ngo": "NGOs", "group": "groups", "panel": "experts"}
_ONE_HOLDER = ("chair", "presenter", "role")  # meeting facts about an office, not among some speakers
# "by whom?" after "when was the association branded extremist?": the agent of that passive
_BY_WHOM = re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:by\s+whom|who\s+by|by\s+who)\s*[?.!]*\s*$", re.I)
_PASSIVE_QUESTION = re.compile(_LEAD + r"(?:when|why|how|where|in\s+what\s+year)\s+"
                               r"(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                               r"(?P<rest>[^?]+?)\s*[?.!]*\s*$", re.I)
# "the jab about attendance", "their point on sanctions": a speaker's remark on a topic
_REMARK_ABOUT = re.compile(rf"^(?:the|their|its|his|her)\s+{STATEMENT_NOUNS}\s+"
                           r"(?:on|about|regarding|concerning)\s+(?P<rest>.+)$", re.I)
# "were any of them from outside europe", "which of those are from Asia": the speakers just
# named, or the meeting's speakers just listed, from a region
_FROM_REGION = re.compile(_LEAD + r"(?:(?:were|was|are|is)\s+any|(?:which|who|how\s+many))\s+"
                          r"(?:ones?\s+)?(?:of\s+)?(?:them|those|these)\s+(?:(?:are|were|is|was|came|come)\s+)?"
                          r"(?P<where>(?:from|in|outside|beyond)\s+[^?]+?)\s*[?.!]*\s*$", re.I)
# "according to Czechia?", "and per the UK?", "what about according to OMCT?": the previous
# question, as that speaker answers it
_ACCORDING_ONLY = re.compile(_LEAD + r"(?:(?:what|how)\s+about\s+)?(?:according\s+to|per|in\s+the\s+view\s+"
                             r"of)\s+(?P<name>[^?,]{2,60}?)\s*[?.!]*\s*$", re.I)
# "which of them is the highest?" after figures: who gave the highest figure for that topic
_WHICH_EXTREME = re.compile(_LEAD + r"(?:(?:(?:which|who|what|whose(?:\s+(?:figure|number|estimate))?)"
                            r"(?:\s+(?:one\s+)?of\s+(?:them|those|these))?\s+(?:is|was|gave|has|had|'s)|"
                            # "and the highest?" after "who gave the lowest number"; "highest?" alone
                            r"(?:what|how)\s+about|and)\s+)?"
                            r"(?:the\s+)?(?P<which>highest|largest|biggest|lowest|smallest)"
                            r"(?:\s+(?:one|figure|number|estimate|count))?\s*[?.!]*\s*$", re.I)
# "did anyone give a higher number?" after a figure: who gave the highest (so a higher one, if any)
_COMPARATIVE = re.compile(_LEAD + r"(?:(?:did|has|have)\s+any(?:one|body)(?:\s+else)?\s+(?:give|gave|cite|"
                          r"report|mention)|(?:was|is)\s+there|(?:who|which\s+\w+)\s+(?:gave|cited|reported|had)|"
                          r"any(?:one|body)?)"
                          r"\s+(?:an?\s+)?(?:even\s+)?(?P<which>higher|larger|bigger|greater|lower|smaller)"
                          r"(?:\s+(?:one|figure|number|estimate|count|total))?(?:\s+than\s+(?:that|this|it))?"
                          r"\s*[?.!]*\s*$", re.I)
_SUPERLATIVE = {"higher": "highest", "larger": "highest", "bigger": "highest", "greater": "highest",
                "lower": "lowest", "smaller": "lowest", "largest": "highest", "biggest": "highest",
                "greatest": "highest", "smallest": "lowest"}
# "ngos give a number": a kind of speaker and what it did
_KIND_LEADS = re.compile(r"^(?P<noun>ngos|states|countries|groups|experts|delegations|governments|orgs|"
                         r"organi[sz]ations)\s+(?P<rest>(?!(?:only|please|too)\b)\w.*)$", re.I)
# "bialiatski - anyone besides them?", "bialiatski - who else": a new topic, the speakers just
# named left out
_TOPIC_ELSE = re.compile(r"^\s*(?P<topic>[^-–—:?]{2,60}?)\s*[-–—:]\s*(?:and\s+)?"
                         r"(?:any(?:one|body)|who|which\s+others?)(?:\s+else|\s+(?:besides|apart\s+from|other\s+than|"
                         r"except(?:\s+for)?)\s+(?:them|those|these|him|her|it))(?:\s+(?:mention(?:ed|s)?|raised?|"
                         r"brought\s+up|said|named)(?:\s+(?:it|him|her|them|that))?)?\s*[?.!]*\s*$", re.I)
# "NZ exact wording", "malta quote": the same, typed as keywords
_WORDING = re.compile(_LEAD + r"(?P<name>[^?]{2,40}?)(?:['’]s)?\s+(?:(?:(?:exact|precise|actual)\s+)?"
                      r"(?:wording|words|quote|quotation|verbatim)|exact(?:ly)?|precisely)\s*[?.!]*\s*$",
                      re.I)
# "what did germany say exactly" after a list that named Germany: what it said on that topic
_SAY_EXACTLY = re.compile(_LEAD + r"what\s+(?:did|does)\s+(?P<name>[^?]{2,60}?)\s+(?:say|said)"
                          r"(?:\s+(?:exactly|precisely|there|then|specifically))?\s*[?.!]*\s*$", re.I)
# "was that a question to the panel?": whether what the previous turn quoted was put to the experts
_THAT_A_QUESTION = re.compile(_LEAD + r"(?:was|is|were)\s+(?:that|this|it)\s+(?:also\s+|actually\s+)?"
                              r"(?:a\s+)?questions?\s+(?:to|for)\s+(?:the\s+)?"
                              r"(?:panel|experts?|group(?:\s+of\s+experts)?)\s*[?.!]*\s*$", re.I)
# "who did they deliver that with", "were any of those joint statements? which": whether the
# speakers just named spoke jointly, and with whom
_JOINT_AMONG = re.compile(_LEAD + r"(?:(?:who|with\s+whom)\s+did\s+(?:they|those|these|them)\s+"
                          r"(?:speak|present|deliver|give)(?:\s+(?:it|that|this|them|(?:the|their)\s+statements?))?"
                          r"(?:\s+(?:jointly|together))?(?:\s+with)?|(?:did|were|was|are|is)\s+any\s+of\s+"
                          r"(?:them|those|these)\s+(?:(?:a\s+)?joint(?:\s+statements?)?|(?:speak|spoke|present|"
                          r"presented|deliver|delivered)\s+(?:jointly|together))(?:\s+with\s+(?:other\s+|another\s+)?"
                          r"[\w.-]+)?(?:\s*[?.!]*\s*(?:which|who)(?:\s+ones?)?)?)\s*[?.!]*\s*$", re.I)
# how an answer that gives nothing opens: a follow-up carries no topic from it
_REFUSED = ("The summary does not say", "No:")
# "which of them is on the panel / part of the group of experts / from civil society"
_ON_THE = re.compile(r"^(?:on|from|in|among|amongst|of|part\s+of|(?:an?\s+)?members?\s+of|one\s+of)\s+"
                     r"(?:the\s+)?", re.I)
# "Did any State delegations endorse that finding?": the kind a yes/no question asks about
_ANY_OF_KIND = re.compile(r"^\s*(?:and\s+)?(?:did|do|does|have|has|had|were|was|are|is)\s+any\s+"
                          rf"(?:other\s+)?(?P<noun>{KIND_NOUN})(?![\w-])", re.I)


class FollowUp(BaseModel):
    """A question resolved against the conversation; `restrict_to` holds statement ids."""

    model_config = ConfigDict(frozen=True)

    question: str
    changed: bool = False
    restrict_to: list[str] = []
    exclude: list[str] = []  # "Who else ...?": the speakers the previous answer named
    note: str = ""
    confirms: bool = False  # "was Poland one of them?": the answer opens with yes or no
    # "which of them called for X?": a question of its own put to `restrict_to`, not the previous
    # one again ("which of them are NGOs?"), so the previous answer does not vouch for them
    asks_anew: bool = False


def resolve_followup(question: str, history: Sequence[Sequence[str]] | None, directory: SpeakerDirectory,
                     prepare: Callable[[str], str] = plain_question) -> FollowUp:
    """The full question a follow-up stands for; `prepare` reads each earlier turn's question as
    the question itself was read (by default, only into plain words).

    >>> resolve_followup("And Germany?", [("What did France say about detention?", "...")],
    ...                  directory).question
    'What did Germany say about detention?'
    """
    if not history:  # a pronoun may still lean on a lead-in: "OMCT - who did they speak with?"
        return _lead_in(question, directory) or _first_and(question, directory) or FollowUp(question=question)
    previous, topical = _resolved_turns(history, directory, prepare)
    before = _answers_before(history, len(history) - 1)
    return _of_an_earlier_list(question, history, directory, prepare) or \
        _extreme_of_those_named(question, history, directory, prepare) or \
        _ordinal_of_an_earlier_list(question, history, directory, prepare, previous, before) or \
        _resolve(question, previous, history[-1][1], directory, before, topical)


def _of_an_earlier_list(question: str, history: Sequence[Sequence[str]], directory: SpeakerDirectory,
                        prepare: Callable[[str], str]) -> FollowUp | None:
    """"which of the ones you listed are NGOs?" after a turn that named one speaker ("and Poland?
    did they mention unions"): of the nearest list among the three turns before, with its question."""
    if not _WHICH_OF.match(question) or len(speakers_named(history[-1][1], directory)) > 1:
        return None
    for back in range(len(history) - 2, max(len(history) - 4, -1), -1):
        if len(speakers_named(history[back][1], directory)) > 1:
            return _which_of_them(question, previous_question(history[:back + 1], directory, prepare),
                                  history[back][1], directory)
    return None


# "Which of the two cited the higher number?", "so who gives the bigger number of the two?": a
# comparison of the figures of speakers named before, as many as it counts
_OF_THE_FEW = re.compile(r"\b(?:of|among|between)\s+(?:the|those|these)\s+"
                         r"(?P<count>two|three|four|five|[2-5])\b|\b(?P<both>both)\b", re.I)
_COMPARING = re.compile(r"\b(?P<which>higher|highest|larger|largest|bigger|biggest|greater|greatest|lower|"
                        r"lowest|smaller|smallest)\b", re.I)


def _extreme_of_those_named(question: str, history: Sequence[Sequence[str]], directory: SpeakerDirectory,
                            prepare: Callable[[str], str]) -> FollowUp | None:
    """"Which of the two cited the higher number?" after two figure questions that named one
    speaker each: who of those gave the highest figure for the previous turn's topic. The speakers
    are those the answers named, nearest first, as many as the question counts ("both": two)."""
    few, comparing = _OF_THE_FEW.search(question), _COMPARING.search(question)
    if few is None or comparing is None:
        return None
    count = 2 if few.group("both") else int(words_to_digits(few.group("count")))
    named: list[str] = []
    for back in range(len(history) - 1, max(len(history) - 1 - count, -1), -1):
        named += [sid for sid in speakers_named(history[back][1], directory) if sid not in named]
        if len(named) >= count:
            break
    intent = read_intent(previous_question(history, directory, prepare), directory)
    if len(named) != count or intent.type != "figure" or not intent.topic:
        return None
    topic = _FIGURE_IN_TOPIC.sub("", _things(intent.topic)).strip(" ,") or intent.topic
    which = _SUPERLATIVE.get(comparing.group("which").lower(), comparing.group("which").lower())
    return FollowUp(question=f"Who gave the {which} figure for {topic}?",
                    changed=True, restrict_to=named, asks_anew=True,
                    note=f"restricted to the {count} speakers named in the previous answers")


def _first_and(question: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"And Moldova?" with no turn before it: what Moldova said (a topic, "and the death penalty?",
    is read as it is)."""
    match = _AND.match(question)
    name = _SAME_AGAIN.sub("", match.group("name")) if match else ""
    if not name or not _spoken_by(name, directory):
        return None
    return FollowUp(question=f"What did {name} say?", changed=True)


def _ordinal_of_an_earlier_list(question: str, history: Sequence[Sequence[str]], directory: SpeakerDirectory,
                                prepare: Callable[[str], str], previous: str, before: Sequence[str]
                                ) -> FollowUp | None:
    """"And the first - what figure did it quote?" after "What did the second one say?", which
    named one speaker: a walk through a list, so the first of the nearest list among the three
    turns before, as that list's question read it; the rest of the question then leans on the
    turn before. ("The latter: anything on drones?" after a question of its own is of that
    question's answer.)"""
    if _NEXT_ORDINAL.match(question):  # "and the second?": the previous question again (`_next_of_list`)
        return None
    pointers = [_first_pronoun(text) for text in (question, history[-1][0])]
    if not all(p and _ORDINAL_POINTER.fullmatch(p.group()) for p in pointers) or \
            len(speakers_named(history[-1][1], directory)) > 1:
        return None
    for back in range(len(history) - 2, max(len(history) - 4, -1), -1):
        if len(speakers_named(history[back][1], directory)) > 1:
            named = _pronoun(question, previous_question(history[:back + 1], directory, prepare),
                             history[back][1], directory)
            if not named:
                return None
            rest = _resolve(named.question, previous, history[-1][1], directory, before)
            return rest.model_copy(update={"changed": True}) if rest.changed else named
    return None


def _answers_before(history: Sequence[Sequence[str]], turn: int) -> list[str]:
    """The answers of the (at most three) turns before `turn`, nearest first."""
    return [history[i][1] for i in range(turn - 1, max(turn - 4, -1), -1)]


# every kind of speaker, after a question about one: "I meant any speaker, not just states",
# "what about all speakers?", "anyone, not only NGOs"
_ALL_SPEAKERS = re.compile(r"\s*(?:(?:no|nope|sorry)\s*[,.!]?\s*)?"
                           r"(?:i\s+meant\s+|what\s+about\s+|how\s+about\s+|and\s+|or\s+)?"
                           r"(?:(?:any|all|every|all\s+the)\s+(?:speakers?|participants?|delegations\s+and\s+"
                           r"ngos|kinds?\s+of\s+speakers?)|anyone|anybody|everyone|everybody)"
                           r"(?:\s*,?\s*(?:not\s+(?:just|only)|rather\s+than(?:\s+just)?)\s+(?:the\s+)?"
                           r"[\w-]+)?"
                           r"(?:\s+(?:too|as\s+well|at\s+all))?\s*[?.!]*\s*", re.I)
# a kind of speaker alone, plural: "ngos?", "the groups?"
_BARE_KIND = re.compile(r"\s*(?:the\s+)?(?P<noun>[a-z-]+s)\s*[?.!]*\s*", re.I)


def _resolve(question: str, previous: str, answer: str, directory: SpeakerDirectory,
             before: Sequence[str] = (), topical: str = "") -> FollowUp:
    """Resolve one turn against the previous turn's resolved question and its answer (and the
    answers `before` it, nearest first, for "and the second?" after "what did the first one
    say?"). `topical` is the last question before it that had a topic, when the previous one
    asked about the meeting ("who spoke after Moldova?" has none for "did they bring it up?")."""
    question = _else_spelled_out(question)
    # "ngos?" after "which states mentioned X?": the same question of them ("and the NGOs?")
    bare = _BARE_KIND.fullmatch(question)
    if bare and _kinds_of(bare.group("noun")) and (WHO_SUBJECT.match(_LEADING_AND.sub("", previous))
                                                   or trailing_who(previous)):
        question = f"and the {bare.group('noun')}?"
    widest = _ALL_SPEAKERS.fullmatch(question)
    subject = WHO_SUBJECT.match(_LEADING_AND.sub("", previous)) if widest else None
    if subject and _kinds_of(subject.group().split()[-1]):
        # "which states mentioned X?" - "no, I meant any speaker, not just states": every kind
        return FollowUp(question=f"Which speakers{_LEADING_AND.sub('', previous)[subject.end():]}",
                        changed=True)
    next_one = _next_of_list(question, previous, before, directory)
    if next_one:
        return next_one
    # "and regional groups?" after "how many State delegations spoke?": how many groups spoke
    other = other_kind(question, read_meeting(previous, directory))
    if other and other.question != question:
        return FollowUp(question=other.question, changed=True)
    according = _ACCORDING_ONLY.match(question)
    if according and _spoken_by(according.group("name"), directory) and \
            not _ACCORDING_ONLY.match(previous):
        # "How many political prisoners remain?" - "according to Czechia?": Czechia's answer to it
        asked = re.sub(r"\s*,?\s+(?:according\s+to|per)\s+[^?,]+?(?=\s*[?.!]*\s*$)|"
                       r"^\s*(?:according\s+to|per)\s+[^?,]+,\s*", "", previous.rstrip(" ?.!"), flags=re.I)
        asked = asked[:1].upper() + asked[1:] if asked[:1] != previous.lstrip()[:1] else asked
        return FollowUp(question=f"{asked} according to {according.group('name')}?", changed=True)
    listed = speakers_named(answer, directory) if _HOW_MANY_BARE.match(question) else []
    if len(listed) > 1 and (WHO_SUBJECT.match(re.sub(r"^\s*(?:and|so)\s+", "", previous, flags=re.I))
                            or trailing_who(previous)):
        # "who called for X?" - "how many?": how many of them, which the answer counts
        return FollowUp(question=previous, changed=True, restrict_to=listed,
                        note="the count is the previous answer's")
    if _HOW_MANY_THAT.match(question):  # the previous answer counts what it lists, among those it names
        return FollowUp(question=previous, changed=True, restrict_to=speakers_named(answer, directory),
                        note="the count is the previous answer's")
    listed = _which_were_they(question, previous, answer, directory)  # before "them" is read as a topic
    if listed:
        return listed
    question, anaphor = _topic_anaphora(question, topical or previous, directory, answer)
    bare = _capitalise(_LEADING_AND.sub("", question))
    # "who else ...?" after a turn the summary could not answer: else than the speakers named before it
    named_before = answer if not answer.startswith(_REFUSED) else next(
        (b for b in before if not b.startswith(_REFUSED)), answer)
    for rule, text in ((_corrected, question), (_that_state, question), (_by_whom, question),
                       (_of_the_document, question),
                       (_asked_of_expert, question),
                       (_topic_else, question),
                       (_which_extreme, question),
                       (_from_region, question),
                       (_that_a_question, question),
                       (_joint_among, question),
                       (_which_of_them, question), (_which_did, question), (_one_of_those, question),
                       (_that_group, question),
                       (_compared_with_previous, question), (_ordered_with_previous, question),
                       (_figure_of_speaker, question),
                       (_of_that_figure, question),
                       (_since_when, question),
                       (_possessive, question),
                       (_name_about, question),
                       (_and_speaker, question), (_said_exactly, question), (_the_one_of_kind, question),
                       (_pronoun, bare), (_else, question)):
        pointer = _first_pronoun(text) if rule is _pronoun else None
        # "where did he die?" after a turn the summary could not answer: a person named before it
        personal = pointer is not None and pointer.group().lower() in _PERSONAL
        resolved = _the_one_of_kind(text, previous, answer, directory, before) if rule is _the_one_of_kind \
            else rule(text, previous, named_before if rule is _else or personal else answer, directory)
        if resolved and rule is _pronoun and _ELSE.match(resolved.question):
            # "who else called for his release": his is Maxim Znak, and those named are left out
            return _else(resolved.question, previous, answer, directory) or resolved
        if resolved and rule is _pronoun:  # "what did it ask her?": "it" first, then "her"
            resolved = _asked_of_expert(resolved.question, previous, answer, directory) or resolved
        if resolved and rule is _pronoun and not answer.startswith(_REFUSED):
            return _counted(_with_topic(resolved, previous, directory), previous, directory)
        if resolved:
            return resolved
    resolved = _counted(FollowUp(question=question, changed=anaphor), previous, directory)
    # "what number did the experts give?": a figure asked with no topic of its own is of the previous one
    if not answer.startswith(_REFUSED) and figure_kind(question):
        carried = _with_topic(resolved, previous, directory)
        resolved = carried.model_copy(update={"changed": True}) if carried != resolved else resolved
    elif not resolved.changed and not answer.startswith(_REFUSED):
        resolved = _short_wh(resolved, previous, directory) or resolved
    return resolved


# "which votes?", "whats the penalty", "under which instrument?", "and which body took the decision?":
# a question word with a word or two, which asks about the thing the previous turn was on
_SHORT_WH = re.compile(r"^\s*(?:and\s+|so\s+|then\s+)?(?:(?:under|in|on|by|from|for|at|to|with)\s+)?"
                       r"(?P<wh>which|what|when|where|why|how)\b(?P<rest>[^?]*)[?.!]*\s*$", re.I)


def _short_wh_question(question: str) -> re.Match[str] | None:
    """`_SHORT_WH`, when the rest of the question holds at most two content words ("when",
    "which votes?"): a question that leans on the turn before it (`is_elliptical`)."""
    match = _SHORT_WH.match(question)
    return match if match and len(tokenize(match.group("rest"))) <= 2 else None


def _short_wh(resolved: FollowUp, previous: str, directory: SpeakerDirectory) -> FollowUp | None:
    """A which- or what-question of at most two content words that names no speaker, no kind
    of speaker and nothing of the meeting, about the previous question's topic: "which body took
    the decision?" after "when was the lawyers' association labelled extremist?"."""
    match = _short_wh_question(resolved.question)
    if not match or match.group("wh").lower() not in ("which", "what") \
            or mentions(resolved.question, directory) or subject_kinds(resolved.question) \
            or read_meeting(resolved.question, directory):
        return None
    topic = _TOPIC_VERB.sub("", _STATES_NOTE.sub("", read_intent(previous, directory).topic)).strip(" ?.!")
    if not topic or len(tokenize(topic)) < 2:
        return None
    return resolved.model_copy(update={"question": f"{resolved.question.rstrip(' ?.!')}, on {topic}?",
                                       "changed": True})


# "and the second?", "what about the last one": another of the speakers a list answer named
_NEXT_ORDINAL = re.compile(r"^\s*(?:and|what\s+about|how\s+about)\s+the\s+(?P<ord>first|second|third|last|"
                           r"others?(?:\s+(?:two|three|ones))?|rest)"
                           r"(?:\s+one|\s+of\s+(?:them|those|these))?"
                           # "and the second, on the deportations?": that speaker, on another topic
                           r"(?:\s*,?\s+(?:on|about|regarding|concerning)\s+(?P<topic>[^?]+?))?\s*[?.!]*\s*$",
                           re.I)


def _next_of_list(question: str, previous: str, before: Sequence[str],
                  directory: SpeakerDirectory) -> FollowUp | None:
    """"And the second?" after "What did the first one say?" (itself after a list): the previous
    question, asked of the second speaker of that list (the nearest answer before the previous
    one that names several)."""
    match = _NEXT_ORDINAL.match(question)
    lists = (speakers_named(text, directory) for text in before) if match else iter(())
    listed = next((named for named in lists if len(named) > 1), [])
    span = _speaker_span(previous, directory) if len(listed) > 1 else None  # asked of one of them
    others = bool(match) and match.group("ord").lower().startswith(("other", "rest"))
    position = 0 if others or not match else _ORDINAL_ONE[match.group("ord").lower()]
    if span is None or not -len(listed) <= position < len(listed):
        return None
    asked = {r.statement_id for m in mentions(previous, directory) if (m.start, m.end) == span
             for r in m.resolutions}
    kinds = {directory.statements[sid].kind for sid in asked}
    # "and the other two?": the speakers of the list, of the kind asked about, it did not ask about
    chosen = [sid for sid in listed if sid not in asked
              and (not kinds or directory.statements[sid].kind in kinds)] if others else [listed[position]]
    if not chosen:
        return None
    name = " and ".join(directory.statements[sid].speaker for sid in chosen)
    question = previous[:_with_article(previous, span)] + name + previous[span[1]:]
    old_topic = read_intent(previous, directory).topic
    if match.group("topic") and old_topic and old_topic in question:
        question = question.replace(old_topic, match.group("topic"))
    return FollowUp(question=question, changed=True)


def _counted(resolved: FollowUp, previous: str, directory: SpeakerDirectory) -> FollowUp:
    """"How many did it say are held?" after a turn about political prisoners counts political
    prisoners: a "how many" with no noun of its own counts the previous topic, if that names
    things to count (a plural noun; not "Nasta Loika")."""
    elided = _HOW_MANY_WHAT.match(resolved.question)
    topic = _things(read_intent(previous, directory).topic) if elided else ""
    topic = re.sub(r"^(?:the|a|an)\s+", "", _TOPIC_VERB.sub("", topic), flags=re.I).strip(" ?.!")
    # the things counted, not what the previous turn said of them: "political prisoners"; but
    # "how many, according to the expert?" has no verb of its own: the whole previous topic
    if elided and elided.group("bare") is None:
        topic = re.split(r"\s+(?:are|is|were|was|have|has|had|remain(?:s|ed)?|still|did|do|does|who|that|"
                         r"which|being|been|get|got)\b", topic, maxsplit=1, flags=re.I)[0]
    if not any(is_plural(word) for word in topic.split()):
        return resolved
    question = f"{resolved.question[:elided.end()]} {topic}{resolved.question[elided.end():]}"
    return resolved.model_copy(update={"question": question, "changed": True})


def _things(topic: str) -> str:
    """A previous topic without what only names its kind of answer or count: "figure about how
    many political prisoners are held" is "political prisoners are held"."""
    topic = _STATES_NOTE.sub("", topic)
    # "figure about ...", "NGOs give a number for ...": what comes after the kind of answer
    topic = re.sub(rf"^(?:[\w'’-]+\s+){{0,4}}?(?:an?\s+|any\s+)?(?:{_GENERIC_TOPIC.pattern})\s+"
                   r"(?:(?:about|for|of|on)\s+)?", "", topic, flags=re.I)
    return re.sub(r"^how\s+many\s+", "", topic, flags=re.I)


# A figure the previous topic gave ("at roughly 1,100"): asked for again, it is no part of the topic
_FIGURE_IN_TOPIC = re.compile(r"\s*\b(?:(?:at|of|as|around|about|roughly|approximately|some|over|more\s+than|"
                              r"at\s+least|nearly|almost|exactly)\s+)*\d[\d,.]*\b", re.I)


def _with_topic(resolved: FollowUp, previous: str, directory: SpeakerDirectory) -> FollowUp:
    """"What did they recommend?" after "Who spoke about the UPR?" asks what they recommended
    about the UPR: a question about a speaker that names no topic of its own keeps the previous
    one (not a question to the panel: "what did it ask?" asks for all its questions; nor after a
    refusal: "what did it say then?" asks what it said instead; nor one about what the speaker
    did itself)."""
    intent = read_intent(resolved.question, directory)
    topic = _STATES_NOTE.sub("", read_intent(previous, directory).topic)
    topic = _TOPIC_VERB.sub("", topic).strip(" ?.!")
    # "their figure", "the same (date)", "agree on the (date)": no topic of its own
    generic = _GENERIC_TOPIC.fullmatch(intent.topic) or _COMPARED.fullmatch(intent.topic)
    own = intent.topic if not generic else ""
    if intent.type not in ("speaker", "figure") or own or not topic:
        return resolved
    if intent.deeds:  # "did it also report measures of its own?": whatever it did, not about X
        return resolved
    if read_meeting(previous, directory):  # "whose the partner group" asked about the meeting: no topic
        return resolved
    if re.search(r"\bwhat\s+else\b", resolved.question, re.I):  # "what else did they want": not that
        return resolved
    about = "for" if intent.type == "figure" else "about"  # "What was Poland's figure for X?"
    if intent.type == "figure":  # "put the number still held at 1,100" - "what figure did Prague give?"
        topic = _FIGURE_IN_TOPIC.sub("", _things(topic)).strip(" ,") or topic
    question = f"{resolved.question.rstrip(' ?.!')} {about} {topic}?"
    return resolved.model_copy(update={"question": question})


# a topic put first, then asked about with a pronoun: "and LGBTQ+ persons - who mentioned them?"
_OWN_TOPIC_FIRST = re.compile(r"^\s*(?:and\s+|so\s+|now\s+)?(?!(?:what|which|who|how|did|does|do)\b)"
                              # not a pointer itself: "the first one - what did it ask?", "that NGO - ..."
                              r"(?![^?]*?\b(?:one|ones|it|they|them|those|these|that|this|former|latter|he|she|"
                              r"other|another|same|previous|first|second|third|last|next)"
                              r"\b[^?]*?\s[-–—:]\s)"
                              r"[^?\s][^?]{1,60}?\s[-–—:]\s+(?:who|which|what|did|does|do|any)\b", re.I)


def _topic_anaphora(question: str, previous: str, directory: SpeakerDirectory,
                    answer: str = "") -> tuple[str, bool]:
    """The question with each pronoun that stands for the previous turn's topic replaced by that
    topic, and whether any was: "who called for abolishing it?" after "Did the ICJ mention the
    death penalty?" is "who called for abolishing the death penalty?". A who-question's topic
    loses its verb ("who initiated the ICC examination" gives "the ICC examination").

    >>> _topic_anaphora("which of them asked the experts about it",
    ...                 "who initiated the ICC examination", directory)
    ('which of them asked the experts about the ICC examination', True)
    """
    if _OWN_TOPIC_FIRST.match(question):  # "and LGBTQ+ persons - who mentioned them?": its own topic
        return question, False
    question = _LIKE_THAT.sub(r"anything about \g<pronoun>", question)
    # ("who answered her?" asks who replied to a speaker; "who answered to that?", to what was said)
    found = [m for m in _TOPIC_ANAPHOR.finditer(question)
             if not (m.group("verb") and _ADDRESSEE.fullmatch(m.group("verb"))
                     and not re.match(r"\s+to\s", question[m.end("verb"):]))]
    found += [m for m in _DEMONSTRATIVE.finditer(question)
              if all(m.end() <= f.start() or m.start() >= f.end() for f in found)
              and not _PARTITIVE_OF.search(question, 0, m.start())]
    found.sort(key=lambda m: m.start())
    if not found:
        return question, False
    framed = _STATES_NOTE.sub("", read_intent(previous, directory).topic).strip(" ?.!")
    topic = _TOPIC_VERB.sub("", framed).strip(" ?.!")
    if not topic:
        return question, False
    for match in reversed(found):
        group = "object" if match.groupdict().get("object") else "verb_object"
        start, end = match.span(group)
        word = match.group(group).lower()
        # "her": Nasta Loika, not her sentence; named in the topic or else in the answer's quotes
        person = (person_in(topic) or quoted_person(answer, directory)) if word in _PERSONAL else None
        # "who else said so" after "who brokered the release?": said that someone brokered it
        replacement = (framed if framed != topic else f"that {topic}") if word == "so" else person or topic
        said = word in ("so", "that") and _SAYING.fullmatch(match.groupdict().get("verb") or "")
        did = _DID_THEY.match(previous) if said else None
        at = previous.find(topic, did.end()) if did else -1
        if said and _DONE_BY_WHOM.match(previous) and _is_verb(framed.split()[0]):
            replacement = f"that someone {framed}"
        elif did and at > did.end() and _DOER.fullmatch(previous[did.end():at].strip()):
            # "who said that?" after "did the experts offer to help?": that the experts would (not
            # after "did Ukraine say anything about X?": that is X)
            replacement = f"that {previous[did.end():at].strip()} would {topic}"
        claim = _CLAIM_NOUN.search(word)
        if claim:  # "did any State endorse that finding?": the finding on it, not it
            clause = re.search(rf"\b(?:{AUXILIARY}|should|must)\b", topic, re.I)  # "the experts are biased"
            replacement = f"the {claim.group()} {'that' if clause else 'on'} {topic}"
        # "did they bring it up too": "bring up the death penalty too", the particle before the phrase
        particle = re.match(r"\s+(?:up|out|forward)\b", question[end:])
        if particle and replacement != match.group(group):
            rest = question[end + particle.end():]
            question = f"{question[:start]}{particle.group().strip()} {replacement}{rest}"
        else:
            question = question[:start] + replacement + question[end:]
    return question, True


def _which_were_they(question: str, previous: str, _answer: str, _directory: SpeakerDirectory
                     ) -> FollowUp | None:
    """"What were they?" after "how many groups spoke?": which groups spoke.

    >>> _which_were_they("what were they?", "and how many groups spoke?", "", directory).question
    'Which groups spoke?'
    >>> _which_were_they("what were they?", "and how many groups?", "", directory).question
    'Which groups took the floor?'
    """
    count = _HOW_MANY.match(previous) if _WHICH_WERE_THEY.match(question) else None
    if not count:
        return None
    rest = previous[count.end():].strip(" ?.!")
    if _kinds_of(rest):  # "and how many groups?": a count of the speakers of that kind
        rest = f"{rest} took the floor"
    return FollowUp(question=f"Which {rest}?", changed=True)


def _else(question: str, previous: str, answer: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"Who else mentioned X?": the question as asked, without the speakers the previous answer
    named."""
    asks_else = _ELSE.match(question) or _BARE_ELSE.match(question)
    named = speakers_named(answer, directory) if asks_else else []
    if not named:
        return None
    # (a bare "and the other two?" only: "what did the other experts say?" asks what they said)
    other = re.search(r"\bthe\s+other(?:s\b|\s+(?P<noun>\w+))", question, re.I) \
        if _BARE_ELSE.match(question) else None
    if other and read_meeting(previous, directory):
        # "who chaired the group?" - "and the other two?": the others of that kind who took the floor
        # (of the kind of the one the answer names first: "Ms. Karinna Moskalenko chaired the
        # Group of Independent Experts on Belarus" names Belarus too)
        noun = other.group("noun") or ""
        kinds = _kinds_of(noun) or ([directory.statements[named[0]].kind]
                                    if named[0] in directory.statements else [])
        if not kinds or (noun and not _kinds_of(noun) and not _NUMBER_WORD.fullmatch(noun)):
            return None
        return FollowUp(question=f"Which other {_plural_of(noun, kinds)} took the floor?", changed=True,
                        exclude=named, note=_among(named, "leaving out"))
    if _BARE_ELSE.match(question):  # "who else?", "anyone else?": the previous question again
        topic = _TOPIC_VERB.sub("", _STATES_NOTE.sub("", read_intent(previous, directory).topic))
        topic = topic.strip(" ?.!")
        other = re.search(r"\bother\s+(?P<noun>\w+)", question, re.I)
        kinds = _kinds_of(other.group("noun")) if other else []
        same = {directory.statements[sid].kind for sid in named if sid in directory.statements}
        if other and not kinds and _NUMBER_WORD.fullmatch(other.group("noun")) and len(same) == 1:
            kinds = list(same)  # "and the other two?" after one expert: the other experts
        who = f"Which other {_plural_of(other.group('noun'), kinds)}" if other and kinds else "Who else"
        if topic:  # "any other countries?": which other countries, of the speakers not named
            return FollowUp(question=f"{who} mentioned {topic}?", changed=True, exclude=named,
                            note=_among(named, "leaving out"))
    anaphor = _ANAPHOR.search(question) or _BARE_AUXILIARY.search(question)
    # "who else gave a number?": a number for what the previous turn asked about
    generic = not anaphor and bool(_GENERIC_TOPIC.fullmatch(
        re.sub(r"^(?:an?|any|some)\s+", "", read_intent(question, directory).topic, flags=re.I)))
    topic = _STATES_NOTE.sub("", read_intent(previous, directory).topic) if anaphor or generic else ""
    if anaphor and topic:
        bare = anaphor.re is _BARE_AUXILIARY  # "who else did?": did what the previous turn asked about
        question = question[:anaphor.start()] + (f" mentioned {topic}?" if bare else topic)
    elif generic and topic:
        question = f"{question.rstrip(' ?.!')} for {topic}?"
    return FollowUp(question=question, changed=bool((anaphor or generic) and topic), exclude=named,
                    note=_among(named, "leaving out"))


# "any other country say the sick ones should go first", "anyone else mention it": chat that drops
# the "did" of "did any other country say ...?"
_DID_DROPPED = re.compile(rf"^\s*(?:and\s+|so\s+)?(?P<who>any(?:one|body)\s+else|any\s+other\s+[\w-]+)\s+"
                          rf"(?P<verb>{SPEECH})\b", re.I)


def _else_spelled_out(question: str) -> str:
    """A who-else question typed as keywords or in a learner's word order, in the form the
    follow-up rules read ("who else ...", "which other States ...").

    >>> _else_spelled_out("anyone else moratorium"), _else_spelled_out("anyone else gave a figure?")
    ('Who else mentioned moratorium?', 'anyone else gave a figure?')
    >>> _else_spelled_out("Other speakers have spoken of the journalists?")
    'Which other speakers have spoken of the journalists?'
    >>> _else_spelled_out("other have given number of NGO closed?"), _else_spelled_out("Who else did?")
    ('Who else have given number of NGO closed?', 'Who else did?')
    >>> _else_spelled_out("any other country say the sick ones should go first")
    'Did any other country say the sick ones should go first'
    >>> _else_spelled_out("who else besides Malta?")  # not a topic: as typed
    'who else besides Malta?'
    """
    dropped = _DID_DROPPED.match(question)
    verb = dropped.group("verb").split()[0].lower() if dropped else ""
    if dropped and verb_lemma(verb) == verb:  # a bare verb: "anyone else gave ..." reads as typed
        return f"Did {question[dropped.start('who'):].strip()}"  # "any other country say ...": did any
    keywords = _ELSE_KEYWORDS.match(question)
    if keywords and not re.match(rf"(?:{SPEECH}|\w+ed|\w+ing|made|took|put)\b", keywords.group("rest"), re.I):
        return f"Who else mentioned {keywords.group('rest')}?"  # a verb is read as typed
    other = _OTHER_FIRST.match(question)
    if other:
        rest = re.sub(r"^also\s+", "", other.group("rest"), flags=re.I)
        noun = other.group("noun")
        return f"Which other {noun}{rest}?" if noun else f"Who else {rest}?"
    return question


def cap_history(history: Sequence[Sequence[str]] | None, max_turns: int, max_chars: int
                ) -> tuple[list[tuple[str, ...]], str]:
    """The most recent turns that fit the limits, each item cut to `max_chars`, and a note
    saying what was dropped ("" if nothing). Never raises: a long chat just loses its oldest
    turns. Turns are (question, answer) or (question, answer, resolved question).

    >>> cap_history([("Q1", "A1"), ("Q2", "A2"), ("Q3", "A3")], max_turns=2, max_chars=100)
    ([('Q2', 'A2'), ('Q3', 'A3')], 'history: kept the last 2 of 3 turns')
    """
    turns = [tuple(str(item)[:max_chars] for item in turn[:3]) for turn in history or []
             if isinstance(turn, list | tuple) and len(turn) >= 2]  # anything else is not a turn
    kept: list[tuple[str, ...]] = []
    used = 0
    for turn in reversed(turns[len(turns) - max_turns:] if max_turns else []):
        used += sum(len(item) for item in turn)
        if used > max_chars and kept:
            break
        kept.insert(0, turn)
    dropped = len(turns) - len(kept)
    note = f"history: kept the last {len(kept)} of {len(turns)} turns" if dropped else ""
    return kept, note


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def previous_question(history: Sequence[Sequence[str]], directory: SpeakerDirectory,
                      prepare: Callable[[str], str] = plain_question) -> str:
    """The last question of the history, itself resolved against the turns before it.

    A turn may carry its resolved question as a third item (`Answer.resolved_question`, which
    the app sends back): then nothing before it is read. Otherwise each turn is resolved once,
    from the last self-contained one onwards (a question that no follow-up pattern matches
    needs nothing before it), so the cost grows at most linearly with the history.
    """
    return _resolved_turns(history, directory, prepare)[0]


def _resolved_turns(history: Sequence[Sequence[str]], directory: SpeakerDirectory,
                    prepare: Callable[[str], str]) -> tuple[str, str]:
    """The last question of the history, resolved (`previous_question`), and the last resolved
    question before or at it that is not about the meeting itself ("" if that is the last one,
    or if there is none): what a topic pronoun after a meeting question stands for."""
    questions = [prepare(turn[0]) for turn in history]  # "ok, and Norway?" as read
    start, resolved = 0, questions[0]
    topical = ""
    for i, turn in enumerate(history):
        if len(turn) > 2 and turn[2]:
            start, resolved = i, turn[2]
        elif not is_elliptical(questions[i]):
            start, resolved = i, questions[i]
        else:
            continue
        topical = topical if _of_the_meeting(resolved, directory) else resolved
    for number in range(start + 1, len(history)):
        resolved = _resolve_once(questions[number], resolved, history[number - 1][1], directory,
                                 tuple(_answers_before(history, number - 1)), topical).question
        topical = topical if _of_the_meeting(resolved, directory) else resolved
    return resolved, "" if topical == resolved else topical


@functools.lru_cache(maxsize=512)
def _of_the_meeting(question: str, directory: SpeakerDirectory) -> bool:
    """Whether a resolved question asks about the meeting itself, remembered as `_resolve_once` is."""
    return read_meeting(question, directory) is not None


@functools.lru_cache(maxsize=512)
def _resolve_once(question: str, previous: str, answer: str, directory: SpeakerDirectory,
                  before: tuple[str, ...], topical: str = "") -> FollowUp:
    """`_resolve`, remembered: a chat sends its earlier turns again with every request, so each
    is read once per process (at most 512 turns kept; the history cap bounds each one's size)."""
    return _resolve(question, previous, answer, directory, before, topical)


def is_elliptical(question: str) -> bool:
    """Whether a question may lean on the turn before it ("And Germany?", "What did it ask?",
    "Which of them are NGOs?"); a question that is not stands on its own.

    >>> is_elliptical("And Germany?"), is_elliptical("What did France say about torture?")
    (True, False)
    """
    question = _else_spelled_out(question)
    bare = _LEADING_AND.sub("", question)
    return bool(_AND.match(question) or _DID_TOO.match(question) or _WHICH_OF.match(question)
                or _WHICH_OF_DID.match(question) or _PRONOUN.search(bare)
                or _POSSESSIVE_ONLY.match(question) or _HOW_MANY_THAT.match(question)
                or _HOW_MANY_BARE.match(question) or _ACCORDING_ONLY.match(question)
                or _THE_KIND.search(question)
                or bare != question or _ELSE.match(question) or _TOPIC_ANAPHOR.search(question)
                or _DEMONSTRATIVE.search(question) or _BY_WHOM.match(question)
                or _THAT_A_QUESTION.match(question) or _JOINT_AMONG.match(question)
                or _WHICH_EXTREME.match(question) or _COMPARATIVE.match(question)
                or _TOPIC_ELSE.match(question) or _SAY_EXACTLY.match(question) or _BARE_NAME.match(question)
                or _WORDING.match(question) or _FIGURE_PER.fullmatch(question)
                or _NAME_COMPARED.fullmatch(question) or _THAT_ORDERED.fullmatch(question)
                or _BARE_SINCE.fullmatch(question)
                or _CORRECTION.match(question) or _ONE_OF_THOSE.match(question)
                or _THAT_GROUP.search(question) or _COMPARED_FIGURE.search(question)
                or _short_wh_question(question))


def _speaker_span(question: str, directory: SpeakerDirectory) -> tuple[int, int] | None:
    meeting = read_meeting(question, directory)  # "Who spoke after France?" names France
    if meeting and meeting.speakers and meeting.speakers[0].name in question:
        start = question.index(meeting.speakers[0].name)
        return start, start + len(meeting.speakers[0].name)
    return next(((m.start, m.end) for m in mentions(question, directory) if m.speaking), None)


# "who did the law society speak with", "which States did Poland name": the name is the subject
_WHO_OBJECT = re.compile(_LEAD + r"(?:who|whom|with\s+whom|(?:which|what)\s+\w+)\s+"
                         r"(?:did|does|do|has|have|had)\s+(?!any)", re.I)


# what joins two names of one list: "France, Germany and the UK", "A & B"
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?", re.I)


def _speakers_span(question: str, directory: SpeakerDirectory) -> tuple[int, int] | None:
    """The span of the speaker a question names, stretched over the names listed with it ("What
    did France, Germany and the UK say ...": "France, Germany and the UK"), so that another
    speaker can take the place of them all.

    >>> _speakers_span("What did France and the UK say?", directory)
    (9, 26)
    """
    span = _speaker_span(question, directory)
    if span is None:
        return None
    end = span[1]
    for mention in (m for m in mentions(question, directory) if m.speaking and m.start >= end):
        if not _LIST_JOINER.fullmatch(question[end:mention.start]):
            break
        end = mention.end
    return span[0], end


def _asked_about(previous: str, directory: SpeakerDirectory) -> tuple[int, int] | None:
    """The span of the speaker the previous question was about: its name, unless it asked who
    said something ("which States said Belarus ..."), but for a name that is the subject of a
    question about an object ("who did the law society speak with"), or for the statement whose
    co-presenters it asked for ("which organisations joined the Law Society statement?": what
    they said is what that joint statement says)."""
    plain = _LEADING_AND.sub("", previous)  # "and who spoke after X" asks who as well
    if WHO_SUBJECT.match(plain) and not _WHO_OBJECT.match(plain):
        meeting = read_meeting(previous, directory)
        if not (meeting and meeting.asks == "joint" and len(meeting.speakers) == 1):
            return None
    return _speaker_span(previous, directory)


def _with_article(question: str, span: tuple[int, int]) -> int:
    """Where a speaker's name starts, with its "the" ("the Germans")."""
    return span[0] - 4 if question[max(0, span[0] - 4):span[0]].lower() == "the " else span[0]


def _spoken_by(name: str, directory: SpeakerDirectory) -> list[str]:
    """The statement ids a name stands for as a speaker, a leading "the" aside ("the EU"); [] if
    it names none."""
    return [r.statement_id for r in directory.lookup(re.sub(r"^the\s+", "", name, flags=re.I))]


def _is_speaker(name: str, directory: SpeakerDirectory) -> bool:
    """Whether "and X?" names a speaker: one of the directory, or a capitalised name that is a
    State or that no statement mentions ("and Estonia?", "and Amnesty?": they did not speak), or
    a State typed in lower case ("and hungary?": in a dialogue of States, the State); a person
    the statements name is a topic ("and Nasta Loika?")."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    if directory.lookup(bare):
        return True
    if bare.islower() and country_named(bare) is not None:
        return True
    return bool(re.match(r"^[A-Z]", bare)) and (
        country_named(bare) is not None or not any(bare in s.text for s in directory.statements.values()))


def _possessive(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                ) -> FollowUp | None:
    """"tirana's number?" after a figure question: that speaker's figure for the previous topic
    ("What was tirana's number for political prisoners?"); only when the name is a speaker's."""
    match = _POSSESSIVE_ONLY.match(question)
    # the name ends where a speaker's name does ("the swiss had a bigger release figure?" is no
    # possessive of the Swiss)
    name = match.group("name").rstrip() if match else ""
    name = re.sub(r"\s+(?:delegation|government|authorities|statement|side|representatives?)$", "", name,
                  flags=re.I)  # "the German delegation's figure": the Germans'
    if not match or not any((m.speaking or m.resolutions) and m.end == len(name)
                            for m in mentions(name, directory)):
        return None
    noun = re.sub(r"\s+(?:was|were|is)$", "", match.group("noun"), flags=re.I)
    if noun.lower().startswith("question"):  # "and omct's q was?": what it asked the experts
        return FollowUp(question=f"What did {match.group('name')} ask the experts?", changed=True)
    owner = match.group("name") + ("'s" if re.search(r"['’]", question[match.end("name"):match.start("noun")])
                                   else "")  # "tirana's number", "the czech figure"
    resolved = FollowUp(question=f"What was {owner} {noun}?", changed=True)
    return _with_topic(resolved, previous, directory)


def _by_whom(question: str, previous: str, _answer: str, _directory: SpeakerDirectory
             ) -> FollowUp | None:
    """"by whom?" after a passive question ("when was the association branded extremist?"):
    the same question of its agent ("By whom was the association branded extremist?")."""
    passive = _PASSIVE_QUESTION.match(previous) if _BY_WHOM.match(question) else None
    if passive is None:
        return None
    return FollowUp(question=f"By whom {passive.group('aux').lower()} {passive.group('rest')}?", changed=True)


def _among(named: list[str], how: str) -> str:
    """The note on a follow-up about the previous answer's speakers: "restricted to the 3
    speakers named in the previous answer"."""
    return f"{how} the {len(named)} {noun_for('speakers', len(named))} named in the previous answer"


def _topic_else(question: str, _previous: str, answer: str, directory: SpeakerDirectory
                ) -> FollowUp | None:
    """"bialiatski - anyone besides them": who else mentioned that topic, leaving out the
    speakers the previous answer named."""
    match = _TOPIC_ELSE.match(question)
    named = speakers_named(answer, directory) if match else []
    if not named:
        return None
    return FollowUp(question=f"Who else mentioned {match.group('topic')}?", changed=True, exclude=named,
                    note=_among(named, "leaving out"))


def _said_exactly(question: str, previous: str, answer: str, directory: SpeakerDirectory
                  ) -> FollowUp | None:
    """"what did germany say exactly" after a who-question whose answer named Germany: what it
    said on that question's topic."""
    match = _SAY_EXACTLY.match(question) or _WORDING.match(question)
    if not match or not (WHO_SUBJECT.match(previous) or trailing_who(previous)):
        return None
    own = _spoken_by(match.group("name"), directory)
    before = read_intent(previous, directory)
    topic = _STATES_NOTE.sub("", before.topic)
    if not own or own[0] not in speakers_named(answer, directory) or not topic:
        return None
    if before.type == "figure":  # "who gave the highest number?" - "czechia exact": its own figure
        topic = _FIGURE_IN_TOPIC.sub("", _things(topic)).strip(" ,") or topic
        return FollowUp(question=f"What exact figure did {match.group('name')} give for {topic}?",
                        changed=True)
    return FollowUp(question=f"What did {match.group('name')} say about {topic}?", changed=True)


def _which_extreme(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                   ) -> FollowUp | None:
    """"which of them is the highest?" after a figure question: who gave the highest (or
    lowest) figure for its topic; "did anyone give a higher number?" too, as the highest is
    higher if any is."""
    match = _WHICH_EXTREME.match(question) or _COMPARATIVE.match(question)
    intent = read_intent(previous, directory) if match else None
    if intent is None or intent.type != "figure" or not intent.topic:
        return None
    topic = re.sub(r"\s+(?:are|is|were|was)\s+there$", "", _STATES_NOTE.sub("", intent.topic), flags=re.I)
    which = match.group("which").lower()
    return FollowUp(question=f"Who gave the {_SUPERLATIVE.get(which, which)} figure for {topic}?",
                    changed=True)


def _from_region(question: str, previous: str, answer: str, directory: SpeakerDirectory
                 ) -> FollowUp | None:
    """"were any of them from outside europe": after a list of the meeting's speakers, those of
    them from the region ("Which states from outside europe took the floor?"); after an answer
    naming speakers, the same restricted to them."""
    match = _FROM_REGION.match(question)
    if not match:
        return None
    listed = read_meeting(previous, directory)
    if listed and listed.asks in ("speakers", "count") and listed.noun:
        return FollowUp(question=f"Which {listed.noun} {match.group('where')} took the floor?", changed=True)
    named = speakers_named(answer, directory)
    if not named:
        return None
    return FollowUp(question=f"Which speakers {match.group('where')} took the floor?", changed=True,
                    restrict_to=named, note=_among(named, "restricted to"))


def _that_a_question(question: str, previous: str, answer: str, directory: SpeakerDirectory
                     ) -> FollowUp | None:
    """"was that a question to the panel?": whether the one speaker the previous turn was about
    (its question's, else the only one its answer named) asked the experts anything."""
    if not _THAT_A_QUESTION.match(question):
        return None
    span = _asked_about(previous, directory)
    named = speakers_named(answer, directory)
    if span:
        name = previous[_with_article(previous, span):span[1]]
    elif len(named) == 1:
        name = directory.statements[named[0]].speaker
    else:
        return None
    return FollowUp(question=f"Did {name} ask the experts a question?", changed=True)


def _joint_among(question: str, _previous: str, answer: str, directory: SpeakerDirectory
                 ) -> FollowUp | None:
    """"who did they deliver that with" after a list: which of the speakers it named spoke
    jointly, and with whom (one speaker named: the pronoun rule asks about it by name)."""
    named = speakers_named(answer, directory) if _JOINT_AMONG.match(question) else []
    if len(named) < 2:
        return None
    return FollowUp(question="Who delivered joint statements?", changed=True, restrict_to=named,
                    note=_among(named, "restricted to"))


# "Did CPTI mention that country as well?": the State the previous answer named
_THAT_STATE = re.compile(r"\b(?:that|this|the\s+same)\s+(?:country|state|nation)\b", re.I)


def _that_state(question: str, previous: str, answer: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"that country" after an answer that quotes a State other than its speakers and the country
    under review ("Which State did Płatek credit with initiating it?" - Lithuania): that State."""
    that = _THAT_STATE.search(question)
    if not that or not re.search(r"\b(?:which|what)\s+(?:country|state|nation)\b", previous, re.I):
        return None
    skip = {getattr(country_named(directory.statements[sid].name), "name", None)
            for sid in [*speakers_named(answer, directory), *directory.concerned]}
    named = [words for quote in _QUOTED.findall(answer) for words, state in states_named(quote)
             if state.name not in skip]
    return FollowUp(question=question[:that.start()] + named[0] + question[that.end():],
                    changed=True) if named else None


def _corrected(question: str, previous: str, answer: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"no i meant the icj": the previous question of that speaker; "..., what about the bar
    association": what that speaker said about the new topic."""
    match = _CORRECTION.match(question)
    # "i meant Malta not Moldova": the name meant, not the one set right
    name = re.sub(r"\s*,?\s+(?:not|rather\s+than|instead\s+of)\s+.+$", "", match.group("name"), flags=re.I) \
        if match else ""
    if not match or not _spoken_by(name, directory):
        return None
    rest = match.group("rest")
    if not rest:
        return _and_speaker(f"and {name}?", previous, answer, directory)
    about = _AND.match(rest)
    topic = about.group("name") if about else rest
    return FollowUp(question=f"What did {name} say about {topic}?", changed=True)


def _name_about(question: str, _previous: str, _answer: str, directory: SpeakerDirectory
                ) -> FollowUp | None:
    """"and her colleague Bazilli, about deportations?": what Bazilli said about deportations."""
    match = _AND_NAME_ABOUT.match(question)
    if not match or not _is_speaker(match.group("name"), directory):
        return None
    return FollowUp(question=f"What did {match.group('name')} say about {match.group('topic')}?",
                    changed=True)


def _compared_with_previous(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                           ) -> FollowUp | None:
    """"cpti same date?", "does omct agree on the date?" after a speaker's figure: whether the two
    give the same figure for the previous topic."""
    match = _NAME_COMPARED.fullmatch(question) or _THAT_SAME.fullmatch(question)
    name = (match.group("name") or match.group("name2")) if match else None
    named = _spoken_by(name, directory) if name else []
    if name and not named and match.re is _THAT_SAME:  # "what the peace tax people said": CPTI
        found = {n.statement_id for n in names_in(name, directory)}
        named = list(found) if len(found) == 1 else []
        name = directory.statements[named[0]].speaker if named else name
    before = read_intent(previous, directory) if named else None
    if before is None or before.type != "figure" or len(before.speakers) != 1 or before.speakers[0] in named:
        return None
    other = directory.statements[before.speakers[0]]
    topic = _FIGURE_IN_TOPIC.sub("", _things(_STATES_NOTE.sub("", before.topic))).strip(" ,?.!")
    what = (match.groupdict().get("what") or "figure").lower()
    asked = f"Did {name} and {other.acronym or other.name} give the same {what}"
    return FollowUp(question=f"{asked} for {topic}?" if topic else f"{asked}?", changed=True)


def _ordered_with_previous(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                           ) -> FollowUp | None:
    """"is that higher than albania's figure?" after one speaker's figure: whether that speaker's
    figure for the previous topic is higher (lower) than the other's."""
    match = _THAT_ORDERED.fullmatch(question)
    named = _spoken_by(match.group("name"), directory) if match else []
    before = read_intent(previous, directory) if named else None
    # "and was it lower than Czechia's?" after such a comparison: the first speaker's figure again
    ordered = before is not None and before.compared in ("higher", "lower")
    if before is None or before.type != "figure" or len(before.speakers) != 1 + ordered \
            or before.speakers[0] in named:
        return None
    first = directory.statements[before.speakers[0]]
    topic = _FIGURE_IN_TOPIC.sub("", _things(_STATES_NOTE.sub("", before.topic))).strip(" ,?.!")
    topic = _FIGURE_OF.sub("", topic)  # "the number of political prisoners": political prisoners
    noun = f"figure for {topic}" if topic else "figure"
    return FollowUp(question=f"Is {first.acronym or first.name}'s {noun} {match.group('comparison').strip()} "
                             f"{match.group('name')}'s?", changed=True)


def _since_when(question: str, previous: str, answer: str, directory: SpeakerDirectory
                ) -> FollowUp | None:
    """"since when" after a turn about one speaker's topic: since when, by that speaker's account
    (the speaker the previous question names, or the one its answer named)."""
    match = _BARE_SINCE.fullmatch(question)
    before = read_intent(previous, directory) if match else None
    if before is None or not before.topic:
        return None
    named = before.speakers or list(dict.fromkeys(speakers_named(answer, directory)))
    if len(named) != 1:
        return None
    statement = directory.statements[named[0]]
    topic = _TOPIC_VERB.sub("", _STATES_NOTE.sub("", before.topic)).strip(" ?.!")
    return FollowUp(question=f"{_capitalise(match.group('when'))}, according to "
                             f"{statement.acronym or statement.name}, {topic}?", changed=True)


def _of_that_figure(question: str, previous: str, answer: str, directory: SpeakerDirectory
                    ) -> FollowUp | None:
    """"what year is that number for", "whose data was that" after an answer that gave one
    speaker's figure: the same question of that figure ("the figure 1,724", or the previous topic
    when the answer quoted it without naming one), by that speaker's account."""
    match = _THAT_FIGURE.search(question) or _WHOSE_THAT.match(question)
    # "anyone else give that number?" asks about other speakers, not about the figure
    if not match or answer.startswith(_REFUSED) or _OTHERS.search(question) \
            or read_intent(question, directory).speakers:
        return None
    before = read_intent(previous, directory)
    named = list(dict.fromkeys(speakers_named(answer, directory))) or before.speakers
    value = figure_given(answer)
    topic = _TOPIC_VERB.sub("", _STATES_NOTE.sub("", before.topic)).strip(" ?.!")
    if len(named) != 1 or not (value or topic):
        return None
    figure = f"the figure {value}" if value else f"the {match.group('noun').lower()} for {topic}"
    asked = (question[:match.start("that")] + figure + question[match.end("that"):]).strip(" ?.!")
    name = directory.statements[named[0]].acronym or directory.statements[named[0]].name
    return FollowUp(question=f"According to {name}, {asked[:1].lower()}{asked[1:]}?", changed=True)


def _figure_of_speaker(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                       ) -> FollowUp | None:
    """"And Albania, which number?", "date per omct": the figure that speaker gave on the previous
    topic."""
    match = _AND.match(question)
    bare_wh = _NAME_THEN_BARE_WH.fullmatch(match.group("name")) if match else None
    per = None if bare_wh else _FIGURE_PER.fullmatch(question)  # "date per omct"
    wh, name = (bare_wh.group("wh"), bare_wh.group("name")) if bare_wh else \
        (f"what {per.group('what')}", per.group("name")) if per else ("", "")
    if not wh or not figure_kind(wh) or not _spoken_by(name, directory):
        return None
    asked = f"{_capitalise(wh)} did {name} give?"
    return _with_topic(FollowUp(question=asked, changed=True), previous, directory)


def _and_speaker(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                 ) -> FollowUp | None:
    if _ELSE.match(question) or _BARE_ELSE.match(question):
        return None  # "did any other delegation credit X for that?", "any other countries?": the others
    if re.match(r"\s*(?:and\s+)?(?:did|were|are|have|has)\s+(?:there\s+)?any\s+of\b", question, re.I):
        return None  # "did any of the groups ask the experts something": a question of its own
    if re.match(r"\s*(?:and\s+)?(?:did|were|was|have|has)\s+(?:there\s+)?any\b", question, re.I) and \
            read_meeting(question, directory):
        return None  # "did any African or Asian State take the floor?": a meeting question of its own
    match = _AND.match(question)
    too = None if match else _DID_TOO.match(question) or _BARE_NAME.match(question)
    # "did germany too?", "the germans?", "platek and bazilli too?": the previous question of those
    names = re.split(r"\s*(?:,|&|\band\b)\s*", _SAME_AGAIN.sub("", too.group("name")) or too.group("name")) \
        if too else []
    if names and all(_spoken_by(n, directory) for n in names):
        match = too
    elif len(names) == 1 and _SAME_AGAIN.search(too.group("name")) and _kinds_of(names[0]) \
            and names[0].lower().endswith("s"):
        match = too  # "ngos too?": those of that kind, on the same topic
    if not match:
        return None
    on_behalf = re.fullmatch(r"(?:on\s+behalf\s+of|for)\s+(?:whom|which\s+(?:countries|states|nations))",
                             match.group("name").strip(), re.I) if match and match.re is _AND else None
    if on_behalf:  # "who read out the lithuanian statement?" - "and on behalf of which countries?"
        span = _speaker_span(previous, directory)
        named = speakers_named(_answer, directory)
        speaker = previous[span[0]:span[1]] if span else \
            directory.statements[named[0]].name if len(set(named)) == 1 else None
        if speaker:
            return FollowUp(question=f"{_capitalise(on_behalf.group())} did {speaker} speak?", changed=True)
    if match.re is _AND and trailing_who(match.group("name")):  # "what about torture - which ngos"
        return FollowUp(question=match.group("name"), changed=True)
    if match.re is _AND and _LEAD_IN_END.search(match.group("name")) and _PRONOUN.search(match.group("name")):
        return None  # "and ukraine itself, did it mention the children": a lead-in and its question
    if match.re is _AND and _LEAD_IN_END.search(match.group("name")) and \
            read_meeting(match.group("name"), directory):
        return None  # "and Benelux, who is inside?": a meeting question of its own
    # "and France on the same?", "and Malta too?": the same question of another speaker
    name = _SAME_AGAIN.sub("", match.group("name")) or match.group("name")
    noun = re.sub(r"^the\s+", "", name, flags=re.I)
    kinds = _kinds_of(noun)
    side = re.match(rf"{CLOSE}?(?P<rel>before|after)(?:\s+(?P<anchor>.+))?$", noun, re.I)
    if side and side.group("anchor") and _is_speaker(side.group("anchor"), directory):
        return FollowUp(question=f"Who spoke {noun}?", changed=True)  # "and before france?": who spoke there
    other = {"before": "after", "after": "before"}
    swapped = other[side.group("rel").lower()] if side and not side.group("anchor") else None
    # "who spoke right before X?" - "and after?"
    if swapped and read_meeting(previous, directory) and re.search(rf"\b{swapped}\b", previous, re.I):
        return FollowUp(question=re.sub(rf"\b{swapped}\b", side.group("rel").lower(), previous, count=1,
                                        flags=re.I), changed=True)
    member = _MEMBERSHIP.match(previous)
    if member and not kinds and country_named(noun):
        return FollowUp(question=previous[:member.start("member")] + name + previous[member.end("member"):],
                        changed=True)
    led = _KIND_LEADS.match(noun)
    if led and _kinds_of(led.group("noun")):  # "any ngos give a number too": which of them did
        rest = led.group("rest")
        if _GENERIC_TOPIC.search(rest):
            topic = _things(read_intent(previous, directory).topic)
            rest = f"{rest} for {topic}" if topic else rest
        plural = _plural_of(led.group("noun"), _kinds_of(led.group("noun")))
        return FollowUp(question=f"Which {plural} {rest}?", changed=True)
    # a kind of one to three words put first, and what follows it ("and any ngos on X")
    words = re.sub(r"^(?:any|some)\s+", "", noun, flags=re.I).split()
    lead = 0 if kinds or match.re is not _AND else \
        next((n for n in range(1, min(3, len(words) - 1) + 1) if _kinds_of(" ".join(words[:n]))), 0)
    head, rest = " ".join(words[:lead]), " ".join(words[lead:])
    if lead and re.match(r"(?:on|about|regarding|concerning)\b", rest, re.I):
        # "any rights group on that?": which of them spoke about it
        return FollowUp(question=f"Which {_plural_of(head, _kinds_of(head))} spoke {rest}?", changed=True)
    if lead and not re.match(r"(?:for|too|as|also|then)\b", rest, re.I):
        # "did any NGO appeal to vilnius directly", "any rights group put a number on releases": a
        # question of its own, the kind and its verb
        return None
    anyone = _ANY_OF_KIND.match(previous) if kinds else None
    if anyone:  # "Did any State delegations endorse it?" - "And among the NGOs?": did any NGOs
        return FollowUp(question=f"{previous[:anyone.start('noun')]}{_plural_of(noun, kinds)}"
                                 f"{previous[anyone.end('noun'):]}", changed=True)
    subject = WHO_SUBJECT.match(previous)
    if kinds and subject:  # "Which delegations raised torture?" - "And the NGOs?"
        rest = re.sub(r"^\s+else\b", "", previous[subject.end():])
        return FollowUp(question=f"Which {_plural_of(noun, kinds)}{rest}", changed=True)
    trailed = trailing_who(previous) if kinds else None
    if trailed:  # "torture - which ngos" - "and the states?"
        return FollowUp(question=f"{previous[:trailed.start('who')]}which {_plural_of(noun, kinds)}"
                                 f"{previous[trailed.end('who'):]}", changed=True)
    # "What did Germany say about X?" - "What about the NGOs?", "any ngo too?"
    if kinds and (noun.lower().endswith("s") or re.match(r"\s*(?:and\s+)?any\b", question, re.I)):
        topic = _STATES_NOTE.sub("", read_intent(previous, directory).topic)
        if topic:
            return FollowUp(question=f"Which {_plural_of(noun, kinds)} spoke about {topic}?", changed=True)
    several = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", name) if n]  # "platek and bazilli"
    if not _is_speaker(name, directory) and not (len(several) > 1 and all(_is_speaker(n, directory)
                                                                           for n in several)):
        if any(m.speaking and (m.start, m.end) != (0, len(name)) for m in mentions(name, directory)):
            return FollowUp(question=name)  # "and ibahri's take on the bar?": a question of its own
        remark = _REMARK_ABOUT.match(name)
        span = _speaker_span(previous, directory)
        if remark and span:  # "What was Belarus's line on the experts?" - "and the jab about attendance?"
            speaker = previous[_with_article(previous, span):span[1]]
            return FollowUp(question=f"What did {speaker} say about {remark.group('rest')}?", changed=True)
        topic = read_intent(previous, directory).topic
        # (a topic that holds a question word or a lead-in's dash is no phrase to put another in:
        # "the bar association one - what exactly")
        if topic and topic in previous and not _NO_PHRASE.search(topic):
            # "And about the judiciary?": its "about" is the previous one's
            before = previous[:previous.index(topic)]
            # ("who else brought up X" - "anything on lgbt people?": who brought them up, the verb
            # taking its object as before; "else" was of the speakers of X)
            name = _PREPOSITION.sub("", name)
            before = re.sub(r"^(\s*(?:and\s+)?(?:who|which\s+[\w-]+))\s+else\b", r"\1", before, flags=re.I)
            after = previous[previous.index(topic) + len(topic):]
            return FollowUp(question=before + name + after, changed=True)
        span = _speaker_span(previous, directory)
        about = re.match(r"(?:on|about|regarding|concerning)\s+(?P<rest>.+)", name, re.I)
        if span and about and not topic:  # "What did Germany say?" - "And on the death penalty?"
            about = about.group("rest")
            return FollowUp(question=f"What did {previous[span[0]:span[1]]} say about {about}?",
                            changed=True)
        return None
    span = _speakers_span(previous, directory)  # "What did A and B say about X?" - "and C?": C alone
    if span:
        return FollowUp(question=previous[:_with_article(previous, span)] + name + previous[span[1]:],
                        changed=True)
    topic = read_intent(previous, directory).topic
    if topic and match is too and _TOO.search(question) and \
            (WHO_SUBJECT.match(_LEADING_AND.sub("", previous)) or trailing_who(previous)):
        # "Which speakers raised X?" - "australia too?": whether it raised X as well, yes or no
        return FollowUp(question=f"Did {name} mention {_STATES_NOTE.sub('', topic)}?", changed=True)
    if topic and re.match(r"^\s*(?:and\s+)?what\s", previous, re.I) and _is_verb(topic.split()[0]):
        topic = f"what {topic}"  # "What happened to him?" - "and the ICJ?": what it said happened
    # "What sanctions were imposed?" - "and the UK?": about the sanctions imposed
    topic = re.sub(r"^(?:(?:the|a|an)\s+)?((?:[\w'’-]+\s+){1,3}?)(?:were|was|are|is|have\s+been|has\s+been|"
                   r"had\s+been)\s+(?=[a-z]+(?:ed|en)\b)", r"the \1", topic, count=1,
                   flags=re.I) if topic else topic
    return FollowUp(question=f"What did {name} say about {topic}?" if topic else
                    f"What did {name} say?", changed=True)


def _is_verb(word: str) -> bool:
    """Whether a word is a verb in the past ("happened", "changed"): a topic that starts with one
    is what a what-question asked happened, not a noun phrase ("sanctions" may be either)."""
    lower = word.lower()
    return lower.endswith("ed") and verb_lemma(lower) != lower


# A plural noun the question counts or lists itself, then "among/of them": them are those, when the
# noun is a kind of speaker (`_kinds_of`)
_OWN_PLURAL = re.compile(r"\b(?:how\s+many|which|what)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+s)(?![\w-])"
                         # "... among them", "how many groups spoke, and which were they"
                         r".*(?:\b(?:among|of)|\b(?:which|who|what)(?:\s+ones)?\s+(?:were|are))\s+$", re.I)


def _delivered_by_person(statement: Statement, answer: str) -> bool:
    """Whether an answer names the person who delivered a statement (its representative)."""
    surname = (statement.representative or "").split(",")[0].split()[-1:]
    return bool(surname) and re.search(rf"\b{re.escape(surname[0])}\b", answer) is not None


def _pronoun(question: str, previous: str, answer: str, directory: SpeakerDirectory
             ) -> FollowUp | None:
    """"What did it ask?": the pronoun stands for the speaker of the previous question, or, when
    that asked who or named no speaker, for the speakers its answer named that the question did
    not (at most three). A question that names its own speaker ("did France ask them
    anything") or asks who ("which State said it agreed") keeps its pronouns."""
    # In a who-question the subject of a reported clause is the one asked about ("which State
    # said it agreed"); other pronouns ("who came after them", "who did it present with") lean
    # on the previous turn.
    match = _first_pronoun(question)
    lead_in = _lead_in(question, directory) if match else None
    if lead_in:  # "ukraine itself, did it mention the children": the name before the lead-in's end
        return lead_in
    if match and _OWN_TOPIC_FIRST.match(question) and not mentions(question[:match.start()], directory):
        return None  # "and LGBTQ+ persons - who mentioned them?": them is that topic
    if not match or any(m.speaking for m in mentions(question, directory)):
        return None
    if match.group().lower() not in _PERSONAL and _KIND_SAID_BEFORE.search(question[:match.start()]):
        return None  # "when did the experts say they will report?": they are the experts ("he" a person)
    if _THAT_STATEMENT.match(match.group()) and any(m.resolutions for m in mentions(question[:match.start()],
                                                                                    directory)):
        return None  # "the law society one - who else was on that statement": the one it names
    own = _OWN_PLURAL.search(question[:match.start()])
    if own and _kinds_of(own.group("noun")) and re.match(r"(?:them|they)\b", match.group(), re.I):
        return None  # "how many groups spoke, and which spoke last among them (which were they)": those
    span = _asked_about(previous, directory)
    named: list[str] = []
    person = _person_instead(match.group(), previous, answer, span is None, directory)
    if person:  # "what is her sentence?" after "who mentioned Nasta Loika": her is Nasta Loika
        # "his sentence", "her sentence"; "about her" is no possessive
        possessive = match.group().lower() == "his" or (
            match.group().lower() == "her" and bool(re.match(r"\s+\w", question[match.end():])))
        replacement = f"{person}'s" if possessive else person
        return FollowUp(question=question[:match.start()] + replacement + question[match.end():],
                        changed=True)
    if span:
        # "the Belarusian delegation": a demonym with the noun it qualifies
        noun = _QUALIFIED_NOUN.match(previous, span[1])
        span = (span[0], noun.end()) if noun else span
        name = previous[_with_article(previous, span):span[1]]
        # a name that says something else out of its context ("the helsinki" of "the helsinki
        # people" is Finland's capital): the speaker the previous question named, by its own name
        meant = [r.statement_id for m in mentions(previous, directory) if m.speaking and
                 (m.start, m.end) == span for r in m.resolutions]
        alone = [n.statement_id for n in names_in(name, directory)]
        if len(set(meant)) == 1 and alone != meant[:1]:
            name = directory.statements[meant[0]].speaker
    else:  # the previous turn asked who: its answer's speakers, but those it named itself
        asked = {r.statement_id for m in mentions(previous, directory) for r in m.resolutions}
        named = speakers_named(answer, directory)
        # "who were OMCT's partners" names only OMCT's own joint statement: "they" is that one
        every = named
        named = [sid for sid in named if sid not in asked] or named
        if match.group().lower() in _PERSONAL:  # "she", "him": a person, so an expert if one is named
            # ("who is the chair?" - "did she ...": the chair, though the question named her)
            # (never a State, a group or an organisation, "it" or "they", but through the person
            # the answer named as delivering its statement: "who took the floor for Lithuania?" -
            # "which countries was he speaking for")
            named = [sid for sid in named if directory.statements[sid].kind == "panel"] or \
                [sid for sid in every if directory.statements[sid].kind == "panel"] or \
                [sid for sid in named if _delivered_by_person(directory.statements[sid], answer)]
        ordinal = _ORDINAL_POINTER.fullmatch(match.group())
        position = _ORDINAL_ONE[ordinal.group("ord").lower()] if ordinal else 0
        if ordinal and -len(named) <= position < len(named):  # "the last one": named[-1]
            named = [named[position]]
        elif " ".join(match.group().lower().split()) in _SINGULAR or _THAT_STATEMENT.match(match.group()):
            # "it", "her", "that statement": the one named first
            named = named[:1]
        if not named or (len(named) > 3 and not ordinal):
            return None
        name = " and ".join(directory.statements[sid].speaker for sid in named)
        # "Which avenues did the mandate holders put forward?" - "... the examination they welcomed":
        # they are the panel, not the experts its answer happened to quote; nor is "them" the one
        # expert an answer quoted, nor "they" the two who replied ("When will they report?": the
        # Group will); but "who spoke right before them" asks about those two
        plural = match.group().lower() in ("they", "them", "their") and not ordinal
        if plural and all(directory.statements[sid].kind == "panel" for sid in named) and \
                not read_meeting(question[:match.start()] + name + question[match.end():], directory):
            name = "the experts"
    name = name[0].upper() + name[1:] if match.start() == 0 else name
    # "her sentence", but "according to her?", "ask her about it": "her" is possessive only
    # before a word that is no preposition
    possessive = match.group().lower() in ("its", "their", "his") or (
        match.group().lower() == "her" and bool(_BEFORE_NOUN.match(question, match.end())))
    replacement = f"{name}'s" if possessive else name
    that = _THAT_STATEMENT.match(match.group())
    replacement = f"{name}'s {that.group('noun')}" if that else replacement
    delivered = _DELIVERED_IT.match(question)
    # "what did the nordics say?" - "who read it out for them": who delivered their statement
    if delivered and (span or len(named) == 1) and delivered.start("it") == match.start():
        return FollowUp(question=f"Who delivered the statement of {name}?", changed=True)
    return FollowUp(question=question[:match.start()] + replacement + question[match.end():],
                    changed=True)


# "who read it out (for them)", "who delivered it": the statement of the speaker before
_DELIVERED_IT = re.compile(r"^\s*(?:and\s+)?who\s+(?:read|delivered|presented|gave)\s+(?P<it>it)(?:\s+out)?"
                           r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:them|it|her|him))?\s*[?.!]*\s*$", re.I)


def _the_one_of_kind(question: str, previous: str, answer: str, directory: SpeakerDirectory,
                     before: Sequence[str] = ()) -> FollowUp | None:
    """"what number did the expert give?": "the expert", "the NGO", "the country" stand for the
    one speaker of that kind the previous turn named (its question's speaker, else one its answer
    named besides those its question asked about); nothing when it named several, or the
    question names a speaker itself. When it named none of that kind, the one an earlier answer
    (`before`, nearest first) named: "and the ngo one, what did it say?" after a list of States
    points back to the answer that had one NGO among them."""
    match = _THE_KIND.search(question)
    # in a who-question "the NGO" is no pointer, unless it is the subject of an object question
    # ("which organisation did the expert name?": the expert named it)
    if not match or (WHO_SUBJECT.match(question) and not _OBJECT_OF.match(question)) or \
            any(m.speaking for m in mentions(question, directory)):
        return None
    kinds = _kinds_of(match.group("noun"))
    found = mentions(previous, directory)
    named = [r.statement_id for m in found if m.speaking for r in m.resolutions[:1]]
    if not named:  # "who spoke just before WRI?" - "did that org ...": the one the answer added
        asked_about = {r.statement_id for m in found for r in m.resolutions[:1]}
        named = [sid for sid in speakers_named(answer, directory) if sid not in asked_about]
    of_kind = [sid for sid in dict.fromkeys(named) if directory.statements[sid].kind in kinds]
    for earlier in before if not of_kind else ():
        of_kind = [sid for sid in speakers_named(earlier, directory)
                   if directory.statements[sid].kind in kinds]
        if of_kind:
            break
    if len(of_kind) != 1:
        return None
    name = directory.statements[of_kind[0]].speaker
    rest = question[match.end():]
    pointer = _first_pronoun(rest)
    if pointer and re.fullmatch(r"\s*(?:and\s+)?", question[:match.start()], re.I) and \
            _CLAUSE_AFTER.match(rest):
        # "and the ngo one, what did it say?": what it said, the pronoun standing for the one
        possessive = pointer.group().lower() in ("its", "their")
        asked = rest[:pointer.start()] + (f"{name}'s" if possessive else name) + rest[pointer.end():]
        return _with_topic(FollowUp(question=_capitalise(asked.lstrip(" ,:;–—-")), changed=True),
                           previous, directory)
    return FollowUp(question=question[:match.start()] + name + question[match.end():], changed=True)


# a question that follows a pointer: "(the ngo one), what did it say"
_CLAUSE_AFTER = re.compile(r"\s*[,:;–—-]?\s*(?:what|which|who|how|when|where|did|does|do|has|have|is|was)\b",
                           re.I)
_OBJECT_OF = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+(?:other\s+)?(?:[\w-]+\s+){1,2}?"
                        r"(?:did|do|does|has|have|had|will|would)\s+(?:the|that|this)\s+", re.I)
_ASKS_FOR_ONE = re.compile(r"^\s*(?:(?:and|so|ok)\s+)?(?:(?:of|among)\s+(?:those|them|these)\s*,?\s+)?"
                           r"(?:(?:which|what)\s+(?P<noun>[\w-]+)|who)\b"
                           r"[^?]*?\band\b", re.I)
_ONE_OF_KIND = re.compile(r"\b(?:one|any|some|each)\s+of\s+the\s+(?P<noun>[\w-]+)", re.I)


# "businesses or companies and their responsibility": "their" of the plural noun just before it
_OWN_ANTECEDENT = re.compile(rf"\b(?!(?:{KIND_NOUN}|speakers|members|others|those|these)\b)"
                             r"[a-z-]{3,}s\s+(?:and|or|with|including|as\s+well\s+as)\s+$", re.I)


# "who else faulted the Bar for failing its members": a singular thing named before "its" in the
# question itself, which "its" stands for (not a kind of speaker, "the group", or a statement)
_ITS_ANTECEDENT = re.compile(rf"\bthe\s+(?!(?:{KIND_NOUN}|{STATEMENT_NOUNS}|same|other|previous|last|first|"
                             r"one)\b)[A-Za-z][\w-]*(?<!s)(?:\s+[\w-]+){0,4}?\s+$", re.I)


# a subject the question asks about: "did any ...", "which of those ...", "who ..."
_ASKED_SUBJECT = re.compile(r"\b(?:any|anyone|anybody|which|who|none|each|either|neither|both)\b", re.I)


def _first_pronoun(question: str) -> re.Match[str] | None:
    """The first pronoun that may lean on what came before: in a who-question the subject of a
    reported clause is the one asked about ("which State said it agreed"), not such a pronoun;
    "his", "her" and "him" there stand for a person named before ("who called for his release")."""
    # "did any of the experts talk about the ICC in their replies": theirs, the question's own subject
    own_subject = bool(subject_kinds(question))
    # "one of the experts said X, what number did she give": she is that one
    one_of = next((m for m in _ONE_OF_KIND.finditer(question) if _kinds_of(m.group("noun"))), None)
    # "which ngo spoke last and what were they asking states to do": they is the one asked for
    asked = _ASKS_FOR_ONE.match(question)
    own = asked and (not asked.group("noun") or _kinds_of(asked.group("noun")))
    one_of = one_of or (asked if own else None)
    return next((m for m in _PRONOUN.finditer(question) if not (
        m.group().lower() == "their" and _OWN_ANTECEDENT.search(question, 0, m.start())) and not (
        m.group().lower() == "its" and _ITS_ANTECEDENT.search(question, 0, m.start())) and not (
        # "did any speak of attacks upon their own territory": the own of the one asked about
        m.group().lower() in ("their", "its") and re.match(r"\s+own\b", question[m.end():], re.I)
        and _ASKED_SUBJECT.search(question, 0, m.start())) and not (
        WHO_SUBJECT.match(question) and m.group().lower() not in ("his", "her", "him")
        and _REPORTING.search(question, 0, m.start())) and not (
        own_subject and m.group().lower() in ("their", "its")) and not (
        own_subject and m.group().lower() == "them"
        and _REPORTED_CLAUSE.search(question, 0, m.start())) and not (
        one_of and one_of.end() <= m.start() and (m.group().lower() in _PERSONAL or (
            one_of.re is _ASKS_FOR_ONE and m.group().lower() in ("they", "it", "its", "their"))))), None)


# "Vilnius spoke for the group, but who delivered the statement": the lead-in speaker's statement
# ("what about benelux, who read that one": the one of the speaker named first)
_STATEMENT_ANAPHOR = re.compile(r"the\s+(?:statement|speech|intervention)|(?:that|this)\s+one\b", re.I)


def _lead_in_statement(question: str) -> re.Match[str] | None:
    """"the statement" after a lead-in that ends with a comma or a dash ("..., but who delivered
    the statement?")."""
    end = next(_LEAD_IN_END.finditer(question), None)
    return _STATEMENT_ANAPHOR.search(question, end.end()) if end else None


# "Albania, which number": a name, then a wh-phrase with no verb of its own
_NAME_THEN_BARE_WH = re.compile(r"(?P<name>[^,;:–—-]{2,40}?)\s*[,;:–—-]\s*"
                                r"(?P<wh>(?:what|which)(?:\s+[\w-]+){1,2}?)\s*[?.!]*", re.I)
# "since when?", "and until when": a time asked of the turn before
_BARE_SINCE = re.compile(r"\s*(?:and\s+|so\s+)?(?P<when>(?:since|until|till|from)\s+when|"
                         # "in which year?": the year of the figure just given
                         r"(?:in\s+)?(?:which|what)\s+year)\s*[?.!]*\s*", re.I)
# "what year is that number for", "where does this figure come from": the figure just given
_THAT_FIGURE = re.compile(r"\b(?P<that>(?:that|this)\s+(?P<noun>number|figure|count|estimate|"
                          r"statistic|total|toll|data)s?)\b", re.I)
_OTHERS = re.compile(r"\b(?:else|others?|another)\b", re.I)  # other speakers asked about
# "whose data was that", "whose figure is that originally": the source of the figure just given
_WHOSE_THAT = re.compile(r"\s*(?:and\s+|so\s+)?whose\s+(?P<noun>data|figure|number|statistic|estimate)s?\s+"
                         r"(?:was|is)\s+(?P<that>that|this|it)\b", re.I)
# what a figure question asks for, as a noun
_FIGURE_NOUN = rf"(?P<what>{FIGURE_NOUNS})s?"
# "cpti same date?", "does omct agree on the date": a speaker's figure compared with the one before
_NAME_COMPARED = re.compile(r"\s*(?:and\s+)?(?:(?:does|did|do)\s+)?(?P<name>[^?]{2,40}?)\s+"
                            r"(?:(?:give|gave|gives)\s+)?(?:(?:the\s+)?same|agrees?\s+on\s+the|agreed\s+on\s+the)\s+"
                            rf"{_FIGURE_NOUN}(?:\s+(?:too|also|then))?\s*[?.!]*\s*", re.I)
_FIGURE_OF = re.compile(r"^(?:(?:the|a|an|their|its)\s+)?(?:figure|number|count|estimate)s?\s+"
                        r"(?:of|for|on)\s+", re.I)
# "is that the same as Poland's figure?", "does that match what the peace tax people said?", "does
# Poland agree?": the figure before, and whether another speaker gives the same ("consistent with" is
# not asked: "hundreds of thousands" is consistent with "up to 600,000")
_THAT_SAME = re.compile(r"\s*(?:(?:and|so|but)\s+)?(?:(?:is|was)\s+(?:that|it|this)\s+the\s+same\s+as|"
                        r"(?:does|did|do)\s+(?:that|it|this)\s+(?:match|agree\s+with))\s+(?:what\s+)?"
                        rf"(?P<name>[^?]{{2,40}}?)(?:['’]s?)?(?:\s+(?:said|says|gave|gives|reported|had|{_FIGURE_NOUN}|"
                        r"one))?\s*[?.!]*\s*|"
                        r"\s*(?:(?:and|so|but)\s+)?(?:does|did|do)\s+(?P<name2>[^?]{2,40}?)\s+agree\s*[?.!]*\s*",
                        re.I)
# "is that higher than albania's figure?", "and was it lower than the UK's": the figure before,
# compared with another speaker's
_THAT_ORDERED = re.compile(rf"\s*(?:(?:and|so|but)\s+)?(?:is|was|are|were)\s+(?:that|it|this|theirs|"
                           rf"(?:their|its|the)\s+{FIGURE_NOUNS}s?)\s+(?:figure\s+|number\s+)?"
                           rf"(?P<comparison>(?:even\s+)?{ORDERED_THAN})(?P<name>[^?]{{2,40}}?)(?:['’]s?)?"
                           r"(?:\s+(?:figure|number|count|estimate|one))?\s*[?.!]*\s*", re.I)
# "date per omct", "figure according to the EU": a figure asked of a speaker, as keywords
_FIGURE_PER = re.compile(rf"\s*(?:and\s+)?(?:the\s+)?{_FIGURE_NOUN}\s+(?:per|according\s+to|from)\s+"
                         r"(?P<name>[^?]{2,40}?)\s*[?.!]*\s*", re.I)
# "and the experts, ...": a kind of speaker as a lead-in, up to the lead-in's end
_KIND_LEAD_IN = re.compile(r"^\s*(?:and\s+|so\s+|what\s+about\s+|as\s+for\s+)?"
                           r"(?P<noun>(?:the\s+)?[\w\s-]{2,30}?)(?:\s+[-–—]\s+|\s*[,:;]\s+)", re.I)
_MEMBERS_OF = re.compile(r"\s+(?:members?|member\s+states|countries|states|nations)\b", re.I)


def _short_lead_in(question: str, end: int) -> bool:
    """Whether the question opens with a lead-in of a few words before `end` ("and the belarus
    side, ..."), not a question of its own ("How many has the UK sanctioned, per its ...")."""
    lead = _LEAD_IN_END.search(question, 0, end)
    return bool(lead) and len(question[:lead.start()].split()) <= _LEAD_IN_WORDS


def _lead_in(question: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"going back to Malta - did it also call for dialogue?", "connection e.v. - whose statement
    were they part of": a subject pronoun after a speaker named in a lead-in stands for that
    speaker (not the concerned country, which most questions name as their topic), and the
    lead-in goes; None if the question has no such pronoun."""
    match = _first_pronoun(question) or _lead_in_statement(question)
    found = mentions(question, directory) if match else []
    # "speaking of lithuania, who took the floor for them": a marked lead-in takes any pronoun
    if not match or any(m.speaking and m.start > match.start() for m in found) \
            or not (_SUBJECT_PRONOUN.match(question, match.start()) or _MARKED_LEAD_IN.match(question)
                    or _STATEMENT_ANAPHOR.fullmatch(match.group())
                    # "and the belarus side, what is their answer": a possessive after a lead-in too
                    or (re.fullmatch(r"their|its", match.group(), re.I)
                        and _short_lead_in(question, match.start()))):
        return None
    ahead = [m for m in found if m.end <= match.start() and m.resolutions
             and (directory.statements[m.resolutions[0].statement_id].kind != "concerned_country"
                  or _AS_SPEAKER.match(question, m.end))
             and not _MEMBERS_OF.match(question, m.end)]  # "other eu members": not the EU itself
    absent = [(start, end) for start, end, _name in directory.absent_countries(question[:match.start()])]
    if absent and not ahead and _LEAD_IN_END.search(question, absent[-1][1], match.start()):
        # "other eu members e.g. spain or italy - did they speak?": the States named, who did not speak
        names = " or ".join(question[start:end] for start, end in absent)
        cut = max(m.end() for m in _LEAD_IN_END.finditer(question, absent[-1][1], match.start()))
        return FollowUp(question=declarative_question(_capitalise(
            question[cut:match.start()] + names + question[match.end():])), changed=True)
    cut = max((m.end() for m in _LEAD_IN_END.finditer(question, ahead[0].end, match.start())), default=0) \
        if ahead else 0
    named_alone = _NAME_THEN_ASKED.match(question, ahead[0].end) if ahead and not cut else None
    if named_alone and not question[:_with_article(question, (ahead[0].start, ahead[0].end))].strip():
        cut = named_alone.end()
    if not ahead:  # "and the experts, which number of exiled they give": a kind put first
        kind = _KIND_LEAD_IN.match(question, 0, match.start())
        if kind and _kinds_of(re.sub(r"^the\s+", "", kind.group("noun"), flags=re.I)) and \
                match.group().lower() in ("they", "them"):
            asked = declarative_question(question[kind.end():])  # "which number did they give"
            pronoun = re.search(r"\b(?:they|them)\b", asked, re.I)
            if pronoun:
                rest = asked[:pronoun.start()] + kind.group("noun").lower() + asked[pronoun.end():]
                return FollowUp(question=_capitalise(rest), changed=True)
        return None
    if ahead[0].speaking and not cut:  # "did Malta say it ...": no lead-in
        return None
    name = question[_with_article(question, (ahead[0].start, ahead[0].end)):ahead[0].end]  # "the chair"
    name = re.sub(r"^The\s", "the ", name) if question[cut:match.start()] else name
    # "law society statement - who else signed on to it": it is the statement
    noun = re.match(r"['’]?s?\s+(?:joint\s+)?(?:statement|speech|intervention)\b", question[ahead[0].end:cut],
                    re.I)
    name += noun.group() if noun else ""
    name += "'s statement" if _STATEMENT_ANAPHOR.fullmatch(match.group()) else ""
    name += "'s" if re.fullmatch(r"their|its", match.group(), re.I) else ""  # "what is their answer"
    rest = question[cut:match.start()] + name + question[match.end():]
    rest = re.sub(r"^(?:but|and|so|yet)\s+", "", rest, flags=re.I)  # "..., but who delivered it"
    return FollowUp(question=declarative_question(_capitalise(rest)), changed=True)


def _person_instead(pronoun: str, previous: str, answer: str, asked_who: bool,
                    directory: SpeakerDirectory) -> str | None:
    """The person a personal pronoun ("she", "his") stands for when the speakers it could
    stand for are no persons (States, groups, NGOs) but the previous topic names one:
    "Nasta Loika" in "who mentioned Nasta Loika"; None otherwise."""
    if pronoun.lower() not in _PERSONAL:
        return None
    if asked_who:
        candidates = speakers_named(answer, directory)[:1]
    else:
        candidates = [r.statement_id for m in mentions(previous, directory) if m.speaking
                      for r in m.resolutions[:1]]
    if any(directory.statements[sid].kind == "panel" for sid in candidates):
        return None
    return person_in(_STATES_NOTE.sub("", read_intent(previous, directory).topic)) or \
        quoted_person(answer, directory)


def quoted_person(answer: str, directory: SpeakerDirectory) -> str | None:
    """The first full personal name (two words or more) quoted in an answer, not a speaker's or
    a representative's: "what happened to the defender they talked about?" is answered with a
    quote naming Nasta Loika, so "who else brought her up" is about her."""
    for quote in _QUOTED.findall(answer):
        spans = [(start, end) for start, end, _alias in directory.find_mentions(quote)]
        bare = "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(quote))
        person = person_in(bare)
        if person and " " in person:
            return person
    return None


def person_in(text: str) -> str | None:
    """The first personal name in a text: two or three words that are no English words ("Nasta
    Loika", "andrei padniabenny"), or one such word of five letters or more ("Lukashenko");
    acronyms and the names of States ("Belarus") are no persons.

    >>> person_in("Nasta Loika's sentence"), person_in("the death penalty"), person_in("lukashenko")
    ('Nasta Loika', None, 'lukashenko')
    >>> person_in("Belarus's elections")
    >>> person_in("who mentioned Maxim Znak")
    'Maxim Znak'
    >>> person_in("defenders Ales Bialiatski, Valiantsin Stefanovich")  # a name ends at a comma
    'Bialiatski'
    >>> person_in("Andrey/Andrei Padniabenny's death")  # another spelling of the first name
    'Andrey Padniabenny'
    """
    found = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
    run: list[str] = []
    for number, match in enumerate([*found, None]):
        word = match.group() if match else ""
        bare = re.sub(r"['’]s$", "", word)
        # (punctuation between two words ends the name before it: "Bialiatski, Valiantsin"; but
        # a slash gives another spelling of the word before it: "Andrey/Andrei Padniabenny")
        between = "" if number == 0 or match is None else text[found[number - 1].end():match.start()]
        if run and between == "/":
            continue
        joined = number == 0 or match is None or not between.strip()
        if run and not joined:
            if len(run) >= 2 or len(run[0]) >= 5:
                return " ".join(run[:3])
            run = []
        if bare and bare.lower() not in english_words() and not bare.isupper() and len(bare) > 2 \
                and not country_named(bare):
            run.append(bare)
            if word != bare:  # a possessive ends the name
                word = ""
            else:
                continue
        if len(run) >= 2 or (len(run) == 1 and len(run[0]) >= 5):
            return " ".join(run[:3])
        run = []
    # "Maxim Znak": a first name that is also an English word, before a surname that is not
    capitalised = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s+([A-Z][a-z]{2,})\b", text)
    if capitalised and capitalised.group(2).lower() not in english_words() \
            and not country_named(capitalised.group(2)) and not country_named(capitalised.group(1)):
        return capitalised.group(0)
    return None


def _one_of_those(question: str, previous: str, answer: str, directory: SpeakerDirectory
                  ) -> FollowUp | None:
    """"Is Belgium one of those?" after an answer about the Benelux statement: is it a member of
    the group the first group statement the answer named spoke for."""
    match = _ONE_OF_THOSE.match(question)
    own = [r.statement_id for r in directory.lookup(re.sub(r"^the\s+", "", match.group("member"), flags=re.I))
           if r.via is None] if match else []
    listed = read_meeting(previous, directory) if own else None
    if own and listed is None:
        # "was Ireland one of them?" after "Which States called for ...?": the question asked of it
        return FollowUp(question=previous, changed=True, restrict_to=own[:1], confirms=True,
                        note=f"restricted to {match.group('member')}")
    if own and listed is not None and listed.asks in ("speakers", "count"):
        # after "How many States spoke?": whether it took the floor
        return FollowUp(question=f"Did {match.group('member')} take the floor?", changed=True)
    groups = [directory.statements[sid] for sid in speakers_named(answer, directory)] if match else []
    group = next((st for st in groups if st.members and st.on_behalf_of), None)
    if group is None:
        return None
    name = re.sub(r"^(?!the\s)", "the ", group.on_behalf_of, flags=re.I)  # "the Benelux countries"
    return FollowUp(question=f"Is {match.group('member')} part of {name}?", changed=True)


def _that_group(question: str, _previous: str, answer: str, directory: SpeakerDirectory) -> FollowUp | None:
    """"Which countries are in that group?" after an answer about the Benelux statement: that
    group is the one the first group statement the answer names spoke for."""
    match = _THAT_GROUP.search(question)
    groups = [directory.statements[sid] for sid in speakers_named(answer, directory)] if match else []
    group = next((st for st in groups if st.members and st.on_behalf_of), None)
    if group is None:
        return None
    name = re.sub(r"^(?!the\s)", "the ", group.on_behalf_of, flags=re.I)  # "the Benelux countries"
    return FollowUp(question=_LEADING_AND.sub("", question[:match.start()] + name + question[match.end():]),
                    changed=True)


def _asked_of_expert(question: str, _previous: str, answer: str, directory: SpeakerDirectory
                     ) -> FollowUp | None:
    """"What did Slovenia ask her?": the expert the previous answer named (the Chair), as only
    the panel is asked questions in a dialogue."""
    match = _ASK_HER.search(question)
    if not match or not any(m.speaking for m in mentions(question, directory)):
        return None
    experts = [sid for sid in dict.fromkeys(speakers_named(answer, directory))
               if directory.statements[sid].kind == "panel"]
    role = directory.statements[experts[0]].role if len(experts) == 1 else ""
    who = "the Chair" if re.match(r"chair", role or "", re.I) else \
        directory.statements[experts[0]].speaker if len(experts) == 1 else "the experts"
    return FollowUp(question=question[:match.start("pronoun")] + who + question[match.end("pronoun"):],
                    changed=True)


def _of_the_document(question: str, previous: str, _answer: str, directory: SpeakerDirectory
                     ) -> FollowUp | None:
    """After a question about the document: "what day?" asks its date, "how many groups does it
    say took part" asks what the summary says."""
    meeting = read_meeting(previous, directory)
    if meeting is None or meeting.asks != "document":
        return None
    bare = _BARE_DOCUMENT_FIELD.match(question)
    if bare:
        field = "session" if bare.group("session") else "author" if bare.group("author") else "date"
        return FollowUp(question={"session": "Which session was this?", "author": "Who wrote this summary?",
                                  "date": "When was this dialogue held?"}[field], changed=True)
    says = re.search(r"\b(does|did)\s+it\s+say\b", question, re.I)
    if says:
        said = f"{says.group(1)} the summary say"
        return FollowUp(question=question[:says.start()] + said + question[says.end():], changed=True)
    return None


def _which_did(question: str, previous: str, _answer: str, directory: SpeakerDirectory
               ) -> FollowUp | None:
    """"Which NGOs did?" after "Did WRI ask the experts anything?": which NGOs asked the experts
    anything. The previous question must ask whether a named speaker, or anyone, did something."""
    match = _WHICH_DID.match(question)
    asked = _ASKED_OF.match(previous) if match else None
    if not asked:
        return None
    if asked.group("anyone"):  # "did any NGO mention X?" - "which ones did?"
        rest = previous[asked.end():]
    else:
        span = _speaker_span(previous, directory)
        if not span or _with_article(previous, span) != asked.end():
            return None
        rest = previous[span[1]:]
    noun = match.group("noun")
    kinds = _kinds_of(noun) if noun else []
    if noun and not kinds and noun.lower() not in ("ones", "one", "speakers", "speaker"):
        return None  # "which report did?" asks about a thing
    who = f"Which {_plural_of(noun, kinds)}" if kinds else "Who" if not noun or noun.lower() == "one" \
        else "Which speakers"
    return FollowUp(question=f"{who} {rest.strip()}", changed=True)


def _which_of_them(question: str, previous: str, answer: str, directory: SpeakerDirectory
                   ) -> FollowUp | None:
    any_of = _ANY_OF_DID.match(question)
    named = speakers_named(answer, directory) if any_of else []
    # ("any of them" of up to three is the pronoun rule's, which asks each of them; of more, as
    # "did any of them mention lawyers?" after eleven States, it is asked of them as a list here;
    # "any of those lawyer ngos" names its own kind)
    if any_of and ((re.search(r"\bof\s+them\b", question, re.I) and len(named) <= 3)
                   or re.match(rf"(?:[\w-]+\s+)?{KIND_NOUN}\b", any_of.group("rest"), re.I)):
        any_of = None
    if any_of and named:  # "Did any of those put a question to the Experts?": did anyone of them
        return FollowUp(question=f"{_capitalise(any_of.group('aux'))} anyone {any_of.group('rest')}?",
                        changed=True, restrict_to=named, note=_among(named, "restricted to"), asks_anew=True)
    did = _WHICH_OF_DID.match(question)
    if did and _kinds_of(did.group("rest").strip(" ?.!")):  # "which of them ngos": which are NGOs
        did = None
    named = speakers_named(answer, directory) if did else []
    if did and named:
        # "which one of them chairs the group", "which of them spoke first": a meeting fact
        meeting = read_meeting(f"Who {did.group('rest')}?", directory)
        if meeting and meeting.asks in _ONE_HOLDER:  # one holds it, named or not: no restriction
            return FollowUp(question=f"Who {did.group('rest')}?", changed=True)
        return FollowUp(question=f"{'Who' if meeting else 'Which speakers'} {did.group('rest')}?",
                        changed=True, restrict_to=named, note=_among(named, "restricted to"), asks_anew=True)
    match = _WHICH_OF.match(question)
    noun = next((n for n in match.group("noun", "noun2", "noun3", "noun4", "noun5") if n), None) \
        if match else None
    kinds = _kinds_of(noun) if noun else []
    if not kinds:
        return None
    trailed = trailing_who(previous)  # "torture - which ngos": the kinds after the topic
    asked = subject_kinds(previous) or (subject_kinds(trailed.group("who") + " said") if trailed else [])
    if match.group("noun2") and re.match(r"\s*and\s", question, re.I) and asked \
            and not set(kinds) & set(asked):
        return None  # "Which NGOs raised torture?" - "and states?": the States, not those of the NGOs
    if match.group("noun2") and re.match(r"\s*and\s", question, re.I) and not asked \
            and read_intent(previous, directory).speakers:
        return None  # "What did Malta say about X?" - "and NGOs?": which NGOs spoke about X (`_and_speaker`)
    plural = _plural_of(noun, kinds)
    previous = re.sub(r"^\s*(?:and|so|but)\s+(?=who\b)", "", previous, flags=re.I)  # "and who said X"
    subject = WHO_SUBJECT.match(previous)
    rest = re.sub(r"^\s+else\b", "", previous[subject.end():]) if subject else ""
    trailing = trailing_who(previous) if not subject else None  # "rule of law - who mentioned it"
    resolved = f"Which {plural}{rest}" if subject else \
        f"{previous[:trailing.start('who')]}which {plural}{previous[trailing.end('who'):]}" if trailing \
        else f"{previous.rstrip('?')} (only {plural})?"
    # All the speakers named, whatever their kind: the answer says when none are of the kind asked.
    named = speakers_named(answer, directory)
    return FollowUp(question=resolved, changed=True, restrict_to=named,
                    note=_among(named, "restricted to") if named else "")


def _plural_of(noun: str, kinds: list[Kind]) -> str:
    """The plural to ask about speakers of `kinds` named by `noun` ("NGOs", "States")."""
    return _KIND_NOUNS.get(kinds[0], "delegations") if len(kinds) == 1 else \
        re.sub(r"^(?:state|delegation|countr)(?:y|ies|s)?$", _plural_noun, noun.strip(), flags=re.I)


def _plural_noun(match: re.Match[str]) -> str:
    word = match.group().lower()
    return "States" if word.startswith("state") else "countries" if word.startswith("countr") \
        else "delegations"


def _kinds_of(noun: str) -> list[Kind]:
    """The kinds a noun names: "NGOs", "civil society orgs", "on the expert panel"."""
    noun = _ON_THE.sub("", noun)
    for pattern, kinds in KIND_WORDS:
        if re.fullmatch(pattern, noun.strip(), re.I):
            return list(kinds)
    return []


def speakers_named(answer: str, directory: SpeakerDirectory) -> list[str]:
    """Statement ids of the speakers an answer names outside quotes, in order.

    >>> speakers_named("Malta and the EU; OMCT said “Lithuania …”", directory)
    ['hrc60-belarus/malta', 'hrc60-belarus/european-union', 'hrc60-belarus/world-organization...']
    """
    text = _JOINTLY.sub(" ", _QUOTED.sub(" ", answer))
    found: list[tuple[int, str]] = []
    for start, _end, alias in directory.find_mentions(text):
        own = directory.lookup(alias)[0]
        if own.form == "name":  # "the Belarusian authorities" does not name Belarus's statement
            found.append((start, own.statement_id))
    for statement in directory.statements.values():
        for name in name_variants(statement):
            owner = directory.lookup(name)[:1]  # a co-presenter with a statement of its own is that
            if owner and owner[0].via is None and owner[0].statement_id != statement.id:
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
                found.append((match.start(), statement.id))
    return list(dict.fromkeys(sid for _start, sid in sorted(found)))
