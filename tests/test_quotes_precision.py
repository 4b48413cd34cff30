"""Statements that are not statements (PolNeAR train false positives), one small invented
text each: the rule's mechanism, never the eval's own sentences."""

from __future__ import annotations

from conftest import quotes_of
from storyline.pipeline import Pipeline


def said(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(pipeline, text)]


def test_a_question_opening_its_sentence_is_put_to_the_subject(pipeline: Pipeline) -> None:
    # "Asked ..., X did Y": the parse made X the subject of "Asked"; X was asked, said nothing
    assert said(pipeline, "Asked what the fund would pay for, Ms. Lindqvist pointed to the new "
                          "clinic.") == []
    # a question after its quote is the asker's
    assert said(pipeline, "\"Will the river flood again?\" asked Ms. Tovar, who has lived by the "
                          "bank for years.") == [("Will the river flood again?", "Tovar")]


def test_finding_oneself_somewhere_is_no_finding(pipeline: Pipeline) -> None:
    assert said(pipeline, "After the vote, the senator found himself defending a bill he had "
                          "opposed.") == []
    assert said(pipeline, "The inspectors found that the dam was leaking.") == [
        ("the dam was leaking", "The inspectors")]


def test_a_quote_in_what_someone_does_is_not_what_they_said(pipeline: Pipeline) -> None:
    for text in ("The port authority is building a \"smart harbour\" on the east bank.",
                 "The festival organisers hosted a \"zero waste\" dinner for the volunteers.",
                 "The senator managed to \"misplace\" the report twice.",
                 "Ms. Diaz would need to \"start over\" if the vote fails.",
                 "The governor was acting as a \"caretaker\" until the election."):
        assert said(pipeline, text) == [], text
    # setting out or waiting to act: the quote is a slogan, a topic or the writer's word
    for text in ("Councillor Ann Roe has launched a review of the town's \"broken\" parking scheme.",
                 "Local activists began a petition for \"fair rents now\" last spring.",
                 "Mr. Okafor said the landlords were waiting. They are just waiting to roll out \"smart "
                 "leases\" that suit them."):
        assert [q for q in said(pipeline, text) if "\"" in q[0]] == [], text
    # "of" after a verb of no saying gives a cause or a matter
    assert said(pipeline, "Ann Roe, a climber from Leeds, died of \"exposure and exhaustion\" on the "
                          "ridge.") == []
    # a verb of judging keeps its quote
    assert said(pipeline, "The mayor blasted the council as \"a bunch of amateurs\" on Tuesday.") == [
        ("the council as \"a bunch of amateurs\"", "The mayor")]


def test_a_belief_given_as_a_motive_is_no_statement(pipeline: Pipeline) -> None:
    for text in ("Councillor Ruth Amadi voted against the plan because she thought it would cost too much.",
                 "Mr. Osei moved to Leeds in 1990 because he believed the job market was better there."):
        assert said(pipeline, text) == [], text
    assert said(pipeline, "Mr. Osei believed the job market was better there.") == [
        ("the job market was better there", "Osei")]


def test_a_view_asked_about_is_no_statement(pipeline: Pipeline) -> None:
    assert said(pipeline, "In an interview on Sunday, Mayor Ruth Amadi was asked what she thought the "
                          "city should do about the flooding.") == []
    # the answer after "When asked why," is said
    assert said(pipeline, "When asked why, Mr. Osei responded in an email: \"The numbers favor us.\"") == [
        ("The numbers favor us.", "Osei")]


def test_a_passive_cue_with_no_one_named_reports_no_statement(pipeline: Pipeline) -> None:
    assert said(pipeline, "Mr. Osei came under fire when it was revealed that he had kept a second "
                          "phone.") == []
    # with its agent the passive names who spoke
    assert said(pipeline, "Turnout was low, the commission was told by its officials.") == [
        ("Turnout was low", "its officials")]


def test_as_while_something_happens_is_no_comment_clause(pipeline: Pipeline) -> None:
    assert said(pipeline, "As Mayor Amadi continues to push the tram plan, the budget keeps growing.") == []
    # "As X said," and "As X told Y," still report the clause after them
    assert said(pipeline, "As Mr. Osei told the Gazette, the mill will not reopen this year.") == [
        ("the mill will not reopen this year", "Osei")]


def test_a_manner_or_a_picture_shows_no_statement(pipeline: Pipeline) -> None:
    # the writer's reading of a tone or a look
    assert said(pipeline, "Yet the look on the coach's face indicated the striker would start on "
                          "Saturday.") == []
    # what a picture depicts, and the words it puts in a drawn mouth
    assert said(pipeline, "The cartoon shows the minister juggling bricks, saying: \"Trust me with "
                          "your house.\"") == []
    # a picture cited as evidence of a fact, and a person's suggestion, stay statements
    assert said(pipeline, "The councillor suggested the bridge would close in May.") == [
        ("the bridge would close in May", "The councillor")]


def test_an_object_shown_or_an_act_to_come_is_no_statement(pipeline: Pipeline) -> None:
    # "shows signs of X" with an apposition read as the speaker
    assert said(pipeline, "Exports rose as the car industry, the region's largest employer, showed "
                          "signs of recovery.") == []
    # an announcement still to come in a time clause: nothing said yet
    assert said(pipeline, "The striker could return once the club announces its plans for the "
                          "cup run.") == []
    # an announcement made is reported
    assert said(pipeline, "On Friday the club announced its plans for the cup run.") == [
        ("its plans for the cup run", "the club")]


def test_what_an_unnamed_many_call_a_thing_is_its_name(pipeline: Pipeline) -> None:
    for text in ("Sales fell during what analysts call \"the great retail slump\".",
                 "The clinic closed at the height of what residents called \"the summer of queues\"."):
        assert said(pipeline, text) == [], text
    # a judgement ("a ...") or a name given by someone named is theirs
    assert said(pipeline, "The mayor attacked what she called \"a reckless land grab\" by the county.") == [
        ("a reckless land grab", "The mayor")]


def test_a_refusal_to_name_or_say_and_a_time_as_clause_say_nothing(pipeline: Pipeline) -> None:
    assert said(pipeline, "The company has refused to confirm the figures or say when the plant would "
                          "reopen.") == []
    assert said(pipeline, "As the flood warnings continued, the regional governor, Ann Roe, told residents "
                          "in the valley that the dam was safe.") == [("the dam was safe", "Ann Roe")]
