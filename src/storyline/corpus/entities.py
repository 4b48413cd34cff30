"""Entities across articles: one corpus entity per real person, body or place.

Computed from the per-article entities of the article records (``entities`` of DESIGN.md),
so the result does not depend on the order articles were stored in. Two article entities
are one corpus entity when their canonical names agree (case and accents aside, middle
initials dropped); a shorter form ("Niro", "De Niro") joins the one full name it shortens
(the rules of extract/entities/reference.py, which the article's entities and speakers follow too), and only when the
corpus holds exactly one person with that surname or the roles agree, so two people
sharing a surname are never joined without evidence. An acronym joins the one body whose
initials it spells.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline.extract.entities.gazetteer import normalise
from storyline.extract.entities.reference import name_key, not_a_person, short_forms
from storyline.store.entities import ArticleEntities

__all__ = ["ArticleEntities", "CorpusEntity", "cooccurring", "find_entity", "merge_entities"]

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class CorpusEntity:
    id: str
    name: str
    type: str
    aliases: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: list[str] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # (article id, local entity id)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        record = {
            "id": self.id, "name": self.name, "type": self.type,
            "aliases": [alias for alias, _ in self.aliases.most_common()],
            "roles": self.roles, "mentions": self.mentions, "articles": self.articles,
        }
        record.update(self.extra)
        return record


@dataclass(eq=False)
class _Group:
    """Article entities believed to be one real entity."""

    members: list[tuple[ArticleEntities, dict[str, Any]]] = field(default_factory=list)

    def type_votes(self) -> Counter[str]:
        votes: Counter[str] = Counter()
        for _, entity in self.members:
            kind = entity["type"]
            if kind == "PERSON" and not_a_person(entity["name"]):
                kind = "ORG"  # "firefox", "Twitter" typed PERSON in an older record: a thing or body
            votes[kind] += max(1, len(entity.get("mentions", ())))
        return votes

    @property
    def type(self) -> str:
        return self.type_votes().most_common(1)[0][0]

    @property
    def is_gazetteer(self) -> bool:
        return any("iso3166" in e or "country" in e for _, e in self.members)

    def names(self) -> set[str]:
        return {e["name"] for _, e in self.members}

    def role_keys(self) -> set[str]:
        return {normalise(role) for _, e in self.members for role in e.get("roles", ())}


def merge_entities(articles: Iterable[ArticleEntities]) -> list[CorpusEntity]:
    """The corpus entities of a set of articles, most mentioned first."""
    groups: dict[str, _Group] = defaultdict(_Group)
    for article in articles:
        for entity in article.entities:
            groups[_name_key(entity["name"]) + _country_key(entity)].members.append((article, entity))
    merged = _join_surnames(groups)
    merged = _join_acronyms(merged)
    entities = [_corpus_entity(group) for group in merged]
    entities.sort(key=lambda e: (-e.mentions, e.name))
    _assign_ids(entities)
    return entities


def _country_key(entity: dict[str, Any]) -> str:
    """"@US" for a body the article says is of a country ("the Senate" of an American story):
    two countries' senates are two bodies (extract/entities/extractor.py sets it for generic names)."""
    country = entity.get("country") if entity.get("type") == "ORG" else None
    return f"@{country['iso3166']}" if isinstance(country, dict) and country.get("iso3166") else ""


def _name_key(name: str) -> str:
    # the article's rules decide (extract/entities/reference.py), so that corpus and article agree
    return name_key(name)


def _join_surnames(groups: dict[str, _Group]) -> list[_Group]:
    people: dict[str, list[tuple[str, _Group]]] = defaultdict(list)
    for key, group in groups.items():
        if group.type == "PERSON" and len(key.split()) > 1:
            for short in short_forms(key.split()):  # "Niro" and "De Niro" of "Robert De Niro"
                people[" ".join(short)].append((key, group))
    kept: list[_Group] = []
    for key, group in groups.items():
        holders = [g for _, g in people.get(key, []) if g is not group] if not group.is_gazetteer else []
        if len(holders) > 1:
            # Two people share the surname: only shared roles say which one is meant.
            roles = group.role_keys()
            holders = [g for g in holders if roles & g.role_keys()] if roles else []
        if len(holders) == 1 and group.type_votes()["PERSON"] > 0:
            holders[0].members.extend(group.members)
            continue
        kept.append(group)
    return kept


def _join_acronyms(groups: list[_Group]) -> list[_Group]:
    by_initials: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if group.type == "ORG":
            for name in group.names():
                words = [w for w in name.split() if w[:1].isupper()]
                if len(words) >= 2:
                    by_initials["".join(w[0] for w in words)].append(group)
    kept: list[_Group] = []
    for group in groups:
        names = group.names()
        acronym = next(iter(names)) if len(names) == 1 else ""
        owners = set(by_initials.get(acronym, [])) - {group} if acronym.isupper() else set()
        if group.type == "ORG" and len(owners) == 1:
            owners.pop().members.extend(group.members)
            continue
        kept.append(group)
    return kept


def _corpus_entity(group: _Group) -> CorpusEntity:
    entity_type = group.type
    names: Counter[str] = Counter()
    aliases: Counter[str] = Counter()
    roles: dict[str, str] = {}
    docs: dict[str, None] = {}
    extra: dict[str, Any] = {}
    government_uses = 0
    for article, entity in group.members:
        mentions = entity.get("mentions", ())
        names[entity["name"]] += len(mentions) or 1
        aliases.update(mention["text"] for mention in mentions)
        for role in entity.get("roles", ()):
            roles.setdefault(normalise(role), role)
        docs.setdefault(article.doc)
        for key in ("iso3166", "country"):
            if key in entity:
                extra.setdefault(key, entity[key])
        stands_for = entity.get("stands_for")
        if stands_for:
            government_uses += len(stands_for.get("mentions", ()))
            extra.setdefault("stands_for", {"name": stands_for["name"], "iso3166": stands_for.get("iso3166")})
    if "stands_for" in extra:
        extra["stands_for"]["mentions"] = government_uses
    # The full name wins over a surname; then the most mentioned one.
    name = max(names, key=lambda n: (len(n.split()) if entity_type == "PERSON" else 0, names[n], n))
    return CorpusEntity(
        id="", name=name, type=entity_type, aliases=aliases, roles=list(roles.values()),
        mentions=sum(aliases.values()), articles=list(docs),
        members=[(article.article_id, entity["id"]) for article, entity in group.members], extra=extra,
    )


def _assign_ids(entities: list[CorpusEntity]) -> None:
    seen: Counter[str] = Counter()
    for entity in entities:
        base = f"{entity.type.lower()}:{_SLUG.sub('-', normalise(entity.name)).strip('-') or 'x'}"
        seen[base] += 1
        entity.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def find_entity(entities: list[CorpusEntity], query: str) -> CorpusEntity | None:
    """The entity named ``query`` (its id, name, or else one of its aliases), case aside."""
    wanted = normalise(query)
    for matches in (
        lambda e: e.id == query,
        lambda e: normalise(e.name) == wanted,
        lambda e: any(normalise(alias) == wanted for alias in e.aliases),
    ):
        found = [e for e in entities if matches(e)]
        if found:
            return found[0]
    return None


def cooccurring(entities: list[CorpusEntity], entity: CorpusEntity, limit: int = 10) -> list[tuple[CorpusEntity, int]]:
    """The entities found in most of the articles that mention ``entity``, with that count."""
    docs = set(entity.articles)
    shared = [(other, len(docs & set(other.articles))) for other in entities if other is not entity]
    shared = [(other, n) for other, n in shared if n]
    shared.sort(key=lambda item: (-item[1], -item[0].mentions, item[0].name))
    return shared[:limit]
