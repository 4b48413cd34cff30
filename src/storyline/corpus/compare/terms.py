"""Words of a statement as comparable terms: tokens, stop words, a crude stem, sentences.

Everything here works on the clean text alone (no spaCy parse at query time), so the
comparison of a whole corpus costs string operations only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.store.quantities import IRREGULAR_SINGULARS

TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Sentence ends: . ! ? (with closing quotes) followed by space and an upper-case letter or a
# quote; paragraphs (blank lines) always end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")
# A full stop after these ends no sentence ("Mr. Smith", "U.S. troops", "Gen. Milley").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Prof|Rev|Jr|Sr|No|vs|etc)|\b[A-Z](?:\.[A-Z])*)\.$")
# Words that carry no topic although spaCy does not list them (reporting and hedging).
_EXTRA_STOP = frozenset({
    "said", "say", "says", "saying", "told", "tell", "added", "stated", "noted", "according",
    "also", "would", "could", "should", "might", "must", "shall", "will", "may", "can",
    "mr", "ms", "mrs", "s", "t", "just", "like", "going", "way", "thing", "things",
})
STOP = frozenset(STOP_WORDS) | _EXTRA_STOP
# Suffixes stripped to one key for a word family (deploy, deployed, deployment, deploying);
# longest first. A stem keeps at least four letters, so "need" or "sent" stay as they are.
_SUFFIXES = ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


@lru_cache(maxsize=65536)
def term_key(word: str) -> str:
    """One key for the forms of a word: case, possessive, plural and verb endings aside."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            stem = w[: -len(suffix)]
            if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh")):
                stem += "e"  # "forces" -> "force", but "taxes" -> "tax"
            if suffix in ("ied", "ies"):
                stem += "y"
            elif suffix in ("ed", "ing") and len(stem) > 4 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "planned" -> "plan"
            return stem
    return w


def is_stop(word: str) -> bool:
    return word.lower().replace("’", "'") in STOP or len(word) < 2


def content_keys(text: str) -> list[str]:
    """The term keys of the words of ``text`` that are not stop words, in order."""
    return [term_key(word) for word in tokens(text) if not is_stop(word)]


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, trailing space left out."""
    end = len(text) if end is None else end
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if text[match.start() - 1:match.start()] == "." and _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        if match.start() > position:
            yield from _trimmed(text, position, match.start())
        position = match.end()
    if position < end:
        yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
