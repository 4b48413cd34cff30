"""Claims in conflict: different sources asserting incompatible things about one subject.

A statement's subject is the actor it names among its first words ("Russia was ready to
accept ...", "Moscow has voiced opposition ..."), else the noun it opens with ("the unions were
ready to ..."), else its speaker (what an actor says of itself). What it claims of that subject is the stance its
words take (`stance.py`: "ready to accept" supports, "unwavering in its opposition"
opposes). Two statements conflict when their sources differ, their subject is the same
actor, they claim opposite stances, and they are about the same thing: at least
MIN_SHARED shared features beyond the subject, covering TOPIC of the shorter one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from storyline.corpus.compare.actors import Actor, Actors
from storyline.corpus.compare.records import Conflict, Side
from storyline.corpus.compare.similarity import Features, Weights, coverage, features
from storyline.corpus.compare.stance import cue_spans, read_stance
from storyline.corpus.compare.statements import Statement
from storyline.corpus.compare.terms import term_key, tokens

# The subject is named within the first words of the statement.
_SUBJECT_WORDS = 3
# Tuned on the seed story and tests/test_compare_conflicts.py: the Trump / Lavrov pair shares
# 0.8 of its topic, the next opposite claims about one actor there share under 0.3.
TOPIC = 0.5
MIN_SHARED = 2
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC"})
# "the unions were", "its allies are": a plural or collective noun subject and its verb.
_NOUN_SUBJECT = re.compile(r"^(?:the |its |their |his |her |our |these |those )?(\w+) (?:was|were|is|are|had|has|have|would|will)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "which", "who", "what"})


def _subjects(records: list[dict[str, Any]], statements: Iterable[Statement], actors: Actors) -> dict[tuple[str, int, int], Actor]:
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for record in records:
        mentions[record["id"]] = sorted(
            (m["start"], m["end"], e["id"]) for e in record.get("entities") or []
            if e.get("type") in _ACTOR_TYPES for m in e.get("mentions") or [])
    out: dict[tuple[str, int, int], Actor] = {}
    for s in statements:
        found = None
        for start, _end, local_id in mentions.get(s.article, []):
            if s.start <= start < s.end and len(tokens(s.text[: start - s.start])) <= _SUBJECT_WORDS:
                found = actors.of_entity(s.article, local_id)
                if found:
                    break
            if start >= s.end:
                break
        out[s.place] = found or _named_subject(s.text) or s.actor
    return out


def _named_subject(text: str) -> Actor | None:
    """A subject that is no named entity ("the unions were ready to ..."): its noun."""
    match = _NOUN_SUBJECT.match(text)
    if not match or match.group(1).lower() in _PRONOUNS:
        return None
    return Actor(f"thing:{term_key(match.group(1))}", match.group(0).rsplit(" ", 1)[0].strip())


def _topic(statement: Statement, subject: Actor) -> Features:
    """What the statement is about: its features without the subject and the stance cues."""
    text = statement.text
    for start, end, _ in cue_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    have = features(text)
    names = {w.lower() for w in tokens(subject.name)}
    return Features({f: w for f, w in have.words.items() if w.lower() not in names})


def conflicts(records: list[dict[str, Any]], statements: list[Statement], actors: Actors,
              weights: Weights | None = None) -> list[Conflict]:
    subjects = _subjects(records, statements, actors)
    claims = []
    for s in statements:
        subject = subjects[s.place]
        topic = _topic(s, subject)
        reading = read_stance(s.text, features(s.text))
        if reading.stance in ("support", "oppose") and len(topic.words) >= MIN_SHARED:
            claims.append((s, subject, topic, reading.stance))
    by_subject: dict[str, list[tuple[Statement, Actor, Features, str]]] = {}
    for claim in claims:
        by_subject.setdefault(claim[1].key, []).append(claim)
    best: dict[tuple[str, frozenset[str]], tuple[float, Conflict]] = {}
    pairs = ((a, b) for group in by_subject.values() for i, a in enumerate(group) for b in group[i + 1:])
    for (a, subject, topic_a, claim_a), (b, _, topic_b, claim_b) in pairs:
        if a.actor.key == b.actor.key or claim_a == claim_b:
            continue
        shared = topic_a.words.keys() & topic_b.words.keys()
        if len(shared) < MIN_SHARED:
            continue
        shorter, longer = sorted((topic_a, topic_b), key=lambda t: len(t.words))
        score = coverage(shorter, longer, weights)
        if score < TOPIC:
            continue
        about_words = [w for f, w in topic_a.words.items() if f in shared]
        conflict = Conflict(f"{subject.name}: {' '.join(about_words)}", subject.name,
                            [Side(a, claim_a), Side(b, claim_b)])
        key = (subject.key, frozenset((a.actor.key, b.actor.key)))
        if key not in best or score > best[key][0]:
            best[key] = (score, conflict)
    return [c for _, c in sorted(best.values(), key=lambda item: -item[0])]
