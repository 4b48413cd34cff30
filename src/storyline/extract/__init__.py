"""Extractors: functions that read a spaCy Doc and fill one part of an Article.

Each is registered here with the spaCy components it needs; the Pipeline runs the
chosen ones in registry order (later ones may use what earlier ones found).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.extract import entities, quantities, quotes, times
from storyline.model import Article


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    run: Callable[[Doc, Article], None]
    requires: frozenset[str]


EXTRACTORS: dict[str, Extractor] = {
    "entities": Extractor("entities", entities.extract_entities, entities.REQUIRES),
    "quotes": Extractor("quotes", quotes.extract_quotes, quotes.REQUIRES),
    "quantities": Extractor("quantities", quantities.extract_quantities, quantities.REQUIRES),
    # Last: statement dates read the quotes (and may read the quantities) found before.
    "times": Extractor("times", times.extract_times, times.REQUIRES),
}
DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(EXTRACTORS)


def get_extractors(names: tuple[str, ...] | list[str]) -> list[Extractor]:
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")
    return [EXTRACTORS[name] for name in EXTRACTORS if name in names]
