"""Readers: files, directories (recursively), gzipped files and JSONL -> RawDocument.

Readers never raise for one bad input: they yield an InputError in its place, and the
runner decides whether to raise it or count it and go on.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.ingest.decode import NotText, decode_bytes
from storyline.ingest.limits import TooLarge, limited_lines, read_at_most, size_reason
from storyline.ingest.sidecar import SIDECAR_NAME, load_sidecar, lookup
from storyline.ingest.urls import is_url, read_url
from storyline.ingest.warc import is_warc, read_warc
from storyline.model import RawDocument

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# JSONL fields that hold the article itself rather than metadata.
_CONTENT_FIELDS = ("text", "html")

Sidecar = dict[str, dict[str, Any]]
ReadResult = RawDocument | InputError


def read_sources(paths: Iterable[str | Path], meta: str | Path | None = None) -> Iterator[ReadResult]:
    """Yield a RawDocument (or an InputError) for every article under ``paths``.

    ``meta`` names a sidecar applied to every input; without it each directory's own
    ``meta.jsonl`` applies to the files in it.
    """
    explicit: Sidecar | None = None
    if meta is not None:
        try:
            explicit = load_sidecar(Path(meta))
        except InputError as error:
            yield error
            explicit = {}
        except OSError as exc:
            yield InputError(str(meta), f"cannot read sidecar ({exc.strerror})")
            explicit = {}
    sidecars = _SidecarCache(explicit)
    for raw_path in paths:
        if is_url(str(raw_path)):  # an article page or a feed (ingest/urls.py)
            yield from read_url(str(raw_path))
            continue
        path = Path(raw_path)
        if path.is_dir():
            yield from _read_directory(path, sidecars)
        elif path.exists():
            sidecar, errors = sidecars.for_directory(path.parent)
            yield from errors
            yield from _read_file(path, path.name, sidecar)
        else:
            yield InputError(str(path), "no such file or directory")


class _SidecarCache:
    """Loads each directory's meta.jsonl once; an explicit --meta file overrides them."""

    def __init__(self, explicit: Sidecar | None) -> None:
        self.explicit = explicit
        self.loaded: dict[Path, Sidecar] = {}

    def for_directory(self, directory: Path) -> tuple[Sidecar, list[InputError]]:
        if self.explicit is not None:
            return self.explicit, []
        if directory in self.loaded:
            return self.loaded[directory], []
        errors: list[InputError] = []
        sidecar: Sidecar = {}
        candidate = directory / SIDECAR_NAME
        if candidate.is_file():
            try:
                sidecar = load_sidecar(candidate)
            except InputError as error:
                errors.append(error)
            except OSError as exc:
                errors.append(InputError(str(candidate), f"cannot read sidecar ({exc.strerror})"))
        self.loaded[directory] = sidecar
        return sidecar, errors


def _read_directory(root: Path, sidecars: _SidecarCache) -> Iterator[ReadResult]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if not path.is_file():
            if path.is_symlink():  # a link whose file is gone
                yield InputError(str(path), "a link to a file that does not exist")
            elif not path.exists():  # listed with the folder, deleted since
                yield InputError(str(path), "the file vanished before it could be read")
            continue
        if path.name == SIDECAR_NAME:
            continue
        sidecar, errors = sidecars.for_directory(path.parent)
        yield from errors
        # Entries of a nested sidecar are relative to its own directory.
        yield from _read_file(path, relative.as_posix(), sidecar, path.name)


def _read_file(path: Path, doc: str, sidecar: Sidecar, sidecar_key: str | None = None) -> Iterator[ReadResult]:
    name = path.name
    gzipped = name.lower().endswith(".gz")
    suffix = Path(name[:-3] if gzipped else name).suffix.lower()
    if is_warc(name):  # web archives: one document per HTML response (ingest/warc.py)
        yield from read_warc(path)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, gzipped)
        return
    try:
        with gzip.open(path, "rb") if gzipped else path.open("rb") as stream:
            data = read_at_most(stream)
    except TooLarge:
        yield InputError(str(path), size_reason("decompressed file" if gzipped else "file"))
        return
    except (EOFError, gzip.BadGzipFile, zlib.error):
        yield InputError(str(path), "truncated or corrupt gzip file")
        return
    except FileNotFoundError:
        yield InputError(str(path), "the file vanished before it could be read")
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    if not data.strip():
        yield InputError(str(path), "empty file")
        return
    kind = _kind_of(suffix, data)
    try:
        text = decode_bytes(data, html=kind == "html")
    except NotText:
        yield InputError(str(path), "binary file, not text or HTML")
        return
    meta = lookup(sidecar, sidecar_key or doc)
    if gzipped and not meta:
        meta = lookup(sidecar, (sidecar_key or doc)[:-3])
    yield RawDocument(doc=doc, content=text, kind=kind, origin=str(path), meta=meta)


def _kind_of(suffix: str, data: bytes) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:1024].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def _read_jsonl(path: Path, gzipped: bool) -> Iterator[ReadResult]:
    try:
        raw = gzip.open(path, "rb") if gzipped else path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with raw:
        try:
            for number, line in enumerate(limited_lines(raw), start=1):
                if line is None:
                    yield InputError(str(path), size_reason("line"), number)
                elif line.strip():
                    yield _jsonl_record(path, number, line.decode("utf-8", errors="replace"))
        except (EOFError, gzip.BadGzipFile, zlib.error):
            yield InputError(str(path), "truncated or corrupt gzip file")


def _jsonl_record(path: Path, number: int, line: str) -> ReadResult:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(str(path), f"not valid JSON ({exc.msg})", number)
    if not isinstance(record, dict):
        return InputError(str(path), "a line must be a JSON object", number)
    field = next((name for name in _CONTENT_FIELDS if isinstance(record.get(name), str)), None)
    if field is None:
        return InputError(str(path), 'no "text" or "html" string field', number)
    content = record[field]
    if not content.strip():
        return InputError(str(path), f'empty "{field}" field', number)
    doc = record.get("id") or record.get("url") or f"{path.name}:{number}"
    meta = {key: value for key, value in record.items() if key not in _CONTENT_FIELDS and value is not None}
    return RawDocument(doc=str(doc), content=content, kind="html" if field == "html" else "text",
                       origin=f"{path}:{number}", meta=meta)
