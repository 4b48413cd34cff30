"""``meta.jsonl`` sidecars: per-file metadata (published, url, site, title, ...)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.errors import InputError

SIDECAR_NAME = "meta.jsonl"


def load_sidecar(path: Path) -> dict[str, dict[str, Any]]:
    """Map each ``file`` of the sidecar to its other fields; bad lines raise InputError."""
    entries: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not valid JSON ({exc.msg})", number) from None
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                raise InputError(str(path), 'each line needs a "file" field', number)
            name = entry.pop("file")
            entries[name] = entry
    return entries


def lookup(entries: dict[str, dict[str, Any]], relative: str) -> dict[str, Any]:
    """The sidecar entry for a file, by its relative path or else its bare name."""
    if relative in entries:
        return dict(entries[relative])
    return dict(entries.get(Path(relative).name, {}))
