"""Full-text search (store/search.py) over the seeds, in SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from conftest import DATA, run
from storyline.store.search import make_snippet, parse_query


def test_parse_query() -> None:
    query = parse_query('boots "on the ground" -Trump macron OR lavrov')
    assert query.groups == ((("boots",),), (("on", "the", "ground"),), (("macron",), ("lavrov",)))
    assert query.excluded == (("trump",),)
    assert query.fts5() == '("boots") AND ("on the ground") AND ("macron" OR "lavrov") NOT "trump"'
    assert parse_query("  - \" ").empty



def test_fts5_query_cannot_inject_syntax() -> None:
    # every term becomes a quoted string of words (a token with punctuation, a phrase): no FTS5 syntax
    assert parse_query('NEAR(x y) col:c "a* b').fts5() == '("near x") AND ("y") AND ("col c") AND ("a b")'


def test_snippet_offsets_are_exact() -> None:
    text = "Intro. " * 40 + "He said we should never send boots on the ground there. " + "Tail. " * 40
    snippet = make_snippet(text, parse_query("boots on the ground"))
    assert snippet is not None
    assert text[snippet.start:snippet.end] == snippet.text
    assert [text[s:e] for s, e in snippet.matches] == ["boots on the ground"]


def test_boots_on_the_ground_finds_macrons_statement(seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        found = corpus.search("boots on the ground")
        assert [hit.record["speaker"]["name"] for hit in found.statements] == ["Emmanuel Macron"]
        assert found.total_articles == 1
        record = corpus.article(found.statements[0].article)
        hit = found.statements[0].to_record()
        assert record["text"][hit["start"]:hit["end"]] == hit["text"]
        snippet = found.articles[0].snippet
        assert record["text"][snippet.start:snippet.end] == snippet.text
        assert "boots on the ground" in [record["text"][s:e] for s, e in snippet.matches]


def test_filters(seeds_db: str) -> None:
    with storyline.open(seeds_db) as corpus:
        everyone = corpus.search("troops")
        assert everyone.total_statements > 1 and everyone.total_articles >= 4
        macron = corpus.search("troops", speaker="macron")
        assert macron.total_statements and all("Macron" in h.record["speaker"]["name"] for h in macron.statements)
        assert macron.total_statements < everyone.total_statements
        march = corpus.search("troops", since="2025-03-01", until="2025-03-31")
        assert {h.published[:7] for h in march.articles} == {"2025-03"}
        assert all(h.date and h.date.startswith("2025-03") for h in march.statements)
        outlet = corpus.search("troops", outlet="004_")
        assert {h.doc for h in outlet.articles} == {"004_a44e334fb6fbc269.txt"}
        assert corpus.search("troops -troops").total_articles == 0
        assert corpus.search("zzzunknownword").to_record()["articles"] == []
        paged = corpus.search("troops", limit=1, offset=1)
        assert len(paged.articles) == 1 and paged.articles[0].article == everyone.articles[1].article
        with pytest.raises(ValueError, match="since"):
            corpus.search("troops", since="March")


def test_articles_stored_later_are_found(db: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "late.txt"
    source.write_text("A late article\n\nThe harbour authority said the zeppelins would dock at noon.\n",
                      encoding="utf-8")
    assert run("ingest", str(source), "--db", db, "--published", "2025-04-01").exit_code == 0
    with storyline.open(db) as corpus:
        found = corpus.search("zeppelin")
        assert found.total_articles == 1 and found.total_statements == 1


def test_a_store_made_before_the_index_gets_it(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(DATA / "stores" / "store-before-schema-version.db", old)
    with storyline.open(str(old)) as corpus:
        assert corpus.search("boots on the ground").total_statements == 1
