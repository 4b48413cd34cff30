"""The article record of DESIGN.md as dataclasses.

Every annotation holds half-open character offsets into ``Article.text``:
``article.text[span.start:span.end] == span.text`` always holds. The one exception is a
caption's own times, whose offsets are into that ``Caption.text``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

PublishedFrom = Literal["meta", "html", "text"]


@dataclass(slots=True)
class Span:
    """A stretch of the clean text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Extent:
    """Where something lies in the clean text, without its words (a time's sentence, the
    time expression that dated a statement): ``article.text[start:end]``."""

    start: int
    end: int


# Metadata of a typed field that the record leaves out while it is None (the record of
# DESIGN.md had these only where an extractor set them, as keys of ``extra``).
_OMIT_WHEN_NONE = {"record": "omit when None"}


@dataclass(slots=True)
class Entity:
    """One entity of an article with every mention of it."""

    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Speaker:
    """Who made a statement: a canonical name and the words that name them here."""

    name: str
    entity: str | None = None
    mention: Span | None = None
    anonymous: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Quote:
    """A statement: direct, mixed or indirect speech with its cue and speaker."""

    id: str
    text: str
    start: int
    end: int
    kind: Literal["direct", "mixed", "indirect"]
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)
    # When the statement was made (set by the statement_dates extractor): an ISO value, and
    # whether it came from a time in the text (``date_at`` its offsets) or the publication.
    date: str | None = None
    date_from: Literal["text", "published"] | None = None
    date_at: Extent | None = field(default=None, metadata=_OMIT_WHEN_NONE)
    # A statement split by its attribution ("“A,” she said. “B.”"; "A, Roe said, and B"):
    # ``text`` stays the span from the first said word to the last (``text ==
    # article.text[start:end]``, as for every span), ``parts`` are the stretches either side
    # of the attribution and ``quoted`` what was said, the parts joined by a space. None for
    # a statement in one piece.
    parts: list[Span] | None = field(default=None, metadata=_OMIT_WHEN_NONE)
    quoted: str | None = field(default=None, metadata=_OMIT_WHEN_NONE)


@dataclass(slots=True)
class Quantity:
    """A number in the text, normalised, with what it counts."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None = None
    kind: str = "count"
    counted: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The sentence the number is in (its end without trailing space), for listings.
    sentence_start: int | None = field(default=None, metadata=_OMIT_WHEN_NONE)
    sentence_end: int | None = field(default=None, metadata=_OMIT_WHEN_NONE)


@dataclass(slots=True)
class TimeExpression:
    """A time expression with its TIMEX3 type and value (None when unanchored)."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The sentence the expression is in and the tense of its clause (None without a parse).
    sentence: Extent | None = field(default=None, metadata=_OMIT_WHEN_NONE)
    tense: Literal["past", "present", "future"] | None = field(default=None, metadata=_OMIT_WHEN_NONE)


@dataclass(slots=True)
class Caption:
    """A photo caption the cleaner kept out of the article text, as metadata.

    ``text`` is the whole caption line (its credit included); ``credit`` is the agency or
    photographer credit at its end ("PA", "Getty Images") when recognisable. The offsets of
    ``times`` are into this caption's ``text``, not into ``Article.text``.
    """

    text: str
    credit: str | None = None
    times: list[TimeExpression] = field(default_factory=list)


@dataclass(slots=True)
class RawDocument:
    """What a reader yields: undecoded content, where it came from, and sidecar metadata.

    ``kind`` is "html" or "text"; ``content`` is bytes when the reader could not know the
    encoding, str when the source already held text (a JSONL field).
    """

    doc: str
    content: bytes | str
    kind: Literal["html", "text"]
    origin: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """A clean article and everything extracted from it."""

    doc: str
    id: str
    text: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    published_from: PublishedFrom | None = None
    credit: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def spans(self) -> list[Span]:
        """Every span into ``text``, for checking the offset invariant (captions aside)."""
        found: list[Span] = []
        for entity in self.entities:
            found.extend(entity.mentions)
        for quote in self.quotes:
            found.append(Span(quote.start, quote.end, quote.text))
            if quote.cue:
                found.append(quote.cue)
            if quote.speaker and quote.speaker.mention:
                found.append(quote.speaker.mention)
            found.extend(quote.parts or ())
        found.extend(Span(q.start, q.end, q.text) for q in self.quantities)
        found.extend(Span(t.start, t.end, t.text) for t in self.times)
        return found

    def caption_spans(self) -> list[tuple[str, Span]]:
        """Each caption time as (its caption's text, its span into that text)."""
        return [(caption.text, Span(time.start, time.end, time.text))
                for caption in self.captions for time in caption.times]

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready article record of DESIGN.md (``extra`` fields are flattened in)."""
        record: dict[str, Any] = {
            "doc": self.doc,
            "id": self.id,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "published_from": self.published_from,
            "credit": self.credit,
            "text": self.text,
            "entities": [_flatten(e) for e in self.entities],
            "quotes": [_flatten(q) for q in self.quotes],
            "quantities": [_flatten(q) for q in self.quantities],
            "times": [_flatten(t) for t in self.times],
            "captions": [_flatten(c) for c in self.captions],
        }
        record.update(self.extra)
        return record


def _flatten(item: Any) -> dict[str, Any]:
    """A record dataclass as plain JSON-ready data, each nested ``extra`` merged into its
    parent object. (Written out rather than ``dataclasses.asdict``, which deep-copies every
    value: storing an article spent half its time there.)"""
    return _plain(item)


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [_plain(item) for item in value]
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    names = _field_names(kind)
    if names is None:
        return value
    plain = {}
    for name, omit_when_none in names:
        item = getattr(value, name)
        if not (omit_when_none and item is None):
            plain[name] = _plain(item)
    extra = getattr(value, "extra", None)
    if extra:
        plain.update(_plain(extra))
    return plain


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[tuple[str, bool], ...] | None] = {}


def _field_names(kind: type) -> tuple[tuple[str, bool], ...] | None:
    """The fields of a dataclass type but ``extra``, each with whether the record leaves it
    out while None (None for any other type), looked up once."""
    if kind not in _FIELD_NAMES:
        fields = dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else None
        _FIELD_NAMES[kind] = None if fields is None else tuple(
            (f.name, f.metadata.get("record") == _OMIT_WHEN_NONE["record"])
            for f in fields if f.name != "extra")
    return _FIELD_NAMES[kind]
