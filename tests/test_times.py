"""Time expressions: TIMEX3 types and values against the publication date, the seeds' gold
values, and statement dates."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from conftest import DATA, load_jsonl
from storyline.clean import clean_document
from storyline.extract import ExtractorSelectionError
from storyline.extract.quotes.dates import date_statements
from storyline.extract.timex import tag
from storyline.extract.timex.calendar import value_end, value_start
from storyline.model import Article, Quote, RawDocument, Span, TimeExpression
from storyline.nlp import load_model
from storyline.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_model(needs=frozenset({"tagger", "parser", "ner", "lemmatizer"}))


def times_of(nlp, text: str, published: str | None) -> dict[str, tuple[str, str | None]]:
    anchor = date.fromisoformat(published) if published else None
    found = tag(text, nlp(text), anchor)
    for time in found:
        assert text[time.start:time.end] == time.text
    return {time.text: (time.type, time.value) for time in found}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # weekdays go the way of their clause: a future "will host" forward, a past "said" back
    ("France will host talks on Tuesday, a source said on Thursday.", "2025-03-06",
     {"Tuesday": ("DATE", "2025-03-11"), "Thursday": ("DATE", "2025-03-06")}),
    ("Macron, in an address to the nation Wednesday, again said troops could be sent.", "2025-03-06",
     {"Wednesday": ("DATE", "2025-03-05")}),
    ("On Monday evening, during a press conference, Macron said France aims to reach a deal.",
     "2025-02-25", {"Monday evening": ("DATE", "2025-02-24")}),
    ("The leaders plan to meet on Friday.", "2025-03-04", {"Friday": ("DATE", "2025-03-07")}),
    ("Putin met Trump in Alaska last month and will meet him again next year.", "2025-09-04",
     {"last month": ("DATE", "2025-08"), "next year": ("DATE", "2026")}),
    ("A meeting will take place as early as next week.", "2025-03-06", {"next week": ("DATE", "2025-W11")}),
    ("The EU set a target of ending imports by the end of 2027.", "2025-09-04",
     {"the end of 2027": ("DATE", "2027")}),
    ("The conflict began a decade ago and earlier this year it flared.", "2025-02-24",
     {"a decade ago": ("DATE", "2015"), "earlier this year": ("DATE", "2025")}),
    ("Support will be finalised in the coming days, after talks lasting three days.", "2025-09-04",
     {"the coming days": ("DURATION", "PXD"), "three days": ("DURATION", "P3D")}),
    ("Profit rose in the third quarter of 1989, and fiscal 1990 looks better.", "1989-11-02",
     {"the third quarter of 1989": ("DATE", "1989-Q3"), "fiscal 1990": ("DATE", "1990")}),
    ("The company reported third-quarter results; a year earlier it lost money.", "1989-11-02",
     {"third-quarter": ("DATE", "1989-Q3"), "a year earlier": ("DATE", "1988-Q3")}),
    ("The deal was signed on March 5, 2024, and talks resume on June 3.", "2025-05-20",
     {"March 5, 2024": ("DATE", "2024-03-05"), "June 3": ("DATE", "2025-06-03")}),
    ("Prices are published daily and the board meets every Monday at 10:30 a.m.", "2025-05-20",
     {"daily": ("SET", "P1D"), "every Monday": ("SET", "XXXX-WXX-1"), "10:30 a.m.": ("TIME", "2025-05-20T10:30")}),
    ("Now the pressure is higher than in the past.", "2025-05-20",
     {"Now": ("DATE", "PRESENT_REF"), "the past": ("DATE", "PAST_REF")}),
    ("Markets fell yesterday and the vote is tomorrow morning.", "2025-05-20",
     {"yesterday": ("DATE", "2025-05-19"), "tomorrow morning": ("TIME", "2025-05-21TMO")}),
    ("Trade grew strongly in the 1990s and in early December.", "2000-01-15",
     {"the 1990s": ("DATE", "199"), "early December": ("DATE", "1999-12")}),
])
def test_values(nlp, text: str, published: str, expected: dict) -> None:
    found = times_of(nlp, text, published)
    for words, typed_value in expected.items():
        assert found.get(words) == typed_value, (words, found)


@pytest.mark.parametrize(("text", "expected"), [
    # a clock time without a day of its own is on the day its sentence names
    ("On Oct. 2, firefighters were called at 9:40 p.m. to the mill.",
     {"Oct. 2": ("DATE", "2024-10-02"), "9:40 p.m.": ("TIME", "2024-10-02T21:40")}),
    # ... or on the day its paragraph named in an earlier sentence, not the day of writing
    ("The mill burned on Oct. 2. Crews arrived at 6:20 a.m., after two hours.\nAt 9 a.m. the road reopened.",
     {"Oct. 2": ("DATE", "2024-10-02"), "6:20 a.m.": ("TIME", "2024-10-02T06:20"), "two hours": ("DURATION", "PT2H"),
      "9 a.m.": ("TIME", "2024-10-12T09:00")}),
    # "after midnight on" a day is the start of that day, not its end
    ("The crash happened just after midnight on Oct. 5 near the bridge.",
     {"just after midnight on Oct. 5": ("TIME", "2024-10-05T00:00")}),
    ("The polls closed at midnight on Oct. 5.", {"midnight on Oct. 5": ("TIME", "2024-10-05T24:00")}),
    # a weekday that restates the date before it is that date
    ("The trial opened on Sept. 30, a Monday, in Leeds.",
     {"Sept. 30": ("DATE", "2024-09-30"), "Monday": ("DATE", "2024-09-30")}),
    # a bare year that titles a work is no time
    ("Critics praised the novel 1984 and the documentary 2030 at the festival.", {}),
    # "until", "as early as" point ahead whatever the clause's tense
    ("The council postponed the vote until Tuesday, and the mayor could sign it as early as "
     "9 a.m. Thursday.", {"Tuesday": ("DATE", "2024-10-15"), "9 a.m. Thursday": ("TIME", "2024-10-17T09:00")}),
])
def test_times_read_with_their_neighbours(nlp, text: str, expected: dict) -> None:
    assert times_of(nlp, text, "2024-10-12") == expected


def test_a_holiday_without_a_year_is_the_one_its_clause_points_to(nlp) -> None:
    assert times_of(nlp, "The family gathered on Thanksgiving Day.", "2025-02-20") == {
        "Thanksgiving Day": ("DATE", "2024-11-28")}
    assert times_of(nlp, "The family will gather on Thanksgiving Day.", "2025-02-20") == {
        "Thanksgiving Day": ("DATE", "2025-11-27")}


def test_reported_periods_and_second_days(nlp) -> None:
    text = ("Profit rose in the third quarter, up from last year's quarter and from the same period last year. "
            "The summit will be on May 14 and 15, before Election Day, and 3 and 4 people left.")
    assert times_of(nlp, text, "2024-10-12") == {
        "the third quarter": ("DATE", "2024-Q3"), "last year's quarter": ("DATE", "2023-Q3"),
        "the same period last year": ("DATE", "2023-Q3"), "May 14": ("DATE", "2025-05-14"), "15": ("DATE", "2025-05-15"),
        "Election Day": ("DATE", "2024-11-05")}


def test_a_capitalised_century_is_still_the_century(nlp) -> None:
    assert times_of(nlp, "The museum bought a 19th Century painting.", "2024-10-12") == {
        "19th Century": ("DATE", "18")}


def test_titles_and_names_that_hold_time_words_are_no_times(nlp) -> None:
    text = ("She told CBS's \"60 Minutes\" and ABC's \"This Week\" about the film High Noon, the \"March of the "
            "Mothers\" and the quarter-century record; they will meet on Thanksgiving Day.")
    assert times_of(nlp, text, "2024-10-12") == {"Thanksgiving Day": ("DATE", "2024-11-28")}


def test_words_that_only_look_like_times_are_left_alone(nlp) -> None:
    text = "We may march on. Wed to the idea, 2000 troops and a 6-year-old boy left, as we said."
    assert times_of(nlp, text, "2025-05-20") == {}


def test_without_a_publication_date_relative_values_are_null(nlp) -> None:
    found = times_of(nlp, "Talks resume on Tuesday, as agreed in February 2022.", None)
    assert found == {"Tuesday": ("DATE", None), "February 2022": ("DATE", "2022-02")}


def test_calendar_bounds_of_values() -> None:
    assert value_start("2025-W11") == date(2025, 3, 10) and value_end("2025-W11") == date(2025, 3, 16)
    assert value_start("1989-Q3") == date(1989, 7, 1) and value_end("1989-Q3") == date(1989, 9, 30)
    assert value_end("199") == date(1999, 12, 31)
    assert value_start("P3D") is None and value_start("PRESENT_REF") is None and value_start(None) is None


def test_seed_gold_values(seed_articles: dict[str, Article]) -> None:
    """Every line of the seeds' time gold, with the sidecar's dates: a time inside the gold
    context has a gold value. The context is looked for in the text, then in the captions
    (kept out of the text as metadata, with times of their own)."""
    for gold in load_jsonl(DATA / "gold" / "seed-times.jsonl"):
        article = seed_articles[gold["doc"]]
        places = [(article.text, article.times)] + [(c.text, c.times) for c in article.captions]
        found = (_times_within(text, times, gold["context"]) for text, times in places)
        inside = next((times for times in found if times is not None), None)
        assert inside and inside[0].value in gold["values"], (gold, inside)


def _times_within(text: str, times: list[TimeExpression], context: str) -> list[TimeExpression] | None:
    """The times overlapping ``context`` in ``text``; None when ``text`` does not hold it."""
    at = text.find(context)
    if at < 0:
        return None
    return [time for time in times if time.start < at + len(context) and time.end > at]


def test_caption_times_in_the_record() -> None:
    """A caption keeps its credit and its own times, resolved against the publication date
    with offsets into the caption; they are not the article's times."""
    text = ("Leaders Agree On New Deal\n\nThe leaders agreed a deal, officials said on Thursday.\n\n"
            "The leaders arrive in Geneva yesterday. Photo: Reuters\n")
    article = Pipeline(extractors=("times",)).process_text(text, published="2025-03-06")
    record = article.to_record()
    assert list(record).index("captions") == list(record).index("times") + 1
    assert record["captions"] == [{
        "text": "The leaders arrive in Geneva yesterday. Photo: Reuters", "credit": "Reuters",
        "times": [{"text": "yesterday", "start": 29, "end": 38, "type": "DATE", "value": "2025-03-05"}],
    }]
    assert [time.text for time in article.times] == ["Thursday"]


def test_seed_statement_dates(seed_articles: dict[str, Article]) -> None:
    quotes = [quote for article in seed_articles.values() for quote in article.quotes]

    def dated(beginning: str) -> set[tuple[str, str]]:
        return {(q.date, q.date_from) for q in quotes if q.text.startswith(beginning)}

    assert dated("France aims to reach") == {("2025-02-24", "text")}  # "On Monday evening ..."
    assert dated("European troops could") == {("2025-03-05", "text")}  # "an address ... Wednesday"
    for article in seed_articles.values():
        for quote in article.quotes:
            assert quote.date_from in ("text", "published")
            if quote.date_from == "published":
                assert quote.date == article.published


def _article(nlp, text: str, published: str | None, quoted: str, cue: str) -> Article:
    """An article with one hand-placed quote, dated as the times extractor does."""
    article = Article(doc="t", id="t", text=text, published=published)
    start = text.index(quoted)
    cue_at = text.index(cue)
    article.quotes = [Quote("q1", quoted, start, start + len(quoted), "indirect",
                            cue=Span(cue_at, cue_at + len(cue), cue))]
    doc = nlp(text)
    article.times = tag(text, doc, date.fromisoformat(published) if published else None)
    date_statements(article, doc)
    return article


def test_statement_date_from_the_sentence_not_from_the_quote(nlp) -> None:
    text = "On Monday evening, Macron said that talks would start next week.\n\nHe also spoke of peace."
    article = _article(nlp, text, "2025-02-25", "talks would start next week", "said")
    quote = article.quotes[0]
    assert (quote.date, quote.date_from) == ("2025-02-24", "text")
    assert quote.date_at is not None and text[quote.date_at.start:quote.date_at.end] == "Monday evening"
    (record,) = article.to_record()["quotes"]
    assert (record["date"], record["date_from"], record["date_at"]) == (
        "2025-02-24", "text", {"start": quote.date_at.start, "end": quote.date_at.end})


@pytest.mark.parametrize(("text", "quoted", "cue", "expected"), [
    # a date that modifies the cue, directly or through an occasion of speech
    ("The coach told reporters on Thursday that the squad was tired.", "the squad was tired", "told",
     ("2025-03-06", "text")),
    ("In a radio interview on Tuesday, the mayor said that fares would rise.", "fares would rise", "said",
     ("2025-03-04", "text")),
    ("Speaking on Monday, the governor said that the roads were safe.", "the roads were safe", "said",
     ("2025-03-03", "text")),
    # a date that modifies something else in the sentence does not date the saying
    ("The senator, who was the 2016 party nominee, said that taxes would fall.", "taxes would fall", "said",
     ("2025-03-07", "published")),
    ("The manager said the fire on Monday had destroyed the warehouse.", "the fire on Monday had destroyed",
     "said", ("2025-03-07", "published")),
    ("Officials said that the floods of 2019 were worse.", "the floods of 2019 were worse", "said",
     ("2025-03-07", "published")),
])
def test_a_date_dates_a_statement_only_when_it_modifies_the_speech_event(nlp, text, quoted, cue,
                                                                         expected) -> None:
    quote = _article(nlp, text, "2025-03-07", quoted, cue).quotes[0]
    assert (quote.date, quote.date_from) == expected


def test_a_paragraph_date_dates_a_statement_only_from_a_speech_event(nlp) -> None:
    spoke = "On Wednesday the minister spoke to farmers. She said that prices would hold."
    quote = _article(nlp, spoke, "2025-03-07", "prices would hold", "said").quotes[0]
    assert (quote.date, quote.date_from) == ("2025-03-05", "text")
    met = "On Wednesday the minister met farmers. She said that prices would hold."
    quote = _article(nlp, met, "2025-03-07", "prices would hold", "said").quotes[0]
    assert (quote.date, quote.date_from) == ("2025-03-07", "published")


def test_statement_date_falls_back_to_publication(nlp) -> None:
    text = "Macron said that talks would start on Tuesday."
    quote = _article(nlp, text, "2025-02-25", "talks would start on Tuesday", "said").quotes[0]
    assert (quote.date, quote.date_from) == ("2025-02-25", "published")
    undated = _article(nlp, text, None, "talks would start on Tuesday", "said").quotes[0]
    assert (undated.date, undated.date_from) == (None, None)


def test_times_extractor_runs_without_quotes_and_statement_dates_last() -> None:
    pipeline = Pipeline(extractors=("times",))
    article = pipeline.process_text("Talks resume on Tuesday.", published="2025-03-06")
    assert [(t.text, t.value) for t in article.times] == [("Tuesday", "2025-03-11")]
    (time,) = article.times
    assert time.sentence is not None and (time.sentence.start, time.sentence.end) == (0, 24)
    assert time.tense == "present"
    assert {"sentence": {"start": 0, "end": 24}, "tense": "present"}.items() <= article.to_record()["times"][0].items()
    assert Pipeline().extractor_names[-2:] == ("times", "statement_dates")


def test_times_alone_read_a_planning_verb_from_its_lemma() -> None:
    """Run alone, the times extractor still has lemmas: "planned to leave on Thursday" and
    "is scheduled to close Monday" point ahead, whatever the tense of the planning verb."""
    pipeline = Pipeline(extractors=("times",))
    article = pipeline.process_text("The delegation planned to leave the capital on Thursday. The sale is "
                                    "scheduled to close Monday.", published="2024-10-15")
    assert [(t.text, t.value) for t in article.times] == [("Thursday", "2024-10-17"), ("Monday", "2024-10-21")]


@pytest.mark.parametrize(("text", "expected"), [
    # seasons with "the" go the clause's way; spelled decades; "post-1959"; "the near term"
    ("Demand weakened over the summer and will recover in the spring.",
     {"the summer": ("DATE", "2024-SU"), "the spring": ("DATE", "2025-SP")}),
    ("Rents rose through the nineties, but post-2008 rules cap them in the near term.",
     {"the nineties": ("DATE", "199"), "post-2008": ("DATE", "2008"), "the near term": ("DATE", "FUTURE_REF")}),
])
def test_periods_named_in_words(nlp, text: str, expected: dict) -> None:
    assert times_of(nlp, text, "2024-10-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the year" is the year of writing; "the year ended ..." a year-long reporting period
    ("Sales for the full year rose, and profit for the year ended June 30 fell.",
     {"the full year": ("DATE", "2024"), "the year": ("DURATION", "P1Y"), "June 30": ("DATE", "2024-06-30")}),
    ("Output fell earlier in the year but the year before was worse.", {"earlier in the year": ("DATE", "2024")}),
    ("Revenue for the year to March 2024 rose, as in the Winter Olympics year.",
     {"the year": ("DURATION", "P1Y"), "March 2024": ("DATE", "2024-03")}),
])
def test_the_year(nlp, text: str, expected: dict) -> None:
    assert times_of(nlp, text, "2024-10-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the following year", "later that year", "that day" are read from the last date named
    ("The mill opened in March 2011; the following year it doubled output and later that year it was sold.",
     {"March 2011": ("DATE", "2011-03"), "the following year": ("DATE", "2012"), "later that year": ("DATE", "2012")}),
    ("The fire started on Aug. 4. Earlier that day the alarm failed, and the next morning crews left.",
     {"Aug. 4": ("DATE", "2024-08-04"), "Earlier that day": ("DATE", "2024-08-04"),
      "the next morning": ("DATE", "2024-08-05")}),
    # with no date named before, "that day" is no date, "the following week" is next week
    ("Traders sold that day, left the next day, and talks resume the following week.",
     {"the following week": ("DATE", "2024-W42")}),
])
def test_anaphoric_times_follow_the_last_date_named(nlp, text: str, expected: dict) -> None:
    assert times_of(nlp, text, "2024-10-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "yesterday's vote" is that day; "today's youth" is no day at all
    ("Critics attacked yesterday's vote, calling it a gift to today's youth.", {"yesterday": ("DATE", "2024-10-11")}),
    # a possessive weekday in a present clause names an event already reported
    ("The rally follows Thursday's arrests in the port.", {"Thursday": ("DATE", "2024-10-10")}),
    # "would" in reported speech looks ahead of the report
    ("The minister said she would travel to Oslo on Tuesday.", {"Tuesday": ("DATE", "2024-10-15")}),
    # a part of the day with "mid" (alone) or a relative day
    ("Shares rose by mid-afternoon after falling late afternoon yesterday.",
     {"mid-afternoon": ("TIME", "2024-10-12TAF"), "late afternoon yesterday": ("TIME", "2024-10-11TAF")}),
    # a day named by its neighbour; halves of a unit
    ("A hearing is set for the week of Nov. 4; the day before last Tuesday's vote, talks lasted a year and a half.",
     {"the week of Nov. 4": ("DATE", "2024-W45"), "the day before last Tuesday": ("DATE", "2024-10-07"),
      "a year and a half": ("DURATION", "P1Y6M")}),
    ("The plant closed two and a half years ago.", {"two and a half years ago": ("DATE", "2022-04")}),
    # a plural part of the day repeats: "Friday nights"
    ("The club opens on Friday nights.", {"Friday nights": ("SET", "XXXX-WXX-5TNI")}),
    # "three-quarters of its", "a quarter of the": fractions; "several quarters of losses": a span
    ("It imports about three-quarters of its grain and a quarter of the oil, after several quarters of "
     "losses.", {"several quarters": ("DURATION", "PXQ")}),
])
def test_days_named_by_the_grammar_around_them(nlp, text: str, expected: dict) -> None:
    assert times_of(nlp, text, "2024-10-12") == expected


def test_statement_dates_without_times_is_a_clear_error() -> None:
    with pytest.raises(ExtractorSelectionError, match="statement_dates.*times"):
        Pipeline(extractors=("entities", "quotes", "statement_dates"))


def test_publication_date_from_html_metadata_and_sidecar_first() -> None:
    html = ('<html><head><meta property="article:published_time" content="2024-05-02T10:00:00Z">'
            "<title>Talks</title></head><body><article><p>" + "Leaders met in Paris to discuss the "
            "ceasefire and the force that would guarantee it. " * 8 + "</p></article></body></html>")
    page = gzip.compress(html.encode())
    from_html = clean_document(RawDocument("a.html", gzip.decompress(page), "html", "a.html"))
    assert (from_html.published, from_html.published_from) == ("2024-05-02", "html")
    from_meta = clean_document(RawDocument("a.html", html, "html", "a.html", meta={"published": "2024-05-03"}))
    assert (from_meta.published, from_meta.published_from) == ("2024-05-03", "meta")
