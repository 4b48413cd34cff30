"""Round 15 speaker and claim rules (from the marks of the r91032-r91034 news samples), each
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_job_phrase_that_runs_on_into_a_full_name_is_that_persons(pipeline: Pipeline) -> None:
    text = ("Shadow spokesman for health Owen Paterson said the new timetable \u201cwill not "
            "survive the winter\u201d. He said the rail companies should be fined.")
    quotes = quotes_of(pipeline, text)
    assert [quote.speaker.name for quote in quotes] == ["Owen Paterson", "Owen Paterson"]
    assert not any(quote.speaker.anonymous for quote in quotes)


def test_a_job_held_for_someone_described_is_not_that_persons(pipeline: Pipeline) -> None:
    # the word before the name describes the person: the job is another's, held for them
    text = "A spokesman for Senator John Kerry said the claim \u201cwas false\u201d."
    quote = only(quotes_of(pipeline, text), "false")
    assert quote.speaker.anonymous and quote.speaker.name == "A spokesman for Senator John Kerry"
    text = "A friend of actor Tom Hanks said the couple \u201cwere happy\u201d."
    quote = only(quotes_of(pipeline, text), "happy")
    assert quote.speaker.anonymous


def test_a_lead_description_with_a_phrase_after_its_head_takes_the_next_paragraphs_name(
        pipeline: Pipeline) -> None:
    text = ("A leader of the Farmers Union in Nakuru said on Friday that the maize harvest had "
            "failed, adding that prices would rise.\n\n"
            "Joseph Kamau said that \u201cthe rains came too late\u201d for most growers.")
    quotes = quotes_of(pipeline, text)
    assert len(quotes) == 3
    assert {quote.speaker.name for quote in quotes} == {"Joseph Kamau"}


def test_a_magistrate_in_the_lead_is_the_magistrate_named_next(pipeline: Pipeline) -> None:
    text = ("Austrian police have frozen 4 million euros held by a smuggling ring, a magistrate "
            "said Tuesday.\n\n"
            "The money was found in two accounts in Graz, investigating magistrate Karl Steiner "
            "said in a statement.")
    quote = only(quotes_of(pipeline, text), "frozen")
    assert quote.speaker.name == "Karl Steiner"


def test_a_trade_giant_is_the_giant_named_before_whatever_its_trade_word(pipeline: Pipeline) -> None:
    text = ("Search giant Google has opened a new office in Dublin. In March, the internet giant "
            "said that its profits had doubled.")
    quote = only(quotes_of(pipeline, text), "profits")
    assert quote.speaker.name == "Google"


def test_the_body_a_spokesman_spoke_for_is_what_its_noun_goes_on_with(pipeline: Pipeline) -> None:
    text = ("Ms Dray left the Liberal Party in May. A spokesman for the Liberal Party said she "
            "\u201clet voters down\u201d. The party said it was \u201csad\u201d to see her go.")
    quote = only(quotes_of(pipeline, text), "sad")
    assert quote.speaker.name == "Liberal Party" and not quote.speaker.anonymous


def test_a_call_on_someone_read_as_a_participle_is_a_call(pipeline: Pipeline) -> None:
    # the parse tags "called" a participle and hangs the infinitive on it as an adverbial clause
    text = "A spokesman for Labour called on Mr Hale to quit the London Assembly."
    quote = only(quotes_of(pipeline, text), "Hale")
    assert quote.text == "Mr Hale to quit the London Assembly"
    # (a past tense with the infinitive read so)
    text = "A spokesman for the SNP called on Mr Reid to quit the Scottish Parliament."
    quote = only(quotes_of(pipeline, text), "Reid")
    assert quote.text == "Mr Reid to quit the Scottish Parliament"
    # a participle with a passive's agent stays no call
    text = "Mr Hale, called on by the party to quit the London Assembly, refused."
    assert not any("quit" in quote.text for quote in quotes_of(pipeline, text))


def test_a_full_name_after_a_job_word_is_a_person_whatever_the_ner_typed(pipeline: Pipeline) -> None:
    # the model types "Dean Witter" a body; after "charge d'affaires" or "coach" it is a man,
    # whom the next "he" goes on with, not the man before him
    for job in ("charge d'affaires", "The club's coach"):
        text = ("Interior Minister Carlos Ruiz said the inquiry would be fair. \u201cThe guilty shall be "
                f"punished,\u201d he added.\n\n{job} Dean Witter said the two sailors are under the care "
                "of the embassy.\n\n\u201cThey are under British protection,\u201d he told local radio.")
        quote = only(quotes_of(pipeline, text), "protection")
        assert quote.speaker.name == "Dean Witter", job


def test_a_relative_clause_after_a_quotation_names_no_speaker(pipeline: Pipeline) -> None:
    text = ("Ruiz spoke for an hour. \u201cThe reforms will go ahead as planned next year,\u201d which was "
            "welcomed by the opposition leader.\n\n"
            "He then proposed \u201ca formal agreement on a common programme between the Greens and the "
            "parties of the coalition,\u201d which is dominated by the Social Democrats, itself formerly "
            "a communist party.")
    quotes = quotes_of(pipeline, text)
    assert not any(quote.speaker.name == "the opposition leader" for quote in quotes)
    quote = only(quotes, "formal agreement")
    assert quote.speaker.name == "Ruiz"


def test_a_body_described_in_the_lead_is_the_body_the_next_paragraph_names(pipeline: Pipeline) -> None:
    text = ("Police in Lyon arrested six bankers over a tax fraud, a French newspaper said on Monday.\n\n"
            "The six were held after a two-year inquiry, according to the French newspaper Le Progres.\n\n"
            "The bank denied any wrongdoing, it reported.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "arrested").speaker.name == "Le Progres"
    assert only(quotes, "The bank denied").speaker.name == "Le Progres"
    # a body of another kind named next is not the one the lead described
    text = ("Police in Lyon arrested six bankers over a tax fraud, a French newspaper said on Monday.\n\n"
            "The six were held after a two-year inquiry, the software company Ardent Systems said.")
    assert only(quotes_of(pipeline, text), "arrested").speaker.anonymous


def test_a_job_described_by_its_owners_name_in_the_lead_takes_the_next_name(pipeline: Pipeline) -> None:
    text = ("Kostas Moss' lawyer has called for the doping ban on the Norwegian skier to be lifted.\n\n"
            "Peter Novak has submitted new evidence to the appeals panel of the ski federation. Moss was "
            "suspended in May.\n\n"
            "But Novak said: \u201cEverything shows that the ban should be lifted.\u201d")
    quote = only(quotes_of(pipeline, text), "doping ban")
    assert quote.speaker.name == "Peter Novak"


def test_a_claim_that_opens_the_sentence_read_as_an_adverbial_clause(pipeline: Pipeline) -> None:
    text = ("The hardest hit were the Kursk, Tula and Oryol regions, where 40 people have been affected "
            "and 6 of them died in the past week alone, Petrov said.")
    quote = only(quotes_of(pipeline, text), "hardest hit")
    assert quote.speaker.name == "Petrov"
    assert quote.text.endswith("died in the past week alone")
    # a clause opened by a subordinator is the writer's circumstance, not the claim
    text = "As the vote neared and the polls were closing, Petrov said nothing."
    assert not any("polls" in quote.text for quote in quotes_of(pipeline, text))


def test_people_who_raise_a_suspicion_or_concern_that_x_say_x(pipeline: Pipeline) -> None:
    text = "Rival lawmakers raised suspicion that the ministry was hiding the report."
    quote = only(quotes_of(pipeline, text), "hiding")
    assert quote.text == "the ministry was hiding the report"
    assert quote.speaker.name == "Rival lawmakers"
    # a thing that raises fears says nothing
    assert quotes_of(pipeline, "The delay raised fears that the plant would close.") == []


def test_the_writers_account_of_the_moment_closes_no_reported_clause(pipeline: Pipeline) -> None:
    cases = {
        "Mayor Ilse Brandt said her party would oppose the budget as she rejected a plea from the unions.":
            "her party would oppose the budget",
        "Director Tom Hale said the club would keep its captain amid reports a rival will bid again.":
            "the club would keep its captain",
        "A police spokesman said a woman had been arrested but declined to name her.":
            "a woman had been arrested",
    }
    for text, claim in cases.items():
        assert only(quotes_of(pipeline, text), claim.split()[1]).text == claim, text
    # an "as" clause about the claim's own subject, a comparison or "as if" stay in the claim
    for text, claim in {
        "The witness said the driver sped up as he was turning into the square.":
            "the driver sped up as he was turning into the square",
        "Lee said the cuts would not save as much money as he had promised.":
            "the cuts would not save as much money as he had promised",
    }.items():
        assert only(quotes_of(pipeline, text), claim.split()[1]).text == claim, text


def test_an_adverb_fronted_before_a_parenthetical_attribution_is_the_claims(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Too often, Ms Ruiz said, the debate over coal is about slogans."), "coal")
    assert [part.text for part in quote.parts] == ["Too often", "the debate over coal is about slogans"]
    # a connective links the writer's sentences and stays out
    for text in ("However, Ms Ruiz said, the plan would fail.", "Now, Ms Ruiz said, the rent has doubled."):
        quote = quotes_of(pipeline, text)[0]
        assert quote.text in ("the plan would fail", "the rent has doubled"), text


def test_a_description_with_a_proper_noun_tag_in_small_letters_is_still_a_description(pipeline: Pipeline) -> None:
    # the tagger calls "world" a proper noun; no name is in the description, so it is the
    # person the last sentences are about
    text = ("Ruth Chebet won the Boston marathon in a sprint finish. The race was the closest in years.\n\n"
            "The former three-time world cross country champion said she had \u201cnever run a harder race\u201d.")
    quote = only(quotes_of(pipeline, text), "harder race")
    assert quote.speaker.name == "Ruth Chebet"


def test_a_past_perfect_that_clause_goes_on_over_a_second_past_form(pipeline: Pipeline) -> None:
    text = ("Mamadou Sy spoke at the opening. He said that Kenya had gained great experience and made "
            "real progress in its fight against the disease.")
    quote = only(quotes_of(pipeline, text), "Kenya")
    assert quote.text.endswith("made real progress in its fight against the disease")


def test_one_who_continues_to_insist_says_so(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Madrid continues to insist Gibraltar is part of Spain."), "Gibraltar")
    assert quote.text == "Gibraltar is part of Spain" and quote.speaker.name == "Madrid"
    # going on with an act is no statement
    assert quotes_of(pipeline, "Boeing continues to enjoy a lead over Airbus.") == []


def test_a_bodys_name_in_small_letters_before_a_job_and_a_name_is_no_speaker(pipeline: Pipeline) -> None:
    text = "Council for rural housing chief Ann Marsh argued that the rules were too weak."
    assert only(quotes_of(pipeline, text), "rules").speaker.name == "Ann Marsh"
    # a relative's noun before "of" keeps the relative as the speaker
    text = "The daughter of former senator Tom Roe said the visit \u201cwas wonderful\u201d."
    assert only(quotes_of(pipeline, text), "wonderful").speaker.name != "Tom Roe"


def test_it_goes_on_with_the_text_through_sentences_whose_subject_is_it(pipeline: Pipeline) -> None:
    text = ("Germany and Italy circulated a new text on Serbia at the council on Monday.\n\n"
            "But the joint draft does not include a call for a trade embargo on Serbia.\n\n"
            "It asks the head of the mission to report within 30 days.\n\n"
            "It says the measures would be lifted if Serbia withdraws its troops.")
    quote = only(quotes_of(pipeline, text), "lifted")
    assert quote.speaker.name == "the joint draft"
    # and what "it" asks someone to do is the draft's call
    quote = only(quotes_of(pipeline, text), "30 days")
    assert quote.speaker.name == "the joint draft" and quote.text == "the head of the mission to report within 30 days"


def test_a_star_of_a_named_show_and_an_aged_noun_stand_for_the_person_before(pipeline: Pipeline) -> None:
    text = ("Dora Blythe has joined fellow comedy stars Ann Wood and Tom Jason in attacking the "
            "standards of British television.\n\n"
            "Speaking to the Radio Times, the Last Laugh star said there is too much bad language on TV. "
            "Blythe also criticised quiz shows. \u201cIt's just laughing at each other,\u201d said the "
            "74-year-old comedian.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "bad language").speaker.name == "Dora Blythe"
    assert only(quotes, "laughing").speaker.name == "Dora Blythe"
