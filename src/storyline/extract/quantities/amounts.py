"""Reading amounts in plain text: one compiled pattern, one pass, no parse.

An amount is a number (digits, words, or a vague count such as "several thousand") with
what surrounds it: a scale ("bn", "million"), a currency ("€", "US$", "EUR", "euros"), a
percent sign or a unit ("km", "tonnes", "days"), a qualifier ("about", "more than") and
a second number when it is a range ("10 to 15", "between 10 and 15", "$10-15bn").
Ordinals ("3rd", "twenty-first") are read too, so that they are never taken as amounts.
The quantity extractor then checks each amount against the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.extract.quantities.numbers import (ORDINAL_WORDS, SCALES, TENS, UNITS, VAGUE_PLURALS,
                                                  VAGUE_QUANTIFIERS, WORD_SCALES, number_value,
                                                  ordinal_value, word_alternation)
from storyline.extract.quantities.units import (CURRENCY_NAMES, CURRENCY_SYMBOLS, DURATION_NAMES,
                                                ISO_CURRENCIES, UNIT_NAMES, UNIT_SYMBOLS, Unit,
                                                currency_symbol, unit_after)
from storyline.extract.scan import Grammar, ScannedText

# Qualifier -> which bounds it sets: "~" about (value +-10%), "<=" at most, ">=" at least,
# "<~" nearly (just below the value).
QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(("about", "around", "roughly", "approximately", "approx.", "some",
                     "an estimated", "estimated", "circa", "an approximate"), "~"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of"), "<~"),
    **dict.fromkeys(("more than", "over", "above", "at least", "upwards of", "in excess of",
                     "no fewer than", "no less than", "a minimum of", "just over",
                     "well over"), ">="),
    **dict.fromkeys(("fewer than", "less than", "under", "below", "up to", "at most",
                     "as many as", "as much as", "no more than", "not more than",
                     "a maximum of"), "<="),
}
# Relative width of the bounds of "about X". A convention, not tuned: news writers round
# to about one significant figure, so +-10% keeps the true figure inside in most cases.
APPROXIMATE_SPREAD = 0.10
NUMBER_WORD_SEPARATORS = r"[\s\-\u2010\u2011]"

_SMALL = (rf"(?:(?:{word_alternation(TENS)})(?:{NUMBER_WORD_SEPARATORS}(?:"
          rf"{word_alternation(w for w, v in UNITS.items() if 0 < v < 10)}))?"
          rf"|{word_alternation(UNITS)})")
_WORD_SCALE = rf"(?:{word_alternation(WORD_SCALES)}|dozen)"
_WORD_NUMBER = (rf"(?:{_SMALL}|an?(?=\s+{_WORD_SCALE}\b))"
                rf"(?:\s+{_WORD_SCALE}(?:\s+(?:and\s+)?{_SMALL})?)*")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# A digit number is not part of a time, fraction, version or identifier ("10:30", "9/11").
_DIGITS_END = r"(?![\d\u00b2\u00b3]|[.,:/]\d|\s?(?:[aApP]\.?[mM]\b|[aApP]\.[mM]\.))"
_ABBREVIATED_SCALE = r"(?:bn|mn|mln|tn|trn|[mkb])"

_CURRENCY_PREFIX = (
    r"(?:" + word_alternation(sorted(CURRENCY_SYMBOLS, key=len, reverse=True)) + r")"
    + r"|(?:" + word_alternation(ISO_CURRENCIES) + r")(?=\s?\d)"
)
_SUFFIX_WORDS = word_alternation([*CURRENCY_NAMES, *UNIT_NAMES, *DURATION_NAMES])
_SUFFIX_SYMBOLS = word_alternation([*UNIT_SYMBOLS, *ISO_CURRENCIES])
_PERCENT = r"%|(?i:per\s?cent|percentage\s+points?|pct)\b"
_SUFFIX = (rf"(?:\s?(?P<percent>{_PERCENT})"
           rf"|{NUMBER_WORD_SEPARATORS}?(?:\s+of)?\s*(?P<unit>(?i:{_SUFFIX_WORDS})\b|(?:{_SUFFIX_SYMBOLS})(?![\w\u00b2\u00b3])))")


def _number(tag: str) -> str:
    """A number with its currency and scale, with named groups suffixed by ``tag``."""
    return (rf"(?:(?P<cur{tag}>{_CURRENCY_PREFIX})\s?)?"
            rf"(?:(?P<digits{tag}>{_DIGITS}){_DIGITS_END}"
            rf"(?:\s?(?P<scale{tag}>(?i:{word_alternation(WORD_SCALES)}))\b"
            rf"|(?P<abbr{tag}>{_ABBREVIATED_SCALE})(?![\w\u00b2\u00b3])"
            rf"|\s(?P<abbrs{tag}>bn|mn|tn)\b)?"
            rf"|(?P<words{tag}>(?i:{_WORD_NUMBER}))\b)")


_VAGUE = (rf"(?i:(?P<vq>{word_alternation(VAGUE_QUANTIFIERS)})"
          rf"(?:\s+(?P<vscale>{word_alternation(WORD_SCALES)}|dozen))?"
          rf"|(?P<vplural>{word_alternation(VAGUE_PLURALS)}))\b")
_ORDINAL = (r"(?P<ordinal>\d+(?:st|nd|rd|th)(?!\w)"
            rf"|(?i:(?:{word_alternation(TENS)}){NUMBER_WORD_SEPARATORS})?"
            rf"(?i:{word_alternation(ORDINAL_WORDS)})\b)")
_RANGE_SEPARATOR = r"(?:\s?[-\u2013\u2014\u2010]\s?|\s+(?:to|or)\s+|(?(between)\s+and\s+|(?!)))"

_NOT_AFTER = r"(?<![\w.,$\u20ac\u00a3\u00a5/:\-\u2010])"  # an amount starts a word
PATTERN = re.compile(
    rf"{_NOT_AFTER}"
    rf"(?:(?P<qualifier>(?i:{word_alternation(QUALIFIERS)}))\s+)?"
    rf"(?:(?P<between>(?i:between|from)\s+))?"
    rf"(?:{_ORDINAL}"
    rf"|(?:{_VAGUE}|{_number('1')}(?P<range>{_RANGE_SEPARATOR}{_number('2')})?)"
    rf"(?(between)(?(range)|(?!)))"  # "between"/"from" only before a range
    rf"{_SUFFIX}?)"
    rf"(?![\w\u00b2\u00b3])"
)


@dataclass(slots=True)
class Amount:
    """One amount in the text, before the parse is consulted."""

    start: int
    end: int
    value: float
    kind: str = "count"  # count | money | percent | ordinal | a physical dimension
    unit: Unit | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unqualified_start: int | None = None  # where the amount starts without its qualifier
    vague: bool = False
    is_range: bool = False
    in_words: bool = False  # the number is written in words ("two", "several")
    bare_quantifier: bool = False  # "several", "a few" with no scale word after them
    bare_m: bool = False  # "5m" with no currency: million or metres, the parse decides
    year_like: bool = False  # a plain four-digit integer between 1000 and 2199


# Every amount holds a digit or a number word within this many characters of its start
# (after a qualifier, "between" and a currency: "in excess of US$ 5", "about a million").
_TRIGGER_REACH = 48
_NUMBER_WORDS = [*UNITS, *TENS, *WORD_SCALES, "dozen", *VAGUE_QUANTIFIERS, *VAGUE_PLURALS, *ORDINAL_WORDS]
_TRIGGER = re.compile(r"\d|(?<![a-z])(?:" + word_alternation(word.lower() for word in _NUMBER_WORDS) + ")")
GRAMMAR = Grammar(PATTERN, _TRIGGER, _TRIGGER_REACH, re.compile(_NOT_AFTER + r"\S"))


def read_amounts(text: str) -> Iterator[Amount]:
    """Every amount in ``text``, in order, as non-overlapping spans within a line."""
    for match in ScannedText(text).matches(GRAMMAR):
        amount = _amount(match)
        if amount is not None:
            yield amount


def _amount(match: re.Match[str]) -> Amount | None:
    groups = match.groupdict()
    start, end = match.span()
    qualifier = (groups["qualifier"] or "").lower() or None
    if groups["ordinal"]:
        value = ordinal_value(groups["ordinal"])
        if value is None:
            return None
        # A qualifier before an ordinal is not part of it ("over the third").
        start = match.start("ordinal")
        return Amount(start, end, float(value), kind="ordinal", in_words=not groups["ordinal"][0].isdigit())
    unit = _unit(groups)
    if groups["vq"] or groups["vplural"]:
        amount = _vague(groups, start, end, unit)
    else:
        amount = _exact(groups, start, end, unit)
    if amount is None:
        return None
    if qualifier:
        _qualify(amount, qualifier)
        amount.unqualified_start = _skip_spaces(match.string, match.end("qualifier"))
    return amount


def unqualify(amount: Amount) -> None:
    """Drop the qualifier: it was a preposition ("organised over three days")."""
    if amount.unqualified_start is not None:
        amount.start, amount.unqualified_start = amount.unqualified_start, None
    amount.qualifier = None
    if not (amount.is_range or amount.vague):
        amount.low = amount.high = None


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _unit(groups: dict[str, str | None]) -> Unit | None:
    code = currency_symbol(groups.get("cur1") or "") or currency_symbol(groups.get("cur2") or "")
    if code:
        return Unit(code, "money", 1.0, code)
    if groups["percent"]:
        symbol = "pp" if "point" in groups["percent"].lower() else "%"
        return Unit(symbol, "percent", 1.0, symbol)
    if groups["unit"]:
        return unit_after(groups["unit"])
    return None


def _vague(groups: dict[str, str | None], start: int, end: int, unit: Unit | None) -> Amount:
    if groups["vplural"]:
        low, high = VAGUE_PLURALS[" ".join(groups["vplural"].lower().split())]
    else:
        low, high = VAGUE_QUANTIFIERS[" ".join((groups["vq"] or "").lower().split())]
        scale = (groups["vscale"] or "").lower()
        if scale:
            factor = 12.0 if scale == "dozen" else SCALES[scale]
            low, high = low * factor, high * factor
    factor = unit.factor if unit and unit.kind == "money" and unit.factor else 1.0
    low, high = low * factor, high * factor
    # "millions" says an order of magnitude, not a figure: its value is the least it means
    # (a midpoint such as 5,999,999.5 would be a precision the text does not have).
    value = low if groups["vplural"] else (low + high) / 2
    return Amount(start, end, value, kind=unit.kind if unit else "count", unit=unit,
                  low=low, high=high, vague=True, in_words=True,
                  bare_quantifier=bool(groups["vq"]) and not groups["vscale"])


def _exact(groups: dict[str, str | None], start: int, end: int, unit: Unit | None) -> Amount | None:
    first = _scaled(groups, "1")
    if first is None:
        return None
    value, scale, in_words = first
    amount = Amount(start, end, value, kind=unit.kind if unit else "count", unit=unit, in_words=in_words)
    if groups.get("digits2") or groups.get("words2"):
        if _not_a_range(groups):
            return None
        second = _scaled(groups, "2")
        if second is not None:
            other, other_scale, _ = second
            # "10 to 15 million": the scale is shared; "32,000 to 1.41 million": it is not.
            if scale == 1.0 and other_scale != 1.0 and value <= other / other_scale:
                value *= other_scale
            low, high = sorted((value, other))
            amount.value, amount.low, amount.high, amount.is_range = (low + high) / 2, low, high, True
    elif scale == 1.0 and groups["digits1"] and not groups["cur1"]:
        digits = groups["digits1"]
        amount.year_like = len(digits) == 4 and digits.isdigit() and 1000 <= value < 2200
    amount.bare_m = (groups["abbr1"] or "").lower() == "m" and not (unit and unit.kind == "money")
    if unit and unit.kind == "money" and unit.factor not in (None, 1.0):  # cents, pence
        amount.value *= unit.factor
        amount.low = amount.low * unit.factor if amount.low is not None else None
        amount.high = amount.high * unit.factor if amount.high is not None else None
    return amount


# A span of years ("2021-2025", "the 2011-12 season"): a time, not an amount.
_YEAR_SPAN = re.compile(r"(1[89]\d\d|20\d\d)\s?[-\u2013\u2010]\s?(1[89]\d\d|20\d\d|\d\d)")
# A local telephone number ("225-8491"): three digits, a hyphen, four digits.
_PHONE_NUMBER = re.compile(r"\d{3}-\d{4}")


def _not_a_range(groups: dict[str, str | None]) -> bool:
    """Two numbers joined by a dash that are not the bounds of an amount: a span of years,
    a telephone number (unless a currency, a scale or a unit makes them an amount after
    all), or a number and a word number set apart by a dash ("2019 — one of ...")."""
    first, second = groups.get("digits1"), groups.get("digits2")
    range_text = groups.get("range") or ""
    marked = groups.get("cur1") or groups.get("cur2") or groups.get("percent") or groups.get("unit") \
        or any(groups.get(f"{kind}{tag}") for kind in ("scale", "abbr", "abbrs") for tag in "12")
    separator = range_text.split()
    if first and groups.get("words2") and not {"to", "or", "and"} & set(separator):
        return True  # "2019 — one of ...", "2008 — two decades on": digits, a dash, a word number
    if marked or not (first and second):
        return False
    joined = first + range_text[:len(range_text) - len(second)] + second
    return bool(_YEAR_SPAN.fullmatch(joined) or _PHONE_NUMBER.fullmatch(joined))


def _scaled(groups: dict[str, str | None], tag: str) -> tuple[float, float, bool] | None:
    """(value, scale factor, written in words) of number ``tag``."""
    digits, words = groups.get(f"digits{tag}"), groups.get(f"words{tag}")
    value = number_value(digits or words or "")
    if value is None:
        return None
    scale_word = groups.get(f"scale{tag}") or groups.get(f"abbr{tag}") or groups.get(f"abbrs{tag}")
    scale = SCALES[scale_word.lower()] if scale_word else 1.0
    return value * scale, scale, bool(words)


def _qualify(amount: Amount, qualifier: str) -> None:
    mode = QUALIFIERS.get(" ".join(qualifier.split()))
    amount.qualifier = qualifier
    if mode is None or amount.is_range or amount.vague:
        return
    value = amount.value
    if mode == "~":
        amount.low, amount.high = value * (1 - APPROXIMATE_SPREAD), value * (1 + APPROXIMATE_SPREAD)
    elif mode == "<~":
        amount.low, amount.high = value * (1 - APPROXIMATE_SPREAD), value
    elif mode == ">=":
        amount.low = value
    else:
        amount.high = value
