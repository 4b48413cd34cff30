"""Stories and events: the seeds make one story of four events (gold: seed-story.json),
clustering is deterministic and the same through ingest, recluster and the eval, and the
veto keeps apart two occurrences of one kind of event."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from storyline import Pipeline, Store
from storyline.corpus.clustering import StoryState, _close_enough, stories_vetoed, vetoed
from storyline.corpus.stories import get_story, list_stories, recluster
from storyline.corpus.story_features import ArticleFeatures, ArticleView, article_features
from storyline.eval.stories import bcubed, read_documents, storyline_clusters
from storyline.store import schema
from storyline.store.schema import story_articles
from storyline.store.stories import cluster_views, story_states
from tests.conftest import SEEDS, run

DATA = Path(__file__).parent / "data"
GOLD = json.loads((DATA / "gold" / "seed-story.json").read_text(encoding="utf-8"))
ECB_SUBSET = DATA / "ecbplus-dev-subset.jsonl"


def _stories_jsonl(db: str) -> list[dict]:
    result = run("stories", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_seeds_are_one_story_of_the_gold_events(seeds_db: str) -> None:
    stories = _stories_jsonl(seeds_db)
    assert [sorted(story["articles"]) for story in stories] == [sorted(GOLD["stories"][0]["docs"])]
    result = run("story", str(stories[0]["id"]), "--db", seeds_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    story = json.loads(result.stdout)
    events = {frozenset(event["articles"]): event["date"] for event in story["events"]}
    for gold in GOLD["events"]:
        assert frozenset(gold["docs"]) in events, (gold, events)
    assert events[frozenset(GOLD["events"][0]["docs"])] == GOLD["events"][0]["date"] == "2025-02-24"
    assert [event["date"] for event in story["events"]] == sorted(event["date"] for event in story["events"])
    assert story["first"] == "2025-02-24" and story["last"] == "2025-09-04"
    assert "Emmanuel Macron" in story["actors"]
    assert story["timeline"] and {entry["doc"] for entry in story["timeline"]} <= set(story["articles"])


def test_story_table_and_unknown_id(seeds_db: str) -> None:
    story_id = str(_stories_jsonl(seeds_db)[0]["id"])
    table = run("story", story_id, "--db", seeds_db)
    assert table.exit_code == 0 and "2025-02-24" in table.stdout and "Macron" in table.stdout
    listing = run("stories", "--db", seeds_db)
    assert listing.exit_code == 0 and listing.stdout.splitlines()[0].split()[:3] == ["ID", "ARTICLES", "EVENTS"]
    missing = run("story", "999999", "--db", seeds_db)
    assert missing.exit_code == 1 and "no story '999999'" in missing.stderr
    assert run("story", "not-a-number", "--db", seeds_db).exit_code == 1


def test_recluster_gives_the_same_stories(seeds_db: str) -> None:
    before = _stories_jsonl(seeds_db)
    result = run("recluster", "--db", seeds_db)
    assert result.exit_code == 0, result.stderr
    assert "clustered 5 article(s) into 1 story(ies)" in result.stderr
    assert _stories_jsonl(seeds_db) == before


def _assignments(records: list[dict]) -> list[tuple[str, int, int, str | None]]:
    engine = create_engine("sqlite://")
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        done = cluster_views(connection, [ArticleView.of_record(record) for record in records])
    engine.dispose()
    return [(a.article_id, a.story_id, a.event_id, a.event_date) for a in done]


def test_the_same_articles_in_the_same_order_give_the_same_result(seed_articles: dict) -> None:
    records = [article.to_record() for _, article in sorted(seed_articles.items())]
    first = _assignments(records)
    assert first == _assignments(records)
    # One batch or one article at a time: the state kept in the tables is the same.
    engine = create_engine("sqlite://")
    schema.metadata.create_all(engine)
    one_by_one = []
    for record in records:
        with engine.begin() as connection:
            one_by_one += [(a.article_id, a.story_id, a.event_id, a.event_date)
                           for a in cluster_views(connection, [ArticleView.of_record(record)])]
    engine.dispose()
    assert one_by_one == first


def test_features_of_an_article_and_of_its_record_agree(seed_articles: dict) -> None:
    for article in seed_articles.values():
        assert article_features(ArticleView.of_article(article)) == article_features(
            ArticleView.of_record(json.loads(json.dumps(article.to_record()))))


def test_the_event_date_is_the_reported_day_before_publication(seed_articles: dict) -> None:
    dates = {doc[:3]: article_features(ArticleView.of_article(a)).event_date for doc, a in seed_articles.items()}
    assert dates["000"] == dates["003"] == "2025-02-24"  # "Monday evening", "today"
    assert dates["004"] == "2025-09-04"


REHAB = ("{name} checked into a rehab treatment center on Tuesday, {his} representative told People "
         "magazine. {short} was being treated for alcohol abuse, the spokesman said. {short} asked "
         "for privacy for {him} and {his} family. Friends of {short} supported the decision to enter "
         "the rehabilitation facility in Malibu.")


def _rehab(pipeline: Pipeline, name: str, pronouns: tuple[str, str], doc: str, more: str = "") -> ArticleView:
    text = REHAB.format(name=name, short=name.split()[-1], his=pronouns[0], him=pronouns[1]) + more
    return ArticleView.of_article(pipeline.process_text(text, doc=doc, published="2013-05-03"))


def test_two_check_ins_of_two_people_are_two_stories(pipeline: Pipeline) -> None:
    reid = _rehab(pipeline, "Tara Reid", ("her", "herself"), "reid.txt")
    lohan = _rehab(pipeline, "Lindsay Lohan", ("her", "herself"), "lohan.txt")
    again = _rehab(pipeline, "Lindsay Lohan", ("her", "herself"), "lohan-2.txt",
                   " Lohan is expected to stay for 90 days.")
    story = StoryState(1, size=1, people=dict(article_features(reid).people),
                       names=dict(article_features(reid).names))
    assert vetoed(article_features(lohan), story)
    assert not vetoed(article_features(reid), story)
    engine = create_engine("sqlite://")
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        done = cluster_views(connection, [reid, lohan, again])
    engine.dispose()
    assert done[0].story_id != done[1].story_id
    assert done[2].story_id == done[1].story_id


def test_a_veto_needs_key_people_on_both_sides() -> None:
    article = ArticleFeatures("a", None, people={"jane doe": 3.0}, names={"jane doe": "Jane Doe"}, lead={"jane doe"})
    nobody = StoryState(1, size=2)
    assert not vetoed(article, nobody)
    spelled = StoryState(1, size=2, people={"jane dough": 5.0}, names={"jane dough": "Jane Dough"})
    assert not vetoed(article, spelled)  # the first name is shared
    other = StoryState(1, size=2, people={"john smith": 5.0}, names={"john smith": "John Smith"})
    assert vetoed(article, other)


def test_a_young_story_asks_each_side_to_name_the_other() -> None:
    # The article names the story's key person in passing; its own key person is new to it.
    article = ArticleFeatures("a", None, people={"jamal williams": 6.0, "vincent jackson": 2.0},
                              names={"jamal williams": "Jamal Williams", "vincent jackson": "Vincent Jackson"},
                              lead={"jamal williams", "vincent jackson"})
    people = {"vincent jackson": 15.0, "a.j. smith": 8.0}
    names = {"vincent jackson": "Vincent Jackson", "a.j. smith": "A.J. Smith"}
    assert vetoed(article, StoryState(1, size=2, people=people, names=names))
    assert not vetoed(article, StoryState(1, size=3, people=people, names=names))
    # A person first named after the lead (a spokesman quoted further down) is no key person.
    article.lead = {"vincent jackson"}
    assert not vetoed(article, StoryState(1, size=2, people=people, names=names))


def test_a_surname_among_the_words_names_the_person() -> None:
    # The story's texts name the article's key person, though no entity of theirs is her.
    article = ArticleFeatures("a", None, people={"maria okafor": 4.0}, names={"maria okafor": "Maria Okafor"},
                              lead={"maria okafor"})
    story = StoryState(1, size=4, people={"tom reyes": 6.0}, names={"tom reyes": "Tom Reyes"})
    assert vetoed(article, story)
    story.vector = {"t:okafor": 0.4, "t:bridge": 0.5}
    assert not vetoed(article, story)


def test_the_lead_weekday_is_a_key() -> None:
    text = "The mayor opened the new bridge on Saturday. Traffic will cross it from Monday."
    times = [("DATE", None, "past", "Saturday", 35), ("DATE", None, "future", "Monday", 73)]
    view = ArticleView("w", "w.txt", None, text, None, None, [], times, [], [])
    keys = article_features(view).keys
    assert "w:saturday" in keys and "w:monday" not in keys  # a plan's day is not the report's


def test_the_person_the_lead_names_first_is_a_key() -> None:
    text = "Governor Ana Lopes signed the water bill on Friday, said her aide Sam Reed. " * 2
    view = ArticleView("g", "g.txt", None, text, None, None,
                       [("Sam Reed", "PERSON", 2, 53), ("Ana Lopes", "PERSON", 2, 9)], [], [], [])
    keys = article_features(view).keys
    assert "a:lopes" in keys and "a:reed" not in keys


def test_a_story_is_about_the_people_its_leads_name() -> None:
    text = "Lindsay Lohan checked into a rehab center on Tuesday. " + "The center is in Malibu. " * 30
    view = ArticleView("a1", "a.txt", None, text, None, None,
                       [("Lindsay Lohan", "PERSON", 3, 0), ("Jack Ketsoyan", "PERSON", 4, len(text) - 20)], [], [], [])
    engine = create_engine("sqlite://")
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        [done] = cluster_views(connection, [view])
        people = story_states(connection)[done.story_id].people
    engine.dispose()
    assert people == {"lindsay lohan": 3.0}  # the spokesman quoted further down is a source


def test_only_a_published_date_places_an_article_in_time() -> None:
    story = StoryState(1, size=3, first="2013-04-11", last="2013-04-24")
    dated = ArticleFeatures("a", "2008-06-20", event_date="2008-06-19")
    undated = ArticleFeatures("b", None, event_date="2008-06-19")  # a date its text recalls
    assert vetoed(dated, story) and not vetoed(undated, story)


def test_numbers_results_and_names_outrank_words() -> None:
    text = " ".join(f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(300))
    view = ArticleView("x", "x.txt", "Colts beat Chiefs 20 - 13", text + " They won 31-24, in 2012-13.",
                       None, None, [("Andrew Luck", "PERSON", 1, 20)], [], [(334.0, None, "million")], [])
    keys = article_features(view).keys
    assert {"n:20-13:score", "n:31-24:score", "n:334:million", "e:andrew luck"} <= set(keys)
    assert not any(key.startswith("n:13-12") or key.startswith("n:12-13") for key in keys)


def test_ingest_and_the_eval_cluster_alike(tmp_path: Path, pipeline: Pipeline) -> None:
    documents = read_documents(ECB_SUBSET)
    by_eval = storyline_clusters(documents, pipeline, str(ECB_SUBSET))
    inputs = tmp_path / "ecb.jsonl"
    inputs.write_text("".join(json.dumps({"id": d.doc_id, "text": d.text}) + "\n" for d in documents),
                      encoding="utf-8")
    db = str(tmp_path / "ecb.db")
    assert run("ingest", str(inputs), "--db", db).exit_code == 0
    by_ingest = {doc: story["id"] for story in _stories_jsonl(db) for doc in story["articles"]}
    partition = lambda clusters: sorted(sorted(d for d in clusters if clusters[d] == s) for s in set(clusters.values()))  # noqa: E731
    assert partition(by_ingest) == partition({d: s for d, s in by_eval.items() if d in by_ingest})
    assert set(by_ingest) <= set(by_eval)
    gold = {d.doc_id: d.story_id for d in documents}
    assert bcubed(by_eval, gold).f1 > 0.8


def test_bcubed() -> None:
    perfect = bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"})
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    merged = bcubed({"a": 1, "b": 1}, {"a": "x", "b": "y"})
    assert merged.precision == 0.5 and merged.recall == 1.0


def test_get_story_in_python(tmp_path: Path, seed_articles: dict) -> None:
    with Store(str(tmp_path / "s.db")) as store:
        store.add_many([seed_articles[doc] for doc in sorted(seed_articles)])
        stories = list_stories(store)
        assert len(stories) == 1 and get_story(store, stories[0].id) == stories[0]
        assert get_story(store, "x") is None and get_story(store, 12345) is None
        assert recluster(store) == 5
        assert [s.to_record() for s in list_stories(store)] == [s.to_record() for s in stories]
    assert SEEDS.exists()


def _climb(article_id: str, text: str, places: list[tuple[str, int]], numbers: list[tuple]) -> ArticleView:
    return ArticleView(article_id, article_id + ".txt", None, text, None, None,
                       [(name, "LOC", 1, start) for name, start in places], [], numbers, [])


def test_a_fragment_joins_its_story_once_an_article_bridges_them() -> None:
    fall = _climb("fall", "Rescuers on Mount Aspiring recovered the body of a Czech climber who fell from the north "
                  "ridge. The alpine rescue team flew a helicopter to the glacier at first light.",
                  [("Mount Aspiring", 12)], [(41.0, None, "year"), (300.0, "m", None), (4.0, None, "climber")])
    club = _climb("club", "A mountaineering club in Brno mourned its member, an experienced guide, after the "
                  "accident. Friends said the guide had trained for the expedition since spring.",
                  [("Brno", 35)], [(41.0, None, "year"), (12.0, None, "expedition")])
    both = _climb("both", "The Czech guide who fell on Mount Aspiring was a member of a mountaineering club in "
                  "Brno; rescuers recovered his body from the glacier below the north ridge.",
                  [("Mount Aspiring", 30), ("Brno", 90)], [(41.0, None, "year"), (300.0, "m", None)])
    other = _climb("other", "Tennis fans queued overnight for tickets to the final at the stadium.", [], [])

    def stories(*batches: list[ArticleView]) -> tuple[dict[str, int], list]:
        engine = create_engine("sqlite://")  # (no article rows: SQLite without the foreign-key pragma)
        schema.metadata.create_all(engine)
        done = []
        for batch in batches:
            with engine.begin() as connection:
                done += cluster_views(connection, batch)
        with engine.connect() as connection:
            final = dict(connection.execute(select(story_articles.c.article_id, story_articles.c.story_id)).all())
        engine.dispose()
        return final, done

    final, done = stories([fall, club, both], [other])
    # The club's report started a story of its own; the third article joined the fall's and
    # brought the club's with it (their numbers agree), and the merged story's id is not reused.
    assert done[1].story_id != done[0].story_id == done[2].story_id
    assert final["fall"] == final["club"] == final["both"] == done[0].story_id
    assert final["other"] not in {done[0].story_id, done[1].story_id}
    # The same report with other numbers (another climber, another expedition) stays apart.
    elsewhere = _climb("club", club.text, [("Brno", 35)], [(35.0, None, "year"), (12.0, None, "expedition")])
    final, _ = stories([fall, elsewhere, both])
    assert final["club"] != final["fall"] == final["both"]


def test_a_fragment_whose_numbers_cannot_be_compared_joins_at_a_lower_cosine() -> None:
    ferry = StoryState(1, size=6, vector={"t:ferry": 2.0, "t:harbour": 1.0, "n:212:passenger": 1.5})
    words_only = StoryState(2, size=1, vector={"t:ferry": 1.0, "t:captain": 0.5})
    other_toll = StoryState(3, size=1, vector={"t:ferry": 1.0, "n:38:passenger": 1.0})
    two_articles = StoryState(4, size=2, vector={"t:ferry": 1.0, "t:captain": 0.5})
    assert _close_enough(0.3, ferry, words_only) and not _close_enough(0.2, ferry, words_only)
    assert not _close_enough(0.3, ferry, other_toll)  # numbers that disagree: another occurrence
    assert not _close_enough(0.3, ferry, two_articles) and _close_enough(0.45, ferry, two_articles)


def test_a_short_report_the_story_holds_joins_it_at_a_low_cosine() -> None:
    # A two-line report ("Dr Ilse Varga, 51, is feared dead after a fall on the ridge"): its
    # cosine to the grown story is low, but the story holds most of it and names its person.
    search = StoryState(1, size=7, vector={"e:ilse varga": 3.0, "e:varga": 2.0, "t:ridge": 2.0, "t:dead": 1.5,
                                           "t:search": 4.0, "t:helicopter": 3.0, "t:glacier": 3.0},
                        people={"ilse varga": 2.0, "tomas reiner": 1.0},
                        names={"ilse varga": "Ilse Varga", "tomas reiner": "Tomas Reiner"})
    report = StoryState(2, size=1, vector={"e:ilse varga": 0.6, "t:ridge": 0.5, "t:dead": 0.5, "t:feared": 0.3},
                        people={"ilse varga": 1.0}, names={"ilse varga": "Ilse Varga"})
    assert _close_enough(0.15, search, report)
    # Its person not named by the story, or most of it not there: no.
    stranger = replace(report, people={"jon baird": 1.0}, names={"jon baird": "Jon Baird"})
    assert not _close_enough(0.15, search, stranger)
    elsewhere = replace(report, vector={"e:ilse varga": 0.3, "t:avalanche": 0.6, "t:pass": 0.6, "t:skier": 0.5})
    assert not _close_enough(0.15, search, elsewhere)
    # A story about someone the report does not name (a new actor cast in a part the report's
    # person played) is another story, though it names the report's person.
    casting = replace(search, people={"tomas reiner": 6.0, "ilse varga": 1.0})
    assert not _close_enough(0.15, casting, report)
    # Numbers on both sides are compared as before.
    counted = replace(report, vector={**report.vector, "n:43:year": 0.4})
    assert not _close_enough(0.15, replace(search, vector={**search.vector, "n:61:year": 1.0}), counted)


def test_two_stories_with_other_key_people_or_years_apart_are_not_merged() -> None:
    reid = StoryState(1, size=4, people={"tara reid": 6.0}, names={"tara reid": "Tara Reid"})
    lohan = StoryState(2, size=3, people={"lindsay lohan": 5.0}, names={"lindsay lohan": "Lindsay Lohan"})
    again = StoryState(3, size=2, people={"lohan": 3.0}, names={"lohan": "Lohan"})
    assert stories_vetoed(reid, lohan) and not stories_vetoed(lohan, again)
    later = StoryState(4, size=2, first="2013-05-01", last="2013-05-03")
    earlier = StoryState(5, size=2, first="2010-07-01", last="2010-07-20")
    assert stories_vetoed(later, earlier) and not stories_vetoed(later, StoryState(6, size=1))
