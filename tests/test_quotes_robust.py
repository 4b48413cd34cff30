"""No text makes quote extraction raise, and every span it gives is right (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.extract.quotes.marks import find_quoted
from storyline.model import Article
from storyline.pipeline import Pipeline

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a`"
WORDS = ["Anna Berg", "said", "he", "she", "added", "according to", "told", "the minister",
         ":", ",", ".", "\n", "\n\n", " ", "a source said", "\u2015 Name", "they", "We"]
pieces = st.one_of(st.sampled_from(list(MARKS)), st.sampled_from(WORDS), st.text(max_size=8))
texts = st.lists(pieces, max_size=60).map("".join)


@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("ab \n.,:")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_quoted_stretches_are_inside_the_text_and_ordered(text: str) -> None:
    for quoted in find_quoted(text):
        assert 0 <= quoted.start <= quoted.inner_start <= quoted.inner_end <= quoted.end <= len(text)


@given(texts)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_text_raises(pipeline: Pipeline, text: str) -> None:
    article = Article(doc="<hypothesis>", id="h", text=text)
    pipeline.annotate(pipeline.nlp(text), article)  # conftest checks every span's offsets


def test_huge_paragraph_with_many_unbalanced_marks(pipeline: Pipeline) -> None:
    text = ("Anna Berg said \u201cwe will " + "win, \u201d and \u201c lose ' " * 400
            + "\u201d she added.\n") * 3
    article = Article(doc="<huge>", id="huge", text=text)
    pipeline.annotate(pipeline.nlp(text), article)
    assert all(0 < quote.confidence <= 1 for quote in article.quotes)
