"""Doubly encoded UTF-8 repaired before cleaning; real text left alone."""

from __future__ import annotations

import pytest

from storyline.clean.mojibake import repair_mojibake
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline


def twice(text: str, codec: str = "latin-1") -> str:
    """``text`` as a page that read its UTF-8 bytes as ``codec`` shows it (the bytes
    Windows-1252 leaves undefined arrive as the C1 controls of the same number)."""
    return "".join(bytes([byte]).decode(codec, errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


@pytest.mark.parametrize("text", [
    "The ferry’s captain said “we sail at dawn” — and they did.",
    "Zoë paid €40 for the crème brûlée; Ørsted’s shares rose 2½ %.",
    "Путин and Ζεύς, side by side…",
])
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_text_encoded_twice_comes_back(text: str, codec: str) -> None:
    broken = twice(text, codec)
    assert broken != text
    assert repair_mojibake(broken) == text


@pytest.mark.parametrize("text", [
    "plain ASCII, nothing to do",
    "« Straße » and naïve façades in São Paulo",  # real accents next to punctuation
    "Groß» was printed with a closing guillemet",  # ß» decodes to an NKo letter: no news text
    "Ã la carte",  # a lead without its continuation
])
def test_real_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_a_doubly_encoded_page_gives_its_quotations(pipeline: Pipeline) -> None:
    html = ("<html><head><title>Harbour strike ends</title></head><body><article>"
            "<h1>Harbour strike ends</h1>"
            "<p>The dockers voted on Monday to go back to work after forty days.</p>"
            "<p>“We got what we came for,” said Maria Okafor, the union’s leader.</p>"
            "<p>The port authority said the first ships would dock on Wednesday.</p>"
            "</article></body></html>")
    article = pipeline.process(RawDocument(doc="strike.html", content=twice(html), kind="html", origin="strike.html"))
    assert isinstance(article, Article)
    assert "â" not in article.text and "“We got what we came for,”" in article.text
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert [quote.text for quote in direct] == ["We got what we came for,"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Maria Okafor"
