"""WARC and WARC.gz archives -> RawDocuments: one per HTML response record.

The record's target URI becomes the article's ``url`` (and its ``doc``), its WARC-Date the
``fallback_published`` metadata: the publication date only when neither the page's
metadata nor its text gives one (a crawl date is not a publication date). Request,
metadata, revisit, warcinfo and resource records, non-HTML responses (PDF, images) and
responses other than 200 are skipped and counted (``storyline.ingest.skipped``).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from storyline.errors import InputError
from storyline.ingest.decode import NotText, decode_bytes
from storyline.ingest.limits import TooLarge, read_at_most, size_reason
from storyline.ingest.skipped import skipped
from storyline.model import RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A response without a Content-Type is taken as HTML when its payload starts like a page.
_HTML_HEADS = (b"<!doctype html", b"<html")
# Headers every WARC record has (WARC 1.0/1.1, section 5); without them a record was cut.
_REQUIRED_HEADERS = ("WARC-Record-ID", "Content-Length")
# Bytes read (and decompressed, at most) at a time when checking that an archive is whole.
_CHUNK = 1 << 20


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
        read = 0
        records = WARCIterator(handle)
        try:
            for record in records:
                item = _document(path, record)
                records.read_to_end()  # what a skipped record holds must be there too
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length
                    raise EOFError("a record is cut off")
                read += 1
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            # after whole records, bytes that are no record are a cut or damage
            what = "truncated or corrupt WARC archive" if read else "not a valid WARC archive"
            yield InputError(str(path), f"{what} ({_first_line(exc)})")
            return
        except Exception as exc:  # warcio fails in many ways on cut or damaged bytes (EOFError, zlib, headers)
            yield InputError(str(path), f"truncated or corrupt WARC archive ({type(exc).__name__})")
            return
        # warcio ends quietly when the archive is cut inside a record's headers (it takes
        # the cut for the end): say so rather than lose the rest without a word.
        compressed = path.name.lower().endswith(".gz")
        if not (_gzip_complete(handle) if compressed else _ends_after(handle, records.offset)):
            yield InputError(str(path), f"truncated WARC archive: it ends inside a record "
                                        f"({read} record(s) read before the cut)")


def _ends_after(handle: BinaryIO, offset: int) -> bool:
    """Whether nothing but blank lines follows ``offset`` (the end of the last whole record)
    in an uncompressed archive."""
    handle.seek(offset)
    return not handle.read(_CHUNK).strip()


def _gzip_complete(handle: BinaryIO) -> bool:
    """Whether the (multi-member) gzip file ends where its last member ends."""
    handle.seek(0)
    decompressor = None
    data = b""
    while True:
        if not data:
            data = handle.read(_CHUNK)
            if not data:
                return decompressor is None or decompressor.eof
        if decompressor is None or decompressor.eof:
            decompressor = zlib.decompressobj(wbits=31)
        try:
            decompressor.decompress(data, _CHUNK)
            while decompressor.unconsumed_tail:  # bounded output: a bomb costs no memory
                decompressor.decompress(decompressor.unconsumed_tail, _CHUNK)
        except zlib.error:
            return False
        data = decompressor.unused_data if decompressor.eof else b""


def _document(path: Path, record: ArcWarcRecord) -> RawDocument | InputError | None:
    if any(record.rec_headers.get_header(name) is None for name in _REQUIRED_HEADERS):
        # warcio parses a header block cut short as a record of its own
        raise EOFError("a record without its WARC-Record-ID or Content-Length: cut off")
    kind = record.rec_type
    if kind != "response":
        skipped.add(f"WARC {kind} record(s)")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status is not None and status != "200":
        skipped.add("WARC response(s) not 200 OK")
        return None
    try:
        payload = read_at_most(record.content_stream())
    except TooLarge:
        return InputError(f"{path}#{uri}" if uri else str(path), size_reason("response"))
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
