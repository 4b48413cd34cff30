"""An article's text as a tree of marks: every extracted fact over its exact characters.

Facts overlap freely (an entity inside a quote, a number inside both, a quote that runs
across a cue). Marks must nest in HTML, so a fact that crosses the end of an enclosing one
is cut into pieces at that boundary; the pieces of one fact share its ``key``, and only the
first carries its anchor (``c{start}-{end}``). The text of the tree, read in order, is the
article's text, character for character, and a fact's pieces together hold exactly
``text[start:end]``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# The order in which facts over the same characters nest, outermost first.
KIND_ORDER = {"target": 0, "quote": 1, "cue": 2, "speaker": 3, "entity": 4, "time": 5, "number": 6}
MAX_SPEAKER_COLOURS = 8


@dataclass(frozen=True, slots=True)
class Fact:
    start: int
    end: int
    kind: str
    tip: str  # what was extracted, in words (shown on hover and focus)
    css: str = ""  # further classes (a speaker's colour)

    @property
    def key(self) -> str:
        return anchor(self.start, self.end)


@dataclass(slots=True)
class Mark:
    fact: Fact
    start: int
    end: int
    anchor: str | None = None  # the element id, on the first piece of a fact only
    first: bool = True
    children: list[Mark | str] = field(default_factory=list)


def anchor(start: int, end: int) -> str:
    return f"c{start}-{end}"


def parse_anchor(value: str | None, length: int) -> tuple[int, int] | None:
    """``"120-180"`` (or ``"c120-180"``) as offsets within a text of ``length`` characters."""
    if not value:
        return None
    first, _, second = value.removeprefix("c").partition("-")
    if not (first.isdigit() and second.isdigit()):
        return None
    start, end = int(first), int(second)
    return (start, end) if 0 <= start < end <= length else None


def build(text: str, facts: Iterable[Fact]) -> list[Mark | str]:
    """The text as a list of strings and marks (marks nest; crossing facts are cut)."""
    # the same fact twice is marked once
    pieces = _pieces([fact for fact in dict.fromkeys(facts) if 0 <= fact.start < fact.end <= len(text)])
    root: list[Mark | str] = []
    stack: list[Mark] = []
    position = 0
    used: set[str] = set()
    seen: set[Fact] = set()

    def add_text(upto: int) -> None:
        nonlocal position
        if upto > position:
            (stack[-1].children if stack else root).append(text[position:upto])
            position = upto

    for start, end, _, fact in pieces:
        while stack and stack[-1].end <= start:
            add_text(stack[-1].end)
            stack.pop()
        add_text(start)
        mark = Mark(fact, start, end, first=fact not in seen)
        if mark.first and fact.key not in used:
            mark.anchor = fact.key
            used.add(fact.key)
        seen.add(fact)
        (stack[-1].children if stack else root).append(mark)
        stack.append(mark)
    while stack:
        add_text(stack[-1].end)
        stack.pop()
    add_text(len(text))
    return root


def _pieces(facts: list[Fact]) -> list[tuple[int, int, int, Fact]]:
    """Cut crossing facts so that every two pieces are disjoint or nested; sorted so that an
    enclosing piece comes before the pieces inside it."""
    def entry(start: int, end: int, fact: Fact) -> tuple[int, int, int, int, Fact]:
        return (start, -end, KIND_ORDER.get(fact.kind, 9), id(fact), fact)

    queue = [entry(fact.start, fact.end, fact) for fact in facts]
    heapq.heapify(queue)
    open_ends: list[int] = []  # ends of the pieces enclosing the current position
    out: list[tuple[int, int, int, Fact]] = []
    while queue:
        start, negative_end, order, _, fact = heapq.heappop(queue)
        end = -negative_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            heapq.heappush(queue, entry(open_ends[-1], end, fact))  # the rest, after the boundary
            end = open_ends[-1]
        out.append((start, end, order, fact))
        open_ends.append(end)
    return out


def flatten(nodes: list[Mark | str]) -> str:
    """The text of a tree (for tests and checks)."""
    return "".join(node if isinstance(node, str) else flatten(node.children) for node in nodes)


def facts_of(record: dict[str, Any]) -> list[Fact]:
    """Every fact of an article record, with what was extracted in words."""
    facts: list[Fact] = []
    speakers: dict[str, int] = {}
    for quote in record.get("quotes", []):
        speaker = quote.get("speaker") or {}
        name = speaker.get("name") or "unnamed source"
        colour = speakers.setdefault(name, len(speakers)) % MAX_SPEAKER_COLOURS
        when = quote.get("date")
        tip = f"{quote.get('kind', 'quote')} statement by {name}" + (
            " (unnamed source)" if speaker.get("anonymous") else "") + (f", made {when}" if when else "")
        facts.append(Fact(quote["start"], quote["end"], "quote", tip, f"spk-{colour}"))
        cue = quote.get("cue")
        if cue:
            facts.append(Fact(cue["start"], cue["end"], "cue", f"reporting words of {name}", f"spk-{colour}"))
        mention = speaker.get("mention")
        if mention:
            facts.append(Fact(mention["start"], mention["end"], "speaker", f"speaker: {name}", f"spk-{colour}"))
    for entity in record.get("entities", []):
        roles = ", ".join(entity.get("roles") or [])
        tip = f"{entity.get('type', 'entity')}: {entity['name']}" + (f" ({roles})" if roles else "")
        facts += [Fact(m["start"], m["end"], "entity", tip, f"ent-{entity.get('type', '').lower()}")
                  for m in entity.get("mentions", [])]
    for quantity in record.get("quantities", []):
        facts.append(Fact(quantity["start"], quantity["end"], "number", quantity_tip(quantity)))
    for time in record.get("times", []):
        value = time.get("value") or "unresolved"
        facts.append(Fact(time["start"], time["end"], "time", f"{time.get('type', 'TIME').lower()}: {value}"))
    return facts


def quantity_tip(quantity: dict[str, Any]) -> str:
    value = quantity.get("value")
    shown = f"{value:,.0f}" if isinstance(value, float) and value.is_integer() else f"{value}"
    parts = [f"{quantity.get('kind') or 'number'}: {shown}"]
    if quantity.get("unit"):
        parts.append(str(quantity["unit"]))
    if quantity.get("low") is not None and quantity.get("high") is not None:
        parts.append(f"(range {quantity['low']:,.0f} to {quantity['high']:,.0f})")
    if quantity.get("counted"):
        parts.append(f"of {quantity['counted']}")
    return " ".join(parts)


def speaker_legend(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(speaker, colour class) in the order the article's quotes first give them."""
    seen: dict[str, int] = {}
    for quote in record.get("quotes", []):
        name = (quote.get("speaker") or {}).get("name") or "unnamed source"
        seen.setdefault(name, len(seen))
    return [(name, f"spk-{index % MAX_SPEAKER_COLOURS}") for name, index in seen.items()]
