"""What each page and API route shows, asked of the Corpus: records in, plain data out.

A page's template and its JSON twin get the same data from here; the API returns the
records. A missing id is a 404, a bad filter a 422; nothing here reads the store itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import HTTPException

from storyline.corpus import Corpus, UnknownIdError
from storyline.errors import StorylineError
from storyline.web import charts, highlight
from storyline.web.render import short, span_url

T = TypeVar("T")


def guarded(ask: Callable[[], T]) -> T:
    """The corpus's answer; an unknown id or a bad value becomes a 404 or 422 with its message."""
    try:
        return ask()
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    except StorylineError as error:
        status = 404 if isinstance(error, UnknownIdError) else 422
        raise HTTPException(status_code=status, detail=str(error)) from None


def article_record(corpus: Corpus, article_id: str) -> dict[str, Any]:
    record = corpus.article(article_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no article with an id starting {article_id!r}")
    return record


def article_page(corpus: Corpus, article_id: str, span: str | None) -> dict[str, Any]:
    """The article with its facts as a tree of marks; ``span`` ("120-180") marks more characters."""
    record = article_record(corpus, article_id)
    facts = highlight.facts_of(record)
    target = highlight.parse_anchor(span, len(record["text"]))
    if target is not None:
        facts.append(highlight.Fact(target[0], target[1], "target", "the cited words"))
    return {"article": record, "target": target, "nodes": highlight.build(record["text"], facts),
            "speakers": highlight.speaker_legend(record),
            "counts": {kind: len(record.get(kind, [])) for kind in ("quotes", "entities", "quantities", "times")}}


def search(corpus: Corpus, q: str, **filters: Any) -> Any:
    return guarded(lambda: corpus.search(q, **filters))


def stories(corpus: Corpus) -> list[Any]:
    return list(corpus.stories())


def story_record(corpus: Corpus, story_id: str) -> dict[str, Any]:
    found = corpus.story(story_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
    return found.to_record()


def entity_record(corpus: Corpus, entity_id: str) -> dict[str, Any]:
    return _entity(corpus, entity_id).to_record()


def _entity(corpus: Corpus, entity_id: str) -> Any:
    found = corpus.entity(entity_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no entity {entity_id!r}")
    return found


def positions(corpus: Corpus, proposition: str | None, story: str | None) -> list[Any]:
    """The actors' positions on ``proposition``, else on every proposition found in the story."""
    if proposition:
        return guarded(lambda: corpus.positions(proposition, story=story))
    return [actor for position in guarded(lambda: corpus.compare(story)).positions for actor in position.actors]


# Page sizes: the rows of a listing on one page, the groups (speakers, families, measures,
# conflicts) of a story page and the statements shown per speaker. Past them the page says
# how many there are and where the API lists them all.
PAGE_ROWS = 400
PAGE_GROUPS = 40
PAGE_GROUP_ROWS = 25


def story_page(corpus: Corpus, story_id: str) -> dict[str, Any]:
    """A story: its timeline by outlet, who said what, positions over time, numbers and
    disputes, statement families, claims in conflict and sources. A part the corpus cannot
    give (a comparison that fails) is left out with a note, the rest still shown."""
    story = story_record(corpus, story_id)
    sources = [a for a in corpus.articles() if a["id"] in set(story_article_ids(story))]
    outlet_of = {a["id"]: a["site"] or a["doc"] for a in sources}
    timeline = [entry.to_record() for entry in guarded(lambda: corpus.timeline(story=story_id))]
    statements = [s.to_record() for s in guarded(lambda: corpus.statements(story=story_id))]
    notes: list[str] = []
    try:
        comparison: dict[str, Any] | None = corpus.compare(story_id).to_record()
    except (StorylineError, ValueError) as error:  # a part missing is shown as missing
        comparison, notes = None, [f"The comparison across articles is not available: {error}"]
    speakers = by_speaker(statements)
    # A page shows at most so much of each part; the API pages through all of it.
    limited = {"timeline": len(timeline) > PAGE_ROWS, "speakers": len(speakers) > PAGE_GROUPS}
    for group in speakers:
        group["total"] = len(group["statements"])
        group["statements"] = group["statements"][:PAGE_GROUP_ROWS]
    if comparison is not None:
        for part in ("families", "measures", "disputes", "conflicts"):
            limited[part] = len(comparison[part]) > PAGE_GROUPS
            comparison[part] = comparison[part][:PAGE_GROUPS]
    return {"story": story, "sources": sources, "outlets": story.get("outlets") or [],
            "timeline": timeline[:PAGE_ROWS], "timeline_total": len(timeline),
            "timeline_chart": timeline_chart(timeline[:PAGE_ROWS], outlet_of, (story.get("first"), story.get("last"))),
            "speakers": speakers[:PAGE_GROUPS], "speakers_total": len(speakers), "comparison": comparison,
            "positions_charts": positions_charts(comparison), "limited": limited, "notes": notes}


def story_article_ids(story: dict[str, Any]) -> list[str]:
    """The ids of a story record's articles."""
    return list(story.get("article_ids") or [])


def by_speaker(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements grouped by speaker (most statements first), each group in time order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        name = (statement.get("speaker") or {}).get("name") or "unnamed source"
        groups.setdefault(name, []).append(statement)
    return [{"speaker": name, "statements": items}
            for name, items in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))]


def timeline_chart(timeline: list[dict[str, Any]], outlet_of: dict[str, str],
                   within: tuple[str | None, str | None]) -> dict[str, Any] | None:
    axis = charts.DateAxis.over((entry["date"] for entry in timeline), within=within)
    if axis is None:
        return None
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in timeline:
        kind = "planned" if entry["planned"] else entry["kind"]
        who = f"{entry['who']}: " if entry.get("who") else ""
        groups.setdefault(outlet_of.get(entry["article"], entry["doc"]), []).append({
            "date": entry["date"], "kind": kind, "href": span_url(entry["article"], entry["start"], entry["end"]),
            "title": f"{entry['date']} {kind}: {who}{short(entry['text'], 140)}"})
    return charts.rows_chart(sorted(groups.items()), axis)


def positions_charts(comparison: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per proposition: actors by date, each mark an evidence statement coloured by stance."""
    out: list[dict[str, Any]] = []
    for position in (comparison or {}).get("positions", []):
        evidence = [item for actor in position["actors"] for item in actor["evidence"]]
        axis = charts.DateAxis.over(item["date"] for item in evidence)
        if axis is None:
            continue
        groups = [(actor["actor"], [
            {"date": item["date"], "stance": item["stance"],
             "href": span_url(item["article"], item["start"], item["end"]),
             "title": f"{actor['actor']}, {item['date']}: {item['stance']}: {short(item['text'], 140)}"}
            for item in actor["evidence"]]) for actor in position["actors"]]
        out.append({"proposition": position["proposition"], "chart": charts.rows_chart(groups, axis)})
    return out


def home_page(corpus: Corpus, window: Callable[[list[Any]], dict[str, Any]]) -> dict[str, Any]:
    """The stories (a page of them: ``window`` paginates), each with its dates, counts and
    coverage over time; the articles' count when the store has no story yet."""
    articles = corpus.articles()
    published = {a["id"]: a["published"] for a in articles}

    def row(story: Any) -> dict[str, Any]:
        record = story.to_record()
        ids = story_article_ids(record)
        return {"story": record, "articles": len(ids), "outlets": len(record.get("outlets") or []),
                "coverage": charts.coverage(published.get(i) for i in ids)}

    listing = window(stories(corpus))
    listing["items"] = [row(story) for story in listing["items"]]
    return {"page": listing, "article_count": len(articles)}


def entity_page(corpus: Corpus, entity_id: str) -> dict[str, Any]:
    """An entity: its statements over time, its roles, the entities that appear with it."""
    entity = _entity(corpus, entity_id)
    everything = corpus.statements_of(entity)
    statements = [s.to_record() for s in everything[:PAGE_ROWS]]
    chart = None
    axis = charts.DateAxis.over(s["date"] for s in statements)
    if axis is not None:
        chart = charts.rows_chart([("statements", [
            {"date": s["date"], "kind": "statement", "href": span_url(s["article"], s["start"], s["end"]),
             "title": f"{s['date']}: {short(s['text'], 140)}"} for s in statements])], axis)
    return {"entity": entity.to_record(), "statements": statements, "statements_total": len(everything),
            "statements_chart": chart,
            "cooccurring": [{"entity": other.to_record(), "articles": shared}
                            for other, shared in corpus.cooccurring(entity)]}
