"""Features of a headline/body pair for the stance model.

A claim (the headline) and a text (the body) are compared on what they share and on the
words around what they share:

- how close they are: TF-IDF cosine of headline and body, of the headline and each body
  sentence (best, second best, top-3 mean, lead), the same in a latent space (an SVD of the
  training TF-IDF matrix), word, bigram and trigram overlaps;
- how the body talks about the claim: refuting, negating, hedging and confirming words in the
  body, within a few words of the claim's words, in its lead, in its sentences closest to the
  headline, and in the headline itself;
- nothing about what the claim is about: the model sees how a text relates to a claim, not
  which claim it is (see the measures below).

:class:`Featurizer` holds the learned vocabulary (IDF weights and the SVD projection) as
plain arrays; it is built by :mod:`storyline.stance.train` and loaded from the weights file.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.stance import text as T

TOP_SENTENCES = 3
LEAD_SENTENCES = 3
# A lexicon word within this many words of a claim word counts as "near" it.
NEAR = 8
# No latent coordinates are features, only latent cosines. Measured with 100 rounds on the
# training part (relative score / macro-F1 on its held-out bodies; on topics unseen in training,
# the training part split by connected topic): the headline's and body's latent vectors (30
# dimensions each) plus their product, 0.909 / 0.732 and 0.841 / 0.573; the product alone,
# 0.913 / 0.734 and 0.845 / 0.581; none, 0.899 / 0.717 and 0.833 / 0.624 (disagree F1 0.18
# instead of 0.02 on unseen topics): coordinates let the trees memorise the training claims.


@dataclass
class Represented:
    """One text, once: its stems, content stems, TF-IDF vector, latent vector."""

    stems: list[str]
    content: list[str]
    vector: dict[str, float]
    latent: np.ndarray


@dataclass
class Body:
    whole: Represented
    sentences: list[Represented]
    counts: dict[str, int]  # lexicon name -> occurrences in the whole body
    positions: dict[str, list[int]]  # stem -> its word positions in the body
    lexicon_positions: dict[str, np.ndarray]  # lexicon name -> positions of its words


class Featurizer:
    """Turns (headline, body) pairs into rows of :attr:`names` features."""

    def __init__(self, terms: Sequence[str], idf: np.ndarray, projection: np.ndarray) -> None:
        # ``projection`` has one row per term of ``terms`` (ordered by document frequency) up to
        # its own length: the SVD vocabulary is the most frequent terms only.
        self.terms = list(terms)
        self.idf = {term: float(weight) for term, weight in zip(self.terms, idf)}
        self.unseen_idf = float(np.max(idf)) if len(idf) else 1.0
        self.row = {term: index for index, term in enumerate(self.terms[: len(projection)])}
        self.projection = np.asarray(projection, dtype=np.float32)
        self.names = self._names()

    # -- representations -------------------------------------------------------------------

    def represent(self, text: str) -> Represented:
        stems = T.stems(text)
        content = T.content(stems)
        counts = Counter(content)
        vector = {term: count * self.idf.get(term, self.unseen_idf) for term, count in counts.items()}
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        vector = {term: value / norm for term, value in vector.items()}
        return Represented(stems, content, vector, self._latent(vector))

    def _latent(self, vector: dict[str, float]) -> np.ndarray:
        rows = [(self.row[term], weight) for term, weight in vector.items() if term in self.row]
        if not rows:
            return np.zeros(self.projection.shape[1], dtype=np.float32)
        index, weight = zip(*rows)
        latent = np.asarray(weight, dtype=np.float32) @ self.projection[list(index)]
        norm = float(np.linalg.norm(latent))
        return latent / norm if norm else latent

    def body(self, text: str) -> Body:
        whole = self.represent(text)
        parts = [self.represent(sentence) for sentence in T.sentences(text)] or [whole]
        positions: dict[str, list[int]] = {}
        for index, token in enumerate(whole.stems):
            positions.setdefault(token, []).append(index)
        lexicon_positions = {name: np.array(sorted(i for w in words if w in positions for i in positions[w]), dtype=np.intp)
                             for name, words in T.LEXICONS.items()}
        return Body(whole, parts, _lexicon_counts(whole.stems), positions, lexicon_positions)

    # -- features --------------------------------------------------------------------------

    def _names(self) -> list[str]:
        names = ["cos", "latent_cos", "sent_cos_max", "sent_cos_2nd", "sent_cos_top3", "sent_cos_mean",
                 "lead_cos", "best_position", "sent_latent_max",
                 "overlap_h", "overlap_lead", "jaccard", "idf_coverage", "bigram_hits", "trigram_hits",
                 "lead_bigram_hits", "body_words", "headline_words", "body_sentences", "headline_question"]
        for name in T.LEXICONS:
            names += [f"{name}_headline", f"{name}_body", f"{name}_top", f"{name}_top_any", f"{name}_near",
                      f"{name}_lead"]
        names += [f"refute_headline_{word}" for word in sorted(T.REFUTING)]
        names += ["negate_parity"]
        return names

    def pair(self, headline_text: str, headline: Represented, body: Body) -> np.ndarray:
        """The feature row of one pair (headline and body already represented)."""
        h, b = headline, body.whole
        cos = _dot(h.vector, b.vector)
        sentence_cos = np.array([_dot(h.vector, s.vector) for s in body.sentences])
        order = np.argsort(-sentence_cos, kind="stable")
        top = [body.sentences[i] for i in order[:TOP_SENTENCES]]
        lead = body.sentences[:LEAD_SENTENCES]
        lead_stems = [stem for s in lead for stem in s.stems]
        sentence_latent = max(float(h.latent @ s.latent) for s in body.sentences)
        head_set, body_set = set(h.content), set(b.content)
        lead_set = set(lead_stems)
        idf_total = sum(self.idf.get(t, self.unseen_idf) for t in head_set) or 1.0
        idf_shared = sum(self.idf.get(t, self.unseen_idf) for t in head_set & body_set)
        row = [
            cos, float(h.latent @ b.latent),
            float(sentence_cos[order[0]]),
            float(sentence_cos[order[1]]) if len(order) > 1 else 0.0,
            float(np.mean(sentence_cos[order[:TOP_SENTENCES]])),
            float(np.mean(sentence_cos)),
            _dot(h.vector, _merge([s.vector for s in lead])),
            float(order[0]) / len(order),
            sentence_latent,
            _fraction(head_set, body_set), _fraction(head_set, lead_set),
            len(head_set & body_set) / (len(head_set | body_set) or 1), idf_shared / idf_total,
            _ngram_hits(h.stems, b.stems, 2), _ngram_hits(h.stems, b.stems, 3),
            _ngram_hits(h.stems, lead_stems, 2),
            math.log1p(len(b.stems)), float(len(h.stems)), math.log1p(len(body.sentences)),
            float("?" in headline_text),
        ]
        head_counts = _lexicon_counts(h.stems)
        top_counts = _lexicon_counts([stem for s in top for stem in s.stems])
        top_words = sum(len(s.stems) for s in top) or 1
        body_words = len(b.stems) or 1
        lead_counts = _lexicon_counts(lead_stems)
        claim_positions = np.array(sorted(i for t in head_set if t in body.positions for i in body.positions[t]),
                                   dtype=np.intp)
        for name in T.LEXICONS:
            row += [head_counts[name], 100.0 * body.counts[name] / body_words,
                    100.0 * top_counts[name] / top_words, float(top_counts[name] > 0),
                    _near(body.lexicon_positions[name], claim_positions) / (1.0 + len(claim_positions)),
                    100.0 * lead_counts[name] / (len(lead_stems) or 1)]
        head_stems = set(h.stems)
        row += [float(word in head_stems) for word in sorted(T.REFUTING)]
        row.append(float((head_counts["negate"] + head_counts["refute"]) % 2 != (top_counts["negate"] + top_counts["refute"]) % 2))
        return np.asarray(row, dtype=np.float32)

    def rows(self, pairs: Iterable[tuple[str, str]]) -> np.ndarray:
        """The feature matrix of (headline, body) pairs; each distinct text is read once."""
        headlines: dict[str, Represented] = {}
        bodies: dict[str, Body] = {}
        out = []
        for headline, body in pairs:
            if headline not in headlines:
                headlines[headline] = self.represent(headline)
            if body not in bodies:
                bodies[body] = self.body(body)
            out.append(self.pair(headline, headlines[headline], bodies[body]))
        return np.vstack(out) if out else np.zeros((0, len(self.names)), dtype=np.float32)


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(term, 0.0) for term, value in a.items())


def _merge(vectors: list[dict[str, float]]) -> dict[str, float]:
    merged: Counter[str] = Counter()
    for vector in vectors:
        merged.update(vector)
    norm = math.sqrt(sum(value * value for value in merged.values())) or 1.0
    return {term: value / norm for term, value in merged.items()}


def _fraction(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _ngram_hits(head: list[str], body: list[str], n: int) -> float:
    grams = {tuple(head[i:i + n]) for i in range(len(head) - n + 1)}
    if not grams:
        return 0.0
    found = {tuple(body[i:i + n]) for i in range(len(body) - n + 1)}
    return len(grams & found) / len(grams)


def _near(positions: np.ndarray, anchors: np.ndarray) -> int:
    """How many of ``positions`` lie within ``NEAR`` words of one of the (sorted) ``anchors``."""
    if not len(positions) or not len(anchors):
        return 0
    after = np.searchsorted(anchors, positions).clip(max=len(anchors) - 1)
    before = (after - 1).clip(min=0)
    distance = np.minimum(np.abs(anchors[after] - positions), np.abs(anchors[before] - positions))
    return int(np.count_nonzero(distance <= NEAR))


def _lexicon_counts(stems: list[str]) -> dict[str, int]:
    return {name: sum(1 for stem in stems if stem in words) for name, words in T.LEXICONS.items()}
