"""Entities: mention repair, entities within an article, roles and role descriptions,
places from the gazetteer and what they stand for."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, load_jsonl
from storyline.corpus.entities import ArticleEntities, merge_entities
from storyline.extract.entities.gazetteer import gazetteer
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline

GOLD = load_jsonl(DATA / "gold" / "seed-entities.jsonl")


def _by_name(article: Article, name: str):
    found = [e for e in article.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type) for e in article.entities]
    return found[0]


def _holder(article: Article, phrase: str) -> list[str]:
    return [e.name for e in article.entities for m in e.mentions if m.text.lower() == phrase.lower()]


def _seed(seed_articles: dict[str, Article], prefix: str) -> Article:
    return next(article for doc, article in seed_articles.items() if doc.startswith(prefix))


@pytest.fixture(scope="module")
def corpus(seed_articles):
    return merge_entities(ArticleEntities(a.id, a.doc, [e for e in a.to_record()["entities"]])
                          for a in seed_articles.values())


def test_every_gold_entity_is_one_corpus_entity_with_every_mention(seed_articles, corpus) -> None:
    owner = {member: entity for entity in corpus for member in entity.members}
    spans: dict[tuple[str, int, int], set[str]] = {}
    for article in seed_articles.values():
        for entity in article.entities:
            for mention in entity.mentions:
                spans.setdefault((article.doc, mention.start, mention.end), set()).add(owner[(article.id, entity.id)].id)
    for gold in GOLD:
        holders: set[str] = set()
        for article in seed_articles.values():
            for alias in gold["aliases"]:
                for match in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", article.text):
                    start, end = match.span()
                    # Exactly a mention, or inside a longer mention that is itself an alias
                    # ("Macron" in "Emmanuel Macron").
                    found = {entity for (doc, s, e), entities in spans.items() for entity in entities
                             if doc == article.doc and ((s, e) == (start, end)
                                                        or (s <= start and end <= e and article.text[s:e] in gold["aliases"]))}
                    assert found, (gold["name"], article.doc, alias, start)
                    holders |= found
        (held,) = holders
        entity = next(e for e in corpus if e.id == held)
        assert entity.type == gold["type"], (gold["name"], entity.type)
        assert entity.name == gold["name"]


def test_no_corpus_entity_holds_two_gold_entities(corpus) -> None:
    alias_of = {alias: gold["name"] for gold in GOLD for alias in gold["aliases"]}
    for entity in corpus:
        assert len({alias_of[a] for a in entity.aliases if a in alias_of}) <= 1, entity.aliases


@pytest.mark.parametrize("prefix, phrase, holder", [
    ("001", "the French leader", "Emmanuel Macron"),
    ("000", "The French president", "Emmanuel Macron"),
    ("000", "The US president", "Donald Trump"),
    ("004", "the US president", "Donald Trump"),
])
def test_role_descriptions_are_mentions_of_their_holder(seed_articles, prefix, phrase, holder) -> None:
    assert _holder(_seed(seed_articles, prefix), phrase) == [holder]


def test_roles_as_they_appear(seed_articles) -> None:
    assert "Russian Foreign Minister" in _by_name(_seed(seed_articles, "002"), "Sergei Lavrov").roles
    assert _by_name(_seed(seed_articles, "000"), "Dmitry Peskov").roles == ["Russian Presidential Spokesman"]
    assert "President of France" in _by_name(_seed(seed_articles, "001"), "Emmanuel Macron").roles
    assert _by_name(_seed(seed_articles, "004"), "Keir Starmer").roles == ["UK Prime Minister"]


def test_title_split_from_name_and_type_made_consistent(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Russian Presidential Spokesman Dmitry Peskov said talks would go on. Peskov added that "
        "Kiev had not replied. Trump spoke to reporters. Donald Trump said Kiev must agree.")
    peskov = _by_name(article, "Dmitry Peskov")
    assert peskov.type == "PERSON" and {m.text for m in peskov.mentions} == {"Dmitry Peskov", "Peskov"}
    assert _by_name(article, "Donald Trump").type == "PERSON"
    kyiv = _by_name(article, "Kyiv")
    assert kyiv.type == "GPE" and kyiv.extra["country"]["iso3166"] == "UA"
    assert not any(e.type == "PERSON" and "Kiev" in e.name for e in article.entities)


def test_all_caps_lead_in_joins_the_name(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "FRENCH PRESIDENT EMMANUEL Macron has backed the plan. Macron said it was a start.")
    macron = _by_name(article, "Emmanuel Macron")
    assert "EMMANUEL Macron" in {m.text for m in macron.mentions}
    assert macron.roles == ["FRENCH PRESIDENT"]


def test_countries_demonyms_and_metonyms(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Moscow has rejected the proposal. The talks were held in Moscow on Monday. "
        "French officials said France would wait.")
    assert _by_name(article, "France").extra == {"iso3166": "FR"}
    assert _by_name(article, "French").extra["country"] == {"name": "France", "iso3166": "FR"}
    moscow = _by_name(article, "Moscow")
    stands_for = moscow.extra["stands_for"]
    assert stands_for["iso3166"] == "RU"
    assert [m["start"] for m in stands_for["mentions"]] == [0]  # not "held in Moscow"


def test_gazetteer_exonyms_and_transliterations() -> None:
    gaz = gazetteer()
    assert gaz.place("Kiev") == gaz.place("KYIV") == gaz.place("Kyiv")
    assert gaz.place("Britain").name == gaz.place("UK").name == "United Kingdom"
    assert gaz.place("Kremlin").can_stand_for_government
    assert gaz.demonym("French") == "FR" and gaz.demonym("french") is None
    assert gaz.place("us") is None  # the pronoun is no country
    # a seat of government that is a city of its own is not another name of the capital
    assert gaz.place("The Hague").name == "The Hague" and gaz.place("Amsterdam").name == "Amsterdam"
    assert gaz.place("The Hague").can_stand_for_government and gaz.place("Den Haag").name == "The Hague"
    assert gaz.place("Sucre").name == "Sucre" and gaz.place("La Paz").name == "La Paz"


def _entities(doc: str, *entities: tuple[str, str, list[str]], roles: list[str] | None = None) -> ArticleEntities:
    records = [{"id": f"e{n}", "name": name, "type": kind, "roles": roles or [],
                "mentions": [{"start": 0, "end": len(m), "text": m} for m in mentions]}
               for n, (name, kind, mentions) in enumerate(entities, 1)]
    return ArticleEntities(doc, doc, records)


def test_people_sharing_a_surname_are_not_joined_without_evidence() -> None:
    merged = merge_entities([
        _entities("a", ("Donald Trump", "PERSON", ["Donald Trump"])),
        _entities("b", ("Melania Trump", "PERSON", ["Melania Trump"])),
        _entities("c", ("Trump", "PERSON", ["Trump"])),
        _entities("d", ("Joe Biden", "PERSON", ["Joe Biden"])),
        _entities("e", ("Biden", "ORG", ["Biden"]), ("Biden", "PERSON", ["Biden"])),
    ])
    names = {e.name: e for e in merged}
    assert {"Donald Trump", "Melania Trump", "Trump"} <= set(names)
    assert names["Donald Trump"].articles == ["a"] and names["Trump"].articles == ["c"]
    assert names["Joe Biden"].articles == ["d", "e"]  # the only Biden: the surname joins him


def test_acronym_joins_its_body_across_articles() -> None:
    merged = merge_entities([
        _entities("a", ("North Atlantic Council", "ORG", ["North Atlantic Council"])),
        _entities("b", ("NAC", "ORG", ["NAC"])),
    ])
    assert [(e.name, e.articles, sorted(e.aliases)) for e in merged] == [
        ("North Atlantic Council", ["a", "b"], ["NAC", "North Atlantic Council"])]


def test_a_capital_described_by_its_country_is_a_mention_of_it(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Leaders met in Paris on Monday. Talks in the French capital lasted hours.\n\n"
        "Kyiv was quiet. In Ukraine's capital, and in the capital of Ukraine, people waited. "
        "The capital of Germany was calm.")
    mentions = {entity.name: [mention.text for mention in entity.mentions] for entity in article.entities}
    assert mentions["Paris"] == ["Paris", "the French capital"]
    assert mentions["Kyiv"] == ["Kyiv", "Ukraine's capital", "the capital of Ukraine"]
    assert "Berlin" not in mentions  # a capital the article never names is not made up


def _types(article: Article) -> dict[str, str]:
    return {entity.name: entity.type for entity in article.entities}


def test_a_surname_the_model_tags_org_is_the_person_it_names(pipeline: Pipeline) -> None:
    """A lone surname repeats the full name of a person; the model's label for it out of
    context does not make it a body, and "she said" after it finds her."""
    article = pipeline.process_text(
        "The chain opened 80 stores this year, said Karen Marriott, chief executive of Oven Fresh.\n\n"
        "Marriott expects more. Marriott admits it is complex, and Marriott wants partners.\n\n"
        "“We are already seeing demand there,” she said.")
    assert _types(article).get("Karen Marriott") == "PERSON" and "Marriott" not in _types(article)
    quote = next(q for q in article.quotes if "demand" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Karen Marriott"


def test_words_around_a_name_that_make_it_a_person(pipeline: Pipeline) -> None:
    """An inverted speech verb ("said Ann Roe,"), a role after a comma without an article,
    or a title such as Rep. or Supt before it make a name a person's."""
    article = pipeline.process_text(
        "Next year the firm will add 60 branches, said Helena Oakridge, chief executive of Lumen Bank.\n\n"
        "Oakridge said the bank is courting partners in Chile.")
    assert _types(article).get("Helena Oakridge") == "PERSON"
    assert {q.speaker.name for q in article.quotes if q.speaker} == {"Helena Oakridge"}


def test_the_last_words_of_a_longer_name_join_it(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Actor Martin Di Stefano arrived late. Di Stefano said the film had been "
                                     "hard to make, and Di Stefano left early.")
    assert [(e.name, len(e.mentions)) for e in article.entities if e.type == "PERSON"] == [
        ("Martin Di Stefano", 3)]


def test_a_name_written_family_name_first_joins_its_first_word(pipeline: Pipeline) -> None:
    """ "Zhou Minghua ... Zhou said": the family name comes first, so the short form is the
    first word; two people starting with the same word keep their short forms apart."""
    article = pipeline.process_text(
        "Trade official Zhou Minghua met the visiting delegation on Friday.\n\n"
        "The talks were useful, Zhou said after the meeting.")
    people = {e.name: len(e.mentions) for e in article.entities if e.type == "PERSON"}
    assert people == {"Zhou Minghua": 2}
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Zhou Minghua"]
    twins = pipeline.process_text("Lin Hao and Lin Mei spoke at the forum. Lin said the plan would work.")
    assert "Lin" in {e.name for e in twins.entities}
    # "Prince Edmund" goes by one name with a title: never the first word of another's name
    titled = pipeline.process_text("Prince Frederik will open the new bridge in May. Party leader Frederik Hale "
                                   "sent his congratulations on Monday. Frederik said he was delighted.")
    assert {e.name: len(e.mentions) for e in titled.entities if e.type == "PERSON"}.get("Frederik Hale") == 1


def test_platforms_buttons_and_diseases_are_not_people(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Facebook and Instagram were down on Monday. Twitter said it was "
                                    "investigating. Covid cases rose in the city, and Email users complained.")
    types = _types(article)
    assert types.get("Twitter") == "ORG" and types.get("Instagram") == "ORG"
    assert "Email" not in types and "Covid" not in types
    assert not any(entity.type == "PERSON" for entity in article.entities)


def test_the_corpus_joins_a_shorter_form_by_the_articles_rules() -> None:
    from storyline.extract.entities.reference import shortens
    assert shortens("De Niro", "Robert De Niro") and shortens("Niro", "Robert De Niro")
    assert not shortens("Robert", "Robert De Niro") and not shortens("Robert De Niro", "De Niro")
    one = ArticleEntities("a1", "one.txt", [{"id": "e1", "name": "Robert De Niro", "type": "PERSON",
                                             "mentions": [{"start": 0, "end": 14, "text": "Robert De Niro"}]}])
    two = ArticleEntities("a2", "two.txt", [{"id": "e1", "name": "De Niro", "type": "PERSON",
                                             "mentions": [{"start": 0, "end": 7, "text": "De Niro"}]}])
    merged = merge_entities([one, two])
    assert [(entity.name, entity.mentions) for entity in merged] == [("Robert De Niro", 2)]


def test_two_countries_senates_are_two_bodies(pipeline: Pipeline) -> None:
    """A body with a name every country uses belongs to the country the article is about."""
    kenyan = pipeline.process_text("The Senate in Nairobi voted on Tuesday. Kenya's president welcomed the "
                                   "vote, and the Senate will meet again in Nairobi next week.")
    american = pipeline.process_text("The Senate voted in Washington on Tuesday. American lawmakers in "
                                     "Washington said the Senate would return in January.")
    countries = [next(e.extra.get("country", {}).get("iso3166") for e in article.entities if e.name == "Senate")
                 for article in (kenyan, american)]
    assert countries == ["KE", "US"]
    merged = merge_entities([ArticleEntities(a.id, a.doc, a.to_record()["entities"]) for a in (kenyan, american)])
    assert [entity.mentions for entity in merged if entity.name == "Senate"] == [2, 2]


def test_a_job_title_after_a_body_is_no_part_of_a_name(pipeline: Pipeline) -> None:
    """"X Co-Owner and Executive Chef Ann Roe": the body, its title, then the person, whose
    name the model may have left out."""
    article = pipeline.process_text(
        "Menus are getting smaller. “Guests want three courses, not seven,” says Copper Kettle Catering "
        "Co-Owner and Executive Chef Nadia Brooks. “We sold out of tickets in a week,” says Northside "
        "Theatre Co-Founder and Artistic Director Helen Marsh. “Rents doubled,” said Greenway Books "
        "Founder Oliver Grant.")
    types = _types(article)
    assert not any(name.endswith(("Owner", "Founder", "Artistic", "Chef")) for name in types), types
    assert types.get("Greenway Books") == "ORG" and types.get("Northside Theatre") == "ORG"
    for person in ("Nadia Brooks", "Helen Marsh", "Oliver Grant"):
        assert types.get(person) == "PERSON", types
    assert "Artistic Director" in _by_name(article, "Helen Marsh").roles


def test_a_name_cut_after_of_keeps_its_full_span(pipeline: Pipeline) -> None:
    """"The City of" + "Bristol": one name, never "City of"; a person's name loses the "of"."""
    article = pipeline.process_text("The City of Bristol council met on Monday to approve the budget.")
    names = [e.name for e in article.entities]
    assert not any(name.split()[-1] in ("of", "for", "and") for name in names), names
    assert any(name.startswith("City of Bristol") for name in names), names


def test_the_corpus_has_no_person_named_in_small_letters_or_by_a_service() -> None:
    """An article record that typed "firefox" or "Twitter" PERSON gives no corpus person."""
    records = [{"id": "e1", "name": "firefox", "type": "PERSON", "mentions": [{"start": 0, "end": 7, "text": "firefox"}]},
               {"id": "e2", "name": "Twitter", "type": "PERSON", "mentions": [{"start": 9, "end": 16, "text": "Twitter"}]},
               {"id": "e3", "name": "Ann Roe", "type": "PERSON", "mentions": [{"start": 20, "end": 27, "text": "Ann Roe"}]}]
    merged = merge_entities([ArticleEntities("a1", "one.txt", records)])
    assert sorted(entity.name for entity in merged if entity.type == "PERSON") == ["Ann Roe"]


@pytest.mark.parametrize(("text", "wrong", "names"), [
    ("In a phone call with Kyodo, Tanaka said prices would rise.", "Kyodo, Tanaka", ["Kyodo", "Tanaka"]),
    ("Former senator John Roe, Jr. said the vote was rigged.", "John Roe, Jr.", ["John Roe, Jr."]),
])
def test_names_run_together_over_a_comma_are_split(pipeline: Pipeline, text: str, wrong: str,
                                                   names: list[str]) -> None:
    from spacy.tokens import Span as SpacySpan

    from storyline.extract.entities.mentions import name_mentions

    doc = pipeline.nlp(text)
    start = text.index(wrong)
    span = doc.char_span(start, start + len(wrong), label="PERSON", alignment_mode="expand")
    doc.ents = [SpacySpan(doc, span.start, span.end, label="PERSON")]
    found = [doc[m.start:m.end].text for m in name_mentions(doc, gazetteer())]
    assert found == names


def test_an_open_bracket_closing_a_name_is_cut_off(pipeline: Pipeline) -> None:
    from spacy.tokens import Span as SpacySpan

    from storyline.extract.entities.mentions import name_mentions

    text = "The Union of Rural Workers (URW said on Monday that wages had fallen."
    doc = pipeline.nlp(text)
    wrong = "Union of Rural Workers (URW"
    start = text.index(wrong)
    span = doc.char_span(start, start + len(wrong), alignment_mode="expand")
    doc.ents = [SpacySpan(doc, span.start, span.end, label="ORG")]
    assert [doc[m.start:m.end].text for m in name_mentions(doc, gazetteer())] == ["Union of Rural Workers"]


def test_one_name_after_the_heading_its_phrase_is_a_paper_not_a_person(pipeline: Pipeline) -> None:
    text = ("There was no evidence any of the men had stood trial, the Chronicle said. "
            "Other countries named included Chad and Peru, it said. The Obama administration declined to comment.")
    article = pipeline.process(RawDocument(doc="t", content=text, kind="text", origin="t"))
    types = {entity.name: entity.type for entity in article.entities}
    assert types["Chronicle"] == "ORG"
    assert types["Obama"] == "PERSON"  # a name on a noun stays what it is
    quote = next(q for q in article.quotes if "Chad" in q.text)
    assert quote.speaker.name == "Chronicle"
