"""RSS and Atom feeds served on 127.0.0.1: each item's page fetched and stored with the
item's title and date."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from conftest import run
from feed_server import FeedServer, article_page, atom, rss
from storyline.ingest import read_sources
from storyline.ingest.feeds import parse_feed
from storyline.model import RawDocument
from storyline.store import Store

STORY = [
    ("Ministers agree a ceasefire plan", ["Foreign ministers met in Geneva on Tuesday to discuss the plan.",
                                          "\"We have made progress,\" the French foreign minister said after the talks."]),
    ("Observers to monitor the border", ["The observers will arrive next month, officials said on Wednesday.",
                                         "About 300 monitors are expected, according to a statement."]),
    ("Parliament debates the force", ["Members of parliament debated the proposed force for six hours.",
                                      "The vote was postponed until the end of March, the speaker said."]),
]


def day(n: int) -> datetime:
    return datetime(2025, 3, n, 9, 0, tzinfo=timezone.utc)


def serve_story(server: FeedServer, count: int = 3, kind=rss) -> None:
    items = []
    for index, (title, paragraphs) in enumerate(STORY[:count]):
        path = f"/news/{index}.html"
        server.routes[path] = article_page(title, paragraphs)
        items.append((title, server.url(path), day(index + 2)))
    server.routes["/feed.xml"] = kind(items)


def test_ingest_a_feed_url_stores_its_three_items(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    with FeedServer() as server:
        serve_story(server)
        result = run("ingest", server.url("/feed.xml"), "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().endswith("stored 3 new article(s), 0 revision(s), 0 already stored")
    with Store(db) as store:
        records = [store.record(row["id"]) for row in store.articles()]
    by_url = {record["url"]: record for record in records}
    assert set(by_url) == {server.url(f"/news/{index}.html") for index in range(3)}
    first = by_url[server.url("/news/0.html")]
    assert first["title"] == "Ministers agree a ceasefire plan"
    assert (first["published"], first["published_from"]) == ("2025-03-02", "meta")


def test_atom_feed_served_as_generic_xml_is_read_as_a_feed(tmp_path: Path) -> None:
    with FeedServer() as server:
        serve_story(server, 2, kind=atom)
        items = list(read_sources([server.url("/feed.xml")]))
    assert [item.doc for item in items] == [server.url("/news/0.html"), server.url("/news/1.html")]
    assert all(isinstance(item, RawDocument) and item.kind == "html" for item in items)
    assert items[1].meta["title"] == "Observers to monitor the border"
    assert items[1].meta["published"] == "2025-03-03"


def test_html_and_unrelated_xml_are_not_feeds() -> None:
    page = article_page("A page", ["Some text."]).body
    assert parse_feed(page, "text/html", "http://127.0.0.1/") is None
    assert parse_feed(page, "", "http://127.0.0.1/") is None
    assert parse_feed(b"<?xml version='1.0'?><config><a>1</a></config>", "application/xml", "http://x/") is None


def test_relative_item_links_resolve_against_the_feed_url() -> None:
    feed = rss([("One", "/news/1.html", day(2))]).body
    (item,) = parse_feed(feed, "application/rss+xml", "http://127.0.0.1:9/feeds/main.xml")
    assert item.link == "http://127.0.0.1:9/news/1.html"
