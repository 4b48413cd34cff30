"""How close two texts are in meaning: shared words, shared concepts, word vectors.

A text becomes a set of features: a concept (`data/concepts.tsv`) for each word or phrase
the lexicon knows ("troops", "forces" and "boots on the ground" are all `armed personnel`),
else the word's term key. One text covers another's features exactly, or through word
vectors when they are installed (`vectors.py`), and each feature weighs by its rarity in the
statements compared (a word every article uses, the country at war, counts little).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from storyline.corpus.compare import vectors as word_vectors
from storyline.corpus.compare.terms import is_stop, term_key, tokens

# A vector cosine under this is no evidence of a shared meaning (en_core_web_md: "quick" /
# "swift" 0.22, "deal" / "agreement" 0.44, "troops" / "soldiers" 0.59; unrelated nouns
# mostly under 0.3). Credit above it is the cosine itself, so weak matches count little.
VECTOR_FLOOR = 0.5


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, frozenset[str]]                 # term key -> concepts
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # key sequence -> concept
    starts: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first key -> its phrases


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words: dict[str, set[str]] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    text = resources.files("storyline").joinpath("data/concepts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, terms = line.split("\t", 1)
        for term in terms.split("|"):
            keys = tuple(term_key(word) for word in tokens(term))
            if len(keys) == 1:
                words.setdefault(keys[0], set()).add(concept)
            elif keys:
                phrases.append((keys, concept))
    starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in phrases:
        starts.setdefault(phrase[0][0], []).append(phrase)
    return Lexicon({key: frozenset(c) for key, c in words.items()}, tuple(phrases),
                   {key: tuple(found) for key, found in starts.items()})


@dataclass(frozen=True, slots=True)
class Features:
    """What a text is about: feature -> a word of the text that carries it."""

    words: dict[str, str]

    def __bool__(self) -> bool:
        return bool(self.words)


@lru_cache(maxsize=32768)
def features(text: str) -> Features:
    lex = lexicon()
    found: dict[str, str] = {}
    words = tokens(text)
    keys = [term_key(word) for word in words]
    for index, (word, key) in enumerate(zip(words, keys)):
        concepts = lex.words.get(key)
        if concepts:
            for concept in concepts:
                found.setdefault("@" + concept, word)
        elif not is_stop(word) and not word.isdigit():
            found.setdefault(key, word)
    for index, key in enumerate(keys):
        for phrase, concept in lex.starts.get(key, ()):
            n = len(phrase)
            if tuple(keys[index:index + n]) == phrase:
                found.setdefault("@" + concept, " ".join(words[index:index + n]))
    return Features(found)


class Weights:
    """Inverse document frequency of features over a set of texts (the statements of a story)."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            counts.update(features(text).words.keys())
        self._counts, self._n = counts, n

    def __call__(self, feature: str) -> float:
        # Smoothed idf; never zero, so a feature every text shares still counts a little.
        return math.log((1 + self._n) / (1 + self._counts.get(feature, 0))) + 0.3


def coverage(wanted: Features, have: Features, weight: Weights | None = None, vectors: bool = True) -> float:
    """The weighted share of ``wanted``'s features that ``have`` holds (0 to 1); words the
    lexicon does not relate match through word vectors when installed and ``vectors``."""
    if not wanted:
        return 0.0
    table = word_vectors.load() if vectors else None
    total = matched = 0.0
    for feature, word in wanted.words.items():
        w = weight(feature) if weight else 1.0
        total += w
        if feature in have.words:
            matched += w
        elif table is not None:
            best = max((table.similarity(word, other) for other in have.words.values()), default=0.0)
            if best >= VECTOR_FLOOR:
                matched += w * best
    return matched / total if total else 0.0


def similarity(a: str, b: str, weight: Weights | None = None) -> float:
    """Symmetric closeness: the mean of each text's coverage by the other."""
    fa, fb = features(a), features(b)
    return (coverage(fa, fb, weight) + coverage(fb, fa, weight)) / 2
