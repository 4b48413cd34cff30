"""Words and sentences for the stance features: a plain tokenizer, a light stemmer, and the
word lists (refuting, hedging, confirming, negation) whose counts near a claim's words say
how a text stands towards it. Pure functions, no model, so training and inference agree."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
# "didn't" reads as "did not"; curly apostrophes as straight ones.
_NOT = re.compile(r"n['\u2019]t\b")
# A sentence ends at . ! ? (then space and a capital, quote or digit) or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n+")

STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves s t
""".split())

_SUFFIXES = (("sses", "ss"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""),
             ("ness", ""), ("ly", ""), ("es", ""), ("s", ""))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper (denies/denied/deny -> deny, reports/reported -> report); all
    that matters is that it maps a word's forms to one key, the same one everywhere."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "xes", "zes", "sses")):
                return word[:-1]
            return word[: len(word) - len(suffix)] + replacement
    return word


def words(text: str) -> list[str]:
    """The lowercased words of ``text`` ("n't" becomes "not")."""
    return _WORD.findall(_NOT.sub(" not", text.lower()))


def stems(text: str) -> list[str]:
    """The stems of every word of ``text``, stopwords included (negations matter here)."""
    return [stem(word) for word in words(text)]


def content(tokens: list[str]) -> list[str]:
    """``tokens`` without stopwords."""
    return [token for token in tokens if token not in STOPWORDS]


def sentences(text: str) -> list[str]:
    """The sentences of a body, blank ones left out."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def _stemmed(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in text.split())


# Word lists written from what the words mean (not fitted to FNC-1); the trees learn how
# much each count matters.
REFUTING = _stemmed("""
fake fraud hoax false deny denies denied denial despite nope doubt doubts bogus debunk
debunked prank pranks retract retracted retraction untrue rumor rumour satire satirical
fabricated fiction misleading incorrect wrong dismiss dismissed refute refuted reject
rejected baseless unfounded myth contrary conspiracy photoshopped fabrication lie lies
""")
NEGATION = _stemmed("not no never nothing none nobody neither nor without cannot")
HEDGING = _stemmed("""
reportedly allegedly alleged claim claims claimed according report reports reported
purportedly apparently unconfirmed unverified rumored possibly may might could appear
appears appeared seem seems seemed suggest suggests suggested believe believed suspect
speculation speculate if whether unclear unknown supposedly
""")
CONFIRMING = _stemmed("""
confirm confirmed confirms official officially announced announce revealed reveal show
shows showed proof proven prove evidence verified true indeed actually
""")
LEXICONS = {"refute": REFUTING, "negate": NEGATION, "hedge": HEDGING, "confirm": CONFIRMING}
