"""Near-duplicates: a copy with an added paragraph and another headline is grouped with its
report; different reports of one story are not."""

from __future__ import annotations

from pathlib import Path

from storyline import Pipeline, Store
from storyline.corpus.dedup import duplicate_groups, group_records, jaccard, signature
from storyline.corpus.stories import duplicates, list_stories
from tests.conftest import SEEDS

TEXTS = {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def _rewrite(text: str) -> str:
    """An outlet's copy: another first line, a paragraph of its own, a word changed."""
    lines = text.splitlines()
    return "\n".join(["Breaking: the latest from our wire service", *lines[1:],
                      "Our correspondent in Paris contributed to this report."]).replace(" said ", " stated ", 1)


def test_a_light_rewrite_is_a_near_duplicate_and_other_reports_are_not() -> None:
    names = sorted(TEXTS)
    original = TEXTS[names[0]]
    copy = signature(_rewrite(original))
    assert jaccard(signature(original), copy) >= 0.5
    for other in names[1:]:
        assert jaccard(signature(TEXTS[other]), copy) < 0.3
    signatures = {"copy": copy, **{name: signature(TEXTS[name]) for name in names}}
    assert duplicate_groups(signatures) == [["copy", names[0]]]


def test_a_group_names_the_earliest_report_its_copies_and_outlets() -> None:
    articles = {"a": {"doc": "a.txt", "site": "AFP", "published": "2025-02-25"},
                "b": {"doc": "b.txt", "site": "Le Monde", "published": "2025-02-24"},
                "c": {"doc": "c.txt", "site": None, "published": None}}
    (group,) = group_records([["a", "b", "c"]], articles)
    assert group.to_record() == {"report": "b.txt", "copies": ["a.txt", "c.txt"], "outlets": ["Le Monde", "AFP", "c.txt"]}


def test_copies_stored_together_are_one_report_in_their_story(tmp_path: Path, pipeline: Pipeline) -> None:
    name = sorted(TEXTS)[0]
    report = pipeline.process_text(TEXTS[name], doc=name, published="2025-02-25", site="Report Wire")
    copy = pipeline.process_text(_rewrite(TEXTS[name]), doc="copy.txt", published="2025-02-25", site="Daily Copy")
    other = pipeline.process_text(TEXTS[sorted(TEXTS)[4]], doc="other.txt", published="2025-09-04")
    with Store(str(tmp_path / "d.db")) as store:
        store.add_many([report, copy, other])
        (group,) = duplicates(store)
        assert (group.report, group.copies) in ((name, ["copy.txt"]), ("copy.txt", [name]))
        assert sorted(group.outlets) == ["Daily Copy", "Report Wire"]
        holding = [story for story in list_stories(store) if name in story.articles]
        assert "copy.txt" in holding[0].articles
        assert [g.to_record() for g in holding[0].duplicates] == [group.to_record()]
