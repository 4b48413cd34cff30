"""Quantities through the whole pipeline (real spaCy model): each form of the issue,
what is counted, whose it is, and the seed gold."""

from __future__ import annotations

import pytest

from conftest import DATA
from storyline.eval.quantities import read_gold, recall
from storyline.extract import DEFAULT_EXTRACTORS
from storyline.model import Quantity
from storyline.pipeline import Pipeline


def quantities(pipeline: Pipeline, text: str) -> list[Quantity]:
    return pipeline.process_text(text).quantities


def only(pipeline: Pipeline, text: str) -> Quantity:
    found = quantities(pipeline, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_registered_after_entities_and_quotes_before_times() -> None:
    names = list(DEFAULT_EXTRACTORS)
    assert names.index("entities") < names.index("quantities")
    if "quotes" in names:
        assert names.index("quotes") < names.index("quantities")
    if "times" in names:
        assert names.index("quantities") < names.index("times")


@pytest.mark.parametrize(("text", "span", "value", "counted"), [
    ("The leaders met at a summit of 35 countries in Paris.", "35", 35, "countries"),
    ("Twenty-six Western allies have committed troops.", "Twenty-six", 26, "allies"),
    ("Two people were killed in the attack.", "Two", 2, "people"),
    ("The plan needs one hundred and five thousand volunteers.", "one hundred and five thousand",
     105_000, "volunteers"),
    ("Police said 2,000 troops were moved to the border.", "2,000", 2000, "troops"),
    ("The army sent a dozen tanks to the city.", "a dozen", 12, "tanks"),
])
def test_counts_in_digits_and_words(pipeline: Pipeline, text: str, span: str, value: float,
                                    counted: str) -> None:
    quantity = only(pipeline, text)
    assert (quantity.text, quantity.value, quantity.kind, quantity.unit, quantity.counted) == (
        span, value, "count", None, counted)


def test_votes_and_abstentions_are_three_counts(pipeline: Pipeline) -> None:
    found = quantities(pipeline, "The text won 93 votes for and 18 votes against, with 65 abstentions.")
    assert [(q.text, q.value, q.counted) for q in found] == [
        ("93", 93, "votes"), ("18", 18, "votes"), ("65", 65, "abstentions")]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Europe has allocated $138 billion in aid to Ukraine.", "$138 billion", 138e9, "USD"),
    ("The firm paid €1.1bn for the plant.", "€1.1bn", 1.1e9, "EUR"),
    ("The firm paid £954m for the plant.", "£954m", 954e6, "GBP"),
    ("The fund raised 20k euros for the plant.", "20k euros", 20e3, "EUR"),
    ("Kyiv borrowed USD 5bn for the plant.", "USD 5bn", 5e9, "USD"),
    ("Moscow spent 10 billion roubles on the plant.", "10 billion roubles", 10e9, "RUB"),
    ("Tokyo spent 300 million yen on the plant.", "300 million yen", 300e6, "JPY"),
    ("The ticket costs US$3 at the door.", "US$3", 3, "USD"),
    ("The ticket costs 50 cents at the door.", "50 cents", 0.5, "USD"),
])
def test_money_by_symbol_code_and_name(pipeline: Pipeline, text: str, span: str, value: float,
                                       unit: str) -> None:
    quantity = only(pipeline, text)
    assert (quantity.text, quantity.kind, quantity.unit) == (span, "money", unit)
    assert quantity.value == pytest.approx(value)


def test_money_counts_its_purpose_and_belongs_to_the_subject(pipeline: Pipeline) -> None:
    quantity = only(pipeline, "Europe has allocated $138 billion in aid to Ukraine.")
    assert quantity.counted == "aid"
    assert quantity.extra["counted_span"]["text"] == "aid to Ukraine"
    assert quantity.extra["entity"] == "Europe"


def test_bracketed_conversions_are_linked_to_their_main_amount(pipeline: Pipeline) -> None:
    text = "Russia had received €1.1bn (£954m; $1.3bn) in fuel sales from the EU last year."
    main, pounds, dollars = quantities(pipeline, text)
    assert [(q.text, q.unit, q.value) for q in (main, pounds, dollars)] == [
        ("€1.1bn", "EUR", 1.1e9), ("£954m", "GBP", 954e6), ("$1.3bn", "USD", 1.3e9)]
    assert [q.counted for q in (main, pounds, dollars)] == ["fuel sales"] * 3
    assert {q.extra["entity"] for q in (main, pounds, dollars)} == {"Russia"}
    assert pounds.extra["conversion_of"] == {"start": main.start, "end": main.end, "text": "€1.1bn"}
    assert [c["text"] for c in main.extra["conversions"]] == ["£954m", "$1.3bn"]
    assert "conversion_of" not in main.extra


def test_a_bracket_of_words_is_not_a_conversion(pipeline: Pipeline) -> None:
    found = quantities(pipeline, "The deal is worth $5bn (a record) and $2bn more.")
    assert all("conversion_of" not in q.extra for q in found)


@pytest.mark.parametrize(("text", "span", "value", "unit", "counted"), [
    ("Turnout rose to 45% of voters in the capital.", "45%", 45, "%", "voters"),
    ("Prices rose 5 per cent in March.", "5 per cent", 5, "%", None),
    ("Support fell by two percentage points.", "two percentage points", 2, "pp", None),
])
def test_percentages(pipeline: Pipeline, text: str, span: str, value: float, unit: str,
                     counted: str | None) -> None:
    quantity = only(pipeline, text)
    assert (quantity.text, quantity.value, quantity.unit, quantity.kind, quantity.counted) == (
        span, value, unit, "percent", counted)


@pytest.mark.parametrize(("text", "span", "low", "high", "value"), [
    ("Between 10 and 15 people were hurt.", "Between 10 and 15", 10, 15, 12.5),
    ("Prices rose 10-15% last year.", "10-15%", 10, 15, 12.5),
    ("Officials expect 10 to 15 million visitors.", "10 to 15 million", 10e6, 15e6, 12.5e6),
])
def test_ranges(pipeline: Pipeline, text: str, span: str, low: float, high: float, value: float) -> None:
    quantity = only(pipeline, text)
    assert quantity.text == span
    assert (quantity.extra["low"], quantity.extra["high"], quantity.value) == (low, high, value)
    assert quantity.extra["range"] and quantity.extra["approximate"]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The force would include about 100,000 people.", "about 100,000", 90_000, 110_000),
    ("They harvested nearly 2 million tonnes of grain.", "nearly 2 million tonnes", 1.8e6, 2e6),
    ("More than 1,000 soldiers were sent.", "More than 1,000", 1000, None),
    ("Up to 40 ships were seen.", "Up to 40", None, 40),
])
def test_approximations_have_bounds(pipeline: Pipeline, text: str, span: str, low: float | None,
                                    high: float | None) -> None:
    quantity = only(pipeline, text)
    assert quantity.text == span and quantity.extra["approximate"]
    assert quantity.extra.get("low") == pytest.approx(low)
    assert quantity.extra.get("high") == pytest.approx(high)


def test_several_thousand_is_a_vague_count_with_bounds(pipeline: Pipeline) -> None:
    quantity = only(pipeline, "They would send contingents of several thousand soldiers.")
    assert (quantity.text, quantity.counted, quantity.kind) == ("several thousand", "soldiers", "count")
    assert quantity.extra["vague"] and (quantity.extra["low"], quantity.extra["high"]) == (3000, 9000)


def test_vague_plurals_and_quantifiers(pipeline: Pipeline) -> None:
    found = quantities(pipeline, "Tens of thousands of people marched and several newspapers wrote.")
    assert [(q.text, q.counted, q.extra["low"], q.extra["high"]) for q in found] == [
        ("Tens of thousands", "people", 20_000, 99_999), ("several", "newspapers", 3, 9)]


@pytest.mark.parametrize("text", [
    "In 2014, our predecessors negotiated peace.",
    "The talks were held on 25 February in Paris.",
    "The talks began at 10:30 in Paris.",
    "Article 5 of the treaty was cited.",
    "One of the countries said no one came.",
    "The two met in Washington.",
    "The F-16 and the G7 were discussed.",
    "The talks were held on February 25, 2025.",
    "The airline flies the Boeing 777 to Sydney.",
])
def test_years_dates_times_identifiers_and_pronouns_are_not_amounts(pipeline: Pipeline, text: str) -> None:
    assert [q.text for q in quantities(pipeline, text)] == []


def test_ordinals_are_told_apart(pipeline: Pipeline) -> None:
    quantity = only(pipeline, "It marked the conflict's third anniversary.")
    assert (quantity.text, quantity.kind, quantity.value, quantity.counted) == (
        "third", "ordinal", 3, "anniversary")
    assert only(pipeline, "It was the 21st summit.").kind == "ordinal"


@pytest.mark.parametrize(("text", "span", "unit", "kind", "si_value", "si_unit"), [
    ("They built a 3,000km border fence.", "3,000km", "km", "length", 3e6, "m"),
    ("The river is 10 miles away.", "10 miles", "mi", "length", 16093.44, "m"),
    ("They harvested 2 million tonnes of grain.", "2 million tonnes", "t", "mass", 2e9, "kg"),
    ("The plant makes 500 megawatts of power.", "500 megawatts", "MW", "power", 5e8, "W"),
    ("They built a 5m wall around the base.", "5m", "m", "length", 5, "m"),
    ("The talks lasted three days in total.", "three days", "d", "duration", 259_200, "s"),
])
def test_physical_units_have_iso_symbols_and_si_values(pipeline: Pipeline, text: str, span: str,
                                                      unit: str, kind: str, si_value: float,
                                                      si_unit: str) -> None:
    quantity = only(pipeline, text)
    assert (quantity.text, quantity.unit, quantity.kind, quantity.extra["si_unit"]) == (
        span, unit, kind, si_unit)
    assert quantity.extra["si_value"] == pytest.approx(si_value)


def test_bare_m_before_a_plural_noun_is_million(pipeline: Pipeline) -> None:
    quantity = only(pipeline, "About 5m people live there.")
    assert (quantity.value, quantity.unit, quantity.counted) == (5e6, None, "people")


def test_conversion_of_units(pipeline: Pipeline) -> None:
    main, converted = quantities(pipeline, "The front is 10 miles (16km) from the city.")
    assert converted.extra["conversion_of"]["text"] == "10 miles" and converted.unit == "km"


@pytest.mark.parametrize(("text", "entity"), [
    ("Ukraine's 800,000 soldiers are tired.", "Ukraine"),
    ("The 27-member European Union has set a target.", "European Union"),
    ("Russia had received €1.1bn from the sales.", "Russia"),
])
def test_the_entity_an_amount_belongs_to(pipeline: Pipeline, text: str, entity: str) -> None:
    assert only(pipeline, text).extra["entity"] == entity


def test_no_entity_when_the_sentence_does_not_say(pipeline: Pipeline) -> None:
    assert "entity" not in only(pipeline, "A summit of 35 countries met in Paris.").extra


def test_sentence_offsets_hold_the_amount(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Nothing here. Europe has allocated $138 billion in aid. The end.")
    (quantity,) = article.quantities
    assert quantity.sentence_start is not None and quantity.sentence_end is not None
    sentence = article.text[quantity.sentence_start:quantity.sentence_end]
    assert sentence == "Europe has allocated $138 billion in aid."


def test_every_seed_gold_quantity_is_found(seed_articles) -> None:
    records = {doc: article.to_record() for doc, article in seed_articles.items()}
    result = recall(read_gold(DATA / "gold" / "seed-quantities.jsonl"), records)
    assert result.missed == [] and result.total == 12


def test_seed_acceptance_counts(seed_articles) -> None:
    def counted(doc: str, noun: str) -> list[Quantity]:
        return [q for q in seed_articles[doc].quantities if q.counted == noun]

    (countries,) = counted("004_a44e334fb6fbc269.txt", "countries")
    (allies,) = counted("004_a44e334fb6fbc269.txt", "allies")
    (soldiers,) = counted("001_e7b65f79eb444cbf.txt", "soldiers")
    assert (countries.value, allies.value) == (35, 26)
    assert soldiers.extra["vague"] and (soldiers.extra["low"], soldiers.extra["high"]) == (3000, 9000)
