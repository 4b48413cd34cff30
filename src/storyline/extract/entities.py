"""Entities: spaCy's named-entity mentions grouped into one entity per name and type."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.model import Article, Entity
from storyline.nlp import spacy_span

REQUIRES = frozenset({"ner"})
# Number-like labels are the business of the quantity and time extractors.
NOT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def extract_entities(doc: Doc, article: Article) -> None:
    """Fill ``article.entities`` from ``doc.ents``: one Entity per distinct (name, type)."""
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ in NOT_ENTITIES:
            continue
        span = _trimmed(ent)
        if span is None:
            continue
        mention = spacy_span(span)
        key = (mention.text, ent.label_)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(id=f"e{len(by_key) + 1}", name=mention.text, type=ent.label_)
            by_key[key] = entity
        entity.mentions.append(mention)
    article.entities = list(by_key.values())


def _trimmed(ent):
    """The entity span without a leading "the" or trailing possessive and punctuation."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "\u2019s", "'")):
        end -= 1
    if start == end:
        return None
    return doc[start:end]
