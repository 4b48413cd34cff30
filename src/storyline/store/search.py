"""Full-text search over the latest articles and their statements.

SQLite answers through the FTS5 tables of ``store/search_index.py``, PostgreSQL through
``websearch_to_tsquery`` against the indexed ``to_tsvector`` expressions. Both read the
same query language: words (all must occur, stemmed), "quoted phrases", ``OR`` between
two terms and ``-word`` to exclude one. Filters: a speaker (the word rule of
``storyline quotes --speaker``), an outlet (site, else input name, any case, part of it)
and a date range (``since``/``until``, ISO dates; a statement's own date, else its
article's). Each hit carries a snippet with exact offsets into its article's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, literal_column, select, text

from storyline.extract.timex.calendar import value_end, value_start
from storyline.store.quotes import speaker_matches
from storyline.store.schema import articles, quotes, sources
from storyline.store.search_index import PG_CONFIG, ensure_search_index, pg_article_vector, pg_quote_vector
from storyline.store.store import Store

_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
# Words too common to mark in a snippet when the query has others (the index still needs them).
_COMMON = frozenset("a an and are as at be but by for from has have in is it its of on or that the their "
                    "this to was were will with".split())
# Characters of article text shown on each side of the first match.
SNIPPET_CONTEXT = 90


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: groups of alternatives that must all match, and excluded terms.
    A term is a tuple of words (one word, or a phrase)."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    excluded: tuple[tuple[str, ...], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups

    def fts5(self) -> str:
        def term(words: tuple[str, ...]) -> str:
            return '"' + " ".join(words) + '"'
        required = " AND ".join("(" + " OR ".join(term(t) for t in group) + ")" for group in self.groups)
        return required + "".join(f" NOT {term(t)}" for t in self.excluded)

    def terms(self) -> list[tuple[str, ...]]:
        return [t for group in self.groups for t in group]


def parse_query(q: str) -> Query:
    groups: list[list[tuple[str, ...]]] = []
    excluded: list[tuple[str, ...]] = []
    join_next = False
    for match in _TERM.finditer(q):
        negated, phrase, bare = match[1], match[2], match[3]
        if bare is not None and bare == "OR":
            join_next = bool(groups)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        words = tuple(word.lower() for word in _WORD.findall(phrase if phrase is not None else bare or ""))
        if not words:
            continue
        if negated:
            excluded.append(words)
        elif join_next:
            groups[-1].append(words)
        else:
            groups.append([words])
        join_next = False
    return Query(tuple(tuple(group) for group in groups), tuple(excluded))


@dataclass(frozen=True, slots=True)
class Snippet:
    start: int
    end: int
    text: str
    matches: list[tuple[int, int]]

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "matches": [{"start": s, "end": e} for s, e in self.matches]}


@dataclass(frozen=True, slots=True)
class ArticleHit:
    article: str
    doc: str
    title: str | None
    outlet: str
    published: str | None
    snippet: Snippet | None

    def to_record(self) -> dict[str, Any]:
        return {"type": "article", "article": self.article, "doc": self.doc, "title": self.title,
                "outlet": self.outlet, "published": self.published,
                "snippet": self.snippet.to_record() if self.snippet else None}


@dataclass(frozen=True, slots=True)
class StatementHit:
    """A statement as ``storyline quotes --format jsonl`` prints it, with its article."""

    article: str
    doc: str
    title: str | None
    outlet: str
    published: str | None
    date: str | None
    record: dict[str, Any]

    def to_record(self) -> dict[str, Any]:
        return {"type": "statement", "article": self.article, "doc": self.doc, "title": self.title,
                "outlet": self.outlet, "published": self.published, **self.record, "date": self.date}


@dataclass(slots=True)
class SearchResults:
    query: str
    articles: list[ArticleHit] = field(default_factory=list)
    statements: list[StatementHit] = field(default_factory=list)
    total_articles: int = 0
    total_statements: int = 0

    def to_record(self) -> dict[str, Any]:
        return {"query": self.query, "total_articles": self.total_articles,
                "total_statements": self.total_statements,
                "articles": [hit.to_record() for hit in self.articles],
                "statements": [hit.to_record() for hit in self.statements]}


def search(store: Store, q: str, speaker: str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 20,
           offset: int = 0) -> SearchResults:
    """Articles and statements matching ``q`` (best first) within the filters; ``limit`` and
    ``offset`` page through each of the two lists."""
    results = SearchResults(q)
    query = parse_query(q)
    if query.empty:
        return results
    first, last = _bound(since, "since"), _bound(until, "until")
    ensure_search_index(store.engine)
    with store.engine.connect() as connection:
        statements = _statements(connection, query, q, outlet)
        statements = [row for row in statements if _in_range(row["date"], first, last)]
        if speaker:
            statements = [row for row in statements if speaker_matches(
                speaker, row["speaker"], bool((row["record"].get("speaker") or {}).get("anonymous")))]
        found = _articles(connection, query, q, outlet)
        found = [row for row in found if _in_range(row["published"], first, last)]
        if speaker:
            spoken = _articles_with_speaker(connection, [row["id"] for row in found], speaker)
            found = [row for row in found if row["id"] in spoken]
        page = found[offset:offset + limit]
        texts = _texts(connection, [row["id"] for row in page])
    results.total_articles, results.total_statements = len(found), len(statements)
    results.articles = [ArticleHit(row["id"], row["doc"], row["title"], row["site"] or row["doc"],
                                   row["published"], make_snippet(texts[row["id"]], query))
                        for row in page]
    results.statements = [StatementHit(row["article"], row["doc"], row["title"], row["site"] or row["doc"],
                                       row["published"], row["date"], row["record"])
                          for row in statements[offset:offset + limit]]
    return results


def _bound(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _in_range(value: str | None, first: date | None, last: date | None) -> bool:
    if first is None and last is None:
        return True
    start, end = value_start(value), value_end(value)
    if start is None or end is None:
        return False
    return (first is None or end >= first) and (last is None or start <= last)


def _articles(connection: Connection, query: Query, q: str, outlet: str | None) -> list[dict[str, Any]]:
    columns = (articles.c.id, articles.c.doc, articles.c.title, articles.c.published, sources.c.name.label("site"))
    joined = articles.outerjoin(sources, articles.c.source_id == sources.c.id)
    return _ranked(connection, select(*columns), joined, "articles_fts", "articles.rowid",
                   pg_article_vector("articles."), query, q, outlet)


def _statements(connection: Connection, query: Query, q: str, outlet: str | None) -> list[dict[str, Any]]:
    columns = (articles.c.id.label("article"), articles.c.doc, articles.c.title, articles.c.published,
               sources.c.name.label("site"), quotes.c.speaker, quotes.c.record)
    joined = (quotes.join(articles, quotes.c.article_id == articles.c.id)
              .outerjoin(sources, articles.c.source_id == sources.c.id))
    rows = _ranked(connection, select(*columns), joined, "quotes_fts", "quotes.pk", pg_quote_vector("quotes."),
                   query, q, outlet)
    for row in rows:
        row["date"] = row["record"].get("date") or row["published"]
    return rows


def _ranked(connection: Connection, stmt: Any, joined: Any, fts: str, rowid: str, pg_vector: str, query: Query,
            q: str, outlet: str | None) -> list[dict[str, Any]]:
    """The rows of ``stmt`` over ``joined`` whose indexed text matches, best first: through
    the FTS5 table ``fts`` (its rowid is ``rowid``) or PostgreSQL's ``pg_vector``."""
    params: dict[str, str] = {}
    if connection.dialect.name == "sqlite":
        stmt = (stmt.select_from(joined.join(text(fts), text(f"{fts}.rowid = {rowid}")))
                .where(text(f"{fts} MATCH :match")).order_by(text(f"bm25({fts})")))
        params["match"] = query.fts5()
    else:
        tsquery = func.websearch_to_tsquery(PG_CONFIG, q)
        vector = literal_column(pg_vector)
        stmt = stmt.select_from(joined).where(vector.op("@@")(tsquery)).order_by(func.ts_rank(vector, tsquery).desc())
    stmt = _outlet_filter(stmt.where(articles.c.is_latest), outlet)
    return [dict(row._mapping) for row in connection.execute(stmt, params)]


def _outlet_filter(stmt: Any, outlet: str | None) -> Any:
    if not outlet:
        return stmt
    needle = outlet.lower()
    return stmt.where(func.lower(func.coalesce(sources.c.name, articles.c.doc)).contains(needle, autoescape=True))


def _articles_with_speaker(connection: Connection, ids: list[str], speaker: str) -> set[str]:
    found: set[str] = set()
    for first in range(0, len(ids), 500):
        rows = connection.execute(
            select(quotes.c.article_id, quotes.c.speaker, quotes.c.record)
            .where(quotes.c.article_id.in_(ids[first:first + 500]), quotes.c.speaker.is_not(None)))
        found |= {row.article_id for row in rows if speaker_matches(
            speaker, row.speaker, bool((row.record.get("speaker") or {}).get("anonymous")))}
    return found


def _texts(connection: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(connection.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids))).all())


def term_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Where a term stands in text, roughly as the stemmer sees it: each word as a word start
    with any ending ("boots" finds "boot", "boots"; "ground" finds "grounds")."""
    def stem(word: str) -> str:
        return word[:max(3, len(word) - 2)] if len(word) > 4 else word.rstrip("s") or word
    return re.compile(r"\b" + r"\W+".join(re.escape(stem(word)) + r"\w*" for word in words), re.IGNORECASE)


def make_snippet(article_text: str, query: Query) -> Snippet | None:
    """A window of the text around the first place a term of the query stands, with the
    matches in it; offsets index the article's text."""
    terms = query.terms()
    words = tuple(word for term in terms for word in term)
    # Centre on the words of the query in a row, else on its longest term; short words
    # ("on", "the") are only marked when they are all the query has.
    centre = term_pattern(words).search(article_text) if len(terms) > 1 else None
    marked = [t for t in terms if len(t) > 1 or t[0] not in _COMMON] or terms
    matches = sorted((m.start(), m.end()) for t in marked for m in term_pattern(t).finditer(article_text))
    if centre is None:
        for term in sorted(marked, key=lambda t: -sum(map(len, t))):
            centre = term_pattern(term).search(article_text)
            if centre is not None:
                break
    if centre is None:
        return None
    if len(terms) > 1 and centre.group() and (centre.start(), centre.end()) not in matches:
        matches = sorted([(s, e) for s, e in matches if e <= centre.start() or s >= centre.end()]
                         + [(centre.start(), centre.end())])
    start = max(0, centre.start() - SNIPPET_CONTEXT)
    end = min(len(article_text), centre.end() + 2 * SNIPPET_CONTEXT)
    # widen to whole words
    while start > 0 and not article_text[start - 1].isspace():
        start -= 1
    while end < len(article_text) and not article_text[end].isspace():
        end += 1
    inside = [(s, e) for s, e in matches if start <= s and e <= end]
    kept: list[tuple[int, int]] = []
    for s, e in inside:  # overlapping matches of two terms: keep the first
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return Snippet(start, end, article_text[start:end], kept)


__all__ = ["ArticleHit", "Query", "SearchResults", "Snippet", "StatementHit", "make_snippet", "parse_query",
           "search"]
