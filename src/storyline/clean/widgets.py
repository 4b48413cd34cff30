"""Content widgets that hold article text, unmasked before extraction.

trafilatura drops every block whose class holds one of its furniture words, tested as
substrings: ``embed`` (a pasted post or player), ``-icon``, ``button``, ``expand`` and many
more. Site builders name the widgets that carry an article's own text with the same words:
a block of hand-written HTML is a ``w-embed``, an accordion's wrapper says
``accordion-icon-style-basic``, a FAQ, a set of tabs or a collapsible section carries its
``toggle`` and ``expand`` modifiers. A block named for such a content widget that holds a
table, a heading, a FAQ or paragraphs of text, and no player, frame or form, and is not
mostly link text (a menu built as a toggle), loses its class before extraction, so that
trafilatura judges it by its content as any other block.
"""

from __future__ import annotations

import re
from typing import Any

# Class words of widgets that carry an article's text: embedded HTML, accordions, FAQs,
# collapsible sections, tabs, expanders, toggles.
_CONTENT_WIDGET = re.compile(r"embed|accordion|faq|collaps|tab-?(?:panel|content|pane)|\btabs\b|expand|toggle",
                             re.IGNORECASE)
# What a text block holds; what a player, a pasted post or a sign-up form holds.
_TEXT_STRUCTURE = ".//table|.//details|.//h2|.//h3|.//h4"
_NOT_TEXT = ".//iframe|.//video|.//audio|.//embed|.//object|.//form|.//input|.//script[@src]"
# Paragraphs and list items of at least this many words in all make a block of text (on the
# wcxb dev pages 15 words change two pages, +0.022 and -0.006: not taken on so little).
_MIN_TEXT_WORDS = 30
_BLOCK_TAGS = ("div", "section", "span", "p")
# A block more than this share of whose words are link text is a menu or a list of teasers,
# whatever widget it is built as (a "menu-toggle" holding the site's sections).
_MAX_LINK_SHARE = 0.5


def unmask_text_widgets(tree: Any) -> int:
    """Drop the class of each block of text named for a content widget; the number of
    blocks unmasked."""
    unmasked = 0
    for element in tree.iter(*_BLOCK_TAGS):
        classes = element.get("class")
        if not classes or not _CONTENT_WIDGET.search(classes) or not _holds_text(element):
            continue
        del element.attrib["class"]
        unmasked += 1
    return unmasked


def _holds_text(element: Any) -> bool:
    if element.xpath(_NOT_TEXT) or _mostly_links(element):
        return False
    if element.xpath(_TEXT_STRUCTURE):
        return True
    return sum(len(block.text_content().split()) for block in element.iter("p", "li")) >= _MIN_TEXT_WORDS


def _mostly_links(element: Any) -> bool:
    """A menu or a list of teasers: most of its words are link text."""
    words = len(element.text_content().split())
    linked = sum(len(link.text_content().split()) for link in element.iter("a"))
    return linked > _MAX_LINK_SHARE * words
