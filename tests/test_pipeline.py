"""The Pipeline over single documents and streams, in one process and in workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from itertools import islice

import pytest

from storyline.errors import InputError, ModelNotFoundError
from storyline.ingest import read_sources
from storyline.model import Article, RawDocument
from storyline.pipeline import WARM_UP_ARTICLES, ZONE_SIZE, Pipeline, _batches, _parse_ahead
from conftest import SEEDS


def test_process_text_gives_entities_with_offsets(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Leaders Meet In Paris\n\nEmmanuel Macron met Keir Starmer in Paris. Macron spoke first.",
        published="2025-03-01",
    )
    assert article.title == "Leaders Meet In Paris"
    assert article.published == "2025-03-01" and article.published_from == "meta"
    names = {(entity.name, entity.type) for entity in article.entities}
    assert ("Emmanuel Macron", "PERSON") in names
    assert ("Paris", "GPE") in names
    for entity in article.entities:
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text


def test_article_id_is_the_hash_of_clean_text(pipeline: Pipeline) -> None:
    one = pipeline.process_text("Advertisement\n\nThe vote passed on Monday.")
    two = pipeline.process_text("The vote passed on Monday.\n\nComments")
    assert one.id == two.id and len(one.id) == 40


def test_pipe_keeps_going_after_bad_documents(pipeline: Pipeline) -> None:
    items = [
        RawDocument("a.txt", "The vote passed on Monday.", "text", "a.txt"),
        InputError("b.txt", "empty file"),
        RawDocument("c.txt", "Advertisement\n\nComments", "text", "c.txt"),
        RawDocument("d.txt", "Another good article.", "text", "d.txt"),
    ]
    results = list(pipeline.pipe(items))
    assert [r.doc for r in results if isinstance(r, Article)] == ["a.txt", "d.txt"]
    reasons = sorted(r.reason for r in results if isinstance(r, InputError))
    assert reasons == ["empty file", "no article text left after removing boilerplate"]


def test_bad_published_date_is_an_input_error(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="not an ISO 8601 date"):
        pipeline.process_text("Some text.", published="yesterday")


def test_two_processes_give_the_same_records(pipeline: Pipeline) -> None:
    here = [a.to_record() for a in pipeline.pipe(read_sources([SEEDS]))]
    there = [a.to_record() for a in pipeline.pipe(read_sources([SEEDS]), n_process=2, batch_size=2)]
    assert sorted(here, key=lambda r: r["doc"]) == sorted(there, key=lambda r: r["doc"])


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        Pipeline(model="no_such_model").nlp


def _counted(items: list[RawDocument | InputError], pulled: list[int]) -> Iterator[RawDocument | InputError]:
    """Yield ``items``, counting in ``pulled[0]`` how many the consumer has taken so far."""
    for item in items:
        pulled[0] += 1
        yield item


def _short_documents(count: int) -> list[RawDocument]:
    return [RawDocument(f"{i}.txt", f"Report {i} was filed in Paris.", "text", f"{i}.txt") for i in range(count)]


def test_pipe_keeps_every_result_in_the_place_of_its_input(pipeline: Pipeline) -> None:
    items: list[RawDocument | InputError] = list(_short_documents(ZONE_SIZE + 10))
    items[3] = InputError("bad.txt", "empty file")
    items[ZONE_SIZE + 2] = RawDocument("ad.txt", "Advertisement\n\nComments", "text", "ad.txt")
    results = list(pipeline.pipe(items))
    assert [result.doc if isinstance(result, Article) else result.source for result in results] == [
        item.doc if isinstance(item, RawDocument) else item.source for item in items
    ]
    assert isinstance(results[ZONE_SIZE + 2], InputError)


def test_pipe_streams_its_input(pipeline: Pipeline) -> None:
    pulled = [0]
    results = pipeline.pipe(_counted(list(_short_documents(3 * ZONE_SIZE)), pulled))
    next(results)
    assert pulled[0] <= ZONE_SIZE + 1


def test_workers_hold_a_bounded_number_of_chunks_and_send_errors_back(pipeline: Pipeline) -> None:
    items: list[RawDocument | InputError] = list(_short_documents(400))
    items[5] = InputError("gone.txt", "empty file", 7)
    items[9] = RawDocument("ad.txt", "Advertisement\n\nComments", "text", "ad.txt")
    pulled = [0]
    results = pipeline.pipe(_counted(items, pulled), n_process=2, batch_size=2)
    first = next(results)
    assert isinstance(first, Article) and first.doc == "0.txt"
    # Chunks in flight, plus the one the feeder holds while it waits for a free slot.
    assert pulled[0] <= (2 * 4 + 2) * 2
    head = [first, *islice(results, 11)]
    errors = [(error.source, error.line, error.reason) for error in head if isinstance(error, InputError)]
    assert errors == [("gone.txt", 7, "empty file"),
                      ("ad.txt", None, "no article text left after removing boilerplate")]
    assert [result.doc for result in head if isinstance(result, Article)] == [
        f"{i}.txt" for i in range(12) if i not in (5, 9)]
    # A consumer that stops early shuts the pool down (the feeder must not wait forever).
    results.close()
    assert pulled[0] < 400


def test_a_worker_that_cannot_start_is_an_error_not_a_hang() -> None:
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        list(Pipeline(model="no_such_model").pipe(_short_documents(4), n_process=2))


def test_words_first_seen_after_the_warm_up_do_not_stay_in_the_vocabulary(pipeline: Pipeline) -> None:
    strings = pipeline.nlp.vocab.strings
    list(pipeline.pipe(_short_documents(WARM_UP_ARTICLES)))  # parsed outside memory zones
    invented = [f"Quorblax{i}vint" for i in range(50)]
    items = [RawDocument(f"{i}.txt", f"{word} met the board on Monday.", "text", f"{i}.txt")
             for i, word in enumerate(invented)]
    articles = list(pipeline.pipe(items))
    assert [article.text.split()[0] for article in articles] == invented
    assert not any(word in strings for word in invented)


def test_spacy_batches_are_bounded_in_documents_and_characters() -> None:
    texts = [("a" * length, index) for index, length in enumerate([10, 10, 10, 50, 10, 10, 10, 10, 10])]
    batches = list(_batches(texts, size=3, chars=30))
    assert [[index for _, index in batch] for batch in batches] == [[0, 1, 2], [3], [4, 5, 6], [7, 8]]
    assert [item for batch in batches for item in batch] == texts


def test_a_selection_that_lacks_what_an_extractor_reads_is_a_clear_error() -> None:
    from storyline.extract import ExtractorSelectionError
    with pytest.raises(ExtractorSelectionError, match="'quotes' reads entities.*add entities"):
        Pipeline(extractors=("quotes",))
    with pytest.raises(ExtractorSelectionError, match="unknown extractor"):
        Pipeline(extractors=("entities", "summaries"))
    # Each extractor's reads are written by one registered before it (or by the cleaner).
    from storyline.extract import CLEANED, EXTRACTORS
    written = set(CLEANED)
    for extractor in EXTRACTORS.values():
        assert extractor.reads <= written, extractor.name
        written |= extractor.writes


def test_typed_hand_off_fields_are_flattened_into_the_record(pipeline: Pipeline) -> None:
    article = pipeline.process_text("On Tuesday, the minister said that 40 schools would close.",
                                     published="2025-03-06")
    record = article.to_record()
    (quote,) = record["quotes"]
    assert (quote["date"], quote["date_from"]) == ("2025-03-04", "text")
    assert article.text[quote["date_at"]["start"]:quote["date_at"]["end"]] == "Tuesday"
    (time,) = record["times"]
    assert time["sentence"] == {"start": 0, "end": len(article.text)} and time["tense"] == "past"
    (quantity,) = record["quantities"]
    assert article.text[quantity["sentence_start"]:quantity["sentence_end"]] == article.text
    assert "extra" not in quote and "extra" not in time and "extra" not in quantity


class _FailingModel:
    """A stand-in for the model's ``pipe`` that breaks after ``good`` documents."""

    def __init__(self, nlp, good: int) -> None:
        self.nlp, self.good = nlp, good

    def pipe(self, batch, as_tuples: bool, batch_size: int):
        for number, item in enumerate(self.nlp.pipe(batch, as_tuples=as_tuples, batch_size=batch_size)):
            if number == self.good:
                raise RuntimeError("model broke")
            yield item


def test_parsing_ahead_gives_the_docs_in_order_and_raises_the_models_error(pipeline: Pipeline) -> None:
    texts = [(f"Ann Roe said the vote {number} passed.", number) for number in range(40)]
    parsed = list(_parse_ahead(pipeline.nlp, texts, batch_size=8))
    assert [index for _, index in parsed] == list(range(40))
    assert [doc.text for doc, _ in parsed] == [text for text, _ in texts]
    with pytest.raises(RuntimeError, match="model broke"):
        list(_parse_ahead(_FailingModel(pipeline.nlp, good=5), texts, batch_size=8))


def test_a_consumer_that_stops_early_ends_the_parsing_thread(pipeline: Pipeline) -> None:
    texts = [(f"The vote {number} passed.", number) for number in range(200)]
    before = {thread.name for thread in threading.enumerate()}
    ahead = _parse_ahead(pipeline.nlp, texts, batch_size=4)
    assert next(ahead)[1] == 0
    ahead.close()  # the thread had filled its hand-off queue and was blocked on it
    assert "storyline-parse" not in {thread.name for thread in threading.enumerate()} - before
