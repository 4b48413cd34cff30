"""An actor's stance in one statement towards a proposition: rules over cue words, negation
and conditions (the stance classifier, `signals.py`, is a second opinion on what they leave
neutral).

- cue words and phrases say support ("back", "welcome", "commit", "ready to", "pledge") or
  oppose ("reject", "rule out", "opposition", "no room for"); a negation in the few words
  before a cue turns it over ("does not oppose", "never say I will never send"); of several
  cues, those whose object names the proposition decide ("rejected the reform and called
  for new strikes");
- without a cue, a statement that the proposition's action could, would or should happen
  ("troops could be sent") supports it, and one that it should not opposes it;
- a condition ("only with the consent of", "if", "provided", "unless") makes a supporting
  or neutral statement `conditional`, unless the condition is the proposition's own ("if a
  peace accord was signed" for troops "after a ceasefire"); a requirement said not to
  apply ("does not need permission") removes an obstacle and supports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from storyline.corpus.compare.similarity import Features, features
from storyline.corpus.compare.terms import tokens

Stance = Literal["support", "oppose", "conditional", "neutral"]

_SUPPORT = (
    # "back" the verb ("backed the plan", "back a deal"), not "on the back of", "held back",
    # "back catalogue"; "support" not in "best supporting actress"
    r"(?<!the )back(?:s|ed|ing)(?! of\b| down\b)",
    r"(?<!the )(?<!held )(?<!put )(?<!clawing )back (?=the|a|an|his|her|their|its|our|any|this|that|plans?|calls?|proposals?|efforts?|moves?)\b",
    r"support(?:s|ed|ing)?(?! (?:actor|actress|role|cast|character|act|documents|evidence)\b)", r"welcom(?:e|es|ed|ing)", r"endors(?:e|es|ed|ing)",
    r"favou?r(?:s|ed|ing)?", r"in favou?r of", r"commit(?:s|ted|ting)? to", r"committed",
    r"pledg(?:e|es|ed|ing)", r"agree(?:s|d)? to", r"accept(?:s|ed|ing)?", r"approv(?:e|es|ed|ing)",
    r"ready to", r"willing(?:ness)? to", r"prepared to", r"call(?:s|ed)? for", r"urg(?:e|es|ed|ing)",
    r"propos(?:e|es|ed|ing)", r"vow(?:s|ed)?", r"promis(?:e|es|ed|ing)", r"open to",
    r"guarantee(?:s|d)?", r"no doubt", r"push(?:es|ed|ing)? (?:for|through|ahead with)",
)
_OPPOSE = (
    r"oppos(?:e|es|ed|ing)", r"opposition", r"reject(?:s|ed|ing)?", r"rul(?:e|es|ed|ing) out",
    r"refus(?:e|es|ed|ing)", r"object(?:s|ed)? to", r"condemn(?:s|ed|ing)?", r"denounc(?:e|es|ed|ing)",
    r"warn(?:s|ed)? against", r"veto(?:es|ed)?", r"block(?:s|ed)?", r"no room for",
    r"unacceptable", r"hostile", r"occupation", r"provocation", r"too early",
    r"(?:is|are|was|were|be|been|stand|stands|stood|came out|come out|voted?|campaign(?:s|ed)?) against",
    r"resist(?:s|ed)?", r"dismiss(?:es|ed)?",
)
# One alternation per polarity, longer patterns first ("committed to" before "committed").
_CUES = [(re.compile(r"\b(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")\b", re.I), polarity)
         for patterns, polarity in ((_SUPPORT, 1), (_OPPOSE, -1))]
# "could/would/will/should/must/can be sent", "will never send": the action itself, the modal
# before it with only these words between.
_MODAL = re.compile(r"\b(?:could|would|will|should|must|can|may|might|'ll|’ll)\b", re.I)
_BETWEEN = frozenset({"be", "been", "have", "not", "never", "also", "then", "soon", "still", "only",
                      "probably", "perhaps", "eventually", "n't", "now"})
_NEGATION = re.compile(r"\b(?:not|no|never|nor|without|cannot|none|n[o']t)\b|n['’]t\b", re.I)
_CONDITION = re.compile(
    r"\b(?:only (?:be )?(?:possible )?(?:with|if|when|after|once)|if|provided(?: that)?|on condition|"
    r"as long as|unless|subject to|with the consent of)\b(?P<rest>[^.;:!?]*)", re.I)
_OBSTACLE = re.compile(r"\b(?:permission|approval|consent|authori[sz]ation|green light|veto)\b", re.I)
# How many words before a cue a negation may stand and still govern it ("does not oppose",
# "should never say I will never send": each negation within the window counts).
_NEGATION_WINDOW = 6
_OWN_CONDITION = re.compile(r"\b(?:after|once|if|when|following|provided|in case of|in the event of)\b(.*)", re.I)
# How far after a cue its object may name the proposition ("opposition to the prospect of
# foreign troop deployments": 7 words).
OBJECT_WORDS = 8
# Two opposite cues joined by "or" ("to accept or reject them") take no side.
_EITHER = re.compile(r"^\s+(?:or|nor)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class StanceReading:
    stance: Stance
    cue: str | None       # the words that decided it
    score: float          # the rules' polarity sum (sign: support > 0 > oppose)


@lru_cache(maxsize=65536)
def cue_spans(text: str, either: bool = False) -> tuple[tuple[int, int, int], ...]:
    """(start, end, polarity) of every explicit stance cue in ``text``, in order; opposite
    cues joined by "or" only with ``either``."""
    found = []
    for pattern, polarity in _CUES:
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), polarity))
    found.sort()
    for first, second in zip(found, found[1:]):
        if not either and first[2] != second[2] and _EITHER.match(text[first[1]:second[0]]):
            found = [cue for cue in found if cue is not first and cue is not second]
    # overlapping cues ("committed to" and "committed"): the longer one
    kept: list[tuple[int, int, int]] = []
    for cue in found:
        if kept and cue[0] < kept[-1][1]:
            if cue[1] - cue[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = cue
            continue
        kept.append(cue)
    return tuple(kept)


def _cues_on(text: str, proposition: Features | None) -> tuple[tuple[int, int, int], ...]:
    """The cues whose object is the proposition: those with one of its features among the
    OBJECT_WORDS words after them ("rejected the pension reform and called for new strikes":
    only "rejected"); all cues when none has (the object is a pronoun, or elided)."""
    cues = cue_spans(text)
    if proposition is None or len(cues) < 2:
        return cues
    wanted = proposition.words.keys()
    on = tuple(cue for cue in cues
               if features(" ".join(tokens(text[cue[1]:])[:OBJECT_WORDS])).words.keys() & wanted)
    return on or cues


def _negations_before(text: str, position: int) -> int:
    window = text[:position].split()[-_NEGATION_WINDOW:]
    clause = " ".join(window)
    # a negation in an earlier clause ("not a surrender, but ...") does not reach the cue
    clause = re.split(r"[,;:]\s*(?:but|and|while|although)\b|\bbut\b", clause)[-1]
    return len(_NEGATION.findall(clause))


def proposition_condition(proposition: str) -> Features:
    """The condition a proposition itself states ("... after a ceasefire": the ceasefire)."""
    match = _OWN_CONDITION.search(proposition)
    return features(match.group(1)) if match else features("")


def read_stance(text: str, proposition: Features | None = None,
                own_condition: Features | None = None) -> StanceReading:
    """The rules' stance of one statement (``proposition``: the features of what it is
    about; ``own_condition``: the condition the proposition states, which a statement that
    repeats it does not add)."""
    score = 0.0
    decided: str | None = None
    for start, end, polarity in _cues_on(text, proposition):
        sign = polarity * (-1) ** _negations_before(text, start)
        score += sign
        decided = decided or text[start:end]
    if score == 0 and proposition is not None:
        score, decided = _action_reading(text, proposition)
    obstacle = _OBSTACLE.search(text)
    if obstacle and _negations_before(text, obstacle.start()) and not _CONDITION.search(text):
        return StanceReading("support", obstacle.group(0), score + 1)
    condition = _CONDITION.search(text)
    if condition and score >= 0:
        rest = features(condition.group("rest"))
        own = own_condition is not None and bool(rest.words.keys() & own_condition.words.keys())
        if not own:
            return StanceReading("conditional", condition.group(0).strip()[:60], score)
    if score > 0:
        return StanceReading("support", decided, score)
    if score < 0:
        return StanceReading("oppose", decided, score)
    return StanceReading("neutral", None, 0.0)


def _action_reading(text: str, proposition: Features) -> tuple[float, str | None]:
    """A statement that the proposition's action could or should happen: support; that it
    should not: oppose. The action is a word of the text carrying one of the proposition's
    features that is not a name (the verb or noun of "deployed", "troops")."""
    own = features(text)
    actions = [word for feature, word in own.words.items()
               if feature in proposition.words and feature.startswith("@")]
    for word in actions:
        at = text.find(word)
        before = [token.strip("“”\"'").lower() for token in text[:at].split()[-4:]]
        for index in range(len(before) - 1, -1, -1):
            if _MODAL.fullmatch(before[index]):
                negated = _negations_before(text, at) % 2
                return (-1.0 if negated else 1.0), word
            if before[index] not in _BETWEEN:
                break
    return 0.0, None
