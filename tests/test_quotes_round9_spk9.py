"""Speakers of the round-9 news samples' kinds (spk9), each from new sentences of the same kind."""

from __future__ import annotations

from spacy.tokens import Doc

from conftest import only, quotes_of
from storyline.extract.quotes.extractor import _introducing_frame
from storyline.pipeline import Pipeline


def test_a_kind_of_body_is_the_body_that_spoke_last(pipeline: Pipeline) -> None:
    text = ("Greenpeace said the spill was the worst the coast had seen in a decade.\n\n"
            "\"The damage to the reefs will take years to repair,\" the environmental group said.")
    assert only(quotes_of(pipeline, text), "reefs").speaker.name == "Greenpeace"
    # a paragraph of quotation between
    text = ("The northern wing of the Liberation Front said on Sunday its fighters had taken the town.\n\n"
            "\"We call on the soldiers to lay down their arms.\n\n"
            "\"The army has already lost this war,\" the group said in a statement posted online.")
    first = only(quotes_of(pipeline, text), "fighters").speaker
    assert only(quotes_of(pipeline, text), "lost this war").speaker.name == first.name


def test_a_kind_of_body_with_words_of_its_kind_is_the_body_that_spoke_last(pipeline: Pipeline) -> None:
    text = ("The Guardian said the mayor should resign.\n\n"
            "\"The town deserves better,\" the local daily said.")
    assert only(quotes_of(pipeline, text), "deserves").speaker.name == "Guardian"


def test_a_kind_of_body_stays_a_description_after_another_kind_or_body(pipeline: Pipeline) -> None:
    text = ("Greenpeace said the spill was the worst the coast had seen in a decade. "
            "The World Bank said the cost would reach $2 billion.\n\n"
            "\"The damage to the reefs will take years to repair,\" the environmental group said.")
    assert only(quotes_of(pipeline, text), "reefs").speaker.name != "Greenpeace"


def test_a_persons_noun_after_an_age_is_the_person_who_spoke_last(pipeline: Pipeline) -> None:
    text = ("Former premier Ivo Malek said on Monday he would not stand again.\n\n"
            "The 74-year-old politician said he wanted to spend more time writing.")
    assert only(quotes_of(pipeline, text), "writing").speaker.name == "Ivo Malek"


def test_a_persons_noun_owned_by_a_bodys_description_is_the_person_who_spoke_last(pipeline: Pipeline) -> None:
    text = ("Mark Evans of the Prison Reform Trust said the plan was \"deeply flawed\". The campaign group's "
            "general secretary told reporters the jails were already full.")
    assert only(quotes_of(pipeline, text), "jails").speaker.name == "Mark Evans"
    # a person's possession is another person
    text = ("Tom Reyes said he had done nothing wrong. The victim's lawyer told reporters the case was "
            "far from over.")
    assert only(quotes_of(pipeline, text), "far from over").speaker.name != "Tom Reyes"


def test_a_party_members_word_the_ner_typed_a_body_is_the_person_named_before(pipeline: Pipeline) -> None:
    text = ("Leader Tom Walsh spoke in Leeds. \"We must protect the poor,\" Walsh said.\n\n"
            "\"The reform will take time, but it is the right path,\" the Socialist said.")
    assert only(quotes_of(pipeline, text), "right path").speaker.name == "Tom Walsh"


def test_the_official_is_the_office_holder_who_spoke_last(pipeline: Pipeline) -> None:
    text = ("Farmers will get new seed varieties next year, said Zhao Ming, deputy head of the ministry's "
            "crop department.\n\nThe seeds would be handed out free in the poorest counties, official said.\n\n"
            "More than 2,000 counties will take part, the official said.")
    quotes = quotes_of(pipeline, text)
    assert only(quotes, "poorest").speaker.name == "Zhao Ming"
    assert only(quotes, "2,000").speaker.name == "Zhao Ming"
    # a person the article gave no office: the official is someone else
    text = ("Farmer Li Hua said the harvest was poor.\n\n"
            "Seed would be handed out free next year, the official said.")
    assert only(quotes_of(pipeline, text), "Seed").speaker.name != "Li Hua"


def test_the_subject_of_a_with_clause_of_saying_speaks_the_quote_its_colon_opens(pipeline: Pipeline) -> None:
    # the parse the model gave a sentence of this kind: the participle hung on the object as a
    # modifier, the quote's verb the root, the clause before the colon its complement
    rows = [("Rome", "Rome", "PROPN", "NNP", "nsubj", 1, "GPE"), ("was", "be", "AUX", "VBD", "ccomp", 15, ""),
            ("calmer", "calm", "ADJ", "JJR", "acomp", 1, ""), (",", ",", "PUNCT", ",", "punct", 1, ""),
            ("with", "with", "ADP", "IN", "prep", 1, ""), ("budget", "budget", "NOUN", "NN", "compound", 6, ""),
            ("minister", "minister", "NOUN", "NN", "compound", 10, ""),
            ("Paolo", "Paolo", "PROPN", "NNP", "compound", 8, "PERSON"),
            ("Ricci", "Ricci", "PROPN", "NNP", "compound", 10, "PERSON"),
            ("telling", "tell", "VERB", "VBG", "amod", 10, ""), ("senators", "senator", "NOUN", "NNS", "pobj", 4, ""),
            (":", ":", "PUNCT", ":", "punct", 15, ""), ("\"", "\"", "PUNCT", "``", "punct", 15, ""),
            ("We", "we", "PRON", "PRP", "nsubj", 15, ""), ("must", "must", "AUX", "MD", "aux", 15, ""),
            ("act", "act", "VERB", "VB", "ROOT", 15, ""), (".", ".", "PUNCT", ".", "punct", 15, ""),
            ("\"", "\"", "PUNCT", "''", "punct", 15, "")]
    doc = Doc(pipeline.nlp.vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
              ents=[("B-" + r[6] if r[6] and (i == 0 or rows[i - 1][6] != r[6]) else "I-" + r[6] if r[6] else "O")
                    for i, r in enumerate(rows)],
              spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ":", ".", "\"") or r[0] == ":"
                      for i, r in enumerate(rows)])
    colon = doc.text.index(":") + 1
    frame = _introducing_frame(doc, doc.text, colon + 1, speakers_only=True)
    assert frame is not None and frame.source.text == "Ricci" and doc[frame.head].text == "telling"


def test_a_noun_given_later_to_another_person_does_not_hide_the_one_named_so_before(pipeline: Pipeline) -> None:
    text = ("British and Irish Lions coach Dave Kent says he is unlikely to pick injured players.\n\n"
            "\"Their performance against France was simply awesome,\" said the Lions coach. Kent revealed he had "
            "taken soundings from Australia coach Tom Bell after the game.")
    assert only(quotes_of(pipeline, text), "awesome").speaker.name == "Dave Kent"


def test_an_it_of_a_span_of_time_is_not_who_urges_in_the_clause_joined_to_it(pipeline: Pipeline) -> None:
    text = ("Tom Ward of the Reform Trust said the change was \"long overdue\". He pointed out that it was 30 years "
            "since the equal pay act and urged politicians on all sides to back the bill.")
    assert only(quotes_of(pipeline, text), "politicians on all sides").speaker.name == "Tom Ward"
