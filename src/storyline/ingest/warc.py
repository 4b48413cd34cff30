"""WARC and WARC.gz archives -> RawDocuments: one per HTML response record.

The record's target URI becomes the article's ``url`` (and its ``doc``), its WARC-Date the
``fallback_published`` metadata: the publication date only when neither the page's
metadata nor its text gives one (a crawl date is not a publication date). Request,
metadata, revisit, warcinfo and resource records, non-HTML responses (PDF, images) and
responses other than 200 are skipped and counted (``storyline.ingest.skipped``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from storyline.errors import InputError
from storyline.ingest.decode import NotText, decode_bytes
from storyline.ingest.skipped import skipped
from storyline.model import RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A response without a Content-Type is taken as HTML when its payload starts like a page.
_HTML_HEADS = (b"<!doctype html", b"<html")


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument for each HTML response of the archive at ``path``; a record that
    cannot be decoded is an InputError naming the archive and the record's URI."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with handle:
        try:
            for record in WARCIterator(handle):
                item = _document(path, record)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield InputError(str(path), f"not a valid WARC archive ({_first_line(exc)})")
        except Exception as exc:  # warcio fails in many ways on cut or damaged bytes (EOFError, zlib, headers)
            yield InputError(str(path), f"truncated or corrupt WARC archive ({type(exc).__name__})")


def _document(path: Path, record: ArcWarcRecord) -> RawDocument | InputError | None:
    kind = record.rec_type
    if kind != "response":
        skipped.add(f"WARC {kind} record(s)")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status is not None and status != "200":
        skipped.add("WARC response(s) not 200 OK")
        return None
    payload = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length: cut off
        raise EOFError(f"record {uri} is cut off")
    if not _is_html(record, payload):
        skipped.add("non-HTML WARC response(s)")
        return None
    origin = f"{path}#{uri}" if uri else str(path)
    try:
        content = decode_bytes(payload, html=True)
    except NotText:
        return InputError(origin, "binary content in an HTML response")
    if not content.strip():
        return InputError(origin, "empty HTML response")
    meta = {"url": uri} if uri else {}
    date = record.rec_headers.get_header("WARC-Date")
    if date:
        meta["fallback_published"] = date
    return RawDocument(doc=uri or path.name, content=content, kind="html", origin=origin, meta=meta)


def _is_html(record: ArcWarcRecord, payload: bytes) -> bool:
    declared = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if declared:
        return declared.split(";")[0].strip().lower() in HTML_TYPES
    return payload[:1024].lstrip().lower().startswith(_HTML_HEADS)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
