"""Propositions found without being asked: what several actors of a story took sides on.

Each statement whose topic (its words less stance cues and its speaker's name) has at
least MIN_TOPIC features proposes a proposition: those topic words in text order ("deployment
European forces Ukraine peacekeepers"). Its positions are computed as for an asked
proposition (`positions.py`); a candidate counts when at least MIN_ACTORS actors take a
side on it, actors on both sides first. Candidates are taken best first, and one whose
evidence is mostly another chosen one's is the same proposition, left out.
"""

from __future__ import annotations

from storyline.corpus.compare.positions import StatementIndex, positions
from storyline.corpus.compare.records import Position
from storyline.corpus.compare.similarity import Weights, features
from storyline.corpus.compare.stance import cue_spans
from storyline.corpus.compare.statements import Statement
from storyline.corpus.compare.terms import is_stop, tokens

MIN_TOPIC = 4
MIN_ACTORS = 2
LABEL_WORDS = 8
# Two propositions whose evidence statements overlap by this share (of the smaller) are one.
SAME_EVIDENCE = 0.5
# Candidates tried at most (the statements with the richest topics): keeps a large story's
# comparison linear in its size.
MAX_CANDIDATES = 60


def _label(statement: Statement) -> str:
    text = statement.text
    for start, end, _ in cue_spans(text, either=True):
        text = text[:start] + " " * (end - start) + text[end:]
    speaker = {w.lower() for w in tokens(statement.actor.name)}
    words = [w for w in tokens(text) if not is_stop(w) and w.lower() not in speaker and not w.isdigit()]
    return " ".join(dict.fromkeys(words[:LABEL_WORDS]))


def propositions(statements: list[Statement], weights: Weights | None = None, limit: int = 5) -> list[Position]:
    candidates = []
    for statement in statements:
        label = _label(statement)
        if len(features(label).words) >= MIN_TOPIC:
            candidates.append((len(features(label).words), label))
    candidates.sort(key=lambda c: -c[0])
    index = StatementIndex(statements)
    scored = []
    for _, label in dict.fromkeys(candidates[:MAX_CANDIDATES]):
        found = positions(label, statements, weights, index=index)
        sides = {p.stance for p in found if p.stance in ("support", "oppose", "conditional")}
        actors = [p for p in found if p.stance != "neutral"]
        if len(actors) < MIN_ACTORS:
            continue
        evidence = {e.statement.place for p in found for e in p.evidence}
        scored.append(((("support" in sides) + ("oppose" in sides), len(actors), len(evidence)), label, found, evidence))
    scored.sort(key=lambda item: item[0], reverse=True)
    chosen: list[tuple[Position, set]] = []
    for _, label, found, evidence in scored:
        if any(len(evidence & other) >= SAME_EVIDENCE * min(len(evidence), len(other)) for _, other in chosen):
            continue
        chosen.append((Position(label, found), evidence))
        if len(chosen) == limit:
            break
    return [position for position, _ in chosen]
