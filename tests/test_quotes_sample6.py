"""Quote rules from the sixth news sample's errors (issue 15), each tested on new sentences
of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import quotes_of
from storyline.pipeline import Pipeline


def _said(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(pipeline, text)]


def test_a_claim_goes_on_past_the_closing_mark_of_its_quoted_phrase(pipeline: Pipeline) -> None:
    # the parse splits the clause at the closing mark: the rest is the same claim
    assert ('it was "high time" the wall was rebuilt by a "team that knows the sea"', "Varga") in _said(
        pipeline, 'Ms Varga criticised the council for ignoring the "slow disaster" of the harbour wall, '
        'saying it was "high time" the wall was rebuilt by a "team that knows the sea".')
    # the noun the quoted words modify
    assert _said(pipeline, 'The opposition called it a "spend now, pay later" plan.') == [
        ('it a "spend now, pay later" plan', "The opposition")]
    # a contrast that goes with the quoted phrase
    assert _said(pipeline, 'Green Party leader Ann Roe attacked the plans for students saying they needed '
                 '"lower rents and the right to work while they study," not "cheaper bus passes".') == [
        ('they needed "lower rents and the right to work while they study," not "cheaper bus passes"',
         "Ann Roe")]


def test_a_name_that_reads_as_a_command_is_the_speaker(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, "The charity opened two new shops last year. Save the Children said it would "
                       "not close any of its clinics but would move staff to the border camps.")
    assert [q.text for q in quotes] == [
        "it would not close any of its clinics but would move staff to the border camps"]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention.text == "Save the Children"


def test_a_full_stop_typed_for_a_colon_after_a_bare_cue_still_introduces_the_quote(pipeline: Pipeline) -> None:
    assert _said(pipeline, 'Defence minister Ann Roe spoke for an hour at the dockyard. She said. '
                 '"Ships have to be paid for. Hard choices are coming in defence."') == [
        ("Ships have to be paid for. Hard choices are coming in defence.", "Ann Roe")]
    # a cue that reports something of its own does not reach over its full stop
    assert ("The ships are late.", "Ann Roe") not in [
        (q.text, q.speaker.name if q.speaker else None) for q in quotes_of(
            pipeline, 'Ann Roe said she was tired. "The ships are late."') if q.cue and q.cue.text == "said"]


def test_an_infinitive_cue_in_a_frame_of_saying_is_a_statement(pipeline: Pipeline) -> None:
    # an occasion of speech used to say something
    assert _said(pipeline, "On the eve of the vote, Ms Varga used an interview to say her party would not "
                 "join any coalition.") == [("her party would not join any coalition", "Varga")]
    # those prompted to say it speak, not what prompted them
    assert _said(pipeline, "The closure of the clinic prompted local doctors to say patients would have to "
                 "travel two hours for care.") == [
        ("patients would have to travel two hours for care", "local doctors")]
    # "careful to stress", its clause hung on the copula by the parse
    assert _said(pipeline, "The sheriff praised the volunteers, but was careful to stress he did not want "
                 "people wading into the flood.") == [
        ("he did not want people wading into the flood", "The sheriff")]
    # an infinitive of refusal or intent still says nothing
    assert _said(pipeline, "The sheriff declined to say whether the dam would hold.") == []


def test_a_hope_or_a_regret_stated_with_a_that_clause_is_a_view(pipeline: Pipeline) -> None:
    assert ("the new pumps would be installed before the next storm", "Tom Hale") in _said(
        pipeline, "Union leader Tom Hale visited the flooded depot on Monday. He hoped that the new pumps "
        "would be installed before the next storm.")
    assert ("progress in primary schools has not been matched in secondary education", "Ann Roe") in _said(
        pipeline, '"Primary schools are full," explained Ann Roe, the bank\'s chief economist. She regretted '
        "that progress in primary schools has not been matched in secondary education.")
    # a regret of a thing is no statement
    assert _said(pipeline, "Tom Hale regretted the decision to close the port.") == []


def test_verbs_and_clauses_that_report_nothing(pipeline: Pipeline) -> None:
    # a name in quotation marks after a verb of succession
    assert _said(pipeline, 'Rahman succeeded rebel commander "Abu Tariq," who was killed last year.') == []
    # a time clause the parse made the sentence: its "content" is the main clause
    assert _said(pipeline, "And ten years after Estonia declared independence from the Soviet Union, a new "
                 "chapter in the history of the Baltic is to be opened on Friday.") == []
    assert _said(pipeline, "Two years after the port was sold, and ten years after Estonia declared independence "
                 "from the Soviet Union, a new chapter in the history of the Baltic is to be opened on Friday.") == []
    # a time clause with its own cue and a main clause after it still reports
    assert ("the plan was dead", "Ann Roe") in _said(
        pipeline, "After Ann Roe said the plan was dead, shares in the company fell.")
    # a bare infinitive still under "declined to"
    assert _said(pipeline, "The officers have named the suspects but have declined to give their ages or "
                 "say whether they were armed.") == []


def test_whom_someone_tells_stays_out_of_what_was_said(pipeline: Pipeline) -> None:
    assert _said(pipeline, "The mayor told councillors bus fares would fall by a fifth in the spring.") == [
        ("bus fares would fall by a fifth in the spring", "The mayor")]
    assert _said(pipeline, "Ms Varga told MEPs fishing quotas would be cut again next year.") == [
        ("fishing quotas would be cut again next year", "Varga")]


def test_a_challenge_to_do_something_is_a_directive(pipeline: Pipeline) -> None:
    assert _said(pipeline, "Ms Varga challenged the regulator to publish its figures before the vote.") == [
        ("the regulator to publish its figures before the vote", "Varga")]
    assert _said(pipeline, "Ms Varga challenged the theory in her speech.") == []


def test_what_a_speaker_calls_a_thing_is_their_judgement(pipeline: Pipeline) -> None:
    assert _said(pipeline, "Ann Roe, of the Green Party, called it a plan for the rich.") == [
        ("it a plan for the rich", "Ann Roe")]
    assert _said(pipeline, "The mayor called the stadium deal a gift to developers.") == [
        ("the stadium deal a gift to developers", "The mayor")]
    # a name given, an idiom
    assert _said(pipeline, "His friends called him Bud.") == []
    assert _said(pipeline, "After ten hours the crew called it a day.") == []


def test_a_quote_a_speaker_was_due_to_say_is_theirs(pipeline: Pipeline) -> None:
    quotes = quotes_of(pipeline, 'Ann Roe will open the bridge in Leeds on Monday. "This crossing will cut an hour '
                       'off every journey to the coast," she was due to say.')
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in quotes] == [
        ("This crossing will cut an hour off every journey to the coast,", "Ann Roe", "was due to say")]


def test_a_cue_the_tagger_took_for_a_noun_after_and_speaks_for_the_subject(pipeline: Pipeline) -> None:
    assert _said(pipeline, "Tom Hale signed Roe to his small Bright Lane label and claims he spent thousands of "
                 "pounds recording her first album.") == [
        ("he spent thousands of pounds recording her first album", "Tom Hale")]


def test_advice_or_a_warning_to_do_something_is_a_directive(pipeline: Pipeline) -> None:
    assert ("households and shops to store enough water for two days", "The water board") in _said(
        pipeline, "The water board said supply would be cut on Friday. It also advised households and shops "
        "to store enough water for two days.")
    assert _said(pipeline, "Ann Roe warned drivers not to take the coast road after dark.") == [
        ("drivers not to take the coast road after dark", "Ann Roe")]


def test_what_goes_on_meanwhile_is_no_comment_clause(pipeline: Pipeline) -> None:
    assert _said(pipeline, "As the protests continued, the mayor closed the main square to traffic.") == []


def test_a_warning_to_do_something_hung_as_a_purpose_is_a_directive(pipeline: Pipeline) -> None:
    assert _said(pipeline, "As the floods spread, Ireland's Transport Minister, Ann Roe, warned the country's "
                 "hauliers and bus firms to keep off the coast roads.") == [
        ("the country's hauliers and bus firms to keep off the coast roads", "Ann Roe")]


def test_a_fronted_participle_of_a_view_speaks_for_the_subject_after_it(pipeline: Pipeline) -> None:
    assert ("the deal as a turning point", "Ann Roe") in _said(
        pipeline, "Describing the deal as a turning point, Ann Roe said the port would hire 300 workers.")


def test_a_clause_the_parse_read_as_the_object_of_said_is_what_was_said(pipeline: Pipeline) -> None:
    # "the public needed assurance": the verb taken for an adjective of "assurance"
    assert _said(pipeline, "Plaid leader Ann Roe said the public needed assurance that the water supply "
                 "was safe.") == [("the public needed assurance that the water supply was safe", "Ann Roe")]
