"""The optional word vectors: read from a spaCy vocab folder (one made here), or none."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.strings import StringStore
from spacy.vectors import Vectors

from storyline.corpus.compare import vectors
from storyline.corpus.compare.similarity import coverage, features


@pytest.fixture
def vocab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    words = ["glad", "happy", "banana"]
    table = np.array([[1.0, 0.1, 0.0], [0.9, 0.2, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    strings = StringStore(words)
    data = Vectors(data=table, keys=[strings[w] for w in words])
    data.to_disk(tmp_path)
    strings.to_disk(tmp_path / "strings.json")
    monkeypatch.setenv(vectors.VECTORS_ENV, str(tmp_path))
    vectors.load.cache_clear()
    yield tmp_path
    vectors.load.cache_clear()


def test_vectors_relate_words_the_lexicon_does_not(vocab: Path) -> None:
    table = vectors.load()
    assert table is not None
    assert table.similarity("glad", "Happy") > 0.9
    assert table.similarity("glad", "banana") < 0.1
    assert table.similarity("glad", "unknownword") == 0.0
    assert coverage(features("glad"), features("banana happy")) > 0.9
    assert coverage(features("glad"), features("banana happy"), vectors=False) == 0.0


def test_vectors_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vectors.VECTORS_ENV, "off")
    vectors.load.cache_clear()
    try:
        assert vectors.vocab_folder() is None
        assert vectors.load() is None
    finally:
        vectors.load.cache_clear()
