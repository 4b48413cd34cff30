"""The seeds, cleaned: golden text files and the gold article annotations."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import DATA, GOLDEN, SEEDS, load_jsonl
from storyline.clean import clean_document
from storyline.ingest import read_sources
from storyline.model import Article

GOLD = {row["doc"]: row for row in load_jsonl(DATA / "gold" / "seed-articles.jsonl")}
UPDATE = os.environ.get("STORYLINE_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("doc", sorted(GOLD))
def test_gold_title_first_last_and_boilerplate(seed_articles: dict[str, Article], doc: str) -> None:
    gold, article = GOLD[doc], seed_articles[doc]
    if gold["title"] is not None:
        assert article.title == gold["title"]
    assert gold["first"] in article.text
    assert gold["last"] in article.text
    for junk in gold["boilerplate"]:
        assert junk not in article.text, junk


@pytest.mark.parametrize("doc", sorted(GOLD))
def test_cleaned_text_matches_golden_file(seed_articles: dict[str, Article], doc: str) -> None:
    golden = GOLDEN / "seeds" / (doc + ".clean.txt")
    if UPDATE:
        golden.write_text(seed_articles[doc].text, encoding="utf-8")
    assert seed_articles[doc].text == golden.read_text(encoding="utf-8")


def test_credit_lines_are_kept_as_metadata(seed_articles: dict[str, Article]) -> None:
    for doc, gold in GOLD.items():
        if "credit" in gold:
            assert seed_articles[doc].credit == gold["credit"]
    assert seed_articles["004_a44e334fb6fbc269.txt"].byline == "News Desk"
    assert seed_articles["002_3d43a6674e008687.txt"].byline == "AFP"


def test_sidecar_dates_are_used(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["000_eb20bdf25b96ae3f.txt"]
    assert (article.published, article.published_from) == ("2025-02-25", "meta")


def test_dateline_and_credit_give_the_date_without_sidecar(tmp_path) -> None:
    shutil.copy(SEEDS / "003_d6d2929f3d089768.txt", tmp_path)
    (raw,) = read_sources([tmp_path / "003_d6d2929f3d089768.txt"])
    article = clean_document(raw)
    assert (article.published, article.published_from) == ("2025-02-24", "text")


def test_no_date_is_guessed(tmp_path) -> None:
    shutil.copy(SEEDS / "001_e7b65f79eb444cbf.txt", tmp_path)
    (raw,) = read_sources([tmp_path / "001_e7b65f79eb444cbf.txt"])
    article = clean_document(raw)
    assert (article.published, article.published_from) == (None, None)
