"""Questions about the meeting itself rather than what was said: who spoke, how many, in what
order, who chaired or sat on the panel, which experts replied to the floor, someone's role, who
delivered a statement, a group's members, joint statements, who put questions to the experts,
and the summary's date, session, title and author. Lists and counts of States may name a region
("Did any African country speak?", "Which States from outside Europe spoke?"), read from the
country data's regions and subregions (`hrcqa.text.countries.regions`). Pure functions over the
question and the speaker directory; no model.

`read_meeting` returns a `MeetingRequest` or None. None means the question is about what was
said ("Which NGOs spoke about torture?", "Who said the first step is a moratorium?") and goes to
sentence search (`hrcqa.question.intent`). The patterns are general English frames that must
span the whole question, so a question that goes on past the frame is never read as a meeting
question, and "first" counts only as an order ("spoke first", "the first speaker"), never in
"the first step". Names are resolved through the speaker directory (aliases, group members,
co-presenters), the short names of `hrcqa.question.naming` and the representatives' names the
parser recorded; there is no list of this document's speakers. A proper name that names no
speaker is kept only in "Did X speak?" (the answer is no); elsewhere the question falls through.

Not handled: questions that combine a meeting fact with a topic ("Which NGO spoke first about
torture?"), "who spoke for the NGOs" and other kind nouns in a name's place, questions to one
panel member by name, time of day, and languages other than English.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from hrcqa.models import Kind, Statement
from hrcqa.question.naming import Named, names_in
from hrcqa.question.query import NGO_NOUN, SpeakerDirectory
from hrcqa.question.words import EXCLUDING, MODIFIERS, active_voice, left_out
from hrcqa.text.countries import country_named, in_region, regions
from hrcqa.text.grammar import is_plural, with_article

Ask = Literal["speakers", "count", "order", "neighbour", "between", "earlier", "position", "role", "chair",
              "presenter", "repliers", "representative", "members", "membership", "joint", "spoke", "askers",
              "document", "length", "defines"]
Field = Literal["date", "session", "title", "source", "body", "all"]

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth")
_MEETING = (r"(?:(?:interactive\s+)?dialogue|meeting|session|debate|discussion|summary|document|doc|"
            r"record|ID|thing)")  # "the whole thing", "the UN thing": whatever words name it
_END = (rf"(?:\s+(?:in|at|during|on|for|of)\s+(?:the|this|today['’]s|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{_MEETING}|council|hrc)(?:\s+(?:on|about)\s+(?!the\b)[\w-]+)?|"
        r"\s+(?:on|in)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:list|order|line-?up)(?:\s+of\s+speakers)?|"
        # "did Russia take the floor at any point (of the ID)"
        rf"\s+at\s+any\s+(?:point|time|stage)(?:\s+(?:of|in|during)\s+(?:the|this)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{_MEETING}|council|hrc))?|"
        r"\s+today|\s+then|\s+on\s+the\s+floor|\s+(?:in\s+)?total|\s+overall|\s+altogether|\s+in\s+all|\s+at\s+all|"
        r"\s+(?:finally|(?:in|at)\s+the\s+end)|"
        r",?\s+(?:including|counting)\s+(?:the\s+)?(?:experts|panel(?:lists)?|chair)|"
        r",?\s+(?:the\s+)?(?:experts|panel(?:lists)?)\s+included|\s+in\s+(?:the|their)\s+(?:replies|answers|"
        r"concluding\s+remarks)|,?\s+according\s+to\s+(?:the|this)\s+"
        r"(?:summary|document|doc|record)|"
        # "who presented the report and what's her title": the answers name roles too
        r",?\s+and\s+(?:what\s+(?:is|was)|what['’]?s|whats)\s+(?:her|his|their|its)\s+(?:title|role|"
        r"position|job|function)|"
        # "which groups spoke and in what order": the lists are in speaking order
        r",?\s+(?:and\s+)?in\s+(?:what|which)\s+order|"
        # "which groups talked as a block": as what they are; "and which country read each one":
        # a group's line names the State that spoke for it
        r"\s+as\s+(?:a\s+)?(?:block|bloc|group|groups|one)|"
        # "... and which spoke last among them": of those the first part asked about
        r"\s+(?:among|of)\s+(?:them|those|these)|"
        # "who delivered it, and with what title?", "and which States are thereby covered?": the
        # answers name the title and the members
        r",?\s+(?:and\s+)?(?:with|in|under)\s+what\s+(?:title|capacity|role|function)|"
        # "..., and with which co-sponsors?": a joint statement's answer names them
        r",?\s+(?:and\s+)?with\s+(?:which|what|whom)(?:\s+(?:co-?sponsors|co-?presenters|partners|organi[sz]ations|"
        r"ngos|co-?signatories))?|"
        r",?\s+and\s+(?:which|what)\s+(?:states|countries|members)\s+(?:are|were)\s+(?:thereby\s+|so\s+|thus\s+)?"
        r"(?:covered|included|represented)|"
        r",?\s+(?:and|n|&)\s+(?:which|what)\s+(?:country|state|delegation|member)\s+(?:read|delivered|presented|"
        r"gave)\s+(?:each(?:\s+one)?|it|them|theirs)|"
        # "..., respectively": the answers give each in turn
        r",?\s+respectively|"
        # "is poland part of it or separate?": the other answer adds nothing to ask
        r",?\s+or\s+(?:not|separate(?:ly)?|alone|on\s+(?:its|their)\s+own|independently))*\s*[?.!]*\s*$")
_ONE_NOUN = (r"(?:speakers?|participants?|people|persons|delegations?|"
             r"(?:member\s+)?states?(?:\s+delegations?)?|"
             r"(?:country|national|government)\s+delegations?|(?:group|ngo|state)\s+statements?|countries|"
             rf"country|governments?|{NGO_NOUN}|"
             r"(?:regional\s+(?:and|or|&|/)\s*cross-regional\s+|regional\s+|cross-regional\s+|country\s+)?"
             r"groups?(?:\s+of\s+(?:states|countries))?|experts?|"
             r"panel(?:l?ists?|\s+members?)?|statements?|ones)")
# (or with its preposition last: "Who was France preceded by?")
_PASSIVE_SIDE = re.compile(r"^(?:by\s+)?(?:whom|who|(?P<who>(?:which|what)\s+[\w-]+))\s+(?:was|were|is)\s+"
                           r"(?P<anchor>.+?)\s+(?P<adv>(?:immediately|directly|just|right)\s+)?"
                           r"(?P<rel>preceded|followed)(?:\s+by)?(?:\s+on\s+the\s+floor)?(?=\s*[?.!]*\s*$)",
                           re.I)
_PASSIVE_AGENT = re.compile(r"^(?:who|(?P<who>(?:which|what)\s+[\w-]+))\s+(?:was|were|is)\s+"
                            r"(?P<adv>(?:immediately|directly|just|right)\s+)?(?P<rel>preceded|followed)\s+by\s+"
                            r"(?P<anchor>.+?)(?:\s+on\s+the\s+floor)?(?=\s*[?.!]*\s*$)", re.I)
_WHICH_ONES = r"\s+(?:and|&)\s+which(?:\s+ones)?(?:\s+(?:were|are)\s+they)?"
_KIND_HOW_MANY = re.compile(rf"^(?:the\s+)?(?P<noun>{_ONE_NOUN})(?:\s+like\s+[^,?]+?)?\s*[-–—,:]?\s+"
                            rf"how\s+many(?:{_WHICH_ONES})?(?=\s*[?.!]*\s*$)", re.I)
AND_WHICH_ONES = re.compile(rf"\s*,?{_WHICH_ONES}(?=\s*[?.!]*\s*$)", re.I)
_WHAT_KIND_IS = re.compile(r"^(?:which|what)\s+(?:kind\s+of\s+)?(?:organi[sz]ation|org|group|body|ngo|"
                           r"country|state|delegation|entity)\s+(?:is|was)\s+(?P<name>[^?]+?)"
                           r"(?:\s+(?:from|with|part\s+of|again))?(?=\s*[?.!]*\s*$)", re.I)
# "the jury had a boss right. whats her name", "did the panel have a chair? who?": who the head is
_HAD_A_HEAD = re.compile(r"^(?:did\s+)?(?:the\s+)?"
                         r"(?P<body>experts|panel|group(?:\s+of\s+(?:independent\s+)?experts)?)\s+"
                         r"(?:had|has|have)\s+(?:a|an)\s+(?:chair(?:person|man|woman)?|head|president|leader|"
                         r"boss|chief)(?:\s*,?\s*(?:right|no|too|yes))?\s*[.?!,;:–—-]+\s*(?:(?:so|and|ok)\s*,?\s+)?"
                         r"(?:what(?:['’]s|\s+(?:is|was))\s+(?:her|his|their|the)\s+name|who(?:['’]s|\s+(?:is|was)"
                         r"\s+(?:she|he|it|that))?|(?:her|his|the)\s+name)\s*[?.!]*\s*$", re.I)
# "what is the name of the chair", "the chair's name?", "what's the chair called": who holds it
_NAME_OF = re.compile(r"^(?:(?:what|which)(?:['’]s|\s+(?:is|was))\s+)?(?:the\s+)?(?:(?:full\s+)?name\s+of\s+"
                      r"(?:the\s+(?:person|one|man|woman|diplomat|official|delegate)\s+(?P<who>who\s+.+?)|"
                      # "the name of the NGO that spoke last": which NGO spoke last
                      r"the\s+(?P<kind>ngo|state|country|group|delegation|expert|speaker|organi[sz]ation)\s+"
                      r"(?:that|which|who)\s+(?P<rest>.+?)|"
                      r"(?P<of>.+?))|(?P<owner>[^?']+?)['’]s?\s+(?:full\s+)?name)\s*[?.!]*\s*$|"
                      r"^what(?:['’]s|\s+(?:is|was))\s+(?P<called>.+?)\s+called\s*[?.!]*\s*$", re.I)
# Speaking with no co-presenters
_ALONE = re.compile(r"\b(?:alone|on\s+(?:its|their|her|his)\s+own|by\s+(?:itself|themselves)|separately|solo|"
                    r"independently|individually)\b", re.I)
# "Of the States, which one ...", "Among the countries that spoke on their own, which one ..."
_OF_THE_KIND_ONE = re.compile(rf"^(?:of|among)\s+(?:all\s+)?(?:the\s+)?(?P<noun>{_ONE_NOUN})"
                              r"(?:\s+(?:that|which|who)\s+(?:spoke|took\s+the\s+floor)\s+"
                              r"(?P<alone>on\s+(?:their|its)\s+own|individually|alone|separately|"
                              r"in\s+their\s+own\s+name))?\s*,\s*(?:which|what)\s+one\s+", re.I)
# One kind noun or several ("States and NGOs", "delegations, groups or organisations").
# What joins the nouns of several kinds: "States and NGOs", "NGOs vs States", "experts, NGOs".
NOUN_JOINER = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus|vs\.?|versus|compared\s+(?:to|with))\s+"
_AND_NOUN = rf"(?:{NOUN_JOINER})(?:the\s+)?(?:individual\s+|single\s+)?"
_NOUN = rf"(?P<noun>(?:individual\s+|single\s+|separate\s+)?{_ONE_NOUN}(?:{_AND_NOUN}{_ONE_NOUN})*)"
_SPOKE = (r"(?:spoke|speak|speaks|spoken|talked|talk|talks|(?:get|got|gets)\s+to\s+speak|"
          # "how many of the charities got a turn"
          r"(?:got|get|gets|had|have|has|took|take|takes)\s+(?:a|their|its)\s+turn(?:\s+to\s+speak)?|"
          r"(?:took|take|taken|takes)\s+the\s+floor|participated|(?:were|was|are|is|been)\s+given\s+the\s+floor|"
          r"participate|(?:took|take|taken)\s+part|intervened|intervene|addressed\s+the\s+"
          r"(?:council|dialogue|meeting)|(?:made|make|delivered|deliver|gave|give)\s+(?:a\s+|their\s+|its\s+)?"
          r"statements?|(?:was|were|is|are)\s+(?:there|present|represented|heard|made|delivered|given)|"
          r"attended|heard)")
_SPOKE_SHORT = (r"(?:spoke|speaks|talked|talks|(?:took|takes|had|has|held|got)\s+the\s+floor|went|"
                r"(?:was|were)\s+given\s+the\s+floor|"
                r"was\s+heard|"
                r"(?:was|were)\s+up|intervened|replied|responded|answered|came|"
                r"(?:made|delivered)\s+(?:a|their|its)\s+statement)")
# "Poland's statement", "Germany's", "the EU turn": a speaker's turn named by its speaker
_TURN_OF = r"(?:['’]s?)?(?:\s+(?:joint\s+)?(?:statement|speech|intervention|turn|delegation))?"
_TAKE_TURN = (r"(?:speak|talk|take\s+the\s+floor|go|come|intervene|deliver\s+(?:its|their|her|his|the)\s+"
              r"statement|(?:been\s+)?(?:heard|delivered|made|given)|(?:spoken|gone|come))")
_SIDE = r"(?:before|after|earlier\s+than|later\s+than|ahead\s+of|prior\s+to)"
_ORD = (rf"(?P<ord>{'|'.join(ORDINALS)}|penultimate|(?:second|next)[-\s]+(?:to[-\s]+)?last|last|final|"
        rf"\d{{1,2}}(?:st|nd|rd|th))")
# "in the state delegations segment", "during the NGO part": the speakers of that kind
_SEGMENT = re.compile(r"\s+(?:in|during|of|within)\s+the\s+(?P<nouns>[\w\s-]{2,40}?)\s+"
                      r"(?:segment|section|part|round|portion|block|slot|batch)\b", re.I)
# an office a speaker or representative may hold: "the chair", "the foreign minister", "a member
# of the group"
_OFFICE_WORD = (r"(?:chair(?:person|man|woman)?|head|president|leader|boss|members?|minister|ambassador|"
                r"representative|rapporteur|expert|envoy|delegate|secretary|director|deputy|vice[-\s]?chair)")
_OFFICE = (rf"(?:(?:foreign|special|permanent|deputy|vice|first|second|third|executive|independent)\s+)?"
           rf"{_OFFICE_WORD}(?:\s+(?:of|on|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?)?")
# the body a chair heads: not a second question joined on ("... of the Group and who are its members")
_BODY = r"(?P<body>(?:(?!\s+(?:and|&)\s+(?:who|which|what|how)\b).)+?)"
_SLOT = r"(?:segment|section|part|round|portion|block|slot|list|batch)"  # of the speakers' list
# "ngo slot: how many and who opened it": a lead-in naming one kind's part of the speakers' list
_KIND_LEAD = re.compile(rf"^(?:(?:for|in|about)\s+)?(?:the\s+)?(?P<noun>{_ONE_NOUN})"
                        rf"(?:\s+(?P<slot>{_SLOT}))?$", re.I)
# "and regional groups?", "what about the NGOs", "and which NGO?": a follow-up naming only a kind
_BARE_KIND = re.compile(r"^(?:(?:and|so|ok(?:ay)?|now|then|what\s+about|how\s+about|same\s+for|and\s+for)"
                        r"\s+)+"
                        rf"(?:(?:the|which|what)\s+)?(?:only\s+)?{_NOUN}"
                        r"(?:\s+(?:then|too|now|please|pls))?\s*[?.!]*\s*$", re.I)
# "groups? how many and which": a kind asked as a question of its own, then what is asked of it
_KIND_ASKED = re.compile(r"^(?P<lead>[^-–—:?.]{2,40}?)\s*\?\s+(?=\S)")
# "ngos count", "states number": a count typed as keywords
_KEYWORD_COUNT = re.compile(rf"^(?:the\s+)?{_NOUN}\s+(?:count|number|total|tally|how\s+many)\s*[?.!]*\s*$",
                            re.I)
# Where a learner of English leaves out the article: "how many states took floor", "who were experts
# on panel", "who is chair of Group of Experts", "at belarus ID"
_NO_ARTICLE = re.compile(r"\b(?P<before>took|take|takes|taking|had|have|has|held|got|get|gets|on|of|in|at|"
                         r"from|to|for|by|during|is|was|are|were)\s+"
                         r"(?!(?:the|a|an|this|that|these|those|its|their|her|his|our|any|each|every|all|both|"
                         r"which|what|who)\b)"
                         r"(?=(?:floor|panel|chair(?:person|woman|man)?|experts|group\s+of|meeting|dialogue|session|"
                         r"debate|other\s+members|members\s+of|(?:[\w-]+\s+){1,2}(?:ID|dialogue|meeting|group|"
                         r"statement)\b)\b)", re.I)
_BARE_HOW_MANY = re.compile(r"^how\s+many(?=\s*(?:,|\band\b|&|\+|[?.!]|$))", re.I)
_POINTS_BACK = re.compile(rf"\b(?:it|them|that\s+one|(?:that|this)(?:\s+{_SLOT})?)(?=\s*[?.!]*\s*$)", re.I)
# "which was the first State to take the floor after Belarus": the State right after it
_NEXT_OF_KIND = re.compile(r"^(?:which|what|who)\s+(?:was|were|is)\s+the\s+(?P<ord>first|next|last)\s+"
                           rf"{_NOUN}\s+"
                           r"(?:to\s+(?:speak|take\s+the\s+floor)|that\s+spoke|up)\s+(?P<rel>after|before)\s+"
                           r"(?P<anchor>[^?]+?)\s*[?.!]*\s*$", re.I)
# "what was the speaking order of the groups": in what order they spoke
_ORDER_OF_KIND = re.compile(rf"^what\s+(?:was|is)\s+the\s+(?:speaking\s+)?order\s+of\s+(?:the\s+)?{_NOUN}"
                            r"\s*[?.!]*\s*$", re.I)
# "which country spoke first among the States", "how many delegations spoke, including groups":
# kinds named at the end, which narrow or widen those asked
_KINDS_AT_END = re.compile(rf"\s*,?\s+(?:(?P<how>among|amongst|including|incl\.?)\s+(?:all\s+)?(?:the\s+)?|"
                           r"of\s+(?:all\s+)?the\s+)"
                           rf"(?P<nouns>(?:(?:individual|single|separate)\s+)?{_ONE_NOUN}(?:{_AND_NOUN}{_ONE_NOUN})*)"
                           r"(?=\s*[?.!]*\s*$)", re.I)
# "Among the individual countries, which ...?": the kinds put first
# ("In the part of the dialogue where individual countries spoke (not the groups), which ...?")
_KINDS_FRONTED = re.compile(r"^(?:(?:of|among|amongst)\s+(?:all\s+)?(?:the\s+)?|"
                            r"(?:in|during)\s+the\s+(?:part|segment|section|round|portion)\s+(?:of\s+the\s+"
                            r"(?:dialogue|meeting|debate|session)\s+)?(?:where|when|in\s+which)\s+(?:the\s+)?)"
                            rf"(?P<nouns>(?:individual\s+|single\s+|separate\s+)?{_ONE_NOUN}(?:{_AND_NOUN}{_ONE_NOUN})*)"
                            r"(?:\s+(?:spoke|took\s+the\s+floor|had\s+the\s+floor))?(?:\s*\([^)]*\))?\s*[,:]\s*"
                            r"(?P<rest>(?:which|who|what|how\s+many)\b.*)$", re.I)
# "the last State to speak before the NGOs (started)": the last of a kind whose speakers all come first
_BEFORE_KIND = re.compile(r",?\s+(?:(?:right|immediately|just|directly|straight)\s+)?"
                          r"(?P<rel>before|after)\s+(?:the\s+)?"
                          r"(?P<single>individual\s+|single\s+|separate\s+)?"
                          rf"(?P<nouns>{_ONE_NOUN})(?:\s+(?:started|began|"
                          r"spoke|came|took\s+over|took\s+the\s+floor|had\s+spoken|finished))?(?=\s*[?.!]*\s*$)",
                          re.I)
# "how many countries ngos and groups spoke": a list of kinds typed without commas
_SPACED_KINDS = re.compile(rf"\b(?P<one>{_ONE_NOUN})\s+(?=(?P<next>{_ONE_NOUN})\s*(?:,|\band\b|&|\bor\b))",
                           re.I)
# "first and last", "first and which one spoke last": both ends of the order
# "which delegation opened the States' segment, and which closed it?": the last of them too
_AND_CLOSED = re.compile(r"\s*,?\s+(?:and|&)\s+(?:which|who)(?:\s+one)?\s+(?:closed|ended|finished|concluded|"
                         r"wrapped\s+up)\s+(?:it|them|that\s+\w+)?\s*[?.!]*\s*$", re.I)
# "the segment of State delegations": the State delegations' segment
_SLOT_OF = re.compile(rf"\bthe\s+(?P<slot>(?!list){_SLOT})\s+of\s+(?:the\s+)?(?P<noun>{_ONE_NOUN})\b", re.I)
_FIRST_AND_LAST = re.compile(r"\bfirst\s*,?\s+(?:and|&)\s+(?:the\s+)?"
                             r"(?:(?:which|who)\s+(?:one\s+)?(?:\w+\s+){0,3}?)?(?:last|final)(?:\s+one)?\b|"
                             # "first state to take the floor and the last one": the words between kept
                             r"\bfirst(?P<between>(?:\s+(?!and\b)[\w-]+){1,5}?)\s*,?\s+(?:and|&)\s+(?:the\s+)?"
                             r"(?:(?:which|who)\s+(?:one\s+)?)?(?:last|final)(?:\s+one)?\s*(?=[?.!]*\s*$)",
                             re.I)
# "right after", "straight after": next to, not merely later
CLOSE = r"(?:(?:right|immediately|just|directly|straight)\s+)"
_OF_THEM = re.compile(r"\b(?:among|of)\s+(?:them|those|these)\b", re.I)
# "Once the concerned State had spoken, by whom was the ID opened?": a side put first as a clause,
# read as "... after the concerned State"
_ONCE_SPOKEN = re.compile(r"^(?:once|after|as\s+soon\s+as)\s+(?P<anchor>[^,?]{2,60}?)\s+(?:had\s+|has\s+)?"
                          r"(?:spoken|spoke|finished(?:\s+speaking)?|(?:taken|took|had)\s+the\s+floor|"
                          r"been\s+heard|made\s+(?:its|their|his|her)\s+statement)\s*,\s*(?P<ask>.+)$", re.I)
# "...: a group or an individual State?": kinds offered to choose from, which the answer's own
# kind of speaker settles
_KIND_CHOICE = re.compile(r"\s*[:,;-]\s*(?:(?:was|is)\s+it\s+)?(?P<one>[\w\s-]{1,30}?)\s+or\s+"
                          r"(?P<other>[\w\s-]{1,30}?)\s*[?.!]*\s*$", re.I)
# "after the helsinki committee, who had the floor": the side put first
_FRONTED_SIDE = re.compile(rf"^(?P<side>{CLOSE}?(?:after|before|between|following|preceding)\s+"
                           r"[^,?]{2,60}?)\s*,?\s+"
                           r"(?P<ask>(?:who|(?:which|what)\s+[\w-]+)\s+(?:spoke|talked|came|went|followed|"
                           r"(?:took|had|got|held)\s+the\s+floor|was\s+(?:up|next))(?:\s+next)?)"
                           r"\s*[?.!]*$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TO_SPEAK = r"(?:(?:one\s+)?to\s+(?:speak|talk|take\s+the\s+floor)|up)"  # "the first country up"
_GROUPS = r"(?:countries|states|members|member\s+states|nations)"
_LAST_WORD = rf"(?:got|had|gets|has|was\s+given)\s+the\s+{_ORD}\s+word"  # "who got the last word"
_BY = r"(?:delivered|read(?:\s+out)?|gave|made|presented)"
# "who", or the person asked about by name or office: "what is the name of the diplomat who",
# "which official".
_PERSON = (r"(?:[\w-]+\s+)?(?:person|representative|diplomat|delegate|envoy|ambassador|minister|"
           r"official|speaker|spokesperson|country|state|delegation)")
_WHO_PERSON = (rf"(?:who|(?:what\s+(?:is|was)\s+the\s+(?:name|title|role|position|function)\s+of|name)"
               rf"\s+the\s+{_PERSON}\s+(?:who|that)|"
               rf"which\s+{_PERSON})")
_ASK_REST = (r"(?:(?:any|a|some|the|their|its|questions?|qs?|something|anything|stuff|things|to|of|for|"
             r"independent|experts?|"
             r"panel(?:lists?)?|"
             r"chair(?:person)?|group|commission|inquiry|special|rapporteurs?|members?)\s*)*")
# Words naming which meeting: "the hrc60 belarus ID", "the Belarus interactive dialogue".
_QUALIFIED = r"(?:[\w-]+\s+){0,3}?"
_THE_MEETING = rf"(?:this|the)\s+{_QUALIFIED}{_MEETING}"
_THE_ORDER = r"(?:speaking\s+order|order|list(?:\s+of\s+speakers)?)"  # "Ireland's place in the ..."
# "the expert panel for Belarus", "the group of experts on Belarus": the body, of whichever country
_PANEL_BODY = (r"(?:(?:experts?['’]?\s+)?panel|group\s+of\s+(?:independent\s+)?experts|"
               r"(?:experts?['’]?\s+|expert\s+)?group|commission(?:\s+of\s+inquiry)?)"
               r"(?:\s+(?:on|for)\s+(?!the\b)[\w-]+)?")
# "what is Bazilli's role on the panel": the body a role is held in
_IN_PANEL = rf"(?:\s+(?:on|in|within)\s+the\s+{_PANEL_BODY})?"
# The experts' replies to the floor: "which expert replied first", "who answered the questions
# from the delegations", "who gave the concluding remarks".
_PANEL_NOUN = (r"(?P<noun>experts?|panel(?:l?ists?|\s+members?)?|members?\s+of\s+the\s+(?:group(?:\s+of\s+"
               r"(?:independent\s+)?experts)?|panel))")
_REPLY = (r"(?:(?:have|had|did)\s+)?(?:replied|reply|replies|responded|respond|responds|answered|answer|"
          r"answers)")
_REPLY_TO = (r"\s+(?:to\s+)?(?:the\s+|their\s+)?(?:questions?|delegations?|speakers?|states?|floor|comments?|"
             r"interventions?|dialogue|debate|discussion)(?:\s+(?:from|of|by|raised\s+by|put\s+by|asked\s+by)"
             r"\s+(?:the\s+)?(?:floor|delegations?|states?|speakers?|ngos?|participants?))?")
_AFTER_FLOOR = (r"\s+(?:after|following)\s+(?:the\s+)?(?:floor|(?:interactive\s+)?dialogue|debate|questions|"
                r"delegations|discussion)")
_REMARKS = (r"(?:(?:have|had|did)\s+)?(?:gave|give|made|make|delivered|deliver|presented|did|do)\s+"
            r"(?:the\s+)?"
            r"(?:replies|answers|responses|(?:concluding|closing|final)\s+remarks)(?:\s*(?:/|and|or|&)\s*(?:the\s+)?"
            r"(?:replies|answers|responses|(?:concluding|closing|final)\s+remarks))?")
_FILLER = re.compile(r"^(?:(?:and|so|then)\s+)?(?:please\s*,?\s*)?"
                     r"(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
                     r"(?:tell\s+(?:me|us)\s+|let\s+me\s+know\s+)?|,?\s+please(?=\s*[?.!]*\s*$)|"
                     # chat tails: "... name please", "... exactly", "(states + ngos)"
                     r"[?.!]*\s+(?:(?:the\s+)?name\s+)?please\s*[?.!]*\s*$|\s+exactly(?=\s*[?.!]*\s*$)|"
                     # "who exactly delivered it", "who actually spoke first"
                     r"(?<=^who)\s+(?:exactly|actually|precisely|really)\b|"
                     r"(?:(?<=^and who)|(?<=^then who))\s+(?:exactly|actually|precisely|really)\b|"
                     # "which ones actually asked the experts": an adverb that asks nothing
                     r"(?<=\w)\s+(?:actually|really)(?=\s+\w)", re.I)
# "(states + ngos)" closing a question: the kinds it asks about
_KINDS_AFTER = re.compile(r"\s*\((?P<nouns>(?:[\w-]+\s*(?:\+|&|and|,|or)\s*)+[\w-]+)\)\s*(?=[?.!]*\s*$)",
                          re.I)

# (what is asked, frame, fixed values). Tried in order; the first frame that spans the question wins.
PATTERNS: list[tuple[Ask, str, dict[str, object]]] = [
    ("document", rf"^(?:when|on\s+what\s+(?:date|day)|what\s+(?:date|day))\s+(?:was|is|did|were)\s+"
                 rf"{_THE_MEETING}(?:\s+on\s+[\w-]+)?\s*(?:\+|&|and)\s*(?:which|what)\s+session{_END}",
     {"field": "all"}),
    ("document", rf"^(?:when|on\s+what\s+(?:date|day)|what\s+(?:date|day))\s+(?:was|is|did|were)\s+"
                 rf"{_THE_MEETING}(?:\s+(?:held|take\s+place|took\s+place|happen|convened?|"
                 rf"dated|written|published))?{_END}", {"field": "date"}),
    # "when did this take place", "when was it held": "this" is the meeting the summary records
    ("document", r"^(?:when|on\s+what\s+(?:date|day)|what\s+(?:date|day))\s+(?:was|did)\s+(?:this|it)\s+"
                 rf"(?:held|take\s+place|happen|convened?){_END}", {"field": "date"}),
    ("document", r"^when\s+(?:was|is)\s+this(?:\s+(?:one|meeting|dialogue|session))?\s*[?.!]*\s*$",
     {"field": "date"}),  # "when was this?": the meeting the summary records
    ("document", rf"^what\s+(?:is|was)\s+the\s+date\s+(?:of|for)\s+{_THE_MEETING}{_END}",
     {"field": "date"}),
    # "what date was it", "what day was this held"
    ("document", rf"^(?:what|which)\s+(?:date|day)\s+(?:was|is)\s+(?:it|this|that)(?:\s+(?:held|on))?{_END}",
     {"field": "date"}),
    ("document", rf"^(?:(?:during|in|at)\s+)?(?:what|which)\s+(?:hrc\s+|council\s+|human\s+rights\s+"
                 rf"council\s+)?session(?:\s+of\s+the\s+(?:hrc|council|human\s+rights\s+council))?"
                 rf"(?:\s+(?:was|is)\s+(?:it|{_THE_MEETING}|this)(?:\s+on\s+[\w-]+)?(?:\s+(?:held|from|part\s+of))?|"
                 rf"\s+did\s+(?:this|it|the\s+{_MEETING})\s+take\s+place)?{_END}", {"field": "session"}),
    ("document", rf"^what\s+(?:is|was)\s+the\s+(?:title|name|subject)\s+of\s+{_THE_MEETING}"
                 rf"{_END}", {"field": "title"}),
    ("document", rf"^what\s+(?:is|was)\s+{_THE_MEETING}\s+(?:about|called|titled|entitled)"
                 rf"{_END}", {"field": "title"}),
    ("document", r"^(?:who|(?:which|what)\s+(?:organi[sz]ation|institution|centre|center))\s+(?:wrote|"
                 r"authored|published|prepared|produced|compiled|issued|drafted)(?:\s+up)?\s+(?:this|the)\s+"
                 rf"(?:meeting\s+)?(?:summary|document|doc|record){_END}", {"field": "source"}),
    ("document", r"^who\s+put\s+(?:this|the)\s+(?:meeting\s+)?(?:summary|document|doc|record)\s+together"
                 rf"{_END}", {"field": "source"}),
    ("document", r"^(?:who|what)\s+(?:is|was)\s+the\s+(?:author|source|publisher|writer)\s+of\s+"
                 rf"(?:this|the)\s+(?:meeting\s+)?(?:summary|document|doc|record){_END}",
     {"field": "source"}),
    ("document", rf"^(?:(?:which|what)\s+(?:(?:un|united\s+nations)\s+)?(?:body|council|organ|institution)\s+"
                 rf"(?:held|hosted|convened)|"
                 rf"where\s+(?:was|did))\s+{_THE_MEETING}(?:\s+(?:held|take\s+place))?{_END}",
     {"field": "body"}),
    ("document", rf"^what\s+is\s+this\s+(?:summary|document|doc|record){_END}", {"field": "all"}),
    # "what is this meeting", "which meeting was it": the meeting the summary records, all of it
    ("document", r"^(?:what\s+(?:is|was)\s+this\s+(?:meeting|dialogue|debate)|(?:which|what)\s+(?:meeting|"
                 rf"dialogue|debate)\s+(?:is|was)\s+(?:this|it)){_END}", {"field": "all"}),
    # "which un body was this", "what council was it"
    ("document", r"^(?:which|what)\s+(?:(?:un|united\s+nations)\s+)?(?:body|council|organ|forum)\s+"
                 rf"(?:was|is)\s+(?:this|it|{_THE_MEETING})(?:\s+(?:held\s+)?(?:at|in|before|by))?{_END}",
     {"field": "body"}),
    ("askers", rf"^(?:(?:which|what|how\s+many)\s+(?:other\s+)?{_NOUN}|who(?:\s+else)?)\s+(?:(?:have|had|"
               rf"did)\s+)?(?P<verb>asked|ask|put|posed|pose|addressed|directed|raised|had)\s+"
               rf"(?P<rest>{_ASK_REST}){_END}", {}),
    # "every delegation that put a question to the experts", "all the NGOs who asked the panel"
    ("askers", rf"^(?:(?:list\s+|name\s+)?(?:every|each|all(?:\s+the)?|the)\s+{_NOUN})\s+"
               r"(?:that|who|which)\s+"
               rf"(?:(?:have|had|did)\s+)?(?P<verb>asked|put|posed|addressed|directed|raised|had)\s+"
               rf"(?P<rest>{_ASK_REST}){_END}", {}),
    ("askers", rf"^(?:did|were\s+there)\s+any(?:one|body|(?:\s+of\s+the)?\s+{_NOUN})\s+"
               r"(?P<verb>ask|put|pose|address|"
               rf"direct|raise|have)\s+(?P<rest>{_ASK_REST}){_END}", {}),
    # "which other ngos read joint statements and with who"
    ("joint", rf"^(?:who|(?:which|what|how\s+many)\s+(?:other\s+)?{_NOUN})\s+(?:(?:have|had|did)\s+)?"
              r"(?:delivered|deliver|made|make|gave|presented|read|signed|co-?signed|joined|spoke\s+in)\s+(?:a\s+|the\s+)?joint\s+"
              r"statements?(?:\s+(?:with|of|alongside|together\s+with)\s+(?P<name>.+?)|\s*,?\s+and\s+with\s+"
              rf"whom?|\s*,?\s+(?:and\s+)?(?:whom?|which\s+\w+)\s+with)?{_END}", {}),
    ("joint", rf"^(?:who|(?:which|what|how\s+many)\s+{_NOUN})\s+(?:(?:have|had|did)\s+)?(?:co-?presented|"
              r"co-?signed|"
              rf"co-?sponsored|(?:spoke|presented|{_BY}\s+(?:a|the|their|its)\s+statement)\s+(?:jointly|"
              rf"together))(?:\s+(?:with|alongside)\s+(?:others?(?:\s+\w+)?|(?P<name>.+?)))?{_END}", {}),
    ("joint", rf"^(?:who(?:\s+else)?|(?:which|what|how\s+many)\s+(?:other\s+)?{_NOUN})\s+"
              r"(?:(?:have|had|did)\s+)?(?:joined|co-?signed|signed(?:\s+onto|(?:\s+on)?(?:\s+to)?)|co-?presented|"
              r"co-?sponsored|co-?authored|shared)\s+"
              # "who else signed onto the law society one"
              rf"(?:in\s+)?(?:the\s+)?(?P<name>.+?)(?:['’]s?)?\s+(?:statement|one){_END}", {}),
    # "which orgs delivered the OMCT statement together with it"
    ("joint", rf"^(?:who|(?:which|what)\s+(?:other\s+)?{_NOUN})\s+(?:(?:have|had|did)\s+)?(?:delivered|"
              r"presented|gave|made|read)\s+(?:the\s+)?(?P<name>.+?)(?:['’]s?)?\s+statement\s+(?:jointly|together)?\s*"
              rf"with\s+(?:it|them|him|her|(?:the\s+)?(?P<name2>.+?)){_END}", {}),
    # "who did X speak with", "who were X speaking alongside"
    # "with whom did X make the declaration", "with who X made its speech" (no "did")
    ("joint", r"^(?:with\s+whom?\s+(?:did\s+(?P<name>.+?)\s+(?:speak|present|"
              r"(?:deliver|make|give|read|present)\s+(?:its|their|the|a)\s+(?:statement|declaration|speech|"
              r"intervention))|(?P<name4>.+?)\s+(?:spoke|presented|(?:delivered|made|gave|read|presented)\s+"
              r"(?:its|their|the|a)\s+(?:statement|declaration|speech|intervention)))"
              r"(?:\s+(?:jointly|together))?|(?:who|(?:which|what)\s+(?:organi[sz]ations?|ngos?|groups?|"
              r"partners?))\s+(?:did\s+(?P<name2>.+?)\s+(?:speak|present|deliver|partner|come|team\s+up|join\s+forces|"
              r"collaborate)|(?:was|were|is|are)\s+(?P<name3>.+?)(?:\s+(?:speaking|presenting|delivering|"
              r"partnering|teaming\s+up|collaborating))?)"
              r"(?:\s+(?:it|that|this|the\s+statement|its\s+statement|their\s+statement))?"
              rf"(?:\s+(?:jointly|together))?\s+(?:with|alongside)){_END}", {}),
    # "omct co-presented with whom?": the question word left in place, at the end
    ("joint", r"^(?:and\s+)?(?P<name>.+?)\s+(?:co-?presented|co-?sponsored|co-?signed|spoke|presented|"
              r"partnered|teamed\s+up|(?:delivered|made|gave|read)\s+(?:its|their|the|a)\s+(?:joint\s+)?statement)"
              rf"(?:\s+(?:jointly|together))?\s+(?:with|alongside)\s+(?:whom|who|which\s+(?:orgs?|ngos?|"
              rf"organi[sz]ations?|groups?|partners?)){_END}", {}),
    # "whose statement was Connection e.V. part of", "which statement was co-signed by Lawyers for Lawyers"
    ("joint", r"^(?:whose|which|what)\s+(?:other\s+)?(?:joint\s+)?statement\s+(?:was|were|did|is|are)\s+"
              r"(?:(?:co-?signed|joined|co-?presented|co-?sponsored|delivered|made|given|read)\s+(?:by|with|together\s+with|"
              r"alongside)\s+(?P<name>.+?)|(?P<name2>.+?)\s+(?:part\s+of|in|on|behind|join|"
              r"sign(?:\s+on)?(?:\s+to)?|co-?sign|"
              rf"co-?present|co-?sponsor|speak\s+in)){_END}", {}),
    ("joint", r"^who\s+(?:were|are|was|is)\s+(?P<name>.+?)['’]s?\s+(?:partners?|co-?presenters?|"
              rf"co-?signatories|co-?sponsors?){_END}", {}),
    ("joint", r"^(?:who\s+(?:were|are|was|is)|(?:list|name|give)(?:\s+me)?(?:\s+all)?)\s+the\s+(?:partners?|"
              r"co-?presenters?|co-?signatories|"
              # "who is the partner group with WRI"
              r"co-?sponsors?|co-?signers?)(?:\s+(?:groups?|organi[sz]ations?|ngos?|orgs?))?\s+(?:of|on|with)\s+(?:the\s+)?(?P<name>.+?)(?:['’]s?)?"
              rf"(?:\s+statement)?{_END}", {}),
    ("joint", r"^(?:which|what)\s+(?:(?:ngo|joint)\s+)?(?:statement|ngo|organi[sz]ation|speaker)\s+"
              r"(?:had|has|was\s+(?:delivered|made|given)\s+with|listed|named)\s+the\s+(?P<ord>most|fewest|largest\s+"
              r"number\s+of|greatest\s+number\s+of|smallest\s+number\s+of)\s+(?:co-?signers|co-?signatories|"
              rf"partners|co-?presenters|co-?sponsors|(?:partner\s+)?organi[sz]ations){_END}", {}),
    ("joint", r"^how\s+many\s+(?:statements|speeches)\s+were\s+(?:delivered|made|given|read|presented)\s+"
              rf"(?:jointly|together){_END}", {}),
    # "which NGOs spoke alone": those with no co-presenters
    ("joint", rf"^(?:which|what|how\s+many)\s+{_NOUN}\s+(?:(?:have|had|did)\s+)?(?:spoke|speak|talked|talk|"
              r"presented|delivered\s+(?:its|their|a)\s+statements?|took\s+the\s+floor)\s+(?:alone|on\s+(?:its|their)\s+own|"
              rf"individually|by\s+(?:itself|themselves)|without\s+(?:any\s+)?(?:partners|co-?presenters)){_END}",
     {"alone": True}),
    ("joint", rf"^how\s+many\s+joint\s+statements(?:\s+(?:were\s+there|were\s+(?:delivered|made|given)|"
              rf"(?:are|were)\s+in\s+{_THE_MEETING}))?{_END}", {}),
    ("joint", r"^(?:did|does)\s+(?P<name>.+?)\s+(?:also\s+)?(?:speak|present|deliver\s+(?:its|their|a|the)\s+"
              r"statement|take\s+the\s+floor)\s+(?:also\s+)?(?:jointly|together|alone|on\s+(?:its|their)\s+own|individually|separately|"
              r"by\s+(?:itself|themselves))(?:\s+with\s+.+?)?"
              rf"{_END}", {}),
    # "was (that) the Law Society speaking alone?", "was Lithuania speaking in its national capacity?"
    ("joint", r"^(?:was|is|were|are)\s+(?:that\s+|this\s+)?(?P<name>.+?)\s+(?:speaking|presenting|talking)\s+"
              r"(?:jointly|together|alone|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|individually|"
              rf"separately)(?:\s+with\s+.+?)?{_END}", {}),
    # "did Lithuania speak for a group?", "was Czechia speaking on behalf of other countries?": whether
    # its statement was a group's, from its record
    ("role", r"^(?:did|does|was|is)\s+(?P<name>.+?)\s+(?:also\s+)?(?:speak(?:ing)?|talk(?:ing)?|"
             r"tak(?:e|ing)\s+the\s+floor|deliver(?:ing)?\s+(?:its|their|a|the)\s+statement)\s+(?:for|on\s+behalf\s+of)\s+"
             r"(?:a|the|any|some|other|several|many|more)?\s*(?:group|bloc|(?:group\s+of\s+)?(?:countries|"
             rf"states|nations|delegations)|others|anyone\s+else){_END}", {"for_group": True}),
    ("joint", r"^(?:which|what)\s+(?:ngo\s+|ngos['’]\s+)?statements\s+(?:were|was)\s+(?:delivered\s+|"
              rf"made\s+)?(?:joint(?:ly)?|joint\s+statements?){_END}", {}),
    ("members", rf"^(?:who|whom|(?:which|what)\s+{_GROUPS})\s+(?:does|did|do)\s+(?P<name>.+?)"
                r"(?:['’]s?\s+statement|\s+statement)?\s+(?:speak\s+(?:for|on\s+behalf\s+of)|represent|cover|"
                rf"include|comprise){_END}", {}),
    ("members", rf"^(?:for\s+(?:whom|(?:which|what)\s+{_GROUPS})|on\s+whose\s+behalf|on\s+behalf\s+of\s+"
                r"(?:whom|which\s+(?:countries|states)))\s+(?:did|does|was|is)\s+(?P<name>.+?)\s+(?:speak|speaking|"
                r"talk|talking|take\s+the\s+floor|deliver\s+(?:its|the|a)\s+"
                rf"statement){_END}", {}),
    ("members", rf"^(?:who|whom|(?:which|what)\s+(?:{_GROUPS}|group))\s+(?:did|does|was|is)\s+"
                rf"(?P<name>.+?)\s+(?:speak|spoke|speaking|talk|talking)\s+(?:for|on\s+behalf\s+of)"
                rf"{_END}", {}),
    ("members", rf"^(?:who|(?:which|what)\s+{_GROUPS})\s+(?:are|were|is)\s+(?:the\s+)?(?:members?|member\s+"
                rf"states)\s+of\s+(?P<name>.+?){_END}", {}),
    ("members", rf"^(?:(?:which|what|how\s+many)\s+{_GROUPS}|who)\s+(?:are|were|is)\s+"
                rf"(?:in|on|inside|part\s+of|members\s+of)\s+(?P<name>.+?){_END}", {}),
    # a learner's "the Benelux, it is which countries?", "Benelux, who is inside?"
    ("members", rf"^(?P<name>[^,?]+?)\s*,?\s+(?:(?:it|they|that)\s+)?(?:is|are)\s+(?:which|what)\s+"
                rf"{_GROUPS}{_END}", {}),
    ("members", rf"^(?P<name>[^,?]+?)\s*(?:,|:|\s[-–—])\s*(?:who|(?:which|what)\s+{_GROUPS})\s+(?:is|are)\s+"
                rf"(?:inside|in\s+(?:it|there|them)|included|covered)(?:\s+in\s+it)?{_END}", {}),
    ("members", rf"^(?:which|what)\s+{_GROUPS}\s+(?:make\s+up|made\s+up|makes\s+up|form|formed|belong\s+to|"
                rf"comprise)\s+(?P<name>.+?){_END}", {}),
    # "nordic baltic group = which countries", "benelux - which states exactly"
    ("members", rf"^(?P<name>.+?)\s*(?:=|-|–|:)?\s+(?:which|what)\s+{_GROUPS}(?:\s+(?:are\s+in\s+it|"
                rf"does\s+it\s+(?:include|cover)|is\s+(?:that|it)|are\s+(?:they|those)))?{_END}", {}),
    # "which countries were covered by the Nordic-Baltic joint statement"
    ("members", rf"^(?:which|what)\s+{_GROUPS}\s+(?:are|were|is|was)\s+(?:covered|included|represented)\s+"
                rf"(?:by|in)\s+(?P<name>.+?)(?:['’]s?\s+statement|\s+statement)?{_END}", {}),
    # "Of which States is the Benelux group composed?", "what is the Benelux made up of"
    ("members", rf"^(?:of\s+)?(?:which|what)(?:\s+{_GROUPS})?\s+(?:is|was|are|were)\s+(?P<name>.+?)\s+"
                rf"(?:composed|made\s+up|formed|constituted|comprised)(?:\s+of)?{_END}", {}),
    ("members", r"^what\s+(?:does|did)\s+(?P<name>.+?)\s+(?:consist\s+of|comprise|include)"
                rf"{_END}", {}),
    ("members", rf"^how\s+many\s+{_GROUPS}\s+(?:does|did|do)\s+(?P<name>.+?)\s+(?:have|include|comprise|"
                rf"represent|count|cover|speak\s+for|speak\s+on\s+behalf\s+of){_END}", {}),
    ("members", rf"^(?:how\s+many|which|what)\s+{_GROUPS}\s+(?:was|is|were)\s+(?P<name>.+?)\s+"
                rf"(?:speaking|talking)\s+(?:for|on\s+behalf\s+of){_END}", {}),
    ("membership", r"^(?:is|was|are|were)\s+(?P<member>.+?)\s+(?:a\s+|one\s+of\s+the\s+)?(?:part|member|"
                   rf"members|one|among\s+the\s+members)\s+of\s+(?P<group>.+?){_END}", {}),
    ("membership", r"^(?:is|was)\s+(?P<member>.+?)\s+(?:one\s+of|among)\s+the\s+(?:countries|states|"
                   r"members|nations)\s+(?:that\s+|which\s+)?(?P<group>.+?)\s+(?:spoke|speaks|was\s+speaking)"
                   rf"\s+(?:for|on\s+behalf\s+of){_END}", {}),
    # "Was Denmark among the States covered by the latter?"
    ("membership", r"^(?:is|was)\s+(?P<member>.+?)\s+(?:one\s+of|among)\s+the\s+(?:countries|states|members|"
                   r"nations)\s+(?:covered|included|represented)\s+(?:by|in)\s+(?P<group>.+?){_END}", {}),
    ("membership", r"^(?:is|was)\s+(?P<member>.+?)\s+(?:in|among|(?:included|counted|listed|numbered)\s+"
                   rf"(?:in|among)|represented\s+by|covered\s+by)\s+(?P<group>.+?){_END}", {}),
    ("membership", rf"^(?:does|did)\s+(?P<group>.+?)\s+(?:{MODIFIERS}\s+)?(?:include|comprise|cover|"
                   r"represent|count|speak\s+"
                   r"(?:for|on\s+behalf\s+of))\s+(?P<member>.+?)(?:\s+(?:among|as\s+one\s+of)\s+the\s+(?:countries|"
                   rf"states|members|nations))?{_END}", {}),
    ("membership", r"^(?:which|what)\s+groups?\s+(?:does|did|is|was)\s+(?P<member>.+?)\s+(?:belong\s+to|"
                   rf"(?:a\s+)?(?:member|part)\s+of|in){_END}", {}),
    ("representative", rf"^{_WHO_PERSON}\s+(?:spoke|speaks|took\s+the\s+floor|was\s+speaking|"
                       r"(?:delivered|made|read)\s+the\s+(?:joint\s+)?statement)\s+(?:for|on\s+behalf\s+of)\s+"
                       rf"(?P<name>.+?){_END}", {}),
    ("representative", rf"^{_WHO_PERSON}\s+(?:represented|represents)\s+(?P<name>.+?){_END}", {}),
    # "who read the benelux one", "who read benelux": a speaker's statement, read out
    ("representative", rf"^{_WHO_PERSON}\s+{_BY}\s+(?:the\s+)?(?P<name>[^?]+?)(?:\s+one)?{_END}", {}),
    # "who delivered the joint statement on behalf of the Nordic-Baltic States": a group's is joint too
    ("representative", rf"^{_WHO_PERSON}\s+{_BY}\s+(?:(?P<name>.+?)(?:['’]s?)?\s+statement|"
                       r"the\s+(?:joint\s+)?statement\s+"
                       r"(?:of|for|"
                       rf"by|on\s+behalf\s+of)\s+(?P<name2>.+?)){_END}", {}),
    # "name of belarus's ambassador who spoke for minsk": the summary may not name one
    ("representative", r"^(?:what\s+(?:is|was)\s+)?(?:the\s+)?name\s+of\s+(?:the\s+)?(?P<name>.+?)"
                       r"(?:['’]s?)?\s+"
                       r"(?:ambassador|representative|delegate|envoy|spokesperson|diplomat|speaker|"
                       r"(?:foreign\s+)?minister(?:\s+of\s+foreign\s+affairs)?)"
                       rf"(?:\s+(?:who|that)\s+(?:spoke|took\s+the\s+floor|read\s+(?:it|the\s+statement))"
                       rf"(?:\s+(?:for|on\s+behalf\s+of)\s+[\w-]+)?)?{_END}", {}),
    ("representative", r"^who\s+(?:was|is)\s+(?:(?P<name>.+?)['’]s?\s+(?:representative|speaker|"
                       r"delegate|envoy|spokesperson|(?:foreign\s+)?minister)|the\s+(?:representative|speaker|"
                       rf"delegate|envoy|spokesperson)\s+(?:of|for)\s+(?P<name2>.+?)|"
                       # "who is the lithuanian foreign minister": a demonym names the State
                       r"the\s+(?P<name3>[\w-]+)\s+(?:representative|delegate|envoy|spokesperson|ambassador|"
                       rf"(?:foreign\s+)?minister(?:\s+of\s+foreign\s+affairs)?)){_END}", {}),
    ("chair", r"^who\s+(?:chaired|chairs|chair|heads|headed|leads|led|presided(?:\s+over)?|"
              r"presides(?:\s+over)?|(?:was|is)\s+(?:presiding|chairing)(?:\s+over)?|(?:was|is)\s+in\s+charge(?:\s+of)?)"
              rf"(?:\s+{_BODY})?{_END}", {}),
    ("chair", r"^(?:who|(?:which|what)\s+(?:one|of\s+(?:them|those|the\s+experts)|expert|member|"
              r"panell?ist))\s+(?:is|was)\s+(?:the\s+)?(?:chair(?:person|man|woman)?|head|president|leader|boss)"
              rf"(?:\s+of\s+{_BODY})?{_END}", {}),
    # "which members of the Group of Experts took the floor in the replies and concluding remarks"
    ("repliers", rf"^(?:which|what)\s+{_PANEL_NOUN}\s+(?:took\s+the\s+floor|spoke|intervened|talked)\s+"
                 r"(?:again\s+)?(?:in|during)\s+the\s+(?:replies|answers|concluding\s+remarks)(?:\s+and\s+(?:the\s+)?"
                 rf"concluding\s+remarks)?{_END}", {"kinds": ["panel"]}),
    ("repliers", rf"^who\s+{_REPLY}\s*[?.!]*\s*$", {"kinds": ["panel"]}),  # "who answered?": the panel
    ("repliers", rf"^(?:which|what)\s+{_PANEL_NOUN}\s+{_REPLY}(?:\s+{_ORD})?(?:{_REPLY_TO})?"
                 rf"(?:{_AFTER_FLOOR})?{_END}", {"kinds": ["panel"]}),
    ("repliers", rf"^(?:which|what)\s+{_PANEL_NOUN}\s+{_REPLY}(?:{_REPLY_TO})?(?:{_AFTER_FLOOR})?\s+{_ORD}"
                 rf"{_END}", {"kinds": ["panel"]}),
    ("repliers", rf"^(?:(?:at|in)\s+the\s+end\s*,?\s+)?who\s+{_REPLY}(?:\s+{_ORD})?(?:{_REPLY_TO}"
                 rf"(?:{_AFTER_FLOOR})?|{_AFTER_FLOOR}){_END}",
     {"kinds": ["panel"]}),
    ("repliers", rf"^who\s+{_REPLY}(?:{_REPLY_TO}(?:{_AFTER_FLOOR})?|{_AFTER_FLOOR})\s+{_ORD}{_END}",
     {"kinds": ["panel"]}),
    # "who answered for the experts at the end", "who replied on behalf of the panel", "who responded
    # at the end": the experts' replies, not every speaker's answer to something
    ("repliers", rf"^who\s+{_REPLY}(?:\s+(?:for|on\s+behalf\s+of)\s+the\s+(?:experts?|{_PANEL_BODY}))?"
                 r"(?:\s+(?:at|in)\s+the\s+end|\s+(?:for|on\s+behalf\s+of)\s+the\s+(?:experts?|panel|group))"
                 rf"{_END}", {"kinds": ["panel"]}),
    ("repliers", rf"^(?:who|(?:which|what)\s+{_PANEL_NOUN})\s+{_REMARKS}{_END}", {"kinds": ["panel"]}),
    ("presenter", r"^who\s+(?:presented|introduced|delivered|tabled)\s+(?:the\s+|its\s+|their\s+)?"
                  rf"(?:[\w'’]+\s+)?(?:report|update|findings)"
                  r"(?:\s+(?:at|in)\s+the\s+(?:start|beginning|outset|opening))?"  # it opened the meeting
                  rf"{_END}", {}),
    # "name the last three speakers", "who were the first 5 NGOs to speak"
    ("order", rf"^(?:(?:who|which|what)\s+(?:were|are)|(?:list|name|give|show)(?:\s+me)?)\s+the\s+"
              rf"(?P<ord>first|last|final)\s+(?P<many>{'|'.join(_COUNTS)}|\d{{1,2}})\s+{_NOUN}"
              rf"(?:\s+(?:{_TO_SPEAK}|{_SPOKE_SHORT}))?{_END}", {}),
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN}|which(?:\s+one)?)\s+{_SPOKE_SHORT}\s+{_ORD}{_END}", {}),
    # "which was first and last", "which one came first" (a follow-up names the kind)
    ("order", rf"^which(?:\s+one)?\s+(?:was|came)\s+(?:the\s+)?{_ORD}{_END}", {}),
    # "who was first?", "who came last": of the speakers, as nothing else is named
    ("order", rf"^who\s+(?:was|came|went)\s+(?:the\s+)?{_ORD}{_END}", {}),
    # "who got the last word out of the NGOs", "who had the first word"
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+{_LAST_WORD}{_END}", {}),
    ("order", rf"^who\s+{_LAST_WORD}\s+(?:out\s+)?(?:of|among)\s+(?:the\s+)?{_NOUN}{_END}", {}),
    ("order", rf"^who\s+(?:{_SPOKE_SHORT}|was|came)\s+(?:the\s+)?{_ORD}\s+(?:among|of)\s+(?:the\s+)?{_NOUN}"
              rf"{_END}", {}),
    ("order", rf"^(?:the\s+)?{_ORD}\s+{_NOUN}(?:\s+{_TO_SPEAK})?{_END}", {}),
    ("neighbour", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:was|were)\s+(?:the\s+)?first\s+(?:one\s+)?"
                  rf"{_TO_SPEAK}\s+(?P<rel>after|before)\s+(?P<name>.+?){_END}", {}),
    ("order", rf"^(?:who|what|which)\s+(?:was|were|is)\s+the\s+{_ORD}(?:\s+{_NOUN}(?:\s+{_TO_SPEAK})?|"
              rf"\s+{_TO_SPEAK})"
              rf"{_END}", {}),
    ("order", rf"^who\s+(?:was|were|is)\s+{_ORD}\s+{_TO_SPEAK}{_END}", {}),  # "who was second to speak"
    ("order", rf"^(?:which|what)\s+{_NOUN}\s+(?:was|were)\s+(?:the\s+)?{_ORD}(?:\s+{_TO_SPEAK})?{_END}", {}),
    # "who opened the interactive dialogue after belarus": the first to speak after it
    ("neighbour", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:opened|started|began|kicked\s+off)\s+"
                  rf"{_THE_MEETING}\s+(?P<rel>after)\s+(?P<name>.+?){_END}", {}),
    # "who opened the belarus ID, the chair?": an apposition adds nothing to ask
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:opened|started|began|kicked\s+off)\s+{_THE_MEETING}"
              rf"(?:\s*,\s*[^,?]{{1,40}}?)?{_END}", {"position": 1}),
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:closed|ended|finished|concluded|wrapped\s+up)\s+"
              rf"the\s+{_MEETING}{_END}", {"position": -1}),
    # "which ngo closed?", "who opened": the meeting's, as nothing else is named
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:opened|started|began|kicked\s+off){_END}",
     {"position": 1}),
    ("order", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:closed|ended|finished|concluded|wrapped\s+up){_END}",
     {"position": -1}),
    # "who opened the ngo slot", "which state closed the state segment": that kind's first or last
    ("order", rf"^(?:who|(?:which|what)\s+{_ONE_NOUN})\s+(?:opened|started|began|kicked\s+off|led\s+off)\s+"
              rf"(?:the\s+)?{_NOUN}\s+{_SLOT}{_END}", {"position": 1}),
    ("order", rf"^(?:who|(?:which|what)\s+{_ONE_NOUN})\s+(?:closed|ended|finished|concluded|wrapped\s+up)\s+"
              rf"(?:the\s+)?{_NOUN}\s+{_SLOT}{_END}", {"position": -1}),
    ("order", r"^who\s+(?:gave|made|delivered)\s+the\s+(?:opening|first)\s+(?:statement|remarks|speech)"
              rf"{_END}", {"position": 1}),
    ("order", r"^who\s+(?:gave|made|delivered)\s+the\s+(?:closing|last|final)\s+(?:statement|speech)"
              rf"{_END}", {"position": -1}),
    ("order", rf"^(?:in\s+(?:what|which)\s+order|what\s+was\s+the\s+order\s+in\s+which)\s+(?:did\s+)?"
              rf"(?:the\s+)?{_NOUN}\s+{_SPOKE}{_END}", {}),
    ("order", r"^what\s+(?:was|is)\s+the\s+(?:speaking\s+order|order\s+of\s+(?:the\s+)?(?:speakers|"
              rf"speaking|statements|speeches|interventions)){_END}", {}),
    ("order", rf"^(?:list|name|give|show)(?:\s+me)?\s+(?:all\s+)?(?:the\s+)?{_NOUN}\s+in\s+(?:speaking\s+"
              rf"|the\s+)?order(?:\s+of\s+speaking|\s+they\s+spoke)?{_END}", {}),
    ("neighbour", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+{_SPOKE_SHORT}\s+(?P<rel>{CLOSE}?"
                  r"(?:after|before)|next\s+after|following|preceding)\s+(?P<name>.+?)"
                  rf"{_END}", {}),
    ("neighbour", rf"^(?:who|what|whose\s+turn|(?:which|what)\s+(?:statement|speech|one|{_ONE_NOUN}))\s+"
                  rf"{CLOSE}?"  # "who immediately preceded X"
                  rf"(?P<rel>followed|preceded|came\s+(?:{CLOSE}|next\s+)?(?:after|before|ahead\s+of)|was\s+"
                  rf"(?:{CLOSE}|next\s+)?(?:after|before|ahead\s+of))\s+(?P<name>.+?){_END}", {}),
    # "speaker just ahead of moldova?": a keyword query for the neighbour
    ("neighbour", rf"^(?:the\s+)?(?:speaker|one|delegation|country|state|ngo|group)\s+(?P<rel>{CLOSE}?"
                  r"(?:after|before|ahead\s+of|following|preceding))\s+(?P<name>.+?)"
                  rf"{_END}", {}),
    ("between", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:{_SPOKE_SHORT}|was|were)\s+between\s+"
                rf"(?P<name>.+?\s+(?:and|&)\s+.+?){_END}", {}),
    # "did Belarus speak before or after the EU?", "Was Poland's statement before Germany's?": which
    # of two speakers came first (a yes or no when the question says which)
    ("earlier", rf"^(?:did|does|was|were|is|has|had)\s+(?P<name>.+?){_TURN_OF}\s+(?:{_TAKE_TURN}\s+)?"
                rf"(?P<rel>{CLOSE}?{_SIDE})(?P<either>\s+or\s+{_SIDE})?\s+(?P<name2>.+?){_TURN_OF}{_END}",
     {}),
    # "who spoke first, Poland or Germany?", "which came first: the EU or the Nordic-Baltic statement?"
    ("earlier", rf"^(?:who|(?:which|what)(?:\s+{_NOUN}|\s+one)?)\s+(?:{_SPOKE_SHORT}|was|spoke)\s+"
                rf"(?P<ord>first|earlier|sooner|last|later)\s*[,:-]?\s*(?:was\s+it\s+)?(?:the\s+)?"
                rf"(?P<name>.+?){_TURN_OF}\s+or\s+(?P<name2>.+?){_TURN_OF}{_END}", {}),
    # "Of Malta and Moldova, which delegation took the floor first?"
    ("earlier", rf"^(?:of|between)\s+(?:the\s+)?(?P<name>.+?){_TURN_OF}\s+(?:and|or)\s+"
                rf"(?P<name2>.+?){_TURN_OF}\s*,\s*(?:who|(?:which|what)(?:\s+{_NOUN}|\s+one)?)\s+(?:{_SPOKE_SHORT}|was|spoke)\s+"
                rf"(?P<ord>first|earlier|sooner|last|later){_END}", {}),
    ("earlier", rf"^(?P<name>.+?){_TURN_OF}\s+or\s+(?P<name2>.+?){_TURN_OF}\s*[,:?-]\s*"
                rf"(?:who|which(?:\s+one)?)\s+(?:{_SPOKE_SHORT}|was|spoke)\s+"
                rf"(?P<ord>first|earlier|sooner|last|later){_END}", {}),
    # "which delegation spoke the longest", "who gave the shortest statement": the statements' length
    # in the summary, which is all it records of them
    ("length", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:(?:spoke|talked)(?:\s+the)?|(?:gave|made|delivered|"
               rf"had|read)\s+the)\s+(?:longest|most)(?:\s+(?:statement|speech|intervention|time))?{_END}",
     {"position": 1}),
    ("length", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:(?:spoke|talked)(?:\s+the)?|(?:gave|made|delivered|"
               rf"had|read)\s+the)\s+(?:shortest|least)(?:\s+(?:statement|speech|intervention|time))?{_END}",
     {"position": -1}),
    ("length", rf"^(?:what|which)\s+(?:was|is)\s+the\s+longest\s+(?:statement|speech|intervention){_END}",
     {"position": 1}),
    ("length", rf"^(?:what|which)\s+(?:was|is)\s+the\s+shortest\s+(?:statement|speech|intervention){_END}",
     {"position": -1}),
    ("position", r"^(?:when|at\s+what\s+point|(?:in\s+)?(?:what|which)\s+(?:position|place|number|spot)|"
                 r"where\s+in\s+the\s+(?:order|list))\s+did\s+(?P<name>.+?)\s+(?:speak|take\s+the\s+floor|"
                 rf"deliver\s+(?:its|their|the)\s+statement|intervene)(?:\s+in)?{_END}", {}),
    ("role", rf"^who\s+(?:is|was)\s+(?P<name>.+?){_END}", {}),
    # "what does ICJ stand for?", "IBAHRI = ?", "Benelux = ?": who the name stands for, as a speaker
    ("defines", r"^what\s+(?:does|did|do)\s+(?:the\s+)?(?P<name>.+?)\s+(?:stand\s+for|mean|refer\s+to)"
                r"\s*[?.!]*\s*$", {}),
    ("defines", r"^(?P<name>[^=?]{2,60}?)\s*=\s*[?.!]*\s*$", {}),
    # "is Moskalenko the chair or just one of the members": her role, no yes or no
    ("role", rf"^(?:is|was)\s+(?P<name>.+?)\s+(?:the|an?)\s+{_OFFICE}\s+or\s+(?:just\s+|only\s+|simply\s+)?"
             rf"(?:an?|the|one\s+of\s+the)\s+{_OFFICE}{_END}", {}),
    # "is Moskalenko the chair", "was Budrys the foreign minister": a yes or no from the role
    ("role", rf"^(?:is|was)\s+(?P<name>.+?)\s+(?:the|an?)\s+(?P<claimed>{_OFFICE}){_END}", {}),
    # "is Bazilli on the panel", "was Płatek one of the experts": a yes or no from her role
    ("role", r"^(?:is|was)\s+(?P<name>.+?)\s+(?:on|in|part\s+of|a\s+member\s+of|one\s+of|among)\s+the\s+"
             r"(?:panel|experts|group\s+of\s+(?:independent\s+)?experts)(?:\s+on\s+belarus)?"
             rf"{_END}", {"on_panel": True}),
    ("role", r"^(?:is|was)\s+(?P<name>.+?)\s+(?:an?\s+)?(?:panel\s*(?:ist|member)|expert|member\s+of\s+the\s+"
             rf"(?:panel|group))(?:\s+on\s+belarus)?{_END}", {"on_panel": True}),
    ("role", r"^what\s+(?:is|was)\s+(?:(?P<name>.+?)['’]s?\s+(?:role|title|position|function|job|"
             r"capacity|affiliation)|the\s+(?:role|title|position|function|capacity|affiliation)\s+of\s+"
             rf"(?P<name2>.+?)){_IN_PANEL}{_END}", {}),
    # "what are the titles of the experts": the panel, each with the title its speaker line gives
    ("speakers", rf"^what\s+(?:are|were)\s+(?:the\s+)?(?:titles|roles|positions|functions)\s+of\s+"
                 rf"(?:the\s+|all\s+)?"
                 rf"(?:experts|panel(?:lists|\s+members)|{_PANEL_BODY}(?:\s+members)?){_END}",
     {"kinds": ["panel"], "noun": "experts"}),
    ("role", rf"^(?P<name>.+?)['’]s?\s+(?:role|title|position|function|job|capacity|affiliation)"
             rf"{_IN_PANEL}{_END}",
     {}),
    ("role", r"^(?:what\s+(?:role|title|position|function|job)\s+(?:does|did)\s+(?P<name>.+?)\s+(?:have|"
             r"hold|play|serve|occupy)|in\s+what\s+capacity\s+did\s+(?P<name2>.+?)\s+(?:speak|take\s+"
             rf"the\s+floor)){_END}", {}),
    # "did NGOs speak?", "did the States take the floor?", "did the panel speak?": a kind in the plural
    # (or the panel), not a name
    ("speakers", rf"^(?:did|have|had)\s+(?:the\s+|any\s+)?{_NOUN}(?:(?<=s)|(?<=panel))\s+(?:{MODIFIERS}\s+)?"
                 rf"{_SPOKE}{_END}", {}),
    ("spoke", rf"^(?:did|does|has|have|was|were)\s+(?P<name>.+?)\s+(?:{MODIFIERS}\s+)?(?:speak|spoken|"
              r"get\s+to\s+speak|"
              r"(?:take|taken)\s+the\s+"
              r"floor|participate|participated|(?:take|taken)\s+part|(?:make|made|deliver)\s+a\s+statement|"
              r"address\s+the\s+(?:council|dialogue|meeting)|intervene|present|there|represented|"
              # "was Amnesty among the CSOs taking the floor": among those of a kind who spoke
              rf"among\s+the\s+{_ONE_NOUN}(?:\s+(?:(?:who|that|which)\s+)?(?:{_SPOKE}|speaking|taking\s+the\s+"
              r"floor|taking\s+part))?|(?:show|turn)\s+up|attend|attended|come|appear|"
              rf"say\s+anything|have\s+anything\s+to\s+say){_END}", {}),
    # "how many country groups does it say took part": "it" is the summary
    ("count", rf"^how\s+many\s+(?:other\s+)?{_NOUN}(?:\s+(?:does|did)\s+(?:it|the\s+(?:summary|document|doc))"
              rf"\s+say)?(?:\s+(?:(?:have|had|did)\s+)?{_SPOKE})?{_END}", {}),
    ("count", rf"^how\s+many\s+{_NOUN}\s+(?:did|does|do)\s+{_THE_MEETING}\s+(?:have|hear|include){_END}", {}),
    ("count", rf"^how\s+many\s+(?:(?:have|had|did)\s+)?{_SPOKE}{_END}", {}),  # "how many took the floor"
    # "how many NGOs spoke compared with individual State delegations": both counted
    ("count", rf"^how\s+many\s+{_NOUN}\s+(?:(?:have|had|did)\s+)?{_SPOKE}\s+(?:compared\s+(?:to|with)|vs\.?|"
              rf"versus|as\s+against|against)\s+(?:the\s+)?(?:individual\s+|single\s+)?(?P<other>{_ONE_NOUN})"
              rf"{_END}", {}),
    # "were there more NGOs or States", "did more States than NGOs speak": both counted
    ("count", rf"^(?:were|are)\s+there\s+more\s+{_NOUN}\s+(?:or|than)\s+(?:the\s+)?(?P<other>{_ONE_NOUN})"
              rf"(?:\s+(?:{_SPOKE}|speaking))?{_END}", {}),
    ("count", rf"^(?:did|do)\s+more\s+{_NOUN}\s+(?:(?:{_SPOKE}|speak)\s+)?than\s+(?:the\s+)?"
              rf"(?P<other>{_ONE_NOUN})"
              rf"(?:\s+(?:did|do))?(?:\s+(?:{_SPOKE}|speak))?{_END}", {}),
    ("count", r"^how\s+many\s+(?:statements|speeches|interventions)\s+(?:were\s+|did\s+)?(?:made|"
              r"delivered|given|read|make|deliver|give|came)?\s*(?:by|on\s+behalf\s+of|from|for)\s+(?:the\s+)?"
              rf"{_NOUN}{_END}", {}),
    ("count", rf"^how\s+many\s+{_NOUN}\s+(?:are|were|sat|sit|served|serve)\s+(?:on|in)\s+the\s+{_PANEL_BODY}"
              rf"{_END}", {"kinds": ["panel"]}),
    ("count", rf"^(?:the\s+)?(?:total\s+)?(?:number|count|tally)\s+of\s+{_NOUN}(?:\s+(?:that|who|which))?"
              rf"(?:\s+(?:(?:have|had|did)\s+)?{_SPOKE})?{_END}", {}),
    ("count", rf"^what(?:\s+(?:was|is))?(?:\s+the)?\s+(?:total\s+)?number\s+of\s+{_NOUN}"
              rf"(?:\s+(?:that|who|which))?(?:\s+{_SPOKE})?{_END}", {}),
    ("speakers", r"^(?:who|(?:which|what)\s+(?:country|state))\s+(?:was|is)\s+(?:the\s+)?(?:only\s+)?"
                 r"(?:concerned\s+country|country\s+concerned|(?:(?:country|state)\s+)?(?:under\s+(?:review|"
                 rf"discussion|scrutiny)|(?:being\s+)?(?:discussed|reviewed|examined))){_END}",
     {"kinds": ["concerned_country"], "noun": "concerned country"}),
    ("speakers", rf"^(?:which|what)\s+(?:other\s+)?{_NOUN}\s+(?:(?:have|had|did)\s+)?{_SPOKE}{_END}", {}),
    # "which delegations spoke on behalf of a group of countries": the group statements
    ("speakers", rf"^(?:who|(?:which|what)\s+{_NOUN})\s+(?:(?:have|had|did)\s+)?{_SPOKE_SHORT}\s+"
                 r"(?:on\s+behalf\s+of|for|in\s+the\s+name\s+of)\s+(?:a\s+)?(?:(?:regional\s+)?groups?"
                 r"(?:\s+of\s+(?:countries|states|nations))?|(?:several|multiple|other)\s+(?:countries|states|"
                 r"nations))(?:\s+rather\s+than\s+(?:(?:just|only)\s+)?(?:themselves|itself))?"
                 rf"{_END}", {"kinds": ["group"], "noun": "groups"}),
    ("speakers", rf"^(?:list|name|give|show)(?:\s+me|\s+us)?\s+(?:all|every|each)?\s*(?:of\s+)?(?:the\s+)?"
                 rf"(?:(?:full\s+)?list\s+of\s+(?:the\s+|all\s+)?)?{_NOUN}"
                 rf"(?:\s+(?:that|who|which))?(?:\s+{_SPOKE})?{_END}", {}),
    ("speakers", rf"^who\s+(?:else\s+)?{_SPOKE}{_END}", {}),
    ("speakers", rf"^who\s+(?:were|are|was|is)\s+(?:all\s+)?the\s+{_NOUN}{_END}", {}),
    ("speakers", r"^who\s+(?:sat|sits|sit|was|were|is|are|served|serves|serve)\s+(?:on|in)\s+the\s+"
                 rf"{_PANEL_BODY}{_END}",
     {"kinds": ["panel"]}),
    ("speakers", rf"^who\s+(?:are|were)\s+the\s+(?:\w+\s+)?(?:experts|panel(?:lists|\s+members))"
                 # "who were the experts up on the panel", "... sitting on the panel"
                 rf"(?:\s+(?:(?:up|sitting|seated|serving)\s+)?(?:on|in)\s+the\s+{_PANEL_BODY})?{_END}",
     {"kinds": ["panel"]}),
    ("speakers", rf"^(?:did|were\s+there)\s+any\s+{_NOUN}\s+{_SPOKE}{_END}", {}),
    ("speakers", rf"^(?:did|has|have)\s+any(?:one|body)\s+{_SPOKE}{_END}", {}),
    # Keyword queries, as typed into a search box: "states that spoke", "speaking order",
    # "ireland position in speaking order", "benelux members", "omct partners", "date of the meeting".
    ("speakers", rf"^(?:the\s+)?(?:(?:full\s+)?list\s+of\s+(?:the\s+|all\s+)?)?{_NOUN}(?:\s+(?:list|"
                 rf"(?:that|who|which)\s+(?:{_SPOKE})))?{_END}", {}),
    ("speakers", rf"^(?P<noun>ngos?|states?|groups?|experts?|countries|country)\s+speakers(?:\s+list)?{_END}",
     {}),
    ("order", rf"^(?:the\s+)?(?:speaking\s+order|order\s+of\s+(?:the\s+)?(?:speaking|speakers|statements|"
              rf"speeches)|order\s+of\s+(?:the\s+)?{_NOUN}){_END}", {}),
    ("position", rf"^where\s+(?:was|is|did|does)\s+(?P<name>.+?)(?:\s+(?:come|speak|fall|sit|stand|"
                 rf"appear))?\s+(?:in|on)\s+(?:the\s+)?{_THE_ORDER}{_END}", {}),
    ("position", r"^(?P<name>.+?)(?:['’]s)?\s+(?:position|place|number|spot)\s+in\s+(?:the\s+)?"
                 rf"{_THE_ORDER}{_END}", {}),
    ("position", r"^what\s+(?:number|position|place)\s+(?:was|is)\s+(?P<name>.+?)\s+in\s+the\s+"
                 rf"{_THE_ORDER}{_END}", {}),
    ("members", rf"^(?:(?:name|list|give)(?:\s+me)?\s+)?(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?"
                rf"(?P<name>.+?){_END}", {}),
    # "List the countries in the Benelux group"
    ("members", rf"^(?:name|list|give)(?:\s+me)?\s+(?:all\s+)?the\s+{_GROUPS}\s+(?:in|of|that\s+make\s+up)\s+"
                rf"(?P<name>.+?){_END}", {}),
    ("members", rf"^(?P<name>.+?)\s+(?:members|member\s+states|membership){_END}", {}),
    ("joint", r"^(?P<name>.+?)(?:['’]s?)?\s+(?:partners|co-?signers|co-?signatories|co-?presenters|"
              rf"co-?sponsors)(?:\s+list)?{_END}", {}),
    ("chair", rf"^(?:the\s+)?(?:chair(?:person|man|woman)?|head)\s+of\s+{_BODY}{_END}", {}),
    ("joint", rf"^(?:the\s+)?joint\s+(?:ngo\s+)?statements(?:\s+list)?{_END}", {}),
    ("document", rf"^(?:the\s+)?date\s+(?:of|for)\s+{_THE_MEETING}{_END}", {"field": "date"}),
    ("document", rf"^(?:the\s+)?(?:hrc\s+)?session(?:\s+number)?(?:\s+of\s+{_THE_MEETING})?{_END}",
     {"field": "session"}),
    ("document", rf"^(?:the\s+)?(?:title|name)\s+of\s+{_THE_MEETING}{_END}", {"field": "title"}),
    ("document", r"^(?:who|what)\s+(?:wrote|authored|prepared|produced|published)(?:\s+up)?\s+"
                 r"(?:this|it|the\s+"
                 rf"(?:summary|document|doc|record)){_END}", {"field": "source"}),
    ("document", r"^(?:the\s+)?(?:source|author|publisher)\s+of\s+(?:this|the)\s+(?:summary|document|"
                 rf"record){_END}", {"field": "source"}),
]
_COUNTRIES: tuple[Kind, ...] = ("concerned_country", "state")
_NOUN_KINDS: list[tuple[str, tuple[Kind, ...]]] = [
    # "the concerned State", "the country under review": the one kind
    (r"concerned\s+(?:state|country)|(?:state|country)\s+concerned|under\s+review", ("concerned_country",)),
    (rf"\b{NGO_NOUN}\b|non-governmental|civil|organi[sz]", ("ngo",)),
    (r"^(?:regional\s+(?:and|or|&|/)\s*cross-regional\s+|regional\s+|cross-regional\s+|country\s+)?"
     r"groups?(?:\s+of\s+(?:states|countries)|\s+statements?)?$", ("group",)),
    (r"\bstates?\b|government", ("state",)),
    # "individual countries": the States that spoke for themselves, not the country concerned
    (r"(?:individual|single|separate)\s+countr", ("state",)),
    (r"countr|national\s+delegation", _COUNTRIES),  # a nation's own, no group
    (r"delegation", ("concerned_country", "group", "state")),
    (r"expert|panel", ("panel",)),
]
_COMPILED = [(ask, re.compile(frame, re.I), fixed) for ask, frame, fixed in PATTERNS]
# "which session and what date", "who spoke first, and how many NGOs spoke": where a second
# question begins
AND_WH = re.compile(r"\s*,?\s+(?:and|&|\+)\s+(?=(?:which|what|who|when|how|where)\b)|\s*[,;]\s+"
                     r"(?=(?:which|what|who|when|how|where)\b)", re.I)
# "on what date and at which session was the dialogue held": two question words, one predicate
_SHARED_PREDICATE = re.compile(r"^(?P<one>(?:(?:on|at|in|during|for)\s+)?(?:what|which)(?:\s+[\w-]+){1,3}?)"
                               r"\s*,?\s+"
                               r"(?:and|&)\s+(?P<other>(?:(?:on|at|in|during|for)\s+)?(?:what|which)(?:\s+[\w-]+){1,5}?)"
                               r"\s+(?P<rest>(?:was|were|is|are|did|does|do|had|has)\s+.+)$", re.I)
# "right before and after", "just after and before": both sides of one speaker
_BEFORE_AND_AFTER = re.compile(rf"\s+{CLOSE}?(?:before\s+and\s+{CLOSE}?after|"
                               rf"after\s+and\s+{CLOSE}?before)\s+", re.I)
# An order asked of the countries that spoke alone: the words that say so, and the noun they qualify
_ORDER_WORD = re.compile(rf"\b(?:{'|'.join(ORDINALS)}|last|final)\b", re.I)
_ALONE_PHRASE = re.compile(rf"\s*(?:(?:that|who|which)\s+(?:spoke|talked|took\s+the\s+floor)\s+|speaking\s+|"
                           rf"to\s+speak\s+)?{_ALONE.pattern}", re.I)
_NOT_GROUP = re.compile(r"\s*,?\s*(?:and\s+|but\s+)?not\s+(?:as\s+|in\s+|for\s+)?(?:a\s+|the\s+)?"
                        r"(?:group|bloc)s?(?:\s+statements?)?\b", re.I)
_NATION = re.compile(r"\b(?<!individual )(?:countr(?:y|ies)|states?|delegations?)\b", re.I)
# Where one sentence of a question ends and the next begins
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")
# "... ? and before?": the other side of the speaker just asked about
_SIDE_ONLY = re.compile(r"^(?:and\s+|what\s+about\s+)?(?:(?:which|who)(?:\s+one)?\s+(?:spoke\s+|came\s+)?)?"
                        rf"{CLOSE}?(?P<rel>before|after)(?:\s+(?P<anchor>[^?.!]+?))?\s*[?.!]*\s*$", re.I)
# "which meeting what session what day and who wrote it up": the document's fields, and nothing else
_FIELD_WORDS = re.compile(r"^(?:(?:and\s+)?(?:(?:which|what)\s+(?:meeting|session|day|date|title|council|"
                          r"body)|"
                          r"who\s+wrote(?:\s+it)?(?:\s+up)?|when|where)[\s,]*)+[?.!]*\s*$", re.I)
# what names a group of States as such: "the XYZ group", "the NB8 statement"
_GROUP_NAME = re.compile(r"(?:\b(?:group|grouping|statement|bloc|coalition|alliance|countries|states|format|"
                         r"caucus|declaration)s?\s*$|\b[A-Z]{1,4}\d{1,2}\b)")
# "Title of the meeting, the session and the date, please": the document's fields, named alone
_FIELDS_ONLY = re.compile(r"^(?:(?:the\s+)?(?:title|name|date|day|session(?:\s+(?:no\.?|number))?|body|venue)"
                          rf"(?:\s+of\s+{_THE_MEETING})?\s*(?:,|\band\b|&|\+)?\s*){{2,}}"
                          r"(?:,?\s*please\b[^?]*)?[?.!]*\s*$", re.I)
# "session no. and the date": fields of the document named after a question about another
# ("what is this meeting, which body and when": the fields asked one by one)
_FIELD_LIST = re.compile(r"^(?:\s*(?:,|\band\b|&|\+)?\s*(?:(?:which|what)\s+)?(?:the\s+)?(?:date|day|"
                         r"session(?:\s+(?:no\.?|number|#))?|title|body|council|author|source|venue|place|when|"
                         r"where)\b\.?)+"
                         r"\s*[?.!]*\s*$", re.I)
# "was it (really) X who read out the statement?": a guess at who did it, which the answer checks
_CLEFT = re.compile(r"^(?:so\s+)?(?:was|is)\s+it\s+(?:really\s+|actually\s+|indeed\s+|in\s+fact\s+)?(?!\s)"
                    r"[^?]+?\s+(?:who|that)\s+(?P<rest>(?:read|delivered|gave|made|presented|spoke|opened|closed|"
                    r"chaired|took|went)\b[^?]*\?*)\s*$", re.I)
# A sentence that only leans on the one before: "does it match the figures?", "is that right?"
_LEANS_BACK = re.compile(r"\b(?:it|that|this|those|these|they|them|she|he|her|his|their|same|match(?:es)?)\b",
                         re.I)
# "... and what date?", "... and when?": a field of the document asked after another
# ("and when it was": the date)
_BARE_FIELD = re.compile(r"^(?:(?:on\s+)?(?:what|which)\s+(?:date|day|session)|when(?:\s+(?:(?:was|is)\s+"
                         r"(?:it|this)|(?:it|this)\s+(?:was|is)))?)\s*[?.!]*\s*$", re.I)
# "hrc belarus ID - ...", "breakdown of participants: ...": what opens a question before a dash or colon
_LEAD_IN = re.compile(r"^(?P<lead>[^-–—:?]{2,60}?)\s*(?:\s[-–—]|:)\s+(?=\S)")
# The words of a lead-in that names only the meeting, its speakers or its order (with speakers'
# names): nothing a question would be about
_MEETING_WORD = re.compile(rf"{_MEETING}|{_ONE_NOUN}|hrc\d*|human|rights|united|nations|council|un|order|"
                           r"speaking|list|breakdown|overview|the|this|a|an|of|its|all|full|interactive|at|on|"
                           r"in|during|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?sept?(?:ember)?|\d{4}|\d{1,2}",
                           re.I)
# "any of the group statements", "one of the regional groups": whichever group it is
_ANY_GROUP = re.compile(r"(?:any|one|either)\s+(?:of\s+)?(?:the\s+)?(?:regional\s+|cross-regional\s+)?"
                        r"groups?(?:['’]s?)?(?:\s+(?:statements?|speeches))?", re.I)
_SPOKE_FOR = re.compile(r"^(?:the\s+)?(?:group|countries|states|nations)\s+(?:that\s+|which\s+)?"
                        r"(?P<speaker>.+?)\s+(?:spoke|speaks|was\s+speaking|is\s+speaking)\s+"
                        r"(?:for|on\s+behalf\s+of)$", re.I)
_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*[A-Z][\w'’.-]*){0,5}")
_OF_MEETING = re.compile(rf"^(?:the\s+|this\s+)?(?:{_MEETING}|council|human\s+rights\s+council|hrc)\b", re.I)


class MeetingRequest(BaseModel):
    """What a meeting question asks: `asks` names the fact; the other fields narrow it."""

    model_config = ConfigDict(frozen=True)

    question: str
    asks: Ask
    kinds: list[Kind] = []
    noun: str = ""  # the question's own word for the speakers: "NGOs", "countries", "State"
    speakers: list[Named] = []  # the speakers the question names, in its order
    position: int | None = None  # 1 for "first" (or "most"), -1 for "last" (or "fewest"), n for "nth"
    span: int | None = None  # "the last three speakers": that many from the `position` end
    both_ends: bool = False  # "who spoke first and last": the first and the last
    on_panel: bool = False  # "Is Bazilli on the panel?": yes or no, from the role
    claimed: str = ""  # an office asked about: "the chair" in "Is Moskalenko the chair?"
    alone: bool = False  # "Which NGOs spoke alone?": the statements with no co-presenters
    for_group: bool = False  # "Did Lithuania speak for a group?": yes or no, from the role
    relation: Literal["after", "before"] | None = None
    every: bool = False  # "which States spoke before France": all of them, not the nearest
    next_to: bool = False  # "did Malta speak right after France": next to it, not merely later
    kind_choice: bool = False  # "who opened it: a group or a State?": the answer says which
    member: str | None = None  # the country asked about: "Is Estonia part of ...?"
    field: Field | None = None
    of_meeting: bool = False  # "Who chaired the meeting?", not the panel
    addressee: str | None = None  # "chair" in "Who asked the Chair a question?"
    unknown: str | None = None  # a proper name that names no speaker: "Did China speak?"
    absent: list[str] = []  # the names of no speaker among several: "Italy" in "Did France or Italy speak?"
    excluding: str = ""  # the question's own words for what it leaves out: "not counting the experts"
    excluded: list[str] = []  # statement ids "not counting ..." leaves out
    excluded_kinds: list[Kind] = []  # kinds it leaves out ("not counting the experts")
    where: str = ""  # a region the speakers must be from: "from Africa", "from outside Europe"
    within: list[str] = []  # statement ids of the States (and concerned country) `where` holds
    # (`where` may also be a side of other kinds of speaker: "before the State delegations")
    also: MeetingRequest | None = None  # "which session and what date": the second question
    any_group: bool = False  # "Was Latvia covered by any of the group statements?": yes or no
    left: str = ""  # a part of the message left unanswered: "what did she present" after "who opened it"


def read_meeting(question: str, directory: SpeakerDirectory) -> MeetingRequest | None:
    """The meeting fact a question asks for, or None if it asks what was said.

    >>> read_meeting("Which NGOs spoke?", directory).kinds
    ['ngo']
    >>> read_meeting("Which NGOs mentioned lawyers?", directory) is None
    True
    """
    text = " ".join(_FILLER.sub("", question).split())
    text = _SPACED_KINDS.sub(lambda m: f"{m.group('one')}, " if _plural_kinds(m) else m.group(), text)
    listed = _KINDS_AFTER.search(text)
    nouns = re.sub(r"\s*[+&]\s*", " and ", listed.group("nouns")) if listed else ""
    if listed and kinds_of(nouns):
        # "every delegation that asked the experts (states + ngos)": the kinds listed add to those of
        # the question's own noun (the delegations and the NGOs); "which speakers asked the experts
        # (states + ngos)" names no kind of its own, and the list says which
        request = read_meeting(text[:listed.start()] + text[listed.end():], directory)
        if request is None:
            return None
        kinds = [*request.kinds, *(k for k in kinds_of(nouns) if k not in request.kinds)] if request.kinds \
            else kinds_of(nouns)
        return request.model_copy(update={"question": question, "kinds": kinds, "noun": nouns})
    # "which country spoke first on its own, not as a group", "first country alone?": the first of
    # the individual countries (a count of those who spoke alone asks about joint statements)
    if _ORDER_WORD.search(text) and _ALONE.search(text) and _NATION.search(text):
        text = _NATION.sub(r"individual \g<0>", _NOT_GROUP.sub("", _ALONE_PHRASE.sub("", text)), count=1)
    # "how many states did take the floor": the emphatic "did" adds nothing
    text = re.sub(r"\bdid\s+(?=(?:take|speak|make|deliver|get)\b)(?=.*?\b(?:how\s+many|which|what|who)\b)",
                  "", text, flags=re.I) if re.match(r"^(?:how\s+many|which|what|who)\s+\w+\s+did\s+(?:take|"
                                                   r"speak|make|deliver)\b", text, re.I) else text
    # "By whom was the Committee immediately preceded on the floor?": who spoke immediately before it
    # "Who was followed by Germany?": who spoke right before it
    text = _PASSIVE_AGENT.sub(lambda m: f"{m.group('who') or 'who'} spoke {m.group('adv') or ''}"
                                        f"{'after' if m.group('rel').lower() == 'preceded' else 'before'} "
                                        f"{m.group('anchor')}", text)
    text = _PASSIVE_SIDE.sub(lambda m: f"{m.group('who') or 'who'} spoke {m.group('adv') or ''}"
                                       f"{'before' if m.group('rel').lower() == 'preceded' else 'after'} "
                                       f"{m.group('anchor')}", text)
    # "the groups like the eu how many and which ones", "how many groups spoke and which ones": a count,
    # whose answer lists them
    text = _KIND_HOW_MANY.sub(lambda m: f"how many {m.group('noun')} spoke", text)
    text = AND_WHICH_ONES.sub("", text) if re.match(r"how\s+many\b", text, re.I) else text
    # "what organisation is the ICJ?", "what organisation is Bazilli from?": who the speaker named is
    kind_is = _WHAT_KIND_IS.match(text)
    if kind_is and names_in(kind_is.group("name"), directory, whole=True):
        text = f"who is {kind_is.group('name')}"
    # "the Dutch-led group statement": the statement the Netherlands delivered for its group
    text = re.sub(r"\b([A-Za-z][\w.]*)-led\b", r"\1", text)
    # "who speak right before Switzerland": a learner's present for the past
    text = re.sub(r"^((?:and\s+)?(?:who|(?:which|what)\s+[\w-]+))\s+(speak|talk)\b",
                  lambda m: f"{m.group(1)} {'spoke' if m.group(2).lower() == 'speak' else 'talked'}", text,
                  flags=re.I)
    # "who delivered the nordics statement (NB8) - name & title": the representative, whose answer
    # gives both; an acronym in brackets after a name repeats it
    text = re.sub(r"\s*[-–—,:]\s*(?:(?:full\s+)?name|title|role|position)(?:\s*(?:&|and|\+|,|/)\s*"
                  r"(?:name|title|role|position))*\s*(?:pls|please)?\s*[?.!]*\s*$", "", text, flags=re.I)
    text = re.sub(r"(?<=\w)\s*\((?P<alias>[A-Za-z][\w.&-]{1,11})\)(?=\s|$)",
                  lambda m: "" if names_in(m.group("alias"), directory, whole=True) else m.group(), text)
    # "and who are the other members of the panel": its members (the answer lists them in order)
    text = re.sub(r"\b(the\s+)?other\s+(?=(?:members?\s+of\s+(?:the\s+)?(?:panel|group|experts)|experts|"
                  r"panel(?:lists|\s+members))\b)", r"\1", text, flags=re.I)
    # "which UN experts spoke": the experts (every expert here is the UN's)
    text = re.sub(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?=(?:experts?|panel)\b)", "", text)
    # "which of the experts", "how many of the NGOs"
    text = re.sub(r"^(which|what|how\s+many)\s+of\s+the\s+", r"\1 ", text, flags=re.I)
    # "this Interactive Dialogue with the Group of Experts on Belarus": the dialogue, named by its panel
    text = re.sub(rf"\b((?:interactive\s+)?dialogue|meeting|debate|ID)\s+with\s+the\s+{_PANEL_BODY}", r"\1",
                  text, flags=re.I)
    # "who was first speaking after belarus", "who last ngo speaking": who spoke first, which NGO spoke last
    # "who went first after belarus", "which NGO went last": in the order of speaking, spoke
    text = re.sub(r"\bwent\s+(?=(?:first|next|last|second|third|fourth|fifth|right|just|immediately|directly|"
                  r"before|after)\b)", "spoke ", text, flags=re.I)
    text = re.sub(r"^(who|(?:which|what)\s+[\w-]+)\s+(?:was|were|is|are)\s+(first|last|second|third|next)\s+"
                  r"speaking\b", r"\1 spoke \2", text, flags=re.I)
    text = re.sub(r"^who\s+(?:(?:was|is)\s+)?(?:the\s+)?(first|last|second|third)\s+([\w-]+)\s+"
                  r"(?:speaking|to\s+speak)\b",
                  lambda m: f"which {m.group(2)} spoke {m.group(1)}" if kinds_of(m.group(2)) else m.group(),
                  text, flags=re.I)
    # "who spoke first after belarus", "which State spoke last before the EU": the one next to it
    # ("which State spoke first after the NGOs" is `_BEFORE_KIND`'s, "who spoke first after the
    # experts" the one next to the last of them)
    text = re.sub(r"\b(spoke|took\s+the\s+floor)\s+(?:(first)\s+(after)|(last)\s+(before))\s+"
                  rf"(?P<kind>(?:the\s+)?(?:individual\s+|single\s+|separate\s+)?{_ONE_NOUN}\b)?",
                  lambda m: m.group() if m.group("kind") and not re.match(r"who\s", text, re.I) else
                  f"{m.group(1)} right {m.group(3) or m.group(5)} {m.group('kind') or ''}", text, flags=re.I)
    # "which members of the Group of Experts took the floor": which experts
    text = re.sub(r"^(which|what|how\s+many)\s+(?:of\s+the\s+)?members?\s+of\s+the\s+(?:group\s+of\s+"
                  r"(?:independent\s+)?experts|panel|expert\s+(?:group|panel))(?:\s+on\s+[\w-]+)?\b",
                  r"\1 experts", text, flags=re.I)
    # "Of the countries that spoke on their own, which one went first": which individual countries
    text = _OF_THE_KIND_ONE.sub(
        lambda m: f"which {'individual ' if m.group('alone') else ''}{m.group('noun')} ", text)
    # "Among the individual countries, which country spoke first?": the kinds put at the end
    fronted = _KINDS_FRONTED.match(text)
    if fronted and kinds_of(fronted.group("nouns")):
        text = f"{fronted.group('rest').rstrip(' ?.!')} among the {fronted.group('nouns')}?"
    # "took the floor under this item", "under agenda item 4": the dialogue's place on the agenda
    text = re.sub(r"\s+under\s+(?:(?:this|the)\s+(?:agenda\s+)?item|agenda\s+item\s+\d+)\b", "", text,
                  flags=re.I)
    # "spoke in their own name", "in a national capacity": on their own
    # ("only for itself", "just in its own name": the same; "was it just X talking for itself": was X)
    text = re.sub(r"\s+(?:(?:only|just|solely|purely|merely)\s+)?(?:in\s+(?:(?:their|its|his|her)\s+own\s+"
                  r"(?:name|right)|(?:a|their|its)\s+national\s+capacity)|for\s+(?:themselves|itself))\b",
                  " individually", text, flags=re.I)
    text = re.sub(r"^(was|is)\s+it\s+(?:(?:only|just|really)\s+)?(?=.+?\s+(?:speaking|talking|presenting)\s+"
                  r"individually\b)", r"\1 ", text, flags=re.I)
    # "which country has spoken after Malta", "who had taken the floor first": the simple past
    text = re.sub(r"\b(?:has|have|had)\s+(spoken|taken)\b", lambda m: {"spoken": "spoke", "taken": "took"}[
        m.group(1).lower()], text, flags=re.I)
    # "last in the State delegations segment": last among them
    text = re.sub(rf"\s+(?:in|during)\s+the\s+(?P<nouns>{_ONE_NOUN})\s+(?:segment|section|part|round|portion|"
                  r"block)\b", r" among the \g<nouns>", text, flags=re.I)
    following = _NEXT_OF_KIND.match(text)
    rel = following.group("rel").lower() if following else ""
    anchor = re.sub(r"^(?:the\s+)?(?:individual|single|separate)?\s*", "", following.group("anchor"),
                    flags=re.I) if following else ""
    # (not before a kind: "the last State before the NGOs" is `_BEFORE_KIND`'s)
    if following and (following.group("ord").lower() == "last") == (rel == "before") and not kinds_of(anchor):
        text = f"which {following.group('noun')} spoke right {rel} {following.group('anchor')}"
    ordered = _ORDER_OF_KIND.match(text)
    if ordered:  # "what was the speaking order of the groups"
        text = f"in what order did the {ordered.group('noun')} speak"
    at_end = _KINDS_AT_END.search(text)
    if at_end and kinds_of(at_end.group("nouns")):
        request = read_meeting(text[:at_end.start()], directory)
        if request and request.asks in ("order", "speakers", "count") and not request.speakers:
            named = kinds_of(at_end.group("nouns"))
            if re.match(r"(?:individual|single|separate)\s", at_end.group("nouns"), re.I):
                named = [k for k in named if k != "concerned_country"] or named  # the States that spoke
            if (at_end.group("how") or "").lower().startswith("incl"):  # "... including groups": those too
                kinds = list(dict.fromkeys([*request.kinds, *named])) if request.kinds else []
            else:  # "... among the States": of them
                kinds = [k for k in request.kinds if k in named] or named
            return request.model_copy(update={"question": question, "kinds": kinds})
    block = _BEFORE_KIND.search(text)
    if block and kinds_of(block.group("nouns")):
        request = read_meeting(text[:block.start()], directory)
        others = kinds_of(block.group("nouns"))
        # "the single countries": the States, not the country concerned
        others = [k for k in others if k != "concerned_country"] if block.group("single") else others
        if request and request.asks == "order" and request.kinds and others and _in_a_block(
                request.kinds, others, block.group("rel").lower(), directory):
            return request.model_copy(update={"question": question})
        if request and request.asks in ("speakers", "count") and request.kinds and others \
                and not request.where:
            # "which groups spoke before the State delegations?", "did any NGO speak before the States?":
            # those of its kinds on that side of every speaker of the others
            relation = block.group("rel").lower()
            return request.model_copy(update={
                "question": question, "where": f"{relation} the {' '.join(block.group('nouns').split())}",
                "within": _on_the_side(request.kinds, others, relation, directory)})
    once = _ONCE_SPOKEN.match(text)
    if once:  # "once the experts had spoken, who took the floor?": who took it after them
        plain = without_kind_choice(once.group("ask"))  # "...: a group or a State?" settled by the answer
        asked = active_voice(plain)
        request = read_meeting(f"{asked.rstrip(' ?.!')} after {once.group('anchor')}?", directory)
        chose = request.kind_choice or plain != once.group("ask") if request else False
        return request.model_copy(update={"question": question, "kind_choice": chose}) \
            if request and request.asks == "neighbour" else None
    fronted = _FRONTED_SIDE.match(text)
    if fronted:  # "after the helsinki cttee who had the floor": "who had the floor after ..."
        text = f"{fronted.group('ask')} {fronted.group('side')}"
    cleft = _CLEFT.match(text)
    if cleft:  # "was it really Lithuania's foreign minister who read out the statement?": who read it out
        request = read_meeting(f"who {cleft.group('rest')}", directory)
        if request:
            return request.model_copy(update={"question": question})
    head = _HAD_A_HEAD.match(text)
    if head:  # "the experts had a boss right. what is her name": who chaired them
        text = f"who was the chair of the {head.group('body')}"
    named = _NAME_OF.match(text)
    holder = named.group("of") or named.group("owner") or named.group("called") if named else None
    if named:  # "what is the name of the chair": who is the chair, if that is a fact of the meeting
        kind = f"which {named.group('kind')} {named.group('rest')}" if named.group("kind") else ""
        asked = read_meeting(named.group("who") or kind or f"who is {holder}", directory)
        if asked:
            return asked.model_copy(update={"question": question})
    # "Title of the meeting, the session and the date, please", "what was the date and session?"
    if _FIELDS_ONLY.match(re.sub(r"^(?:what|which)\s+(?:is|was|are|were)\s+(?=the\s)", "", text, flags=re.I)):
        return MeetingRequest(question=question, asks="document", field="all")
    region = _region_of(text)
    if region:  # "did any african country speak", "which states from outside europe spoke"
        request = read_meeting(region[0], directory)
        if request and request.asks in ("speakers", "count"):
            return request.model_copy(update={"question": question, "where": region[1],
                                              "within": region[2](directory)})
    segment = _SEGMENT.search(text)
    if segment and kinds_of(segment.group("nouns")):  # "in the state delegations segment": those kinds
        request = read_meeting(text[:segment.start()] + text[segment.end():], directory)
        kinds = kinds_of(segment.group("nouns"))
        return request.model_copy(update={"question": question, "kinds": [
            k for k in request.kinds if k in kinds] or kinds}) if request else None
    text = _SLOT_OF.sub(lambda m: f"the {m.group('noun')} {m.group('slot')}", text)
    closed = _AND_CLOSED.search(text)
    if closed:  # "which delegation opened the NGO slot, and which closed it": its first and last
        request = read_meeting(text[:closed.start()] + "?", directory)
        if request and request.asks == "order" and request.position == 1 and not request.span:
            return request.model_copy(update={"question": question, "both_ends": True})
    both = _FIRST_AND_LAST.search(text)
    if both and not _other_kind_last(both, text):
        # "which state spoke first and which spoke last": the first, asked with both ends
        first = f"{text[:both.start()]}first{both.group('between') or ''}"
        # (what follows the last goes with it: "... and which one was the last to speak")
        request = read_meeting(first + text[both.end():], directory) or read_meeting(f"{first}?", directory)
        return request.model_copy(update={"question": question, "both_ends": True}) \
            if request and request.asks == "order" and request.position == 1 and not request.span else None
    excluding = EXCLUDING.search(text)
    if excluding:
        # "Which experts, other than the Chair, replied?": the comma after it goes too
        text = text[:excluding.start()] + re.sub(r"^\s*,(?=\s)", "", text[excluding.end():])
    for ask, pattern, fixed in _COMPILED:
        match = pattern.match(text)
        request = _request(text, ask, match, fixed, directory) if match else None
        if request and excluding:
            what = left_out(excluding)
            return request.model_copy(update={
                "question": question, "excluding": _lower_first(excluding.group().strip(" ,()-–—")),
                "excluded_kinds": kinds_of(what, every=False),
                "excluded": [n.statement_id for n in names_in(what, directory)]})
        if request:
            return request
    request = _lead_in_or_pair(text, question, directory)
    counted = re.match(r"^how\s+many\s+(?=\S)", text, re.I)
    if request is None and counted:  # "how many experts replied", "how many NGOs spoke before X":
        listed = read_meeting(f"which {text[counted.end():]}", directory)  # the list, whose answer counts
        if listed and (listed.asks in ("repliers", "askers", "joint") or
                       (listed.asks == "neighbour" and listed.every)):
            request = listed
    keywords = _KEYWORD_COUNT.match(text)
    if request is None and keywords:  # "ngos count": how many of them spoke
        request = read_meeting(f"how many {keywords.group('noun')} spoke", directory)
    with_articles = _NO_ARTICLE.sub(lambda m: f"{m.group('before')} the ", text)
    if request is None and with_articles != text:  # "how many states took floor": took the floor
        request = read_meeting(with_articles, directory)
    plainer = _without_asides(without_kind_choice(text))
    if request is None and plainer != text:  # "what even is this meeting", "who's on the panel, names pls"
        request = read_meeting(plainer, directory)
        if request and without_kind_choice(text) != text:  # "... after Belarus: a group or a State?"
            request = request.model_copy(update={"kind_choice": True})
    return request.model_copy(update={"question": question}) if request else None


# Words a spoken question adds that ask nothing ("what even is this meeting", "which one's the
# chair", "who went first after them"), and a short aside after a comma that asks nothing new
# ("who's on the panel, names pls", "how many countries spoke for themselves, not in a group").
# General English.
_EMPTY_WORDS = re.compile(r"(?<=\w)\s+(?:even|just|actually|really|basically|exactly|precisely|roughly|"
                          r"literally|like)\b(?=\s+\w)|(?<=\bone)['’]s\b|(?<=\bwho)['’]s\b", re.I)
_ASIDE = re.compile(r"\s*,\s*(?!(?:and\s+|or\s+)?(?:what|which|who|whom|whose|when|where|how|why|did|does|do|"
                    r"is|are|was|were|has|have)\b)(?:[\w'’-]+\s*){1,4}[?.!]*\s*$", re.I)


def without_kind_choice(text: str) -> str:
    """The question without kinds of speaker it offers to choose from, as its answer names the
    speaker's kind.

    >>> without_kind_choice("who opened the ID: a group or an individual State?")
    'who opened the ID?'
    >>> without_kind_choice("did Belarus speak before or after the EU?")  # no kinds: kept
    'did Belarus speak before or after the EU?'
    """
    choice = _KIND_CHOICE.search(text)
    if not choice or not all(kinds_of(re.sub(r"^(?:an?|the)\s+", "", choice.group(k).strip(), flags=re.I))
                             for k in ("one", "other")):
        return text
    return text[:choice.start()] + "?"


def _without_asides(text: str) -> str:
    """The question without words that ask nothing and without a short aside after its last
    comma: what is left of a spoken question, read again when it does not read as it is.

    >>> _without_asides("what even is this meeting"), _without_asides("which one's the chair")
    ('what is this meeting', 'which one is the chair')
    >>> _without_asides("how many countries spoke for themselves, not in a group")
    'how many countries spoke for themselves'
    >>> _without_asides("which ngos spoke, and which of them mentioned lawyers")  # a question: kept
    'which ngos spoke, and which of them mentioned lawyers'
    """
    text = _EMPTY_WORDS.sub(lambda m: " is" if m.group().startswith(("'", "’")) else "", text)
    return " ".join(_ASIDE.sub("", text).split())


def _lead_in_or_pair(text: str, question: str, directory: SpeakerDirectory) -> MeetingRequest | None:
    """"hrc60 belarus ID - which session?": the question after a lead-in that only names the
    meeting or its speakers; "which session and what date?": two meeting questions, the second
    as `also`. None if neither reads."""
    head, comma, fields = text.partition(",")
    if comma and _FIELD_LIST.match(fields):  # "which un body was this, session no. and the date"
        first = read_meeting(head, directory)
        if first and first.asks == "document":
            return first.model_copy(update={"question": question, "field": "all"})
    both = _BEFORE_AND_AFTER.search(text)
    if both:  # "who was right before and after czechia": the speaker on each side
        first = read_meeting(text[:both.start()] + " before " + text[both.end():], directory)
        if first and first.asks == "neighbour":
            after = first.model_copy(update={"relation": "after"})
            return first.model_copy(update={"question": question, "also": after})
    lead_in = _LEAD_IN.match(text) or _KIND_ASKED.match(text)
    kind_lead = _KIND_LEAD.match(lead_in.group("lead")) if lead_in else None
    if kind_lead and lead_in and kinds_of(kind_lead.group("noun")):
        request = read_meeting(_of_lead(text[lead_in.end():], kind_lead), directory)
        if request:
            return request.model_copy(update={"question": question})
    if lead_in and _names_the_meeting(lead_in.group("lead"), directory):
        request = read_meeting(text[lead_in.end():], directory)
        if request:
            return request.model_copy(update={"question": question})
    shared = _SHARED_PREDICATE.match(text)
    # "on what date and at which session was it held": each question word asked of what follows both
    parts = [f"{shared.group(side)} {shared.group('rest')}" for side in ("one", "other")] if shared \
        else AND_WH.split(text, maxsplit=1)
    if len(parts) == 2:
        first = read_meeting(parts[0], directory)
        one = re.match(r"\s*(?:which|what)\s+one\b", parts[1], re.I)
        noun = re.match(r"\s*(?:which|what)\s+(?P<noun>[\w-]+)", parts[0], re.I)
        if one and first and noun and not _SIDE_ONLY.match(parts[1]):
            # "which NGO opened ... and which one closed ...": that noun
            parts[1] = f"which {noun.group('noun')}{parts[1][one.end():]}"
        second = read_meeting(parts[1], directory)
        bare = _BARE_FIELD.match(parts[1])
        if first and first.asks == "document" and bare:  # "which session and what date": the date too
            second = first.model_copy(update={"field": "session" if re.search("session", bare.group(), re.I)
                                              else "date"})
        if first and second:
            if first.asks == second.asks == "document":  # one sentence can hold both fields
                field = first.field if {first.field, second.field} <= {"date", "session"} else "all"
                return first.model_copy(update={"question": question, "field": field})
            if second.asks == "order" and not second.kinds and first.kinds and _OF_THEM.search(parts[1]):
                # "how many groups spoke, and which spoke last among them": of those
                second = second.model_copy(update={"kinds": first.kinds})
            return first.model_copy(update={"question": question, "also": second})
        side = _SIDE_ONLY.match(parts[1])
        # "which spoke before Ireland and which one after it"
        if first and first.asks == "neighbour" and side and _same_anchor(side, first, directory):
            other = first.model_copy(update={"relation": side.group("rel").lower()})
            return first.model_copy(update={"question": question, "also": other})
        if first and _LEANS_BACK.search(parts[1]):  # "who opened the meeting and what did she present"
            return first.model_copy(update={"question": question, "left": parts[1].strip(" ?.!")})
    return _several_sentences(text, question, directory)


def _other_kind_last(both: re.Match[str], text: str) -> bool:
    """Whether "... first and which X ... last" asks the last of another kind than the first: "which
    state spoke first and which ngo spoke last" is two questions, not one kind's two ends."""
    last = kinds_of(re.split(r"\s(?:and|&)\s", both.group(), maxsplit=1)[-1], every=False)
    return bool(last) and set(last) != set(kinds_of(text[:both.start()] + (both.group("between") or ""),
                                                  every=False))


def _of_lead(rest: str, lead: re.Match[str]) -> str:
    """The question after a lead-in naming a kind, with the kind put in: "ngo slot: how many and
    who opened it" -> "how many ngos spoke and who opened the ngo slot"; "the NGOs: who spoke
    first?" -> "who spoke first in the NGOs segment"."""
    noun, slot = lead.group("noun"), lead.group("slot") or "segment"
    plural = noun if is_plural(noun.lower()) else re.sub(r"y$", "ie", noun) + "s"  # not inflect's "ngoes"
    parts = [_BARE_HOW_MANY.sub(f"how many {plural} spoke", part)
             for part in AND_WH.split(rest, maxsplit=1)] if AND_WH.search(rest) else \
        [_BARE_HOW_MANY.sub(f"how many {plural} spoke", rest)]
    joined = " and ".join(part.strip() for part in parts if part.strip())
    pointed = _POINTS_BACK.sub(f"the {noun} {slot}", joined)
    if pointed != joined or re.search(rf"\bhow\s+many\s+{re.escape(plural)}\s+spoke\b", pointed, re.I):
        return pointed
    return f"{pointed.rstrip(' ?.!')} in the {noun} {slot}"


def other_kind(question: str, before: MeetingRequest | None) -> MeetingRequest | None:
    """The previous meeting question asked again of another kind, when a follow-up names only
    that kind: "and regional groups?" after "how many State delegations spoke?" is how many groups
    spoke; "and which NGO?" after "which State spoke first?" is the first NGO. None otherwise.

    >>> other_kind("and regional groups?", read_meeting("how many NGOs spoke?", directory)).kinds
    ['group']
    """
    bare = _BARE_KIND.match(" ".join(question.split()))
    kinds = kinds_of(bare.group("noun")) if bare else []
    if not kinds or before is None or before.asks not in ("count", "speakers", "order") or before.speakers:
        return None
    noun = bare.group("noun")
    # the question it stands for: the previous one with its noun replaced ("how many groups spoke?")
    own = re.compile(rf"\b{re.escape(before.noun)}\b", re.I) if before.noun else None
    asked = own.sub(lambda _: noun, before.question, count=1) if own and own.search(before.question) \
        else question
    return before.model_copy(update={"question": asked, "kinds": kinds, "noun": noun, "also": None,
                                     "excluded": [], "excluded_kinds": [], "excluding": ""})


def _same_anchor(side: re.Match[str], first: MeetingRequest, directory: SpeakerDirectory) -> bool:
    """Whether "... and after it" asks about the speaker the first question named: by a pronoun,
    by its name again, or by nothing."""
    anchor = side.group("anchor")
    return not anchor or bool(re.fullmatch(r"that|him|her|it|them|that\s+one", anchor, re.I)) or \
        [n.statement_id for n in names_in(anchor, directory, whole=True)] == \
        [n.statement_id for n in first.speakers]


def _several_sentences(text: str, question: str, directory: SpeakerDirectory) -> MeetingRequest | None:
    """A meeting question in more than one sentence: "who talked after germany? and before?"
    asks both sides; "what is this doc. which session, what day, who wrote it" asks the document's
    facts; "how many NGOs spoke. does it match the figures?" asks the first, whose answer checks
    the count, and what follows only leans on it. None if the first sentence asks nothing of the
    meeting, or a later one asks something else."""
    sentences = _SENTENCE_END.split(text)
    first = read_meeting(sentences[0], directory) if len(sentences) > 1 else None
    if first is None:
        return None
    rest = sentences[1:]
    side = _SIDE_ONLY.match(rest[0])
    if first.asks == "neighbour" and side and len(rest) == 1 and _same_anchor(side, first, directory):
        other = first.model_copy(update={"relation": side.group("rel").lower()})
        return first.model_copy(update={"question": question, "also": other})
    if first.asks == "document" and all(_FIELD_WORDS.match(s) for s in rest):
        return first.model_copy(update={"question": question, "field": "all"})
    if all(_LEANS_BACK.search(s) and read_meeting(s, directory) is None for s in rest):
        left = " ".join(rest).strip(" ?.!")
        # a count's answer says whether it matches the summary's own figures
        checked = first.asks == "count" and re.search(r"\b(?:same|match(?:es)?|agrees?|consistent)\b", left,
                                                      re.I)
        return first.model_copy(update={"question": question, "left": "" if checked else left})
    return None


def _speaking_orders(directory: SpeakerDirectory) -> list[list[Statement]]:
    """Each summary's statements in speaking order (the order of the summary), summaries by id."""
    documents = sorted({s.document_id for s in directory.statements.values()})
    return [sorted((s for s in directory.statements.values() if s.document_id == document),
                   key=lambda s: s.paragraphs[0].start) for document in documents]


def _in_a_block(kinds: list[Kind], others: list[Kind], relation: str, directory: SpeakerDirectory) -> bool:
    """Whether, in each document, every speaker of `kinds` speaks before (or after) every speaker
    of `others`: then "the last State before the NGOs" is the last State."""
    found = False
    for order in _speaking_orders(directory):
        asked = [i for i, s in enumerate(order) if s.kind in kinds]
        other = [i for i, s in enumerate(order) if s.kind in others and s.kind not in kinds]
        if not asked or not other:
            continue
        if (max(asked) > min(other)) if relation == "before" else (min(asked) < max(other)):
            return False
        found = True
    return found


def _on_the_side(kinds: list[Kind], others: list[Kind], relation: str, directory: SpeakerDirectory
                 ) -> list[str]:
    """The statement ids of `kinds` that, in their document, come before (or after) every
    speaker of `others`."""
    side = []
    for order in _speaking_orders(directory):
        other = [i for i, s in enumerate(order) if s.kind in others and s.kind not in kinds]
        if other:
            side += [s.id for i, s in enumerate(order) if s.kind in kinds
                     and (i < min(other) if relation == "before" else i > max(other))]
    return side


# "the second expert", "the last State to speak": a speaker named by its place among its kind
# (not a noun phrase that goes on: "the last country in Europe (still carrying out executions)",
# "the first country to abolish it")
_BY_PLACE = re.compile(rf"\bthe\s+{_ORD}\s+(?P<noun>{_ONE_NOUN})\b"
                       r"(?:(?P<speak>\s+(?:to\s+(?:speak|take\s+the\s+floor)|that\s+spoke|speaking)\b)|"
                       r"(?![-'’]|\s+(?:in|of|on|at|from|to|which|that|who|whose|where|still|with|among|for|ever|"
                       r"outside|inside|under|within|since|by)\b))", re.I)


def by_place(text: str, directory: SpeakerDirectory, spoken: bool = False
             ) -> tuple[str, list[tuple[str, str]]]:
    """A question that names a speaker by its place among its kind ("What did the second expert
    say?"), with that speaker's name in its place, and each (phrase, name) put in; the text as it
    is when it asks about the order itself ("Who was the second expert?"), when the kind's
    speakers are of several summaries, or, unless `spoken` or the phrase says "to speak", when
    there is none (in a chat "the second NGO" may be of the list just given).

    >>> by_place("What did the second expert say about deportations?", directory, spoken=True)[0]
    'What did Ms. Monika Płatek say about deportations?'
    >>> by_place("who was the second expert?", directory, spoken=True)[0]
    'who was the second expert?'
    >>> by_place("Did NZ call Belarus the last country in Europe to execute?", directory, spoken=True)[0]
    'Did NZ call Belarus the last country in Europe to execute?'
    """
    if not _BY_PLACE.search(text) or read_meeting(text, directory):  # (the cheap test first)
        return text, []
    put: list[tuple[str, str]] = []

    def name(match: re.Match[str]) -> str:
        kinds = kinds_of(match.group("noun"))
        if not kinds or not (spoken or match.group("speak")):
            return match.group()
        orders = [[s for s in order if s.kind in kinds] for order in _speaking_orders(directory)]
        order = orders[0] if len(orders) == 1 else []
        place = position_of(match.group("ord"))
        at = place - 1 if place > 0 else place
        if not -len(order) <= at < len(order):
            return match.group()
        speaker = with_article(order[at].speaker)
        put.append((match.group().strip(), speaker))
        return speaker
    return _BY_PLACE.sub(name, text), put


def _edge_of_kind(name: str, rel: str, directory: SpeakerDirectory) -> list[Named]:
    """For a side of a kind of speaker named as one speaker ("right after the experts", "after the
    concerned country"), the speaker at that edge of the kind's block in each summary: the last
    of them for "after", the first for "before". [] if the name names a speaker or no one kind,
    or if the kind's speakers do not all speak in one block (then no one edge is theirs).

    >>> [(n.statement_id.split("/")[-1], n.name) for n in _edge_of_kind("the experts", "after", directory)]
    [('susan-bazilli', 'the last of the experts')]
    >>> [n.statement_id.split("/")[-1] for n in _edge_of_kind("the State delegations", "before", directory)]
    ['albania']
    >>> _edge_of_kind("France", "after", directory), _edge_of_kind("the countries", "after", directory)
    ([], [])
    """
    kinds = kinds_of(name)
    if len(kinds) != 1 or names_in(name, directory, whole=True):
        return []
    before = re.search(r"before|preced|ahead", rel, re.I) is not None
    edges = []
    for order in _speaking_orders(directory):
        block = [i for i, s in enumerate(order) if s.kind == kinds[0]]
        if block and block[-1] - block[0] + 1 != len(block):
            return []
        if block:
            words = " ".join(name.split())
            words = f"the {'first' if before else 'last'} of {words}" if len(block) > 1 else words
            edge = order[block[0] if before else block[-1]]
            edges.append(Named(statement_id=edge.id, name=words, via="kind"))
    return edges


def _plural_kinds(match: re.Match[str]) -> bool:
    """Whether two words typed side by side are two kinds of a list ("countries ngos and groups"),
    not one noun ("state delegations", "country groups")."""
    one, following = match.group("one"), match.group("next")
    return is_plural(one.lower()) and is_plural(following.lower()) and bool(kinds_of(one)) \
        and bool(kinds_of(following)) and kinds_of(one) != kinds_of(f"{one} {following}")


def _names_the_meeting(lead: str, directory: SpeakerDirectory) -> bool:
    """Whether every word of a lead-in is a word for the meeting or its speakers, or a name."""
    words = lead.split()
    return bool(words) and all(_MEETING_WORD.fullmatch(word) or names_in(word, directory, whole=True)
                               or country_named(word) for word in words)


_STATE_NOUN = r"(?:countr(?:y|ies)|states?|delegations?|governments?|nations?)"


@functools.cache
def _region_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = "|".join(re.escape(f) for f in sorted(regions(), key=len, reverse=True))
    # "African or Asian States": either region
    before = re.compile(rf"\b(?P<non>non[-\s]?)?(?P<region>{forms})"
                        rf"(?:\s*(?:,|or|and|/)\s*(?P<region2>{forms}))?"
                        rf"\s+(?={_STATE_NOUN}\b)", re.I)
    after = re.compile(rf"\b(?P<noun>{_STATE_NOUN}|speakers?|them|those)\s+(?:(?:that|which|who)\s+"
                       rf"(?:are|were|is|was|come|came)\s+)?(?:(?:from|in|within)\s+(?P<out>outside(?:\s+of)?\s+)?|"
                       rf"(?P<out2>outside(?:\s+of)?|beyond)\s+)(?:the\s+)?(?P<region>{forms})\b", re.I)
    return before, after


def _region_of(text: str) -> tuple[str, str, Callable[[SpeakerDirectory], list[str]]] | None:
    """A region the question restricts its States to: the question without it, the words for
    it ("from outside Europe") and what finds the statements it holds; None if it names none.
    Regions and each State's place in them come from the country data (`regions`)."""
    before, after = _region_patterns()
    match = before.search(text) or after.search(text)
    if not match:
        return None
    groups = match.groupdict()
    outside = bool(groups.get("non") or groups.get("out") or groups.get("out2"))
    places = [regions()[match.group(g).lower()] for g in ("region", "region2") if groups.get(g)]
    stripped = text[:match.start()] + (groups.get("noun") or "") + text[match.end():]

    def within(directory: SpeakerDirectory) -> list[str]:
        out = []
        for statement in directory.statements.values():
            state = statement.kind in ("state", "concerned_country")
            country = country_named(statement.name) if state else None
            if country and country.region and any(in_region(country, p) for p in places) != outside:
                out.append(statement.id)
        return out
    return (" ".join(stripped.split()), f"from {'outside ' if outside else ''}{' or '.join(places)}",
            within)


def _request(text: str, ask: Ask, match: re.Match[str], fixed: dict[str, object],
             directory: SpeakerDirectory) -> MeetingRequest | None:
    """A request from a frame's groups; None if a name in it names no speaker (unless it asks
    whether a name spoke) or the frame's check fails."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    # "NGOs vs States" counts both, as "NGOs and States" does
    noun = re.sub(r"\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+", " and ", groups.get("noun", "") or "",
                  flags=re.I)
    noun = re.sub(r"^ones$", "speakers", noun, flags=re.I)  # "which ones asked the experts"
    if groups.get("other"):
        noun = f"{noun} and {groups['other']}"
    fields: dict[str, object] = {"kinds": kinds_of(noun, said=ask == "askers"), "noun": noun, **fixed}
    if ask == "joint" and _ALONE.search(text):  # "did OMCT speak alone?", "did Malta speak individually?"
        fields["alone"] = True
    name = groups.get("name") or groups.get("name2") or groups.get("name3") or groups.get("name4") \
        or groups.get("group")
    if name and ask == "membership" and _ANY_GROUP.fullmatch(name):  # "in any of the groups"
        name, fields["any_group"] = None, True
    if name and ask in ("membership", "members"):  # "the group Lithuania spoke for": Lithuania's
        name = _SPOKE_FOR.sub(r"\g<speaker>", name)
        # "part of the Nordic-Baltic joint statement": of the group that made it
        name = re.sub(r"(?<=\w)\s+(?:joint\s+)?(?:statement|speech|intervention|one)s?$", "", name,
                      flags=re.I)
        name = re.sub(r"(?<=\w)\s+grouping$", " group", name, flags=re.I)  # "the Nordic-Baltic grouping"
        # "the Nordic-Baltic States on whose behalf Lithuania delivered its statement", "the group
        # that spoke": the group
        group = re.sub(r"(?<=\w)\s+(?:on\s+whose\s+behalf|for\s+whom|(?:that|which|whom)\s+\w+\s+"
                       r"(?:spoke|speaks)\s+for|(?:that|which|who)\s+(?:spoke|took\s+the\s+floor|"
                       r"made\s+a\s+statement)$)\b.*$", "", name, flags=re.I)
        # ("was ireland among the states that spoke" asks whether it spoke, not of a group "the states")
        name = group if group != name and names_in(group, directory, whole=True) else name
    if ask == "members" and name and _names_panel(name, directory):  # "members of the Group of Experts"
        return MeetingRequest(question=text, asks="speakers", kinds=["panel"], noun="experts")
    if name and ask == "membership" and "member" in groups and _GROUP_NAME.search(name) and \
            not names_in(name, directory, whole=True):  # "is poland part of the XYZ group": no such group
        fields["unknown"], name = re.sub(r"^the\s+", "", name, flags=re.I), None
    if ask == "earlier":
        return _earlier(text, groups, fields, directory)
    edge = _edge_of_kind(name, groups.get("rel", ""), directory) if name and ask == "neighbour" else []
    if edge:  # "who spoke right after the experts": after the last of them
        fields["speakers"] = edge
    elif name and not _name_fields(ask, name, fields, directory):
        return None
    if "claimed" in groups:
        fields["claimed"] = groups["claimed"]
    if "ord" in groups:
        fields["position"] = position_of(groups["ord"])
    if "many" in groups:  # "the first three NGOs"
        fields["span"] = _COUNTS.get(groups["many"].lower()) or int(groups["many"])
    if "rel" in groups:
        fields["relation"] = "before" if re.search(r"before|preced|ahead", groups["rel"], re.I) else "after"
        # a plural noun and no "right", "just", "next": every one of them on that side
        fields["every"] = bool(re.fullmatch(r"after|before", groups["rel"].strip(), re.I)
                               and re.search(r"s\s*$", groups.get("noun") or "", re.I)
                               and not re.search(r"\bfirst\b", text, re.I))
    if "member" in groups:
        fields["member"] = re.sub(r"^the\s+", "", groups["member"], flags=re.I)
        if not (country_named(fields["member"]) or names_in(fields["member"], directory, whole=True)):
            return None  # "is the death penalty still used in Belarus" asks about no member
    if ask == "askers" and not _asks_questions(groups, fields, directory):
        return None
    if ask == "chair" and not _chair_of(groups.get("body"), fields, directory,
                                        presided=re.search(r"\bpresid", text, re.I) is not None):
        return None
    return MeetingRequest(question=text, asks=ask, **fields)


def _earlier(text: str, groups: dict[str, str], fields: dict[str, object],
             directory: SpeakerDirectory) -> MeetingRequest | None:
    """Which of two speakers came first: both names must name speakers, and different ones. The
    relation asked ("did X speak before Y") makes it a yes or no; "before or after" does not."""
    first, second = (names_in(groups[key], directory, whole=True) for key in ("name", "name2"))
    if not first or not second or {n.statement_id for n in first} == {n.statement_id for n in second}:
        return None
    relation = None if groups.get("either") or "rel" not in groups else \
        "after" if re.search(r"after|later", groups["rel"], re.I) else "before"
    position = None if "ord" not in groups else \
        -1 if re.search(r"last|later", groups["ord"], re.I) else 1
    return MeetingRequest(question=text, asks="earlier", kinds=fields["kinds"], noun=fields["noun"],
                          speakers=[first[0], second[0]], relation=relation, position=position,
                          next_to=bool(relation and re.match(CLOSE, groups["rel"], re.I)))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _names_panel(name: str, directory: SpeakerDirectory) -> bool:
    """Whether a name is the panel's body ("the Group of Experts", "the panel"), not a speaker."""
    words = set(re.findall(r"[a-z]+", name.lower())) - {"the", "of", "on", "a"}
    return bool(words) and words <= panel_role_words(directory) | {"group", "panel", "experts", "expert"}


def _some_absent(names: str, fields: dict[str, object], directory: SpeakerDirectory) -> bool:
    """"did France or Italy speak": the speakers among several names, and the names of States or
    bodies that are no speaker (`absent`); False unless every name is one or the other."""
    parts = [p for p in re.split(r"\s*(?:,|/|&|\b(?:or|and|nor)\b)\s*", names, flags=re.I) if p.strip()]
    if len(parts) < 2:
        return False
    speakers: list[Named] = []
    absent: list[str] = []
    for part in (re.sub(r"^(?:either|neither|both|the)\s+", "", p.strip(), flags=re.I) for p in parts):
        named = names_in(part, directory, whole=True)
        country = None if named else country_named(part)
        if not (named or country or _PROPER_NAME.fullmatch(part)):
            return False
        speakers += named
        absent += [] if named else [country.name if country else part]
    if speakers:
        fields["speakers"], fields["absent"] = speakers, absent
    else:
        fields["unknown"] = " or ".join(absent)
    return True


def _name_fields(ask: Ask, name: str, fields: dict[str, object], directory: SpeakerDirectory) -> bool:
    """Put the speakers a name resolves to in `fields`; for "Did X speak?" a proper name that
    resolves to none is kept as `unknown`. False if the name cannot be used. "the nordic-baltic
    ones", "the benelux lot", "the Nordic-Baltic joint (statement)": the name without the word for
    its members or its statement."""
    name = re.sub(r"(?<=\w)\s+(?:ones|guys|folks|lot|people|bunch|joint|common|collective)$", "", name,
                  flags=re.I)
    fields["speakers"] = names_in(name, directory, whole=True)
    if not fields["speakers"] and ask == "spoke" and _some_absent(name, fields, directory):
        return True
    if not fields["speakers"] and ask == "spoke":
        country = country_named(re.sub(r"^the\s+", "", name, flags=re.I))  # "the US": the United States
        if country or _PROPER_NAME.fullmatch(name):  # "did china speak", "Did Amnesty speak?"
            fields["unknown"] = country.name if country else re.sub(r"^The\s+", "the ", name)
    return bool(fields["speakers"] or fields.get("unknown"))


def position_of(word: str) -> int:
    """1 for "first", -1 for "last", 3 for "third" or "3rd"; 1 for "most", -1 for "fewest".

    >>> position_of("first"), position_of("last"), position_of("3rd"), position_of("most")
    (1, -1, 3, 1)
    >>> position_of("penultimate"), position_of("second to last")
    (-2, -2)
    """
    word = word.lower()
    if word in ("last", "final", "fewest") or word.startswith("smallest"):
        return -1
    if word == "penultimate" or re.fullmatch(r"(?:second|next)[-\s]+(?:to[-\s]+)?last", word):
        return -2
    if word == "most" or word.startswith(("largest", "greatest")):
        return 1
    return ORDINALS.index(word) + 1 if word in ORDINALS else int(re.sub(r"\D", "", word))


def _asks_questions(groups: dict[str, str], fields: dict[str, object],
                    directory: SpeakerDirectory) -> bool:
    """"asked the experts", "put questions to the panel"; other verbs need the word "question".
    A question to the Chair in particular is noted in `fields`, and so is one to an office no
    member of the panel holds ("asked the Special Rapporteur": none did, as it did not speak)."""
    rest = groups.get("rest", "").lower()
    if re.search(r"\bchair", rest):
        fields["addressee"] = "chair"
    office = re.search(r"\bspecial\s+rapporteurs?\b|\bcommission(?:\s+of\s+inquiry)?\b", rest)
    if office and not set(office.group().split()) <= panel_role_words(directory) | {"of"}:
        fields["addressee"] = re.sub(r"s$", "", office.group())
    return groups["verb"].lower().startswith("ask") or "question" in rest


def _chair_of(body: str | None, fields: dict[str, object], directory: SpeakerDirectory,
              presided: bool = False) -> bool:
    """Whether "who chaired X" asks about the meeting (noted in `fields`) or the panel, whose
    roles share a word with X; anything else ("who heads the KGB?") is not a meeting question.
    Without an X, "who presided" asks about the meeting, "who chaired" about the panel."""
    if not body or re.fullmatch(r"(?:it|that|this)(?:\s+group)?", body, re.I):  # "which of them chairs it"
        fields["of_meeting"] = presided
        return True
    if _OF_MEETING.match(body):
        fields["of_meeting"] = True
        return True
    if re.search(r"\bpanel\b", body, re.I):  # "the UN panel on Belarus": whatever body the panel is
        return True
    words = set(re.findall(r"[a-z]{4,}", body.lower()))
    return bool(words & panel_role_words(directory))


def kinds_of(noun: str, every: bool = True, said: bool = False) -> list[Kind]:
    """The kinds of speaker a noun, or nouns joined by "and"/"or", stand for; [] for all
    ("speakers", "participants"), or, unless `every`, for a part that names no kind.

    "Countries" are a nation's own delegations when the question counts who took the floor, but
    with `said`, when it asks what was said (who put questions to the experts), they take in the
    groups of countries that spoke as one, as a who-said list's noun does: the Benelux countries
    asked what their statement asks.

    >>> kinds_of("NGOs"), kinds_of("State delegations"), kinds_of("countries"), kinds_of("speakers")
    (['ngo'], ['state'], ['concerned_country', 'state'], [])
    >>> kinds_of("States and NGOs"), kinds_of("speakers and NGOs")
    (['state', 'ngo'], [])
    >>> kinds_of("the experts and Belarus", every=False), kinds_of("the groups", every=False)
    (['panel'], ['group'])
    """
    found: list[Kind] = []
    # "regional and cross-regional groups": one kind
    noun = re.sub(r"\bregional\s*(?:\s(?:and|or)\s|&|/)\s*(?=cross-regional\b)", "", noun, flags=re.I)
    for part in re.split(NOUN_JOINER, noun):
        # "the groups", "other groups": groups
        part = re.sub(r"^\s*(?:(?:the|all(?:\s+the)?|any)\s+)?(?:other\s+)?", "", part, flags=re.I)
        kinds = next((kinds for pattern, kinds in _NOUN_KINDS if re.search(pattern, part, re.I)), ())
        if said and kinds == _COUNTRIES:
            kinds = ("concerned_country", "group", "state")
        if not kinds and every:
            return []
        found += [kind for kind in kinds if kind not in found]
    return found


def panel_role_words(directory: SpeakerDirectory) -> set[str]:
    """The words of the panel's recorded roles ("group", "independent", "experts", ...), but the
    names of speakers in them ("on Belarus"): "Who is the President of Belarus?" is not about
    the panel."""
    roles = " ".join(s.role or "" for s in directory.statements.values() if s.kind == "panel")
    names = " ".join(s.speaker for s in directory.statements.values() if s.kind != "panel")
    return set(re.findall(r"[a-z]{4,}", roles.lower())) - {"chair", "member", "members"} - \
        set(re.findall(r"[a-z]{4,}", names.lower()))
