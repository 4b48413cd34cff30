"""Across articles: entity merging and the other corpus-level views of a story."""
