"""The cached attribute ruler and lemmatizer give, token for token, what the model's own do."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from storyline import cached_components
from storyline.cached_components import CachedAttributeRuler, CachedLemmatizer
from storyline.nlp import DEFAULT_MODEL, PARAGRAPH_COMPONENT, load_model

from conftest import SEEDS

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
NEW_TEXTS = [
    "The harbour master didn't say whether the ferries would sail; she'd nothin' to add, y'know.",
    "Mr. Okafor's committee voted 7-2 on Tuesday to close the old mill by 2031.",
    "  Spaces   and\n\nblank lines,\ttabs and \u00a0odd spacing stay as they are.  ",
    "Running, ran, runs: the runners had been running since dawn, and the geese were fed.",
    "",
    "\u201cWe won't go back,\u201d the striking dockers said. \u201cNot now, not ever.\u201d",
]


def annotations(docs) -> list[tuple[np.ndarray, list[str], list[str]]]:
    return [(doc.to_array(ATTRS), [t.lemma_ for t in doc], [str(t.morph) for t in doc]) for doc in docs]


def same(left, right) -> bool:
    return all(np.array_equal(a[0], b[0]) and a[1:] == b[1:] for a, b in zip(left, right, strict=True))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))] + NEW_TEXTS


def test_the_model_gives_the_same_annotations_with_and_without_the_caches(texts: list[str]) -> None:
    stock = spacy.load(DEFAULT_MODEL)
    cached = spacy.load(DEFAULT_MODEL)
    cached_components.install(cached)
    assert cached.pipe_names == stock.pipe_names
    assert isinstance(cached.get_pipe("attribute_ruler").component, CachedAttributeRuler)
    assert isinstance(cached.get_pipe("lemmatizer").component, CachedLemmatizer)
    # twice: the second pass answers from the caches
    for _ in range(2):
        assert same(annotations(stock.pipe(texts)), annotations(cached.pipe(texts)))


def test_storyline_loads_the_cached_components(texts: list[str]) -> None:
    nlp = load_model(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler").component, CachedAttributeRuler)
    with nlp.memory_zone():  # lemma strings made in one zone are gone in the next
        list(nlp.pipe(texts))
    with nlp.memory_zone():
        lemmas = [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]
    stock = spacy.load(DEFAULT_MODEL)
    stock.add_pipe(PARAGRAPH_COMPONENT, before="parser")  # as load_model adds it
    assert lemmas == [[token.lemma_ for token in doc] for doc in stock.pipe(texts)]


def ruler_pipeline(patterns: list[dict]) -> spacy.language.Language:
    """A pipeline of the model's tagger and parser and a made-up attribute ruler."""
    nlp = spacy.load(DEFAULT_MODEL, exclude=["attribute_ruler", "lemmatizer", "ner"])
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


MADE_UP_RULES = [
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": {"IN": ["ferries", "geese"]}}]], "attrs": {"MORPH": "Number=Plur"}},
    # later rules win over earlier ones, on the attributes they set
    {"patterns": [[{"LOWER": "mill", "TAG": "NN"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": {"REGEX": "^run"}}]], "attrs": {"LEMMA": "run"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    # two tokens, attributes set on the second (index 1) or the last (-1)
    {"patterns": [[{"LOWER": "did"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "not"}, "index": 1},
    {"patterns": [[{"TAG": "NNP"}, {"TAG": "POS"}], [{"LOWER": "old"}, {"TAG": "NN"}]],
     "attrs": {"MORPH": "Poss=Yes"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"TAG": "CD"}, {"ORTH": "-"}, {"TAG": "CD"}]], "attrs": {"POS": "NUM"}, "index": 1},
]


def test_made_up_rules_give_the_rulers_own_result(texts: list[str]) -> None:
    stock = ruler_pipeline(MADE_UP_RULES)
    cached = ruler_pipeline(MADE_UP_RULES)
    cached_components.install(cached)
    assert isinstance(cached.get_pipe("attribute_ruler").component, CachedAttributeRuler)
    for _ in range(2):
        assert same(annotations(stock.pipe(texts)), annotations(cached.pipe(texts)))


def test_a_small_cache_starts_again_and_stays_right(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cached_components, "_CACHE_LIMIT", 5)
    stock = spacy.load(DEFAULT_MODEL)
    cached = spacy.load(DEFAULT_MODEL)
    cached_components.install(cached)
    assert same(annotations(stock.pipe(texts)), annotations(cached.pipe(texts)))
    assert len(cached.get_pipe("attribute_ruler").component.cache) <= 5


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "old", "OP": "?"}, {"TAG": "NN"}],  # an operator: patterns of several lengths
    [{"_": {"flag": True}}],  # an extension attribute
])
def test_a_ruler_it_cannot_read_is_left_as_it_is(pattern: list[dict]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    if "_" in pattern[0]:
        spacy.tokens.Token.set_extension("flag", default=False, force=True)
    ruler.add(patterns=[pattern], attrs={"POS": "X"})
    cached_components.install(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
