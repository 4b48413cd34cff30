"""Statement spans on unseen news (round 8, span8): a reported claim that goes on past its
first clause (a second that-clause under the same cue, a backshifted or unshifted clause of
the speaker's), one that runs into the speaker's next act or the writer's account, and a
name given with "what it calls" taken for a statement. New sentences of the same kind,
through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conftest import quote_texts
from test_quotes_rules import extracted
from storyline.pipeline import Pipeline


@pytest.mark.parametrize("text, said", [
    # a second that-clause after a quoted phrase, or after a fronted claim's attribution
    ('The prosecutor announced that two officers had been charged with "gross misconduct," and that four '
     'others face disciplinary hearings.',
     'two officers had been charged with "gross misconduct," and that four others face disciplinary hearings'),
    ("Ticket sales were only helping the club, said Mr Dawson and that it was likely that next season "
     "prices would fall again.",
     "Ticket sales were only helping the club, said Mr Dawson and that it was likely that next season "
     "prices would fall again"),
    # a past perfect after a claim under "would": backshifted like it
    ("The official told AFP that she would not discuss the case and she had not met the family yet.",
     "she would not discuss the case and she had not met the family yet"),
    # ", while" under "would": the second half of the claim
    ("A report in the local paper claimed the director has been asked to run the festival, while her deputy "
     "would take charge of the budget.",
     "the director has been asked to run the festival, while her deputy would take charge of the budget"),
    # a state in the present after a past cue: the speaker's, unshifted
    ("Smith, who won silver at the 2004 Games in Athens, said he was shocked by the burglary, and isn't sure "
     "he wants to stay in the city.",
     "he was shocked by the burglary, and isn't sure he wants to stay in the city"),
    ("The minister said she was surprised by the vote, and is confident the bill will pass.",
     "she was surprised by the vote, and is confident the bill will pass"),
])
def test_the_claims_second_part_stays_in(pipeline: Pipeline, text: str, said: str) -> None:
    texts = quote_texts(pipeline, text)
    assert said in texts, texts


@pytest.mark.parametrize("text, said", [
    # an act of rejecting after a state: the speaker's next act
    ("The senator has often said the governor was vital to the party and dismissed talk of a split.",
     "the governor was vital to the party"),
    # a past perfect with no subject after a claim in the present: the writer's account
    ("The union says the new rosters are unfair, and had appealed to the labour court.",
     "the new rosters are unfair"),
])
def test_the_claim_ends_before_the_speakers_next_act(pipeline: Pipeline, text: str, said: str) -> None:
    texts = quote_texts(pipeline, text)
    assert said in texts, texts


def test_what_it_calls_is_a_name_not_a_statement(pipeline: Pipeline) -> None:
    texts = quote_texts(pipeline, "In its newest version, the firm has added what it calls smart playlists.")
    assert not any("calls" in t for t in texts), texts




# A hand-made parse (word, head, dependency, part of speech, tag, lemma), for a shape the
# parser gives only in some contexts; the word at ``person`` a person's name.
Row = tuple[str, int, str, str, str, str]


def _parsed(pipeline: Pipeline, rows: list[Row], person: int | None = None) -> Doc:
    words = [row[0] for row in rows]
    spaces = [not (word == "“" or (index + 1 < len(words) and words[index + 1] in (",", ".", "”")))
              for index, word in enumerate(words)]
    spaces[-1] = False
    return Doc(pipeline.nlp.vocab, words=words, spaces=spaces, heads=[row[1] for row in rows],
               deps=[row[2] for row in rows], pos=[row[3] for row in rows], tags=[row[4] for row in rows],
               lemmas=[row[5] for row in rows], ents=["B-PERSON" if index == person else "O" for index in range(len(rows))],
               sent_starts=[index == 0 for index in range(len(rows))])


def test_another_speakers_statement_joined_to_the_claim_ends_it(pipeline: Pipeline) -> None:
    # Mills has always insisted the fee was theft but league officials argued they were applying the rules .
    # (the parse joined "argued" to the claim's "was", as it does in some contexts)
    doc = _parsed(pipeline, [
        ("Mills", 3, "nsubj", "PROPN", "NNP", "Mills"), ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("always", 3, "advmod", "ADV", "RB", "always"), ("insisted", 3, "ROOT", "VERB", "VBN", "insist"),
        ("the", 5, "det", "DET", "DT", "the"), ("fee", 6, "nsubj", "NOUN", "NN", "fee"),
        ("was", 3, "ccomp", "AUX", "VBD", "be"), ("theft", 6, "attr", "NOUN", "NN", "theft"),
        ("but", 6, "cc", "CCONJ", "CC", "but"), ("league", 10, "compound", "NOUN", "NN", "league"),
        ("officials", 11, "nsubj", "NOUN", "NNS", "official"), ("argued", 6, "conj", "VERB", "VBD", "argue"),
        ("they", 14, "nsubj", "PRON", "PRP", "they"), ("were", 14, "aux", "AUX", "VBD", "be"),
        ("applying", 11, "ccomp", "VERB", "VBG", "apply"), ("the", 16, "det", "DET", "DT", "the"),
        ("rules", 14, "dobj", "NOUN", "NNS", "rule"), (".", 3, "punct", "PUNCT", ".", ".")], person=0)
    texts = [quote.text for quote in extracted(doc)]
    assert "the fee was theft" in texts, texts
    assert "they were applying the rules" in texts, texts


def test_a_name_given_in_a_relative_clause_is_no_statement(pipeline: Pipeline) -> None:
    # Police believe five men are hiding in a cabin they call their “fortress” on the edge of the forest .
    # (the parse hung "call" on "believe" as a second clause)
    doc = _parsed(pipeline, [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("believe", 1, "ROOT", "VERB", "VBP", "believe"),
        ("five", 3, "nummod", "NUM", "CD", "five"), ("men", 5, "nsubj", "NOUN", "NNS", "man"),
        ("are", 5, "aux", "AUX", "VBP", "be"), ("hiding", 1, "ccomp", "VERB", "VBG", "hide"),
        ("in", 5, "prep", "ADP", "IN", "in"), ("a", 8, "det", "DET", "DT", "a"),
        ("cabin", 6, "pobj", "NOUN", "NN", "cabin"), ("they", 10, "nsubj", "PRON", "PRP", "they"),
        ("call", 1, "ccomp", "VERB", "VBP", "call"), ("their", 13, "poss", "PRON", "PRP$", "their"),
        ("“", 13, "punct", "PUNCT", "``", "“"), ("fortress", 10, "dobj", "NOUN", "NN", "fortress"),
        ("”", 13, "punct", "PUNCT", "''", "”"), ("on", 10, "prep", "ADP", "IN", "on"),
        ("the", 17, "det", "DET", "DT", "the"), ("edge", 15, "pobj", "NOUN", "NN", "edge"),
        ("of", 17, "prep", "ADP", "IN", "of"), ("the", 20, "det", "DET", "DT", "the"),
        ("forest", 18, "pobj", "NOUN", "NN", "forest"), (".", 1, "punct", "PUNCT", ".", ".")])
    texts = [quote.text for quote in extracted(doc)]
    assert texts == ["five men are hiding in a cabin they call their “fortress” on the edge of the forest"], texts


def test_according_to_closing_a_chain_of_clauses_covers_the_first(pipeline: Pipeline) -> None:
    # Acrobats have made tours to perform stunts , drawing big crowds , according to Li .
    # (the parse hung the phrase on "drawing", which hangs on "perform", which hangs on "made")
    doc = _parsed(pipeline, [
        ("Acrobats", 2, "nsubj", "NOUN", "NNS", "acrobat"), ("have", 2, "aux", "AUX", "VBP", "have"),
        ("made", 2, "ROOT", "VERB", "VBN", "make"), ("tours", 2, "dobj", "NOUN", "NNS", "tour"),
        ("to", 5, "aux", "PART", "TO", "to"), ("perform", 2, "advcl", "VERB", "VB", "perform"),
        ("stunts", 5, "dobj", "NOUN", "NNS", "stunt"), (",", 5, "punct", "PUNCT", ",", ","),
        ("drawing", 5, "advcl", "VERB", "VBG", "draw"), ("big", 10, "amod", "ADJ", "JJ", "big"),
        ("crowds", 8, "dobj", "NOUN", "NNS", "crowd"), (",", 8, "punct", "PUNCT", ",", ","),
        ("according", 8, "prep", "VERB", "VBG", "accord"), ("to", 12, "prep", "ADP", "IN", "to"),
        ("Li", 13, "pobj", "PROPN", "NNP", "Li"), (".", 2, "punct", "PUNCT", ".", ".")], person=14)
    texts = [quote.text for quote in extracted(doc)]
    assert texts == ["Acrobats have made tours to perform stunts, drawing big crowds"], texts


def test_a_subject_split_at_its_hyphen_stays_in_the_claim(pipeline: Pipeline) -> None:
    # the tokenizer splits "e-mails" and the parse hangs each piece on "said"
    texts = quote_texts(pipeline, "Anna Berg, a spokeswoman for the bank, said it had alerted the police. She said "
                                  "the fake e-mails directing customers to the page started arriving on Monday.")
    assert "the fake e-mails directing customers to the page started arriving on Monday" in texts, texts


def test_a_time_clause_right_after_a_finding_is_part_of_it(pipeline: Pipeline) -> None:
    # Audits show workers continued production even after managers ordered a halt .
    # (the parse made "continued" an adjective of the object and hung the time clause on "show")
    doc = _parsed(pipeline, [
        ("Audits", 1, "nsubj", "NOUN", "NNS", "audit"), ("show", 1, "ROOT", "VERB", "VBP", "show"),
        ("workers", 3, "nsubj", "NOUN", "NNS", "worker"), ("continued", 4, "amod", "VERB", "VBD", "continue"),
        ("production", 1, "dobj", "NOUN", "NN", "production"), ("even", 8, "advmod", "ADV", "RB", "even"),
        ("after", 8, "mark", "SCONJ", "IN", "after"), ("managers", 8, "nsubj", "NOUN", "NNS", "manager"),
        ("ordered", 1, "advcl", "VERB", "VBD", "order"), ("a", 10, "det", "DET", "DT", "a"),
        ("halt", 8, "dobj", "NOUN", "NN", "halt"), (".", 1, "punct", "PUNCT", ".", ".")])
    texts = [quote.text for quote in extracted(doc)]
    assert texts == ["workers continued production even after managers ordered a halt"], texts
