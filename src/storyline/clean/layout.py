"""Anchor ids of the article's sections, taken off before extraction.

trafilatura drops a block whose id holds one of its furniture words (``menu``, ``nav``,
``share``, ``related``, ``footer``, ...), tested as substrings. A section's anchor id is
made from its own heading, the target of a table of contents' link: "Menu Innovation
Strategies" gives ``menu-innovation-strategies``, "Share Your Screen Safely" gives
``share-your-screen-safely``. Such an id names the section, not page furniture.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

_WORD = re.compile(r"[a-z0-9]+")
# An id is a heading's slug when it spells at least this many of the heading's first words.
_MIN_SLUG_WORDS = 2
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The heading is the element itself or opens it: among its first elements in document
# order (a bounded look: a page of nested ids costs a few dozen steps per id, not its depth;
# on the wcxb dev pages a section's heading comes up to 19 elements in, past its icons).
_MAX_HEADING_POSITION = 32


def drop_heading_anchors(tree: Any) -> int:
    """Drop each id that spells the first words of its element's heading; the number dropped."""
    dropped = 0
    for element in tree.xpath(".//*[@id]"):
        if _heading_slug(element):
            del element.attrib["id"]
            dropped += 1
    return dropped


def _heading_slug(element: Any) -> bool:
    """Whether the element's id spells the first words of the heading it is or opens, or the
    whole of such a heading of two words or more."""
    words = _WORD.findall((element.get("id") or "").lower())
    if len(words) < _MIN_SLUG_WORDS:
        return False
    heading = next((found for found in islice(element.iter(), _MAX_HEADING_POSITION) if found.tag in _HEADINGS), None)
    if heading is None:
        return False
    title = _WORD.findall(heading.text_content().lower())
    return title[:len(words)] == words or (len(title) >= _MIN_SLUG_WORDS and words[:len(title)] == title)
