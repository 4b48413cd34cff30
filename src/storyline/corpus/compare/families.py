"""Statement families: one statement of one speaker, in every place that reports it.

Two statements of the same actor (never across actors) are one statement when
- `exact`: their words are the same (case, quotation marks and spacing aside);
- `near`: one holds nearly all the other's words (a word changed, a quote cut shorter, a
  direct quote reported indirectly): the shorter's content words are at least
  NEAR_CONTAINMENT inside the longer, or rapidfuzz's partial ratio is at least NEAR_RATIO;
- `paraphrase`: said on the same date (one event) in different articles, and close in
  meaning (concepts and word vectors, rare words weighing more: `similarity.py`): one covers
  at least PARAPHRASE_COVERAGE of the other, and they share two things that are not names.
A family is the connected group; its first occurrence is the earliest report (publication
date, then article order), and each later one says how its wording differs from the first.
Reported sentences (`kind` "reported") are an outlet's account, not a statement: left out.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from storyline.corpus.compare.records import Family
from storyline.corpus.compare.similarity import Weights, coverage, features
from storyline.corpus.compare.statements import Statement
from storyline.corpus.compare.terms import content_keys, tokens

# Tuned on the seed story and the sentences of tests/test_compare_families.py: a quote cut
# shorter keeps all its words (containment 1.0); two different statements of one speaker on
# one subject share well under 0.7 of their content words.
NEAR_CONTAINMENT = 0.8
NEAR_RATIO = 90
# Too short to tell a repeat from a common phrase ("he said", "we will"): 3 content words.
MIN_CONTENT_WORDS = 3
# How much of one statement the other covers in meaning (concepts, vectors, rare words
# weighing more), for two statements made at one event. On the seeds the one paraphrase
# ("swift agreement" / "a quick deal") scores 0.36 and the next pair of one speaker and one
# day 0.19.
PARAPHRASE_COVERAGE = 0.3
_MARKS = re.compile(r"[\"“”‘’'«»„‟]")
# Which links join first: a repeat before a paraphrase, a closer paraphrase before a looser one.
_STRENGTH = {"exact": 3.0, "near": 2.0, "paraphrase": 1.0}


@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    return " ".join(_MARKS.sub("", text).lower().split())


@lru_cache(maxsize=65536)
def _keys(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    keys = tuple(content_keys(text))
    return keys, frozenset(keys)


def match(a: Statement, b: Statement, weights: Weights | None = None) -> tuple[str, float] | None:
    """How ``a`` and ``b`` are one statement (exact, near, paraphrase) with the strength of the
    link (a repeat over a paraphrase, a closer paraphrase over a looser one), or None."""
    if a.actor.key != b.actor.key:
        return None
    if a.article == b.article and a.start < b.end and b.start < a.end:
        return None  # the same place twice
    pa, pb = _plain(a.text), _plain(b.text)
    if pa == pb:
        return "exact", _STRENGTH["exact"]
    (ka, sa), (kb, sb) = _keys(a.text), _keys(b.text)
    same_day = a.article != b.article and a.date and a.date == b.date
    if not (sa & sb) and not same_day:
        return None  # neither a repeat nor a paraphrase of one event
    short, long = (ka, sb) if len(ka) <= len(kb) else (kb, sa)
    if len(short) >= MIN_CONTENT_WORDS:
        inside = sum(1 for key in short if key in long) / len(short)
        shorter = pa if len(pa) <= len(pb) else pb
        if inside >= NEAR_CONTAINMENT or (
                len(shorter) >= 25 and fuzz.partial_ratio(pa, pb) >= NEAR_RATIO):
            return "near", _STRENGTH["near"]
    if same_day:
        cover = _paraphrase(a, b, weights)
        if cover >= PARAPHRASE_COVERAGE:
            return "paraphrase", _STRENGTH["paraphrase"] + cover
    return None


def _paraphrase(a: Statement, b: Statement, weights: Weights | None) -> float:
    """How much one statement covers the other in meaning (0 with fewer than two shared words)."""
    fa, fb = features(a.text), features(b.text)
    shared = [f for f in fa.words.keys() & fb.words.keys() if not fa.words[f][:1].isupper()]
    if len(shared) < 2:
        return 0.0
    # Concepts and words only: with word vectors, statements of one speaker on one day about
    # related things (a deal, guarantees, peace) cover each other as much as a paraphrase does.
    return max(coverage(fa, fb, weights, vectors=False), coverage(fb, fa, weights, vectors=False))


def families(statements: list[Statement], weights: Weights | None = None) -> list[Family]:
    """The statements said in more than one place, grouped; largest family first."""
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        if statement.kind != "reported":
            by_actor[statement.actor.key].append(statement)
    found: list[Family] = []
    for group in by_actor.values():
        parent = list(range(len(group)))
        how: dict[tuple[int, int], str] = {}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        links = []
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                link = match(group[i], group[j], weights)
                if link:
                    how[i, j], strength = link
                    links.append((-strength, i, j))
        members: dict[int, list[int]] = {i: [i] for i in range(len(group))}
        for _, i, j in sorted(links):
            first, second = root(i), root(j)
            if first == second or _two_statements_of_one_article(group, members[first], members[second], how):
                continue
            parent[second] = first
            members[first] += members.pop(second)
        for indexes in members.values():
            if len(indexes) > 1:
                found.append(_family(group, sorted(indexes), how))
    found.sort(key=lambda f: (-len(f.occurrences), f.occurrences[0].order, f.occurrences[0].start))
    return found


def _two_statements_of_one_article(group: list[Statement], first: list[int], second: list[int],
                                   how: dict[tuple[int, int], str]) -> bool:
    """Whether joining two families would hold two statements of one article that are no repeat
    of each other: an article repeats a statement word for word (standfirst and body), it does
    not paraphrase itself, so two different statements of one article, each a paraphrase of
    another outlet's, are two families (``how`` holds the pairs of indexes that match)."""
    return any(group[i].article == group[j].article and (min(i, j), max(i, j)) not in how
               for i in first for j in second)


def _family(group: list[Statement], indexes: list[int], how: dict[tuple[int, int], str]) -> Family:
    ordered = sorted(indexes, key=lambda i: (group[i].published or "9999", group[i].order, group[i].start))
    first = ordered[0]
    rank = {"exact": 0, "near": 1, "paraphrase": 2}
    matches = ["first"]
    for i in ordered[1:]:
        kinds = [how.get((min(i, j), max(i, j))) for j in indexes if j != i]
        matches.append(min((k for k in kinds if k), key=rank.__getitem__))
    statements = [group[i] for i in ordered]
    wording = [{}] + [_difference(group[first], group[i]) for i in ordered[1:]]
    return Family(group[first].actor.name, group[first].actor.key, statements, matches, wording)


def _difference(first: Statement, other: Statement) -> dict[str, object]:
    """Words the other occurrence adds and drops against the first, and a change of kind."""
    a = [w.lower() for w in tokens(first.text)]
    b = [w.lower() for w in tokens(other.text)]
    added: list[str] = []
    dropped: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            dropped.append(" ".join(a[i1:i2]))
        if op in ("replace", "insert"):
            added.append(" ".join(b[j1:j2]))
    out: dict[str, object] = {"added": added, "dropped": dropped}
    if first.kind != other.kind:
        out["kind"] = f"{first.kind} -> {other.kind}"
    return out
