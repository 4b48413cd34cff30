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

A control set inside a sentence is part of the sentence: a faculty page names its experts
as buttons that open a side note ("..., said MIT Sloan professor <button>Thomas W.
Malone</button>."), and trafilatura drops every button, taking the speaker's name out of the
quote's attribution. A button that a paragraph's sentence runs into becomes a plain span
before extraction; the buttons of menus, share rows, toggles and calls to action stand alone
or follow a full stop or a line break.
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


# A paragraph with at least this many words outside its buttons is running text. (wcxb dev:
# with the mid-sentence test the rule changes one page, 0094, F1 +0.0008; without that test
# a call to action in a table cell was kept, 4223 -0.0023.)
_MIN_SENTENCE_WORDS = 5
_RUNNING_TEXT = ("p", "li", "blockquote", "td", "dd", "figcaption")
_INLINE = ("span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub", "mark", "cite", "q")


def inline_buttons(tree: Any) -> int:
    """Turn each button inside running text into a span; the number turned."""
    turned = 0
    for button in list(tree.iter("button")):
        parent = button.getparent()
        while parent is not None and parent.tag in _INLINE:
            parent = parent.getparent()
        if (parent is None or parent.tag not in _RUNNING_TEXT or not _words_around(parent)
                or not _mid_sentence(button)):
            continue
        button.tag = "span"
        # A button is drawn as a box of its own: "according to<button>Name</button>" reads
        # with a space between.
        button.text = " " + (button.text or "").lstrip()
        button.tail = " " + button.tail if button.tail and button.tail[0].isalnum() else button.tail
        for attribute in ("class", "type", "aria-expanded", "aria-controls"):
            button.attrib.pop(attribute, None)
        turned += 1
    return turned


def _mid_sentence(button: Any) -> bool:
    """Whether the text right before ``button`` runs on into it: words with no full stop,
    colon or line break between ("said professor <button>"), not a call to action set
    after a sentence or on a line of its own ("Try it free.<br><button>")."""
    node = button
    while True:
        previous = node.getprevious()
        if previous is not None:
            if previous.tag not in _INLINE or previous.find(".//br") is not None:
                return False  # a line break, an image or a block between
            before = (previous.tail or "").rstrip() or previous.text_content().rstrip()
        else:
            before = (node.getparent().text or "").rstrip()
        if before:
            return before[-1] not in ".!?:"
        node = node.getparent() if previous is None else previous
        if node is None or node.tag not in _INLINE:
            return False


def _words_around(block: Any) -> bool:
    inside = sum(len(button.text_content().split()) for button in block.iter("button"))
    return len(block.text_content().split()) - inside >= _MIN_SENTENCE_WORDS


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
