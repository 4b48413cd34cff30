"""Families of one speaker's statements (corpus/compare/families.py), on statements written
for these tests."""

from __future__ import annotations

from storyline.corpus.compare.actors import Actor
from storyline.corpus.compare.families import families
from storyline.corpus.compare.statements import Statement

MAYOR = Actor("person:ann-roe", "Ann Roe")


def _said(article: str, order: int, start: int, text: str) -> Statement:
    return Statement(article, f"{article}.txt", f"outlet {article}", "2024-05-02", "2024-05-02", start,
                     start + len(text), text, "indirect", MAYOR, "Ann Roe", order)


def test_one_article_never_paraphrases_itself_into_one_family() -> None:
    # the first outlet's one statement is close to two different statements of the second: the
    # closer paraphrase joins it, and the second's other statement stays out (an article says a
    # thing once, or repeats it word for word)
    first = _said("a", 0, 10, "the city will build a new flood barrier with extra funding from the region")
    close = _said("b", 1, 10, "the city would soon build a new flood barrier along the river")
    other = _said("b", 1, 200, "extra funding from the region must also pay for new schools")
    found = families([first, close, other])
    assert [[s.start for s in f.occurrences] for f in found] == [[10, 10]]
    assert {s.article for s in found[0].occurrences} == {"a", "b"}


def test_a_repeat_in_one_article_stays_one_family() -> None:
    standfirst = _said("a", 0, 0, "the city will build a new flood barrier this summer")
    body = _said("a", 0, 300, "the city will build a new flood barrier this summer, she told reporters")
    elsewhere = _said("b", 1, 40, "the city will build a new flood barrier this summer")
    found = families([standfirst, body, elsewhere])
    assert len(found) == 1 and len(found[0].occurrences) == 3
