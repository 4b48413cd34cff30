"""``storyline watch`` against a real HTTP server on 127.0.0.1: a feed that grows, pages
that change, a source answering 500 and one that hangs; Ctrl-C stops it cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

import conftest
import storyline
from conftest import run
from feed_server import FeedServer, Page, article_page, rss
from storyline.cli.watch import parse_interval
from storyline.store import Store
from test_feeds import STORY, day, serve_story

FOURTH = ("Ceasefire talks resume in Geneva", ["Foreign ministers returned to Geneva on Friday to resume talks.",
                                               "\"The plan is within reach,\" the French foreign minister said."])


def urls(db: str) -> set[str]:
    with Store(db) as store:
        return {store.record(row["id"])["url"] for row in store.articles()}


def test_watch_picks_up_a_new_item_and_a_changed_page_and_parses_nothing_twice(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with FeedServer() as server:
        serve_story(server)
        first = run("watch", server.url("/feed.xml"), "--db", db, "--rounds", "1", "--every", "1s")
        assert first.exit_code == 0, first.stderr
        assert "round 1: 3 new article(s), 0 revision(s), 0 unchanged" in first.stderr
        # a fourth item appears in the feed, one page is edited
        title, paragraphs = FOURTH
        server.routes["/news/3.html"] = article_page(title, paragraphs)
        items = [(name, server.url(f"/news/{index}.html"), day(index + 2))
                 for index, (name, _) in enumerate(STORY + [FOURTH])]
        server.routes["/feed.xml"] = rss(items)
        name, text = STORY[1]
        server.routes["/news/1.html"] = article_page(name, text + ["The first observers arrived on Sunday."])
        parsed_before = len(conftest.checked_articles)
        again = run("watch", server.url("/feed.xml"), "--db", db, "--rounds", "2", "--every", "0.2s")
        parsed = len(conftest.checked_articles) - parsed_before
    assert again.exit_code == 0, again.stderr
    # round 1 of this watch: the new item and the edited page; pages already stored are
    # recognised before parsing; round 2: every page unchanged, nothing fetched is parsed
    assert "round 1: 1 new article(s), 1 revision(s), 2 unchanged" in again.stderr
    assert "round 2: 0 new article(s), 0 revision(s), 4 unchanged" in again.stderr
    assert parsed == 2
    assert "watched 1 source(s) for 2 round(s): 1 new article(s), 1 revision(s), 0 failure(s)" in again.stderr
    assert urls(db) == {server.url(f"/news/{index}.html") for index in range(4)}
    with storyline.open(db) as corpus:
        if hasattr(corpus, "stories"):  # once stories are clustered: the new item joined its story
            fourth = next(row["id"] for row in corpus.articles() if row["doc"] == server.url("/news/3.html"))
            story = next(story for story in corpus.stories() if fourth in story.article_ids)
            assert len(story.article_ids) >= 2


def test_a_failing_and_a_hanging_source_are_reported_retried_and_do_not_stop_the_others(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    with FeedServer() as server:
        serve_story(server)
        server.routes["/broken.xml"] = Page(b"down", "text/plain", 500)
        server.routes["/slow.xml"] = "hang"
        started = time.monotonic()
        result = run("watch", server.url("/broken.xml"), server.url("/slow.xml"), server.url("/feed.xml"),
                     "--db", db, "--rounds", "2", "--every", "0.1s", "--timeout", "0.5")
        elapsed = time.monotonic() - started
        broken_hits = server.hits.count("/broken.xml")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(f"error: {server.url('/broken.xml')}: HTTP 500 (after 3 attempts) (retried next round)") == 2
    assert result.stderr.count(f"error: {server.url('/slow.xml')}: timed out") == 2
    assert broken_hits == 6  # three attempts in each of the two rounds
    assert "round 1: 3 new article(s), 0 revision(s), 0 unchanged; 2 failure(s)" in result.stderr
    assert "round 2: 0 new article(s), 0 revision(s), 3 unchanged; 2 failure(s)" in result.stderr
    assert len(urls(db)) == 3
    assert elapsed < 60  # each hang is cut at the timeout


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    with FeedServer() as server:
        serve_story(server, 1)
        process = subprocess.Popen(
            [sys.executable, "-c", "from storyline.cli import main; main()", "watch", server.url("/feed.xml"),
             "--db", db, "--every", "1h"], stderr=subprocess.PIPE, text=True,
            # SIGINT as in a terminal, even when the suite runs in the background (which ignores it)
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            assert process.stderr is not None
            line = process.stderr.readline()
            while line and not line.startswith("round 1:"):
                line = process.stderr.readline()
            assert line.startswith("round 1: 1 new article(s)")
            process.send_signal(signal.SIGINT)
            rest = process.communicate(timeout=60)[1]
            assert process.returncode == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            if process.stderr:
                process.stderr.close()
    assert "interrupted: stopping" in rest
    assert "watched 1 source(s) for 1 round(s): 1 new article(s), 0 revision(s), 0 failure(s)" in rest


def test_intervals() -> None:
    assert [parse_interval(v) for v in ("15m", "30s", "2h", "1d", "90", "0.5s")] == [900, 30, 7200, 86400, 90, 0.5]
    with pytest.raises(click.BadParameter):
        parse_interval("soon")
