"""The ingest's store writer thread: everything added is stored once, in batches, and a
database error reaches the caller."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.exc import IntegrityError

from storyline.clean import text_id
from storyline.model import Article
from storyline.store import Store
from storyline.store.writer import BackgroundWriter


def _article(number: int) -> Article:
    text = f"Round {number} of the talks ended on Monday."
    return Article(doc=f"doc{number}.txt", id=text_id(text), text=text)


def test_every_article_is_stored_once(db) -> None:
    with Store(db) as store:
        with BackgroundWriter(store, batch_size=3) as writer:
            for number in list(range(10)) + [4, 7]:  # two repeats
                writer.add(_article(number))
            counts = writer.close()
        assert counts == {"added": 10, "duplicate": 2}
        assert store.count() == 10


def test_a_database_error_is_raised_in_the_caller(db) -> None:
    broken = dataclasses.replace(_article(2), id=None)  # the store's key may not be null
    with Store(db) as store:
        writer = BackgroundWriter(store, batch_size=2)
        writer.add(_article(0))
        writer.add(_article(1))  # a first, good batch
        writer.add(broken)
        with pytest.raises(IntegrityError):
            writer.close()
        assert store.count() == 2  # the good batch stays, the failed one is rolled back


def test_leaving_on_an_error_stops_the_writer(db) -> None:
    with Store(db) as store:
        with pytest.raises(KeyError):
            with BackgroundWriter(store, batch_size=2) as writer:
                for number in range(3):
                    writer.add(_article(number))
                raise KeyError("the run failed")
        assert not writer._thread.is_alive()
        assert store.count() == 2  # the full batch was written, the unfinished one was not
