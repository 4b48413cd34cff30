"""Readers: files, directories, gzip, JSONL, sidecars, encodings and bad inputs."""

from __future__ import annotations

import gzip
import json
import shutil

from conftest import SEEDS
from storyline.errors import InputError
from storyline.ingest import read_sources
from storyline.model import RawDocument


def docs(results):
    return [r for r in results if isinstance(r, RawDocument)]


def errors(results):
    return [r for r in results if isinstance(r, InputError)]


def test_directory_with_sidecar() -> None:
    results = list(read_sources([SEEDS]))
    assert not errors(results)
    found = {doc.doc: doc for doc in docs(results)}
    assert sorted(found) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert found["000_eb20bdf25b96ae3f.txt"].meta == {"published": "2025-02-25"}
    assert all(doc.kind == "text" for doc in found.values())


def test_explicit_meta_overrides_directory_sidecar(tmp_path) -> None:
    meta = tmp_path / "other.jsonl"
    meta.write_text(json.dumps({"file": "000_eb20bdf25b96ae3f.txt", "published": "2020-01-01"}) + "\n")
    found = {doc.doc: doc for doc in docs(read_sources([SEEDS], meta=meta))}
    assert found["000_eb20bdf25b96ae3f.txt"].meta == {"published": "2020-01-01"}
    assert found["001_e7b65f79eb444cbf.txt"].meta == {}


def test_recursive_gzip_markdown_and_html(tmp_path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "one.md").write_text("# Title\n\nSome text.", encoding="utf-8")
    (nested / "two.txt.gz").write_bytes(gzip.compress("Zipped text here.".encode()))
    (tmp_path / "page.htm").write_text("<html><body><p>Hi</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("skip me")
    found = {doc.doc: doc for doc in docs(read_sources([tmp_path]))}
    assert sorted(found) == ["a/b/one.md", "a/b/two.txt.gz", "page.htm"]
    assert found["a/b/two.txt.gz"].content == "Zipped text here."
    assert found["page.htm"].kind == "html"


def test_encodings_are_detected(tmp_path) -> None:
    (tmp_path / "latin.txt").write_bytes("Le président a déclaré que la réunion était terminée.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Zelensky’s aide said so.".encode("utf-16"))
    (tmp_path / "mixed.txt").write_bytes("Valid text with one bad byte \xff here.".encode("latin-1")[:-6] + b"\xff here.")
    found = {doc.doc: doc.content for doc in docs(read_sources([tmp_path]))}
    assert "président" in found["latin.txt"]
    assert found["utf16.txt"] == "Zelensky’s aide said so."
    assert "bad byte" in found["mixed.txt"]


def test_bad_files_each_give_one_error_naming_them(tmp_path) -> None:
    for seed in SEEDS.glob("*"):
        shutil.copy(seed, tmp_path)
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "broken.html.gz").write_bytes(gzip.compress(b"<html><body>" + b"x" * 5000)[:40])
    results = list(read_sources([tmp_path]))
    assert len(docs(results)) == 5
    problems = {error.source.rsplit("/", 1)[-1]: error.reason for error in errors(results)}
    assert problems == {
        "binary.bin": "binary file, not text or HTML",
        "empty.txt": "empty file",
        "broken.html.gz": "truncated or corrupt gzip file",
    }


def test_jsonl_lines(tmp_path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": "First article.", "published": "2025-01-02", "site": "X"}),
        "{not json",
        json.dumps({"url": "https://example.org/b", "html": "<p>Second</p>"}),
        json.dumps({"title": "no body"}),
        "",
    ]), encoding="utf-8")
    results = list(read_sources([path]))
    good = docs(results)
    assert [doc.doc for doc in good] == ["a1", "https://example.org/b"]
    assert good[0].meta == {"id": "a1", "published": "2025-01-02", "site": "X"}
    assert good[1].kind == "html"
    assert [(e.line, e.reason) for e in errors(results)] == [
        (2, "not valid JSON (Expecting property name enclosed in double quotes)"),
        (4, 'no "text" or "html" string field'),
    ]
    assert str(errors(results)[0]).startswith(f"{path}:2: ")


def test_missing_path() -> None:
    (error,) = list(read_sources(["/no/such/place.txt"]))
    assert isinstance(error, InputError) and error.reason == "no such file or directory"
