"""Storyline's exceptions. Each says what went wrong and, where it can, what to do."""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of every error Storyline raises on purpose."""


class InputError(StorylineError):
    """An input document cannot be read or yields no article; names the file and line."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        # Pickled by its fields: worker processes send InputErrors back to the runner.
        return (type(self), (self.source, self.reason, self.line))


class ModelNotFoundError(StorylineError):
    """The spaCy pipeline named by --model is not installed."""


class StoreError(StorylineError):
    """The store cannot be opened or written (bad URL, missing driver, locked file)."""


class EvalDataError(StorylineError):
    """An evaluation folder or file does not have the expected layout."""
