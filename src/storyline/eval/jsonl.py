"""Reading the JSONL files of the eval sets: one JSON value a line, each error naming its line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import EvalDataError


def jsonl_rows(path: Path, what: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) of each non-blank line of ``path``, read as the lines are
    asked for. A file that cannot be read, or a line that is not JSON, is an EvalDataError
    that names the file, the line and ``what`` the line should hold."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise EvalDataError(f"{path}: cannot read ({error})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise bad_line(path, number, what, error) from None
        yield number, row


def bad_line(path: Path, number: int, what: str, error: Exception) -> EvalDataError:
    """The error for line ``number`` of ``path``, which does not hold ``what`` it should."""
    return EvalDataError(f"{path}:{number}: not {what} ({error})")
