"""Shared fixtures. Every article annotated during the suite is checked for the offset
invariant (``text[start:end] == span text``, a caption's times against the caption's text)
the moment it is produced."""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings
from sqlalchemy import Connection, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from storyline.cli import main
from storyline.model import Article, Quote
from storyline.pipeline import Pipeline
from storyline.store.store import DB_ENV

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

checked_articles: list[int] = []
# Hypothesis keeps no example database: it would be ./.hypothesis, one fixed folder shared by
# every test run on the machine. A test's own @settings(max_examples=...) still applies.
settings.register_profile("storyline", database=None, deadline=None)
settings.load_profile("storyline")
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


def quote_texts(pipeline: Pipeline, text: str) -> list[str]:
    """The texts of the statements found in ``text``."""
    return [quote.text for quote in quotes_of(pipeline, text)]


def speaker_name(quote: Quote) -> str:
    """The speaker's name of a statement, "" when it has none."""
    return quote.speaker.name if quote.speaker is not None else ""


def only(quotes: list[Quote], word: str) -> Quote:
    """The one quote holding ``word``."""
    found = [quote for quote in quotes if word in quote.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


STORE_KINDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True, scope="session")
def _postgres_database_of_this_session() -> Iterator[None]:
    """A PostgreSQL database for this test session alone: ${POSTGRES_ENV} names a base
    database whose role may create databases (scripts/test-postgres); a database with a
    unique name is made from it at the start, ${POSTGRES_ENV} points to it for the session
    (subprocesses included), and it is dropped at the end, after a check that every
    connection to it was closed. Two test runs at the same time never share tables."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        yield
        return
    name = f"{SESSION_DATABASE_PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        _drop_abandoned_databases(connection)
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    os.environ[POSTGRES_ENV] = make_url(base).set(database=name).render_as_string(hide_password=False)
    leaked: list[str] = []
    try:
        yield
    finally:
        os.environ[POSTGRES_ENV] = base
        with admin.connect() as connection:
            leaked = _open_connections(connection, name)
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
    if leaked:
        pytest.fail(f"the tests left {len(leaked)} connection(s) to {name} open: {leaked}")


SESSION_DATABASE_PREFIX = "storyline_test_"
# How long the end-of-session check waits for connections that are closing (a killed
# subprocess's backend goes a moment after the process).
_CLOSE_WAIT_SECONDS = 5.0


def _open_connections(connection: Connection, database: str) -> list[str]:
    query = text("SELECT pid, application_name, state, left(query, 80) FROM pg_stat_activity "
                 "WHERE datname = :name AND pid <> pg_backend_pid()")
    deadline = time.monotonic() + _CLOSE_WAIT_SECONDS
    while rows := connection.execute(query, {"name": database}).all():
        if time.monotonic() > deadline:
            return [f"pid {pid} ({app or 'no name'}, {state}: {sql!r})" for pid, app, state, sql in rows]
        time.sleep(0.1)
    return []


def _drop_abandoned_databases(connection: Connection) -> None:
    """Drop the databases of earlier sessions on this machine whose process is gone (a run
    killed before its end)."""
    names = connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :prefix"),
                               {"prefix": SESSION_DATABASE_PREFIX.replace("_", "\\_") + "%"}).scalars()
    for name in list(names):
        pid = name.removeprefix(SESSION_DATABASE_PREFIX).split("_")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(autouse=True, scope="session")
def _no_test_uses_the_default_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A command run without --db would write ./storyline.db (a fixed path shared by every
    run): $STORYLINE_DB points elsewhere for the session, and the session fails if anything
    wrote there."""
    sentinel = tmp_path_factory.mktemp("default-store") / "nothing-may-write-here.db"
    previous = os.environ.get(DB_ENV)
    os.environ[DB_ENV] = str(sentinel)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(DB_ENV, None)
        else:
            os.environ[DB_ENV] = previous
    if sentinel.exists():
        pytest.fail(f"a test wrote to the default store ({DB_ENV} / ./storyline.db): give it --db")


def empty_store(kind: str, folder: Path) -> str:
    """The URL of an empty store: a SQLite file in ``folder``, or this session's PostgreSQL
    database emptied of every table (the test is skipped, with the reason, when there is
    no PostgreSQL server)."""
    if kind == "sqlite":
        return str(folder / "s.db")
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server for the tests: ${POSTGRES_ENV} is unset (make test sets it)")
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            # Whatever tables any module made; a connection left open by an earlier test
            # fails here (its locks) instead of hanging.
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
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
