"""Numbers that measure the same thing, and the ones in dispute.

Two figures (quantity records, `extract/quantities/extractor.py`) of a story measure one thing when:
- they have the same unit and kind (counts with counts, euros with euros);
- they count the same thing: the same counted noun, nouns of one concept of the lexicon
  (soldiers / troops / personnel / forces), or a generic noun for people ("people",
  "individuals") with any noun for people, in a sentence of the same frame;
- their sentences have the same frame: the lexicon concepts of what happens to what is
  counted (deployment, casualties, displacement, arrests, aid ...) overlap, or neither
  sentence has one; "two people were killed" never measures a force being deployed;
- their sentences name one same entity (a place, a body, a person: "Ukraine"), by corpus
  identity;
- they belong to no two different entities, and lie in different sentences (one sentence
  that gives "93 votes for and 18 against" counts two things).
A measure with two figures of one period (DISPUTE_DAYS) whose bounds (`low`..`high`, the
value alone when exact) do not overlap is a dispute. Figures of different dates show the measure's evolution.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from collections.abc import Iterable
from typing import Any

from storyline.corpus.compare.actors import Actors
from storyline.corpus.compare.records import Figure, Measure
from storyline.corpus.compare.similarity import features, lexicon
from storyline.corpus.compare.statements import Statement
from storyline.corpus.compare.terms import sentences, term_key, tokens

_FRAMES = frozenset({"@deployment", "@casualties", "@displacement", "@arrests", "@aid", "@sanctions",
                     "@tariffs", "@election", "@jobs", "@prices", "@protest"})
_GENERIC_PEOPLE = frozenset({"person", "individual", "man", "woman", "member", "civilian", "resident"})
_PEOPLE_CONCEPTS = frozenset({"@armed personnel", "@casualties", "@displacement", "@arrests", "@jobs", "@protest"})
_SKIPPED_KINDS = frozenset({"ordinal"})
# A plain figure is read as rounded, by at most this share of it either way.
ROUNDED_SHARE = 0.05
# Figures more than a month apart measure the thing at different times (an evolution).
DISPUTE_DAYS = 31
# A counted noun right after the number belongs in the figure's text ("about 100,000 people").
_COUNTED_GAP = 1
_COUNTED_SPAN = 80


class _Candidate:
    __slots__ = ("figure", "article", "sentence", "concepts", "frames", "entity", "generic", "context")

    def __init__(self, figure: Figure, sentence: tuple[int, int], sentence_text: str,
                 entity: str | None, named: set[str]) -> None:
        self.figure = figure
        self.sentence = sentence
        head = term_key(tokens(figure.counted)[-1]) if figure.counted and tokens(figure.counted) else ""
        self.generic = head in _GENERIC_PEOPLE
        concepts = {"@" + c for c in lexicon().words.get(head, ())}
        keys = tuple(term_key(w) for w in tokens(figure.counted or ""))
        # a phrase of the lexicon that ends with the head ("police officers")
        concepts |= {"@" + concept for phrase, concept in lexicon().phrases
                     if keys[-len(phrase):] == phrase}
        self.concepts = concepts or ({head} if head else set())
        self.frames = set(features(sentence_text).words) & _FRAMES
        # the entities (corpus identities) its sentence names: two figures must share one
        self.context = named
        self.entity = entity


def figures(records: list[dict[str, Any]], statements: list[Statement], actors: Actors) -> list[_Candidate]:
    by_article: dict[str, list[Statement]] = {}
    for statement in statements:
        if statement.kind != "reported":
            by_article.setdefault(statement.article, []).append(statement)
    out: list[_Candidate] = []
    for record in records:
        text = record["text"]
        spans = list(sentences(text))
        mentions = sorted((m["start"], e["id"]) for e in record.get("entities") or [] for m in e.get("mentions") or [])
        for q in record.get("quantities") or []:
            if q.get("kind") in _SKIPPED_KINDS or "conversion_of" in q or q.get("value") is None:
                continue
            start, end = q["start"], q["end"]
            counted = q.get("counted_span")
            if counted and 0 <= counted["start"] - end <= _COUNTED_GAP and counted["end"] - start <= _COUNTED_SPAN:
                # up to the counted noun itself ("police officers", not "... to Haiti")
                head = counted["text"].find(q.get("counted") or "\0")
                end = counted["start"] + head + len(q["counted"]) if head >= 0 else counted["end"]
            inside = [s for s in by_article.get(record["id"], []) if s.start <= q["start"] and q["end"] <= s.end]
            source, source_kind = (inside[0].actor.name, "speaker") if inside else (record.get("site") or record["doc"], "outlet")
            sentence = next(((a, b) for a, b in spans if a <= q["start"] < b), (q["start"], q["end"]))
            figure = Figure(
                record["id"], record["doc"], record.get("site") or record["doc"],
                (inside[0].date if inside else None) or record.get("published"), start, end, text[start:end],
                float(q["value"]), *_bounds(q),
                q.get("unit"), q.get("counted"), source, source_kind)
            entity = None
            if q.get("entity_id"):
                actor = actors.of_entity(record["id"], q["entity_id"])
                entity = actor.key if actor else None
            named = {actor.key for at, local_id in mentions if sentence[0] <= at < sentence[1]
                     for actor in (actors.of_entity(record["id"], local_id),) if actor}
            out.append(_Candidate(figure, sentence, text[sentence[0]:sentence[1]], entity, named))
    return out


def _same_measure(a: _Candidate, b: _Candidate) -> bool:
    fa, fb = a.figure, b.figure
    if fa.unit != fb.unit or (fa.article == fb.article and a.sentence == b.sentence):
        return False
    if a.entity and b.entity and a.entity != b.entity:
        return False
    if not a.context & b.context:
        return False
    if a.frames or b.frames:
        if not a.frames & b.frames:
            return False
    if a.concepts & b.concepts:
        return True
    # "people" with "soldiers": only inside one shared frame
    people = (a.generic and (b.generic or b.concepts & _PEOPLE_CONCEPTS)) or \
             (b.generic and (a.concepts & _PEOPLE_CONCEPTS))
    return bool(people and a.frames & b.frames)


def measures(candidates: Iterable[_Candidate]) -> list[Measure]:
    """Measures of two figures or more, disputed ones first."""
    groups: list[list[_Candidate]] = []
    # Measures by unit and by concept: a figure is tried only against the measures it could
    # join, in the order they were made (keeps a large story's comparison near linear).
    pools: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for item in candidates:
        keys = [(item.figure.unit, concept) for concept in item.concepts]
        if item.generic or item.concepts & _PEOPLE_CONCEPTS:
            keys.append((item.figure.unit, "#people"))
        tried = sorted({g for key in keys for g in pools.get(key, ())})
        # complete-link: a figure joins a measure only when it measures what all its figures do
        home = next((g for g in tried if all(_same_measure(item, other) for other in groups[g])), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(item)
        for key in keys:
            if home not in pools[key]:
                pools[key].append(home)
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        group.sort(key=lambda c: (c.figure.date or "", c.figure.doc, c.figure.start))
        figs = [c.figure for c in group]
        disputed = any(_apart(a, b) and _same_period(a, b) for i, a in enumerate(figs) for b in figs[i + 1:])
        out.append(Measure(_label(group), figs, disputed, _evolution(figs)))
    out.sort(key=lambda m: (not m.disputed, -len(m.figures)))
    return out


def _bounds(q: dict[str, Any]) -> tuple[float | None, float | None]:
    """(low, high) of a quantity: its own bounds; a plain figure is as exact as its last
    non-zero digit says ("$27bn" is 26.5 to 27.5bn, "$27.5bn" 27.45 to 27.55bn), at most
    ROUNDED_SHARE either way ("100,000" is 95,000 to 105,000); a bound the text
    leaves open ("as many as 2,500": no low; "more than 100": no high) stays None."""
    low, high = q.get("low"), q.get("high")
    if low is None and high is None:
        value = float(q["value"])
        slack = min(_rounding(value), ROUNDED_SHARE * abs(value))
        return value - slack, value + slack
    return (None if low is None else float(low)), (None if high is None else float(high))


def _rounding(value: float) -> float:
    """Half the place value of the last non-zero digit of ``value``."""
    if value == 0:
        return 0.0
    place = 10.0 ** math.floor(math.log10(abs(value)))
    while place > 1e-6 and abs(value / place - round(value / place)) > 1e-9 * abs(value / place):
        place /= 10
    return place / 2


def _same_period(a: Figure, b: Figure) -> bool:
    """Figures dated within DISPUTE_DAYS of each other (or undated) speak of one time; further
    apart, different figures are the measure's evolution, not a dispute."""
    if not a.date or not b.date:
        return True
    try:
        return abs((date.fromisoformat(a.date[:10]) - date.fromisoformat(b.date[:10])).days) <= DISPUTE_DAYS
    except ValueError:
        return a.date[:7] == b.date[:7]


def _apart(a: Figure, b: Figure) -> bool:
    """Whether two figures cannot both be right: one's upper bound under the other's lower."""
    return (a.high is not None and b.low is not None and a.high < b.low) or \
           (b.high is not None and a.low is not None and b.high < a.low)


def _label(group: list[_Candidate]) -> str:
    counted = list(dict.fromkeys(c.figure.counted for c in group if c.figure.counted))
    frames = sorted({f.lstrip("@") for c in group for f in c.frames})
    label = " / ".join(counted) if counted else (group[0].figure.unit or "amount")
    return f"{label} ({', '.join(frames)})" if frames else label


def _evolution(figs: list[Figure]) -> list[dict[str, Any]]:
    dated = [f for f in figs if f.date]
    if len({f.date for f in dated}) < 2 or len({f.value for f in dated}) < 2:
        return []
    return [{"date": f.date, "value": f.value, "low": f.low, "high": f.high, "text": f.text,
             "doc": f.doc, "start": f.start, "end": f.end, "source": f.source} for f in dated]
