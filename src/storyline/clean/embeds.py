"""Embed blocks that hold article text, unmasked before extraction.

trafilatura drops every block whose class names an embed (``embed``, ``w-embed``,
``tableEmbed``): it takes them for a social post or a player pasted into the page. Site
builders use the same word for any block of hand-written HTML, and writers put tables,
FAQs and whole sections in them. A block named for an embed that holds a table, a
heading, a FAQ or paragraphs of text, and no player, frame or form, is article text: the
embed token is taken off its class so extraction judges it as any other block.
"""

from __future__ import annotations

from typing import Any

_TOKEN = "embed"
# What a text block holds; what a player, a pasted post or a sign-up form holds.
_TEXT_STRUCTURE = ".//table|.//details|.//h2|.//h3|.//h4"
_NOT_TEXT = ".//iframe|.//video|.//audio|.//embed|.//object|.//form|.//input|.//script[@src]"
# Paragraphs and list items of at least this many words in all make a block of text.
_MIN_TEXT_WORDS = 30
_BLOCK_TAGS = ("div", "section", "span", "p")


def unmask_text_embeds(tree: Any) -> int:
    """Take the embed token off the class of each block of text named for an embed; the
    number of blocks unmasked."""
    unmasked = 0
    for element in tree.iter(*_BLOCK_TAGS):
        classes = element.get("class")
        if not classes or _TOKEN not in classes or not _holds_text(element):
            continue
        element.set("class", " ".join(token for token in classes.split() if _TOKEN not in token))
        unmasked += 1
    return unmasked


def _holds_text(element: Any) -> bool:
    if element.xpath(_NOT_TEXT):
        return False
    if element.xpath(_TEXT_STRUCTURE):
        return True
    return sum(len(block.text_content().split()) for block in element.iter("p", "li")) >= _MIN_TEXT_WORDS
