"""Round 11 speaker and span rules (from the marks of the r91019-r91022 news samples), each
tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from storyline.pipeline import Pipeline


def test_a_pronoun_form_written_capitalised_after_said_is_a_family_name(pipeline: Pipeline) -> None:
    text = ("More than 20,000 ducks had been culled by Tuesday, said He Jianguo, a county veterinary official.\n\n"
            "The outbreak was first reported by farmer Wang Lin, whose 300 geese died on Monday.\n\n"
            "No human cases have been found in the area, said He.")
    quote = only(quotes_of(pipeline, text), "human cases")
    assert quote.speaker.name == "He Jianguo"
    assert quote.speaker.mention.text == "He"
    # the pronoun itself, at the start of a sentence, is still resolved as a pronoun
    text = ("Tom Lee said the road was closed. He said it would open on Friday.")
    quote = only(quotes_of(pipeline, text), "open on Friday")
    assert quote.speaker.name == "Tom Lee"


def test_two_people_with_their_ages_speak_together(pipeline: Pipeline) -> None:
    text = "In a joint statement, Smith, 45, and Jones, 38, said the deal was fair to both clubs."
    quote = only(quotes_of(pipeline, text), "deal was fair")
    assert quote.speaker.name == "Smith and Jones"


def test_a_statement_right_after_a_body_spoke_is_that_bodys(pipeline: Pipeline) -> None:
    text = ("The World Food Programme said from its Rome headquarters it was sending trucks to the border.\n\n"
            "\u201cThe first convoys will carry enough food for 20,000 families for a month,\u201d a statement said.")
    quote = only(quotes_of(pipeline, text), "first convoys")
    assert quote.speaker.name == "World Food Programme"
    assert quote.speaker.mention.text == "a statement"
    # a statement after a sentence that reports no one stays unnamed
    text = ("Trucks were seen at the border on Monday.\n\n"
            "\u201cThe first convoys will carry enough food for 20,000 families for a month,\u201d a statement said.")
    quote = only(quotes_of(pipeline, text), "first convoys")
    assert quote.speaker.entity is None


def test_a_job_closing_on_a_name_is_that_persons(pipeline: Pipeline) -> None:
    text = ("Former deputy prosecutor at the United Nations Tribunal at The Hague, Maria Lindqvist, "
            "said some \u201cwar criminals are being allowed to live here without any fear.\u201d")
    quote = only(quotes_of(pipeline, text), "war criminals")
    assert quote.speaker.name == "Maria Lindqvist"
    assert not quote.speaker.anonymous


def test_a_threat_with_its_time_between_and_a_governments_threat(pipeline: Pipeline) -> None:
    text = "Dock owner Carl Moss threatened on Friday to close the harbour to all foreign ships."
    quote = only(quotes_of(pipeline, text), "close the harbour")
    assert quote.speaker.name == "Carl Moss"
    assert quote.text == "to close the harbour to all foreign ships"
    text = "The Chilean government threatened to impose fines on the striking port workers."
    quote = only(quotes_of(pipeline, text), "impose fines")
    assert quote.speaker.name == "The Chilean government"


def test_a_calling_in_the_lead_is_the_person_the_next_paragraph_names(pipeline: Pipeline) -> None:
    text = ("Offshore accounts have made the islands a haven for tax cheats, a former fraud investigator said Monday.\n\n"
            "Lena Marsh, who spent twenty years at the national revenue office, said most of the money was never traced.")
    quote = only(quotes_of(pipeline, text), "haven for tax cheats")
    assert quote.speaker.name == "Lena Marsh"
    assert quote.speaker.mention.text == "a former fraud investigator"


def test_the_person_who_made_the_remarks_is_the_official_who_said_them(pipeline: Pipeline) -> None:
    text = ("Syria will not bow to pressure over the inquiry, a senior Syrian official said on Sunday.\n\n"
            "The official said the accusations were politically motivated.\n\n"
            "Information Minister Ali Haddad made the remarks to reporters after a weekly cabinet session.")
    quotes = quotes_of(pipeline, text)
    for words in ("bow to pressure", "politically motivated"):
        assert only(quotes, words).speaker.name == "Ali Haddad"
    # without the sentence that says who made them, the official stays unnamed
    quote = only(quotes_of(pipeline, text.rsplit("\n\n", 1)[0]), "bow to pressure")
    assert quote.speaker.entity is None


def test_a_second_verb_inside_the_claim_does_not_cut_it(pipeline: Pipeline) -> None:
    # a bare verb that shares the claim's modal
    text = "Maria Lopez told reporters that her lawyer will visit her brother in prison and tell him of the court's decision."
    quote = only(quotes_of(pipeline, text), "visit her brother")
    assert quote.text.endswith("and tell him of the court's decision")
    # a verb in its tense joined to a clause inside the claim
    text = ("Prime Minister Anna Berg called on Norway to join a bid to end the row set off when Sweden "
            "detained two Norwegian fishermen in May and accused them of poaching.")
    quote = only(quotes_of(pipeline, text), "join a bid")
    assert quote.text.endswith("and accused them of poaching")
    # the writer's next verb in another tense still ends the claim
    text = "Senator Tom Hale called on the navy to stop the ships that carry the oil and proposed a new law on Monday."
    quote = only(quotes_of(pipeline, text), "stop the ships")
    assert "proposed" not in quote.text


def test_an_attribution_set_inside_the_claim_splits_it_into_parts(pipeline: Pipeline) -> None:
    text = "The problem they face, said Priya Raman, an analyst at Forrest Research, is that customers will not pay twice."
    quote = only(quotes_of(pipeline, text), "pay twice")
    assert quote.speaker.name == "Priya Raman"
    assert [part.text for part in quote.parts] == ["The problem they face", "is that customers will not pay twice"]
    for part in quote.parts:
        assert text[part.start:part.end] == part.text
    text = "What needs to happen now, agree analysts, is a cut in prices."
    quote = only(quotes_of(pipeline, text), "cut in prices")
    assert quote.speaker.name == "analysts"
    assert [part.text for part in quote.parts] == ["What needs to happen now", "is a cut in prices"]
    # with a quotation after the attribution, the claim keeps its subject
    text = "The ministers' comments, said Junya Tanase of Mizuho Bank, were \u201cgenerally too weak to move the market\u201d."
    quote = only(quotes_of(pipeline, text), "too weak")
    assert quote.speaker.name == "Junya Tanase"
    assert quote.parts[0].text == "The ministers' comments"


def test_a_person_before_the_cue_is_the_speaker_not_a_subject_of_the_claim(pipeline: Pipeline) -> None:
    text = "Ann Roe, a lawyer for the family, said Tom Lee, the mayor, was wrong."
    quote = only(quotes_of(pipeline, text), "was wrong")
    assert quote.speaker.name == "Ann Roe"
    text = "The club's new coach, Marta Silva, said the team, tired after the trip, would rest on Sunday."
    quote = only(quotes_of(pipeline, text), "rest on Sunday")
    assert quote.speaker.name == "Marta Silva"


def test_a_description_brought_in_unnamed_stays_unnamed(pipeline: Pipeline) -> None:
    text = ("\u201cWe have kept the door open,\u201d said an official of the union that represents 1,300 of "
            "Asiana Airlines' 1,900 pilots. Of the 1,100 pilots who voted, 800 supported the strike, the union said.")
    quote = only(quotes_of(pipeline, text), "supported the strike")
    assert quote.speaker.entity is None
    assert quote.speaker.name == "the union"
    # a body named before and then described stays the body
    text = ("Halvorsen Shipping Group's new terminal in Bergen will open in May. "
            "The company said demand had doubled since last year.")
    quote = only(quotes_of(pipeline, text), "demand")
    assert quote.speaker.name == "Halvorsen Shipping Group"


def test_a_title_read_in_its_order_a_shadow_or_industry_minister_is_another_office(pipeline: Pipeline) -> None:
    text = ("Lebanese Industry Minister Karim Haddad was shot dead on Tuesday in Beirut. "
            "Prime Minister Omar Saleh condemned the killing.\n\n"
            "The prime minister said the country would not be dragged into war.")
    quote = only(quotes_of(pipeline, text), "dragged into war")
    assert quote.speaker.name == "Omar Saleh"
    text = ("Gordon Hale has criticised a union leader who said the rift was harming the government.\n\n"
            "Jon Barr, of the civil servants' union, spoke of \u201ccompeting agendas\u201d between Mr Hale and "
            "Mr Blair. But the chancellor said Mr Barr was never at the meetings.\n\n"
            "Tory shadow chancellor Oliver Brant said the row showed the government was divided.")
    quote = only(quotes_of(pipeline, text), "never at the meetings")
    # not the shadow chancellor, nor the man the claim is about
    assert quote.speaker.name == "Gordon Hale"


def test_who_after_a_member_of_a_body_is_the_member(pipeline: Pipeline) -> None:
    text = "Investigators questioned a former member of the Syrian security service who admitted he had beaten prisoners."
    quote = only(quotes_of(pipeline, text), "beaten prisoners")
    assert quote.speaker.name == "a former member of the Syrian security service"
    assert quote.speaker.entity is None


def test_a_fear_stated_with_its_clause(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Analysts are worried that the merger will collapse."), "merger")
    assert quote.speaker.name == "Analysts"
    assert quote.text == "the merger will collapse"
    quote = only(quotes_of(pipeline, "The union is concerned that 300 jobs will be lost."), "jobs")
    assert quote.speaker.name == "The union"


def test_a_where_clause_after_the_attribution_goes_on_with_the_claim(pipeline: Pipeline) -> None:
    text = "The company's plan is a slow one, Ms Roe explained, where old stores are closed before new ones open."
    quote = only(quotes_of(pipeline, text), "old stores")
    assert quote.speaker.name == "Roe"
    assert [part.text for part in quote.parts] == ["The company's plan is a slow one",
                                                   "where old stores are closed before new ones open"]


def test_a_claim_opened_by_an_as_phrase_before_a_final_cue(pipeline: Pipeline) -> None:
    text = ("As lenders, local banks should not blindly \"chase deals\" but should work to improve "
            "the local business climate, analysts said.")
    quote = only(quotes_of(pipeline, text), "business climate")
    assert quote.speaker.name == "analysts"
    assert quote.text.startswith("As lenders, local banks")
    # an "as" clause of time before a cue that reports nothing is no claim
    assert not quotes_of(pipeline, "As he left the court, Roe said nothing.")


def test_an_inverted_phrasal_cue_and_a_scholar_of_a_field(pipeline: Pipeline) -> None:
    text = "Costly festivals reflect a wrong idea of success among officials, pointed out a criminologist who declined to be named."
    quote = only(quotes_of(pipeline, text), "wrong idea")
    assert quote.speaker.name == "a criminologist"
    assert quote.text == "Costly festivals reflect a wrong idea of success among officials"


def test_a_subject_before_an_after_phrase_read_as_a_subordinator(pipeline: Pipeline) -> None:
    text = ("A statement issued at the press conference after the meeting said the spirit of the "
            "talks prevails and all parties will work together.")
    quote = only(quotes_of(pipeline, text), "spirit of the talks")
    assert quote.speaker.name == "A statement issued at the press conference"
    assert quote.speaker.entity is None
