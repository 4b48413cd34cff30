"""Statement dates: when each quote was made. A resolved date in the quote's own sentence
(else its paragraph), outside every quoted statement, says when ("On Monday evening, during a
press conference ..., Macron said"); otherwise the publication date stands in, marked so.

Sets ``quote.date`` and ``quote.date_from`` ("text", "published", or None when the article
has no publication date either); a date from the text also sets ``quote.date_at``, the
offsets of the time expression that gave it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from storyline.extract.timex.calendar import value_start
from storyline.model import Article, Extent, Quote, TimeExpression


# Reads only the Article's quotes and times.
REQUIRES: frozenset[str] = frozenset()


def extract_statement_dates(doc: Doc, article: Article) -> None:
    date_statements(article)


def date_statements(article: Article) -> None:
    if not article.quotes:
        return
    published = date.fromisoformat(article.published) if article.published else None
    # A date inside any quoted statement belongs to what was said, not to the saying.
    dated = [time for time in article.times
             if _can_date_a_statement(time, published) and not _inside_a_quote(time, article.quotes)]
    for quote in article.quotes:
        said_at = quote.cue.start if quote.cue else quote.start
        time = _closest(_in_sentence(dated, said_at), said_at) or \
            _closest(_in_paragraph(article.text, dated, said_at), said_at)
        if time is not None:
            quote.date, quote.date_from, quote.date_at = time.value, "text", Extent(time.start, time.end)
        else:
            quote.date, quote.date_from = article.published, "published" if article.published else None


def _can_date_a_statement(time: TimeExpression, published: date | None) -> bool:
    """A calendar date (not a duration, a set or "recently") no later than publication."""
    if time.type not in ("DATE", "TIME"):
        return False
    start = value_start(time.value)
    return start is not None and (published is None or start <= published)


def _in_sentence(times: list[TimeExpression], char: int) -> list[TimeExpression]:
    found = []
    for time in times:
        sentence = time.sentence
        if sentence is not None and sentence.start <= char < sentence.end:
            found.append(time)
    return found


def _in_paragraph(text: str, times: list[TimeExpression], char: int) -> list[TimeExpression]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    end = len(text) if end < 0 else end
    return [time for time in times if start <= time.start and time.end <= end]


def _inside_a_quote(time: TimeExpression, quotes: list[Quote]) -> bool:
    return any(quote.start < time.end and time.start < quote.end for quote in quotes)


def _closest(times: list[TimeExpression], char: int) -> TimeExpression | None:
    if not times:
        return None
    return min(times, key=lambda time: min(abs(time.start - char), abs(time.end - char)))
