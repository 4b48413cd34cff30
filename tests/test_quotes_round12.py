"""Round 12 speaker and claim rules (from the marks of the r91023-r91025 news samples), each
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_statement_from_a_named_body_is_the_bodys(pipeline: Pipeline) -> None:
    text = "The plant in Bremen will close in March, a statement from Siemens said on Tuesday."
    quote = only(quotes_of(pipeline, text), "plant in Bremen")
    assert quote.speaker.name == "Siemens"
    assert not quote.speaker.anonymous
    assert quote.speaker.mention.text == "a statement from Siemens"
    text = "Prices rose sharply in May, a Toyota statement said."
    assert only(quotes_of(pipeline, text), "Prices rose").speaker.name == "Toyota"
    # a spokesman for a body is one of its people, still unnamed
    text = "The plant in Bremen will close in March, a spokesman for Siemens said on Tuesday."
    quote = only(quotes_of(pipeline, text), "plant in Bremen")
    assert quote.speaker.anonymous


def test_the_statement_goes_on_with_the_named_text_before(pipeline: Pipeline) -> None:
    text = ("The board met in Toulouse and approved the new wing, a statement from Airbus said.\n\n"
            "\u201cThe wing will cut fuel use by a fifth,\u201d the statement said.")
    quote = only(quotes_of(pipeline, text), "cut fuel use")
    assert quote.speaker.name == "Airbus"
    assert quote.speaker.mention.text == "the statement"
    # with no named text before, "the statement" stays the text
    text = ("The board met in Toulouse on Monday.\n\n"
            "\u201cThe wing will cut fuel use by a fifth,\u201d the statement said.")
    quote = only(quotes_of(pipeline, text), "cut fuel use")
    assert quote.speaker.entity is None


def test_a_text_named_by_the_kind_of_body_is_the_bodys(pipeline: Pipeline) -> None:
    text = ("The Asian Development Bank lowered its growth forecast for the region on Tuesday.\n\n"
            "Exports from the region fell for a third month in June, a bank report said.")
    quote = only(quotes_of(pipeline, text), "Exports from")
    assert quote.speaker.name == "Asian Development Bank"
    assert quote.speaker.mention.text == "a bank report"


def test_the_last_word_of_a_bodys_name_after_the_is_that_body(pipeline: Pipeline) -> None:
    text = ("The European Investment Bank agreed a loan for the tunnel on Monday.\n\n"
            "It is the largest loan the Bank has made in Austria.\n\n"
            "The tunnel will open in 2030, the Bank said.")
    quote = only(quotes_of(pipeline, text), "tunnel will open")
    assert quote.speaker.name == "European Investment Bank"
    banks = [entity for entity in pipeline.process_text(text).entities if "Bank" in entity.name]
    assert [bank.name for bank in banks] == ["European Investment Bank"]
    assert len(banks[0].mentions) == 3
    # with two banks named, "the Bank" is neither
    text = ("The European Investment Bank and the World Bank agreed loans for the tunnel on Monday.\n\n"
            "The tunnel will open in 2030, the Bank said.")
    quote = only(quotes_of(pipeline, text), "tunnel will open")
    assert quote.speaker.name not in ("European Investment Bank", "World Bank")


def test_the_initials_of_a_named_body_are_that_body(pipeline: Pipeline) -> None:
    text = ("The Financial Times reported the merger talks on Sunday. "
            "The two banks could agree terms within a week, FT said.")
    quote = only(quotes_of(pipeline, text), "agree terms")
    assert quote.speaker.name == "Financial Times"
    assert quote.speaker.mention.text == "FT"
    # capitals that spell no body named in the article stay as written
    text = "The two banks could agree terms within a week, FT said."
    assert only(quotes_of(pipeline, text), "agree terms").speaker.name == "FT"


def test_a_closing_attribution_the_parse_hung_on_the_claim(pipeline: Pipeline) -> None:
    # on the claim's last noun, as a relative clause
    text = ("In the fight over the German carmaker, the state authorities of Hesse are seeking support "
            "from other shareholders versus luxury car maker Porsche, the Financial Times reported on Monday.")
    quote = only(quotes_of(pipeline, text), "state authorities")
    assert quote.speaker.name == "Financial Times"
    assert quote.speaker.mention.text == "the Financial Times"
    assert quote.text.startswith("In the fight over")
    assert quote.text.endswith("luxury car maker Porsche")
    # on the claim's verb, the claim's last name taken for the subject and the paper for its apposition
    text = ("In the escalating fight for control of German truck maker MAN, the regional state authorities "
            "of Bavaria are seeking support from other shareholders versus luxury sports car maker Ferrari, "
            "the Financial Times reported on Monday.")
    quote = only(quotes_of(pipeline, text), "state authorities")
    assert quote.speaker.mention.text == "the Financial Times"
    assert quote.text.endswith("luxury sports car maker Ferrari")


def test_went_on_to_say_is_a_statement(pipeline: Pipeline) -> None:
    text = "The finance minister went on to say that the budget would be balanced by next year."
    quote = only(quotes_of(pipeline, text), "budget would be balanced")
    assert quote.speaker.mention.text == "The finance minister"


def test_claimed_to_have_done_is_a_claim(pipeline: Pipeline) -> None:
    text = "Rebels claimed to have seized two army bases near the border on Sunday."
    quote = only(quotes_of(pipeline, text), "seized two army bases")
    assert quote.speaker.mention.text == "Rebels"
    text = "The rebel leadership claimed to have shot down a government helicopter."
    quote = only(quotes_of(pipeline, text), "shot down")
    assert quote.speaker.mention.text == "The rebel leadership"
    # a claim on a thing is no statement
    assert not quotes_of(pipeline, "The floods claimed more than 200 lives in the province.")


def test_a_leadership_calls_on_others_to_act(pipeline: Pipeline) -> None:
    text = "The party leadership called on all its members to vote against the bill on Thursday."
    quote = only(quotes_of(pipeline, text), "vote against the bill")
    assert quote.speaker.mention.text == "The party leadership"


def test_the_spokesman_is_the_one_person_given_that_job(pipeline: Pipeline) -> None:
    text = ("Omar Hadi, the spokesman of the Libyan Foreign Ministry, told reporters that the talks had stalled.\n\n"
            "On Monday, envoy Tom Baker warned that the sanctions would stay.\n\n"
            "\u201cWe will wait for their answer,\u201d Baker told reporters in Geneva.\n\n"
            "The envoy's threat was not helpful, the spokesman said.")
    quote = only(quotes_of(pipeline, text), "not helpful")
    assert quote.speaker.name == "Omar Hadi"
    assert quote.speaker.mention.text == "the spokesman"
    text = ("Unions will ballot their members over pensions. Maria Lopez, our labour affairs correspondent, "
            "said talks had broken down.\n\nOur correspondent said a deal was unlikely before the summer.")
    quote = only(quotes_of(pipeline, text), "deal was unlikely")
    assert quote.speaker.name == "Maria Lopez"
    # with no one given the job, "the spokesman" stays an unnamed source
    text = ("Omar Hadi, the head of the Libyan Foreign Ministry, told reporters that the talks had stalled.\n\n"
            "On Monday, envoy Tom Baker warned that the sanctions would stay.\n\n"
            "\u201cWe will wait for their answer,\u201d Baker told reporters in Geneva.\n\n"
            "The envoy's threat was not helpful, the spokesman said.")
    quote = only(quotes_of(pipeline, text), "not helpful")
    assert quote.speaker.anonymous


def test_the_companies_are_the_bodies_named_together(pipeline: Pipeline) -> None:
    text = ("Drug makers Roche and Genentech have halted sales of their arthritis drug after a patient died. "
            "The companies said the decision was taken as a precaution.\n\n"
            "\u201cPatient safety comes first,\u201d the two firms said in a statement.")
    for word in ("as a precaution", "Patient safety"):
        quote = only(quotes_of(pipeline, text), word)
        assert quote.speaker.name == "Roche and Genentech"
        assert quote.speaker.extra["members"] and len(quote.speaker.extra["members"]) == 2
    # one body named: "the companies" are not it
    text = ("Roche has halted sales of its arthritis drug after a patient died. "
            "The companies said the decision was taken as a precaution.")
    assert only(quotes_of(pipeline, text), "as a precaution").speaker.entity is None


def test_the_writers_note_of_what_the_news_set_off_is_no_part_of_the_claim(pipeline: Pipeline) -> None:
    text = "Intel has said it has made a silicon chip that can produce laser light, raising hopes of much faster networks."
    assert only(quotes_of(pipeline, text), "silicon chip").text == \
        "it has made a silicon chip that can produce laser light"
    text = ("The drugmaker said its cash fell by half in the third quarter, prompting analysts to question "
            "its plans.")
    assert only(quotes_of(pipeline, text), "cash fell").text == "its cash fell by half in the third quarter"
    # what the claim itself reports goes on with it
    text = "Police said the bomb went off at 9am, killing three people."
    assert only(quotes_of(pipeline, text), "bomb went off").text == "the bomb went off at 9am, killing three people"


def test_a_second_clause_shifted_back_as_the_first_goes_on_with_the_claim(pipeline: Pipeline) -> None:
    text = ("An army commander said that the gunmen had been pushed back and the air strikes had shown "
            "them they could not hold the valley.")
    quote = only(quotes_of(pipeline, text), "pushed back")
    assert quote.text.endswith("they could not hold the valley")
    assert quote.speaker.mention.text == "An army commander"
    # the writer's own next clause, in the cue's tense, is not
    text = "The minister said that the talks had failed, and the delegates left Geneva on Friday."
    assert only(quotes_of(pipeline, text), "talks had failed").text == "the talks had failed"


def test_a_denial_of_ones_part_in_a_deed_is_a_statement(pipeline: Pipeline) -> None:
    text = "The shipping firm has denied any involvement in the smuggling ring."
    quote = only(quotes_of(pipeline, text), "involvement")
    assert quote.text == "any involvement in the smuggling ring"
    assert quote.speaker.mention.text == "The shipping firm"
    assert only(quotes_of(pipeline, "The mayor denied wrongdoing."), "wrongdoing").speaker.mention.text == "The mayor"
    # a denial that is no act of saying ("lets him deny responsibility") is none
    text = "The loose structure lets the chairman deny responsibility for the losses."
    assert not [quote for quote in quotes_of(pipeline, text) if "responsibility" in quote.text]


def test_a_company_pledges_threatens_and_calls(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The company vowed not to cut jobs this year."), "cut jobs")
    assert quote.text == "not to cut jobs this year"
    assert quote.speaker.mention.text == "The company"
    quote = only(quotes_of(pipeline, "The firm threatened to sue the newspaper over the story."), "sue")
    assert quote.speaker.mention.text == "The firm"
    # what is likely of a body is no pledge
    assert not quotes_of(pipeline, "The company promises to be a strong competitor.")


def test_a_body_described_by_its_rank_is_the_named_subject_before_it(pipeline: Pipeline) -> None:
    text = "Siemens saw its profits fall 9% last year, but Europe's biggest engineering group says a recovery is on the way."
    quote = only(quotes_of(pipeline, text), "recovery")
    assert quote.speaker.name == "Siemens"
    assert quote.speaker.mention.text == "Europe's biggest engineering group"
    # a ranked person is not a body named before
    text = "Sales of the phone doubled in May, the country's richest man said."
    assert only(quotes_of(pipeline, text), "Sales of the phone").speaker.entity is None


def test_a_modifier_the_parse_joined_to_a_name_is_the_persons(pipeline: Pipeline) -> None:
    text = ("\u201cThe festival will go ahead with all its artists,\u201d according to media and PR strategist "
            "Ann Whitlock, who is advising the organisers.")
    quote = only(quotes_of(pipeline, text), "festival will go ahead")
    assert quote.speaker.name == "Ann Whitlock"
    assert not quote.speaker.anonymous
    # two groups of people stay the group they are
    quote = only(quotes_of(pipeline, "Doctors and nurses said the ward was full."), "ward was full")
    assert quote.speaker.name == "Doctors and nurses"
    # a title with its article before a titled name is another person
    text = "Both the prime minister and Chancellor Tom Roe called for urgent action on debt relief."
    quote = only(quotes_of(pipeline, text), "urgent action")
    assert quote.speaker.name != "Tom Roe"
