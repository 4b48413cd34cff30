"""Round 16 speaker rules (from the marks of the r91041-r91043 news samples), each tested on
new sentences of the same kind through the real pipeline, or on the entity vote it changes."""

from __future__ import annotations

from collections import Counter

from conftest import only, quotes_of
from storyline.extract.entities.extractor import Cluster, _decide_type
from storyline.pipeline import Pipeline


def test_two_titles_joined_by_and_before_a_name_are_both_the_persons(pipeline: Pipeline) -> None:
    # the parse makes the name the first title's conjunct, or the titles a coordinated modifier
    for lead in ("Zambian President and Chief Executive Professor Tobias Mwale told a visiting EU envoy "
                 "here Monday that all steps are taken to hold a fair vote.",
                 "Malawian President and Defence Minister Tobias Mwale told a visiting EU delegation on "
                 "Monday that the vote would be fair."):
        text = lead + "\n\nThe President pointed out that the election board had already printed the ballots."
        quote = only(quotes_of(pipeline, text), "ballots")
        assert quote.speaker.name == "Tobias Mwale" and not quote.speaker.anonymous


def test_a_full_name_after_a_title_with_its_of_phrase_is_the_person(pipeline: Pipeline) -> None:
    # "Associate Minister of X and Y" is the title, the name after it who spoke (the NER saw no
    # name here); the lead's "a senior minister" is that person, and so is "he"
    text = ("Norway has won the right to fish in the north, but a senior minister said on Tuesday that "
            "the country was worried about illegal fishing.\n\n"
            "Associate Minister of Energy and Trade Hugh Upham said there had been reports of illegal "
            "fishing off Iceland.\n\n"
            "\u201cMore than 40 vessels were seen,\u201d he said.")
    quotes = quotes_of(pipeline, text)
    assert len(quotes) == 3
    assert [quote.speaker.name for quote in quotes] == ["Hugh Upham"] * 3
    assert not any(quote.speaker.anonymous for quote in quotes)


def test_a_pronoun_is_not_the_person_its_own_verb_addresses(pipeline: Pipeline) -> None:
    text = ("Ross Kettering asked Trump how tall the wall would be.\n\n"
            "\u201cIt could be 40 feet,\u201d he told Kettering.")
    quote = only(quotes_of(pipeline, text), "40 feet")
    assert quote.speaker.name == "Trump"


def test_he_after_a_lone_name_typed_a_body_is_that_name(pipeline: Pipeline) -> None:
    # a body is never "he": with no person in the article, the one-word name that just spoke
    text = "The fleet would be bound by strict limits, Ashby said.\n\nThe catch had fallen, he said."
    quotes = quotes_of(pipeline, text)
    assert [quote.speaker.name for quote in quotes] == ["Ashby", "Ashby"]
    assert quotes[1].speaker.extra["type"] == "PERSON"
    # (an acronym stays a body, with no one for "he")
    text = "The fleet would be bound by strict limits, IBM said.\n\nThe catch had fallen, he said."
    assert [quote.speaker.name for quote in quotes_of(pipeline, text)] == ["IBM"]


def _cluster(known_place: bool, spoke: bool) -> Cluster:
    return Cluster(votes=Counter({"GPE": 1.0, "PERSON": 1.0}), known_place=known_place, spoke=spoke)


def test_a_name_typed_a_place_no_gazetteer_knows_that_speaks_is_a_person() -> None:
    assert _decide_type(_cluster(known_place=False, spoke=True)) == "PERSON"
    # a known place ("an official in Baghdad said"), or one with a person's context but not
    # speaking, stays a place
    assert _decide_type(_cluster(known_place=True, spoke=True)) == "GPE"
    assert _decide_type(_cluster(known_place=False, spoke=False)) == "GPE"


def test_the_head_of_a_named_body_is_the_person_with_its_top_job(pipeline: Pipeline) -> None:
    text = ("The bank will keep lending to Peru, World Bank president Anna Lindqvist said here on Monday.\n\n"
            "And the head of the World Bank said that no decision had been taken on the next loan.")
    quote = only(quotes_of(pipeline, text), "no decision")
    assert quote.speaker.name == "Anna Lindqvist"
    # (not the head of a part of it, whoever chairs the whole)
    text = ("World Bank president Anna Lindqvist met donors on Monday.\n\n"
            "The head of the World Bank's audit committee said that the loans were \u201cbadly run\u201d.")
    quote = only(quotes_of(pipeline, text), "badly run")
    assert quote.speaker.anonymous


def test_the_party_after_its_leader_spoke_is_the_leaders_party(pipeline: Pipeline) -> None:
    text = ("Pensioners can decide the next election, Green Party leader Maria Holm has claimed.\n\n"
            "The party says the votes of pensioners can win it 12 new seats.")
    quote = only(quotes_of(pipeline, text), "12 new seats")
    assert quote.speaker.name == "Green Party" and not quote.speaker.anonymous


def test_a_description_named_in_the_next_sentence_is_that_person(pipeline: Pipeline) -> None:
    text = ("The Society for Open Maps held its first meeting in March. About 300 people came, the "
            "society's director told reporters. Lena Virtanen said the next meeting would be bigger.")
    quote = only(quotes_of(pipeline, text), "300 people")
    assert quote.speaker.name == "Lena Virtanen" and not quote.speaker.anonymous
    # (not one who keeps the name back, nor one that goes back to a person named before it)
    text = ("The Society for Open Maps held its first meeting in March. About 300 people came, the "
            "society's director said, asking not to be named. Lena Virtanen said the next meeting "
            "would be bigger.")
    assert only(quotes_of(pipeline, text), "300 people").speaker.anonymous


def test_a_quote_split_by_an_attribution_with_a_job_is_one_statement(pipeline: Pipeline) -> None:
    text = ("\u201cThey ran out of cash,\u201d said Ronald Smith, an analyst at Lind Capital in Oslo. "
            "\u201cAnd Brakefirm does not have this sort of money lying around.\u201d")
    quote = only(quotes_of(pipeline, text), "cash")
    assert [part.text for part in quote.parts] == [
        "They ran out of cash,", "And Brakefirm does not have this sort of money lying around."]
    assert all(text[part.start:part.end] == part.text for part in quote.parts)


def test_they_goes_on_with_a_few_people_named_together(pipeline: Pipeline) -> None:
    text = ("The 12-member observer delegation sent by the Nordic Council published its first report on "
            "Friday.\n\n"
            "\u201cOverall, the vote was calm and orderly,\u201d they said.")
    quote = only(quotes_of(pipeline, text), "calm")
    assert quote.speaker.name.startswith("The 12-member observer delegation")
    # (people named as a plural nearer go first: "fans", not "the duo" before them)
    text = ("But the Irish duo have cut off talks with the buyer. Club fans reacted with anger. They "
            "have opposed the takeover since March and on Sunday they vowed to fight on.")
    assert only(quotes_of(pipeline, text), "fight on").speaker.name == "Club fans"


def test_a_court_that_rules_that_gives_a_finding(pipeline: Pipeline) -> None:
    text = ("A court ruled that Velmar Motors must stop selling its scooters and said it must pay "
            "damages. The firm said it ruled out an appeal.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "scooters").speaker.name == "A court"
    # (not "ruled out" a thing, nor a ruling party's "ruled the country")
    text = "The party ruled that country for years, the historian said."
    assert [quote.speaker.name for quote in quotes_of(pipeline, text)] == ["the historian"]


def test_mrs_and_mr_of_one_name_are_two_people(pipeline: Pipeline) -> None:
    # the one full name is the one named more often; the other is a person of their own
    text = ("Tom Roe has resigned as mayor. Mr Roe said he was tired. Mr Roe added that the city was in "
            "good hands. Mrs Roe said she was glad to have him home. Mr Roe thanked the staff.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "tired").speaker.name == "Tom Roe"
    assert only(quotes, "glad").speaker.name == "Roe"
    # (with one honorific only, "Mr Roe" and "Roe" are one person)
    text = "Tom Roe has resigned as mayor. Mr Roe said he was tired. Roe added that the city was calm."
    assert {quote.speaker.name for quote in quotes_of(pipeline, text)} == {"Tom Roe"}


def test_a_subject_the_parse_hung_on_a_phrase_of_the_cue_stays_in_the_claim(pipeline: Pipeline) -> None:
    # the day closes the phrase, or "around" opens a count: what follows is the claim's subject
    text = "Kenyan officials said on Friday the senate would pass the bill later this month."
    assert [quote.text for quote in quotes_of(pipeline, text)] == ["the senate would pass the bill later this month"]
    text = "Sources close to Ms Arden said around six other members of the club were also planning to leave."
    assert [quote.text for quote in quotes_of(pipeline, text)] == [
        "around six other members of the club were also planning to leave"]
