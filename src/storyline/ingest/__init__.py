"""Readers that turn files, directories and JSONL into RawDocuments."""

from storyline.ingest.readers import read_sources

__all__ = ["read_sources"]
