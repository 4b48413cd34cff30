"""Scorers and readers for the annotated sets in ../shared/eval (pure functions, no CLI)."""
