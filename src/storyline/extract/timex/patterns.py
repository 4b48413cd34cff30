"""The grammar of time expressions: one compiled regular expression per kind, run over the
whole text. Extents follow TimeML: determiners and modifiers ("the", "early", "about")
belong to the expression, the preposition before it ("on", "in") does not."""

from __future__ import annotations

import re

from storyline.extract.scan import Grammar
from storyline.extract.timex.lexicon import (DECADES, ORDINALS, PARTS_OF_DAY, SEASONS, SMALL_NUMBERS, TENS,
                                             UNITS, VAGUE_NUMBERS, WEEKDAYS, alternation)

_B = r"(?<![\w\-])"  # word start (a hyphenated word is one word)
_E = r"(?![\w])"  # word end
_CAP = r"(?-i:(?=[A-Z]))"  # names of months and days are written with a capital

MONTH = (
    _CAP + r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct"
    r"|nov|dec)(?=\s+\d))"
)
WEEKDAY = _CAP + r"(?:(?:" + alternation(WEEKDAYS) + r")s?|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[5-9]|20)\d\d(?![\d,]\d)"
_NUMBER_WORDS = alternation(list(SMALL_NUMBERS) + list(VAGUE_NUMBERS))
_TENS = alternation(TENS)
_ONES = alternation(w for w, v in SMALL_NUMBERS.items() if 1 <= v <= 9 and " " not in w and len(w) > 2)
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)*(?:\s+1/2)?|(?:{_TENS})(?:[-\s](?:{_ONES}))?|(?:{_NUMBER_WORDS})(?:\s+and\s+a\s+half)?)"
)
_UNIT_WORDS = alternation(list(UNITS) + ["centurie"])
UNIT = rf"(?:{_UNIT_WORDS})s?"
POD = r"(?:" + alternation(PARTS_OF_DAY) + r")"
SEASON = r"(?:" + alternation(SEASONS) + r")"
ORDINAL = r"(?:" + alternation(ORDINALS) + r")"
DECADE_WORDS = alternation(DECADES)
# "the end of", "early", "mid-", "earlier in": the part of a period (kept as TIMEX3 mod).
PART_OF = (
    r"(?:(?P<part>(?:the\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|rest"
    r"|remainder)\s+of\s+(?:the\s+)?|(?:early|late|mid)(?:\s*-\s*|\s+)?|(?:earlier|later)\s+(?:in\s+)?))"
)
APPROX = (
    r"(?:(?P<approx>about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|just|only|barely|another|an\s+additional"
    r"|an\s+extra|no\s+more\s+than|well\s+over)\s+)"
)
_REL = (
    r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+current"
    r"|the\s+latest|the\s+last|the\s+next|this|last|next|past|coming|previous|current|latest)"
)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RULES: dict[str, re.Pattern[str]] = {
    "iso": re.compile(
        rf"{_B}(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:T(?P<ih>[0-2]\d):(?P<imin>[0-5]\d))?"
        rf"|(?P<um>1[0-2]|0?[1-9])/(?P<ud>[12]\d|3[01]|0?[1-9])/(?P<uy>(?:19|20)\d\d))(?![\d/])"
    ),
    "clock": _compile(
        rf"{_B}(?:(?P<approx>about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
        rf"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am(?!\w)|pm(?!\w)|o'clock)"
        rf"|(?P<hhmm>(?:[01]?\d|2[0-3]):[0-5]\d)(?=\s+(?-i:[A-Z]{{2,4}}T)\b)"
        rf"|(?P<named>noon|midnight|midday))"
        rf"(?:\s+(?P<zone>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|ET)\b|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|today|yesterday|tomorrow|{MONTH}\s+{DAY}))?{_E}"
    ),
    "date": _compile(
        rf"{_B}{PART_OF}?(?P<around>the\s+(?:week|day\s+before|day\s+after)\s+(?:of\s+)?)?"
        rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
        rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
        rf"|(?:the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
        rf"|(?P<m3>{MONTH})(?:,?\s+(?:of\s+)?(?P<y3>{YEAR})|\s+(?P<ry>this|last|next)\s+year)?){_E}"
    ),
    "weekday": _compile(
        rf"{_B}(?P<around>the\s+(?:day\s+before|day\s+after|week\s+of)\s+)?"
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+coming|this\s+past|this|each"
        rf"|every)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD})s?)?{_E}"
    ),
    "relday": _compile(
        rf"{_B}(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<word>the\s+day\s+before\s+yesterday"
        rf"|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)(?:\s+(?P<pod>{POD}))?|(?P<tonight>tonight)"
        rf"|(?P<this>this|last|later\s+this|earlier\s+this)\s+(?P<pod2>{POD})"
        rf"|(?:mid|(?:early|late)(?=[-\s]+\w+\s+(?:yesterday|today|tomorrow)))[-\s]?(?P<pod3>morning|afternoon|evening)"
        rf"(?:\s+(?P<word3>yesterday|today|tomorrow))?)(?![\w])"
    ),
    "relunit": _compile(
        rf"{_B}{PART_OF}?(?:{_REL}\s+(?:fiscal\s+)?(?P<unit>week(?:end)?|month|quarter|year|decade|century"
        rf"|{SEASON})|(?P<end>year[-\s]end|year['\u2019]s\s+end)|(?P<weekend>the\s+weekend))(?![\w-])"
        rf"|{_B}(?P<part2>(?:the\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+the\s+)"
        rf"(?P<unit2>week|month|quarter|year|decade|century)(?![\w-])"
    ),
    "quarter": _compile(
        rf"{_B}(?:(?P<det>the|its|this\s+year['\u2019]s|last\s+year['\u2019]s|next\s+year['\u2019]s"
        rf"|the\s+year-(?:earlier|ago)|the\s+comparable|a)\s+)?(?:(?P<y0>{YEAR})\s+)?"
        rf"(?:(?:fiscal|calendar)[-\s]+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+"
        rf"(?:fiscal[-\s]+)?(?P<unit>quarter|half)(?P<plural>s)?(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y1>{YEAR})"
        rf"|(?P<ry>this|last|next)\s+year)|,?\s+(?P<y2>{YEAR}))?(?![\w-])"
        rf"|{_B}(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<y3>{YEAR}))?{_E}"
        rf"|{_B}(?P<det2>the\s+latest|the\s+current|the\s+previous|the\s+same|the\s+comparable|the\s+corresponding"
        rf"|the\s+year-ago|the\s+year-earlier|last\s+year['\u2019]s|the\s+fiscal|the|that|its)\s+(?P<unit3>quarter|period)"
        rf"(?P<year_back>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+year\s+before))?(?![\w-])"
        rf"|{_B}the\s+(?P<y4>{YEAR})\s+(?:third\s+|second\s+|first\s+|fourth\s+)?(?:quarter|period){_E}"
    ),
    "year": _compile(
        rf"{_B}{PART_OF}?(?:(?P<prepost>pre|post)-)?(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)\s*)?"
        rf"(?P<year>{YEAR})"
        rf"(?!\s*(?:%|percent|-\w))(?![\w-])"
        rf"|{_B}(?:the\s+)?(?:(?P<dmod>early|late|mid)(?:\s*-\s*|\s+))?(?P<decade>(?:1[5-9]|20)\d0s|['\u2019]\d0s)(?![\w])"
        rf"|{_B}the\s+(?:(?P<wmod>early|late|mid)(?:\s*-\s*|\s+))?(?P<decword>{DECADE_WORDS}){_E}"
        rf"|{_B}(?:the\s+)?(?P<cent>{ORDINAL})[-\s]+century{_E}"
        rf"|{_B}(?P<season>{SEASON})(?:\s+of)?\s+(?P<syear>{YEAR}){_E}"
        rf"|{_B}(?:the\s+year\s+)?(?P<spelled>(?:eighteen|nineteen)[-\s]+(?:{_TENS})(?:[-\s](?:{_ONES}))?"
        rf"|(?<=the\syear\s)two\s+thousand(?:\s+and\s+(?:{_ONES}))?){_E}"
    ),
    "ago": _compile(
        rf"{_B}{APPROX}?(?P<num>{NUMBER})[-\s]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+"
        rf"(?:(?P<dir>ago|from\s+now|hence|back)(?![\w])|(?P<rdir>earlier|later)(?![\w-]))"
        rf"|{_B}(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?P<yago>year-earlier|year-ago|prior-year)"
        rf"(?:\s+(?P<yunit>period|quarter|level))?{_E}"
    ),
    "duration": _compile(
        rf"{_B}{APPROX}?(?:(?P<det>the|its|their|his|her|a)\s+)?(?:(?P<which>first|last|past|next|coming|previous|latest"
        rf"|following|final|remaining|preceding|initial|recent)\s+)?(?P<num>{NUMBER})[-\s]+(?:more\s+)?"
        rf"(?:(?:trading|business|working|calendar)\s+)?(?P<unit>{UNIT})(?![-\s]+old\b)(?:-long)?"
        rf"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?![\w])"
    ),
    # a bare plural ("for years"): the resolver wants a lead such as "for" or "within"
    "units": _compile(rf"{_B}(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])"),
    "ref": _compile(
        rf"{_B}(?:(?P<present>now|nowadays|currently|at\s+present|these\s+days|right\s+now)"
        rf"|(?P<past>recently|formerly|lately|the\s+past|recent\s+years|recent\s+times)"
        rf"|(?P<future>the\s+(?:near\s+)?future|a\s+later\s+date|the\s+(?:near|short|long)\s+term)"
        rf"|(?P<vague>(?:recent|(?:the\s+)?coming)\s+(?:days|weeks|months|years|quarters)"
        rf"|the\s+(?:days|weeks|months|years)\s+ahead)"
        rf"|(?P<adj>current))(?![\w-])"
    ),
    "set": _compile(
        rf"{_B}(?:(?P<adverb>daily|weekly|monthly|yearly|hourly|nightly|biweekly)"
        rf"|(?P<each>every|each|per)\s+(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<what>{UNIT}|{WEEKDAY}|{MONTH}))(?![\w-])"
    ),
    # "the year", "the full year", "the fiscal year": the year of writing, or ("the year ended
    # Sept. 30") a year-long reporting period; "the year before" is relative to another time.
    "the_year": _compile(
        rf"{_B}{PART_OF}?(?P<the_year>the\s+(?:(?:full|fiscal|current|calendar)\s+)?year)(?![\w-])"
        rf"(?!['\u2019]|\s+(?:before|after|earlier|later|ago|of\s+the|\d|two|nineteen|eighteen))"
    ),
    # Anaphoric: "the following year", "that day", "the next morning", "later that year" are
    # read from the last date the text named, not from the publication date.
    "anaphoric": _compile(
        rf"{_B}{PART_OF}?(?P<ref>(?:the\s+)?(?:following|previous|preceding|same)|that(?:\s+same)?|the\s+next"
        rf"(?=\s+(?:day|morning|afternoon|evening|night)))\s+(?P<ref_unit>day|morning|afternoon|evening|night|week|month"
        rf"|quarter|year)(?![\w-])"
    ),
    # "the summer", "the early summer": the season of that name nearest the time of writing, the
    # way the clause points ("the fall" is too often a fall, "the winter of 1994" is the year rule's)
    "the_season": _compile(
        rf"{_B}the\s+(?:(?P<smod>early|late)\s+)?(?P<sword>summer|winter|spring|autumn)(?![\w-])(?!\s+of\b)"
    ),
    "holiday": re.compile(
        rf"{_B}(?:(?i:(?P<rel>last|next|this))\s+)?(?P<name>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['\u2019]s(?:\s+Day|\s+Eve)"
        rf"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Election\s+Day|Halloween)(?:,?\s+(?P<y>{YEAR}))?{_E}"
    ),
}
# When two matches overlap, the longer wins; at equal length the earlier rule here.
PRIORITY = {name: rank for rank, name in enumerate(RULES)}

# Each rule's trigger (matched against the lower-cased text) and its reach: every match of
# the rule holds its trigger within that many characters of its start (see extract.scan).
# Words are only looked for at a word start (a hyphen counts as a break: "third-quarter").
_UNIT_WORD = r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"


# A trigger is words at a word start (_WORD_AT, a letter not after a letter), or something
# that starts with a digit, or (clock, year) the digits' alternatives then the words.
_WORD_AT = "(?<![a-z])"
_TRIGGER_DIGITS: dict[str, str] = {
    "iso": r"\d[-/]\d",
    "clock": r"\d\s*(?:a\.?m|p\.?m|o'clock)|\d[:.]\d\d",
    # digits may follow letters ("FY2005")
    "year": r"1[5-9]\d\d|20\d\d|\d0s",
}
# The words of each trigger (after _WORD_AT), and the reach.
_TRIGGER_WORDS: dict[str, tuple[str | None, int]] = {
    "iso": (None, 12),
    "clock": ("(?:noon|midnight|midday)", 40),
    "date": ("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", 90),
    "weekday": ("(?:mon|tue|wed|thu|fri|sat|sun)", 40),
    "relday": ("(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night)", 40),
    "relunit": (rf"(?:{_UNIT_WORD}|spring|summer|fall|autumn|winter)", 80),
    "quarter": ("(?:quarter|half|period|q[1-4])", 80),
    "year": (f"(?:centur|eighteen|nineteen|thousand|{DECADE_WORDS})", 80),
    "ago": (r"(?:ago|from\s+now|hence|back|earlier|later|prior-year)", 100),
    "duration": (f"(?:{_UNIT_WORD})", 100),
    "units": ("(?:minutes|hours|days|weeks|months|years|decades|centuries)", 0),
    "ref": ("(?:now|current|present|these|recent|formerly|lately|past|future|later|coming|ahead|term)", 20),
    "set": ("(?:daily|weekly|monthly|yearly|hourly|nightly|biweekly|every|each|per)", 0),
    "the_year": (r"the\s+(?:full\s+|fiscal\s+|current\s+|calendar\s+)?year", 40),
    "the_season": (r"the\s+(?:early\s+|late\s+)?(?:summer|winter|spring|autumn)", 0),
    "anaphoric": (r"(?:(?:following|previous|preceding|same|that|next)\s+(?:day|morning|afternoon|evening|night"
                  r"|week|month|quarter|year))", 50),
    "holiday": (r"(?:christmas|new\s+year|thanksgiving|easter|independence|election|halloween)", 10),
}
_TRIGGERS: dict[str, re.Pattern[str]] = {
    rule: re.compile("|".join(part for part in (_TRIGGER_DIGITS.get(rule), words and _WORD_AT + words) if part))
    for rule, (words, _) in _TRIGGER_WORDS.items()
}
# Where a match can start: every rule opens with a word start (_B).
_WORD_START = re.compile(_B + r"\S")
GRAMMARS: dict[str, Grammar] = {
    rule: Grammar(RULES[rule], _TRIGGERS[rule], reach, _WORD_START) for rule, (_, reach) in _TRIGGER_WORDS.items()
}

# All the rules' trigger hits found in one scan of the text instead of a finditer per rule.
# A hit starts at a digit or at a word start that some rule's words follow: _WORDS_AFTER
# finds the non-letter before such a word start (a pattern led by a character class, which
# the regex engine skips to fast; the text is scanned with a space before it, so that its
# offsets are the word starts'). Only there is each rule's own trigger tried, and its hits
# are kept as finditer keeps them (each from the end of the last): the same hits.
_WORDS_AFTER = re.compile("[^a-z](?=" + "|".join(words for words, _ in _TRIGGER_WORDS.values() if words) + ")")
_DIGIT = re.compile(r"\d")
_WORD_RULES = tuple((rule, _TRIGGERS[rule]) for rule, (words, _) in _TRIGGER_WORDS.items() if words)
_DIGIT_RULES = tuple((rule, _TRIGGERS[rule]) for rule in _TRIGGER_DIGITS)


def trigger_hits(lowered: str) -> dict[str, list[int]]:
    """For each rule, the starts of ``GRAMMARS[rule].trigger.finditer(lowered)``."""
    candidates: dict[int, tuple[tuple[str, re.Pattern[str]], ...]] = {
        found.start(): _WORD_RULES for found in _WORDS_AFTER.finditer(" " + lowered)}
    for found in _DIGIT.finditer(lowered):
        start = found.start()
        candidates[start] = candidates[start] + _DIGIT_RULES if start in candidates else _DIGIT_RULES
    hits: dict[str, list[int]] = {rule: [] for rule in _TRIGGER_WORDS}
    resume = dict.fromkeys(_TRIGGER_WORDS, 0)
    for start in sorted(candidates):
        for rule, trigger in candidates[start]:
            if start >= resume[rule]:
                hit = trigger.match(lowered, start)
                if hit is not None:
                    hits[rule].append(start)
                    resume[rule] = hit.end()
    return hits
