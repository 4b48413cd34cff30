"""A fixed corpus of nasty files (tests/data/nasty, plus big ones made here): each bad file
gets one clear line naming it and the reason, the others are stored."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, SEEDS, empty_store
from storyline.errors import InputError
from storyline.ingest import read_sources
from storyline.ingest.limits import MAX_DOCUMENT_BYTES
from storyline.model import Article, RawDocument
from storyline.pipeline import Pipeline
from storyline.store import Store

NASTY = DATA / "nasty"
STORYLINE = Path(sys.executable).parent / "storyline"
# Each bad file (or line) and the words its one error line must hold.
REFUSED = {
    "bomb.txt.gz": "decompressed file over the 16 MiB limit",
    "huge.txt": "file over the 16 MiB limit",
    "huge-line.jsonl:1": "line over the 16 MiB limit",
    "deep.html": "nested deeper than 255 levels",
    "truncated.txt.gz": "truncated or corrupt gzip file",
    "binary.txt": "binary file",
    "empty.txt": "empty file",
    "blank.html": "empty file",
    "bad-lines.jsonl:1": "not valid JSON",
    "bad-lines.jsonl:2": "a line must be a JSON object",
    "bad-lines.jsonl:3": 'no "text" or "html" string field',
    "bad-lines.jsonl:4": 'empty "text" field',
    "gone.txt": "a link to a file that does not exist",
}
# Files with invalid UTF-8 (at the start, in the middle, at the end, overlong, a surrogate,
# lone continuation bytes, among valid UTF-8): read, the bad bytes replaced, and stored.
REPAIRED = sorted(path.name for path in (NASTY / "utf8").iterdir())


@pytest.fixture(scope="module")
def nasty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/data/nasty plus the files too big to commit: a 50 MB single line, a JSONL line
    of 20 MB (and a good line after it), and a link to a file that is gone."""
    folder = tmp_path_factory.mktemp("nasty") / "nasty"
    shutil.copytree(NASTY, folder)
    with (folder / "huge.txt").open("w") as out:
        for _ in range(50):
            out.write("word " * (1024 * 1024 // 5))
    line = '{"id": "huge", "text": "' + "word " * (20 * 1024 * 1024 // 5) + '"}\n'
    good = '{"id": "after-the-huge-line", "text": "The minister said on Monday that talks would go on."}\n'
    (folder / "huge-line.jsonl").write_text(line + good)
    (folder / "gone.txt").symlink_to(folder / "deleted-meanwhile.txt")
    return folder


def _by_file(errors: list[InputError], root: Path) -> dict[str, str]:
    found = {}
    for error in errors:
        name = Path(error.source).relative_to(root).as_posix() + (f":{error.line}" if error.line else "")
        assert name not in found, f"two lines for {name}"
        found[name] = error.reason
    return found


def test_each_nasty_file_is_named_with_its_reason(nasty: Path, pipeline: Pipeline) -> None:
    results = list(pipeline.pipe(read_sources([nasty])))
    errors = _by_file([result for result in results if isinstance(result, InputError)], nasty)
    assert errors.keys() == REFUSED.keys()
    for name, words in REFUSED.items():
        assert words in errors[name], (name, errors[name])
    stored = {article.doc: article for article in results if isinstance(article, Article)}
    assert sorted(stored) == sorted(["after-the-huge-line"] + [f"utf8/{name}" for name in REPAIRED])
    for name in REPAIRED:
        text = stored[f"utf8/{name}"].text
        assert "the port of Lisbon" in text and "Ana Costa, told reporters" in text, text


def test_invalid_utf8_among_valid_utf8_keeps_the_valid_characters(pipeline: Pipeline) -> None:
    (raw,) = read_sources([NASTY / "utf8" / "bad-utf8-mixed.txt"])
    assert isinstance(raw, RawDocument)
    assert "café – “quoted” \ufffd\ufffd" in raw.content


def test_a_gzip_bomb_is_refused_without_reading_it_whole() -> None:
    (error,) = read_sources([NASTY / "bomb.txt.gz"])
    assert isinstance(error, InputError) and "16 MiB" in error.reason
    assert MAX_DOCUMENT_BYTES == 16 * 1024 * 1024


def test_a_file_that_vanishes_before_it_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"The minister said on Monday that {name} was ready.")
    reading = read_sources([tmp_path])
    first = next(reading)
    (tmp_path / "c.txt").unlink()  # listed with the folder, gone before its turn
    rest = list(reading)
    assert isinstance(first, RawDocument) and isinstance(rest[0], RawDocument)
    assert isinstance(rest[1], InputError)
    assert rest[1].source == str(tmp_path / "c.txt") and "vanished" in rest[1].reason


def test_a_jsonl_file_cut_while_it_is_read(tmp_path: Path) -> None:
    """Lines read before the file was truncated are kept; reading stops at its new end."""
    path = tmp_path / "growing.jsonl"
    lines = [f'{{"id": "n{number}", "text": "The minister said on Monday that round {number} ended."}}\n'
             for number in range(50)]
    path.write_text("".join(lines))
    reading = read_sources([path])
    first = next(reading)
    with path.open("r+") as cut:
        cut.truncate(len(lines[0]) * 3 + 10)  # mid-line
    rest = list(reading)
    assert isinstance(first, RawDocument)
    assert all(isinstance(item, (RawDocument, InputError)) for item in rest)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_ingest_of_the_nasty_folder_and_the_seeds(kind: str, nasty: Path, tmp_path: Path) -> None:
    """The seeds and the repaired files are stored, every bad file is named, exit status 1."""
    db = empty_store(kind, tmp_path)
    result = subprocess.run([str(STORYLINE), "ingest", str(nasty), str(SEEDS), "--db", db],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stderr
    error_lines = [line for line in result.stderr.replace("\r", "\n").splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(REFUSED), error_lines
    for name, words in REFUSED.items():
        assert any(f"{nasty}/{name}: " in line and words in line for line in error_lines), name
    with Store(db) as store:
        docs = sorted(row["doc"] for row in store.articles())
    seeds = sorted(path.name for path in SEEDS.glob("*.txt"))
    assert docs == sorted(seeds + [f"utf8/{name}" for name in REPAIRED] + ["after-the-huge-line"])
    assert f"stored {len(docs)} new article(s)" in result.stderr
