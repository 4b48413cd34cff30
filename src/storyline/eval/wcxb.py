"""Reading a folder laid out like the WCXB benchmark: html/NNNN.html.gz + ground-truth/NNNN.json."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvalDataError
from storyline.eval.html import Truth


@dataclass(frozen=True, slots=True)
class Page:
    file_id: str
    html_path: Path
    url: str | None
    truth: Truth


def read_html(path: Path) -> bytes:
    """A page's bytes; ``.gz`` files are decompressed."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def read_truth(path: Path) -> tuple[str | None, Truth] | None:
    """The page URL and ground truth in one JSON file; None when it holds no ground truth
    object (evaluate.py skips such files too)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvalDataError(f"{path}: not a readable JSON file ({error})") from None
    truth = data.get("ground_truth") if isinstance(data, dict) else None
    if not isinstance(truth, dict):
        return None
    return data.get("url") or None, Truth(
        main_content=truth.get("main_content") or "",
        title=truth.get("title") or None,
        published=truth.get("publish_date") or None,
        with_snippets=_strings(truth.get("with")),
        without_snippets=_strings(truth.get("without")),
    )


def read_folder(folder: Path, limit: int | None = None) -> list[Page]:
    """The pages of ``folder`` in file-id order (the first ``limit`` of them)."""
    truth_dir, html_dir = folder / "ground-truth", folder / "html"
    if not truth_dir.is_dir() or not html_dir.is_dir():
        raise EvalDataError(f"{folder}: expected html/ and ground-truth/ folders (the WCXB layout)")
    pages: list[Page] = []
    for truth_path in sorted(truth_dir.glob("*.json")):
        if limit is not None and len(pages) >= limit:
            break
        found = read_truth(truth_path)
        if found is None:
            continue
        file_id = truth_path.stem
        html_path = next((path for path in (html_dir / f"{file_id}.html.gz", html_dir / f"{file_id}.html")
                          if path.is_file()), None)
        if html_path is None:
            raise EvalDataError(f"{folder}: no html/{file_id}.html.gz for ground-truth/{truth_path.name}")
        pages.append(Page(file_id, html_path, found[0], found[1]))
    if not pages:
        raise EvalDataError(f"{folder}: no ground-truth/*.json files with a ground_truth object")
    return pages
