"""The rules of issue 3's second round (PolNeAR misses), one small invented text each.

Most texts go through the real pipeline. A few rules guard against parser errors that
short invented sentences do not reproduce; those build the parse by hand with spaCy's own
``Doc`` (words, heads, labels) and run the extractor on it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from conftest import only, quotes_of
from storyline.extract.quotes.marks import find_quoted
from storyline.extract.quotes.extractor import extract_quotes
from storyline.extract.quotes.speakers import SpeakerResolver
from storyline.model import Article, Entity, Quote, Span
from storyline.pipeline import Pipeline


def quoted_texts(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quoted(text)]


# A hand-made parse: (word, head index, dependency, part of speech, lemma, entity type).
Row = tuple[str, int, str, str, str, str]
_NO_SPACE_BEFORE = {",", ".", "”", "?", "!", ":"}


def parsed(pipeline: Pipeline, rows: list[Row]) -> Doc:
    words = [row[0] for row in rows]
    spaces = [not (word == "“" or (index + 1 < len(words) and words[index + 1] in _NO_SPACE_BEFORE))
              for index, word in enumerate(words)]
    spaces[-1] = False
    entities = []
    for index, row in enumerate(rows):
        label = row[5]
        inside = index > 0 and rows[index - 1][5] == label
        entities.append("O" if not label else f"{'I' if inside else 'B'}-{label}")
    return Doc(pipeline.nlp.vocab, words=words, spaces=spaces, heads=[row[1] for row in rows],
               deps=[row[2] for row in rows], pos=[row[3] for row in rows],
               lemmas=[row[4] for row in rows], ents=entities, sent_starts=[index == 0 for index in
                                                                          range(len(rows))])


def extracted(doc: Doc, entities: list[Entity] | None = None) -> list[Quote]:
    article = Article(doc="<test>", id="test", text=doc.text, entities=entities or [])
    extract_quotes(doc, article)
    for quote in article.quotes:
        assert article.text[quote.start:quote.end] == quote.text
    return article.quotes


# -- clauses and contents ------------------------------------------------------------------


def test_a_clause_headed_by_a_mistagged_word_is_content(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "However, 63 percent said Governor Lund was \"justified\" in "
                                     "keeping her diagnosis private."), "justified")
    assert quote.cue.text == "said"
    assert quote.text.startswith("Governor Lund was")


def test_a_small_clause_is_no_content(pipeline: Pipeline) -> None:
    # Ferro thought it difficult .   ("it difficult": a subject but no verb, no statement)
    doc = parsed(pipeline, [
        ("Ferro", 1, "nsubj", "PROPN", "Ferro", "PERSON"), ("thought", 1, "ROOT", "VERB", "think", ""),
        ("it", 3, "nsubj", "PRON", "it", ""), ("difficult", 1, "ccomp", "ADJ", "difficult", ""),
        (".", 1, "punct", "PUNCT", ".", "")])
    assert extracted(doc) == []


def test_a_quote_continued_after_and(pipeline: Pipeline) -> None:
    text = ("Mills \"got an immunity agreement,\" Jordan said, and still \"got to sit in on the "
            "interview when she was questioned.\"")
    quote = only(quotes_of(pipeline, text), "immunity")
    assert quote.text.endswith("questioned.\"")
    assert quote.speaker.name == "Jordan"


def test_a_parenthetical_cue_reports_the_clause_around_it(pipeline: Pipeline) -> None:
    # the fronted phrase is the claim's (when voters came to believe it), in parts
    text = ("During his years in office, Mr. Anker said, a majority of voters have come to "
            "believe that the river must be cleaned.")
    quote = only(quotes_of(pipeline, text), "majority")
    assert [part.text for part in quote.parts] == [
        "During his years in office", "a majority of voters have come to believe that the river must be cleaned"]
    assert quote.speaker.name == "Anker"


def test_a_that_clause_taken_for_an_adverbial_clause_is_content(pipeline: Pipeline) -> None:
    # Ferro tweeted in the morning that Mills was “ rude ” .   (parsed as "was/advcl")
    doc = parsed(pipeline, [
        ("Ferro", 1, "nsubj", "PROPN", "Ferro", "PERSON"), ("tweeted", 1, "ROOT", "VERB", "tweet", ""),
        ("in", 1, "prep", "ADP", "in", ""), ("the", 4, "det", "DET", "the", ""),
        ("morning", 2, "pobj", "NOUN", "morning", ""), ("that", 7, "advmod", "PRON", "that", ""),
        ("Mills", 7, "nsubj", "PROPN", "Mills", "PERSON"), ("was", 1, "advcl", "AUX", "be", ""),
        ("“", 9, "punct", "PUNCT", "“", ""), ("rude", 7, "acomp", "ADJ", "rude", ""),
        ("”", 9, "punct", "PUNCT", "”", ""), (".", 1, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "rude")
    assert quote.text == "Mills was “rude”"
    assert quote.speaker.name == "Ferro"


# -- sources the parser got wrong ------------------------------------------------------------


def test_a_dash_is_no_subject_and_a_quote_after_the_cue_is_its_content(pipeline: Pipeline) -> None:
    # Taxes were paid ― Ferro boasted , “ That is smart . ”   (the dash parsed as a subject)
    doc = parsed(pipeline, [
        ("Taxes", 2, "nsubjpass", "NOUN", "tax", ""), ("were", 2, "auxpass", "AUX", "be", ""),
        ("paid", 2, "ROOT", "VERB", "pay", ""), ("―", 4, "nsubj", "NOUN", "―", ""),
        ("Ferro", 5, "nsubj", "PROPN", "Ferro", "PERSON"), ("boasted", 2, "ccomp", "VERB", "boast", ""),
        (",", 2, "punct", "PUNCT", ",", ""), ("“", 2, "punct", "PUNCT", "“", ""),
        ("That", 9, "nsubj", "PRON", "that", ""), ("is", 2, "ccomp", "AUX", "be", ""),
        ("smart", 9, "acomp", "ADJ", "smart", ""), (".", 2, "punct", "PUNCT", ".", ""),
        ("”", 2, "punct", "PUNCT", "”", "")])
    quotes = extracted(doc)
    assert [(q.text, q.speaker.name, q.cue.text) for q in quotes] == [("That is smart.", "Ferro",
                                                                      "boasted")]


def test_the_subject_outside_the_quote_is_the_speaker(pipeline: Pipeline) -> None:
    # “ It will , ” said Rolf Anker .   (the quoted "It" parsed as a second subject of said)
    doc = parsed(pipeline, [
        ("“", 5, "punct", "PUNCT", "“", ""), ("It", 5, "nsubj", "PRON", "it", ""),
        ("will", 5, "aux", "AUX", "will", ""), (",", 5, "punct", "PUNCT", ",", ""),
        ("”", 5, "punct", "PUNCT", "”", ""), ("said", 5, "ROOT", "VERB", "say", ""),
        ("Rolf", 7, "compound", "PROPN", "Rolf", "PERSON"), ("Anker", 5, "nsubj", "PROPN", "Anker", "PERSON"),
        (".", 5, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "It will")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Rolf Anker"


def test_with_quotes_on_both_sides_the_one_before_the_cue_is_the_content(pipeline: Pipeline) -> None:
    # “ We agree , ” Palik said , asking , “ Do you agree ? ”   (both quotes ccomp of said)
    doc = parsed(pipeline, [
        ("“", 2, "punct", "PUNCT", "“", ""), ("We", 2, "nsubj", "PRON", "we", ""),
        ("agree", 6, "ccomp", "VERB", "agree", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("”", 6, "punct", "PUNCT", "”", ""), ("Palik", 6, "nsubj", "PROPN", "Palik", "PERSON"),
        ("said", 6, "ROOT", "VERB", "say", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("asking", 6, "advcl", "VERB", "ask", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("“", 13, "punct", "PUNCT", "“", ""), ("Do", 13, "aux", "AUX", "do", ""),
        ("you", 13, "nsubj", "PRON", "you", ""), ("agree", 6, "ccomp", "VERB", "agree", ""),
        ("?", 13, "punct", "PUNCT", "?", ""), ("”", 13, "punct", "PUNCT", "”", "")])
    said = [q for q in extracted(doc) if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["We agree,"]


def test_a_participle_right_after_a_name_speaks_for_the_name(pipeline: Pipeline) -> None:
    text = "The ad uses footage of Anna Berg asking, \"Why am I not fifty points ahead?\""
    quote = only(quotes_of(pipeline, text), "fifty points")
    assert quote.speaker.name == "Anna Berg"


# -- who spoke -------------------------------------------------------------------------------


def test_a_place_in_the_source_phrase_belongs_to_it(pipeline: Pipeline) -> None:
    text = "\"You work hard. So why did the mayor not pay?\" a narrator in the Lund ad asks."
    quote = only(quotes_of(pipeline, text), "work hard")
    assert quote.speaker.mention.text == "a narrator in the Lund ad"


def test_an_apposed_name_keeps_its_description_in_the_mention(pipeline: Pipeline) -> None:
    text = "A lawyer for the newspapers, David Schulz, said no decision had been made about an appeal."
    quote = only(quotes_of(pipeline, text), "decision")
    assert quote.speaker.name == "David Schulz"
    assert quote.speaker.mention.text == "A lawyer for the newspapers, David Schulz"


def test_they_goes_to_the_people_named_before(pipeline: Pipeline) -> None:
    text = ("Critics of the program, like Senators Anna Berg and Paul Wendt, want an overhaul. "
            "They sent a letter on Thursday to the leaders.\n\n"
            "\"The program has become plagued by fraud and it should be allowed to expire,\" they wrote.")
    quote = only(quotes_of(pipeline, text), "plagued")
    assert quote.speaker.mention.text == "they"
    assert quote.speaker.name.startswith("Critics of the program")


def test_a_pronoun_beside_another_name_casts_no_gender_vote(pipeline: Pipeline) -> None:
    # Berg told Pell , after he left .   (Pell unknown to the NER: "he" may be Pell)
    doc = parsed(pipeline, [
        ("Berg", 1, "nsubj", "PROPN", "Berg", "PERSON"), ("told", 1, "ROOT", "VERB", "tell", ""),
        ("Pell", 1, "dobj", "PROPN", "Pell", ""), (",", 1, "punct", "PUNCT", ",", ""),
        ("after", 6, "mark", "SCONJ", "after", ""), ("he", 6, "nsubj", "PRON", "he", ""),
        ("left", 1, "advcl", "VERB", "leave", ""), (".", 1, "punct", "PUNCT", ".", "")])
    berg = Entity("e1", "Anna Berg", "PERSON", [Span(0, 4, "Berg")])
    article = Article(doc="<test>", id="test", text=doc.text, entities=[berg])
    assert SpeakerResolver(doc, article)._genders == {}


# -- quoted words in a speaker's verb phrase ---------------------------------------------------


def test_people_quoted_by_a_verb_of_naming(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Her doctor is calling the candidate \"extremely physically fit.\""),
                 "physically")
    assert quote.speaker.name == "Her doctor"
    assert quote.cue.text == "calling"


def test_quoted_words_after_an_object_and_a_preposition(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Governor Tomas Ferro blasted the press for being "
                                     "\"unbelievably dishonest.\""), "dishonest")
    assert quote.speaker.name == "Tomas Ferro"


def test_a_conjoined_verb_shares_the_subject(pipeline: Pipeline) -> None:
    text = "The Republican nominee outlined his plan and vowed to harshly punish \"those who break the rules.\""
    quote = only(quotes_of(pipeline, text), "break the rules")
    assert quote.cue.text == "vowed"
    assert quote.text.startswith("to harshly punish")


def test_a_quoted_infinitive_of_tell(pipeline: Pipeline) -> None:
    text = ("Governor Tomas Ferro tells his supporters at a Michigan rally to \"go to your place and "
            "vote\" and then \"go pick some other place.\"")
    quote = only(quotes_of(pipeline, text), "your place")
    assert quote.cue.text == "tells"
    assert quote.speaker.name == "Tomas Ferro"


def test_a_letter_reads(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "\"From Lyon to Nantes, we see schools offering parents hope,\" "
                                     "the letter reads."), "Nantes")
    assert quote.kind == "direct"
    assert quote.cue.text == "reads"


def test_a_quoted_phrase_inside_reported_speech_is_no_statement_of_its_own(pipeline: Pipeline) -> None:
    text = ("Twenty allies have committed to deploying troops \"by land, sea or air\" to the region "
            "after a truce, Anna Berg has said.")
    quote = only(quotes_of(pipeline, text), "land, sea")
    assert quote.speaker.name == "Anna Berg"


# -- quotation marks of two styles -------------------------------------------------------------


def test_a_quote_is_not_carried_into_a_paragraph_opened_by_the_other_style() -> None:
    text = "\"Kevin was asleep.\n\n“Here he is,” she said."
    assert quoted_texts(text) == ["Kevin was asleep.", "Here he is,"]


def test_straight_marks_framing_a_block_quote_are_not_quotes() -> None:
    assert quoted_texts("\"Ferro walked on, chanting “We will win!”") == ["We will win!"]
    assert quoted_texts("“A good day,” she said, and left.\"") == ["A good day,"]
    assert quoted_texts("\"“A good day,” she said, and left.\"") == ["A good day,"]


def test_a_quote_of_the_other_style_inside_a_quote_is_nested() -> None:
    text = "\"I read you the question: “Do you agree?” Most said yes.\""
    assert quoted_texts(text) == ["I read you the question: “Do you agree?” Most said yes."]


def test_a_writer_mixing_styles_still_closes_the_quote() -> None:
    assert quoted_texts("“We agree,\" he said. \"We are afraid,” she said.") == ["We agree,",
                                                                                "We are afraid,"]


def test_statements_inside_a_block_quote_are_found(pipeline: Pipeline) -> None:
    text = ("The Courier ran a long profile of a supporter of Governor Tomas Ferro.\n\n"
            "\"Melanie Dorn thought the whole thing was outrageous. She was anxious, sure.\n\n"
            "“It never crossed my mind that I was losing it,” she said months later, and a big "
            "reason for this was the rise of Ferro.\"")
    quote = only(quotes_of(pipeline, text), "crossed my mind")
    assert quote.kind == "direct"
    assert quote.text == "It never crossed my mind that I was losing it,"
    assert quote.speaker.name == "Melanie Dorn"


# -- sources written after the quote (issue 15, PolNeAR train misses) -------------------------


def test_a_name_the_parse_hung_on_the_quote_is_the_source(pipeline: Pipeline) -> None:
    # “It is not the time,” Ann Roe, a lawyer, said.   (the name parsed into the quoted clause)
    doc = parsed(pipeline, [
        ("“", 14, "punct", "PUNCT", "“", ""), ("It", 2, "nsubj", "PRON", "it", ""),
        ("is", 14, "ccomp", "AUX", "be", ""), ("not", 2, "neg", "PART", "not", ""),
        ("the", 5, "det", "DET", "the", ""), ("time", 2, "attr", "NOUN", "time", ""),
        (",", 2, "punct", "PUNCT", ",", ""), ("”", 2, "punct", "PUNCT", "”", ""),
        ("Ann", 9, "compound", "PROPN", "Ann", "PERSON"), ("Roe", 2, "npadvmod", "PROPN", "Roe", "PERSON"),
        (",", 9, "punct", "PUNCT", ",", ""), ("a", 12, "det", "DET", "a", ""),
        ("lawyer", 9, "appos", "NOUN", "lawyer", ""), (",", 9, "punct", "PUNCT", ",", ""),
        ("said", 14, "ROOT", "VERB", "say", ""), (".", 14, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "time")
    assert quote.text == "It is not the time,"
    assert quote.speaker.mention.text == "Ann Roe, a lawyer"


def test_the_name_before_a_role_subject_is_the_source(pipeline: Pipeline) -> None:
    # “We won,” Ann Roe, the chairwoman, recalled.   (the role parsed as the subject)
    doc = parsed(pipeline, [
        ("“", 11, "punct", "PUNCT", "“", ""), ("We", 2, "nsubj", "PRON", "we", ""),
        ("won", 11, "ccomp", "VERB", "win", ""), (",", 11, "punct", "PUNCT", ",", ""),
        ("”", 11, "punct", "PUNCT", "”", ""), ("Ann", 6, "compound", "PROPN", "Ann", "PERSON"),
        ("Roe", 11, "npadvmod", "PROPN", "Roe", "PERSON"), (",", 11, "punct", "PUNCT", ",", ""),
        ("the", 9, "det", "DET", "the", ""), ("chairwoman", 11, "nsubj", "NOUN", "chairwoman", ""),
        (",", 9, "punct", "PUNCT", ",", ""), ("recalled", 11, "ROOT", "VERB", "recall", ""),
        (".", 11, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "won")
    assert quote.speaker.mention.text == "Ann Roe"


def test_of_two_subjects_the_person_spoke(pipeline: Pipeline) -> None:
    # “We will stay,” said Major Ann Roe.   (the rank parsed as a subject of its own)
    doc = parsed(pipeline, [
        ("“", 6, "punct", "PUNCT", "“", ""), ("We", 3, "nsubj", "PRON", "we", ""),
        ("will", 3, "aux", "AUX", "will", ""), ("stay", 6, "ccomp", "VERB", "stay", ""),
        (",", 6, "punct", "PUNCT", ",", ""), ("”", 6, "punct", "PUNCT", "”", ""),
        ("said", 6, "ROOT", "VERB", "say", ""), ("Major", 6, "nsubj", "PROPN", "Major", ""),
        ("Ann", 9, "compound", "PROPN", "Ann", "PERSON"), ("Roe", 6, "nsubj", "PROPN", "Roe", "PERSON"),
        (".", 6, "punct", "PUNCT", ".", "")])
    quote = only(extracted(doc), "stay")
    assert quote.speaker.mention.text == "Ann Roe"


def test_the_name_after_a_title_cut_by_its_full_stop(pipeline: Pipeline) -> None:
    text = "“The patrols will go on for as long as they are needed,” said Navy Capt. Ellen Marsh."
    quote = only(quotes_of(pipeline, text), "patrols")
    assert quote.speaker.name == "Ellen Marsh"


def test_role_words_before_a_name_after_the_cue(pipeline: Pipeline) -> None:
    text = "“I will not call it an error, so let it go,” said retired surgeon Paul Ostrander, asked about it."
    quote = only(quotes_of(pipeline, text), "error")
    assert quote.speaker.name == "Paul Ostrander"
    assert quote.speaker.mention.text == "retired surgeon Paul Ostrander"


def test_the_speaker_after_an_inverted_cue_taken_for_its_object(pipeline: Pipeline) -> None:
    text = "“We are not going to cut the school budget this year,” added a Colorado Republican."
    quote = only(quotes_of(pipeline, text), "budget")
    assert quote.speaker.mention.text == "a Colorado Republican"


def test_went_on_to_say_is_a_cue(pipeline: Pipeline) -> None:
    text = "The memo went on to say, “Every office will close at noon on Fridays until the repairs are finished.”"
    quote = only(quotes_of(pipeline, text), "office")
    assert quote.speaker.mention.text == "The memo"
    assert quote.kind == "direct"


def test_a_continued_quote_keeps_the_words_that_named_its_speaker(pipeline: Pipeline) -> None:
    text = ("Mayor Ida Bell spoke after the vote. “We have waited long enough for this bridge,” she said.\n\n"
            "“Now the hard part starts, and every crew in the city will be working on it.”")
    quote = only(quotes_of(pipeline, text), "hard part")
    assert quote.speaker.name == "Ida Bell"
    assert quote.speaker.mention.text == "she"


# -- who can be quoted by a verb of naming (issue 15, PolNeAR train misses) ------------------


def test_a_relative_pronoun_speaks_for_the_person_it_stands_for(pipeline: Pipeline) -> None:
    text = "The vote was delayed again, angering Senator Ruth Adler, who called the delay “a gift to the lobbyists.”"
    quote = only(quotes_of(pipeline, text), "lobbyists")
    assert quote.speaker.name == "Ruth Adler"


def test_an_occupation_can_be_quoted(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "A columnist for the local paper called the plan \"a waste of good money.\""),
                 "waste")
    assert quote.speaker.mention.text == "A columnist for the local paper"


def test_an_ad_can_be_quoted(pipeline: Pipeline) -> None:
    text = "The new ad calls the governor “a friend of polluters” and asks voters to call his office."
    quote = only(quotes_of(pipeline, text), "polluters")
    assert quote.speaker.mention.text == "The new ad"


def test_what_a_verb_of_naming_calls_its_object_whatever_the_preposition(pipeline: Pipeline) -> None:
    text = "The mayor's spokesman called that \"beyond ridiculous.\" The council met again on Friday."
    quote = only(quotes_of(pipeline, text), "ridiculous")
    assert quote.speaker.mention.text == "The mayor's spokesman"


def test_a_text_reads_even_when_the_tagger_takes_read_for_a_noun(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, '"Vote early, vote often, and bring a neighbor," the email read.'), "Vote")
    assert quote.cue.text == "read"
    assert quote.speaker.mention.text == "email"


def test_a_long_source_between_the_quote_and_its_cue(pipeline: Pipeline) -> None:
    text = ("“Very smart lawyer, very smart lawyer this one,” Whitfield, the 2020 nominee for governor and "
            "the current leader in the state polls by a wide margin, said when a reporter asked her.")
    quote = only(quotes_of(pipeline, text), "lawyer")
    assert quote.speaker.name == "Whitfield"
    assert quote.kind == "direct"


# -- comment clauses (issue 15, real pages) ------------------------------------------------------


def test_a_comment_clause_with_any_verb_is_a_cue(pipeline: Pipeline) -> None:
    text = ("Analyst Mary Cole has watched the banks for years. At some point, she speculates, the market "
            "will turn against the biggest lenders.")
    quote = only(quotes_of(pipeline, text), "market")
    assert quote.speaker.name == "Mary Cole"
    assert [part.text for part in quote.parts] == ["At some point", "the market will turn against the biggest lenders"]


def test_as_someone_put_it(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "As the mayor put it, the city cannot wait another year for the bridge."),
                 "bridge")
    assert quote.speaker.mention.text == "the mayor"
    assert quote.text == "the city cannot wait another year for the bridge"
    quote = only(quotes_of(pipeline, "As Kessler puts it, “There is no free lunch in this business.”"), "lunch")
    assert quote.speaker.name == "Kessler" and quote.kind == "direct"


def test_a_postposed_cue_the_tagger_took_for_a_noun(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The new reactor design is far safer than the old one, states Marlow."),
                 "reactor")
    assert quote.cue.text == "states"
    assert quote.speaker.mention.text == "Marlow"
    assert quote.text == "The new reactor design is far safer than the old one"


def test_an_adjective_standing_for_the_speaker(pipeline: Pipeline) -> None:
    text = ("She spoke for ten minutes. “Our town has always been a place that looks after its own,” said the "
            "46-year-old. “Now we will look after the newcomers too.”")
    quote = only(quotes_of(pipeline, text), "town")
    assert quote.speaker.mention.text == "the 46-year-old"


def test_a_quoted_word_inside_a_longer_phrase(pipeline: Pipeline) -> None:
    # the phrase the quoted word is in goes on after it; the preposition stays with the cue
    quote = only(quotes_of(pipeline, "Senator Ann Marsh warned of a “bruising” fight ahead over the budget."),
                 "bruising")
    assert quote.text == "a “bruising” fight ahead over the budget"
    # a circumstance or the writer's gloss after the quote is no part of it
    for text in ("Governor Lee called the levy “a disaster” on Tuesday.",
                 "Governor Lee called the levy “a disaster,” a word his aides later softened."):
        quote = only(quotes_of(pipeline, text), "disaster")
        assert quote.text.replace(",", "") == "the levy “a disaster”"


def test_a_quoted_participle_after_the_object_of_call(pipeline: Pipeline) -> None:
    # the parser hangs "rigged" on the object as a participle, not as what it was called
    quote = only(quotes_of(pipeline, "Mayor Dana Ruiz called the audit “rigged” in a post on Friday."), "rigged")
    assert quote.text == "the audit “rigged”"
    assert quote.speaker.name == "Dana Ruiz"


def test_a_sentence_after_a_closed_quote_with_an_object_of_its_own(pipeline: Pipeline) -> None:
    # "She noted a home game" tells something else: the second quote continues Holt's
    text = ("“We played hard for four quarters,” Jana Holt said. “We just ran out of time at the end.” She "
            "noted a home game on Friday against the league leaders.")
    quote = only(quotes_of(pipeline, text), "quarters")
    assert quote.cue.text == "said"
    assert [part.text for part in quote.parts] == ["We played hard for four quarters,",
                                                   "We just ran out of time at the end."]
    text = ("“Nothing has been decided yet,” the spokeswoman said. “We will look at every option.” She "
            "mentioned a meeting on Monday with the board.")
    assert [quote.cue.text for quote in quotes_of(pipeline, text)] == ["said"]


def test_a_that_clause_headed_by_a_noun_is_content(pipeline: Pipeline) -> None:
    # Ruiz said instead that “ every claim we made was true . ”   (the noun "claim" heads the clause)
    doc = parsed(pipeline, [
        ("Ruiz", 1, "nsubj", "PROPN", "Ruiz", "PERSON"), ("said", 1, "ROOT", "VERB", "say", ""),
        ("instead", 1, "advmod", "ADV", "instead", ""), ("that", 6, "mark", "SCONJ", "that", ""),
        ("“", 6, "punct", "PUNCT", "“", ""), ("every", 6, "det", "DET", "every", ""),
        ("claim", 1, "ccomp", "NOUN", "claim", ""), ("we", 8, "nsubj", "PRON", "we", ""),
        ("made", 6, "relcl", "VERB", "make", ""), ("was", 8, "ccomp", "AUX", "be", ""),
        ("true", 9, "acomp", "ADJ", "true", ""), (".", 1, "punct", "PUNCT", ".", ""),
        ("”", 1, "punct", "PUNCT", "”", "")])
    quote = only(extracted(doc), "claim")
    assert quote.kind == "direct" and quote.text == "every claim we made was true."


def test_a_that_clause_hung_on_a_circumstance_is_content(pipeline: Pipeline) -> None:
    # Olsen said after the hearing in March that she had “ doubts ” .   ("had" a relative clause of "hearing")
    rows = [
        ("Olsen", 1, "nsubj", "PROPN", "Olsen", "PERSON"), ("said", 1, "ROOT", "VERB", "say", ""),
        ("after", 1, "prep", "ADP", "after", ""), ("the", 4, "det", "DET", "the", ""),
        ("hearing", 2, "pobj", "NOUN", "hearing", ""), ("in", 4, "prep", "ADP", "in", ""),
        ("March", 5, "pobj", "PROPN", "March", "DATE"), ("that", 9, "mark", "SCONJ", "that", ""),
        ("she", 9, "nsubj", "PRON", "she", ""), ("had", 4, "relcl", "VERB", "have", ""),
        ("“", 11, "punct", "PUNCT", "“", ""), ("doubts", 9, "dobj", "NOUN", "doubt", ""),
        ("”", 11, "punct", "PUNCT", "”", ""), (".", 1, "punct", "PUNCT", ".", "")]
    quote = only(extracted(parsed(pipeline, rows)), "doubts")
    assert quote.text == "she had “doubts”" and quote.cue.text == "said"
    # a relative "that" whose verb leaves its preposition without an object stays a relative clause
    rows[9:] = [("had", 4, "relcl", "VERB", "have", ""), ("to", 9, "prep", "ADP", "to", ""),
                (".", 1, "punct", "PUNCT", ".", "")]
    assert extracted(parsed(pipeline, rows)) == []


def test_a_split_quote_joined_across_a_role_cut_into_subjects(pipeline: Pipeline) -> None:
    text = ("“Our first job is to listen,” says Co-Owner, Priya Nand. “We ask about your family. Then we "
            "plan a menu around it.”")
    quote = only(quotes_of(pipeline, text), "listen")
    assert quote.speaker.name == "Priya Nand"
    assert [part.text for part in quote.parts] == ["Our first job is to listen,",
                                                   "We ask about your family. Then we plan a menu around it."]


def test_it_says_for_the_thing_written_on(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "On the packet, it says the seeds should be sown after the last frost."),
                 "seeds")
    assert quote.speaker.name == "the packet"
    # "it" for the body that issued a statement stays that body
    text = "The union issued a statement. In the statement, it said the strike would go on."
    quote = only(quotes_of(pipeline, text), "strike")
    assert quote.speaker.name == "The union"


def test_they_for_who_just_spoke_rather_than_a_plural_thing(pipeline: Pipeline) -> None:
    # the model types the firm a person, so "they" agrees with no one who spoke
    text = ("Amara Bakery stresses that couples should order early in the season. “A good cake takes "
            "weeks to plan,” they share.")
    quote = only(quotes_of(pipeline, text), "cake")
    assert quote.speaker.name == "Amara Bakery"


def test_a_time_word_before_a_final_attributions_comma_ends_the_claim(pipeline: Pipeline) -> None:
    # the parse hung "today" on the cue: it is still the claim's last word
    doc = parsed(pipeline, [
        ("Old", 1, "amod", "ADJ", "old", ""), ("customs", 3, "nsubjpass", "NOUN", "custom", ""),
        ("are", 3, "auxpass", "AUX", "be", ""), ("kept", 9, "ccomp", "VERB", "keep", ""),
        ("alive", 3, "acomp", "ADJ", "alive", ""), ("in", 3, "prep", "ADP", "in", ""),
        ("villages", 5, "pobj", "NOUN", "village", ""), ("today", 9, "npadvmod", "NOUN", "today", "DATE"),
        (",", 9, "punct", "PUNCT", ",", ""), ("said", 9, "ROOT", "VERB", "say", ""),
        ("Haddad", 9, "nsubj", "PROPN", "Haddad", "PERSON"), (".", 9, "punct", "PUNCT", ".", "")])
    assert [quote.text for quote in extracted(doc)] == ["Old customs are kept alive in villages today"]


def test_a_clause_before_a_final_cue_keeps_a_relative_hung_across_its_last_verb(pipeline: Pipeline) -> None:
    # "which" hangs on "pressures" across "remain" (a crossing arc): the edge of "wait" stops short
    doc = parsed(pipeline, [
        ("Traders", 1, "nsubj", "NOUN", "trader", ""), ("wait", 14, "ccomp", "VERB", "wait", ""),
        ("to", 3, "aux", "PART", "to", ""), ("see", 1, "xcomp", "VERB", "see", ""),
        ("if", 6, "mark", "SCONJ", "if", ""), ("pressures", 6, "nsubj", "NOUN", "pressure", ""),
        ("remain", 3, "advcl", "VERB", "remain", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("which", 10, "nsubj", "PRON", "which", ""), ("would", 10, "aux", "AUX", "would", ""),
        ("ease", 5, "relcl", "VERB", "ease", ""), ("worries", 10, "dobj", "NOUN", "worry", ""),
        (",", 14, "punct", "PUNCT", ",", ""), ("dealers", 14, "nsubj", "NOUN", "dealer", ""),
        ("said", 14, "ROOT", "VERB", "say", ""), (".", 14, "punct", "PUNCT", ".", "")])
    assert [quote.text for quote in extracted(doc)] == [
        "Traders wait to see if pressures remain, which would ease worries"]


def test_the_subject_before_an_appositive_the_parse_took_for_the_cues_object(pipeline: Pipeline) -> None:
    # The weekly said Spain , once Europe 's motor , had become its nightmare .  (the parse: "Spain"
    # the object of "said", "motor" the subject of "become")
    doc = parsed(pipeline, [
        ("The", 1, "det", "DET", "the", ""), ("weekly", 2, "nsubj", "NOUN", "weekly", ""),
        ("said", 2, "ROOT", "VERB", "say", ""), ("Spain", 2, "dobj", "PROPN", "Spain", "GPE"),
        (",", 2, "punct", "PUNCT", ",", ""), ("once", 8, "advmod", "ADV", "once", ""),
        ("Europe", 8, "poss", "PROPN", "Europe", "LOC"), ("'s", 6, "case", "PART", "'s", ""),
        ("motor", 11, "nsubj", "NOUN", "motor", ""), (",", 8, "punct", "PUNCT", ",", ""),
        ("had", 11, "aux", "AUX", "have", ""), ("become", 2, "ccomp", "VERB", "become", ""),
        ("its", 13, "poss", "PRON", "its", ""), ("nightmare", 11, "attr", "NOUN", "nightmare", ""),
        (".", 2, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "Spain, once Europe 's motor, had become its nightmare"
