"""Round 13 speaker and claim rules (from the marks of the r91026-r91028 news samples), each
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_backshifted_clause_after_and_goes_on_when_its_verb_says_nothing(pipeline: Pipeline) -> None:
    text = ("Priya Natarajan, head of the port authority, said two cranes were damaged in the storm, "
            "and repairs would continue through the winter.")
    quote = only(quotes_of(pipeline, text), "two cranes")
    assert quote.text.endswith("repairs would continue through the winter")
    # a clause with a verb of saying and something said is the next statement, not this one
    text = ("Priya Natarajan, head of the port authority, said two cranes were damaged in the storm, "
            "and officials would add that the quay was safe.")
    quote = only(quotes_of(pipeline, text), "two cranes")
    assert quote.text == "two cranes were damaged in the storm"


def test_a_clause_that_deals_out_the_claims_subject_goes_on(pipeline: Pipeline) -> None:
    text = ("Lindqvist said some farmers sold their herds, some moved to the coast, "
            "and others switched to growing barley.")
    quote = only(quotes_of(pipeline, text), "some farmers")
    assert quote.text.endswith("and others switched to growing barley")
    # a clause with a subject of its own that shares nothing out stays the writer's
    text = "Lindqvist said the farmers sold their herds, and the ministry opened an inquiry."
    quote = only(quotes_of(pipeline, text), "the farmers")
    assert quote.text == "the farmers sold their herds"


def test_a_second_predicate_before_a_final_attribution_is_in_the_claim(pipeline: Pipeline) -> None:
    text = ("Premier Lena Brandt met the envoy on Friday.\n\n"
            "Portugal will keep funding the clinics in Beira, and urges other donors to match its "
            "pledge, Brandt said.")
    quote = only(quotes_of(pipeline, text), "keep funding")
    assert quote.speaker.name == "Lena Brandt"
    assert quote.text.endswith("urges other donors to match its pledge")
    # in the cue's own tense it is the speaker's next act, not the claim
    text = ("Premier Lena Brandt met the envoy on Friday.\n\n"
            "Portugal will keep funding the clinics in Beira, and urged other donors to match its "
            "pledge, Brandt said.")
    quote = only(quotes_of(pipeline, text), "keep funding")
    assert "urged" not in quote.text


def test_a_quotation_inside_a_reported_claim_under_a_deed_is_the_claims(pipeline: Pipeline) -> None:
    text = ("Tomas Rehn, who leads the nurses' union, spoke after the budget. He said the minister had "
            "promised new hospitals, while closing \u201cthe very wards that serve the poor.\u201d")
    quotes = quotes_of(pipeline, text)
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Tomas Rehn"
    assert quotes[0].text.endswith("while closing \u201cthe very wards that serve the poor.\u201d")


def test_an_estimate_put_at_or_closer_to_a_figure(pipeline: Pipeline) -> None:
    text = "The Red Cross puts the number of people still missing closer to 700."
    quote = only(quotes_of(pipeline, text), "number of people")
    assert quote.speaker.name == "Red Cross"
    assert quote.text == "the number of people still missing closer to 700"
    # the "at" phrase hung on a word inside the object, a sum written with a currency sign
    text = "The Asian Development Bank estimated the cost of rebuilding at about $4bn."
    quote = only(quotes_of(pipeline, text), "cost of rebuilding")
    assert quote.text == "the cost of rebuilding at about $4bn"
    # a thing put somewhere is no estimate
    text = "The Red Cross put the boxes of blankets closer to the door."
    assert not quotes_of(pipeline, text)


def test_a_finding_from_a_named_body_is_the_bodys(pipeline: Pipeline) -> None:
    text = "First estimates from the Asian Development Bank put the damage at about $2bn."
    quote = only(quotes_of(pipeline, text), "the damage")
    assert quote.speaker.name == "Asian Development Bank"
    assert quote.speaker.mention.text == "First estimates from the Asian Development Bank"
    # two makers: neither alone is the speaker
    text = ("A survey by Oxfam and the Norwegian Refugee Council found that half the camps "
            "lacked clean water.")
    quote = only(quotes_of(pipeline, text), "half the camps")
    assert quote.speaker.name not in ("Oxfam", "Norwegian Refugee Council")
    # a place is no maker of a report
    text = "Reports from Bolivia said the mine had closed in June."
    quote = only(quotes_of(pipeline, text), "mine had closed")
    assert quote.speaker.entity is None


def test_a_texts_call_is_the_texts(pipeline: Pipeline) -> None:
    text = "The ordinance calls on landlords to report any leak within two days."
    quote = only(quotes_of(pipeline, text), "landlords")
    assert quote.speaker.mention.text == "The ordinance"
    text = "The draft text calls for \u201ca full review of fishing quotas by 2030.\u201d"
    quote = only(quotes_of(pipeline, text), "full review")
    assert quote.speaker.mention.text == "The draft text"
    # a plan's "calls for" is what it needs
    text = "The plan calls for three new bridges over the river."
    assert not quotes_of(pipeline, text)


def test_a_called_for_list_goes_on_over_items_hung_on_the_cue(pipeline: Pipeline) -> None:
    text = ("The Swedish motion condemned the arrests and called for the respect of press freedom, "
            "fair trials, the release of detained reporters and the return of their equipment.")
    quote = only(quotes_of(pipeline, text), "respect of press freedom")
    assert quote.text.endswith("the release of detained reporters and the return of their equipment")


def test_a_named_bodys_promise_of_a_thing_and_its_purpose(pipeline: Pipeline) -> None:
    text = "The African Development Bank has promised swift support to help the flooded provinces rebuild."
    quote = only(quotes_of(pipeline, text), "swift support")
    assert quote.speaker.name == "African Development Bank"
    assert quote.text == "swift support to help the flooded provinces rebuild"


def test_a_named_bodys_pledge_to_act(pipeline: Pipeline) -> None:
    text = "Unilever pledged to halve its plastic packaging by 2030."
    quote = only(quotes_of(pipeline, text), "halve")
    assert quote.speaker.name == "Unilever"
    assert quote.text == "to halve its plastic packaging by 2030"


def test_a_named_bodys_claim_in_a_relative_clause(pipeline: Pipeline) -> None:
    text = ("Halvorsen Capital, which claims to hold 8% of the airline's shares, "
            "has opposed the merger.")
    quote = only(quotes_of(pipeline, text), "hold 8%")
    assert quote.speaker.name == "Halvorsen Capital"
    assert quote.text == "to hold 8% of the airline's shares"


def test_a_will_voiced_with_an_infinitive(pipeline: Pipeline) -> None:
    text = "The two foreign ministers expressed the wish to reopen the border crossing before spring."
    quote = only(quotes_of(pipeline, text), "reopen")
    assert quote.text == "to reopen the border crossing before spring"
    # a wish with no act is no statement
    text = "The two foreign ministers expressed their wishes for a happy new year."
    assert not quotes_of(pipeline, text)


def test_a_bodys_kind_noun_with_another_compound_is_another_body(pipeline: Pipeline) -> None:
    text = ("The World Food Programme told the AFP news agency that it needed $40m for the region.\n\n"
            "\u201cThe next three months will decide whether children starve,\u201d the aid agency "
            "was quoted as saying.")
    quote = only(quotes_of(pipeline, text), "next three months")
    assert quote.speaker.name == "World Food Programme"
    # the same compound is the same body
    text = ("The World Food Programme told the AFP news agency that it needed $40m for the region.\n\n"
            "The news agency said the convoy had reached Goma.")
    quote = only(quotes_of(pipeline, text), "convoy")
    assert quote.speaker.name == "AFP"


def test_a_claim_about_the_noun_a_relative_attribution_hangs_on(pipeline: Pipeline) -> None:
    text = "The mayor opened the new ring road, which engineers said would cut journeys by a third."
    quote = only(quotes_of(pipeline, text), "cut journeys")
    assert quote.speaker.name == "engineers"
    assert quote.text == "the new ring road, which engineers said would cut journeys by a third"
    assert [part.text for part in quote.parts] == ["the new ring road", "would cut journeys by a third"]
    assert quote.quoted == "the new ring road would cut journeys by a third"
    # a person the relative stands for is the claim's subject, not its speaker
    text = "Her brother, who Ines Moreau said had never left the village, died in 1998."
    quote = only(quotes_of(pipeline, text), "never left")
    assert quote.speaker.name == "Ines Moreau"
    assert quote.quoted == "Her brother had never left the village"


def test_a_name_typed_a_person_that_its_words_show_a_firm_is_a_body(pipeline: Pipeline) -> None:
    # the model types these names PERSON; "insurer" before one, "its" after the other say firm
    text = ("Rival insurer Brennan Kowalski said on Monday it would cut 2,000 jobs.\n\n"
            "Kessler saw its shares fall 12% on Monday.\n\n"
            "\u201cWe will not sell,\u201d he said.")
    article = pipeline.process_text(text)
    types = {entity.name: entity.type for entity in article.entities}
    assert types["Brennan Kowalski"] == "ORG"
    assert types["Kessler"] == "ORG"
    # so a "he" finds no body to stand for
    assert not [quote for quote in article.quotes if "not sell" in quote.text
                and quote.speaker.name in ("Brennan Kowalski", "Kessler")]
    # a person's name stays a person's
    text = "Ann Kessler saw her shares fall 12% on Monday, she said."
    types = {entity.name: entity.type for entity in pipeline.process_text(text).entities}
    assert types["Ann Kessler"] == "PERSON"


def test_which_after_a_persons_name_is_not_that_person(pipeline: Pipeline) -> None:
    text = ("Ms Okafor asked the king to invite the new governor, Ahmed Saleh, which the palace "
            "said was being considered.")
    quote = only(quotes_of(pipeline, text), "considered")
    assert "Ahmed Saleh" not in quote.text
    assert quote.parts is None


def test_a_lone_first_name_word_that_speaks_is_the_person_whose_name_it_opens(pipeline: Pipeline) -> None:
    # "Han" is also a people's name (the model types it NORP); "Han said" is Han Sung-Ryol,
    # named family name first
    text = ("Yonhap quoted Han Sung-Ryol, head of the mission, as repeating the demand.\n\n"
            "The plan was put forward in talks in New York on Sunday, Han said.\n\n"
            "Han also told Yonhap that aid must come first. Han also met the envoy.\n\n"
            "Food aid should not be used as leverage, he said.")
    article = pipeline.process_text(text)
    han = [entity for entity in article.entities if entity.name == "Han Sung-Ryol"]
    assert han and len(han[0].mentions) == 4
    assert only(article.quotes, "plan was put").speaker.name == "Han Sung-Ryol"
    assert only(article.quotes, "Food aid").speaker.name == "Han Sung-Ryol"


def test_a_name_after_a_firms_noun_is_that_firms(pipeline: Pipeline) -> None:
    # the model types the one a place
    text = ("Printers will be harder to clone thanks to new chips devised by security firm Tellamedia.\n\n"
            "\u201cThe chip is designed to stop refills from unlicensed makers,\u201d said the firm.")
    article = pipeline.process_text(text)
    assert {entity.name: entity.type for entity in article.entities}.get("Tellamedia") == "ORG"
    assert only(article.quotes, "designed to stop").speaker.name == "Tellamedia"
    # and leaves the other out
    text = ("DVDs will be harder to copy thanks to new measures devised by copy protection firm "
            "Macrovision.\n\n\u201cThe system is designed to reduce ripping,\u201d said the firm.")
    article = pipeline.process_text(text)
    assert {entity.name: entity.type for entity in article.entities}.get("Macrovision") == "ORG"
    assert only(article.quotes, "reduce ripping").speaker.name == "Macrovision"


def test_a_second_that_clause_after_but_whose_that_the_parse_misread(pipeline: Pipeline) -> None:
    text = ("Iran on Monday said it wanted to join the regional talks, but that bilateral talks between "
            "Tehran and Baghdad should continue until trust has been restored.")
    quote = only(quotes_of(pipeline, text), "join the regional")
    assert quote.text.endswith("should continue until trust has been restored")


def test_a_ships_name_is_no_person(pipeline: Pipeline) -> None:
    # (the model types it a person)
    text = ("Reports said the Panama-flagged MV Ostrava was seized near Adale on Thursday night.\n\n"
            "The businessman said the ship had been carrying rice.")
    article = pipeline.process_text(text)
    assert {entity.name: entity.type for entity in article.entities}.get("MV Ostrava") == "PRODUCT"
    assert only(article.quotes, "carrying rice").speaker.name != "MV Ostrava"


def test_a_denial_whose_clause_the_parse_read_as_an_object_and_participle(pipeline: Pipeline) -> None:
    text = "Premier Lena Brandt denied the government planned to close the northern mines."
    quote = only(quotes_of(pipeline, text), "northern mines")
    assert quote.text == "the government planned to close the northern mines"
    # a participle with an agent is the thing's own ("the charges brought by X"): not a clause
    text = "Premier Lena Brandt insisted the charges brought by the opposition."
    assert not [q for q in quotes_of(pipeline, text) if q.text.startswith("the charges")]


def test_a_pledge_ends_before_the_writers_relative_on_a_name_that_closes_it(pipeline: Pipeline) -> None:
    text = "The rebels vowed to fight a long war with Ruvania, which has denied sending troops."
    quote = only(quotes_of(pipeline, text), "long war")
    assert quote.text == "to fight a long war with Ruvania"
    # a relative inside the act, not closing it, stays
    text = "The senator vowed to put Ohio, which has not voted for her party since 1990, in play."
    quote = only(quotes_of(pipeline, text), "in play")
    assert quote.text.endswith("since 1990, in play")


def test_an_agency_of_a_named_body_is_the_agency_not_its_owner(pipeline: Pipeline) -> None:
    text = ("Food stocks in the camps will run out by May, the UN children's agency said.\n\n"
            "UNICEF official Maria Okoro said the convoys had stopped.")
    quote = only(quotes_of(pipeline, text), "Food stocks")
    assert quote.speaker.name == "UNICEF"
    # with no such body named, the agency is its description, never its owner
    text = "Food stocks in the camps will run out by May, the UN food agency said."
    quote = only(quotes_of(pipeline, text), "Food stocks")
    assert quote.speaker.name != "United Nations"
