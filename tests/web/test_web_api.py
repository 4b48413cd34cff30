"""The REST API under /api/v1 over the seeds (SQLite and PostgreSQL): the corpus records,
paginated, and an OpenAPI description of them."""

from __future__ import annotations

import httpx
import pytest

import storyline
from webserver import client, seeds_server  # noqa: F401 (fixtures)


def test_articles_and_an_article_record(client: httpx.Client, seeds_db: str) -> None:
    listing = client.get("/api/v1/articles").json()
    assert listing["total"] == 5 and len(listing["items"]) == 5 and listing["next"] is None
    with storyline.open(seeds_db) as corpus:
        assert listing["items"] == corpus.articles()
        first = listing["items"][0]["id"]
        assert client.get(f"/api/v1/articles/{first}").json() == corpus.article(first)
        assert client.get(f"/api/v1/articles/{first[:8]}").json()["id"] == first
    missing = client.get("/api/v1/articles/ffffffff")
    assert missing.status_code == 404 and "ffffffff" in missing.json()["error"]


def test_listings_are_paginated(client: httpx.Client) -> None:
    first = client.get("/api/v1/quotes", params={"limit": 3}).json()
    assert first["limit"] == 3 and len(first["items"]) == 3 and first["total"] > 3
    assert first["next"] == "/api/v1/quotes?limit=3&offset=3" and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["offset"] == 3 and second["items"][0] != first["items"][0]
    assert second["previous"] == "/api/v1/quotes?limit=3&offset=0"
    everything = client.get("/api/v1/quotes", params={"limit": 500}).json()
    assert everything["items"][:6] == first["items"] + second["items"]


def test_records_are_the_cli_records(client: httpx.Client, seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        quotes = client.get("/api/v1/quotes", params={"speaker": "macron", "limit": 500}).json()
        assert quotes["items"] == [s.to_record() for s in corpus.statements(speaker="macron")]
        numbers = client.get("/api/v1/numbers", params={"counted": "soldiers", "limit": 500}).json()
        assert numbers["items"] == [q.to_record() for q in corpus.quantities(counted="soldiers")]
        assert numbers["total"] >= 1
        timeline = client.get("/api/v1/timeline", params={"entity": "lavrov", "limit": 500}).json()
        assert timeline["items"] == [e.to_record() for e in corpus.timeline(entity="lavrov")]
        entities = client.get("/api/v1/entities", params={"type": "person", "limit": 500}).json()
        assert entities["items"] == [e.to_record() for e in corpus.entities(type="person")]
        macron = client.get("/api/v1/entities/Emmanuel Macron").json()
        assert macron == corpus.entity("Emmanuel Macron").to_record()


def test_positions_and_search(client: httpx.Client) -> None:
    positions = client.get("/api/v1/positions", params={"limit": 500}).json()
    actors = {item["actor"]: item for item in positions["items"]}
    assert "Emmanuel Macron" in actors and actors["Emmanuel Macron"]["evidence"]
    found = client.get("/api/v1/search", params={"q": "boots on the ground"}).json()
    assert [hit["speaker"]["name"] for hit in found["statements"]] == ["Emmanuel Macron"]
    assert client.get("/api/v1/search", params={"q": "troops", "since": "soon"}).status_code == 422


def test_bad_parameters_are_422_with_a_message(client: httpx.Client) -> None:
    response = client.get("/api/v1/quotes", params={"offset": -1})
    assert response.status_code == 422 and response.json()["details"][0]["where"] == "query.offset"
    assert client.get("/api/v1/quotes", params={"article": "ffffffff"}).status_code == 404


def test_openapi_describes_the_records(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/articles", "/api/v1/articles/{article_id}",
                 "/api/v1/entities", "/api/v1/quotes", "/api/v1/numbers", "/api/v1/timeline", "/api/v1/positions",
                 "/api/v1/search"):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    article = spec["paths"]["/api/v1/articles/{article_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert article["schema"]["$ref"].endswith("/Article")
    assert {"id", "text", "quotes", "entities", "quantities", "times"} <= set(schemas["Article"]["properties"])
    assert set(schemas["PageOfStatement"]["properties"]) == {"total", "limit", "offset", "next", "previous", "items"}
    assert not [path for path in spec["paths"] if not path.startswith("/api/v1/")]  # pages stay out
    # errors are described as the API answers them: {"error": ..., "details": [...]}
    quotes = spec["paths"]["/api/v1/quotes"]["get"]["responses"]
    for status in ("404", "422"):
        assert quotes[status]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "HTTPValidationError" not in schemas
    assert {"error", "details"} <= set(schemas["ErrorBody"]["properties"])


@pytest.mark.parametrize("path", ["/", "/index.json", "/articles", "/articles.json", "/entities", "/entities.json",
                                  "/search?q=troops", "/search.json?q=troops"])
def test_pages_and_their_json_twins(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    kind = "application/json" if ".json" in path else "text/html"
    assert response.headers["content-type"].startswith(kind)


def test_a_story_and_its_comparison(client: httpx.Client, seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        story = corpus.stories()[0]
        assert client.get("/api/v1/stories").json()["items"] == [s.to_record() for s in corpus.stories()]
        assert client.get(f"/api/v1/stories/{story.id}").json() == story.to_record()
        comparison = client.get(f"/api/v1/stories/{story.id}/comparison").json()
        assert comparison == corpus.compare(str(story.id)).to_record()
    assert any("several thousand soldiers" in f["text"] for m in comparison["disputes"] for f in m["figures"])
    assert client.get("/api/v1/stories/999999").status_code == 404
    assert client.get("/api/v1/stories/999999/comparison").status_code == 404
    twin = client.get(f"/stories/{story.id}.json").json()
    assert twin["story"] == story.to_record() and twin["comparison"]["disputes"] == comparison["disputes"]
    # the pages count the outlets the corpus names, as the CLI does (not input file names)
    named = story.outlets
    assert twin["outlets"] == named
    said = f"from {len(named)} outlet(s)" if named else "(their outlets not named)"
    assert said in client.get(f"/stories/{story.id}").text
    listed = f"{len(named)} outlet(s)" if named else "outlets not named"
    assert listed in client.get("/").text
