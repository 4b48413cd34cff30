"""The web server's guards: bind rule, token, headers, size limits, static files, escaping."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from conftest import run
from storyline.web.security import CSP, UnsafeBindError, check_bind

from webserver import Server, client, seeds_server, serving  # noqa: F401 (fixtures)

WEB = Path(__file__).resolve().parents[2] / "src" / "storyline" / "web"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.org"])
def test_other_addresses_need_a_token(host: str) -> None:
    with pytest.raises(UnsafeBindError, match="--token"):
        check_bind(host, None)
    check_bind(host, "s3cret-token")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_this_machine_needs_no_token(host: str) -> None:
    check_bind(host, None)


def test_serve_on_every_address_without_a_token_refuses_to_start(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    result = run("serve", "--host", "0.0.0.0", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "refusing to listen on 0.0.0.0" in result.stderr and "--token" in result.stderr


def test_serve_says_when_the_store_is_missing(tmp_path: Path) -> None:
    result = run("serve", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "none.db" in result.stderr


def test_with_a_token_every_request_carries_it(seeds_db: str) -> None:
    with serving(seeds_db, token="s3cret-token") as server, httpx.Client(base_url=server.url) as http:
        for path in ("/", "/api/v1/articles", "/openapi.json", "/static/storyline.css"):
            response = http.get(path)
            assert response.status_code == 401, path
            assert response.headers["www-authenticate"].startswith("Bearer")
        assert http.get("/api/v1/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert http.get("/api/v1/articles", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert http.get("/articles?token=wrong").status_code == 401
        login = http.get("/articles?limit=2&token=s3cret-token")
        assert login.status_code == 303 and login.headers["location"] == "/articles?limit=2"
        assert "HttpOnly" in login.headers["set-cookie"]
        assert http.get("/articles?limit=2").status_code == 200  # the cookie now
        offsite = httpx.URL(server.url).copy_with(raw_path=b"//example.org/x?token=s3cret-token")
        assert http.get(offsite).headers["location"] == "/example.org/x"  # never to another site


def test_security_headers_on_every_response(client: httpx.Client) -> None:
    for path in ("/articles", "/api/v1/articles", "/static/storyline.css", "/no-such-page"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP, path
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_request_bodies_are_limited(client: httpx.Client) -> None:
    assert client.post("/api/v1/articles", content=b"x" * 100_000).status_code == 413

    def chunks():
        for _ in range(100):
            yield b"x" * 1000
    assert client.post("/api/v1/articles", content=chunks()).status_code in (405, 413)


def test_page_sizes_are_limited(client: httpx.Client) -> None:
    assert client.get("/api/v1/articles?limit=100000").status_code == 422
    assert client.get("/api/v1/articles?limit=2").json()["limit"] == 2


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/templates/base.html"])
def test_static_files_only_from_the_static_folder(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404, path
    assert "import" not in response.text and "root:" not in response.text


def test_templates_hold_no_inline_script_and_never_mark_content_safe() -> None:
    for template in (WEB / "templates").glob("*.html"):
        source = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\ssrc=)", source), template.name
        assert not re.search(r"\son[a-z]+\s*=", source, re.IGNORECASE), template.name
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source, template.name
    for asset in (WEB / "static").rglob("*"):
        assert "http://" not in asset.read_text(encoding="utf-8", errors="replace").replace(
            "http://www.w3.org/2000/svg", ""), asset.name  # nothing fetched from elsewhere


HOSTILE = ("Hostile page\n\nThe minister said <script>alert('x')</script> and then "
           "<img src=x onerror=alert(1)> and <a href=\"javascript:alert(2)\">click</a> while "
           "“<b>bold</b> claims & more” were made.\n")


def test_hostile_article_text_is_escaped(tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    db = str(tmp_path / "hostile.db")
    assert run("ingest", str(source), "--db", db, "--published", "2025-03-01").exit_code == 0
    with serving(db) as server, httpx.Client(base_url=server.url) as http:
        article = http.get("/api/v1/articles").json()["items"][0]["id"]
        record = http.get(f"/api/v1/articles/{article}").json()
        page = http.get(f"/articles/{article}").text
        # the tags of the page are Storyline's own; the article's markup is text in it
        assert re.findall(r"<(script|img|a|b)\b[^>]*>", page) == ["script"] + ["a"] * page.count("<a ")
        assert "<script>alert" not in page and "onerror=alert(1)>" not in page
        assert 'href="javascript:' not in page and "<b>bold" not in page
        shown = re.search(r'<div class="text">(.*?)</div>', page, re.DOTALL)[1]
        assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == record["text"]
        found = http.get("/search", params={"q": "minister"}).text
        assert "<script>alert" not in found and "&lt;script&gt;" in found


def test_server_fixture_uses_loopback(seeds_server: Server) -> None:
    assert seeds_server.url.startswith("http://127.0.0.1:")
