"""WARC and WARC.gz archives: HTML responses become articles with their target URI as url;
request records, non-HTML responses and the like are skipped and counted."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import SEEDS, run
from storyline.errors import InputError
from storyline.ingest import read_sources
from storyline.model import RawDocument
from storyline.store import Store

WARC_DATE = "2025-10-01T08:30:00Z"


def page(text: str) -> bytes:
    """A seed's text as a minimal HTML page, one <p> per paragraph."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    body = "\n".join(f"<p>{html.escape(part)}</p>" for part in paragraphs)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><article>\n{body}\n</article></body></html>".encode()


def response(writer: WARCWriter, uri: str, payload: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    # with its length given, warcio digests the payload without a temporary file
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                  length=len(payload), http_headers=headers,
                                                  warc_headers_dict={"WARC-Date": WARC_DATE}))


def request(writer: WARCWriter, uri: str) -> None:
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), length=0,
                                                  http_headers=headers))


def seed_urls() -> dict[str, str]:
    return {path.name: f"https://news.example/{path.stem}" for path in sorted(SEEDS.glob("*.txt"))}


def write_seed_archive(target: Path, gzip: bool = True) -> Path:
    """The five seeds as HTML responses, plus a request record and a PDF response."""
    with target.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for name, url in seed_urls().items():
            request(writer, url)
            response(writer, url, page((SEEDS / name).read_text(encoding="utf-8")), "text/html; charset=utf-8")
        response(writer, "https://news.example/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
    return target


def test_ingest_warc_gz_stores_the_five_seeds_with_their_urls(tmp_path: Path) -> None:
    archive = write_seed_archive(tmp_path / "crawl.warc.gz")
    db = str(tmp_path / "w.db")
    result = run("ingest", str(archive), "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "1 non-HTML WARC response(s)" in result.stderr
    assert "5 WARC request record(s)" in result.stderr
    assert result.stderr.strip().endswith("stored 5 new article(s), 0 revision(s), 0 already stored")
    with Store(db) as store:
        rows = store.articles()
        urls = {store.record(row["id"])["url"] for row in rows}
    assert urls == set(seed_urls().values())
    assert {row["doc"] for row in rows} == set(seed_urls().values())


def test_plain_warc_reads_the_same_documents(tmp_path: Path) -> None:
    plain = [item for item in read_sources([write_seed_archive(tmp_path / "a.warc", gzip=False)])]
    packed = [item for item in read_sources([write_seed_archive(tmp_path / "a.warc.gz")])]
    assert [item.doc for item in plain] == [item.doc for item in packed] == list(seed_urls().values())
    assert all(isinstance(item, RawDocument) and item.kind == "html" for item in plain)
    assert [item.content for item in plain] == [item.content for item in packed]


def test_warc_date_is_only_a_fallback_for_the_publication_date(tmp_path: Path, pipeline) -> None:
    target = tmp_path / "dates.warc.gz"
    undated = page("The council met for three hours.\n\nIt agreed a new budget for the library.")
    dated = (b"<!DOCTYPE html><html><head><meta property='article:published_time' content='2024-05-02'>"
             b"</head><body><article><p>The mayor opened the bridge after two years of work.</p>"
             b"<p>Traffic is expected to ease in the town centre.</p></article></body></html>")
    with target.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        response(writer, "https://town.example/budget", undated, "text/html")
        response(writer, "https://town.example/bridge", dated, "text/html")
    articles = {article.url: article for article in pipeline.pipe(read_sources([target]))}
    assert articles["https://town.example/budget"].published == "2025-10-01"
    assert articles["https://town.example/bridge"].published == "2024-05-02"
    assert articles["https://town.example/bridge"].published_from == "html"


def test_not_a_warc_and_a_truncated_one_are_clear_errors(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.warc"
    bogus.write_bytes(b"this is not an archive\n" * 20)
    (error,) = list(read_sources([bogus]))
    assert isinstance(error, InputError) and error.source == str(bogus)
    assert "not a valid WARC archive" in error.reason
    for suffix in (".warc", ".warc.gz"):
        whole = write_seed_archive(tmp_path / f"whole{suffix}", gzip=suffix.endswith(".gz")).read_bytes()
        cut = tmp_path / f"cut{suffix}"
        cut.write_bytes(whole[: record_offsets(tmp_path / f"whole{suffix}")[6] - 100])  # the 3rd response cut
        items = list(read_sources([cut]))
        assert isinstance(items[-1], InputError) and items[-1].source == str(cut), items[-1]
        assert "truncated or corrupt WARC archive" in items[-1].reason
        assert [type(item) for item in items[:-1]] == [RawDocument, RawDocument]


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_an_archive_cut_anywhere_says_so_and_keeps_what_came_before(tmp_path: Path, suffix: str) -> None:
    """Cut inside a record's headers, warcio takes the cut for the end of the archive: the
    reader must still report it rather than lose the records after it without a word."""
    whole_path = write_seed_archive(tmp_path / f"whole{suffix}", gzip=suffix.endswith(".gz"))
    whole = whole_path.read_bytes()
    responses = [offset for offset, kind in zip(record_offsets(whole_path), record_kinds(whole_path))
                 if kind == "response"]
    cut = tmp_path / f"cut{suffix}"
    boundaries = set(record_offsets(whole_path))
    for length in [*range(40, len(whole), max(1, len(whole) // 60)), len(whole) - 5]:
        if not whole[length:].strip():
            continue  # only the blank lines that close the last record are gone
        if length in boundaries:
            continue  # cut between two records: a whole archive of fewer records, nothing to tell
            # (record ids and dates differ from run to run, so the step lands on one now and then)
        cut.write_bytes(whole[:length])
        items = list(read_sources([cut]))
        assert items and isinstance(items[-1], InputError), f"cut at byte {length} of {len(whole)} went unreported"
        assert items[-1].source == str(cut) and "truncated" in items[-1].reason
        complete = sum(1 for offset in responses[1:] if offset <= length)  # responses whole before the cut
        documents = [item for item in items if isinstance(item, RawDocument)]
        assert len(documents) >= min(complete, 5) - 1 and len(documents) <= 5


def record_kinds(path: Path) -> list[str]:
    with path.open("rb") as handle:
        return [record.rec_type for record in ArchiveIterator(handle)]


def record_offsets(path: Path) -> list[int]:
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        return [records.get_record_offset() for _ in records]


@pytest.mark.parametrize("status", ["404 Not Found", "301 Moved Permanently"])
def test_responses_other_than_200_are_skipped(tmp_path: Path, status: str) -> None:
    target = tmp_path / "odd.warc"
    with target.open("wb") as handle:
        response(WARCWriter(handle, gzip=False), "https://x.example/gone", page("Gone."), "text/html", status)
    assert list(read_sources([target])) == []


def test_a_response_over_the_size_limit_is_refused_and_the_others_kept(tmp_path: Path) -> None:
    from storyline.ingest.limits import MAX_DOCUMENT_BYTES

    archive = tmp_path / "big.warc"
    with archive.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        response(writer, "https://news.example/huge", b"<html><body><p>" + b"x" * MAX_DOCUMENT_BYTES + b"</p>",
                 "text/html")
        response(writer, "https://news.example/small", page("A short report.\n\nIt has two paragraphs."),
                 "text/html")
    huge, small = read_sources([archive])
    assert isinstance(huge, InputError) and huge.source == f"{archive}#https://news.example/huge"
    assert "limit" in huge.reason
    assert isinstance(small, RawDocument) and small.doc == "https://news.example/small"
