"""Disclosure widgets opened before extraction: an accordion's labels and panels are text.

A FAQ, a list of plans or a set of definitions is often laid out as an accordion: each
label is a ``<button>`` that shows or hides its panel (ARIA's disclosure pattern:
``aria-expanded`` on the button, ``aria-controls`` naming the panel), and the closed
panels are hidden (``aria-hidden``, ``display:none``, ``height:0;overflow:hidden``).
trafilatura drops every ``<button>`` and every hidden element, so the questions of a FAQ
vanish and so do the answers of a closed one. A reader opens them with one click: they are
the page's text. Menus built the same way sit in navigation, which extraction drops anyway.
"""

from __future__ import annotations

import re
from typing import Any

# A toggle's label of at least this many words is a heading of what it opens (a question,
# a plan's name), not an icon's name ("Menu", "Toggle search"). On the wcxb dev pages 2
# words change 3 pages by under 0.001 either way.
_MIN_LABEL_WORDS = 3
# How far up from a toggle its panel may follow (the toggle in a heading in a header row).
_MAX_PANEL_LEVELS = 3
# Style declarations that hide an element until it is opened.
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|overflow\s*:\s*hidden|height\s*:\s*0",
                           re.IGNORECASE)


def open_disclosures(tree: Any) -> int:
    """Turn each disclosure toggle with a label into a plain block and show the panel it
    controls; the number of toggles opened."""
    toggles = [button for button in tree.iter("button")
               if button.get("aria-expanded") is not None
               and len(button.text_content().split()) >= _MIN_LABEL_WORDS]
    if not toggles:
        return 0
    ids = {element.get("id"): element for element in tree.xpath(".//*[@id]")}
    for toggle in toggles:
        panel = ids.get(toggle.get("aria-controls") or "")
        if panel is None:
            panel = _next_hidden(toggle)
        toggle.tag = "div"
        for attribute in ("aria-expanded", "aria-controls", "type"):
            toggle.attrib.pop(attribute, None)
        if panel is not None:
            _show(panel, toggle)
    return len(toggles)


def _next_hidden(toggle: Any) -> Any:
    """The panel of a toggle that does not name it: the hidden block right after the toggle,
    or after the heading or wrapper the toggle sits in (a few levels up at most)."""
    element = toggle
    for _ in range(_MAX_PANEL_LEVELS):
        following = element.getnext()
        if following is not None:
            return following if _hidden(following) else None
        element = element.getparent()
        if element is None:
            return None
    return None


def _hidden(element: Any) -> bool:
    style = element.get("style")
    return (element.get("aria-hidden") == "true" or element.get("hidden") is not None
            or bool(style and _HIDING_STYLE.search(style)))


def _show(panel: Any, toggle: Any) -> None:
    """Unhide ``panel`` and its containers up to the one it shares with ``toggle``."""
    shared = set(toggle.iterancestors())
    for element in (panel, *panel.iterancestors()):
        if element in shared:
            break
        element.attrib.pop("aria-hidden", None)
        element.attrib.pop("hidden", None)
        style = element.get("style")
        if style and _HIDING_STYLE.search(style):
            del element.attrib["style"]
