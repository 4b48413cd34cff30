"""Who speaks: one actor per corpus entity, a government whatever names it, and the rest.

Actors are corpus entities (`corpus/entities.py`), never names: the same person in two
articles is one actor, two people with one surname stay two. A capital or seat used for a
government ("Moscow has voiced opposition", entity `stands_for`) and the country itself
speaking ("Russia said") are one actor, the country's government, named by the country.
An unnamed source is an actor of its own article only ("a source" in two reports need not
be one person).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.corpus.entities import ArticleEntities, CorpusEntity, merge_entities
from storyline.extract.entities.gazetteer import normalise

_GOVERNMENT_PREFIX = "government of "


@dataclass(frozen=True, slots=True)
class Actor:
    key: str          # stable identity: a corpus entity id, "gov:RU", "anon:<article>:<words>"
    name: str         # what a reader sees
    entity: str | None = None  # the corpus entity id, where there is one


class Actors:
    """The actors of a set of article records."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.entities = merge_entities(
            ArticleEntities(r["id"], r["doc"], r.get("entities") or []) for r in records)
        self._by_member: dict[tuple[str, str], CorpusEntity] = {
            member: entity for entity in self.entities for member in entity.members}
        self._countries: dict[str, CorpusEntity] = {}
        for entity in self.entities:
            code = entity.extra.get("iso3166")
            if code and entity.type == "GPE" and "stands_for" not in entity.extra:
                self._countries.setdefault(code, entity)
        self._local: dict[str, dict[str, dict[str, Any]]] = {
            r["id"]: {e["id"]: e for e in r.get("entities") or []} for r in records}
        # normalised name or alias -> the corpus entities that have it
        self._named: dict[str, list[CorpusEntity]] = {}
        for entity in self.entities:
            for name in {normalise(entity.name), *(normalise(alias) for alias in entity.aliases)}:
                self._named.setdefault(name, []).append(entity)
        # surname -> the people of the corpus whose name ends with it
        self._surnames: dict[str, list[CorpusEntity]] = {}
        for entity in self.entities:
            words = normalise(entity.name).split()
            if entity.type == "PERSON" and len(words) > 1:
                self._surnames.setdefault(words[-1], []).append(entity)

    def of_entity(self, article_id: str, local_id: str) -> Actor | None:
        local = self._local.get(article_id, {}).get(local_id)
        corpus = self._by_member.get((article_id, local_id))
        if local is None or corpus is None:
            return None
        government = local.get("stands_for") or corpus.extra.get("stands_for")
        code = (government or {}).get("iso3166") or (corpus.extra.get("iso3166") if corpus.type == "GPE" else None)
        if code:
            country = self._countries.get(code)
            if country is not None:
                name = country.name
            elif government:
                name = government["name"].removeprefix(_GOVERNMENT_PREFIX)
            else:
                name = corpus.name
            return Actor(f"gov:{code}", name, country.id if country else corpus.id)
        return Actor(corpus.id, corpus.name, corpus.id)

    def of_speaker(self, article_id: str, speaker: dict[str, Any] | None) -> Actor | None:
        """The actor of a quote's speaker record (None when nobody is named)."""
        if not speaker or not speaker.get("name"):
            return None
        if speaker.get("entity"):
            actor = self.of_entity(article_id, speaker["entity"])
            if actor:
                return actor
        name = speaker["name"]
        if speaker.get("anonymous"):
            return Actor(f"anon:{article_id[:12]}:{normalise(name)}", name)
        # A name the speaker finder did not tie to an entity ("Russian foreign intelligence"):
        # the one entity of the article whose name starts with it or holds all its words.
        words = normalise(name).split()
        candidates = [
            local_id for local_id, entity in self._local.get(article_id, {}).items()
            if entity.get("type") != "NORP" and _names_same(words, normalise(entity["name"]).split())
        ]
        if len(candidates) == 1:
            actor = self.of_entity(article_id, candidates[0])
            if actor:
                return actor
        # else the one corpus entity with that name or alias ("Ruto" named in another article)
        holders = self._named.get(normalise(name), [])
        if not holders and len(words) == 1:
            # a surname alone: the one person of the corpus whose name ends with it
            holders = self._surnames.get(words[0], [])
        if len(holders) == 1 and holders[0].members:
            known = holders[0]
            return self.of_entity(*known.members[0]) or Actor(known.id, known.name, known.id)
        return Actor(f"name:{normalise(name)}", name)


def _names_same(words: list[str], entity_words: list[str]) -> bool:
    return bool(words) and (entity_words[:len(words)] == words or set(words) <= set(entity_words))
