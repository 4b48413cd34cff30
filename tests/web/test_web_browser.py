"""The web UI in a real browser: Playwright driving Debian's chromium against a real
uvicorn server on 127.0.0.1, over the seeds' store (SQLite and PostgreSQL). Screenshots of
every page are saved under the run's temporary folder (printed at the end) for review."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import storyline
from conftest import run
from webserver import Server, seeds_server, serving  # noqa: F401 (fixtures)

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser for the web UI tests: {CHROMIUM} is "
                                "missing (apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("screenshots")
    yield folder
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"web UI screenshots: {folder}")


class Visit:
    """A browser page that records console errors, uncaught errors, dialogs and requests."""

    def __init__(self, browser: Any, server: Server) -> None:
        self.server = server
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str) -> Any:
        response = self.page.goto(self.server.url + path)
        self.page.wait_for_load_state("load")
        assert response is not None and response.status == 200, path
        return self.page

    def shot(self, folder: Path, name: str) -> None:
        self.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.page.close()


@pytest.fixture()
def visit(browser: Any, seeds_server: Server) -> Iterator[Visit]:
    opened = Visit(browser, seeds_server)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def story_id(seeds_db: str) -> str:
    with storyline.open(seeds_db) as corpus:
        return str(corpus.stories()[0].id)


def kind_of(db: str) -> str:
    return "postgresql" if "://" in db else "sqlite"


def test_every_page_loads_without_console_errors(visit: Visit, story_id: str, seeds_db: str,
                                                 screenshots: Path) -> None:
    with storyline.open(seeds_db) as corpus:
        article = corpus.articles()[0]["id"]
        entity = corpus.entity("Emmanuel Macron").id
    pages = {"stories": "/", "story": f"/stories/{story_id}", "articles": "/articles",
             "article": f"/articles/{article}", "entities": "/entities", "entity": f"/entities/{entity}",
             "search": "/search?q=boots+on+the+ground"}
    for name, path in pages.items():
        visit.open(path)
        visit.shot(screenshots, f"{kind_of(seeds_db)}-{name}")
    assert visit.errors == []
    assert all(url.startswith(visit.server.url) for url in visit.requests), visit.requests


def test_story_page_shows_the_dispute_and_the_positions(visit: Visit, story_id: str) -> None:
    page = visit.open(f"/stories/{story_id}")
    disputes = page.locator("#numbers .dispute").all_inner_texts()
    assert any("several thousand soldiers" in text and "about 100,000 people" in text and "in dispute" in text
               for text in disputes), disputes
    rows = {row.locator("td").first.inner_text(): row.locator("td").nth(1).inner_text()
            for row in page.locator("#positions table tbody tr").all()}
    assert rows.get("Emmanuel Macron", "").strip() in ("support", "conditional"), rows
    assert rows.get("Sergei Lavrov", "").strip() == "oppose", rows
    # the chart draws them too, each mark linked to its evidence
    marks = page.locator("#positions svg a")
    assert marks.count() >= 2
    assert re.match(r"/articles/\w+\?span=\d+-\d+#c\d+-\d+", marks.first.get_attribute("href"))
    assert page.locator("#timeline svg circle").count() > 5


def test_clicking_a_statement_opens_its_words_marked_and_in_view(visit: Visit, story_id: str) -> None:
    page = visit.open(f"/stories/{story_id}")
    page.locator("#who details").evaluate_all("elements => elements.forEach(e => { e.open = true; })")
    link = page.locator("#who blockquote a.quote-link").filter(has_text="boots on the ground").first
    quoted = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/articles/\w+\?span=\d+-\d+#c\d+-\d+"))
    page.wait_for_load_state("load")
    start, end = map(int, re.search(r"span=(\d+)-(\d+)", page.url).groups())
    target = page.locator(f"#c{start}-{end}")
    assert " ".join(target.inner_text().split()) == quoted
    page.wait_for_function("document.querySelector('mark.is-target') !== null")
    assert "is-target" in target.get_attribute("class")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] and box["y"] + min(box["height"], 100) <= 900  # in view
    background = target.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert visit.errors == []


def test_focusing_a_mark_shows_what_was_extracted(visit: Visit, seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        article = next(a["id"] for a in corpus.articles() if a["quantities"])
    page = visit.open(f"/articles/{article}")
    number = page.locator(".article .text mark.f-number").first
    number.focus()
    tip = number.evaluate("element => getComputedStyle(element, '::after').content")
    assert tip.strip('"') == number.get_attribute("data-tip") and tip.count(":") >= 1
    assert number.get_attribute("title") == number.get_attribute("data-tip")


def test_search_finds_macrons_statement(visit: Visit) -> None:
    page = visit.open("/search")
    page.fill("#q", "boots on the ground")
    page.click("form.search button[type=submit]")
    page.wait_for_url(re.compile(r"/search\?q=boots"))
    statements = page.locator("section[aria-labelledby=statements-h] blockquote")
    assert statements.count() == 1
    text = statements.first.inner_text()
    assert "boots on the ground" in text and "Emmanuel Macron" in text


HOSTILE = ("Hostile page\n\nThe minister said <script>alert('script')</script> and then "
           "<img src=x onerror=alert('img')> and <a href=\"javascript:alert('link')\">click me</a> "
           "were all in the text.\n")


def test_hostile_article_is_shown_as_text(browser: Any, tmp_path: Path, screenshots: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = str(tmp_path / "hostile.db")
    assert run("ingest", str(tmp_path / "in"), "--db", db, "--published", "2025-03-01").exit_code == 0
    with storyline.open(db) as corpus:
        article = corpus.articles()[0]["id"]
    with serving(db) as server:
        visit = Visit(browser, server)
        try:
            page = visit.open(f"/articles/{article}")
            page.wait_for_timeout(300)
            shown = page.locator(".article .text").inner_text()
            assert "<script>alert('script')</script>" in shown and "<img src=x onerror=alert('img')>" in shown
            assert page.locator(".article .text img, .article .text script, .article .text a").count() == 0
            visit.open(f"/search?q=minister")
            visit.shot(screenshots, "hostile-search")
            visit.open(f"/articles/{article}")
            visit.shot(screenshots, "hostile-article")
        finally:
            visit.close()
    assert visit.dialogs == []
    assert all(url.startswith(server.url) for url in visit.requests), visit.requests
    assert not [url for url in visit.requests if url.endswith("/x")]
