"""The briefing of the seeds' story: every sentence cites, every citation resolves to the
exact characters it quotes, in Markdown and in HTML (SQLite and PostgreSQL)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import storyline
from conftest import run
from storyline.report import build_briefing, to_html, to_markdown
from storyline.report.render import escape_markdown


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seeds_story(seeds_db: str) -> str:
    with storyline.open(seeds_db) as corpus:
        stories = corpus.stories()
        assert stories, "the seeds make a story"
        return str(stories[0].id)


def test_every_citation_resolves_to_the_words_it_cites(seeds_db: str, seeds_story: str) -> None:
    with storyline.open(seeds_db) as corpus:
        briefing = build_briefing(corpus, seeds_story)
        citations = {c.number: c for c in briefing.citations}
        assert list(citations) == list(range(1, len(citations) + 1))
        for citation in briefing.citations:
            record = corpus.article(citation.article)
            assert record is not None and record["doc"] == citation.doc
            assert record["text"][citation.start:citation.end] == citation.text
            assert citation.outlet and citation.date
        sentences = [s for section in briefing.sections for s in section.sentences]
        assert len(sentences) >= 8
        for sentence in sentences:
            assert sentence.citations, sentence
            for text, number in sentence.parts:
                if number is not None:  # the sentence holds the cited words themselves
                    assert one_line(text) == one_line(citations[number].text)


def test_the_seeds_briefing_says_what_the_record_holds(seeds_db: str, seeds_story: str) -> None:
    with storyline.open(seeds_db) as corpus:
        text = to_markdown(build_briefing(corpus, seeds_story))
    parts = text.split("\n## ")
    assert [part.split("\n")[0] for part in parts[1:]] == [
        "What happened", "Key statements", "Numbers in dispute", "Who stands where", "Sources"]
    dispute = parts[3]
    assert "several thousand soldiers" in dispute and "about 100,000 people" in dispute
    assert "Emmanuel Macron" in dispute
    stands = parts[4]
    assert re.search(r"^- Emmanuel Macron supports", stands, re.MULTILINE)
    assert re.search(r"^- Sergei Lavrov opposes", stands, re.MULTILINE)
    for line in parts[1].splitlines()[2:]:  # what happened: in date order
        assert not line or re.match(r"- On \d{4}-\d{2}-\d{2}", line), line
    days = re.findall(r"^- On (\d{4}-\d{2}-\d{2})", parts[1], re.MULTILINE)
    assert days == sorted(days) and len(days) >= 3
    assert re.search(r"^1\. \S.*, 2025-\d\d-\d\d, .*characters \d+–\d+$", parts[5], re.MULTILINE)


def test_html_links_every_citation_to_its_marked_span(seeds_db: str, seeds_story: str) -> None:
    with storyline.open(seeds_db) as corpus:
        briefing = build_briefing(corpus, seeds_story)
        page = to_html(briefing, server="http://127.0.0.1:9999")
    links = set(re.findall(r'href="(http://127\.0\.0\.1:9999/articles/[^"]+)"', page))
    assert {html.unescape(link) for link in links} == {
        f"http://127.0.0.1:9999/articles/{c.article}?span={c.start}-{c.end}#c{c.start}-{c.end}"
        for c in briefing.citations}
    assert "<script" not in page


def test_markdown_escapes_markup() -> None:
    assert escape_markdown("<script>*x*</script> [a](javascript:b)") == \
        "\\<script\\>\\*x\\*\\</script\\> \\[a\\](javascript:b)"


def test_brief_command(seeds_db: str, seeds_story: str, tmp_path: Path) -> None:
    result = run("brief", seeds_story, "--db", seeds_db)
    assert result.exit_code == 0 and result.stdout.startswith("# Briefing: ")
    out = tmp_path / "brief.html"
    result = run("brief", seeds_story, "--db", seeds_db, "--format", "html", "-o", str(out))
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    missing = run("brief", "999999", "--db", seeds_db)
    assert missing.exit_code == 1 and "no story '999999'" in missing.stderr


def test_a_source_line_names_an_untitled_file_once() -> None:
    from storyline.report.brief import Citation
    from storyline.report.render import citation_line
    untitled = Citation(3, "a1", "002_x.txt", "002_x.txt", None, "2025-03-06", 0, 220, "...")
    assert citation_line(untitled) == "002_x.txt, 2025-03-06, characters 0\u2013220"
    titled = Citation(1, "a2", "003_y.txt", "reuters.com", "Macron backs talks", None, 50, 100, "...")
    assert citation_line(titled) == "reuters.com, undated, \u201cMacron backs talks\u201d (003_y.txt), characters 50\u2013100"
    # a file name with brackets at its end is kept whole
    bracketed = Citation(4, "a3", "scan(2)", "example.org", None, "2025-03-07", 5, 9, "...")
    assert citation_line(bracketed) == "example.org, 2025-03-07, scan(2), characters 5\u20139"
