"""The article text as nested marks: exact offsets, crossing facts cut, anchors unique."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.web.highlight import Fact, Mark, anchor, build, facts_of, flatten, parse_anchor

TEXT = "Macron said “we will send several thousand soldiers” on Tuesday in Paris."


def pieces_of(nodes: list, fact: Fact) -> list[Mark]:
    found = []
    for node in nodes:
        if isinstance(node, Mark):
            if node.fact == fact:
                found.append(node)
            found += pieces_of(node.children, fact)
    return found


def check(text: str, facts: list[Fact]) -> list:
    nodes = build(text, facts)
    assert flatten(nodes) == text
    anchors: list[str] = []

    def walk(items: list, lo: int, hi: int) -> None:
        for node in items:
            if isinstance(node, Mark):
                assert lo <= node.start < node.end <= hi
                assert flatten(node.children) == text[node.start:node.end]
                if node.anchor:
                    anchors.append(node.anchor)
                walk(node.children, node.start, node.end)
    walk(nodes, 0, len(text))
    assert len(anchors) == len(set(anchors))
    for fact in facts:
        if 0 <= fact.start < fact.end <= len(text):
            pieces = pieces_of(nodes, fact)
            assert "".join(text[p.start:p.end] for p in pieces) == text[fact.start:fact.end]
            assert pieces[0].first and not any(p.first for p in pieces[1:])
    return nodes


def test_nested_and_crossing_facts_keep_every_character() -> None:
    quote = Fact(TEXT.index("we"), TEXT.index("”"), "quote", "direct statement by Emmanuel Macron")
    amount = Fact(TEXT.index("several"), TEXT.index(" soldiers") + 9, "number", "count: 5,000")
    crossing = Fact(TEXT.index("soldiers"), TEXT.index("Tuesday") + 7, "time", "date: 2025-03-11")
    speaker = Fact(0, 6, "entity", "PERSON: Emmanuel Macron")
    nodes = check(TEXT, [quote, amount, crossing, speaker])
    assert [p.anchor for p in pieces_of(nodes, crossing)] == [anchor(crossing.start, crossing.end), None]


def test_facts_over_the_same_characters_nest_in_kind_order() -> None:
    a = Fact(0, 6, "entity", "PERSON")
    b = Fact(0, 6, "speaker", "speaker")
    c = Fact(0, 6, "target", "cited")
    nodes = check(TEXT, [a, b, c])
    outer = nodes[0]
    assert outer.fact == c and outer.anchor == "c0-6"
    assert outer.children[0].fact == b and outer.children[0].anchor is None


def test_out_of_range_and_empty_facts_are_left_out() -> None:
    nodes = check(TEXT, [Fact(5, 5, "time", ""), Fact(-1, 3, "time", ""), Fact(3, len(TEXT) + 1, "time", "")])
    assert nodes == [TEXT]


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
                          st.sampled_from(["quote", "cue", "entity", "number", "time", "target"])), max_size=12))
def test_any_facts_render_the_text_exactly(text: str, spans: list) -> None:
    facts = [Fact(min(a, b), max(a, b), kind, f"{kind} {a}") for a, b, kind in spans]
    check(text, facts)


def test_facts_of_a_record_say_what_was_extracted() -> None:
    record = {
        "text": TEXT,
        "quotes": [{"start": 13, "end": 51, "kind": "direct", "date": "2025-03-11",
                    "cue": {"start": 7, "end": 11, "text": "said"},
                    "speaker": {"name": "Emmanuel Macron", "mention": {"start": 0, "end": 6, "text": "Macron"}}}],
        "entities": [{"name": "Paris", "type": "GPE", "roles": [], "mentions": [{"start": 66, "end": 71}]}],
        "quantities": [{"start": 26, "end": 51, "value": 5000.0, "unit": None, "kind": "count",
                        "counted": "soldier", "low": 2000.0, "high": 9999.0}],
        "times": [{"start": 56, "end": 63, "type": "DATE", "value": "2025-03-11"}],
    }
    tips = {fact.kind: fact.tip for fact in facts_of(record)}
    assert tips["quote"] == "direct statement by Emmanuel Macron, made 2025-03-11"
    assert tips["speaker"] == "speaker: Emmanuel Macron"
    assert tips["number"] == "count: 5,000 (range 2,000 to 9,999) of soldier"
    assert tips["time"] == "date: 2025-03-11"
    assert tips["entity"] == "GPE: Paris"
    check(TEXT, facts_of(record))


def test_parse_anchor() -> None:
    assert parse_anchor("120-180", 200) == (120, 180)
    assert parse_anchor("c120-180", 200) == (120, 180)
    assert parse_anchor("120-280", 200) is None
    assert parse_anchor("180-120", 200) is None
    assert parse_anchor("x-1", 200) is None
    assert parse_anchor(None, 200) is None
