"""Writers at the same time: two `storyline ingest` processes over overlapping inputs into
one store, with `storyline articles` reading it meanwhile, store each distinct article once
and lose none, and the reader sees only whole articles; two writers adding revisions of the
same articles at once leave one latest revision each. On SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from conftest import empty_store
from storyline.clean import text_id
from storyline.model import Article
from storyline.store import Store
from storyline.store.integrity import audit
from test_crash import faults

KINDS = ["sqlite", "postgresql"]


@pytest.mark.parametrize("kind", KINDS)
def test_two_ingests_at_once_store_each_article_once(kind: str, tmp_path: Path) -> None:
    db = empty_store(kind, tmp_path)
    articles = faults.write_articles(tmp_path / "all.jsonl", 30).read_text(encoding="utf-8").splitlines(True)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(articles[:20]), encoding="utf-8")  # 10 of them in both inputs
    second.write_text("".join(articles[10:]), encoding="utf-8")
    expected = faults.expected_ids([faults.SEEDS, first, second])
    report = faults.Report()
    faults.concurrent_ingests([faults.SEEDS, first], [faults.SEEDS, second], db, kind, expected, report)
    assert not report.problems
    label = f"{kind} concurrent"
    assert report.stored[label] == len(expected) == 35
    assert report.lost[label] == 0 and report.duplicated[label] == 0
    assert report.survived == report.injected


def _article(doc: str, version: int) -> Article:
    text = f"Version {version} of the report on {doc}: the talks ended on Monday."
    return Article(doc=doc, id=text_id(text), text=text)


@pytest.mark.parametrize("kind", KINDS)
def test_revisions_written_at_once_keep_one_latest(kind: str, tmp_path: Path) -> None:
    """Four writers, each with its own connection pool, add new versions of the same ten
    articles at the same moment: revisions 1..n once each, exactly one latest per article."""
    db = empty_store(kind, tmp_path)
    Store(db).close()  # the tables exist before the writers start
    docs = [f"report-{number}.txt" for number in range(10)]
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def writer(version: int) -> None:
        try:
            with Store(db) as store:
                start.wait()
                for doc in docs:
                    store.add(_article(doc, version))
        except BaseException as error:  # handed to the test
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(version,)) for version in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with Store(db) as store:
        found = audit(store)
        assert not found.problems()
        assert len(found.ids) == 40
        latest = {row["doc"]: row["revision"] for row in store.articles()}
    assert latest == {doc: 4 for doc in docs}

