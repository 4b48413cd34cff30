"""Shared fixtures. Every article annotated during the suite is checked for the offset
invariant (``text[start:end] == span text``, a caption's times against the caption's text)
the moment it is produced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

checked_articles: list[int] = []


def assert_offsets(article: Article) -> None:
    """Spans index ``text``; a caption's times index that caption's own text."""
    pairs = [(article.text, span) for span in article.spans()] + article.caption_spans()
    for text, span in pairs:
        assert 0 <= span.start <= span.end <= len(text), (article.doc, span)
        assert text[span.start:span.end] == span.text, (article.doc, span)


@pytest.fixture(autouse=True, scope="session")
def _offset_invariant_everywhere():
    """Wrap Pipeline.annotate so that every article any test makes is checked."""
    original = Pipeline.annotate

    def checked(self, doc, article):
        result = original(self, doc, article)
        assert_offsets(result)
        checked_articles.append(1)
        return result

    Pipeline.annotate = checked
    yield
    Pipeline.annotate = original


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def seed_articles(pipeline: Pipeline) -> dict[str, Article]:
    from storyline.ingest import read_sources

    results = list(pipeline.pipe(read_sources([SEEDS])))
    assert all(isinstance(result, Article) for result in results), results
    return {article.doc: article for article in results}


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
