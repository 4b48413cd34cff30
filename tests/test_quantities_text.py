"""Reading amounts, numbers and units from plain text (no parse), and robustness:
no text makes the reader or the whole extractor raise."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from storyline.extract.quantities.amounts import read_amounts
from storyline.extract.quantities.numbers import number_value, ordinal_value, words_value
from storyline.extract.quantities.units import currency_symbol, unit_after
from storyline.model import Article
from storyline.pipeline import Pipeline
from storyline.store.quantities import counted_matches, noun_key


@pytest.mark.parametrize(("text", "value"), [
    ("Twenty-six", 26), ("two", 2), ("one hundred and five", 105), ("a dozen", 12),
    ("two million", 2e6), ("a hundred thousand", 1e5), ("ninety nine", 99), ("1,234.5", 1234.5),
    (".5", 0.5), ("nine hundred thousand", 9e5),
])
def test_number_values(text: str, value: float) -> None:
    assert number_value(text) == value


def test_words_that_are_not_numbers() -> None:
    assert words_value("twenty apples") is None and words_value("") is None


@pytest.mark.parametrize(("text", "value"), [("3rd", 3), ("21st", 21), ("third", 3),
                                             ("twenty-first", 21), ("thirty", None)])
def test_ordinal_values(text: str, value: int | None) -> None:
    assert ordinal_value(text) == value


def test_currencies_and_units() -> None:
    assert [currency_symbol(s) for s in ("$", "US$", "€", "£", "EUR", "XYZ")] == [
        "USD", "USD", "EUR", "GBP", "EUR", None]
    assert unit_after("euros").symbol == "EUR"  # type: ignore[union-attr]
    assert unit_after("Swiss  francs").symbol == "CHF"  # type: ignore[union-attr]
    assert unit_after("km").kind == "length"  # type: ignore[union-attr]
    assert unit_after("square kilometres").symbol == "km²"  # type: ignore[union-attr]
    assert unit_after("apples") is None


def read(text: str) -> list[tuple[str, float]]:
    return [(text[a.start:a.end], a.value) for a in read_amounts(text)]


def test_reader_spans_and_values() -> None:
    text = "€1.1bn (£954m; $1.3bn), 10:30, 9/11, G7, F-16, 3pm, 5,5, 2.5m barrels, 3D"
    assert read(text) == [("€1.1bn", 1.1e9), ("£954m", 954e6), ("$1.3bn", 1.3e9),
                          ("2.5m barrels", 2.5e6)]


def test_between_needs_a_range_and_and_needs_between() -> None:
    assert read("from 2014 on, 10 and 15") == [("2014", 2014), ("10", 10), ("15", 15)]
    assert read("from 10 to 15") == [("from 10 to 15", 12.5)]


def test_a_range_shares_its_scale_only_when_it_fits() -> None:
    assert [(a.low, a.high) for a in read_amounts("10 to 15 million, 32,000 to 1.41 million")] == [
        (10e6, 15e6), (32_000, 1.41e6)]


def test_vague_money() -> None:
    (amount,) = read_amounts("hundreds of millions of euros")
    assert (amount.unit.symbol, amount.low, amount.high, amount.vague) == (  # type: ignore[union-attr]
        "EUR", 2e8, 999_999_999, True)


def test_year_like_numbers_are_flagged() -> None:
    flags = [(a.value, a.year_like) for a in read_amounts("In 2014, 1500 troops and 2,000 tanks")]
    assert flags == [(2014, True), (1500, True), (2000, False)]


@pytest.mark.parametrize(("query", "counted", "matches"), [
    ("countries", "countries", True), ("country", "countries", True), ("allies", "allies", True),
    ("ally", "allies", True), ("soldier", "soldiers", True), ("sales", "fuel sales", True),
    ("fuel sale", "fuel sales", True), ("person", "people", True), ("votes", "abstentions", False),
    ("fuel", "fuel sales", False), ("votes", None, False),
])
def test_counted_matching_ignores_number(query: str, counted: str | None, matches: bool) -> None:
    assert counted_matches(query, counted) is matches


def test_noun_keys() -> None:
    assert [noun_key(w) for w in ("Countries", "churches", "bus", "crisis", "votes")] == [
        "country", "church", "bus", "crisis", "vote"]


# Texts made of the pieces amounts are made of, in any order.
NUMBERISH = st.lists(
    st.sampled_from(list("0123456789 ,.-–%$€£()/:;kmbn") + [
        " about ", " between ", " and ", " to ", " several ", " thousand ", " million ", "bn ",
        " Twenty-six ", " two ", " third ", " 21st ", " of ", " euros ", " USD ", " km ",
        " per cent ", " people ", " dozens ", "\n", "US$", " more than ", "²"]),
    max_size=40,
).map("".join)


@given(NUMBERISH)
@settings(max_examples=400, deadline=None)
def test_reader_never_raises_and_spans_hold(text: str) -> None:
    previous_end = 0
    for amount in read_amounts(text):
        assert previous_end <= amount.start < amount.end <= len(text)
        assert math.isfinite(amount.value)
        previous_end = amount.end


@pytest.fixture(scope="module")
def quantity_pipeline() -> Pipeline:
    return Pipeline(extractors=("entities", "quantities"))


@given(st.one_of(NUMBERISH, st.text(max_size=60)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extractor_never_raises(quantity_pipeline: Pipeline, text: str) -> None:
    # Straight to the extractors: cleaning may rightly refuse a text that is all junk.
    article = Article(doc="<hypothesis>", id="0", text=text)
    quantity_pipeline.annotate(quantity_pipeline.nlp(text), article)  # conftest checks offsets
    for quantity in article.quantities:
        assert article.text[quantity.start:quantity.end] == quantity.text
        assert quantity.value is None or math.isfinite(quantity.value)


@pytest.mark.parametrize("text", [
    "The budget for 2023-2027 was cut.",          # a span of years
    "Sales fell over the 2015-16 season.",        # a season written with two digits
    "Output slid between 2013-14 and recovered.",  # a span of years after "between"
    "Call the office on 318-6620 for details.",   # a local telephone number
    "It was 2008 — two decades after the strike.",  # a year and a word number set apart
])
def test_dashes_between_numbers_that_are_not_ranges(text: str) -> None:
    assert [(a.value, a.low, a.high) for a in read_amounts(text) if a.is_range] == []
    assert not any(a.value in (2025, 2015.5, 3469, 1005, 2013.5, 1013.5) for a in read_amounts(text))


def test_ranges_with_a_unit_or_a_scale_stay_ranges() -> None:
    assert [(a.low, a.high) for a in read_amounts("between 1990-2010 tonnes and $20-30m")] == [
        (1990, 2010), (20e6, 30e6)]


def test_a_vague_plural_is_worth_the_least_it_means() -> None:
    (amount,) = read_amounts("thousands of volunteers")
    assert (amount.value, amount.low, amount.high, amount.vague) == (2000, 2000, 9999, True)
