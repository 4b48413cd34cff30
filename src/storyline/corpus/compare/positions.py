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
from collections import Counter, defaultdict
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


class StatementIndex:
    """The statements of a collection by feature, so that a proposition is scored against the
    statements sharing MIN_FEATURES of its features only (the others cannot be about it), and
    each statement's previous statement of its speaker in its article (for pronouns)."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        self.by_feature: dict[str, list[int]] = defaultdict(list)
        self.previous: dict[int, int] = {}
        self._followers: dict[int, list[int]] = defaultdict(list)
        last: dict[tuple[str, str], int] = {}
        for i, statement in enumerate(statements):
            for feature in features(statement.text).words:
                self.by_feature[feature].append(i)
            if statement.kind == "reported":
                continue
            key = (statement.article, statement.actor.key)
            if key in last:
                self.previous[i] = last[key]
                if _ANAPHOR.match(statement.text):
                    self._followers[last[key]].append(i)
            last[key] = i

    def candidates(self, wanted: Features) -> list[int]:
        """Indexes of the statements that may be about ``wanted``, in collection order."""
        counts: Counter[int] = Counter()
        for feature in wanted.words:
            counts.update(self.by_feature.get(feature, ()))
        chosen = {i for i, n in counts.items() if n >= MIN_FEATURES}
        todo = list(chosen)
        while todo:  # a pronoun after a chosen statement of its speaker may inherit its subject
            for j in self._followers.get(todo.pop(), ()):
                if j not in chosen:
                    chosen.add(j)
                    todo.append(j)
        return sorted(chosen)


def positions(proposition: str, statements: list[Statement], weights: Weights | None = None,
              classifier: Classifier | None = None, index: StatementIndex | None = None) -> list[ActorPosition]:
    """Every actor with a statement about ``proposition``; those who took a side first."""
    wanted = features(proposition)
    condition = proposition_condition(proposition)
    index = index if index is not None and index.statements is statements else StatementIndex(statements)
    scores: dict[int, float] = {}
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    names: dict[str, str] = {}
    for i in index.candidates(wanted):
        statement = statements[i]
        score = relevance(wanted, statement.text, weights)
        if i in index.previous and _ANAPHOR.match(statement.text):
            score = max(score, scores.get(index.previous[i], 0.0))
        scores[i] = score
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
