"""Fetching article URLs from a real server on 127.0.0.1: redirects, retries, timeouts,
the size limit and the User-Agent."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import run
from feed_server import FeedServer, Page, article_page
from storyline import __version__
from storyline.errors import InputError
from storyline.ingest.urls import Fetcher, FetchSettings, read_url
from storyline.model import RawDocument
from storyline.store import Store

QUICK = FetchSettings(timeout=0.5, deadline=2.0, retries=2, backoff=0.05, max_bytes=50_000)
PARAGRAPHS = ["The city council approved the new budget on Monday after a long debate.",
              "\"This budget protects our libraries,\" the mayor said."]


def test_ingest_an_article_url_follows_redirects_and_keeps_the_final_url(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    with FeedServer() as server:
        server.routes["/story/budget"] = article_page("Council approves the budget", PARAGRAPHS)
        server.routes["/b"] = Page(b"", "text/html", 301, location="/story/budget")
        result = run("ingest", server.url("/b"), "--db", db)
        assert server.agents[0] == f"Storyline/{__version__} (news article reader; +https://pypi.org/project/storyline/)"
    assert result.exit_code == 0, result.stderr
    with Store(db) as store:
        (row,) = store.articles()
        record = store.record(row["id"])
    assert record["url"] == record["doc"] == server.url("/story/budget")
    assert record["title"] == "Council approves the budget"


def test_a_server_error_is_retried_with_backoff_then_reported() -> None:
    with FeedServer() as server, Fetcher(QUICK) as fetcher:
        server.routes["/down"] = Page(b"oops", "text/plain", 500)
        (error,) = list(read_url(server.url("/down"), fetcher))
        assert server.hits == ["/down"] * 3
    assert isinstance(error, InputError) and error.source == server.url("/down")
    assert error.reason == "HTTP 500 (after 3 attempts)"


def test_a_hanging_server_is_bounded_by_the_timeout() -> None:
    with FeedServer() as server, Fetcher(QUICK) as fetcher:
        server.routes["/hang"] = "hang"
        started = time.monotonic()
        (error,) = list(read_url(server.url("/hang"), fetcher))
        elapsed = time.monotonic() - started
    assert isinstance(error, InputError) and "timed out" in error.reason
    assert elapsed < 3 * QUICK.timeout + 2  # three attempts, each cut at the timeout


def test_a_page_over_the_size_limit_and_a_404_are_errors_not_retried() -> None:
    with FeedServer() as server, Fetcher(QUICK) as fetcher:
        server.routes["/big"] = article_page("Big", ["word " * 20_000])
        (big,) = list(read_url(server.url("/big"), fetcher))
        (missing,) = list(read_url(server.url("/nothing"), fetcher))
        assert server.hits == ["/big", "/nothing"]
    assert isinstance(big, InputError) and "larger than the limit of 50,000 bytes" in big.reason
    assert isinstance(missing, InputError) and missing.reason == "HTTP 404"


@pytest.mark.parametrize("content_type, kind", [("text/plain", "text"), ("text/html", "html")])
def test_plain_text_and_html_pages(content_type: str, kind: str) -> None:
    with FeedServer() as server, Fetcher(QUICK) as fetcher:
        server.routes["/a"] = Page("\n\n".join(PARAGRAPHS).encode(), content_type)
        (document,) = list(read_url(server.url("/a"), fetcher))
    assert isinstance(document, RawDocument) and document.kind == kind
    assert document.meta["url"] == server.url("/a")


def test_a_pdf_is_not_an_article() -> None:
    with FeedServer() as server, Fetcher(QUICK) as fetcher:
        server.routes["/r.pdf"] = Page(b"%PDF-1.4 ...", "application/pdf")
        (error,) = list(read_url(server.url("/r.pdf"), fetcher))
    assert isinstance(error, InputError) and error.reason == "not an article page (content type application/pdf)"
