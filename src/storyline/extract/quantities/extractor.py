"""Quantities: amounts read from the text, checked against the parse, tied to what they count.

``read_amounts`` finds the amounts in ``article.text``; the existing parse then
- drops what is not an amount: years, dates, clock times, identifiers ("Article 5"),
  number words that modify nothing ("one of them", "no one");
- finds what is counted: the noun the number modifies ("35 countries"), else the object
  of the phrase that follows ("$138 billion in aid to Ukraine", "€1.1bn ... in fuel sales"),
  else the noun it is the amount of ("a budget of $5bn");
- finds the entity it belongs to when the sentence says so: a possessor ("Ukraine's
  800,000 soldiers"), the name it is part of ("the 27-member European Union") or the
  subject of the verb it is the object of ("Russia had received €1.1bn");
- links conversions in brackets to their main amount ("€1.1bn (£954m; $1.3bn)").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.extract.quantities.amounts import Amount, read_amounts, unqualify
from storyline.extract.sentences import SentenceIndex
from storyline.extract.lexicon import MONTHS, WEEKDAYS
from storyline.extract.quantities.units import UNIT_SYMBOLS
from storyline.model import Article, Entity, Quantity

REQUIRES = frozenset({"tagger", "parser"})

# Dependency labels of a number that modifies the noun after it.
MODIFIER_DEPS = frozenset({"nummod", "amod", "quantmod", "compound", "nmod", "det", "npadvmod"})
# Prepositions that introduce what an amount is of or for, by kind ("$5bn in aid",
# "10% of voters", "thousands of soldiers", "2 million tonnes of grain").
OBJECT_PREPOSITIONS = {"money": ("in", "of", "for", "on", "worth")}
OTHER_PREPOSITIONS = ("of",)
# Prepositions whose phrase is kept in the description of what is counted ("aid to Ukraine").
PHRASE_PREPOSITIONS = frozenset({"to", "for", "against", "of", "on"})
MAX_PHRASE_TOKENS = 8
NOUNS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CONVERSION_OPEN = re.compile(r"\s*[(\[]\s*")
_CONVERSION_SEPARATOR = re.compile(r"\s*(?:[;,/]|\bor\b|=)?\s*")
_CONVERSION_CLOSE = re.compile(r"\s*[)\]]")


def extract_quantities(doc: Doc, article: Article) -> None:
    """Fill ``article.quantities`` from the text and the parse of ``doc``."""
    kept: list[tuple[Amount, SpacySpan]] = []
    for amount in read_amounts(article.text):
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is not None and amount.qualifier and _qualifier_is_preposition(amount, span):
            unqualify(amount)
            span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is not None and len(span) and _is_amount(amount, span):
            _settle_bare_m(amount, span)
            kept.append((amount, span))
    owners = _EntityIndex(article.entities)
    quantities = [_quantity(amount, span, article.text) for amount, span in kept]
    conversions = _conversions(kept, article.text)
    for index, (amount, span) in enumerate(kept):
        if index in conversions:
            continue
        linked = [i for i, main in conversions.items() if main == index]
        after = span.end  # the token after the amount and its bracketed conversions
        if linked:
            after = _token_after(doc, after, _close_end(article.text, kept[linked[-1]][0].end))
        _describe(quantities[index], amount, span, doc[after] if after < len(doc) else None, owners)
        for i in linked:
            _copy_description(quantities[index], quantities[i])
    article.quantities = quantities


def _qualifier_is_preposition(amount: Amount, span: SpacySpan) -> bool:
    """"over" in "organised over three days" (but not in "for over three days")."""
    first = span[0]
    if first.dep_ == "prep":
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return amount.kind == "duration" and first.lower_ in ("over", "under") \
        and (before is None or before.pos_ != "ADP")


def _is_amount(amount: Amount, span: SpacySpan) -> bool:
    root = span.root
    if amount.kind in ("count", "ordinal") and _next_to_date_word(span):
        return False
    if amount.kind == "ordinal":
        return root.dep_ in ("amod", "nummod", "compound") and root.head.pos_ in NOUNS
    if amount.year_like and not (root.dep_ == "nummod" and root.head.tag_ in PLURAL_TAGS):
        return False
    if amount.bare_quantifier:  # "several", "a few": only as the count of a plural noun
        return root.head.tag_ in PLURAL_TAGS and root.head.i >= span.end
    if amount.unit is not None or amount.vague:
        return True
    if root.dep_ in ("nummod", "appos", "compound") and root.head.i < span.start and root.head.is_title:
        return False  # an identifier: "Article 5", "Resolution 2231", "Flight 17"
    if span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN" and not amount.in_words:
        return False  # a name with a number: "Boeing 777", "Apollo 11"
    if amount.in_words and not amount.qualifier:  # "one of them", "no one", "the two met"
        return root.dep_ in MODIFIER_DEPS and root.head.i >= span.end and root.head.pos_ in NOUNS
    return True


def _next_to_date_word(span: SpacySpan) -> bool:
    doc = span.doc
    neighbours = [doc[i] for i in (span.start - 1, span.end, span.end + 1) if 0 <= i < len(doc)]
    if len(neighbours) == 3 and neighbours[1].lower_ != "of":
        neighbours.pop()  # the word after next counts only in "4th of July"
    return any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in neighbours)


def _settle_bare_m(amount: Amount, span: SpacySpan) -> None:
    """"5m" without a currency: million before a plural noun ("2.5m people"), else metres."""
    if not amount.bare_m:
        return
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and (following.tag_ in PLURAL_TAGS or following.lower_ == "people"):
        return
    metres = UNIT_SYMBOLS["m"]
    amount.value /= 1e6
    amount.low = amount.low / 1e6 if amount.low is not None else None
    amount.high = amount.high / 1e6 if amount.high is not None else None
    amount.unit, amount.kind = metres, metres.kind


def _quantity(amount: Amount, span: SpacySpan, text: str) -> Quantity:
    extra: dict[str, Any] = {}
    if amount.qualifier or amount.vague or amount.is_range:
        extra["approximate"] = True
    for key, value in (("low", amount.low), ("high", amount.high), ("qualifier", amount.qualifier)):
        if value is not None:
            extra[key] = value
    if amount.vague:
        extra["vague"] = True
    if amount.is_range:
        extra["range"] = True
    unit = amount.unit
    if unit is not None and unit.kind not in ("money", "percent") and unit.factor is not None:
        extra["si_value"] = amount.value * unit.factor
        extra["si_unit"] = unit.base
    sentence_start, sentence_end = SentenceIndex.of(span.doc).trimmed_extent(span.start_char)
    return Quantity(text=text[amount.start:amount.end], start=amount.start, end=amount.end,
                    value=amount.value, unit=unit.symbol if unit else None, kind=amount.kind,
                    extra=extra, sentence_start=sentence_start, sentence_end=sentence_end)


def _conversions(kept: list[tuple[Amount, SpacySpan]], text: str) -> dict[int, int]:
    """{index of a bracketed conversion: index of its main amount}."""
    linked: dict[int, int] = {}
    for main, (amount, _span) in enumerate(kept):
        if amount.unit is None or amount.kind == "percent" or main in linked:
            continue
        opened = _CONVERSION_OPEN.match(text, amount.end)
        if not opened:
            continue
        position, candidate = opened.end(), main + 1
        while candidate < len(kept):
            other = kept[candidate][0]
            if other.start != position or other.kind != amount.kind:
                break
            linked[candidate] = main
            position = _CONVERSION_SEPARATOR.match(text, other.end).end()  # type: ignore[union-attr]
            candidate += 1
        if candidate - 1 in linked and not _CONVERSION_CLOSE.match(text, kept[candidate - 1][0].end):
            for index in range(main + 1, candidate):  # not a bracket of amounts only: no link
                linked.pop(index, None)
    return linked


def _close_end(text: str, position: int) -> int:
    closed = _CONVERSION_CLOSE.match(text, position)
    return closed.end() if closed else position


def _token_after(doc: Doc, index: int, char: int) -> int:
    """The index of the first token from ``index`` on that starts at or after ``char``."""
    while index < len(doc) and doc[index].idx < char:
        index += 1
    return index


def _describe(quantity: Quantity, amount: Amount, span: SpacySpan, after: Token | None,
              owners: _EntityIndex) -> None:
    noun = _counted_noun(amount, span, after)
    if noun is not None:
        quantity.counted = _compound_text(noun)
        phrase = _phrase(noun)
        quantity.extra["counted_span"] = {"start": phrase.start_char, "end": phrase.end_char,
                                          "text": phrase.text}
    owner = _owner(span, noun, owners)
    if owner is not None:
        quantity.extra["entity"], quantity.extra["entity_id"] = owner.name, owner.id


def _copy_description(main: Quantity, conversion: Quantity) -> None:
    conversion.counted = main.counted
    for key in ("counted_span", "entity", "entity_id"):
        if key in main.extra:
            conversion.extra[key] = main.extra[key]
    conversion.extra["conversion_of"] = {"start": main.start, "end": main.end, "text": main.text}
    main.extra.setdefault("conversions", []).append(
        {"start": conversion.start, "end": conversion.end, "text": conversion.text})


def _counted_noun(amount: Amount, span: SpacySpan, after: Token | None) -> Token | None:
    root = span.root
    head = root.head
    if amount.kind not in ("percent",) and root.dep_ in MODIFIER_DEPS and head.pos_ in NOUNS \
            and head.i >= span.end and head.is_alpha:
        return head  # "35 countries", "Twenty-six Western allies", "a $5bn deal"
    if amount.unit is None and after is not None and after.tag_ in PLURAL_TAGS and after.is_alpha:
        return after  # the parse missed it: "5m people" with "m" read as a noun
    prepositions = OBJECT_PREPOSITIONS.get(amount.kind, OTHER_PREPOSITIONS)
    if after is not None and after.lower_ in prepositions:
        target = after
        if after.lower_ == "worth" and after.i + 1 < len(after.doc) and after.doc[after.i + 1].lower_ == "of":
            target = after.doc[after.i + 1]
        objects = [child for child in target.children
                   if child.dep_ == "pobj" and child.pos_ in NOUNS and child.is_alpha]
        if objects:
            return objects[0]  # "$138 billion in aid", "thousands of soldiers", "10% of voters"
    if amount.unit is not None and root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in NOUNS:
        return head.head  # "a budget of $5bn"
    return None


def _compound_text(noun: Token) -> str:
    """The noun with the compound nouns right before it: "fuel sales", "allies"."""
    start = noun.i
    doc = noun.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == noun.i \
            and doc[start - 1].pos_ in NOUNS and not doc[start - 1].like_num:
        start -= 1
    return doc[start:noun.i + 1].text


def _phrase(noun: Token) -> SpacySpan:
    """What is counted, described: modifiers, the noun and a short phrase after it
    ("Western allies", "aid to Ukraine")."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in ("amod", "compound") \
            and not doc[start - 1].like_num:
        start -= 1
    end = noun.i + 1
    # The phrase right after the noun, wherever the parser attached it ("allocated $138
    # billion in aid to Ukraine" hangs "to Ukraine" on the verb).
    following = doc[end] if end < len(doc) else None
    if following is not None and following.dep_ == "prep" and following.lower_ in PHRASE_PREPOSITIONS \
            and any(child.dep_ == "pobj" for child in following.children):
        right = following.right_edge.i + 1
        if right - start <= MAX_PHRASE_TOKENS:
            end = right
    return doc[start:end]


class _EntityIndex:
    """The article's entities by the characters of their mentions."""

    def __init__(self, entities: list[Entity]) -> None:
        spans = sorted((m.start, m.end, entity) for entity in entities for m in entity.mentions)
        self._starts = [start for start, _, _ in spans]
        self._spans = spans

    def at(self, token: Token) -> Entity | None:
        index = bisect_right(self._starts, token.idx) - 1
        if index >= 0:
            start, end, entity = self._spans[index]
            if start <= token.idx < end:
                return entity
        return None


def _owner(span: SpacySpan, noun: Token | None, owners: _EntityIndex) -> Entity | None:
    """The entity the amount belongs to, when the parse says so; None otherwise."""
    anchor = noun if noun is not None and noun.i >= span.end else span.root
    for child in anchor.children:
        if child.dep_ == "poss":
            return owners.at(child)  # "Ukraine's 800,000 soldiers"
    if anchor.dep_ == "compound" and anchor.head.pos_ == "PROPN":
        found = owners.at(anchor.head)  # "the 27-member European Union"
        if found is not None:
            return found
    governor = span.root
    if governor.dep_ == "pobj" and governor.head.dep_ == "prep" and governor.head.head.pos_ in NOUNS:
        holder = governor.head.head  # "the EU's budget of €5bn"
        return next((owners.at(c) for c in holder.children if c.dep_ == "poss"), None)
    if governor.dep_ in ("dobj", "attr", "oprd") and governor.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in governor.head.children if c.dep_ == "nsubj"]
        if subjects:
            return owners.at(subjects[0])  # "Russia had received €1.1bn"
    return None
