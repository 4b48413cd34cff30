"""Scoring HTML extraction: main text, title and date against a page's ground truth.

The main-text measures follow the WCXB benchmark's evaluate.py exactly: the text is
split into lower-cased ``\\w+`` words; precision and recall come from the overlap of the
two bags of words (Counter intersection); a page whose reference is empty scores 1 when
nothing was predicted, else 0; "with" is the share of the page's must-have snippets found
in the prediction (case-insensitive substring), "without" the share of its must-not-have
snippets found (lower is better). Every measure is averaged per page over all pages.

Titles are compared after Unicode NFKC, typographic quotes and dashes folded to ASCII,
whitespace collapsed and case folded: "Why Cheap SEO Doesn’t Work" matches "why cheap
seo doesn't work", and nothing else is forgiven. Dates are compared as ISO strings on the
reference's precision ("2015-11" matches any day of that month). A page whose reference
has no title or no date counts as right only when the system gives none either.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.eval.scores import f1_score

_WORD = re.compile(r"\w+")
_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
})


@dataclass(frozen=True, slots=True)
class Truth:
    """A page's ground truth."""

    main_content: str
    title: str | None = None
    published: str | None = None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Prediction:
    """What one system gave for a page; None where it gave nothing."""

    text: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class PageScore:
    precision: float
    recall: float
    f1: float
    with_rate: float
    without_rate: float
    title_ok: bool
    date_ok: bool


@dataclass(frozen=True, slots=True)
class Summary:
    """Per-page means; None for a measure the system was not asked for."""

    precision: float | None
    recall: float | None
    f1: float | None
    with_rate: float | None
    without_rate: float | None
    title_accuracy: float | None
    date_accuracy: float | None
    pages: int


def tokenize(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def word_prf(predicted: str | None, reference: str | None) -> tuple[float, float, float]:
    """Word-level precision, recall and F1 of ``predicted`` against ``reference``."""
    predicted_words, reference_words = tokenize(predicted), tokenize(reference)
    if not reference_words:
        return (1.0, 1.0, 1.0) if not predicted_words else (0.0, 0.0, 0.0)
    if not predicted_words:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(predicted_words) & Counter(reference_words)).values())
    precision = overlap / len(predicted_words)
    recall = overlap / len(reference_words)
    return precision, recall, f1_score(precision, recall)


def snippet_rate(text: str | None, snippets: Sequence[str]) -> float:
    """The share of ``snippets`` found in ``text`` (case-insensitive); 1.0 when there are none."""
    if not snippets:
        return 1.0
    lowered = (text or "").lower()
    return sum(1 for snippet in snippets if snippet.lower() in lowered) / len(snippets)


def normalize_title(title: str | None) -> str:
    text = unicodedata.normalize("NFKC", title or "").translate(_TYPOGRAPHY)
    return " ".join(text.casefold().split())


def same_title(predicted: str | None, reference: str | None) -> bool:
    return normalize_title(predicted) == normalize_title(reference)


def same_date(predicted: str | None, reference: str | None) -> bool:
    if not reference:
        return not predicted
    return bool(predicted) and predicted[: len(reference)] == reference


def score_page(prediction: Prediction, truth: Truth) -> PageScore:
    """One system's scores on one page (a missing text or title scores as an empty one)."""
    precision, recall, f1 = word_prf(prediction.text, truth.main_content)
    return PageScore(
        precision=precision,
        recall=recall,
        f1=f1,
        with_rate=snippet_rate(prediction.text, truth.with_snippets),
        without_rate=snippet_rate(prediction.text, truth.without_snippets),
        title_ok=same_title(prediction.title, truth.title),
        date_ok=same_date(prediction.published, truth.published),
    )


def summarize(scores: Iterable[PageScore], has_text: bool = True, has_title: bool = True) -> Summary:
    """Per-page means of ``scores``; None for the measures of a system that gives no text
    (``has_text``) or no titles (``has_title``) at all, such as htmldate."""
    scores = list(scores)

    def mean(name: str, wanted: bool = True) -> float | None:
        if not wanted or not scores:
            return None
        return sum(float(getattr(score, name)) for score in scores) / len(scores)

    return Summary(
        precision=mean("precision", has_text),
        recall=mean("recall", has_text),
        f1=mean("f1", has_text),
        with_rate=mean("with_rate", has_text),
        without_rate=mean("without_rate", has_text),
        title_accuracy=mean("title_ok", has_title),
        date_accuracy=mean("date_ok"),
        pages=len(scores),
    )
