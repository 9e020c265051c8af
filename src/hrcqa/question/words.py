"""The word tables question reading shares, one copy of each: verbs of speech, the auxiliaries
that open a question, and the nouns for what a speaker said. General English, no names.

    >>> import re
    >>> bool(re.fullmatch(SPEECH, "called for")), bool(re.fullmatch(SPEECH, "executed"))
    (True, False)
    >>> bool(re.fullmatch(SPEECH, "complained about")), bool(re.fullmatch(SPEECH, "listed"))
    (True, True)
    >>> bool(re.fullmatch(SPEECH, "went after")), bool(re.fullmatch(SPEECH, "slammed"))
    (True, True)
"""

from __future__ import annotations

import re

from hrcqa.index.synonyms import is_adverb, is_noun, verb_lemma
from hrcqa.question.query import KIND_NOUN, NGO_NOUN
from hrcqa.text.countries import country_named
from hrcqa.text.english import english_words
from hrcqa.text.grammar import is_plural, noun_for
from hrcqa.text.numbers import number_words, shorthand_numbers, spoken_numbers
from hrcqa.text.tokenize import stopwords

# A verb of saying in any form ("say", "said", "calls for", "brought up", "wanted to know").
SPEECH = (r"(?:say|said|says|saying|mention(?:ed|s|ing)?|raise[ds]?|raising|"
          r"call(?:ed|s|ing)?(?: for| on| upon)?|"
          r"urge[ds]?|urging|talk(?:ed|s|ing)?|refer(?:red|s|ring)?|br(?:ing|ings|ought)(?: up)?|"
          r"sp(?:eak|oke|oken|eaking)s?|"
          r"state[ds]?|note[ds]?|noting|highlight(?:ed|s|ing)?|stress(?:ed|es|ing)?|underline[ds]?|"
          r"express(?:ed|es|ing)?|condemn(?:ed|s|ing)?|critici[sz](?:e|ed|es|ing)|accuse[ds]?|accusing|welcome[ds]?|"
          r"deplore[ds]?|describe[ds]?|describing|characteri[sz]e[ds]?|discuss(?:ed|es|ing)?|address(?:ed|es|ing)?|"
          r"report(?:ed|s)?|warn(?:ed|s|ing)?|demand(?:ed|s|ing)?|ask(?:ed|s)?|request(?:ed|s|ing)?|"
          r"want(?:ed|s)?(?: to (?:know|learn|hear))?|think|thought|believe[ds]?|propose[ds]?|proposing|"
          r"recommend(?:ed|s|ing)?|tell|told|claim(?:ed|s|ing)?|argue[ds]?|arguing|point(?:ed|s|ing)? out|"
          r"focus(?:ed|es|ing)? on|comment(?:ed|s|ing)?(?: on)?|"
          # "put a question to", "what did it put to the experts", not "put the association on a list"
          r"put(?=\s+(?:(?:a|an|any|some|the|their|its|his|her)\s+)?(?:questions?|q|forward)\b|\s+to\b|\s*[?.!]*\s*$)|"
          r"pose[ds]?|learn|give|gave|gives|"
          r"cite[ds]?|reference[ds]?|referencing|provide[ds]?|quote[ds]?|respond(?:ed|s)?|repl(?:y|ied|ies)|answer(?:ed|s)?|"
          r"react(?:ed|s)?|emphasi[sz]e[ds]?|emphasi[sz]ing|suggest(?:ed|s|ing)?|reject(?:ed|s)?|den(?:y|ied|ies)|"
          r"announce[ds]?|acknowledge[ds]?|recogni[sz]e[ds]?|support(?:ed|s)?|agree[ds]?|accept(?:ed|s)?|"
          r"thank(?:ed|s)?|insist(?:ed|s|ing)?|object(?:ed|s)?|(?<!as )oppose[ds]?|praise[ds]?|"
          r"disagree[ds]?(?: with)?|"
          r"commend(?:ed|s)?|"
          r"appeal(?:ed|s|ing)?|reiterate[ds]?|recall(?:ed|s)?|underscore[ds]?|add(?:ed|s)?|"
          r"(?:make|made|makes) of|listed|listing|(?<![\w-])lists?(?=\s*[?.!]*\s*$)|"
          r"complain(?:ed|s|ing)?(?: (?:about|of))?|feel|felt|"
          # verbs of criticism, as people put them: "who went after the courts", "slammed"
          r"(?:went|go|goes|going) after|slam(?:s|med)|(?:hit|hits|lashed|lashes) out at|"
          r"(?:took|take|takes|taking) aim at|(?:took|take|takes|taking|taken) up(?: on)?(?!\s+arms\b)|"
          r"push(?:ed|es|ing)?(?: for)?|press(?:ed|es|ing)? for|"
          r"plug(?:s|ged)?|(?<!the )(?<!a )name[ds]?|naming|flag(?:s|ged|ging)?|single[ds]? out|"
          r"denounce[ds]?|denouncing|decr(?:y|ies|ied)|lament(?:ed|s)?|touch(?:ed|es)? (?:on|upon)|"
          r"allude[ds]? to|point(?:ed|s)? to|pick(?:s|ed|ing)? up(?: on)?|counted|counts|tallied|documented|"
          # a non-native speaker's: "what precised Article 19" (préciser), "who evoked X" (évoquer)
          r"precise[ds]|specif(?:y|ied|ies)|evoke[ds]?|"
          # the formal register: "which delegations indicated that ...", "observed that ..."
          r"indicate[ds]?|indicating|observe[ds]?|remarked|assert(?:ed|s)?|affirm(?:ed|s)?|"
          r"explain(?:ed|s|ing)?|signal(?:l?ed|s)?|echo(?:ed|es)?)")
# A verb that reports a claim ("who said Belarus is the only country in Europe ...", "which speakers
# argued that ..."), not a topic raised: not "said anything about", "talked about".
# ("stated" and "noted" only: "the state's grip", "a note" are nouns)
CLAIM = (r"\b(?:say|says|said|claim(?:s|ed)?|stated|argue[ds]?|assert(?:s|ed)?|contend(?:s|ed)?|"
         r"maintain(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|noted|told|tells?)\b"
         r"(?!\s+(?:about|anything|something|nothing|much|on|of|to\s+(?:the\s+)?(?:experts?|panel|council)))")
# What a question calls a figure it compares or asks about ("the same date", "their number").
FIGURE_NOUNS = r"(?:date|day|year|figure|number|count|toll|total|estimate|tally)"
# One figure against another speaker's: "is Czechia's number lower than Albania's?", "was any NGO's
# count above that of Albania?", up to where the other speaker is named; not a figure's own
# qualifier ("more than 1,100", "more than a thousand").
ORDERED_THAN = (r"\b(?:(?P<up>higher|larger|bigger|greater|more)|(?P<down>lower|smaller|less|fewer))\s+"
                r"(?:(?:figure|number|count|estimate|total|tally|toll)s?\s+)?than\s+"
                r"|\b(?:(?P<up2>above|exceed(?:s|ed|ing)?)|(?P<down2>below))\s+(?:than\s+)?")
ORDERED_THAN = (rf"(?:{ORDERED_THAN})(?:that\s+of\s+|the\s+one\s+of\s+|what\s+)?(?:the\s+)?"
                rf"(?!\d|(?:{'|'.join(number_words())}|a|an|half|several|some|hundreds|thousands|dozens)\b)"
                r"(?=[A-Za-z])")
# Verbs of SPEECH that take a stance rather than only report: in a yes/no question ("Does Belarus
# recognise the experts?") they are what is checked, so they stay in its topic.
STANCE = (r"(?:recogni[sz]e[ds]?|accept(?:ed|s)?|reject(?:ed|s)?|den(?:y|ied|ies)|support(?:ed|s)?|"
          r"agree[ds]?|acknowledge[ds]?|welcome[ds]?|condemn(?:ed|s)?|praise[ds]?|commend(?:ed|s)?|"
          r"critici[sz](?:e|ed|es)|accuse[ds]?|object(?:ed|s)?|deplore[ds]?|propose[ds]?|recommend(?:ed|s)?)")
# Words of approval, as verb lemmas (WordNet's) and the nouns said of them ("its full support"):
# "Who praised the Group?" is answered by a sentence that approves, not one about the Group
# (not "join" or "share": "Which organisations joined OMCT?" asks who spoke with it)
APPROVAL = frozenset({"support", "welcome", "praise", "commend", "thank", "appreciate", "endorse", "back",
                      "applaud", "salute", "hail", "laud", "acknowledge", "recognise", "recognize", "accept",
                      "agree", "value", "congratulate", "appreciation", "gratitude", "thanks", "grateful",
                      "defend"})
# Verbs of disapproval, as WordNet verb lemmas: "Who criticised the Group?" is answered by a speaker
# who disapproves of the Group, not by every sentence about it (`hrcqa.answer.approval`); not
# "question": "who questioned the experts?" asks who put questions to them
DISAPPROVAL = frozenset({"criticise", "criticize", "reject", "oppose", "condemn", "denounce", "dismiss",
                         "attack", "slam", "decry", "deplore", "disparage", "discredit", "dispute",
                         "challenge", "object", "fault", "censure", "disapprove", "deride", "ridicule",
                         "contest", "deny", "repudiate", "refuse", "boycott", "rebuff", "blast", "disagree"})
# Titles of office: "the Special Rapporteur", "the President of Belarus".
TITLES = (r"(?:president|prime\s+minister|minister|rapporteur|commissioner|secretary(?:[-\s]general)?|"
          r"chair(?:person|man|woman)?|head|leader|director|prosecutor|ambassador|judge|"
          r"spokes(?:person|man|woman)|ombuds(?:man|person)|king|queen|chancellor|governor|mayor|"
          r"envoy|ruler|dictator|premier)")
# An auxiliary that opens or carries a question ("What did France say", "Has Malta called").
AUXILIARY = r"(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|might)"
# Adverbs that may stand between a speaker and its verb of saying: "did she also bring up X".
MODIFIERS = (r"(?:also|further|then|later|too|itself|themselves|himself|herself|actually|ever|specifically|"
             r"first|again|not|never|"
             r"even|really)")
# What a speaker produces: "France's statement", "the position of Poland", "the EU's figure".
STATEMENT_NOUNS = (r"(?:statement|speech|intervention|remarks?|comments?|words?|position|view|views|"
                   r"stance|reply|response|answer|questions?|delegation|representative|"
                   r"government|authorities|delegate|ambassador|minister|concerns?|calls?|"
                   r"recommendations?|requests?|figures?|estimates?|numbers?|count|message|"
                   r"point|points|take|line|argument|criticism|assessment|opinion|jab|dig|swipe|angle|"
                   r"perspective|comeback|rebuttal|retort|pushback|reaction|gist|thrust|takeaways?|"
                   r"(?<=main\s)issues?|(?<=key\s)issues?|(?<=main\s)focus|(?<=key\s)focus|"
                   # "what was ukraine's main thing": its main point, as said aloud
                   r"(?<=main\s)things?|(?<=big\s)things?|(?<=key\s)things?)")

# A question word's contraction as people type it, with or without the apostrophe ("whats",
# "who's"), or chat shorthand ("u", "govt"), and what it stands for. General English; "it's" is
# left alone, as "its" is another word, and so are negations ("didnt"), which the question
# frames read as typed.
CONTRACTIONS = {
    "what's": "what is", "whats": "what is", "who's": "who is", "whos": "who is",
    "where's": "where is", "wheres": "where is", "how's": "how is", "hows": "how is",
    "when's": "when is", "whens": "when is", "that's": "that is", "thats": "that is",
    # negations without their apostrophe, which the speller would otherwise "correct" ("dont" is
    # not "done"), and with it
    **{f"{verb}{end}": f"{verb} not" for verb in ("do", "does", "did", "is", "are", "was", "were",
                                                  "have", "has", "had", "would", "could", "should")
       for end in ("nt", "n't")},
    "cant": "cannot", "can't": "cannot", "wont": "will not", "won't": "will not",
    # a pronoun with "have" or "are" ("once theyve left the country")
    **{f"{pronoun}{sep}{end}": f"{pronoun} {full}" for pronoun in ("they", "we", "you")
       for end, full in (("ve", "have"), ("re", "are")) for sep in ("'", "")
       if f"{pronoun}{sep}{end}" != "were"},  # "were" is a word
    "i've": "I have",
    # chat shorthand
    "u": "you", "ur": "your", "ppl": "people", "govt": "government", "gov't": "government",
    "abt": "about", "bc": "because", "w/": "with", "q": "question", "qs": "questions", "wk": "week",
    "pls": "please", "plz": "please", "stmt": "statement", "stmts": "statements", "govts": "governments",
    "yrs": "years", "yr": "year", "mths": "months", "wks": "weeks", "smth": "something", "sth": "something",
    "smb": "somebody", "any1": "anyone", "some1": "someone", "every1": "everyone", "no1": "no one",
    "sum1": "someone", "ne1": "anyone", "b4": "before", "2day": "today",
    "bout": "about", "'bout": "about", "cuz": "because", "coz": "because",  # ("wat" is the speller's)
    "fm": "foreign minister", "mfa": "ministry of foreign affairs", "dels": "delegations",
    # news shorthand: "pol prisoners", "pol. prisoners"
    "pol prisoners": "political prisoners", "pol. prisoners": "political prisoners",
    "pol prisoner": "political prisoner", "pol. prisoner": "political prisoner",
    "w/o": "without", "re:": "about", "tho": "though", "thru": "through",
    "int'l": "international", "intl": "international", "acc to": "according to", "acc. to": "according to",
    # abbreviations of the words in organisations' names
    "cttee": "committee", "cmte": "committee", "ctee": "committee", "assoc": "association",
    "assn": "association", "natl": "national", "nat'l": "national", "dept": "department",
    "r": "are", "n": "and",
}
_CONTRACTION = re.compile(r"(?<![\w'’.&-])(" + "|".join(re.escape(c).replace("'", "['’]")
                                                         for c in CONTRACTIONS) + r")(?![\w'’&-]|\.\w)", re.I)


# What a newcomer calls the expert panel or the meeting ("the judges", "the jury", "the hearing"):
# words Council summaries do not use for them, read as the summary's own words. After "about",
# "on", "against" or in a list ("the lawyers and the judges"), or before "in" or "of" ("the
# judges in Belarus"), the judges are a topic (a country's judiciary) and stay.
_LAY_PANEL = re.compile(r"(?<!\babout )(?<!\bregarding )(?<!\bconcerning )(?<!\bon )(?<!\bagainst )(?<!\bof )"
                        r"(?<!\band )(?<!\bor )(?<!, )\bthe\s+(?:(?:\d|two|three|four)\s+)?"
                        r"(?:judges|jury|jurors|jury\s+members)\b"
                        r"(?!\s+(?:in|of)\s)|"
                        r"(?<=\bof )the\s+(?:\d|two|three|four)\s+(?:judges|jurors)\b|"
                        # "one of the judges", "any of the jury"
                        r"(?:(?<=\bone of )|(?<=\bany of )|(?<=\beach of )|(?<=\ball of )|(?<=\bnone of )|"
                        r"(?<=\bwhich of ))the\s+(?:judges|jury|jurors)\b", re.I)
_LAY_MEETING = re.compile(r"\bthe\s+(?:hearing|sitting)\b", re.I)
# the UN's own words: "the mandate holders" are the experts; "the aforementioned State" is "that State"
_MANDATE_HOLDERS = re.compile(r"\bmandate[-\s]holder(?=s?\b)", re.I)
_AFOREMENTIONED = re.compile(r"\bthe\s+(?:afore-?mentioned|above-?mentioned|said)\b(?=\s+\w)", re.I)
# the head of the panel by another title: "the president of the group", "the head of the experts",
# a newcomer's "the boss of the jury"
_PANEL_HEAD = re.compile(r"\bthe\s+(?:president|head|leader|boss|chief|chairman|chairwoman|chairperson)\s+"
                         r"of\s+"
                         r"the\s+(?:group(?:\s+of\s+(?:independent\s+)?experts)?|experts|panel|jury|jurors)\b",
                         re.I)
# a non-native speaker's "demand to" a person ("demander à"): "asked"; not "demanded to know"
_DEMAND_TO = re.compile(r"\b(?P<verb>demand(?:ed|s)?)\s+to\s+(?=(?:the|a|an|her|him|them)\b)", re.I)


def lay_names(text: str) -> str:
    """The question with a newcomer's names for the expert panel and the meeting in the
    summary's own words.

    >>> lay_names("did britain ask the jury anything"), lay_names("who opened the hearing")
    ('did britain ask the experts anything', 'who opened the meeting')
    >>> lay_names("what are the titles of the 3 judges"), lay_names("who talked about the judges")
    ('what are the titles of the experts', 'who talked about the judges')
    >>> lay_names("what did Warsaw say about the lawyers and the judges in Belarus?")
    'what did Warsaw say about the lawyers and the judges in Belarus?'
    >>> lay_names("did germany have a question for the judges")  # "for", not "or"
    'did germany have a question for the experts'
    >>> lay_names("and did one of the judges mention lithuania")
    'and did one of the experts mention lithuania'
    >>> lay_names("Was it taken up by any mandate holder? Did the aforementioned State say so?")
    'Was it taken up by any expert? Did that State say so?'
    >>> lay_names("what did Slovenia demand to the president of the group")
    'what did Slovenia ask the Chair'

    """
    text = _LAY_MEETING.sub("the meeting", _LAY_PANEL.sub("the experts", _PANEL_HEAD.sub("the Chair", text)))
    text = _DEMAND_TO.sub(lambda m: m.group("verb").lower().replace("demand", "ask") + " ", text)
    return _AFOREMENTIONED.sub("that", _MANDATE_HOLDERS.sub("expert", text))


# "Could you tell me which ...", "I need to know who ...": a polite opening before the question
_WH = r"(?=(?:which|who|whom|whose|what|how|whether|if)\b)"
_POLITE = re.compile(r"^(?:for\s+(?:a|an|my|our|the)\s+[\w\s-]{1,40}?,?\s+(?=(?:i|we)\s))?"
                     r"(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:tell|show|give|list\s+for)\s+"
                     r"(?:me|us)\s+|(?:please\s+)?(?:tell|show)\s+(?:me|us)\s+|"
                     # the formal register: "Might you indicate which ...", "I should be grateful to
                     # learn whether ...", "Kindly specify which ..."
                     r"(?:(?:might|could|would|can|will)\s+you\s+(?:please\s+|kindly\s+)?|kindly\s+|please\s+)"
                     r"(?:indicate|specify|clarify|confirm|identify|advise(?:\s+(?:me|us))?|let\s+(?:me|us)\s+know)"
                     r"\s+(?:to\s+(?:me|us)\s+)?|"
                     r"(?:i|we)\s+(?:should|would)\s+be\s+(?:most\s+|very\s+|much\s+)?(?:grateful|obliged)\s+"
                     r"(?:to\s+(?:learn|know|hear|be\s+told)|if\s+you\s+(?:could|would)\s+(?:tell\s+(?:me|us)|"
                     r"indicate|specify|clarify|confirm|let\s+(?:me|us)\s+know))\s+|"
                     r"(?:i|we)\s+wonder(?:ed)?\s+|may\s+i\s+ask\s+|"
                     r"(?:i|we)\s+(?:would\s+like|need|want|wish)\s+to\s+know\s+|"
                     rf"i['’]?d\s+like\s+to\s+know\s+|do\s+you\s+know\s+|"
                     # "remind me how many ...", "quick question: who ..."
                     rf"(?:(?:can|could)\s+you\s+)?remind\s+(?:me|us)\s+|quick\s+(?:q|question)\s*[:,-]?\s*){_WH}",
                     re.I)
# "I need every speaker who ...", "please list all the NGOs that ...": which speakers ...
_SPEAKER_NOUN = (rf"(?:speakers?|delegations?|states?|countr(?:y|ies)|governments?|{NGO_NOUN}|groups?|"
                 r"experts?|participants?)")
_LIST_REQUEST = re.compile(r"^(?:(?:i|we)\s+(?:need|want|would\s+like)\s+(?:a\s+list\s+of\s+)?|"
                           r"(?:please\s+)?(?:list|name|give\s+(?:me|us)|show\s+(?:me|us))\s+)"
                           rf"(?:every|all(?:\s+(?:of\s+)?the)?|each|the)\s+(?P<noun>{_SPEAKER_NOUN})\s+"
                           r"(?:who|that|which)\s+(?=\w)", re.I)
# "I'm preparing a brief on deaths in custody - which NGOs raised those deaths?": what the work is on
_FRAMING = re.compile(r"^(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:preparing|writing|compiling|documenting|"
                      r"researching|drafting|working\s+on|looking\s+into|putting\s+together)\s+"
                      r"(?:(?:a|an|the|some|my|our)\s+)?(?:[\w-]+\s+){0,2}?(?:on|about|into|of|for)\s+"
                      r"(?P<topic>[^?!]{3,300})\s*(?:\s[-–—]|[.:;])\s+"
                      r"(?P<question>(?:(?:could|can|would)\s+you\s+|please\s+)?(?:which|who|whom|what|how|did|"
                      r"does|were|was|is|are)\b[^.]+)$", re.I)
# "... - can you list every speaker who made that point?": a request that only repeats the question
_TAIL_REQUEST = re.compile(r"\s*(?:\s[-–—]|[,;])\s+(?:can|could|would)\s+you\s+(?:please\s+)?"
                           r"(?:list|name|give|tell)[^?.]*?\b(?:that|this|so|it)\b[^?.]*[?.]*\s*$", re.I)
# "... who raised it? need attributions", "- exact words", "who, and the wording": a request for
# the quotes every answer gives anyway
_QUOTE_REQUEST = re.compile(r"(?:\s*[-–—,;:?]\s*|\s+)(?:(?:and\s+)?(?:i\s+)?need(?:\s+the)?\s+"
                            r"(?:attributions?|quotes?|sources?|exact\s+words|(?:exact\s+)?wording)|"
                            r"(?:and\s+)?(?:with\s+)?(?:the\s+)?(?:exact\s+(?:words|quotes?|wording)|wording|quotes?)"
                            r"(?:\s+please)?|(?:and\s+|pls\s+|please\s+)?quote\s+(?:me\s+)?(?:it|that|them|this|"
                            r"the\s+line)(?:\s+please)?)\s*[?.!]*\s*$", re.I)
# "which delegations posed a question, as distinct from merely making a statement?": a contrast
# that says what the question already means
_CONTRAST_TAIL = re.compile(r"\s*,\s*(?:as\s+(?:distinct|distinguished|opposed)\s+(?:from|to)|"
                            r"in\s+contrast\s+to)\s+[^,?]{3,80}(?=\s*[?.!]*\s*$)", re.I)
# "... numbers only", "? just the names", "- names only pls": how the answer is to be laid out, which
# every answer does its own way (a count first, the names in bold), not part of what is asked
_FORMAT_REQUEST = re.compile(r"(?:\s*[-–—,;:?]\s*|\s+)(?:(?:just|only)\s+(?:the\s+)?(?:names?|numbers?|"
                             r"figures?|counts?|totals?|list)|(?:names?|numbers?|figures?|counts?)\s+only|"
                             # "need the breakdown", "with a breakdown please"
                             r"(?:(?:i\s+)?need|want|give\s+me|with|and)\s+(?:the\s+|a\s+)?(?:full\s+)?breakdown)"
                             r"(?:\s+(?:pls|please))?\s*[?.!]*\s*$", re.I)
# "... - was it 1,100 or 1,200?": two figures to choose between, which the figure given settles
_FIGURE_CHOICE = re.compile(r"\s*(?:[-–—,;:]\s*)?(?:(?:was|is)\s+it\s+|(?:did|does)\s+(?:it|they|he|she)\s+"
                            r"(?:say|give)\s+)?(?:(?:around|about|over|some)\s+)?\d[\d,.]*\s+or\s+"
                            r"(?:(?:around|about|over|some)\s+)?\d[\d,.]*\s*[?.!]*\s*$", re.I)
# "..., whether for or against?", "regardless of their stance": every speaker on the topic, which is
# what a who-question asks anyway
_EITHER_WAY = re.compile(r"\s*,?\s*(?:(?:whether|either)\s+)?(?:for|in\s+favou?r(?:\s+of\s+(?:it|them))?|pro)"
                         r"\s+or\s+(?:against|con)(?:\s+(?:it|them))?(?=\s*[?.!]*\s*$)|"
                         r"\s*,?\s*(?:regardless|irrespective)\s+of\s+(?:their\s+|its\s+)?"
                         r"(?:stance|position|view|side)s?(?=\s*[?.!]*\s*$)", re.I)
# "how many states spoke anyway", "who chaired btw": a word that only sets the question off
_FILLER_TAIL = re.compile(r"\s*,?\s+(?:anyway|anyways|anyhow|btw|by\s+the\s+way)(?=\s*[?.!]*\s*$)", re.I)
_DID_ANYONE = re.compile(r"^\s*(?:did|does|do|has|have|had|was|were)\s+(?:anyone|anybody|any\s+\w+|"
                         r"some\s*one)\b", re.I)
# "Were there other speakers who asked Belarus to ...?", "Was there anyone who mentioned torture?": who
_THERE_WHO = re.compile(r"^\s*(?P<and>and\s+)?(?:were|was|are|is)\s+there\s+(?:any\s+|some\s+)?"
                        r"(?P<other>other\s+)?"
                        rf"(?:(?:any|some)(?:one|body)|(?P<noun>(?:speakers?|{KIND_NOUN})))\s+(?:else\s+)?"
                        r"(?:who|that|which)\s+(?P<rest>\S.*)$", re.I)
_WHICH_ONES_TAIL = re.compile(r"(?:\?\s*|\s*[,;-]\s*)(?:and\s+)?(?:if\s+so\s*,?\s*)?"
                              rf"(?:(?:which|what)(?:\s+(?:ones?|speakers?|{KIND_NOUN}))?|"
                              r"who(?:\s+did)?|by\s+whom)\s*\?*\s*$", re.I)
# "which of the experts did the replies - whats their names": a who-question's answer names them anyway
_NAMES_REQUEST = re.compile(r"(?:\s*[-–—,;:?]\s*|\s+)(?:and\s+)?"
                            r"(?:(?:what\s+(?:is|are|was|were)|whats|what's)\s+)?(?:their|his|her|its)\s+names?"
                            r"(?:\s+again)?(?:\s+please)?\s*[?.!]*\s*$", re.I)
_WHETHER_ASIDE = re.compile(r"\s*,\s*(?:whether|be\s+they|be\s+it)\s+[^,?]{2,40}?\s+or\s+[^,?]{2,40}?"
                            r"\s*,(?=\s)", re.I)
# what is left of "I wonder whether ...", "... grateful to learn if ..."
_EMBEDDED_YES_NO = re.compile(r"^(?:whether|if)\s+(?P<clause>\S.*)$", re.I)
# "confirm: X", "is it right X", "fact check - X": a yes-or-no question about X
_CONFIRM = re.compile(r"^(?:(?:pls\s+|please\s+)?(?:confirm|fact[-\s]?check|verify|double[-\s]?check|"
                      r"true\s+or\s+false)\s*[:,\-–—]\s*|"
                      r"(?:is|was)\s+it\s+(?:right|correct|accurate|true|the\s+case)\s+(?:that\s+)?)"
                      r"(?P<clause>(?!(?:that|which|who|what|how)\b)\S.*)$", re.I)
# "... during the dialogue", "which participants in the dialogue ...": where every statement was made
_IN_THE_MEETING = re.compile(r"\s+(?:(?:during|in|at|throughout|in\s+the\s+course\s+of)\s+(?:the|this)\s+"
                             r"(?:interactive\s+)?(?:dialogue|debate|discussion|ID)\b(?!\s+(?:of|on|about|over)\b)|"
                             # "under this agenda item": the dialogue's place on the agenda
                             r"under\s+(?:this|the)\s+(?:agenda\s+)?item)"
                             r"(?=\s+\w|\s*[?.!,]*\s*$)", re.I)
# "...? I would be grateful for a list of all delegations that referred to it.", "A complete list
# would be appreciated.", "Kindly enumerate every speaker who raised the matter.", "pls list all": a
# request for the whole list, which the answer to a who-question gives anyway
_WHOLE_LIST = re.compile(r"(?:(?<=[?.!])|\s+[-–—]|,)\s*(?:(?:i|we)\s+would\s+be\s+grateful\s+for|"
                         r"(?:i|we)['’]d\s+be\s+grateful\s+for|(?:kindly|please|pls)\s+(?:enumerate|list|name|"
                         r"identify)|(?:a|the)\s+(?:complete|full|exhaustive|comprehensive)\s+list|(?:i\s+)?need\s+"
                         r"(?:a\s+|the\s+)?(?:full|complete|whole)\s+list|list\s+(?:them\s+)?all)\b[^?]*?[?.!]*\s*$",
                         re.I)
# "..., Member States and CSOs alike?": every kind of speaker, which is what the question asks anyway
_KIND = (r"(?:member\s+)?(?:states|delegations|countries|governments|ngos|csos|"
         r"civil\s+society(?:\s+organi[sz]ations)?|experts)")
_ALIKE = re.compile(rf"\s*,?\s*(?:both\s+)?{_KIND}(?:\s*(?:,|and|&)\s*{_KIND})*\s+alike(?=\s*[?.!]*\s*$)",
                    re.I)
_SAYING = re.compile(r"\b(?:said|say|raised?|mention|described?|called|urged|accused|talked|spoke\s+about|"
                     r"referred|"
                     r"brought)\b", re.I)
_THOSE = re.compile(r"\b(?:those|these|that|this)\s+(?:(?:kind|sort|type)s?\s+of\s+[a-z-]+(?:\s+[a-z-]+)?|"
                    r"(?!(?:one|ones|kind|sort|point|question|statement)\b)[a-z-]+)\b", re.I)


def without_framing(text: str) -> str:
    """The question without a polite opening or a sentence about the asker's work; a "those
    deaths" in the question is then what the work is on. In a question about what was said,
    "during the dialogue" adds nothing: every statement was made there.

    >>> without_framing("I'm writing on deaths in custody - which NGOs raised those deaths?")
    'which NGOs raised deaths in custody?'
    >>> without_framing("I'm writing on the death penalty. Did a State say that Belarus is the last to "
    ...                 "use it?")
    'Did a State say that Belarus is the last to use it?'
    >>> without_framing("Might you indicate which delegations raised torture?")
    'which delegations raised torture?'
    >>> without_framing("I should be grateful to learn whether Malta spoke.")
    'Malta spoke?'
    >>> without_framing("which delegations, whether States or groups, raised torture?")
    'which delegations raised torture?'
    >>> without_framing("which delegations posed a question, as distinct from merely making a "
    ...                 "statement?")
    'which delegations posed a question?'
    >>> without_framing("how many states spoke and how many ngos? numbers only")
    'how many states spoke and how many ngos?'
    >>> without_framing("who mentioned the 52 prisoners? just the names")
    'who mentioned the 52 prisoners?'
    >>> without_framing("remind me how many country delegations spoke")
    'how many country delegations spoke'
    >>> without_framing("who raised it in the course of the ID, Member States and CSOs alike?")
    'who raised it?'
    >>> without_framing("Could you tell me which delegations called for a moratorium?")
    'which delegations called for a moratorium?'
    >>> without_framing("I need to know who accused Minsk of X - can you list every speaker who said that?")
    'who accused Minsk of X?'
    >>> without_framing("death penalty - who told Minsk to scrap it? need attributions")
    'death penalty - who told Minsk to scrap it?'
    >>> without_framing("which speakers talked about sanctions, whether for or against?")
    'which speakers talked about sanctions?'
    >>> without_framing("which of the experts did the replies at the end what are their names")
    'which of the experts did the replies at the end?'
    >>> without_framing("who called the elections a sham - exact words")
    'who called the elections a sham?'
    >>> without_framing("the drones bit - quote it")
    'the drones bit?'
    >>> without_framing("confirm: the Lithuanian FM mentioned the ICC?")
    'Is it true that the Lithuanian FM mentioned the ICC?'
    >>> without_framing("Was X raised during the dialogue? I'd be grateful for a list of all delegations.")
    'who raised X?'
    >>> without_framing("Were deaths referred to under this agenda item? Kindly enumerate every speaker.")
    'who referred to deaths?'
    >>> without_framing("which NGOs spoke? A complete list would be appreciated.")
    'which NGOs spoke?'
    >>> without_framing("Did anyone invoke non-refoulement? Which speakers?")
    'Did anyone invoke non-refoulement? who'
    >>> without_framing("Were there other speakers who asked Belarus for a moratorium?")
    'which other speakers asked Belarus for a moratorium?'
    >>> without_framing("Was there anyone who mentioned torture?")
    'who mentioned torture?'
    >>> without_framing("how many states spoke anyway")
    'how many states spoke'
    >>> without_framing("who, pls list all")
    'who, pls list all'
    """
    framed = _FRAMING.match(text)
    if framed:
        question = _POLITE.sub("", framed.group("question"))
        those = _THOSE.search(question)
        # "those deaths" is the work's topic; "point out that Belarus is ..." has a "that" of its own,
        # before a name
        if those and those.group().split()[-1][:1].isupper():
            those = None
        text = f"{question[:those.start()]}{framed.group('topic')}{question[those.end():]}" if those \
            else question
    text = _FILLER_TAIL.sub("", _EITHER_WAY.sub("", _TAIL_REQUEST.sub("?", _POLITE.sub("", text))))
    choice = _FIGURE_CHOICE.search(text)
    if choice and len(text[:choice.start()].split()) > 1:  # "X's figure - was it 1,100 or 1,200?": X's figure
        text = text[:choice.start()].rstrip(" ,") + "?"
    if _FORMAT_REQUEST.search(text) and len(text[:_FORMAT_REQUEST.search(text).start()].split()) > 1:
        kept = text[:_FORMAT_REQUEST.search(text).start()].rstrip(" ,")
        text = kept + ("" if kept[-1:] in "?.!" else "?")
    # "which delegations, whether States or groups, pressed ...": an aside on who counts
    text = _CONTRAST_TAIL.sub("", _WHETHER_ASIDE.sub("", text))
    embedded = _EMBEDDED_YES_NO.match(text)
    if embedded:  # "(I should be grateful to learn) whether Malta raised it.": "Malta raised it?", a
        text = f"{embedded.group('clause').rstrip(' .?!')}?"  # yes/no question (`declarative_question`)
    whole = _WHOLE_LIST.search(text)
    if whole and len(text[:whole.start()].split()) > 1:  # "Was X raised? A full list, please": who raised X
        kept = text[:whole.start()].rstrip(" ,")
        text = kept + ("" if kept[-1:] in "?.!" else "?")
        raised = _RAISED.match(text)
        text = f"who {_active('who', raised.group('verb'))}{raised.group('particle') or ''} " \
            f"{raised.group('object')}{raised.group('tail') or ''}?" if raised else text
    if re.match(r"\s*(?:which|who)\b", text, re.I) and _NAMES_REQUEST.search(text):
        text = _NAMES_REQUEST.sub("?", text)
    listed = _LIST_REQUEST.match(text)
    if listed:  # "I need every speaker who brought up X": which speakers brought up X
        noun = listed.group("noun")
        plural = noun if noun.lower().endswith("s") else \
            f"{noun[:-1]}ies" if noun.lower().endswith("y") else f"{noun}s"
        text = f"which {plural} {text[listed.end():]}"
    # "who raised it? need attributions": the question; "who, and the wording": who
    text = _QUOTE_REQUEST.sub("?", text) if _QUOTE_REQUEST.search(text) and \
        len(text[:_QUOTE_REQUEST.search(text).start()].split()) > 1 else text
    text = re.sub(r"\?\s+who\s*\?$", "? who", text)
    there = _THERE_WHO.match(text)
    if there:  # "Were there other speakers who asked X?": which other speakers asked X
        noun = there.group("noun")
        other = "other " if there.group("other") else ""
        asker = f"which {other}{noun}" if noun else "who else" if other else "who"
        text = f"{there.group('and') or ''}{asker} {there.group('rest')}"
    # "Did anyone invoke X? Which speakers?", "did any ngo mention X, and which ones": asked as "X? who"
    if _DID_ANYONE.match(text):
        text = _WHICH_ONES_TAIL.sub("? who", text)
    confirm = _CONFIRM.match(text)
    if confirm:  # "confirm: X?": "Is it true that X?", read as the yes-or-no question it is
        text = f"Is it true that {confirm.group('clause')}"
    return _IN_THE_MEETING.sub("", _ALIKE.sub("", text)) if _SAYING.search(text) else text


# "Were deaths in custody referred to during the dialogue?": a yes-or-no question whether a topic came up
_RAISED = re.compile(r"^(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<object>(?!(?:it|this|that|there|"
                     r"they|he|she)\b)[^?]+?)\s+(?P<verb>raised|mentioned|referred|discussed|addressed|"
                     r"brought|noted|highlighted|cited|invoked|denounced|condemned|criticised|criticized|"
                     r"evoked|touched)(?P<particle>\s+(?:to|up|upon|on))?"
                     r"(?P<tail>\s+(?:in|during|at|throughout|under)\b[^?]*?)?\s*[?.!]*$", re.I)


# Spoken fillers inside a question (typed by voice or as one talks): "um", "you know",
# "basically", "like" before a question word ("and like what number") or a participle ("getting
# like tried"), "and stuff" and "or something" after a phrase. General English.
_FILLERS = re.compile(r"(?:(?<=\s)|^)(?:um+|uh+|erm?|you\s+know|basically|literally|kinda|sorta)\b\s*,?\s*"
                      r"|\s*,?\s+(?:and\s+stuff|and\s+all\s+that|or\s+something|or\s+whatever)\b"
                      r"|\blike\s+(?=(?:what|which|who|whom|whose|how|when|where|why|did|does|do|a\s+bunch)\b)"
                      r"|(?<=\bgetting\s)like\s+|(?<=\bgot\s)like\s+|(?<=\bbeing\s)like\s+", re.I)
# a word in brackets: "as (potentially) amounting to"
_BRACKETED = re.compile(r"\s*\(\s*(?P<word>[a-z]+)\s*\)(?=\s)")


def without_fillers(text: str) -> str:
    """The question without the fillers of speech.

    >>> without_fillers("and what about albania like what number did they give")
    'and what about albania what number did they give'
    >>> without_fillers("so basically who said people are getting like tried in absentia")
    'so who said people are getting tried in absentia'
    >>> without_fillers("um which groups like the eu and stuff spoke")
    'which groups like the eu spoke'
    >>> without_fillers("who would like a UPR")
    'who would like a UPR'
    >>> without_fillers("who called it (potentially) a crime against humanity")  # a hedge asks for either
    'who called it a crime against humanity'
    """
    text = _BRACKETED.sub(lambda m: "" if is_adverb(m.group("word")) else m.group(), text)
    return " ".join(_FILLERS.sub(" ", text).split()) if _FILLERS.search(text) else text


# a learner's "according Article 19": according to it
_ACCORDING = re.compile(r"\baccording(?=\s+(?!to\b|as\b|with\b)\w)", re.I)


# Phrasal verbs of everyday English in the passive, as the one verb statements use: "were let go",
# "be set free": released; "got locked up", "were thrown in jail": imprisoned
_PASSIVE_AUX = r"(?P<aux>\b(?:were|was|are|is|be|been|being|get|got|gets|getting)\s+)"
_PHRASAL = [(re.compile(rf"{_PASSIVE_AUX}(?:let|set)\s+(?:go|out|free|loose)\b", re.I), "released"),
            (re.compile(rf"{_PASSIVE_AUX}(?:(?:locked|banged)\s+up|thrown\s+(?:in|into)\s+(?:jail|prison)|"
                        r"put\s+behind\s+bars)", re.I), "imprisoned")]


def plain_verbs(text: str) -> str:
    """The text with everyday phrasal verbs in the passive as one verb.

    >>> plain_verbs("who said 52 prisoners were let go"), plain_verbs("sick ones should be let out first")
    ('who said 52 prisoners were released', 'sick ones should be released first')
    >>> plain_verbs("how many got locked up"), plain_verbs("they let go of the case")
    ('how many got imprisoned', 'they let go of the case')
    """
    for pattern, verb in _PHRASAL:
        text = pattern.sub(lambda m, verb=verb: f"{m.group('aux')}{verb}", text)
    return text


# "the u p r", "i c c", "the e u": an acronym dictated letter by letter
_SPELLED_OUT = re.compile(r"(?<![\w'’.])(?:[a-z]\.?\s+){1,5}[a-z]\.?(?![\w'’])", re.I)


def spelled_out(text: str) -> str:
    """The text with each acronym spelt out letter by letter written as one (three letters or
    more, or two without "a" or "i", which are words, nor chat's "r u", "c u").

    >>> spelled_out("did they bring up the u p r"), spelled_out("what did the e u say"), spelled_out("a b")
    ('did they bring up the UPR', 'what did the EU say', 'a b')
    """
    def joined(match: re.Match[str]) -> str:
        letters = match.group().replace(".", "").split()
        if len(letters) < 3 and (any(letter.lower() in ("a", "i") for letter in letters) or
                                 all(letter.lower() in "rucy" for letter in letters)):  # "r u": are you
            return match.group()
        return "".join(letters).upper()
    return _SPELLED_OUT.sub(joined, text)


# "the dutch-led group": the group statement the Dutch delivered, as "the dutch group" names it
_LED = re.compile(r"\b([^\W\d_]+)-led\s+(?=(?:group|statement|bloc|coalition|text|declaration)s?\b)", re.I)


# "whats there answer", "by there count": "there" typed or dictated for "their", before a noun
_THERE_FOR_THEIR = re.compile(
    r"\b(?P<lead>by|of|for|with|from|about|per|to|(?:what|which|who|how)\s+(?:is|was|are|were))"
    r"\s+there\s+"
    r"(?=(?!(?:is|are|was|were|be|been|to|and|or|any|anyone|anything|some|something|no|nothing|a|an|the|in|on|"
    r"at|for|about|from|of|with|by|that|this|else|too|also|now|then|still|really|ever|yet)\b)[a-z]{3,}\b)",
    re.I)


def their_for_there(text: str) -> str:
    """The text with "there" before a noun written as the "their" it stands for.

    >>> their_for_there("what is there answer to all this"), their_for_there("how many by there count")
    ('what is their answer to all this', 'how many by their count')
    >>> their_for_there("is there other ones that accuse him"), their_for_there("what is there to say")
    ('is there other ones that accuse him', 'what is there to say')
    """
    return _THERE_FOR_THEIR.sub(lambda m: f"{m.group('lead')} their ", text)


# "both" of the speakers a question asks about, which asks of each what the question asks anyway: "did
# the EU and Poland both mention X", "what did both France and Germany say" (not "both X and Y" as
# the topic: "who mentioned both torture and the death penalty")
_BOTH_SUBJECTS = re.compile(rf"(?<=\w)\s+both\s+(?=(?:{MODIFIERS}\s+)*(?:{SPEECH})\b)|"
                            r"(?:(?<=\bdid)|(?<=\bdoes)|(?<=\bdo)|(?<=\bhave)|(?<=\bhas)|(?<=\bhad)|(?<=\bwere)|"
                            r"(?<=\bare))\s+both(?:\s+of)?\s+(?=\S)", re.I)


# "a release figure", "the political prisoner count": a figure word after the noun for what it counts
_FIGURE_COMPOUND = re.compile(r"(?<![\w'’-])(?P<mod>(?:[\w'’-]+\s+){1,2}[a-z][a-z-]*)\s+"
                              r"(?P<figure>figure|number|count|tally|estimate)(?P<s>s?)\b"
                              r"(?!\s+(?:of|for|on)\b)", re.I)
# Words that qualify the figure itself, not what it counts (general English): "a bigger release
# figure" is a bigger figure for releases
_OF_THE_FIGURE = re.compile(r"(?:a|an|the|what|which|whose|any|some|no|this|that|these|those|its|their|his|"
                            r"her|our|your|my|same|different|exact|precise|rough|official|overall|total|final|"
                            r"current|new|other|own|real|actual|true|specific|round|single|"
                            r"(?:bigg|small|larg|high|low|great|few|less|lat|earli|new|old)(?:er|est)|more|most|"
                            r"less|least|[\w-]+['’]s?|\d[\d,.]*)", re.I)


def figure_compounds(text: str) -> str:
    """A figure named after what it counts, put as the figure for it: "did Switzerland give a
    release figure?" asks for its figure for releases.

    >>> figure_compounds("did switzerland give a release figure?")
    'did switzerland give a figure for releases?'
    >>> figure_compounds("what was Poland's political prisoner count?")
    "what was Poland's count of political prisoners?"
    >>> figure_compounds("the swiss release figure?")  # a name before it stays the speaker's
    'the swiss figure for releases?'
    >>> figure_compounds("what number did they give"), figure_compounds("a jailed activist counts as")
    ('what number did they give', 'a jailed activist counts as')
    """
    def put(match: re.Match[str]) -> str:
        words = match.group("mod").split()
        # up to the last word that qualifies the figure ("give a release figure": "a")
        kept = max((i + 1 for i, w in enumerate(words) if _OF_THE_FIGURE.fullmatch(w)), default=0)
        # a noun before the counted noun may end a name ("the helsinki committee death figure"):
        # only an adjective is taken with it ("political prisoner count")
        kept += len(words) - kept == 2 and is_noun(words[kept])
        counted = words[kept:]
        if not kept or match.group("figure").lower() + match.group("s") == "counts":
            return match.group()  # no determiner before it ("pol prisoner count"), or a verb ("X counts as")
        if any(re.fullmatch(r"\d[\d,.]*", w) or w.lower() in number_words() for w in words[:kept]):
            return match.group()  # "the nine deaths figure": a figure quoted, not asked for
        # a name before it ("the swiss release figure") is the speaker's: left as it is
        if not counted or not is_noun(counted[-1]) or \
                any(not w.islower() or w in stopwords() or country_named(w) for w in counted):
            return match.group()
        what = " ".join([*counted[:-1], counted[-1] if is_plural(counted[-1]) else noun_for(counted[-1], 2)])
        joined = "for" if match.group("figure").lower() in ("figure", "estimate") else "of"
        return " ".join([*words[:kept], f"{match.group('figure')}{match.group('s')} {joined} {what}"])
    return _FIGURE_COMPOUND.sub(put, text)


def plain_question(text: str) -> str:
    """A typed question in the words the rest of the reading expects: contractions written out,
    framing and chat openings gone, a newcomer's names for the panel and meeting in the summary's
    own words, a closing tag as the question it asks, spoken numbers in digits and fillers gone.
    The same for the current question and the earlier turns a follow-up leans on.

    >>> plain_question("what happened to her according Article 19?")
    'what happened to her according to Article 19?'
    >>> plain_question("who said smth abt trials in absentia")
    'who said something about trials in absentia'
    >>> plain_question("did any1 else say 300 were released")
    'did anyone else say 300 were released'
    >>> plain_question("600k forced into exile - which org cited that")
    '600,000 forced into exile - which org cited that'
    >>> plain_question("which dels raised it")
    'which delegations raised it'
    >>> plain_question("the dutch-led group - what did they ask")
    'the dutch group - what did they ask'
    >>> plain_question("did the EU and Poland both mention it")
    'did the EU and Poland mention it'
    >>> plain_question("what did both Malta and NZ say")
    'what did Malta and NZ say'
    """
    text = without_fillers(spoken_numbers(shorthand_numbers(their_for_there(expand_contractions(spelled_out(
        _LED.sub(r"\1 ", text)))))))
    text = figure_compounds(plain_verbs(_ACCORDING.sub("according to", _BOTH_SUBJECTS.sub(" ", text))))
    return tag_question(active_voice(without_chatter(lay_names(without_framing(text)))))


# a past participle: "raised", "drawn", "made", "brought up"
_PARTICIPLE = (r"[a-z]+(?:ed|en|wn)|made|said|put|held|led|set(?:\s+out)?|brought(?:\s+up)?|told|heard|"
               r"sought|paid|taken\s+up")
# "What was put to the GoE by Bucharest?": a question about what a speaker did, in the passive
_BY_AGENT = re.compile(r"^(?P<wh>(?:what|which|how\s+many)\b[^?]{0,80}?)\s+"
                       r"(?:was|were|has\s+been|have\s+been)\s+"
                       r"(?P<verb>[a-z]+ed|put|said|asked|raised|made|given|brought|set)"
                       r"(?P<particle>\s+(?:forward|up|out|down))?"
                       r"(?P<rest>\s+(?:to|of|from|about|on|before|for)\s+[^?]+?)?\s+by\s+(?P<agent>[^?,]+?)"
                       r"\s*(?P<end>[?.!]*)\s*$", re.I)
_AND_BY = re.compile(r"(,?\s+and\s+)(?=by\s+(?:whom|which)\b)", re.I)  # "..., and by which one was it ..."
_TOPIC_LEAD = re.compile(r"^[^?.!,:;–—-]{2,60}(?::\s+|\s+[-–—]\s+)")  # "Capital punishment: "
# "By whom was X denounced?", "by which speakers was it raised in the ID?": the passive of a who-question
_BY_WHOM = re.compile(r"^by\s+(?P<who>whom|which\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                      r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<object>.+?)\s+"
                      rf"(?P<verb>{_PARTICIPLE})"
                      r"(?P<tail>\s+(?:in|during|at|throughout|before|to|by)\b[^?]*?)?"
                      r"(?P<more>,?\s+and\s+(?!by\b)[^?]*?)?\s*(?P<end>[?.!]*)\s*$", re.I)
# "Was the floor taken by Russia at any point?", "was the ICC mentioned by any of the experts?": a
# yes-or-no question in the passive, with its agent
_YES_NO_BY = re.compile(r"^(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                        r"(?P<object>(?!(?:it|this|that|there|they|he|she)\b)[^?,]+?)\s+"
                        rf"(?P<verb>{_PARTICIPLE})(?P<particle>\s+(?:upon|on|up|out|forward))?\s+by\s+"
                        r"(?!(?:whom|which|what)\b)"
                        # not a comparison: "Is the figure given by Poland higher than the UK's?"
                        r"(?P<agent>(?![^?,]*\b(?:than|higher|lower|bigger|smaller|larger|same|correct|accurate)\b)"
                        r"[^?,]+?)(?P<tail>\s+(?:in|during|at|throughout|over|when)\b[^?,]*?)?"
                        r"\s*(?P<end>[?.!]*)\s*$", re.I)
# "to which organisation was the floor given", "who was given the floor": who spoke
_FLOOR_GIVEN = re.compile(r"(?:^|(?<=, ))(?:to\s+)?(?P<who>whom|who|which\s+[\w-]+)\s+(?:was|were)\s+"
                          r"(?:the\s+floor\s+)?"
                          r"(?:given|passed|handed(?:\s+over)?|granted|yielded)(?:\s+to)?(?:\s+the\s+floor)?"
                          r"(?=\s*(?:next|then|after|before|following|preceding|[?.!]|$))", re.I)
# "the journalists named by Czechia?": a keyword query for what a speaker named
# "the helsinki committee was immediately followed by which speaker?": the passive, its agent asked last
_PASSIVE_WH_LAST = re.compile(r"^(?P<object>[^?,]+?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                              r"(?P<adverb>(?:immediately|directly|just|right|also|first|last)\s+)?"
                              rf"(?P<verb>{_PARTICIPLE})"
                              r"(?P<tail>\s+(?:on\s+the\s+floor|in\s+the\s+[\w\s]+?))?"
                              r"\s+by\s+(?P<who>whom|who|(?:which|what)\s+[\w-]+)\s*(?P<end>[?.!]*)\s*$",
                              re.I)
_NAMED_BY = re.compile(r"^(?P<lead>(?:and|so|but)\s+)?the\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
                       rf"(?P<verb>{_PARTICIPLE})(?P<particle>\s+(?:up|out|forward))?\s+by\s+"
                       r"(?P<agent>[^?,]+?)\s*(?P<end>[?.!]*)\s*$", re.I)
# "whose statements made mention of X", "which interventions denounced X": statements for their speakers
_STATEMENTS_AS_SPEAKERS = re.compile(r"^(?:whose|which|what)\s+(?:statements?|interventions?|speeches)\s+"
                                     r"(?!(?:were|was|are|is|did|do|does|had|have|has)\b)", re.I)
# "made mention of X", "make reference to X": the verb the noun names
_NOMINAL = re.compile(r"\b(?P<aux>made|make|makes|making)\s+(?:a\s+|any\s+)?(?P<noun>mention|reference)\s+"
                      r"(?P<prep>of|to)\b", re.I)


# "Was the ICC mentioned in any of the statements delivered by States or regional groups?", "Was X
# raised in any State statement?": whether any of them said it
_MENTIONED_IN_ANY = re.compile(r"^\s*(?:was|were|has|have|is|are)\s+(?P<topic>.+?)\s+(?:been\s+)?"
                               r"(?P<verb>mentioned|raised|referred\s+to|brought\s+up|discussed|addressed|cited|"
                               r"invoked)\s+(?:in|by)\s+any(?:\s+of\s+the)?\s+(?:(?P<kind>[\w-]+)\s+)?"
                               r"(?:statements?|speeches|interventions)(?:\s+(?:delivered|made|given|read)\s+by\s+"
                               r"(?:the\s+)?(?P<by>[^?]+?))?\s*\?*\s*$", re.I)

# "was the US mentioned?", "did the yanks get mentioned", "is poland mentioned anywhere": whether
# anyone mentioned it, so a State named there is the topic, not a speaker
_PRONOUN_SUBJECT = r"(?!(?:it|this|that|they|he|she|there)\b)"
_MENTIONED_AT_ALL = re.compile(rf"^\s*(?:(?:was|were|is|are|has|have)\s+"
                               rf"(?P<topic>{_PRONOUN_SUBJECT}[^?,]+?)\s+(?:been\s+|being\s+)?|(?:did|does|do)\s+(?P<topic2>{_PRONOUN_SUBJECT}[^?,]+?)\s+"
                               r"(?:get|gets|got)\s+)"
                               r"(?P<verb>mentioned|raised|referred\s+to|brought\s+up|discussed|addressed|cited|named|"
                               r"talked\s+about|spoken\s+(?:about|of))"
                               r"(?:\s+(?:at\s+all|anywhere|by\s+any(?:one|body)|in\s+(?:the|this)\s+(?:dialogue|"
                               r"meeting|debate|summary|document|discussion)))*\s*[?.!]*\s*$", re.I)


def active_voice(text: str) -> str:
    """A who-question asked in the passive or in a formal register, asked as the rest of the
    reading expects.

    >>> active_voice("By whom was the practice of incommunicado detention denounced?")
    'who denounced the practice of incommunicado detention?'
    >>> active_voice("by which speakers was it raised in the course of the ID?")
    'which speakers raised it in the course of the ID?'
    >>> active_voice("whose statements made mention of trade unions?")
    'which speakers mentioned trade unions?'
    >>> active_voice("Which NGO spoke last, and by which organisation was it preceded?")
    'Which NGO spoke last, and which organisation preceded it?'
    >>> active_voice("What was put to the experts by Bucharest?")
    'What did Bucharest put to the experts?'
    >>> active_voice("What number of political prisoners was put forward by Tirana?")
    'What number of political prisoners did Tirana put forward?'
    >>> active_voice("Was attention drawn to the UPR, and by whom?")
    'who has drawn attention to the UPR?'
    >>> active_voice("was it contested by any delegation, and by which?")
    'which delegation contested it?'
    >>> active_voice("Was the floor taken by the Russian Federation at any point of the ID?")
    'Did the Russian Federation take the floor at any point of the ID?'
    >>> active_voice("Is the figure given by Poland higher than the UK's?")
    "Is the figure given by Poland higher than the UK's?"
    >>> active_voice("the helsinki committee was immediately followed by which speaker?")
    'which speaker immediately followed the helsinki committee?'
    >>> active_voice("the journalists named by Czechia?")
    'which journalists did Czechia name?'
    >>> active_voice("Following the Advocates, to which organisation was the floor given?")
    'Following the Advocates, which organisation took the floor?'
    >>> active_voice("Was the ICC mentioned in any of the statements delivered by States or regional groups?")
    'Did any States or regional groups mention the ICC?'
    >>> active_voice("Was torture raised in any State statement?")
    'Did any State raise torture?'
    >>> active_voice("did the yanks get mentioned"), active_voice("was china brought up at all?")
    ('Did anyone mention the yanks?', 'Did anyone bring up china?')
    """
    at_all = _MENTIONED_AT_ALL.match(text)
    if at_all:  # "was the US mentioned?": did anyone mention the US
        verb = re.sub(r"^\w+", lambda m: _base(m.group()), at_all.group("verb"))
        return f"Did anyone {verb} {at_all.group('topic') or at_all.group('topic2')}?"
    in_any = _MENTIONED_IN_ANY.match(text)
    if in_any:  # "Was X mentioned in any of the statements delivered by States?": did any States mention X
        who = in_any.group("by") or in_any.group("kind")
        verb = re.sub(r"^\w+", lambda m: _base(m.group()), in_any.group("verb"))
        return f"Did {f'any {who}' if who else 'anyone'} {verb} {in_any.group('topic')}?"
    led = _TOPIC_LEAD.match(text)  # after a topic put first ("Capital punishment: by which speakers ...")
    lead, text = (led.group(), text[led.end():]) if led else ("", text)
    # or as a question's second part: "Which NGO spoke last, and by which one was it preceded?"
    parts = _AND_BY.split(text, maxsplit=1)
    first, joined, second = parts if len(parts) == 3 else ("", "", "")
    if joined and _BY_WHOM.match(second):
        lead, text = lead + first + joined, second
    passive = _BY_WHOM.match(text)
    if passive:
        who = "who" if passive.group("who").lower() == "whom" else passive.group("who").lower()
        text = (f"{who} {_active(who, passive.group('verb'))} {passive.group('object')}"
                f"{passive.group('tail') or ''}{passive.group('more') or ''}{passive.group('end')}")
    text = _STATEMENTS_AS_SPEAKERS.sub("which speakers ", text)
    text = _FLOOR_GIVEN.sub(lambda m: f"{'who' if m.group('who').lower() == 'whom' else m.group('who')} "
                            "took the floor", text)
    yes_no = None if passive else _YES_NO_BY.match(text)
    if yes_no:  # "Was the floor taken by Russia?": "Did Russia take the floor?"
        aux = {"is": "does", "are": "do"}.get(yes_no.group("aux").lower(), "did")
        text = (f"{aux.capitalize() if text[0].isupper() else aux} {yes_no.group('agent')} "
                f"{verb_lemma(yes_no.group('verb'))}{yes_no.group('particle') or ''} {yes_no.group('object')}"
                f"{yes_no.group('tail') or ''}{yes_no.group('end')}")
    last = None if passive or yes_no else _PASSIVE_WH_LAST.match(text)
    if last:  # "X was immediately followed by which speaker?": "which speaker immediately followed X?"
        who = "who" if last.group("who").lower() in ("whom", "who") else last.group("who").lower()
        text = (f"{who} {last.group('adverb') or ''}{_active(who, last.group('verb'))} {last.group('object')}"
                f"{last.group('tail') or ''}{last.group('end') or '?'}")
    named = None if passive or last else _NAMED_BY.match(text)
    if named:  # "the journalists named by Czechia?": "which journalists did Czechia name?"
        text = (f"{named.group('lead') or ''}which {named.group('noun')} did {named.group('agent')} "
                f"{verb_lemma(named.group('verb'))}{named.group('particle') or ''}"
                f"{named.group('end') or '?'}")
    agent = _BY_AGENT.match(text)
    if agent and not passive:  # "What was put to the GoE by Bucharest?": "What did Bucharest put to the GoE?"
        text = (f"{agent.group('wh')} did {agent.group('agent')} {verb_lemma(agent.group('verb'))}"
                f"{agent.group('particle') or ''}{agent.group('rest') or ''}{agent.group('end')}")
    asked = _AND_BY_WHOM.match(text)
    if asked:  # "Was X raised, and by whom?", "was it contested by any delegation, and by which?"
        who = f"which {asked.group('noun')}" if asked.group("noun") else \
            "who" if asked.group("who").lower() == "whom" else asked.group("who").lower()
        text = f"{who} {_active(who, asked.group('verb'))} {asked.group('object')}" \
            f"{asked.group('tail') or ''}?"
    return lead + _NOMINAL.sub(_verb_of, text)


# "was X raised, and by whom?": a yes-or-no question in the passive, then who did it
_AND_BY_WHOM = re.compile(r"^(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<object>.+?)\s+"
                          rf"(?P<verb>{_PARTICIPLE})"
                          r"(?P<tail>\s+(?:in|during|at|throughout|before|to)\b[^?,]*?)?"
                          r"(?:\s+by\s+(?:any|some|a)\s+(?P<noun>[\w-]+))?\s*,?\s+and\s+by\s+"
                          r"(?P<who>whom|which(?:\s+[\w-]+)?|what\s+[\w-]+)\s*[?.!]*\s*$", re.I)


def _active(who: str, participle: str) -> str:
    """The participle as the verb of the who-question: "raised" as it is (the simple past), an
    irregular one after "has" or "have" ("who has drawn")."""
    if participle.lower().endswith("ed"):
        return participle
    return f"{'has' if who == 'who' else 'have'} {participle}"


def _verb_of(match: re.Match[str]) -> str:
    """"made mention of": "mentioned"; "make reference to": "refer to"."""
    past = match.group("aux").lower() == "made"
    if match.group("noun").lower() == "mention":
        return "mentioned" if past else "mention"
    return f"{'referred' if past else 'refer'} to"


def expand_contractions(text: str) -> str:
    """The text with its contractions written out, in the case of their first letter.

    >>> expand_contractions("whats her role"), expand_contractions("Who’s the chair?")
    ('what is her role', 'Who is the chair?')
    >>> expand_contractions("who said releases dont help"), expand_contractions("didnt it say so")
    ('who said releases do not help', 'did it say so')
    >>> expand_contractions("critics even once theyve left"), expand_contractions("were there")
    ('critics even once they have left', 'were there')
    >>> expand_contractions("whats the first ones title")  # a possessive typed without its apostrophe
    "what is the first one's title"
    >>> expand_contractions("their Q to the GoE?"), expand_contractions("Ms. R. Smith")
    ('their question to the GoE?', 'Ms. R. Smith')
    >>> expand_contractions("whose the partner group with them"), expand_contractions("whose figure")
    ('who is the partner group with them', 'whose figure')
    >>> expand_contractions("which EU MS spoke?"), expand_contractions("what did MS Platek say")
    ('which EU member states spoke?', 'what did MS Platek say')
    """
    def written_out(match: re.Match[str]) -> str:
        if len(match.group()) == 1 and text[match.end():match.end() + 1] == "." or \
                match.group() in ("U", "R", "N"):
            return match.group()  # "u", "r" in lower case: "R." is an initial; "Q" is a question either way
        full = CONTRACTIONS[match.group().lower().replace("’", "'")]
        # "Didn't Belarus reject it?" opens a question that asks what "Did Belarus reject it?" asks
        if full.endswith(" not") and text[:match.start()].strip(" ,").lower() in ("", "and", "but", "so"):
            full = full.removesuffix(" not")
        # (a single capital letter opens a sentence or is just how the shorthand is typed: "their Q")
        opens = match.start() == 0 or text[:match.start()].rstrip()[-1:] in ".?!"
        capital = match.group()[:1].isupper() and (opens or len(match.group()) > 1)
        return full[:1].upper() + full[1:] if capital else full

    text = _ONES_NOUN.sub(r"\1 one's \2", _CONTRACTION.sub(written_out, text))
    text = _MEMBER_STATES.sub("member states", text)
    return _WHOSE_THE.sub(lambda m: "Who is " if m.group()[:1].isupper() else "who is ", text)


# "whose the partner group": "who's", typed as "whose", which takes a noun, never an article
_WHOSE_THE = re.compile(r"\bwhose\s+(?=(?:the|a|an)\s)", re.I)
# "which MS were on the Lithuanian stmt": the UN's shorthand for member States, in capitals and
# before no name ("MS Płatek" is the title)
_MEMBER_STATES = re.compile(r"(?<![\w.'’-])MS(?![\w.'’-])(?!\s+[A-Z])")


# "the first ones title": "the first one's title"
_ONES_NOUN = re.compile(r"\b(the\s+(?:first|second|third|last|other|next|previous))\s+ones\s+"
                        r"(title|role|name|"
                        r"position|statement|question|figure|number|job|partners?)\b", re.I)

# "did lithuania mention that in its own statement?": where a speaker says anything, so nothing
# the question asks about
_OWN_STATEMENT = re.compile(r"(?P<lead>,)?\s+(?:in|during|throughout)\s+(?:its|their|his|her)\s+(?:own\s+)?"
                            r"(?:statements?|speech(?:es)?|interventions?|remarks|address)"
                            r"(?:\s+under\s+(?:this|the)\s+(?:agenda\s+)?item)?(?P<close>\s*,)?(?=\s|[?.!;]|$)",
                            re.I)


# "Which States, speaking in their national capacity, urged ...": States speaking for themselves,
# not in a group's statement
_IN_OWN_CAPACITY = re.compile(r"\b(?P<which>which|what)\s+(?P<noun>(?:member\s+)?(?:states|countries|"
                              r"delegations|governments))\s*,?\s*(?:(?:speaking|talking|taking\s+the\s+floor)\s+)?(?:in\s+(?:their|"
                              r"a|its)\s+(?:own\s+)?national\s+capacit(?:y|ies)|in\s+their\s+own\s+(?:name|right)|"
                              r"on\s+their\s+own(?:\s+behalf)?|individually)\s*,?\s*", re.I)


def in_own_capacity(text: str) -> str:
    """"which States, in their national capacity, ..." as "which individual States ...".

    >>> in_own_capacity("Which Member States, speaking in their national capacity, urged Belarus to stop?")
    'Which individual Member States urged Belarus to stop?'
    """
    return _IN_OWN_CAPACITY.sub(lambda m: f"{m.group('which')} individual {m.group('noun')} ", text)


def without_own_statement(text: str) -> str:
    """The question without "in its (own) statement" closing it, or set off by commas.

    >>> without_own_statement("did lithuania mention that in its own statement?")
    'did lithuania mention that?'
    >>> without_own_statement("Which delegations, in their statements under this item, called for X?")
    'Which delegations called for X?'
    """
    return _OWN_STATEMENT.sub(lambda m: "" if m.group("lead") else m.group("close") or "", text)


# What a question leaves out: "..., not counting the experts and Belarus", "Apart from the EU, who
# ...", "which States, other than Poland, ...". `what` is the speakers or kinds left out.
_LEAVING_OUT = (r"(?:not\s+(?:counting|including)|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|"
                r"other\s+than|leaving\s+out|but\s+not|without\s+counting|besides)")
EXCLUDING = re.compile(rf"^\s*{_LEAVING_OUT}\s+(?P<lead>[^?,()]+?)\s*,\s*|,?\s+\(?{_LEAVING_OUT}\s+"
                       r"(?P<what>[^?,()]+?)\)?(?=\s*(?:[?.!,]|$))|"
                       # "first state delegation to speak (not the groups)", "..., not Belarus": a bare
                       # "not" set off by a comma, a bracket or a dash, but not "not just", "not only"
                       r"(?:\s*,|\s*\(|\s+[-–—])\s*not\s+(?!(?:just|only|merely|simply|even|necessarily|"
                       r"sure|really|so|too|very|all|every|yet|much|many|at\s+all)\b)"
                       r"(?P<bare>[^?,()]+?)\)?(?=\s*(?:[?.!,]|$))|"
                       # "Group statements and the concerned State excluded, how many ...": put first
                       r"^\s*(?P<first>[^?,()]{3,80}?)\s+(?:excluded|aside|set\s+aside|left\s+out|not\s+counted)"
                       r"\s*,\s*|"
                       # "Which States urged X? Please leave out the group statements.": said after
                       r"(?<=[?.!])\s*(?:please\s+)?(?:leave\s+out|exclude|omit|(?:do\s+not|don['’]?t)\s+(?:count|"
                       r"include))\s+(?P<after>[^?.!]+?)\s*[.!]?\s*$", re.I)


def left_out(match: re.Match[str]) -> str:
    """What an `EXCLUDING` match leaves out ("the experts and Belarus")."""
    return match.group("lead") or match.group("what") or match.group("bare") or match.group("first") or \
        match.group("after")


# What a chat turn may open with before its question: acknowledgements and interjections ("oh ok,
# and Norway?", "thanks! who else?", "hmm, what did she ask"). General English.
_CHATTER = re.compile(r"^\s*(?:(?:oh|ah|aha|ok|okay|k|hmm+|um+|uh+|er+m?|wait|right|alright|all\s+right|"
                      # greetings: "hi. what is this meeting", "hello, which NGOs spoke"
                      r"hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|"
                      r"great|cool|nice|"
                      r"good|perfect|interesting|(?:thanks|thank\s+you|thx)(?:\s+(?:so\s+much|very\s+much|a\s+lot|again))?|"
                      r"cheers|i\s+see|got\s+it|makes\s+sense|"
                      r"fine|sure|yes|yeah|no|nope|well|wow)\b\s*[,.!;:\-–—]*\s*|"
                      # "Finally, in their replies ...": a word that orders the turns, with its comma
                      r"(?:finally|lastly|also|additionally|next|furthermore|moreover|secondly|thirdly|"
                      r"firstly|one\s+last\s+thing)\s*,\s*|"
                      # "Switching: ...", "switching topics - ...": a new subject announced
                      r"switching(?:\s+(?:topics?|subjects?|gears))?\s*[:,\-–—]+\s*|"
                      # "last: did WRI name ...", "finally - who ...": the same with a colon or a dash
                      r"(?:finally|lastly|last|next)\s*(?::|\s[-–—])\s*|"
                      # "okay so who talked about ...": "so" before a question word
                      r"so\s*,?\s*(?=(?:who|which|what|how|did|does|do|when|where|is|was|were|are)\b)|"
                      # "last one: how many groups spoke", "one more q -": the turn announced, then asked
                      r"(?:(?:one\s+)?last|final|one\s+more|quick|another)\s+(?:one|q|question|thing)\s*[:,\-–—]+\s*|"
                      # "other topic: did China speak at all?": a new subject announced
                      # ("Moving on to a different topic: ...")
                      r"(?:(?:moving\s+on|turning|switching|changing|going\s+on)\s+to\s+(?:a|an|the)\s+)?"
                      r"(?:other|new|different|diff|next|another|separate|unrelated)\s+(?:topic|subject|question|q|"
                      # "Separate point: did the ICJ ...", "another matter - who ..."
                      r"point|matter|issue|thing)\s*[:,.\-–—]+\s*|"
                      # spoken, without punctuation: "ok last one which ngo ...", "switching gears who ..."
                      r"(?:(?:one\s+)?last|final|one\s+more|another)\s+(?:one|q|question|thing)\s+(?=(?:which|what|"
                      r"who|how|did|does|do|is|was|were|are)\b)|(?:switching|changing|shifting)\s+(?:gears|topics?|"
                      r"subjects?)\s*[:,\-–—]*\s*(?=(?:which|what|who|how|did|does|do|is|was|were|are|and)\b)|"
                      # "sorry, i meant which other countries ...": a whole question again, corrected
                      # "Forgive me, I intended Wellington: did New Zealand ...": the name, then the question
                      r"(?:sorry|oops|forgive\s+me|pardon\s+me|pardon|apologies|my\s+(?:apologies|mistake|bad))\b"
                      r"\s*[,.!;:\-–—]*\s*(?:i\s+(?:meant|intended)\s+[^:?,.]{1,40}?\s*[:\-–—]\s*(?=(?:which|what|"
                      r"who|how|did|does|do|when|where|is|was|were|are)\b))?"
                      r"(?:i\s+meant\s*,?\s*(?=(?:which|what|who|how|did|does|do|when|"
                      r"where|is|was|were|are)\b))?|i\s+meant\s*,?\s*(?=(?:which|what|who|how|did|does|do|when|where|is|"
                      r"was|were|are)\b))+"
                      r"(?=\w)", re.I)


# A short remark after an interjection, closed by its punctuation, before a question: "ok numbers
# time. how many ...", "hmm weird, who said 1100", "ok cool and who's on the panel". The question
# must follow, so "ok Poland, what did it say" keeps its name (a capitalised word ends the remark).
_REMARK = re.compile(r"^\s*(?:oh|ah|ok|okay|hmm+|huh|wow|right|alright|cool|great|nice|interesting)\b"
                     # (not "hmm and ngos, how many": a kind or a topic put first is part of the question)
                     r"(?!\s+(?:and|or|but|about|what|then|now|as\s+for)\b)"
                     rf"(?!(?:\s+[a-z'’]+){{0,2}}\s+(?:the\s+)?{KIND_NOUN}\b)"
                     r"(?P<words>(?:\s+(?![A-Z])[a-z'’]+){1,3})\s*[.,!;:–—-]+\s*"
                     r"(?=(?:and\s+|so\s+)?(?:who|whom|which|what|how|did|does|do|when|where|is|was|were|are|"
                     r"has|have|any)\b)")


# Words a remark is not made of: a place or a speaker's name ("ok poland, what did it say", "ok
# omct, ..."), or a preposition or determiner that starts a phrase of the question ("right after
# belarus, who spoke?")
_PHRASE_WORDS = {"after", "before", "on", "about", "for", "in", "of", "from", "with", "to", "among", "than",
                 "by", "at", "into", "over", "under", "between", "the", "a", "an", "this", "that", "these",
                 "those", "its", "their", "his", "her", "not", "no"}


_POINTER = re.compile(r"\b(?:it|its|they|them|their|that|this|those|these|one|he|she|him|her|his)\b", re.I)


def _remark_word(word: str) -> bool:
    """Whether a word may be part of a remark: a general English word, no country's name and
    none that opens a phrase of the question."""
    word = word.lower()
    return word in english_words() and word not in _PHRASE_WORDS and country_named(word) is None


_ACKNOWLEDGEMENTS = {"ok", "okay", "oh", "ah", "hmm", "thanks", "thx", "cool", "great", "alright", "um",
                     "umm", "uh", "er", "erm", "wait", "hi", "hello", "hey"}
_QUESTION_OPENING = re.compile(r"(?:what|who|which|how|and|did|does|do|so|any|when|where|why|can|could)\b",
                               re.I)


def without_chatter(text: str) -> str:
    """The question without the acknowledgements a chat turn opens with; the text as it is when
    nothing else would be left, or when the words are the question ("no NGOs?" is not chatter
    before "NGOs?": a word of it counts only with punctuation or another such word after it).

    >>> without_chatter("oh ok, and norway?"), without_chatter("Thanks! Who else?")
    ('and norway?', 'Who else?')
    >>> without_chatter("Finally, in their replies, did the experts mention it?")
    'in their replies, did the experts mention it?'
    >>> without_chatter("Moving on to a different topic: who raised torture?")
    'who raised torture?'
    >>> without_chatter("well known cases?"), without_chatter("ok"), without_chatter("ok what about him")
    ('well known cases?', 'ok', 'what about him')
    >>> without_chatter("hi. what is this meeting"), without_chatter("other topic: did China speak?")
    ('what is this meeting', 'did China speak?')
    >>> without_chatter("okay so who talked about the death penalty")
    'who talked about the death penalty'
    >>> without_chatter("Forgive me, I intended Wellington: did New Zealand ask?")
    'did New Zealand ask?'
    >>> without_chatter("sorry, i meant Malta not Moldova")
    'i meant Malta not Moldova'
    >>> without_chatter("ok numbers time. how many did albania say")
    'how many did albania say'
    >>> without_chatter("hmm odd, who said 1100")
    'who said 1100'
    >>> without_chatter("hmm and ngos, how many"), without_chatter("ok the ngos, how many")
    ('and ngos, how many', 'ok the ngos, how many')
    >>> without_chatter("right after belarus, who spoke?"), without_chatter("ok poland, what did it say")
    ('right after belarus, who spoke?', 'ok poland, what did it say')
    >>> without_chatter("ok death penalty, who raised it?")
    'ok death penalty, who raised it?'
    >>> without_chatter("ok so Poland, what did it say")
    'so Poland, what did it say'
    """
    remark = _REMARK.match(text)
    # (not a topic put first for a pronoun to point back to: "ok death penalty, who raised it?")
    if remark and all(_remark_word(word) for word in remark.group("words").split()) \
            and not _POINTER.search(text, remark.end()):
        return text[remark.end():]  # "ok numbers time. how many ...", "hmm weird, who said 1100"
    match = _CHATTER.match(text)
    if not match:
        return text
    words = match.group().split()
    # "ok what about torture": an acknowledgement before a question word
    if len(words) == 1 and words[0].lower() in _ACKNOWLEDGEMENTS \
            and _QUESTION_OPENING.match(text, match.end()):
        return text[match.end():]
    if not re.search(r"[,.!;:\-–—]\s*$|^\s*\S+\s+\S+", match.group()):
        return text
    # one word before the question needs its punctuation: "well known", "no NGOs", "right before"
    if len(words) == 1 and not re.search(r"[,.!;:\-–—]\s*$", match.group()):
        return text
    return text[match.end():]


# "y/n", "yes/no" typed (its "n" may be read as "and" by then)
_YES_SLASH_NO = r"y(?:es)?\s*/\s*(?:no?|and)"
# A statement closed by a tag that asks whether it is so: "Poland said X, didn't it?", "Malta
# called for a moratorium, right?". Read after `expand_contractions` ("did not it").
_TAG = re.compile(rf"^(?P<clause>(?!(?:what|which|who|whom|whose|how|why|when|where|{AUXILIARY})\b)\w.*?)"
                  r"(?:\s*,?\s+(?P<aux>did|does|do|has|have|had|is|are|was|were)(?:\s+not|n['’]?t)\s+"
                  # "right", "correct", "true" are a tag only after a comma: "Malta defended the right"
                  r"(?:it|they|he|she|we|there)|\s*(?:,|\s[-–—])\s*(?:right|correct|true|accurate)|"
                  # spoken, without the comma: "poland said X right", "australia asked X yes or no"; not
                  # "the right", "human right"
                  r"(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bits)(?<!\btheir)(?<!\bany)(?<!\bhuman)(?<!\bown)"
                  # typed: "eu ask for moratorium y/n"
                  rf"(?<!\bequal)(?P<spoken>\s+right|\s*,?\s+yes\s+or\s+no|\s*,?\s+(?P<yn>{_YES_SLASH_NO})))"
                  r"\s*[?.!]*\s*$", re.I)


# "and", "so" or "but" opening a question, kept as it is
_LEAD = r"(?P<lead>(?:and|so|but)\s+)?"
# A finite verb: past or third person ("asked", "says", "spoke"), not "state" or "speak"
_FINITE = (r"(?=(?:said|spoke|brought|told|gave|put|made|took|went|got|held|kept|came|wrote|sent|sought|"
           r"thought|felt|left|led|met|saw|knew|heard|[\w-]+(?:ed|s))\b)")
# "yes or no", "y/n" closing a question
_YES_NO_MARK = re.compile(rf"\s*,?\s+(?:yes\s+or\s+no|{_YES_SLASH_NO})\s*[?.!]*\s*$", re.I)
# a subject of up to four words and a verb of saying in its base form: "eu ask for a moratorium"
_BASE_VERB_CLAUSE = re.compile(rf"^(?:[\w'’.-]+\s+){{1,4}}?(?={SPEECH}\b)(?!{_FINITE})", re.I)
# A statement typed as a question ("The bulgarians asked the experts?", "Iceland is part of the
# group or not?"): its subject, then a verb of saying or a form of "to be"
_DECLARATIVE = re.compile(rf"^{_LEAD}"
                          rf"(?P<subject>(?!(?:what|which|who|whom|whose|how|why|when|where|{AUXILIARY}|"
                          r"and|so|but|or|any|anyone|anybody|list|name|give|show|tell)\b)[\w'’.-]+"
                          # "3rd State to speak?": no verb of its own
                          rf"(?:\s+(?!{AUXILIARY}\b)[\w'’.-]+){{0,5}}?)(?<!\bto)\s+"
                          # "Belarus has answered to this?": the perfect is asked as the past
                          rf"(?:(?P<be>is|are|was|were)|(?:(?:has|have|had)\s+)?"
                          # "the UK took the floor?": the meeting's own verb
                          # "they say also about X?": a plural pronoun takes the verb's base form
                          rf"(?P<verb>(?:{MODIFIERS}\s+)*(?:(?:{_FINITE}|(?<=\bthey\s)|(?<=\bwe\s)){SPEECH}|"
                          r"took(?=\s+the\s+floor\b)|"
                          # "Czechia put the number at 1,168?": a figure given
                          r"(?:put|gave|set|placed)(?=\s+(?:the|a|its|their)\s+(?:number|figure|total|count|"
                          r"toll|estimate)\b))))\s+"
                          r"(?P<rest>.+?)"
                          r"(?:\s*,?\s+or\s+not)?\s*\?+\s*$", re.I)


# A thing a speaker gives or asks, not one who speaks: "which number gave the HRHF" has the verb
# before its subject, "which speakers gave a number" does not
_THING = (r"(?:(?:exact|precise|other|specific|main)\s+)?(?:number|figure|date|estimate|count|total|"
          r"measures?|questions?|recommendations?|article|demands?|requests?)")
# "what said Poland about lawyers", "what asked Bucharest to the experts", "what has asked the
# Suisse exactly": the verb before its subject (a name, or "the first one"), which ends before
# "about", "to" ...
_INVERTED = re.compile(rf"^{_LEAD}(?P<wh>what|(?:what|which)\s+{_THING})\s+(?:(?:has|have|had)\s+)?"
                       rf"(?P<verb>{_FINITE}{SPEECH})\s+"
                       r"(?P<subject>(?!(?:about|on|to|that|of|in|for|with|at|regarding|concerning)\b)\S.*?)"
                       # not "for", "of": names hold them ("the Advocates for Human Rights")
                       r"(?P<rest>\s+(?:about|on|to|regarding|concerning|exactly|precisely|specifically|"
                       r"in\s+(?:its|their|his|her))\b.*|"
                       r"\s*[?.!]*\s*$)",
                       re.I)
# "which measure Nouvelle-Zélande has took against ...": a thing, its subject, no auxiliary before it
_THING_FIRST = re.compile(rf"^{_LEAD}(?P<wh>(?:what|which)\s+{_THING})\s+"
                          rf"(?P<subject>(?!(?:{AUXILIARY}|they|he|she|it|we)\b)[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}?)\s+"
                          r"(?:has|have|had)\s+(?P<verb>[a-z]+(?:ed|en)|took|made|gave|put|said|spoke|told)"
                          r"(?P<rest>\b.*)$", re.I)
# "what they said about the deserters": a pronoun subject and no auxiliary
_UNINVERTED = re.compile(rf"^{_LEAD}(?P<wh>what|which(?:\s+(?!(?:they|he|she|it|we)\b|{AUXILIARY}\b)[\w-]+)"
                         r"{1,3}?)\s+"
                         r"(?P<subject>they|he|she|it|we)\s+"
                         # "which number they give": a plural subject takes the verb's base form
                         rf"(?P<verb>(?:{_FINITE}|(?<=\bthey\s)|(?<=\bwe\s)){SPEECH})(?P<rest>\b.*)$", re.I)


# "with who the Law Society presented the statement": a subject and a past verb, no auxiliary
_WITH_WHOM = re.compile(rf"^{_LEAD}(?P<wh>with\s+whom?)\s+"
                        rf"(?P<subject>(?!{AUXILIARY}\b)[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}}?)\s+"
                        r"(?P<verb>(?:said|spoke|gave|made|read|[\w-]+ed))(?P<rest>\b.*)$", re.I)
# "someone" or "somebody" as the subject a question asks about is "anyone"
# "anyone cite the SR?", "any ngo bring up executions?": an asking subject with no auxiliary
_ANYONE = re.compile(rf"^{_LEAD}(?P<subject>any(?:one|body)|any\s+(?!(?:one|body|others?|more)\b)[a-z]+"
                     r"(?:\s+(?:group|groups|organi[sz]ations?|orgs?|bodies|body))?)"
                     rf"(?!\s+else\b)\s+(?P<verb>(?:{MODIFIERS}\s+)*(?:{SPEECH}|put))\s+(?P<rest>.+?)\s*\?*\s*$",
                     re.I)
_SOMEONE = re.compile(r"^(?P<lead>\s*(?:(?:and|so|but)\s+)?(?:(?:did|has|have|had|was|is|were)\s+)?)"
                      r"some(?P<one>one|body)\b", re.I)


_IS_IT_TRUE = re.compile(r"^is\s+it\s+true\s+that\s+(?P<clause>.+?\?)\s*$", re.I)


def declarative_question(text: str) -> str:
    """A statement with a question mark, as the yes/no question it asks, and a what-question with
    no auxiliary, with one; other text as it is.

    >>> declarative_question("The bulgarians asked some question to the experts?")
    'Did the bulgarians ask some question to the experts?'
    >>> declarative_question("Iceland is part of the nordic-baltic group or not?")
    'Is Iceland part of the nordic-baltic group?'
    >>> declarative_question("death penalty?"), declarative_question("who raised torture?")
    ('death penalty?', 'who raised torture?')
    >>> declarative_question("and it asked something to the experts?")
    'and did it ask something to the experts?'
    >>> declarative_question("what said the first one about the ICC?")
    'what did the first one say about the ICC?'
    >>> declarative_question("what has asked the Suisse exactly")
    'what did the Suisse ask exactly'
    >>> declarative_question("which number gave the Human Rights House")
    'which number did the Human Rights House give'
    >>> declarative_question("which speakers gave a number")
    'which speakers gave a number'
    >>> declarative_question("Which measure Nouvelle-Zélande has took against his government")
    'Which measure did Nouvelle-Zélande take against his government'
    >>> declarative_question("what they said about the deserters?")
    'what did they say about the deserters?'
    >>> declarative_question("which number of exiled they give")
    'which number of exiled did they give'
    >>> declarative_question("which country did they single out")
    'which country did they single out'
    >>> declarative_question("did someone mention the ICC?"), declarative_question("someone spoke about it?")
    ('did anyone mention the ICC?', 'Did anyone speak about it?')
    >>> declarative_question("any ngo bring up executions?"), declarative_question("anyone else raise it?")
    ('Did any ngo bring up executions?', 'anyone else raise it?')
    >>> declarative_question("any rights group put a number on releases")
    'Did any rights group put a number on releases?'
    >>> declarative_question("with who the Law Society presented the statement?")
    'with who did the Law Society present the statement?'
    >>> declarative_question("3rd state delegation to speak?")
    '3rd state delegation to speak?'
    >>> declarative_question("Is it true that Poland mentioned hybrid attacks?")
    'Did Poland mention hybrid attacks?'
    >>> declarative_question("Belarus has answered to this?")
    'Did Belarus answer to this?'
    >>> declarative_question("Ireland is agree with this?")
    'Does Ireland agree with this?'
    >>> declarative_question("Iceland is named in the statement?")
    'Is Iceland named in the statement?'
    >>> declarative_question("they say also about lawyers association being extremist?")
    'Did they say also about lawyers association being extremist?'
    >>> declarative_question("Is it true that the United States took the floor?")
    'Did the United States take the floor?'
    """
    text = _SOMEONE.sub(r"\g<lead>any\g<one>", text)  # "did someone mention X": "did anyone mention X"
    true = _IS_IT_TRUE.match(text)
    if true:  # "Is it true that Poland mentioned X?": "Did Poland mention X?" where it reads so
        asked = declarative_question(true.group("clause"))
        return asked if asked != true.group("clause") else text
    inverted = _INVERTED.match(text) or _UNINVERTED.match(text) or _WITH_WHOM.match(text) or \
        _THING_FIRST.match(text)
    if inverted and not re.search(rf"\b{AUXILIARY}\b", inverted.group("subject"), re.I) \
            and len(inverted.group("subject").split()) <= 5:
        # "what said Poland about X", "what they said about X": "what did Poland say about X"
        return f"{inverted.group('lead') or ''}{inverted.group('wh')} did {inverted.group('subject')} " \
               f"{_base(inverted.group('verb'))}{inverted.group('rest')}"
    anyone = _ANYONE.match(text)
    if anyone:  # "anyone cite the SR?": "did anyone cite the SR?"
        lead = anyone.group("lead") or ""
        return f"{lead}{'did' if lead else 'Did'} {anyone.group('subject')} {_base(anyone.group('verb'))} " \
               f"{anyone.group('rest')}?"
    match = _DECLARATIVE.match(text)
    word = re.match(r"[\w'’.-]+", match.group("verb")) if match and match.group("verb") else None
    if word and country_named(f"{match.group('subject')} {word.group()}"):
        # "the United States took the floor?": "States" ends the name, it is no verb
        subject = f"{match.group('subject')}_{word.group()}"
        asked = declarative_question(text[:match.start("subject")] + subject + text[match.end("verb")
                                     - len(match.group("verb")) + len(word.group()):])
        return asked.replace(subject, subject.replace("_", " "))
    # "Vilnius spoke for the group, but who delivered it?", "unions - who raised them?": a question of
    # its own after a lead-in
    if not match or re.search(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b|\s[-–—:]\s", text, re.I):
        return text
    subject = match.group("subject")
    subject = subject[0].lower() + subject[1:] if re.match(r"(?:the|a|an)\b", subject, re.I) else subject
    lead = match.group("lead") or ""
    # "Ireland is agree with this?": a learner's "is" before a stance verb's base form (not "is
    # state party", "is named": a noun, a participle)
    learner = re.match(rf"{STANCE}\b", match.group("rest"), re.I) if match.group("be") else None
    if learner and verb_lemma(learner.group()) == learner.group().lower():
        do = "did" if match.group("be").lower() in ("was", "were") else "does"
        return f"{lead}{do if lead else do.capitalize()} {subject} {match.group('rest')}?"
    if match.group("be"):
        be = match.group("be").lower() if lead else match.group("be").capitalize()
        return f"{lead}{be} {subject} {match.group('rest')}?"
    return f"{lead}{'did' if lead else 'Did'} {subject} {_base(match.group('verb'))} {match.group('rest')}?"


def _base(verb: str) -> str:
    """A verb phrase with its verb in the base form, as after "did" ("also spoke" -> "also speak")."""
    return " ".join(verb_lemma(word) for word in verb.split())


def tag_question(text: str) -> str:
    """A statement with a question tag, as the yes/no question it asks; other text as it is.

    >>> tag_question("poland said something about hybrid attacks too did not it")
    'Did poland said something about hybrid attacks too?'
    >>> tag_question("Czechia put it at 1,168 - right?")
    'Is it true that Czechia put it at 1,168?'
    >>> tag_question("Belarus was there, right?"), tag_question("who spoke, right?")
    ('Is it true that Belarus was there?', 'who spoke, right?')
    >>> tag_question("malta defended the right"), tag_question("the figure is correct")
    ('malta defended the right', 'the figure is correct')
    >>> tag_question("australia asked the panel something yes or no")
    'australia asked the panel something?'
    >>> tag_question("poland said something about hybrid attacks right")
    'poland said something about hybrid attacks?'
    >>> tag_question("eu ask for moratorium y/n"), tag_question("the EU asked for a moratorium yes/no")
    ('Did eu ask for moratorium?', 'the EU asked for a moratorium?')
    >>> tag_question("did malta mention it y/n")
    'did malta mention it?'
    """
    if re.match(rf"\s*{AUXILIARY}\b", text, re.I):  # "did malta mention it y/n": asked already
        return _YES_NO_MARK.sub("?", text)
    match = _TAG.match(text)
    if not match:
        return text
    if match.group("yn") and _BASE_VERB_CLAUSE.match(match.group("clause")):
        return f"Did {match.group('clause').rstrip(' ,')}?"  # "eu ask for moratorium y/n"
    if match.group("spoken"):  # asked as a statement typed as a question (`declarative_question`)
        return f"{match.group('clause').rstrip(' ,')}?"
    aux = (match.group("aux") or "").lower()
    lead = {"did": "Did", "does": "Did", "do": "Did", "has": "Has", "have": "Has", "had": "Had"}.get(aux)
    clause = match.group("clause").rstrip(" ,")
    return f"{lead} {clause}?" if lead else f"Is it true that {clause}?"
