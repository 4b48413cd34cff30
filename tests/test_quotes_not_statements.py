"""What is no one's statement though it reads like one (issue 15, helper ns5): a block of
unnamed readers' comments closing a report, and verbs that say nothing read as cues. New
sentences of the kinds found in the news corpus, through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from storyline.pipeline import Pipeline

_REPORT = (
    "The county council will close three libraries in March, its leader has announced.\n\n"
    "Councillor Ann Roe said the branches had lost half their visitors since 2015. "
    "\"We cannot keep paying for empty buildings,\" she said.\n\n"
    "The Friends of Marsh Lane Library said the closures would hurt older readers most. "
    "Its chairman, Tom Reed, said: \"People come here for the heating as much as the books.\"\n\n"
    "The council says the mobile library will visit each village twice a week.\n\n")
_COMMENTS = (
    "I think the council has no choice. Nobody I know has borrowed a book in years.\n\n"
    "This is a disgrace. I used that library every week as a child and my children still do.\n\n"
    "Why not sell the buildings and put the money into the schools?\n\n"
    "I believe a library is the heart of a village, and once it goes it never comes back.\n\n"
    "I hope the council will think again before the March vote.\n\n")


def test_a_block_of_unnamed_readers_comments_is_no_ones_statement(pipeline: Pipeline) -> None:
    text = _REPORT + _COMMENTS
    quotes = quotes_of(pipeline, text)
    comments = text.index("I think the council")
    assert [q for q in quotes if q.start >= comments] == []
    # the report before the block keeps its statements, speakers and all
    speakers = {q.speaker.name for q in quotes if q.speaker is not None}
    assert any(name.endswith("Ann Roe") for name in speakers) and "Tom Reed" in speakers
    assert any("empty buildings" in q.text for q in quotes)


def test_a_speaker_quoted_at_length_at_the_end_keeps_their_words(pipeline: Pipeline) -> None:
    # first-person paragraphs inside quotation marks continue a named speaker: no comments
    text = _REPORT + (
        "Mr Reed said he would fight the plan.\n\n"
        "\"I have lived in this village for forty years and I have never seen it so angry.\n\n"
        "\"I will stand outside the town hall every day until the vote, and my neighbours will stand with me.\n\n"
        "\"I am not asking for much. I am asking them to keep the doors open two days a week.\n\n"
        "\"I know they can find the money if they want to,\" he said.\n\n")
    quotes = quotes_of(pipeline, text)
    late = [q for q in quotes if q.start >= text.index("I have lived")]
    assert late and all(q.speaker is not None and q.speaker.name == "Tom Reed" for q in late)


def test_a_writer_who_speaks_in_the_first_person_throughout_is_no_comment_block(pipeline: Pipeline) -> None:
    # an essay: its writer says "I" before the end too, so its end is theirs, not readers'
    text = ("I have taught in the same school for twenty years.\n\n"
            "The government says class sizes are falling. The figures tell another story.\n\n"
            "The minister, Ann Roe, told MPs last week that every child would have a qualified teacher.\n\n"
            "Last term I taught 34 pupils in a room built for 25.\n\n"
            "I think the minister should visit my classroom before she makes another promise.\n\n"
            "I believe she would see the problem for herself in a single morning.\n\n"
            "I hope she comes soon.\n\n")
    quotes = quotes_of(pipeline, text)
    assert any(q.speaker is not None and q.speaker.name == "Ann Roe" for q in quotes)
    assert any("see the problem" in q.text for q in quotes)


def test_a_statement_introduced_by_a_colon_is_no_comment_block(pipeline: Pipeline) -> None:
    # a statement printed without quotation marks after "X said:" is the speaker's
    text = _REPORT + (
        "In a statement, the library's founder, Mary Hale, said:\n\n"
        "I opened this library in 1962 with two hundred books from my own shelves.\n\n"
        "I believe it has given this village more than any road or car park ever will.\n\n"
        "I ask the council to remember that.\n\n"
        "I will be at the meeting on Monday.\n\n")
    quotes = quotes_of(pipeline, text)
    assert any("more than any road" in q.text for q in quotes)


@pytest.mark.parametrize("text, word", [
    # a verb of enabling or allowing quotes no one ("enables X “to ...”")
    ('Roe\'s foundation enables young refugees "to find their feet in a strange country".', "find their feet"),
    # a verb of steering: its "to" phrase is where a thing goes, not words
    ('Ann Roe warned the budget, directing all new money to "a few favoured suburbs", would deepen the divide.',
     "favoured suburbs"),
    ('The senator sent the bill to what she called "the graveyard of good ideas".', "the bill"),
    # a participle of a noun the parse made the sentence's verb ("the state declared in 1983 is ...")
    ("The breakaway province declared in 2008 is recognised by few countries.", "recognised"),
    ("The province declared in 2008 has its own flag and anthem.", "flag"),
    # "agreed to" a thing is consent, an act; the clause the parse hung on it is someone else's
    ("The governor agreed to the visit after pressure from the Republican- led House, which is highly "
     "supportive of the exiled leader and often charges the governor's handling of China is weak- kneed.",
     "highly supportive"),
])
def test_a_verb_that_says_nothing_is_no_cue(pipeline: Pipeline, text: str, word: str) -> None:
    quotes = quotes_of(pipeline, text)
    # (a real cue around it may report the words: "Ann Roe warned the budget, directing ..., would ...")
    assert not any(word in q.text for q in quotes if q.cue is not None and q.cue.text.lower()
                   not in ("said", "says", "warned", "called"))


@pytest.mark.parametrize("text, content, verb", [
    ('The judge directed the jury to "ignore what the witness said about the car".', "ignore what", "directed"),
    ("To varying degrees, the economists agreed that the plan would raise taxes on the rich.",
     "the plan would raise taxes", "agreed"),
    ("The union agreed that the new timetable was fair.", "the new timetable was fair", "agreed"),
    ("The party founded in 2002 said it would stand in every seat.", "it would stand", "said"),
    ('The minister said the new fund enables small farmers "to compete with the big estates on price".',
     "the new fund enables", "said"),
])
def test_directives_agreements_and_sayings_stay_cues(pipeline: Pipeline, text: str, content: str, verb: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert any(content in q.text and q.cue is not None and q.cue.text == verb for q in quotes), quotes
