"""Extractors: functions that read a spaCy Doc and fill one part of an Article.

Grouped by family, each with its rules and word lists: entities/, quotes/, quantities/,
timex/; word lists that several families use live in ``lexicon``, the shared helpers in
``scan`` (triggered regular expressions) and ``sentences`` (the sentence of an offset).

Each is registered here with the spaCy components it needs and with what it reads and
writes on the Article: a field another extractor writes is read only after it ran, and a
selection that leaves out an extractor whose output another one reads is an error (not a
silent empty result). The Pipeline runs the chosen ones in registry order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.extract.entities import extractor as entities
from storyline.extract.quantities import extractor as quantities
from storyline.extract.quotes import dates as statement_dates
from storyline.extract.quotes import extractor as quotes
from storyline.extract.timex import extractor as times
from storyline.model import Article

# What the cleaner gives every Article before any extractor runs.
CLEANED = frozenset({"text", "published", "captions"})


@dataclass(frozen=True, slots=True)
class Extractor:
    """``reads`` and ``writes`` name Article fields ("quotes") or fields of their items
    ("quotes.date"); ``requires`` names the spaCy components the extractor needs."""

    name: str
    run: Callable[[Doc, Article], None]
    requires: frozenset[str]
    reads: frozenset[str] = frozenset()
    writes: frozenset[str] = frozenset()


class ExtractorSelectionError(ValueError):
    """A selection of extractors names an unknown one or lacks one that another reads."""


EXTRACTORS: dict[str, Extractor] = {
    "entities": Extractor("entities", entities.extract_entities, entities.REQUIRES,
                          reads=frozenset({"text"}), writes=frozenset({"entities"})),
    # Speakers are resolved to the article's entities.
    "quotes": Extractor("quotes", quotes.extract_quotes, quotes.REQUIRES,
                        reads=frozenset({"text", "entities"}), writes=frozenset({"quotes"})),
    # Whose number it is: an entity of the article.
    "quantities": Extractor("quantities", quantities.extract_quantities, quantities.REQUIRES,
                            reads=frozenset({"text", "entities"}), writes=frozenset({"quantities"})),
    "times": Extractor("times", times.extract_times, times.REQUIRES,
                       reads=frozenset({"text", "published", "captions"}),
                       writes=frozenset({"times", "captions.times"})),
    # Last: a statement is dated by the times found around its cue.
    "statement_dates": Extractor("statement_dates", statement_dates.extract_statement_dates,
                                 statement_dates.REQUIRES, reads=frozenset({"quotes", "times", "published"}),
                                 writes=frozenset({"quotes.date", "quotes.date_from", "quotes.date_at"})),
}
DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(EXTRACTORS)


def get_extractors(names: tuple[str, ...] | list[str]) -> list[Extractor]:
    """The named extractors in registry order; an unknown name, or a selection in which an
    extractor reads what no chosen extractor before it writes, is an ExtractorSelectionError."""
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ExtractorSelectionError(
            f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")
    chosen = [EXTRACTORS[name] for name in EXTRACTORS if name in names]
    available = set(CLEANED)
    for extractor in chosen:
        missing = sorted(extractor.reads - available)
        if missing:
            givers = sorted({other.name for other in EXTRACTORS.values() if other.writes & set(missing)})
            raise ExtractorSelectionError(
                f"extractor {extractor.name!r} reads {', '.join(missing)}, which no extractor chosen "
                f"before it writes; add {', '.join(givers)} to the selection")
        available |= extractor.writes
    return chosen
