"""``storyline timeline`` over a store of the five seeds, through click's runner."""

from __future__ import annotations

import json

from conftest import SEEDS, run
from storyline.extract.timex.calendar import value_start


def entries(seeds_db: str, *options: str) -> list[dict]:
    result = run("timeline", "--db", seeds_db, "--format", "jsonl", *options)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_entries_are_in_time_order_with_their_sources(seeds_db: str) -> None:
    found = entries(seeds_db)
    starts = [value_start(entry["date"]) for entry in found]
    assert all(start is not None for start in starts) and starts == sorted(starts)
    assert {entry["doc"] for entry in found} == {path.name for path in SEEDS.glob("*.txt")}


def test_acceptance_entries_in_order(seeds_db: str) -> None:
    found = entries(seeds_db)

    def first(predicate) -> int:
        return next(index for index, entry in enumerate(found) if predicate(entry))

    white_house = first(lambda e: e["kind"] == "statement" and e["who"] == "Emmanuel Macron"
                        and e["date"] == "2025-02-24" and e["doc"].startswith("003"))
    talks = first(lambda e: e["kind"] == "event" and e["planned"] and e["date"] == "2025-03-11"
                  and "chiefs of staff" in e["text"])
    commitment = first(lambda e: e["date"] == "2025-09-04" and "Twenty-six" in e["text"])
    assert white_house < talks < commitment
    said_monday = first(lambda e: e["text"].startswith("France aims") and e["dated_from"] == "text")
    assert found[said_monday]["date"] == "2025-02-24"


def article_id(seeds_db: str, doc: str) -> str:
    return next(entry["article"] for entry in entries(seeds_db) if entry["doc"] == doc)


def test_a_statement_date_is_not_repeated_as_an_event(seeds_db: str) -> None:
    # "said on Thursday" dates the source's statement; its sentence is no event of that day
    found = entries(seeds_db, "--article", article_id(seeds_db, "002_3d43a6674e008687.txt"))
    host = [e for e in found if e["text"].startswith("France will host")]
    assert {(e["kind"], e["date"]) for e in host} == {("statement", "2025-03-06"), ("event", "2025-03-11")}


def test_article_filter_keeps_one_article(seeds_db: str) -> None:
    found = entries(seeds_db, "--article", article_id(seeds_db, "002_3d43a6674e008687.txt")[:10])
    assert found and {entry["doc"] for entry in found} == {"002_3d43a6674e008687.txt"}
    unknown = run("timeline", "--db", seeds_db, "--article", "nosuchid")
    assert unknown.exit_code == 1 and unknown.stdout == ""
    assert "no article with an id starting 'nosuchid'" in unknown.stderr


def test_story_filter_takes_a_story_id(seeds_db: str) -> None:
    stories = [json.loads(line) for line in run("stories", "--db", seeds_db, "--format", "jsonl").stdout.splitlines()]
    story = next(story for story in stories if "002_3d43a6674e008687.txt" in story["articles"])
    found = entries(seeds_db, "--story", str(story["id"]))
    assert found and {entry["doc"] for entry in found} == set(story["articles"])
    everything = entries(seeds_db)
    assert found == [entry for entry in everything if entry["doc"] in story["articles"]]
    unknown = run("timeline", "--db", seeds_db, "--story", "999999")
    assert unknown.exit_code == 1 and unknown.stdout == ""
    assert "no story '999999'; `storyline stories` lists them" in unknown.stderr


def test_entity_filter(seeds_db: str) -> None:
    found = entries(seeds_db, "--entity", "lavrov")
    assert found and all("Lavrov" in (entry["who"] or "") or "Lavrov" in entry["text"] for entry in found)
    assert {entry["kind"] for entry in entries(seeds_db, "--entity", "Witkoff")} == {"event"}


def test_table_and_markdown(seeds_db: str) -> None:
    table = run("timeline", "--db", seeds_db).stdout.splitlines()
    assert table[0].split() == ["DATE", "KIND", "WHO", "WHAT", "SOURCE"]
    assert any(line.startswith("2025-03-11  planned") for line in table)
    markdown = run("timeline", "--db", seeds_db, "--format", "md").stdout
    assert markdown.startswith("# Timeline") and "\n## 2025-02-24\n" in markdown
    assert "- Planned: France will host talks on Tuesday" in markdown
