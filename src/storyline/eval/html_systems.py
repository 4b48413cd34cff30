"""The systems compared on HTML pages, each as a function of (html, url) -> Prediction.

- trafilatura: plain ``trafilatura.extract`` for the main text, with its defaults but
  ``include_comments=False`` (the benchmark scores the main content; with the readers'
  comments it scores lower: F1 0.9291 against 0.9369 on the wcxb dev pages), and
  ``trafilatura.extract_metadata`` (its defaults) for its title and date.
- htmldate: ``htmldate.find_date`` alone, asked for the original (publication) date as
  trafilatura asks for it, other settings its defaults; it gives no text or title.
- storyline: the product's path, ``clean_document`` on a RawDocument of kind "html".
"""

from __future__ import annotations

from collections.abc import Callable

import htmldate
import trafilatura

from storyline.clean import clean_document
from storyline.errors import InputError
from storyline.eval.html import Prediction
from storyline.model import RawDocument

System = Callable[[str, str | None], Prediction]


def run_trafilatura(html: str, url: str | None) -> Prediction:
    text = trafilatura.extract(html, url=url, include_comments=False)
    metadata = trafilatura.extract_metadata(html, default_url=url)
    return Prediction(text=text or "", title=metadata.title or None, published=metadata.date or None)


def run_htmldate(html: str, url: str | None) -> Prediction:
    try:
        published = htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except ValueError:  # a page htmldate cannot parse at all
        published = None
    return Prediction(published=published)


def run_storyline(html: str, url: str | None) -> Prediction:
    raw = RawDocument(doc="page.html", content=html, kind="html", origin="page.html",
                      meta={"url": url} if url else {})
    try:
        article = clean_document(raw)
    except InputError:  # no article text found: scored as an empty prediction
        return Prediction(text="")
    return Prediction(text=article.text, title=article.title, published=article.published)


# Row order of the report; whether each system gives text and titles.
SYSTEMS: dict[str, tuple[System, bool, bool]] = {
    "trafilatura": (run_trafilatura, True, True),
    "htmldate": (run_htmldate, False, False),
    "storyline": (run_storyline, True, True),
}
