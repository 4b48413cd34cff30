"""Shared fixtures. Every article annotated during the suite is checked for the offset
invariant (``text[start:end] == span text``, a caption's times against the caption's text)
the moment it is produced."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine

from storyline.cli import main
from storyline.model import Article, Quote
from storyline.pipeline import Pipeline
from storyline.store import schema

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

checked_articles: list[int] = []
# The URL of the PostgreSQL database for the tests; `make test` sets it (scripts/test-postgres).
POSTGRES_ENV = "STORYLINE_TEST_PG"


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


def run(*args: str) -> Result:
    """The storyline command line with ``args``, run in this process (stdout and stderr apart)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def quotes_of(pipeline: Pipeline, text: str) -> list[Quote]:
    return pipeline.process_text(text).quotes


def only(quotes: list[Quote], word: str) -> Quote:
    """The one quote holding ``word``."""
    found = [quote for quote in quotes if word in quote.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


STORE_KINDS = ["sqlite", "postgresql"]


def empty_store(kind: str, folder: Path) -> str:
    """The URL of an empty store: a SQLite file in ``folder``, or the test PostgreSQL
    database with every table dropped (the test is skipped, with the reason, when there is
    no PostgreSQL server)."""
    if kind == "sqlite":
        return str(folder / "s.db")
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server for the tests: ${POSTGRES_ENV} is unset (make test sets it)")
    engine = create_engine(url)
    try:
        schema.metadata.drop_all(engine)
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=STORE_KINDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store, once in SQLite and once in PostgreSQL."""
    return empty_store(request.param, tmp_path)


@pytest.fixture(scope="module", params=STORE_KINDS)
def seeds_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the five seeds, ingested by the CLI: once per test module, in SQLite
    and in PostgreSQL."""
    url = empty_store(request.param, tmp_path_factory.mktemp("seeds"))
    result = run("ingest", str(SEEDS), "--db", url)
    assert result.exit_code == 0, result.stderr
    return url
