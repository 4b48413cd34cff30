"""The Corpus: the read side of Storyline over one store, for every interface.

``storyline.open(db)`` gives the corpus the CLI sees; the CLI, the web pages, the API and
the briefing format what its methods return and hold no SQL of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.corpus.entities import CorpusEntity, cooccurring, find_entity, merge_entities
from storyline.corpus.quantities import QuantityRow, find_quantity_rows
from storyline.corpus.statements import Statement, find_statements, statements_of
from storyline.corpus.timeline import TimelineEntry, build_timeline
from storyline.errors import StorylineError
from storyline.store import Store
from storyline.store.articles import generation, ids_starting
from storyline.store.entities import article_entities

if TYPE_CHECKING:
    from storyline.corpus.compare import ActorPosition, Comparison
    from storyline.corpus.dedup import DuplicateGroup
    from storyline.corpus.stories import Story
    from storyline.store.search import SearchResults

# Stories, comparison and search are imported when first asked for: they load scikit-learn,
# datasketch and scipy, which `import storyline` (and every ingest worker) need not pay for.


class UnknownIdError(StorylineError):
    """A story, article or entity id (or name) that the store does not hold."""


class Corpus:
    """Questions across the stored articles. Use as a context manager or call close()."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._entities: tuple[Any, list[CorpusEntity]] | None = None

    @classmethod
    def open(cls, db: str | None = None) -> Corpus:
        """The corpus of an existing store (a SQLite path or a database URL, see
        ``storyline.store.resolve_url``); a store that does not exist is a StoreError that
        says how to make one, never a new empty store."""
        return cls(Store(db, create=False))

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # Articles

    def articles(self) -> list[dict[str, Any]]:
        """The latest revision of every article (id, doc, site, published, title, revision
        and counts of what was extracted), oldest publication first."""
        return self.store.articles()

    def article(self, id_or_prefix: str) -> dict[str, Any] | None:
        """The stored article record of DESIGN.md, by id or a unique prefix of it."""
        return self.store.record(id_or_prefix)

    # Entities

    def entities(self, type: str | None = None) -> list[CorpusEntity]:  # noqa: A002 (the contract's name)
        """The people, bodies and places merged across articles, most mentioned first; only
        those of ``type`` (PERSON, ORG, GPE, ..., any case) when given."""
        found = self._merged_entities()
        return [e for e in found if e.type == type.upper()] if type else list(found)

    def entity(self, name: str) -> CorpusEntity | None:
        """The entity with this id, name or alias (case aside), or None."""
        return find_entity(self._merged_entities(), name)

    def cooccurring(self, entity: CorpusEntity, limit: int = 10) -> list[tuple[CorpusEntity, int]]:
        """The entities found in most of the articles that mention ``entity``, with that count."""
        return cooccurring(self._merged_entities(), entity, limit)

    def _merged_entities(self) -> list[CorpusEntity]:
        # Merging needs the whole corpus; it is redone only when articles were stored since.
        current = generation(self.store)
        if self._entities is None or self._entities[0] != current:
            self._entities = (current, merge_entities(article_entities(self.store)))
        return self._entities[1]

    # Statements, quantities, timeline

    def statements(self, speaker: str | None = None, article: str | None = None,
                   story: int | str | None = None) -> list[Statement]:
        """The stored statements in time order: of ``speaker`` (any word(s) of the name, any
        case), of the article whose id starts with ``article``, of the story ``story``. An
        unknown article or story is an UnknownIdError."""
        if article:
            self._require_article(article)
        return find_statements(self.store, speaker=speaker, article=article,
                               article_ids=self._story_articles(story))

    def statements_of(self, entity: CorpusEntity) -> list[Statement]:
        """The statements of a corpus entity (``entity()``): those whose speaker is one of
        its article entities, by article publication date."""
        return statements_of(self.store, entity)

    def quantities(self, entity: str | None = None, counted: str | None = None,
                   story: int | str | None = None) -> list[QuantityRow]:
        """The stored quantities, oldest article first: of the entity whose name contains
        ``entity``, counting ``counted`` (singular or plural), of the story ``story``. An
        unknown story is an UnknownIdError."""
        return find_quantity_rows(self.store, entity=entity, counted=counted,
                                  article_ids=self._story_articles(story))

    def timeline(self, story: int | str | None = None, entity: str | None = None,
                 article: str | None = None) -> list[TimelineEntry]:
        """Statements at the dates they were made and dated events, in time order: of the
        story ``story``, of the article whose id starts with ``article``, naming the entity
        ``entity`` (part of its name, any case). An unknown story or article is an
        UnknownIdError."""
        if article:
            self._require_article(article)
        return build_timeline(self.store, article_prefix=article, entity=entity,
                              article_ids=self._story_articles(story))

    # Search

    def generation(self) -> tuple[int, object, str | None]:
        """What changes whenever an article is stored or the stories are clustered anew: a
        reader may keep what it computed from the corpus (the web UI's pages) while this
        stays the same."""
        return generation(self.store)

    def search(self, q: str, speaker: str | None = None, outlet: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 20, offset: int = 0) -> SearchResults:
        """Articles and statements matching ``q`` (store/search.py), best first."""
        from storyline.store.search import search

        return search(self.store, q, speaker=speaker, outlet=outlet, since=since, until=until,
                      limit=limit, offset=offset)

    # Comparison across articles (corpus/compare)

    def compare(self, story_id: str | None = None) -> Comparison:
        """Statement families, measures and disputes, propositions with the actors' positions,
        and claims in conflict, over the story ``story_id`` (every article when None)."""
        from storyline.corpus.compare import compare_store

        return compare_store(self.store, self._story_articles(story_id))

    def positions(self, proposition: str, story: str | None = None) -> list[ActorPosition]:
        """Every actor that took a position on ``proposition``, with stance and evidence."""
        from storyline.corpus.compare import positions_in_store

        return positions_in_store(self.store, proposition, self._story_articles(story))

    # Stories and events, near-duplicates (corpus/stories.py)

    def stories(self) -> list[Story]:
        """Every story, largest first, then the most recent."""
        from storyline.corpus.stories import list_stories

        return list_stories(self.store)

    def story(self, story_id: int | str) -> Story | None:
        """The story ``story_id`` (None when there is none)."""
        from storyline.corpus.stories import get_story

        return get_story(self.store, story_id)

    def duplicates(self) -> list[DuplicateGroup]:
        """Every report with its near-duplicate copies and the outlets that ran them."""
        from storyline.corpus.stories import duplicates

        return duplicates(self.store)

    # Lookups

    def _require_article(self, prefix: str) -> None:
        if not ids_starting(self.store, prefix):
            raise UnknownIdError(f"no article with an id starting {prefix!r}; `storyline articles` lists them")

    def _story_articles(self, story: int | str | None) -> list[str] | None:
        """The ids of the articles of ``story`` (None: no filter)."""
        if story is None or story == "":
            return None
        found = self.story(story)
        if found is None:
            raise UnknownIdError(f"no story {story!r}; `storyline stories` lists them")
        return list(found.article_ids)


def open_corpus(db: str | None = None) -> Corpus:
    """The corpus of the existing store at ``db``: ``storyline.open``."""
    return Corpus.open(db)
