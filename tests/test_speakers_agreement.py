"""Who a pronoun or a role description names when the nearest candidate is the wrong one:
a plural noun for "it", a party to a fronted participle for "he", a title of another rank
or another party's, a country inside a company's name. Invented sentences of the kinds
the news samples got wrong (issue 15)."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.extract.quotes.extractor import extract_quotes
from storyline.pipeline import Pipeline


def _speaker_of(pipeline: Pipeline, text: str, word: str) -> tuple[str | None, str | None]:
    quote = only(quotes_of(pipeline, text), word)
    speaker = quote.speaker
    return (speaker.mention.text if speaker and speaker.mention else None, speaker.name if speaker else None)


def test_it_is_no_plural_noun_of_its_own_sentence(pipeline: Pipeline) -> None:
    for opening in ("Hints", "Fears"):
        text = (f"Norland Airways Ltd is up for sale. {opening} that it was in difficulty appeared in March, when "
                "it warned it would miss its sales targets for the year.")
        assert _speaker_of(pipeline, text, "sales targets")[1] == "Norland Airways Ltd"


def test_a_person_a_fronted_participle_answers_is_not_he(pipeline: Pipeline) -> None:
    text = ("Club chairman Tom Reyes said the new stand would open in March.\n\n"
            "And replying to questions from local councillor Peter Hale, he insisted the budget was under control.")
    assert _speaker_of(pipeline, text, "under control")[1] == "Tom Reyes"


def test_a_vice_president_is_not_the_president(pipeline: Pipeline) -> None:
    text = ('"We will fight this verdict," the ousted president said on Monday in the capital.\n\n'
            "Also on trial is Marko Dren, the ousted leader's former vice president, who denies the charges.")
    assert _speaker_of(pipeline, text, "verdict")[1] != "Marko Dren"


def test_a_party_leader_is_not_another_partys_leader(pipeline: Pipeline) -> None:
    text = ("The Liberal Party's parliamentary leader argued that the minister should resign. "
            "She said the report was damning.\n\n"
            "Green leader, Tom Walsh, said earlier the report was fair.")
    assert _speaker_of(pipeline, text, "should resign")[1] != "Tom Walsh"
    assert _speaker_of(pipeline, text, "damning")[1] != "Tom Walsh"


def test_a_country_closing_a_company_name_is_the_companys_branch(pipeline: Pipeline) -> None:
    text = "According to Amazon Germany there are now more than 300 of the toy robots for sale via the site."
    assert _speaker_of(pipeline, text, "toy robots")[1] not in ("Germany", None)


def test_a_final_pair_of_sources_after_a_joined_claim_spoke(pipeline: Pipeline) -> None:
    text = ("A member of the city police was killed and several others injured Monday in a clash with "
            "supporters of the opposition party Nadir, medical and security officials said.")
    quote = only(quotes_of(pipeline, text), "city police")
    assert quote.speaker.name == "medical and security officials"
    assert quote.text.startswith("A member") and quote.text.endswith("party Nadir")


def test_a_closing_mark_glued_to_the_next_word_is_split_off(pipeline: Pipeline) -> None:
    text = ('Transport minister Sara Dowel spoke at the port on Friday. "The new fees will be paid by the '
            'shipping lines, not by travellers,"she said.')
    doc = pipeline.nlp(text)
    assert [t.text for t in doc][-5:] == [",", '"', "she", "said", "."]
    assert _speaker_of(pipeline, text, "new fees") == ("she", "Sara Dowel")


def test_a_final_pair_of_sources_the_parse_made_an_object_spoke(pipeline: Pipeline) -> None:
    text = ("One soldier of the national guard was killed and several others wounded Friday in a fight with "
            "supporters of the opposition group Nadir, hospital and army officials said.")
    quote = only(quotes_of(pipeline, text), "soldier")
    assert (quote.speaker.mention.text, quote.speaker.name) == ("hospital and army officials",) * 2
    assert quote.text.startswith("One soldier") and quote.text.endswith("group Nadir")


def test_he_goes_on_with_the_one_person_a_who_clause_brought_in(pipeline: Pipeline) -> None:
    text = ("Club chairman Tom Reyes said the board was talking to a new buyer. That led to the exit of the "
            "builder Sam Harte, who got tired of delays and what he called a lack of candour. He also accused "
            "the club of using his offer to push up the price.")
    assert _speaker_of(pipeline, text, "push up the price") == ("He", "Sam Harte")


def test_a_name_its_own_clause_calls_he_is_a_person(pipeline: Pipeline) -> None:
    text = ("Mayor Tom Reyes said more than 300 homes had been lost in the mudslide.\n\n"
            "In Tarlac, Rendi Osmanto sat on the ruins as he searched the mud for his papers, hoping to find "
            "the deeds to his farm.\n\n"
            '"Everything I owned is under this mud," he told reporters.')
    assert _speaker_of(pipeline, text, "Everything I owned") == ("he", "Rendi Osmanto")


def test_speakers_the_parse_joined_into_the_object_before_spoke(pipeline: Pipeline) -> None:
    text = ("Fisheries Minister Tom Reyes warned Monday they would act to protect the southern reefs from the "
            "trawlers and senior officials said the navy had been told to board any boat found there.")
    assert _speaker_of(pipeline, text, "navy") == ("senior officials", "senior officials")
    text = ("Fisheries Minister Tom Reyes warned Monday they would take action to protect the southern reefs from "
            "the fleet and official sources said the message had gone out to the boat owners.")
    assert _speaker_of(pipeline, text, "boat owners") == ("official sources", "official sources")


def test_it_goes_on_with_a_paper_named_with_the(pipeline: Pipeline) -> None:
    text = ("The ministry said it would audit all pension funds by the end of the year.\n\n"
            "Meanwhile, a clerk in the city of Dalton was found to have stolen 2 million dollars from a "
            "pension fund, according to the Dalton Evening Courier.\n\n"
            "The clerk was sentenced to five years in jail by a local court, it said.")
    assert _speaker_of(pipeline, text, "five years") == ("it", "Dalton Evening Courier")


def test_a_name_after_the_stays_whom_he_may_be(pipeline: Pipeline) -> None:
    text = ("On Monday, the Grand Mufti said he would visit the region next month. "
            '"It is decided," he told reporters.')
    assert _speaker_of(pipeline, text, "decided")[1] == _speaker_of(pipeline, text, "visit")[1]


def test_a_name_typed_a_place_with_a_job_beside_it_is_whom_he_goes_on_with(pipeline: Pipeline) -> None:
    text = ("Analysts called the vote the biggest test yet for the coalition.\n\n"
            '"It is a very serious problem for the government," said T.K. Raghunathan, bureau chief of the '
            "Deccan Herald newspaper.\n\n"
            '"The pressure has moved from Ajay Mehta to Priya Kapoor now," he said.')
    article = pipeline.process_text(text)
    for entity in article.entities:
        if entity.name.endswith("Raghunathan"):
            entity.type = "GPE"  # as the NER types some such names
    article.quotes = []
    extract_quotes(pipeline.nlp(text), article)
    quote = only(article.quotes, "pressure")
    assert quote.speaker is not None and quote.speaker.name.endswith("Raghunathan")


def test_what_its_owns_is_not_what_it_is(pipeline: Pipeline) -> None:
    text = ("Nordvik Telecom said on Monday that it had won a contract to run a rival's network.\n\n"
            "Nordvik said the deal was its largest ever.\n\n"
            "The company gave no value, but its largest single contract so far was a ten-year deal in Norway.\n\n"
            "The new agreement, which also covers the rival's data centres, runs for seven years, it said.")
    assert _speaker_of(pipeline, text, "seven years")[1] != "its largest single contract so far"
