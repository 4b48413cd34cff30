"""Which way a clause points in time, read from spaCy's parse: the verb that governs a
time expression and its auxiliaries ("will host" -> future, "said" -> past)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

PAST, PRESENT, FUTURE = -1, 0, 1
_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "wo", "would"})
# Verbs whose to-infinitive lies ahead of them ("plans to meet on Tuesday").
_PLANNING = frozenset({"plan", "expect", "schedule", "intend", "want", "hope", "agree", "decide", "aim",
                       "prepare", "promise", "threaten", "vow", "seek", "pledge", "set", "due", "go"})
# Verbs that put what they govern at a time still to come, in any tense.
_SCHEDULING = frozenset({"plan", "schedule", "reschedule", "slate"})
_PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "\u2019ve", "'s", "\u2019s"})
_PROGRESSIVE_AUX = frozenset({"is", "are", "am", "'s", "'re", "\u2019s", "\u2019re"})
# How far up the tree a time expression may sit below its verb ("after Thursday's meeting"
# is three steps below "spoke").
_MAX_STEPS = 6


class TokenIndex:
    """The token of a Doc at a character offset, by binary search over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None  # built on first use: most texts need few lookups

    def at(self, char: int) -> Token | None:
        if self._starts is None:
            self._starts = self.doc.to_array(IDX).tolist() if len(self.doc) else []
        if not self._starts:
            return None
        position = bisect_right(self._starts, char) - 1
        return self.doc[max(position, 0)]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary heading a clause) above ``token`` in the parse."""
    for _ in range(_MAX_STEPS):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_direction(verb: Token) -> int | None:
    """PAST, PRESENT or FUTURE for a verb's clause; None when the parse does not say.
    A to-infinitive looks ahead of a planning verb ("plans to meet on Tuesday") and
    otherwise shares the time of the verb above it."""
    for _ in range(_MAX_STEPS):
        auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        if not any(child.tag_ == "TO" for child in auxiliaries):
            return _finite_direction(verb, auxiliaries)
        head = verb.head
        if head is verb:
            return None
        if head.lemma_ in _PLANNING or head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return FUTURE  # "plans to meet", "is to resume trading Tuesday"
        above = governing_verb(head)
        if above is None or above is verb:
            return None
        verb = above
    return None


def _finite_direction(verb: Token, auxiliaries: list[Token]) -> int | None:
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUX or verb.lemma_ in _SCHEDULING and any(c.dep_ == "dobj" for c in verb.children):
        return FUTURE  # "will meet Tuesday"; "has scheduled a news conference Thursday" (not "a
        # talk planned for Saturday was canceled")
    if "going" in words or (verb.lower_ == "going" and any(c.tag_ == "TO" for c in verb.children)):
        return FUTURE
    if verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return PAST
    if verb.tag_ == "VBN" and (words & _PERFECT_AUX or not auxiliaries):
        return PAST
    if verb.tag_ == "VBG" and words & _PROGRESSIVE_AUX:
        return FUTURE  # "is meeting on Tuesday": an arrangement
    if verb.tag_ in ("VBZ", "VBP"):
        return PRESENT
    return None


def direction_at(index: TokenIndex, char: int) -> int | None:
    token = index.at(char)
    if token is None:
        return None
    verb = governing_verb(token)
    return verb_direction(verb) if verb is not None else None
